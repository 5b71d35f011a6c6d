"""docs/reliability.md and the reliability tests stay in sync."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reliability.md"
TESTS = ROOT / "tests"


def _table_rows() -> list[list[str]]:
    rows: list[list[str]] = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            if rows:
                break  # the table is one block; later tables (the security note) are not it
            continue
        if not line.startswith("|---"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rows.append(cells)
    assert rows and rows[0] == ["Input", "Command", "Behaviour", "Exit", "Test"], rows[:1]
    return rows[1:]


def _listed() -> set[str]:
    names = set()
    for cells in _table_rows():
        assert len(cells) == 5, cells
        found = re.findall(r"`(test_\w+)`", cells[4])
        assert found, f"row without a test: {cells}"
        names.update(found)
    return names


def _defined() -> dict[str, str]:
    out = {}
    for path in TESTS.rglob("test_*.py"):
        for name in re.findall(r"^def (test_\w+)\(", path.read_text(encoding="utf-8"), re.M):
            out[name] = path.name
    return out


def test_every_listed_test_exists():
    missing = sorted(_listed() - set(_defined()))
    assert not missing, f"docs/reliability.md lists tests that do not exist: {missing}"


def test_every_reliability_test_is_listed():
    tests = set()
    for name in ("test_reliability.py", "test_reliability_battery.py"):
        text = (TESTS / name).read_text(encoding="utf-8")
        tests |= set(re.findall(r"^def (test_\w+)\(", text, re.M))
    unlisted = sorted(tests - _listed())
    assert not unlisted, f"tests missing from the table of docs/reliability.md: {unlisted}"


def test_exit_statuses_are_documented_values():
    for cells in _table_rows():
        assert re.fullmatch(r"(?:[0-9]+(?: / [0-9]+)?|–)", cells[3]), cells
