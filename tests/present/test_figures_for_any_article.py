"""``framing figures --article``: the notebooks for another article, into a folder of its own.

The article is written for the test (another outlet, another date, no headline line). Every
figure, CSV and caption must name it, none may name the project's focal article, and the
committed ``figures/`` must stay untouched. Needs the dataset mirror; the scoring cache under
``FRAMING_DATA_DIR`` is shared with the other notebook tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests import _workflow as W

ROOT = Path(__file__).resolve().parents[2]
FOCAL = ("Global Times", "24 Mar 2022", "2022-03-24", "24 March 2022")


def _git_status_figures() -> str:
    proc = subprocess.run(
        ["git", "status", "--porcelain", "--", "figures"], capture_output=True, text=True, cwd=ROOT
    )
    return proc.stdout if proc.returncode == 0 else "(not a git checkout)"


@pytest.fixture(scope="module")
def run(tmp_path_factory, mirror):
    folder = tmp_path_factory.mktemp("any-article")
    art, meta = W.write_article(folder), W.write_meta(folder)
    out = folder / "out"
    before = _git_status_figures()
    cmd = [sys.executable, "-m", "framing", "figures", "--article", str(art), "--meta", str(meta)]
    cmd += ["--out", str(out), "-q", "--notebooks", str(ROOT / "notebooks")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3000, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out, before


def test_every_figure_csv_and_caption_names_the_article(run):
    out, _ = run
    records = yaml.safe_load((out / "manifest.yaml").read_text(encoding="utf-8"))["figures"]
    assert len(records) >= 10
    notebooks = {r["notebook"] for r in records}
    assert {"01-article-profile.py", "03-corpus-comparison.py"} <= notebooks
    assert not any(n.startswith("06") for n in notebooks)  # validation takes no article: skipped
    for r in records:
        text = " ".join([r["title"], r["caption"], r["source"]])
        assert W.LABEL in r["caption"], (r["name"], r["caption"])
        assert any(i["name"].endswith("harbour-op-ed.txt") for i in r["inputs"]), r["name"]
        csv = (out / f"{r['name']}.csv").read_text(encoding="utf-8")
        assert W.LABEL in csv, r["name"]
        for focal in FOCAL:
            assert focal not in text, (r["name"], focal)
            assert focal not in csv, (r["name"], focal)


def test_nothing_names_the_focal_article(run):
    out, _ = run
    for f in sorted(out.rglob("*")):
        if f.suffix in (".csv", ".yaml", ".md"):
            text = f.read_text(encoding="utf-8")
            assert not any(x in text for x in FOCAL), f.name


def test_the_war_window_follows_the_article_date(run):
    out, _ = run
    records = yaml.safe_load((out / "manifest.yaml").read_text(encoding="utf-8"))["figures"]
    war = next(r for r in records if r["name"] == "03-percentiles-war-window")
    assert "1 Apr-30 Jun 2022" in war["source"]  # article of 10 May 2022: April to June


def test_committed_figures_untouched(run):
    _, before = run
    assert _git_status_figures() == before
