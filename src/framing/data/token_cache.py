"""Token-count cache: per-document n-gram counts of the default tokenizer, kept on disk.

``framing keyness`` counts the words of every corpus document on each run; for a large corpus
that is most of its time. :func:`cached_counts` (used by
:func:`framing.stats.keyness.cached_term_counts`) counts only the documents it has not seen:
each document's counts are stored under ``sha256(text)`` in a shard keyed by
:data:`TOKENIZER_VERSION`, the n-gram size and the package version.

Layout and safety follow :mod:`framing.data.cache`: ``<cache dir>/<shard>/part-<uuid>.parquet``
with columns ``_text_sha256``, ``term``, ``count`` (a row with an empty ``term`` holds the
document's number of n-grams); each run adds one part written atomically; every part carries its
format, version and shard in the Parquet metadata and is validated on read — anything else is
named in a warning, ignored and moved aside as ``*.damaged`` (never deleted).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import pandas as pd

from framing import __version__
from framing.core.cache_files import data_dir, kept_if_writable
from framing.core.progress import progress as _progress
from framing.data.cache import HASH_COL, _write_part, read_parts, text_hash

__all__ = ["cached_counts", "document_rows", "shard_dir", "TOKENIZER_VERSION"]
log = logging.getLogger(__name__)

#: Bump when :func:`framing.engine.text.word_tokens`, the sentence splitter or the n-gram rules
#: change what is counted: every cached count then belongs to an old shard and is not read.
# /2: apostrophes, US vs us; /3: NFD; /4: invisible characters removed; /5: a zero-width joiner
# between Latin letters removed; /6: zero-width spaces between Latin letters removed
TOKENIZER_VERSION = "word_tokens+sentences+quotes+acronyms/6"
_TOTAL = ""  # the ``term`` of the row that holds a document's number of n-grams


def _default_dir() -> Path:
    return data_dir() / "tokens"


def shard_dir(ngram: int, cache_dir: str | os.PathLike | None = None) -> Path:
    """The folder of cached counts for one n-gram size, tokenizer version and package version."""
    blob = json.dumps({"tokenizer": TOKENIZER_VERSION, "ngram": ngram, "version": __version__})
    key = "tokens-" + hashlib.sha256(blob.encode()).hexdigest()[:20]
    base = Path(cache_dir) if cache_dir is not None else _default_dir()
    return base / key


def _read(folder: Path) -> pd.DataFrame | None:
    """Rows of every valid part of ``folder`` (:func:`framing.data.cache.read_parts`)."""
    frames, _ = read_parts(folder)
    if not frames:
        return None
    return pd.concat(frames, ignore_index=True).drop_duplicates([HASH_COL, "term"], keep="last")


def cached_counts(
    texts: Iterable[str],
    ngram: int,
    count_document: Callable[[str], tuple[Mapping[str, int], int]],
    cache_dir: str | os.PathLike | None = None,
    progress: bool = True,
) -> tuple[Counter, int]:
    """Summed n-gram counts of ``texts`` and their total number of n-grams, cached per text.

    ``count_document(text) -> (counts, total)`` counts one document (for keyness:
    :func:`framing.stats.keyness.term_counts` with the default tokenizer); it runs only for
    texts not in the cache (with a progress bar on stderr unless quiet), whose counts are then
    added to it. A text that occurs several times counts each time.
    """
    texts = ["" if not isinstance(t, str) else t for t in texts]
    hashes = [text_hash(t) for t in texts]
    cached = document_rows(texts, ngram, count_document, cache_dir, progress)
    weight = pd.Series(Counter(hashes), name="_weight")
    out: Counter = Counter()
    total = 0
    rows_df = cached[cached[HASH_COL].isin(weight.index)] if cached is not None else None
    if rows_df is not None and len(rows_df):
        rows_df = rows_df.join(weight, on=HASH_COL)
        rows_df = rows_df.assign(n=rows_df["count"] * rows_df["_weight"])
        is_total = rows_df["term"] == _TOTAL
        total = int(rows_df.loc[is_total, "n"].sum())
        summed = rows_df.loc[~is_total].groupby("term", sort=True)["n"].sum()
        out.update(dict(zip(summed.index, summed.astype(int).tolist(), strict=True)))
    return out, total


def document_rows(
    texts: Iterable[str],
    ngram: int,
    count_document: Callable[[str], tuple[Mapping[str, int], int]],
    cache_dir: str | os.PathLike | None = None,
    progress: bool = True,
) -> pd.DataFrame | None:
    """The cached rows (``_text_sha256``, ``term``, ``count``; the row with an empty ``term``
    holds the document's number of n-grams) of every text, counting and caching the texts not
    seen before; ``None`` when there are none. The per-document counts behind
    :func:`cached_counts`, and behind the document-aware keyness test."""
    texts = ["" if not isinstance(t, str) else t for t in texts]
    hashes = [text_hash(t) for t in texts]
    folder = shard_dir(ngram, cache_dir)
    cached = _read(folder) if folder.is_dir() else None
    known = set(cached[HASH_COL]) if cached is not None else set()
    todo = {h: t for h, t in zip(hashes, texts, strict=True) if h not in known}
    if todo:
        rows: list[tuple[str, str, int]] = []
        items = todo.items()
        if progress:
            items = _progress(items, desc="counting tokens", total=len(todo), unit="doc")
        for h, t in items:
            counts, total = count_document(t)
            rows.append((h, _TOTAL, total))
            rows += [(h, term, n) for term, n in counts.items()]
        new = pd.DataFrame(rows, columns=[HASH_COL, "term", "count"])
        new["count"] = new["count"].astype("int64")
        with kept_if_writable(folder, "token cache"):
            _write_part(folder, new)
        cached = new if cached is None else pd.concat([cached, new], ignore_index=True)
    return cached
