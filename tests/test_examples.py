"""The scripts in examples/ run and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

EXPECTED = {
    "profile_article.py": ["Mutual trust between China and Russia", "accusation_count", "negated="],
    "score_folder_custom_lexicon.py": ["sanctions_count", "a ", "b "],
    "kwic.py": ["Cold War", "sanctions"],
}


@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs(script):
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / script)], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    for needle in EXPECTED[script]:
        assert needle in proc.stdout


def test_custom_category_counts():
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / "score_folder_custom_lexicon.py")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    rows = {line.split()[0]: line.split() for line in proc.stdout.splitlines()[1:]}
    # a.txt: "sanctions", "Export controls" -> 2; b.txt: "price cap", "sanctioning" -> 2
    assert rows["a"][2] == "2" and rows["b"][2] == "2"


def test_every_example_is_tested():
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == sorted(EXPECTED)
