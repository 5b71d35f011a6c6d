"""Where the focal article sits in a corpus: mid-rank percentiles and robust z, overall and per
group, with the raw numbers (n, median, MAD, documents below and equal) beside each statistic.
Formulas and references: ``docs/statistics.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from framing.stats.common import finite_values, group_labels, metric_columns_of

#: Consistency constant: ``MAD_SCALE * MAD`` estimates the SD of a normal distribution.
MAD_SCALE = 1.4826


#: ``MEANAD_SCALE * mean absolute deviation`` estimates the SD (fallback when MAD is 0).
MEANAD_SCALE = 1.253314


NOTE_MAD_ZERO = "MAD=0: robust z undefined (more than half the corpus has the median value)"


def percentile_rank(values, x: float) -> float:
    """Mid-rank percentile of ``x`` among ``values``: ``(below + 0.5 * equal) / n * 100``.

    NaN when ``x`` is NaN or there are no finite values.
    """
    v = finite_values(values)
    if v.size == 0 or not np.isfinite(x):
        return float("nan")
    below = np.count_nonzero(v < x)
    equal = np.count_nonzero(v == x)
    return float((below + 0.5 * equal) / v.size * 100.0)


def mad(values) -> float:
    """Median absolute deviation from the median (unscaled); NaN for no values."""
    v = finite_values(values)
    if v.size == 0:
        return float("nan")
    return float(np.median(np.abs(v - np.median(v))))


def robust_z(values, x: float) -> tuple[float, str]:
    """``(x - median) / (1.4826 * MAD)`` and a note (non-empty when undefined)."""
    v = finite_values(values)
    if v.size == 0:
        return float("nan"), "no corpus values"
    if not np.isfinite(x):
        return float("nan"), "article value missing" if np.isnan(x) else "article value not finite"
    m = mad(v)
    if m == 0:
        return float("nan"), NOTE_MAD_ZERO
    return float((x - np.median(v)) / (MAD_SCALE * m)), ""


def _position_row(metric: str, x: float, values: np.ndarray) -> dict:
    v = finite_values(values)
    z, note = robust_z(v, x)
    return {
        "metric": metric,
        "article_value": x,
        "n": int(v.size),
        "n_missing": int(len(values) - v.size),
        "median": float(np.median(v)) if v.size else np.nan,
        "mad": mad(v),
        # an article value that is NaN or infinite has no rank: no counts beside it either
        "n_below": int(np.count_nonzero(v < x)) if np.isfinite(x) else 0,
        "n_equal": int(np.count_nonzero(v == x)) if np.isfinite(x) else 0,
        "percentile": percentile_rank(v, x),
        "robust_z": z,
        "note": note,
    }


def position(
    article_metrics: pd.Series,
    corpus: pd.DataFrame,
    metrics: Sequence[str] | None = None,
    group_col: str = "group",
) -> pd.DataFrame:
    """Position of the article among all corpus documents, one row per metric.

    Columns: metric, article_value, n, n_missing, median, mad, n_below, n_equal,
    percentile (mid-rank: ``(n_below + 0.5 * n_equal) / n * 100``), robust_z
    (``(x - median) / (1.4826 * MAD)``; NaN with a ``note`` when MAD is 0).
    ``metrics=None`` uses every numeric corpus column that the article also has.
    ``group_col`` is unused here (see :func:`position_by_group`); it is accepted so that
    both functions take the same arguments.
    """
    cols = metric_columns_of(article_metrics, corpus, metrics)
    rows = [
        _position_row(m, float(article_metrics.get(m, np.nan)), corpus[m].to_numpy(float))
        for m in cols
    ]
    return pd.DataFrame(rows, columns=_POSITION_COLUMNS)


_POSITION_COLUMNS = [
    "metric",
    "article_value",
    "n",
    "n_missing",
    "median",
    "mad",
    "n_below",
    "n_equal",
    "percentile",
    "robust_z",
    "note",
]


def position_by_group(
    article_metrics: pd.Series,
    corpus: pd.DataFrame,
    metrics: Sequence[str] | None = None,
    group_col: str = "group",
) -> pd.DataFrame:
    """:func:`position` within each group (long format: one row per metric and group).

    Groups are sorted by name; documents without a group label form ``"(missing)"``.
    """
    cols = metric_columns_of(article_metrics, corpus, metrics)
    labels = group_labels(corpus, group_col)
    rows = []
    for g in sorted(labels.unique()):
        sub = corpus.loc[(labels == g).to_numpy()]
        for m in cols:
            x = float(article_metrics.get(m, np.nan))
            rows.append({"group": g, **_position_row(m, x, sub[m].to_numpy(float))})
    return pd.DataFrame(rows, columns=["group", *_POSITION_COLUMNS])
