"""Registered corpora keep the hashes of their source and stored table while the files are
unchanged (``hashes.json``), and hash them again once they change."""

from __future__ import annotations

import os
import time

import pandas as pd
import pytest

from framing.core.errors import DataError
from framing.data import local


@pytest.fixture
def hashed(tmp_path, monkeypatch):
    """A corpus registered as ``mine`` from an old source; yields (source, files hashed)."""
    monkeypatch.setenv("FRAMING_CORPORA_DIR", str(tmp_path / "corpora"))
    src = tmp_path / "c.csv"
    pd.DataFrame({"text": ["a b", "c d"]}).to_csv(src, index=False)
    _age(src)
    local.add("mine", src)
    _age(tmp_path / "corpora" / "mine" / local.TABLE)
    seen: list[str] = []
    real = local._file_sha256

    def counted(path):
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(local, "_file_sha256", counted)
    return src, seen


def _age(path, seconds: int = 3600) -> None:
    """Set ``path``'s modification time ``seconds`` back (as an old file's)."""
    t = time.time() - seconds
    os.utime(path, (t, t))


def test_unchanged_files_are_not_hashed_again(hashed):
    src, seen = hashed
    assert local.info("mine")["source_changed"] is False
    assert local.info("mine")["source_changed"] is False
    assert seen == []  # the source's hash from `add` is reused
    local.load("mine")
    local.load("mine")
    assert seen == [local.TABLE]  # the table's mtime changed (aged): hashed once, then reused


def test_a_changed_source_is_hashed_again_and_reported(hashed):
    src, seen = hashed
    src.write_text(src.read_text().replace("a b", "a c"))  # same size
    _age(src, 60)
    assert local.info("mine")["source_changed"] is True
    assert seen == ["c.csv"]


def test_a_changed_table_is_hashed_again_and_refused(hashed, tmp_path):
    src, seen = hashed
    local.load("mine")
    table = tmp_path / "corpora" / "mine" / local.TABLE
    data = bytearray(table.read_bytes())
    data[-20] ^= 1  # same size, one bit
    table.write_bytes(bytes(data))
    _age(table, 60)
    with pytest.raises(DataError, match="missing or changed since it was added"):
        local.load("mine")
    with pytest.raises(DataError, match="missing or changed since it was added"):
        local.load("mine")  # the stamp of the changed table does not make it pass


def test_a_just_written_file_gets_no_stamp(hashed):
    src, seen = hashed
    src.write_text(src.read_text() + "e f\n")  # mtime now: a same-size edit may keep it
    local.info("mine")
    local.info("mine")
    assert seen == ["c.csv", "c.csv"]


def test_a_damaged_stamp_file_only_costs_hashing(hashed, tmp_path):
    src, seen = hashed
    (tmp_path / "corpora" / "mine" / local.STAMPS).write_text("{not json")
    assert local.info("mine")["source_changed"] is False
    assert seen == ["c.csv"]
    local.remove("mine")
    assert not (tmp_path / "corpora" / "mine").exists()


def test_a_folder_where_the_stamps_cannot_be_written_only_costs_hashing(hashed, monkeypatch):
    from framing.core.errors import OutputError

    src, seen = hashed

    def refuse(path, data, force=True):
        raise OutputError(f"{path.parent}: output folder is not writable")

    monkeypatch.setattr(local, "atomic_write", refuse)
    src.write_text(src.read_text().replace("a b", "a c"))
    _age(src, 60)
    assert local.info("mine")["source_changed"] is True  # was: the OutputError
    assert local.info("mine")["source_changed"] is True
    assert seen == ["c.csv", "c.csv"]
