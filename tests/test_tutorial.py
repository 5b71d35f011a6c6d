"""docs/tutorial.md runs: every ``bash`` and ``python`` block, in order, in a fresh folder holding
the tutorial's article (with metadata) and its CSV corpus with other column names."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests import _workflow as W

ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = ROOT / "docs" / "tutorial.md"
BLOCK = re.compile(r"^```(bash|python)\n(.*?)^```", re.M | re.S)


def _blocks(kind: str) -> list[str]:
    return [code for k, code in BLOCK.findall(TUTORIAL.read_text(encoding="utf-8")) if k == kind]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("tutorial")
    (d / "op-ed.txt").write_text(W.ARTICLE, encoding="utf-8")
    (d / "op-ed.yaml").write_text(
        f"outlet: {W.OUTLET}\npublished: {W.DATE}\nsection: opinion\n", encoding="utf-8"
    )
    W.write_corpus(d).rename(d / "desks.csv")
    return d


@pytest.fixture(scope="module")
def env(folder):
    bindir = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "PATH": bindir + os.pathsep + os.environ.get("PATH", ""),
        "FRAMING_CORPORA_DIR": str(folder / "corpora"),
        "MPLBACKEND": "Agg",
    }


def test_the_tutorial_has_shell_and_python_blocks():
    assert len(_blocks("bash")) >= 5 and len(_blocks("python")) >= 2


def test_shell_blocks_run(folder, env):
    for code in _blocks("bash"):
        proc = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", code],
            cwd=folder, env=env, capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        assert proc.returncode == 0, f"{code}\n{proc.stderr[-2000:]}"
    assert (folder / "hedges.csv").is_file() and (folder / "scores.parquet").is_file()
    assert (folder / "comparison" / "position.csv").is_file()
    assert (folder / "keyness.parquet").read_bytes()[:4] == b"PAR1"
    assert W.LABEL in (folder / "report.html").read_text(encoding="utf-8") or "Harbour" in (
        folder / "report.html"
    ).read_text(encoding="utf-8")


def test_python_blocks_run(folder, env):
    code = "\n".join(_blocks("python"))
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=folder, env=env, capture_output=True, text=True,
        timeout=900,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert f"{W.OUTLET} {W.DATE} ''" in out
    assert "refused: the article and the corpus were scored with different lexicons" in out
    assert re.search(r"^2(\.0)?$", out, re.M)  # "sanctions" twice, counted by the glob


def test_what_the_shell_blocks_say_they_print(folder, env):
    """The comments and the prose around the blocks: the profile's first line names the title,
    ``lexicon check`` warns that the file extends the built-in hedge and repeats 'might', the
    standard-input example finds its entry, and an unknown ``--out`` extension is refused."""

    def sh(code: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["bash", "-c", code], cwd=folder, env=env, capture_output=True, text=True, timeout=600
        )

    assert sh("framing profile op-ed.txt").stdout.startswith("title: (none")
    code = next(c for c in _blocks("bash") if "lexicon check my-hedges.yaml" in c)
    checked = sh(code.split("framing lexicon show")[0]).stdout
    assert "id 'hedge' is built-in" in checked and "duplicate entry 'might'" in checked
    piped = next(ln for c in _blocks("bash") for ln in c.splitlines() if "| framing kwic" in ln)
    assert sh(piped).stdout.startswith("stdin\t")
    refused = sh("framing score desks.csv --text-col body --id-col item --out x.xlsx")
    assert refused.returncode == 2 and "unknown output type" in refused.stderr
