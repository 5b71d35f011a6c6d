"""Committed notebooks are jupytext percent scripts without outputs (see framing.present.runner)."""

from __future__ import annotations

import json
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
