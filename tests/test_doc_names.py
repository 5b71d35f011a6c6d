"""Every dotted ``framing.`` name in README.md, docs/*.md and the API reference exists.

A name is ``framing`` followed by attributes (``framing.data.cache.cached_score``); it resolves
when its longest importable prefix is a module and the rest are attributes of it. File names
(``framing.engine.lexicons/hedge.yaml``, ``...py``) are no Python names. QA pass 23:
docs/reliability.md named a ``framing.cached_score`` that never existed.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    *sorted((ROOT / "docs" / "api").glob("*.rst")),
]
NAME = re.compile(r"(?<![\w/.-])(framing(?:\.[A-Za-z_]\w*)+)(?![\w/-])")
FILE_SUFFIXES = {"py", "md", "yaml", "csv", "txt", "rst", "json"}


def resolves(name: str) -> bool:
    parts = name.split(".")
    if parts[-1] in FILE_SUFFIXES:
        return True
    for k in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:k]))
        except ImportError:
            continue
        for attr in parts[k:]:
            if not hasattr(obj, attr):
                return False
            obj = getattr(obj, attr)
        return True
    return False


def names(page: Path) -> list[tuple[int, str]]:
    found = []
    for i, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        found += [(i, m.group(1)) for m in NAME.finditer(line)]
    return found


def test_the_rule_reads_names_and_refuses_made_up_ones():
    assert (231, "framing.data.cache.cached_score") in names(ROOT / "docs" / "reliability.md")
    assert resolves("framing.engine.scoring.score_stream") and resolves("framing.analyze")
    assert not resolves("framing.cached_score") and not resolves("framing.engine.nowhere")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_dotted_name_exists(page):
    missing = [f"line {i}: {n}" for i, n in names(page) if not resolves(n)]
    assert not missing, f"{page.relative_to(ROOT)}: {missing}"
