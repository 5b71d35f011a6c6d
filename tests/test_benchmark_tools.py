"""The benchmark's isolated timings (benchmarks/isolated.py) build and run every tool.

Times are not tested (a benchmark measures them, `make bench`); these tests keep the tool
definitions from rotting and check that a child process reports a time."""

from __future__ import annotations

import importlib.util
import math
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "The US-led West keeps hyping the China threat. Critics say it may backfire!",
    "Officials said on Monday that talks would continue.",
]


@pytest.fixture(scope="module")
def iso():
    spec = importlib.util.spec_from_file_location("isolated", ROOT / "benchmarks" / "isolated.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_tool_runs_and_reports_a_time(iso):
    from framing.engine.resources import ensure_cmudict

    ensure_cmudict()
    for name in iso.TOOLS:
        data = [t.split(". ") for t in TEXTS] if name == iso.VADER else TEXTS
        seconds = iso.best_time(name, data, 1)
        assert math.isfinite(seconds) and seconds > 0, name


def test_the_collector_is_back_on_after_a_paused_pass(iso):
    import gc

    assert gc.isenabled()
    iso.best_time(iso.EMPATH_NO_GC, TEXTS, 1)
    assert gc.isenabled()


def test_an_unknown_tool_is_refused(iso):
    with pytest.raises(SystemExit, match="unknown tool"):
        iso.tool("spaCy")


def test_a_child_process_prints_its_best_time(tmp_path, iso):
    path = tmp_path / "texts.pickle"
    path.write_bytes(pickle.dumps(TEXTS))
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "isolated.py"), iso.REFERENCE, str(path), "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert float(out.stdout.strip()) > 0
