"""Fixtures of the data tests."""

from __future__ import annotations

import os

import pytest

from framing.data import registry


@pytest.fixture(scope="module")
def mirror_data_dir(tmp_path_factory):
    """A fresh FRAMING_DATA_DIR (and quiet progress) for a module that reads FRAMING_MIRROR."""
    if not os.environ.get("FRAMING_MIRROR"):
        pytest.skip("FRAMING_MIRROR is not set (CI sets it to ../shared/mirror)")
    old = {k: os.environ.get(k) for k in ("FRAMING_DATA_DIR", "FRAMING_QUIET")}
    folder = tmp_path_factory.mktemp("framing-data")
    os.environ["FRAMING_DATA_DIR"] = str(folder)
    os.environ["FRAMING_QUIET"] = "1"
    registry.use_registry(None)
    yield folder
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
