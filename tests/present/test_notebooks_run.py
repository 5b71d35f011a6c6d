"""Every analyst notebook runs headlessly (``framing figures``) and writes its figures; a second
run of notebook 01 gives byte-identical files (the determinism check).

Needs the dataset mirror (``FRAMING_MIRROR``); the parsed datasets and the scoring cache under
``FRAMING_DATA_DIR`` are shared with other runs, so a warm cache keeps this to about a minute.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from framing.present.runner import discover

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
SCRIPTS = discover(NOTEBOOKS) if NOTEBOOKS.is_dir() else []


def _figures(figdir: Path, build: Path, *only: str) -> None:
    cmd = [sys.executable, "-m", "framing.cli", "-q", "figures", "--notebooks", str(NOTEBOOKS)]
    cmd += ["--figures", str(figdir), "--build", str(build)]
    for nn in only:
        cmd += ["--only", nn]
    # A cold run parses and scores every corpus once (the caches make later runs fast).
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=2400, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]


def _digests(figdir: Path, prefix: str) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(figdir.glob(f"{prefix}*"))
        if p.suffix in (".png", ".svg", ".csv")
    }


@pytest.fixture(scope="module")
def first_run(tmp_path_factory, mirror):
    figdir = tmp_path_factory.mktemp("figures")
    build = tmp_path_factory.mktemp("build")
    _figures(figdir, build)
    return figdir, build


@pytest.mark.skipif(not SCRIPTS, reason="no notebooks")
@pytest.mark.timeout(2700)
def test_every_notebook_completes_and_writes_figures(first_run):
    figdir, build = first_run
    records = yaml.safe_load((figdir / "manifest.yaml").read_text(encoding="utf-8"))["figures"]
    by_notebook: dict[str, list[str]] = {}
    for r in records:
        by_notebook.setdefault(r["notebook"], []).append(r["name"])
    for script in SCRIPTS:
        assert (build / f"{script.stem}.ipynb").is_file(), f"{script.name} did not complete"
    for script in [s for s in SCRIPTS if s.name[:2] in {"01", "02", "03", "04", "05", "06"}]:
        names = by_notebook.get(script.name)
        assert names, f"{script.name} saved no figure"
        for name in names:
            assert name.startswith(script.name[:3]), f"{name}: figures are named NN-short-name"
            for ext in ("png", "svg", "csv"):
                f = figdir / f"{name}.{ext}"
                assert f.is_file() and f.stat().st_size > 0, f"missing {f.name}"
    readme = (figdir / "README.md").read_text(encoding="utf-8")
    assert all(f"## {r['name']}" in readme for r in records)


@pytest.mark.skipif(not SCRIPTS, reason="no notebooks")
def test_notebook_01_is_deterministic(first_run, tmp_path):
    figdir, _ = first_run
    again = tmp_path / "figures"
    again.mkdir()
    _figures(again, tmp_path / "build", "01")
    first, second = _digests(figdir, "01-"), _digests(again, "01-")
    assert first, "notebook 01 wrote no figures"
    assert first == second


def _records(figdir: Path) -> dict[str, dict]:
    doc = yaml.safe_load((figdir / "manifest.yaml").read_text(encoding="utf-8"))
    return {r["name"]: r for r in doc["figures"]}


def _title(record: dict) -> str:
    return " ".join(str(record["title"]).split())


@pytest.mark.skipif(not SCRIPTS, reason="no notebooks")
def test_titles_say_nothing_their_data_do_not_support(first_run):
    """Each computed title checked against the CSV saved beside it, by the mechanical rules of
    framing.present.claims: topics apart from frames, the evidence minimum, ties named as ties,
    only words that pass the tests, "above" only when the intervals say so; notebook 02's
    positions, voice, targets, strips, headlines and keyness titles by
    :func:`tests.present.test_titles_02.check_02_titles`."""
    import re

    import pandas as pd

    from framing.present import claims
    from tests.present.test_titles_02 import check_02_titles

    figdir, _ = first_run
    rec = _records(figdir)
    for name, corpus in (
        ("03-percentiles-ungd", "UNGD 2022 speeches"),
        ("03-percentiles-war-window", "war-window documents"),
    ):
        t = pd.read_csv(figdir / f"{name}.csv", keep_default_na=False, na_values=[""])
        claim = claims.position_claim(t, corpus)
        assert _title(rec[name]) == claim.text  # the title is what its own data give
        short = t["label"].str.removesuffix(" per 1k")
        for label in claim.named:
            row = t[short == label].iloc[0]
            assert not claims.is_topic(row["kind"]), f"{name}: topic {label} named as a frame"
            assert row["count"] >= claims.MIN_MATCHES and row["sentences"] >= claims.MIN_SENTENCES
            assert row["percentile_lo"] > 50 and row["percentile"] >= 90
        # a tie is named whole: no unnamed qualifying metric shows the same percentile
        ok = [
            not claims.is_topic(r["kind"])
            and claims.enough_evidence(r["count"], r["sentences"], r["percentile_lo"] > 50)
            and r["percentile"] >= 90
            for _, r in t.iterrows()
        ]
        shown = {round(float(p)) for p in t.loc[short.isin(claim.named), "percentile"]}
        for (_, r), good in zip(t.iterrows(), ok, strict=True):
            if good and r["label"].removesuffix(" per 1k") not in claim.named:
                assert round(float(r["percentile"])) not in shown, (
                    f"{name}: tie cut at {r['label']}"
                )
    for name in [n for n in rec if "-fightin-words" in n]:
        t = pd.read_csv(figdir / f"{name}.csv", keep_default_na=False, na_values=[""])
        head = _title(rec[name]).split(";")[0]
        # quoted words ('west's' keeps its apostrophe): a quote ends before ",", " and" or the end
        tail = head.split(": ", 1)[1] if ": " in head else ""
        words = re.findall(r"'(.+?)'(?=,| and|$)", tail)
        passed = set(t.loc[t["passes"].astype(str) == "True", "term"].astype(str))
        assert set(words) <= passed, f"{name}: {set(words) - passed} named without passing"
    rates = pd.read_csv(figdir / "01-article-rates.csv").set_index("category")
    for name in [n for n in rec if n.startswith("05-monthly-") and n != "05-monthly-documents"]:
        t = pd.read_csv(figdir / f"{name}.csv", parse_dates=["month"])
        march = t[t["month"] == pd.Timestamp("2022-03-01")]
        cat = march["category"].iloc[0]
        title = _title(rec[name])
        if "is above every source" in title:
            assert rates.loc[cat, "lower"] > march["upper"].max(), name
        if "most (" in title:  # one source named as highest: its interval clears the others'
            top = march.sort_values("per_1k").iloc[-1]
            assert top["lower"] > march.drop(top.name)["upper"].max(), name
    check_02_titles(
        figdir
    )  # notebook 02's titles against their CSVs (tests/present/test_titles_02)
    audit = pd.read_csv(figdir / "06-validation-audit.csv")
    frames = audit[~audit["topic"].astype(bool)]
    good = int((frames["current_precision"] >= 0.9).sum())
    assert _title(rec["06-validation-audit"]).startswith(
        f"Read match by match, {good} of {len(frames)} frame and stance categories"
    )
