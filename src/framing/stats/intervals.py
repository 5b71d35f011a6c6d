"""Uncertainty of rates: exact Poisson limits and sentence-bootstrap intervals of the article's
rates, bootstrap intervals of group medians. Formulas and references: ``docs/statistics.md``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing.core.errors import InputError
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


def _category(name: str) -> str:
    return name[: -len("_count")] if name.endswith("_count") else name


def _count_series(counts: pd.Series) -> pd.Series:
    keep = [c for c in counts.index if str(c).endswith("_count") and "_negated" not in str(c)]
    s = counts[keep] if keep else counts
    return s.astype("float64")


def article_rate_intervals(
    counts: pd.Series,
    tokens: int,
    method: str = "poisson",
    level: float = 0.95,
    sentence_counts: pd.DataFrame | None = None,
    n_boot: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """Rate per 1,000 tokens of each category in the article, with a confidence interval.

    ``counts`` holds ``<category>_count`` values (other entries, and ``*_negated_count``,
    are ignored). Columns: category, count, tokens, per_1k, lower, upper, method, level.

    Why exact Poisson by default: the counts of a ~730-word article are small (often 0–10),
    where normal approximations fail. The exact (Garwood) interval for the count, divided by
    the token count, has at least the nominal coverage. A bootstrap over the article's ~35
    sentences can take only a few distinct values, and for a zero count every resample is
    zero, giving the interval [0, 0] — it claims certainty exactly where there is least
    information. It is offered (``method="bootstrap"``, given ``sentence_counts`` with one
    row per sentence, the ``<category>_count`` columns and a ``tokens`` column) as a check
    of sensitivity to clustering of matches within sentences, not as the default.
    """
    if tokens is None or not np.isfinite(tokens) or tokens <= 0:
        raise InputError("the article has no word tokens; rates per 1,000 tokens are undefined")
    s = _count_series(counts)
    k = s.to_numpy()
    per_1k = k * 1000.0 / tokens
    if method == "poisson":
        lo, hi = poisson_interval(k, level)
        lo, hi = lo * 1000.0 / tokens, hi * 1000.0 / tokens
    elif method == "bootstrap":
        lo, hi = _bootstrap_rates(sentence_counts, list(s.index), level, n_boot, seed)
    else:
        raise InputError(f"unknown interval method {method!r}; use 'poisson' or 'bootstrap'")
    return pd.DataFrame(
        {
            "category": [_category(str(c)) for c in s.index],
            "count": k.astype("int64"),
            "tokens": int(tokens),
            "per_1k": per_1k,
            "lower": lo,
            "upper": hi,
            "method": method,
            "level": level,
        }
    )


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
    tok = t[idx].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = c[idx].sum(axis=1) * 1000.0 / tok[:, None]
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
