"""Token-count cache: per-document n-gram counts of the default tokenizer, kept on disk.

``framing keyness`` counts the words of every corpus document on each run; for a large corpus
that is most of its time. :func:`corpus_term_counts` gives exactly what
:func:`framing.stats.keyness.term_counts` gives for the default tokenizer, but counts only the
documents it has not seen: each document's counts are stored under ``sha256(text)`` in a shard
keyed by :data:`TOKENIZER_VERSION`, the n-gram size and the package version.

Layout and safety follow :mod:`framing.data.cache`: ``<cache dir>/<shard>/part-<uuid>.parquet``
with columns ``_text_sha256``, ``term``, ``count`` (a row with an empty ``term`` holds the
document's number of n-grams); each run adds one part written atomically; every part carries its
format, version and shard in the Parquet metadata and is validated on read — anything else is
named in a warning, ignored and never deleted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from framing import __version__
from framing.data.cache import HASH_COL, _entry_problem, _write_part, text_hash

__all__ = ["corpus_term_counts", "TOKENIZER_VERSION"]
log = logging.getLogger(__name__)

#: Bump when :func:`framing.engine.text.word_tokens`, the sentence splitter or the n-gram rules
#: change what is counted: every cached count then belongs to an old shard and is not read.
TOKENIZER_VERSION = "word_tokens+sentences/1"
_TOTAL = ""  # the ``term`` of the row that holds a document's number of n-grams


def _default_dir() -> Path:
    from framing.data.registry import data_dir

    return data_dir() / "tokens"


def shard_dir(ngram: int, cache_dir: str | os.PathLike | None = None) -> Path:
    """The folder of cached counts for one n-gram size, tokenizer version and package version."""
    blob = json.dumps({"tokenizer": TOKENIZER_VERSION, "ngram": ngram, "version": __version__})
    key = "tokens-" + hashlib.sha256(blob.encode()).hexdigest()[:20]
    base = Path(cache_dir) if cache_dir is not None else _default_dir()
    return base / key


def _read(folder: Path) -> pd.DataFrame | None:
    """Rows of every valid part of ``folder`` (invalid ones are named in a warning)."""
    frames = []
    for part in sorted(folder.glob("part-*.parquet")):
        try:
            problem = _entry_problem(part, folder.name)
            if problem is None:
                frames.append(pd.read_parquet(part))
                continue
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as exc:
            problem = f"unreadable ({type(exc).__name__})"
        log.warning("framing: warning: %s: ignored, not a valid cache entry: %s", part, problem)
    if not frames:
        return None
    return pd.concat(frames, ignore_index=True).drop_duplicates([HASH_COL, "term"], keep="last")


def corpus_term_counts(
    texts: Iterable[str],
    ngram: int = 1,
    cache_dir: str | os.PathLike | None = None,
    progress: bool = True,
):
    """:func:`framing.stats.keyness.term_counts` of ``texts`` (default tokenizer), cached.

    Documents already counted (same text, tokenizer version, n-gram size and package version)
    are read from the cache; the others are counted (with a progress bar on stderr unless
    quiet) and added to it. The result equals ``term_counts(texts, ngram=ngram)``.
    """
    from framing.core.progress import progress as _progress
    from framing.stats.keyness import TermCounts, term_counts

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
            c = term_counts(t, ngram=ngram)
            rows.append((h, _TOTAL, c.n_total))
            rows += [(h, term, n) for term, n in c.items()]
        new = pd.DataFrame(rows, columns=[HASH_COL, "term", "count"])
        new["count"] = new["count"].astype("int64")
        _write_part(folder, new)
        cached = new if cached is None else pd.concat([cached, new], ignore_index=True)
    weight = pd.Series(Counter(hashes), name="_weight")  # a repeated document counts each time
    rows = cached[cached[HASH_COL].isin(weight.index)] if cached is not None else None
    counts = TermCounts()
    total = 0
    if rows is not None and len(rows):
        rows = rows.join(weight, on=HASH_COL)
        rows = rows.assign(n=rows["count"] * rows["_weight"])
        is_total = rows["term"] == _TOTAL
        total = int(rows.loc[is_total, "n"].sum())
        summed = rows.loc[~is_total].groupby("term", sort=True)["n"].sum()
        counts.update(dict(zip(summed.index, summed.astype(int).tolist(), strict=True)))
    counts.ngram, counts.n_docs, counts.n_total = ngram, len(texts), total
    counts.stopwords_removed = 0
    counts.sentence_aware = True
    return counts
