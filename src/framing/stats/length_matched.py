"""Length-matched position: the article against excerpts of the same length from corpus documents.

A 730-word article and a 4,000-word speech do not have the same chance of a high rate: counts
in a short text vary more, so a short text lands in the tails of a corpus of long documents more
often for that reason alone. Comparing the article with every window of the same number of
words inside each corpus document removes the length difference. Formulas and references:
``docs/statistics.md``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
import pandas as pd

from framing.core.errors import InputError

SCARE_QUOTE = "scare_quote"


def window_counts(token_starts: Sequence[int], event_starts: Sequence[int], n: int) -> np.ndarray:
    """Number of events in every window of ``n`` consecutive tokens (one per start token).

    An event (a match or a scare quote) belongs to the window that holds the token it starts
    in (the last token starting at or before it). Empty for a text of fewer than ``n`` tokens.
    """
    t = np.asarray(token_starts, dtype="int64")
    if n < 1 or t.size < n:
        return np.zeros(0, dtype="int64")
    ev = np.asarray(event_starts, dtype="int64")
    tok_of = np.searchsorted(t, ev, side="right") - 1  # the token each event starts in
    per_token = np.bincount(tok_of[tok_of >= 0], minlength=t.size)[: t.size]
    cum = np.concatenate([[0], np.cumsum(per_token)])
    return cum[n:] - cum[: t.size - n + 1]


def _document_windows(text: str, lexicon, n: int) -> dict[str, np.ndarray] | None:
    """Per category, the histogram of window counts of one document (None if too short)."""
    from framing.engine.matcher import get_matcher
    from framing.engine.quotes import find_quotes
    from framing.engine.text import (
        WORD_RE,
        lower_same_length,
        normalize_for_matching,
        sentence_spans,
    )

    starts = [m.start() for m in WORD_RE.finditer(text)]
    if len(starts) < n:
        return None
    # the matches and quotes of framing.analyze (without metrics and attribution)
    norm = normalize_for_matching(text)
    sentences = sentence_spans(text)
    matches = get_matcher(lexicon).find(text, sentences, norm, lower_same_length(norm))
    quotes = find_quotes(text, sentences, norm)
    events: dict[str, list[int]] = {c: [] for c in lexicon.categories}
    for m in matches:
        events[m.category].append(m.start)
    events[SCARE_QUOTE] = [q[0] for q in quotes if q[4]]
    return {c: np.bincount(window_counts(starts, ev, n)) for c, ev in events.items()}


def _chunk(args) -> list[dict[str, np.ndarray] | None]:
    texts, lexicon, n = args
    return [_document_windows(t if isinstance(t, str) else "", lexicon, n) for t in texts]


def _mid_rank_share(hist: np.ndarray, x: float) -> float:
    """``P(W < x) + 0.5 P(W = x)`` for a count ``W`` with histogram ``hist`` (values 0, 1, ...)."""
    total = hist.sum()
    values = np.arange(hist.size)
    below = hist[values < x].sum()
    equal = hist[values == x].sum()
    return float((below + 0.5 * equal) / total)


def length_matched_position(
    article_counts: pd.Series,
    n_tokens: int,
    texts: Sequence[str],
    lexicon=None,
    intervals: pd.DataFrame | None = None,
    jobs: int = 1,
) -> pd.DataFrame:
    """The article's counts against every window of ``n_tokens`` words in each corpus text.

    For each category (and scare quotes), each document with at least ``n_tokens`` words gives
    the distribution of the category's count over its windows of ``n_tokens`` consecutive
    words; the **length-matched percentile** is the mid-rank percentile of the article's count
    in that distribution, averaged over documents, so every document weighs the same however
    long it is: it is the percentile of the article against one same-length excerpt drawn at
    random from a random document. ``share_at_least`` is the (document-averaged) share of
    excerpts with at least the article's count — how often a same-length piece of the corpus
    has as many matches.

    ``article_counts`` holds ``<category>_count`` values; ``intervals`` (from
    :func:`framing.stats.intervals.article_rate_intervals`) adds ``percentile_lo`` /
    ``percentile_hi``, the length-matched percentiles of the ends of the article's interval.
    Columns: category, article_count, n_tokens, n_docs (long enough), n_short (too short, left
    out), n_windows, mean_window_count, percentile, share_at_least[, percentile_lo,
    percentile_hi].
    """
    from framing.engine.lexicon import load_lexicon

    n = int(n_tokens)
    if n < 1:
        raise InputError("the article has no word tokens; nothing to match lengths with")
    lexicon = lexicon or load_lexicon()
    texts = list(texts)
    cats = [*lexicon.categories, SCARE_QUOTE]
    per_doc = _windows_of(texts, lexicon, n, jobs)
    docs = [d for d in per_doc if d is not None]
    bounds = {}
    if intervals is not None:
        iv = intervals.set_index("category")
        bounds = {c: (iv.loc[c, "lower"], iv.loc[c, "upper"]) for c in cats if c in iv.index}
    rows = []
    for c in cats:
        k = float(article_counts.get(f"{c}_count", np.nan))
        row = {
            "category": c,
            "article_count": k,
            "n_tokens": n,
            "n_docs": len(docs),
            "n_short": len(per_doc) - len(docs),
            "n_windows": int(sum(d[c].sum() for d in docs)),
        }
        if docs and np.isfinite(k):
            means = [float((np.arange(d[c].size) * d[c]).sum() / d[c].sum()) for d in docs]
            row["mean_window_count"] = float(np.mean(means))
            row["percentile"] = 100 * float(np.mean([_mid_rank_share(d[c], k) for d in docs]))
            row["share_at_least"] = float(
                np.mean([d[c][int(np.ceil(k)) :].sum() / d[c].sum() for d in docs])
            )
        else:
            row.update(mean_window_count=np.nan, percentile=np.nan, share_at_least=np.nan)
        if c in bounds and docs:
            lo, hi = (x * n / 1000.0 for x in bounds[c])  # rates per 1k -> counts in n words
            row["percentile_lo"] = 100 * float(np.mean([_mid_rank_share(d[c], lo) for d in docs]))
            row["percentile_hi"] = 100 * float(np.mean([_mid_rank_share(d[c], hi) for d in docs]))
        elif intervals is not None:
            row.update(percentile_lo=np.nan, percentile_hi=np.nan)
        rows.append(row)
    out = pd.DataFrame(rows)
    out.attrs["n_tokens"] = n
    return out


def _windows_of(texts: list, lexicon, n: int, jobs: int) -> list[dict[str, np.ndarray] | None]:
    if jobs is None or jobs < 1:
        raise InputError(f"jobs must be >= 1, got {jobs}")
    from framing.engine.lexicon import Lexicon

    jobs = min(jobs, os.cpu_count() or 1)
    step = max(1, len(texts) // (4 * jobs) + 1)
    lean = Lexicon(categories=lexicon.categories)  # without its compiled matcher
    tasks = [(texts[i : i + step], lean, n) for i in range(0, len(texts), step)]
    if jobs == 1 or len(tasks) < 2:
        parts = [_chunk(t) for t in tasks]
    else:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs, mp_context=mp.get_context("spawn")) as ex:
            parts = list(ex.map(_chunk, tasks))
    return [d for p in parts for d in p]
