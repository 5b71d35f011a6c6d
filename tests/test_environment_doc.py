"""Every environment variable the package reads has one row in the table of docs/data.md
("Environment"), and every row names one it reads (QA pass 23: three that ``framing figures``
sets for its notebooks had none)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framing.core import progress
from framing.engine import scan_cache

ROOT = Path(__file__).resolve().parents[1]
VAR = re.compile(r"\bFRAMING_[A-Z_]+\b")


def read_by_the_code() -> set[str]:
    names = set()
    for path in (ROOT / "src" / "framing").rglob("*.py"):
        names |= set(VAR.findall(path.read_text(encoding="utf-8")))
    return names


def documented() -> list[str]:
    text = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    table = text.split("\n## Environment\n", 1)[1].strip().split("\n\n", 1)[0]
    return [VAR.search(row.split("|")[1]).group() for row in table.splitlines()[2:]]


def test_the_code_and_the_table_name_the_same_variables():
    code, rows = read_by_the_code(), documented()
    assert {"FRAMING_DATA_DIR", "FRAMING_MIRROR", "FRAMING_SCAN_CACHE"} <= code
    assert len(rows) == len(set(rows)), "a variable with two rows"
    assert not code - set(rows), f"read by src/framing, not in docs/data.md: {code - set(rows)}"
    assert not set(rows) - code, f"in docs/data.md, read nowhere: {set(rows) - code}"


@pytest.mark.parametrize("value", ["0", "off", "no", "false", " OFF "])
def test_the_documented_values_turn_the_scan_cache_off(monkeypatch, value):
    monkeypatch.setenv("FRAMING_SCAN_CACHE", value)
    assert not scan_cache.enabled()
    monkeypatch.setenv("FRAMING_SCAN_CACHE", "1")
    assert scan_cache.enabled()


def test_any_value_but_empty_or_zero_silences_progress(monkeypatch):
    monkeypatch.setattr(progress, "_quiet", False)
    for value, quiet in (("1", True), ("yes", True), ("0", False), ("", False)):
        monkeypatch.setenv("FRAMING_QUIET", value)
        assert progress.is_quiet() is quiet, value
