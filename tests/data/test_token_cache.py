"""The token-count cache gives exactly ``term_counts`` of the default tokenizer, cold and warm."""

from __future__ import annotations

import logging

import pytest

from framing.data import token_cache
from framing.data.token_cache import shard_dir
from framing.stats.keyness import cached_term_counts, term_counts


def corpus_term_counts(texts, ngram=1, cache_dir=None, progress=False):
    return cached_term_counts(texts, ngram, cache_dir=cache_dir, progress=progress)


TEXTS = [
    "The U.S.-led West's claims. We don't agree!",
    "",
    "Mr. Smith met Dr. J. Smith at 10 a.m. on Jan. 5. Then he left.",
    "The U.S.-led West's claims. We don't agree!",  # a repeated document counts twice
    "caf\u00e9 \u201cscare\u201d quotes \u2014 and 1,000.5 dollars",
]


def _same(a, b) -> None:
    assert dict(a) == dict(b)
    for attr in ("ngram", "n_docs", "n_total", "stopwords_removed", "sentence_aware"):
        assert getattr(a, attr) == getattr(b, attr), attr


@pytest.mark.parametrize("ngram", [1, 2])
def test_cold_and_warm_equal_term_counts(tmp_path, ngram):
    expected = term_counts(TEXTS, ngram=ngram)
    _same(corpus_term_counts(TEXTS, ngram, cache_dir=tmp_path, progress=False), expected)
    parts = list(shard_dir(ngram, tmp_path).glob("part-*.parquet"))
    assert len(parts) == 1
    _same(corpus_term_counts(TEXTS, ngram, cache_dir=tmp_path, progress=False), expected)
    assert list(shard_dir(ngram, tmp_path).glob("part-*.parquet")) == parts  # nothing new


def test_only_new_documents_are_counted(tmp_path, monkeypatch):
    corpus_term_counts(TEXTS[:2], cache_dir=tmp_path, progress=False)
    seen = []
    import framing.stats.keyness as K

    orig = K.term_counts
    monkeypatch.setattr(K, "term_counts", lambda t, **kw: seen.append(t) or orig(t, **kw))
    _same(corpus_term_counts(TEXTS, cache_dir=tmp_path, progress=False), term_counts(TEXTS))
    assert sorted(seen) == sorted({TEXTS[2], TEXTS[4]})


def test_foreign_or_damaged_part_is_ignored_with_a_warning(tmp_path, caplog):
    folder = shard_dir(1, tmp_path)
    folder.mkdir(parents=True)
    (folder / "part-bad.parquet").write_bytes(b"not parquet")
    with caplog.at_level(logging.WARNING):
        got = corpus_term_counts(TEXTS, cache_dir=tmp_path, progress=False)
    _same(got, term_counts(TEXTS))
    assert "part-bad.parquet" in caplog.text and "not a valid cache entry" in caplog.text
    assert (folder / "part-bad.parquet.damaged").exists()  # set aside, never deleted
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        _same(corpus_term_counts(TEXTS, cache_dir=tmp_path, progress=False), term_counts(TEXTS))
    assert "not a valid cache entry" not in caplog.text  # named once, not on every run


def test_tokenizer_version_is_part_of_the_key(tmp_path, monkeypatch):
    before = shard_dir(1, tmp_path)
    monkeypatch.setattr(token_cache, "TOKENIZER_VERSION", "other/2")
    assert shard_dir(1, tmp_path) != before


def test_an_unwritable_cache_folder_counts_without_caching(tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with caplog.at_level(logging.WARNING):
        got = corpus_term_counts(TEXTS, cache_dir=blocker / "tokens", progress=False)
    _same(got, term_counts(TEXTS))
    assert "cannot write the token cache" in caplog.text
