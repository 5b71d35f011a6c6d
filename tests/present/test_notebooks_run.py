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
