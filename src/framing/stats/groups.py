"""How corpus groups differ: per-group summaries with bootstrap intervals, pairwise tests
(Mann–Whitney or permutation of medians) with Benjamini–Hochberg adjustment and Cliff's delta.
Formulas and references: ``docs/statistics.md``.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd

from framing.core.errors import InputError
from framing.stats.common import (
    MISSING_GROUP,
    check_column,
    finite_values,
    group_labels,
    seeded_rng,
)
from framing.stats.intervals import bootstrap_median_ci


def bh_adjust(p) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (step-up, monotone, capped at 1).

    NaN entries are ignored (the number of tests ``m`` counts finite p-values only) and
    stay NaN.
    """
    p = np.asarray(p, dtype="float64")
    out = np.full(p.shape, np.nan)
    ok = np.isfinite(p)
    m = int(ok.sum())
    if m == 0:
        return out
    q = p[ok]
    order = np.argsort(q, kind="stable")
    scaled = q[order] * m / np.arange(1, m + 1)
    adj = np.minimum.accumulate(scaled[::-1])[::-1]
    res = np.empty(m)
    res[order] = np.minimum(adj, 1.0)
    out[ok] = res
    return out


def cliffs_delta(x, y) -> float:
    """Cliff's delta ``(#(x_i > y_j) - #(x_i < y_j)) / (n_x * n_y)`` in ``[-1, 1]``.

    Computed by sorting (``O(n log n)``), not by forming all pairs; NaN if a sample is empty.
    """
    a, b = finite_values(x), np.sort(finite_values(y))
    if a.size == 0 or b.size == 0:
        return float("nan")
    greater = np.searchsorted(b, a, side="left").sum()  # y_j < x_i
    less = (b.size - np.searchsorted(b, a, side="right")).sum()  # y_j > x_i
    return float((greater - less) / (a.size * b.size))


def _groups(df: pd.DataFrame, metric: str, group_col: str) -> dict[str, np.ndarray]:
    check_column(df, metric, "metric")
    labels = group_labels(df, group_col)
    vals = df[metric].to_numpy(float)
    return {g: vals[(labels == g).to_numpy()] for g in sorted(labels.unique())}


def _exclusion(name: str, n: int, min_group_size: int) -> str:
    if name == MISSING_GROUP:
        return "documents without a group label"
    if n < min_group_size:
        return f"n={n} < min_group_size={min_group_size}"
    return ""


def group_summary(
    df: pd.DataFrame,
    metric: str,
    group_col: str = "group",
    seed: int = 0,
    n_boot: int = 2000,
    min_group_size: int = 5,
    level: float = 0.95,
) -> pd.DataFrame:
    """Per group: n, n_missing, median, bootstrap percentile CI of the median.

    Groups with fewer than ``min_group_size`` finite values (and documents without a group
    label) are kept as rows with their median and an ``excluded_reason``; their CI is NaN.
    """
    rows = []
    for g, raw in _groups(df, metric, group_col).items():
        v = finite_values(raw)
        reason = _exclusion(g, v.size, min_group_size)
        lo, hi = (np.nan, np.nan)
        if not reason:
            lo, hi = bootstrap_median_ci(v, n_boot, level, seeded_rng(seed, metric, g))
        rows.append(
            {
                "metric": metric,
                "group": g,
                "n": int(v.size),
                "n_missing": int(raw.size - v.size),
                "median": float(np.median(v)) if v.size else np.nan,
                "ci_lower": lo,
                "ci_upper": hi,
                "level": level,
                "n_boot": n_boot,
                "excluded_reason": reason,
            }
        )
    return pd.DataFrame(rows)


def _perm_test_median(x: np.ndarray, y: np.ndarray, n_perm: int, rng: np.random.Generator) -> float:
    """Two-sided permutation p-value of the difference of medians, ``(1 + b) / (1 + n_perm)``."""
    pooled = np.concatenate([x, y])
    obs = abs(np.median(x) - np.median(y))
    n1 = x.size
    hits = 0
    chunk = max(1, min(n_perm, 2_000_000 // pooled.size))
    for start in range(0, n_perm, chunk):
        m = min(chunk, n_perm - start)
        perm = rng.permuted(np.broadcast_to(pooled, (m, pooled.size)), axis=1)
        d = np.abs(np.median(perm[:, :n1], axis=1) - np.median(perm[:, n1:], axis=1))
        hits += int(np.count_nonzero(d >= obs - 1e-12))
    return (1 + hits) / (1 + n_perm)


def pairwise_tests(
    df: pd.DataFrame,
    metric: str,
    group_col: str = "group",
    method: str = "mannwhitney",
    seed: int = 0,
    min_group_size: int = 5,
    n_perm: int = 5000,
) -> pd.DataFrame:
    """Every pair of groups (sorted by name): n1, n2, median1, median2, U, p, p_adj, Cliff's delta.

    ``method="mannwhitney"``: two-sided Mann–Whitney U (``scipy.stats.mannwhitneyu``, exact
    for small samples without ties, otherwise normal approximation with tie and continuity
    correction). ``method="permutation"``: two-sided permutation test of the difference of
    medians (``n_perm`` seeded permutations; U is still reported). ``U`` is the statistic of
    group 1; ``cliffs_delta = 2U / (n1 n2) - 1`` (positive: group 1 tends to be larger).
    ``p_adj`` is Benjamini–Hochberg over the pairs tested for this metric. Pairs involving a
    group below ``min_group_size`` are listed with ``excluded_reason`` and no test.
    """
    from scipy.stats import mannwhitneyu

    if method not in ("mannwhitney", "permutation"):
        raise InputError(f"unknown test {method!r}; use 'mannwhitney' or 'permutation'")
    groups = {g: finite_values(v) for g, v in _groups(df, metric, group_col).items()}
    rows = []
    for g1, g2 in combinations(groups, 2):
        x, y = groups[g1], groups[g2]
        reason = "; ".join(
            f"{g}: {r}"
            for g, n in ((g1, x.size), (g2, y.size))
            if (r := _exclusion(g, n, min_group_size))
        )
        row = {
            "metric": metric,
            "group1": g1,
            "group2": g2,
            "n1": int(x.size),
            "n2": int(y.size),
            "median1": float(np.median(x)) if x.size else np.nan,
            "median2": float(np.median(y)) if y.size else np.nan,
            "U": np.nan,
            "p": np.nan,
            "cliffs_delta": np.nan,
            "method": method,
            "excluded_reason": reason,
        }
        if not reason:
            res = mannwhitneyu(x, y, alternative="two-sided")
            row["U"] = float(res.statistic)
            row["p"] = float(res.pvalue)
            if method == "permutation":
                row["p"] = _perm_test_median(x, y, n_perm, seeded_rng(seed, metric, g1, g2))
            row["cliffs_delta"] = cliffs_delta(x, y)
        rows.append(row)
    cols = ["metric", "group1", "group2", "n1", "n2", "median1", "median2", "U", "p"]
    out = pd.DataFrame(rows, columns=[*cols, "cliffs_delta", "method", "excluded_reason"])
    out.insert(out.columns.get_loc("p") + 1, "p_adj", bh_adjust(out["p"].to_numpy(float)))
    return out
