"""Committed notebooks are jupytext percent scripts without outputs (see framing.present.runner)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from framing.present.runner import NOTEBOOK_RE, check_notebook_format

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
SCRIPTS = sorted(NOTEBOOKS.glob("*.py")) if NOTEBOOKS.is_dir() else []


@pytest.mark.parametrize(
    "path", [p for p in SCRIPTS if NOTEBOOK_RE.match(p.name)], ids=lambda p: p.name
)
def test_percent_script(path):
    assert check_notebook_format(path) == []


def test_only_numbered_scripts():
    odd = [p.name for p in SCRIPTS if not NOTEBOOK_RE.match(p.name) and not p.name.startswith("_")]
    assert odd == [], "notebooks/ holds NN-name.py scripts (helpers start with _)"


def test_no_ipynb_with_outputs():
    for path in sorted(NOTEBOOKS.glob("*.ipynb")) if NOTEBOOKS.is_dir() else []:
        nb = json.loads(path.read_text(encoding="utf-8"))
        with_outputs = [i for i, c in enumerate(nb.get("cells", []), 1) if c.get("outputs")]
        assert not with_outputs, (
            f"{path.name}: commit the percent script, not outputs (cells {with_outputs})"
        )


@pytest.mark.parametrize(
    "path", [p for p in SCRIPTS if NOTEBOOK_RE.match(p.name)], ids=lambda p: p.name
)
def test_a_notebook_that_needs_a_date_says_so_in_its_parameters_cell(path):
    """``framing figures`` checks up front what a ``needs-date`` / ``needs-window`` tag
    announces (QA pass 11, L5): the tag and the notebook's own check must go together."""
    from framing.present.runner import notebook_needs

    needs = notebook_needs(path)
    calls = re.findall(r'datasets\.article_dates\([^)]*needs="(\w+)"', path.read_text("utf-8"))
    assert calls == ([needs] if needs else []), (path.name, needs, calls)
