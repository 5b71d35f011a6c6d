"""Uncertainty of rates and shares: the article's rates with sentence-bootstrap intervals that
never claim less uncertainty than exact Poisson limits, bootstrap intervals of group medians and
Wilson intervals of proportions. Formulas and references: ``docs/statistics.md``.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from framing.core.errors import InputError
from framing.engine.text import count_words
from framing.stats.common import finite_values, seeded_rng


def poisson_interval(counts, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Exact (Garwood 1936) Poisson confidence limits for observed ``counts``.

    ``lower = chi2.ppf(a/2, 2k) / 2`` (0 for ``k = 0``), ``upper = chi2.ppf(1 - a/2, 2k + 2) / 2``
    with ``a = 1 - level``.
    """
    from scipy.stats import chi2

    k = np.asarray(counts, dtype="float64")
    if np.any(k < 0) or np.any(k != np.floor(k)):
        raise InputError("Poisson intervals need non-negative whole counts")
    a = 1.0 - level
    with np.errstate(invalid="ignore"):
        lower = np.where(k > 0, chi2.ppf(a / 2, 2 * k) / 2, 0.0)
    upper = chi2.ppf(1 - a / 2, 2 * k + 2) / 2
    return lower, upper


def wilson(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Wilson score interval of a proportion ``k / n`` (95% by default; NaN for n = 0)."""
    if n <= 0:
        return (math.nan, math.nan)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    lo = 0.0 if k <= 0 else max(0.0, centre - half)  # exact bounds at 0 and n (no 0.9999...)
    hi = 1.0 if k >= n else min(1.0, centre + half)
    return (lo, hi)


def _category(name: str) -> str:
    return name[: -len("_count")] if name.endswith("_count") else name


def _count_series(counts: pd.Series) -> pd.Series:
    keep = [c for c in counts.index if str(c).endswith("_count") and "_negated" not in str(c)]
    s = counts[keep] if keep else counts
    return s.astype("float64")


#: Interval methods of :func:`article_rate_intervals`; the first is the default.
INTERVAL_METHODS = ("sentence_bootstrap", "poisson", "bootstrap")


def sentence_counts(analysis) -> pd.DataFrame:
    """One row per sentence of an analysed text: ``tokens`` and a ``<category>_count`` column per
    category (and ``scare_quote_count``, the author-voice, targeted and vague-source counts of
    :meth:`~framing.engine.analysis.Analysis.attribution_sentence_counts`) — the input of the
    sentence bootstrap."""
    sents = analysis.sentences
    table = pd.DataFrame({"tokens": [count_words(t) for t in sents["text"]]})
    m = analysis.matches
    for cat in analysis.lexicon.categories:
        hits = m.loc[m["category"] == cat, "sentence"].to_numpy(int)
        table[f"{cat}_count"] = np.bincount(hits, minlength=len(sents))[: len(sents)]
    q = analysis.quotes
    scare = q.loc[q["is_scare_quote"].astype(bool), "sentence"].dropna().to_numpy(int)
    table["scare_quote_count"] = np.bincount(scare, minlength=len(sents))[: len(sents)]
    extra = analysis.attribution_sentence_counts()  # author voice, targets, vague sources
    return pd.concat([table, extra.set_axis(table.index)], axis=1)


def article_rate_intervals(
    counts: pd.Series,
    tokens: int,
    method: str = "sentence_bootstrap",
    level: float = 0.95,
    sentence_counts: pd.DataFrame | None = None,
    n_boot: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """Rate per 1,000 tokens of each category in the article, with a confidence interval.

    ``counts`` holds ``<category>_count`` values (other entries, and ``*_negated_count``,
    are ignored). Columns: category, count, sentences (sentences with at least one match; NaN
    without ``sentence_counts``), tokens, per_1k, lower, upper, method, level, poisson_lower,
    poisson_upper, bootstrap_lower, bootstrap_upper.

    ``method="sentence_bootstrap"`` (default) resamples the article's sentences
    (``sentence_counts``: one row per sentence, the ``<category>_count`` columns and
    ``tokens``; :func:`sentence_counts` makes it) and takes the percentile interval of
    ``Σcounts / Σtokens``, so matches that cluster in a few sentences (four scare quotes in one
    sentence) widen the interval as they should. A bootstrap over ~35 sentences has few
    distinct values, and for a zero count every resample is 0; so each end is widened, where
    needed, to the exact (Garwood) Poisson interval of the count: ``lower = min(bootstrap,
    Poisson)``, ``upper = max(bootstrap, Poisson)``. The Poisson interval is the least
    uncertainty a count carries (independent words); the bootstrap adds what clustering adds.
    ``method="poisson"`` gives the Poisson interval alone (bootstrap columns NaN) and
    ``method="bootstrap"`` the plain bootstrap.
    """
    if tokens is None or not np.isfinite(tokens) or tokens <= 0:
        raise InputError("the article has no word tokens; rates per 1,000 tokens are undefined")
    if method not in INTERVAL_METHODS:
        raise InputError(
            f"unknown interval method {method!r}; use {', '.join(map(repr, INTERVAL_METHODS))}"
        )
    s = _count_series(counts)
    k = s.to_numpy()
    per_1k = k * 1000.0 / tokens
    p_lo, p_hi = poisson_interval(k, level)
    p_lo, p_hi = p_lo * 1000.0 / tokens, p_hi * 1000.0 / tokens
    b_lo = b_hi = np.full(k.shape, np.nan)
    if method != "poisson":
        b_lo, b_hi = _bootstrap_rates(sentence_counts, list(s.index), level, n_boot, seed)
    if method == "poisson":
        lo, hi = p_lo, p_hi
    elif method == "bootstrap":
        lo, hi = b_lo, b_hi
    else:
        lo, hi = np.fmin(b_lo, p_lo), np.fmax(b_hi, p_hi)
    sentences = np.full(k.shape, np.nan)
    if sentence_counts is not None and all(c in sentence_counts for c in s.index):
        sentences = (sentence_counts[list(s.index)] > 0).sum().to_numpy(float)
    return pd.DataFrame(
        {
            "category": [_category(str(c)) for c in s.index],
            "count": k.astype("int64"),
            "sentences": sentences,
            "tokens": int(tokens),
            "per_1k": per_1k,
            "lower": lo,
            "upper": hi,
            "method": method,
            "level": level,
            "poisson_lower": p_lo,
            "poisson_upper": p_hi,
            "bootstrap_lower": b_lo,
            "bootstrap_upper": b_hi,
        }
    )


def analysis_rate_intervals(
    analysis, level: float = 0.95, n_boot: int = 2000, seed: int = 0, method: str | None = None
) -> pd.DataFrame:
    """:func:`article_rate_intervals` of an analysed text: every ``*_count`` metric (categories
    in lexicon order, scare quotes, author-voice, targeted and vague-source counts), with the
    sentence bootstrap (default method) from :func:`sentence_counts`."""
    m = analysis.metrics
    return article_rate_intervals(
        _count_series(m),
        int(m["tokens"]),
        method or INTERVAL_METHODS[0],
        level,
        sentence_counts=sentence_counts(analysis),
        n_boot=n_boot,
        seed=seed,
    )


#: Values (draws x sentences x categories) summed at once by :func:`_bootstrap_rates`.
BOOT_BLOCK_VALUES = 4_000_000


def _bootstrap_rates(
    sentence_counts: pd.DataFrame | None, cols: list, level: float, n_boot: int, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    if sentence_counts is None or "tokens" not in sentence_counts.columns:
        raise InputError("bootstrap intervals need sentence_counts with a 'tokens' column")
    missing = [c for c in cols if c not in sentence_counts.columns]
    if missing:
        raise InputError(f"sentence_counts lacks column(s): {', '.join(map(str, missing))}")
    c = sentence_counts[cols].to_numpy(float)
    t = sentence_counts["tokens"].to_numpy(float)
    n = len(t)
    if n == 0:
        raise InputError("bootstrap intervals need at least one sentence")
    idx = seeded_rng(seed, "article_sentences").integers(0, n, size=(n_boot, n))
    # resamples summed a block of draws at a time: c[idx] whole held n_boot x sentences x
    # categories floats (4 GB for a 2 MB text); counts are whole numbers, so the sums, and the
    # intervals, are exactly those of the one-block computation
    sums = np.empty((n_boot, len(cols)))
    tok = np.empty(n_boot)
    step = max(1, BOOT_BLOCK_VALUES // (n * max(1, len(cols))))
    for lo in range(0, n_boot, step):
        block = idx[lo : lo + step]
        sums[lo : lo + step] = c[block].sum(axis=1)
        tok[lo : lo + step] = t[block].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = sums * 1000.0 / tok[:, None]
    a = (1 - level) / 2
    return np.nanquantile(rates, a, axis=0), np.nanquantile(rates, 1 - a, axis=0)


def flag_outside(intervals: pd.DataFrame, corpus_medians: pd.Series) -> pd.DataFrame:
    """Add ``corpus_median`` and bool ``corpus_median_outside_interval`` to ``intervals``.

    ``corpus_medians`` is indexed by category or by ``<category>_per_1k``. A missing median
    gives ``False`` (and NaN in ``corpus_median``).
    """
    med = corpus_medians.copy()
    med.index = [str(i).removesuffix("_per_1k") for i in med.index]
    out = intervals.copy()
    out["corpus_median"] = out["category"].map(med).astype("float64")
    m = out["corpus_median"]
    out["corpus_median_outside_interval"] = ((m < out["lower"]) | (m > out["upper"])).astype(bool)
    return out


def _resample_medians(v_sorted: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Medians of ``v_sorted[idx]`` row by row, without sorting each resample.

    ``v_sorted`` is ascending, so the order statistics of a resample are ``v_sorted`` at the
    order statistics of its indices; those are found from the cumulative index counts.
    Equal to ``np.median(v_sorted[idx], axis=1)``.
    """
    b, n = idx.shape
    counts = np.bincount((idx + n * np.arange(b)[:, None]).ravel(), minlength=b * n)
    cum = counts.reshape(b, n).cumsum(axis=1)
    lo = np.argmax(cum >= (n + 1) // 2, axis=1)  # rank ceil(n/2), 1-based
    hi = np.argmax(cum >= n // 2 + 1, axis=1)  # rank n/2 + 1 (same as lo for odd n)
    return (v_sorted[lo] + v_sorted[hi]) / 2


def bootstrap_median_ci(
    values, n_boot: int = 2000, level: float = 0.95, rng: np.random.Generator | None = None
) -> tuple[float, float]:
    """Percentile bootstrap interval of the median (resampling in chunks to bound memory)."""
    v = np.sort(finite_values(values))
    if v.size == 0:
        return float("nan"), float("nan")
    rng = rng if rng is not None else np.random.default_rng(0)
    chunk = max(1, min(n_boot, 2_000_000 // v.size))
    meds = np.empty(n_boot)
    for start in range(0, n_boot, chunk):
        stop = min(n_boot, start + chunk)
        idx = rng.integers(0, v.size, size=(stop - start, v.size))
        meds[start:stop] = _resample_medians(v, idx)
    a = (1 - level) / 2
    return float(np.quantile(meds, a)), float(np.quantile(meds, 1 - a))
