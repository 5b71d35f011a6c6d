"""Shared test fixtures. Tests build their own small data; integration tests read the mirror."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_TXT = ROOT / "data" / "article" / "globaltimes-2022-03-24-china-russia-mutual-trust.txt"
SHARED_ARTICLE = (
    ROOT.parent / "shared" / "article" / "globaltimes-2022-03-24-china-russia-mutual-trust.txt"
)


# Compiled matchers are kept on disk under FRAMING_DATA_DIR (engine.scan_cache); a run without it
# would write them to the user's cache folder, so the cache is off then (for subprocesses too).
if not os.environ.get("FRAMING_DATA_DIR"):
    os.environ["FRAMING_SCAN_CACHE"] = "0"


def pytest_sessionstart(session):
    """Ctrl-C as a terminal delivers it, however the suite was launched: a shell without job
    control starts background jobs with SIGINT ignored, and the children of the interrupt tests
    would inherit that (and never see their Ctrl-C)."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _fresh_interrupt_state(monkeypatch):
    """Each test starts with no Ctrl-C on record: a signal that one test raises in this process
    (its handler sets a process-wide flag that stops every later output) stays in that test."""
    import threading

    from framing.core import files, signals

    monkeypatch.setattr(files, "_INTERRUPTED", threading.Event())
    monkeypatch.setattr(signals, "_SEEN", threading.Event())


@pytest.fixture(autouse=True, scope="session")
def _offline_matplotlib():
    os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(scope="session")
def article_path() -> Path:
    return ARTICLE_TXT


@pytest.fixture(scope="session")
def article_body() -> str:
    return ARTICLE_TXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def mirror() -> Path:
    """The dataset mirror named by FRAMING_MIRROR (set by .ci/run)."""
    value = os.environ.get("FRAMING_MIRROR")
    if not value:
        pytest.skip("FRAMING_MIRROR is not set (CI sets it to ../shared/mirror)")
    return Path(value)
