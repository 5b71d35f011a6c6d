"""Fixtures of the statistics tests."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="module")
def mirror_env(mirror, tmp_path_factory):
    """For a module that reads FRAMING_MIRROR: quiet progress, and a FRAMING_DATA_DIR (the one
    set, so its caches are reused, else a fresh one); both restored afterwards."""
    old = {k: os.environ.get(k) for k in ("FRAMING_DATA_DIR", "FRAMING_QUIET")}
    if not old["FRAMING_DATA_DIR"]:
        os.environ["FRAMING_DATA_DIR"] = str(tmp_path_factory.mktemp("framing-data"))
    os.environ["FRAMING_QUIET"] = "1"
    yield
    for k, val in old.items():
        if val is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = val
