"""How corpus groups differ, effect sizes first: Cliff's delta with bootstrap intervals, the share
of documents with at least one match and pooled rates with document-bootstrap intervals (medians
say nothing when most documents have none), then Mann–Whitney or permutation tests with
Benjamini–Hochberg adjustment. Groups below the minimum size are listed and flagged, never
ranked or tested. Formulas and references: ``docs/statistics.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
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
from framing.stats.intervals import bootstrap_median_ci, wilson


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


#: Romano et al. (2006) thresholds of the absolute Cliff's delta: negligible, small, medium, large.
DELTA_THRESHOLDS = ((0.147, "negligible"), (0.33, "small"), (0.474, "medium"))


def delta_magnitude(delta: float) -> str:
    """``negligible`` (absolute δ < 0.147), ``small`` (< 0.33), ``medium`` (< 0.474) or ``large``
    (Romano et al. 2006); empty for NaN."""
    if delta is None or not np.isfinite(delta):
        return ""
    for bound, name in DELTA_THRESHOLDS:
        if abs(delta) < bound:
            return name
    return "large"


def cliffs_delta_ci(
    x, y, n_boot: int = 2000, level: float = 0.95, rng: np.random.Generator | None = None
) -> tuple[float, float]:
    """Percentile bootstrap interval of Cliff's delta, each group resampled within itself.

    Each resample's delta is ``2U / (n_x n_y) − 1`` with ``U`` from mid-ranks of the pooled
    resample (ties count half, as in :func:`cliffs_delta`); resamples are ranked in chunks to
    bound memory. NaN if a sample is empty.
    """
    from scipy.stats import rankdata

    a, b = finite_values(x), finite_values(y)
    if a.size == 0 or b.size == 0:
        return float("nan"), float("nan")
    rng = rng if rng is not None else np.random.default_rng(0)
    n1, n2 = a.size, b.size
    deltas = np.empty(n_boot)
    chunk = max(1, min(n_boot, 2_000_000 // (n1 + n2)))
    for start in range(0, n_boot, chunk):
        m = min(chunk, n_boot - start)
        xs = a[rng.integers(0, n1, size=(m, n1))]
        ys = b[rng.integers(0, n2, size=(m, n2))]
        ranks = rankdata(np.concatenate([xs, ys], axis=1), axis=1)
        u = ranks[:, :n1].sum(axis=1) - n1 * (n1 + 1) / 2
        deltas[start : start + m] = 2 * u / (n1 * n2) - 1
    q = (1 - level) / 2
    return float(np.quantile(deltas, q)), float(np.quantile(deltas, 1 - q))


def share_nonzero(values) -> float:
    """Share of finite values that are not 0 (documents with at least one match); NaN if none."""
    v = finite_values(values)
    return float(np.count_nonzero(v) / v.size) if v.size else float("nan")


def _ratio_bootstrap(
    num: np.ndarray, den: np.ndarray, n_boot: int, level: float, rng, per: float = 1.0
) -> tuple[float, float]:
    """Percentile interval of ``per · Σnum / Σden`` with whole units (documents, sentences)
    resampled; resamples whose ``Σden`` is 0 are left out."""
    boot = np.empty(n_boot)
    chunk = max(1, min(n_boot, 2_000_000 // num.size))
    for start in range(0, n_boot, chunk):
        m = min(chunk, n_boot - start)
        idx = rng.integers(0, num.size, size=(m, num.size))
        with np.errstate(invalid="ignore", divide="ignore"):
            boot[start : start + m] = per * num[idx].sum(axis=1) / den[idx].sum(axis=1)
    boot = boot[np.isfinite(boot)]
    if boot.size == 0:
        return float("nan"), float("nan")
    q = (1 - level) / 2
    return float(np.quantile(boot, q)), float(np.quantile(boot, 1 - q))


def pooled_rate_ci(
    counts,
    tokens,
    n_boot: int = 2000,
    level: float = 0.95,
    rng: np.random.Generator | None = None,
    per: float = 1000.0,
) -> tuple[float, float, float]:
    """Pooled rate ``per · Σcounts / Σtokens`` of a group of documents with a percentile
    bootstrap interval over documents (whole documents resampled: matches that cluster in some
    documents widen it). Documents without tokens are left out; NaNs without documents."""
    c, t = _pooled_documents(counts, tokens)
    if c.size == 0:
        return float("nan"), float("nan"), float("nan")
    rng = rng if rng is not None else np.random.default_rng(0)
    rate = per * c.sum() / t.sum()
    return (float(rate), *_ratio_bootstrap(c, t, n_boot, level, rng, per))


def pooled_share_ci(
    parts,
    totals,
    n_boot: int = 2000,
    level: float = 0.95,
    rng: np.random.Generator | None = None,
) -> tuple[float, float, float]:
    """Share ``Σparts / Σtotals`` pooled over units (documents, or an article's sentences) with
    a percentile bootstrap interval over whole units: the share of a group's matches that are,
    say, in the author's own voice, where matches cluster in documents. The interval is widened
    to the Wilson interval of the matches where that is wider, so it never claims less
    uncertainty than independent matches would (the bootstrap collapses to a point when every
    match falls one way: 8 of 8 gives 1.00–1.00, Wilson 0.68–1.00). Units without a total (no
    match) say nothing of the share and are left out of the resampling; NaNs when no unit has
    one. ``parts`` must not exceed ``totals``."""
    a = np.asarray(parts, dtype="float64")
    n = np.asarray(totals, dtype="float64")
    if a.shape != n.shape:
        raise InputError(f"parts and totals differ in length ({a.size} vs {n.size})")
    finite = np.isfinite(a) & np.isfinite(n)
    if (a[finite] < 0).any() or (a[finite] > n[finite]).any():
        raise InputError("every part must lie between 0 and its total")
    a, n = a[finite & (n > 0)], n[finite & (n > 0)]
    if n.size == 0:
        return float("nan"), float("nan"), float("nan")
    from scipy.stats import norm

    rng = rng if rng is not None else np.random.default_rng(0)
    lo, hi = _ratio_bootstrap(a, n, n_boot, level, rng)
    w_lo, w_hi = wilson(int(round(a.sum())), int(round(n.sum())), float(norm.ppf(0.5 + level / 2)))
    return float(a.sum() / n.sum()), min(lo, w_lo), max(hi, w_hi)


def voice_shares(
    df: pd.DataFrame,
    categories: Sequence[str],
    group_col: str = "group",
    seed: int = 0,
    n_boot: int = 2000,
    level: float = 0.95,
    unit: str = "document",
) -> pd.DataFrame:
    """Per group and stance category: how many matches the rules put in the author's own voice
    (``<category>_author_count``) of all its matches (``<category>_count``), the share with a
    bootstrap interval over the rows of ``df`` (documents; an article's sentences:
    ``unit="sentence"``; :func:`pooled_share_ci`), and a last row per group, ``all``, for the
    categories together. A news report quotes and attributes where an op-ed argues: the share
    says how much of a group's stance is its own.

    Columns: group, category, unit, units, units_missing (a count or author count missing:
    left out), units_with_matches, matches, author, reported, share_author, lower, upper,
    level, n_boot. Groups in sorted order, categories in the
    given order; rows without a group label form the group ``(missing)``.
    """
    categories = list(categories)
    if not categories:
        raise InputError("voice_shares needs at least one category")
    for c in categories:
        check_column(df, f"{c}_count", "count")
        check_column(df, f"{c}_author_count", "author-voice count")
    labels = group_labels(df, group_col)
    rows = []
    for g in sorted(labels.unique()):
        sub = df.loc[(labels == g).to_numpy()]
        totals = {c: sub[f"{c}_count"].to_numpy(float) for c in categories}
        authors = {c: sub[f"{c}_author_count"].to_numpy(float) for c in categories}
        totals["all"] = np.sum([totals[c] for c in categories], axis=0)
        authors["all"] = np.sum([authors[c] for c in categories], axis=0)
        for c in [*categories, "all"]:
            n, a = totals[c], authors[c]
            share, lo, hi = pooled_share_ci(a, n, n_boot, level, seeded_rng(seed, "voice", g, c))
            known = np.isfinite(n) & np.isfinite(a)
            n, a = n[known], a[known]
            rows.append(
                {
                    "group": g,
                    "category": c,
                    "unit": unit,
                    "units": int(len(sub)),
                    "units_missing": int(len(sub) - known.sum()),
                    "units_with_matches": int(np.count_nonzero(n > 0)),
                    "matches": int(n.sum()),
                    "author": int(a.sum()),
                    "reported": int(n.sum() - a.sum()),
                    "share_author": share,
                    "lower": lo,
                    "upper": hi,
                    "level": level,
                    "n_boot": n_boot,
                }
            )
    return pd.DataFrame(rows)


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


def _count_column(df: pd.DataFrame, metric: str) -> str | None:
    """``<category>_count`` of a ``<category>_per_1k`` metric, when it and ``tokens`` exist."""
    if not metric.endswith("_per_1k") or "tokens" not in df.columns:
        return None
    col = metric[: -len("_per_1k")] + "_count"
    return col if col in df.columns else None


def group_summary(
    df: pd.DataFrame,
    metric: str,
    group_col: str = "group",
    seed: int = 0,
    n_boot: int = 2000,
    min_group_size: int = 5,
    level: float = 0.95,
) -> pd.DataFrame:
    """Per group: n, n_missing, n_nonzero and share_nonzero (documents with a non-zero value:
    at least one match), the pooled rate (``1000 · count / tokens``, for ``*_per_1k`` metrics
    when the ``<category>_count`` and ``tokens`` columns are there; ``count`` and ``tokens`` are
    the sums it is made of) with a document-bootstrap interval, the median with a bootstrap
    interval, and ``rank`` (1 = highest pooled rate, else median; tied groups share the lower
    rank number).

    Groups with fewer than ``min_group_size`` finite values (and documents without a group
    label) are kept as rows with their values and an ``excluded_reason``; they get no
    intervals and no rank.
    """
    count_col = _count_column(df, metric)
    labels = group_labels(df, group_col)
    rows = []
    for g, raw in _groups(df, metric, group_col).items():
        v = finite_values(raw)
        reason = _exclusion(g, v.size, min_group_size)
        lo = hi = p_lo = p_hi = pooled = count = tokens = np.nan
        if count_col:
            sub = df.loc[(labels == g).to_numpy()]
            pooled, p_lo, p_hi = pooled_rate_ci(
                sub[count_col], sub["tokens"], n_boot, level, seeded_rng(seed, metric, g, "pooled")
            )
            count, tokens = pooled_totals(sub[count_col], sub["tokens"])
        if not reason:
            lo, hi = bootstrap_median_ci(v, n_boot, level, seeded_rng(seed, metric, g))
        else:
            p_lo = p_hi = np.nan
        rows.append(
            {
                "metric": metric,
                "group": g,
                "n": int(v.size),
                "n_missing": int(raw.size - v.size),
                "n_nonzero": int(np.count_nonzero(v)),
                "share_nonzero": share_nonzero(v),
                "count": count,
                "tokens": tokens,
                "pooled_per_1k": pooled,
                "pooled_lower": p_lo,
                "pooled_upper": p_hi,
                "median": float(np.median(v)) if v.size else np.nan,
                "ci_lower": lo,
                "ci_upper": hi,
                "level": level,
                "n_boot": n_boot,
                "excluded_reason": reason,
            }
        )
    out = pd.DataFrame(rows, columns=_SUMMARY_COLUMNS)
    out["rank"] = np.nan
    if len(out):
        key = "pooled_per_1k" if count_col else "median"
        ok = out["excluded_reason"].eq("") & out[key].notna()
        out.loc[ok, "rank"] = out.loc[ok, key].rank(method="min", ascending=False)
    return out


_SUMMARY_COLUMNS = [
    "metric", "group", "n", "n_missing", "n_nonzero", "share_nonzero", "count", "tokens",
    "pooled_per_1k", "pooled_lower", "pooled_upper", "median", "ci_lower", "ci_upper", "level",
    "n_boot", "excluded_reason",
]  # fmt: skip


def pooled_totals(counts, tokens) -> tuple[float, float]:
    """``(Σcounts, Σtokens)`` over the documents :func:`pooled_rate_ci` pools."""
    c, t = _pooled_documents(counts, tokens)
    return float(c.sum()), float(t.sum())


def _pooled_documents(counts, tokens) -> tuple[np.ndarray, np.ndarray]:
    """Counts and tokens of the documents a pooled rate pools: both known, tokens > 0."""
    c = np.asarray(counts, dtype="float64")
    t = np.asarray(tokens, dtype="float64")
    ok = np.isfinite(c) & np.isfinite(t) & (t > 0)
    return c[ok], t[ok]


def _perm_test_mean(x: np.ndarray, y: np.ndarray, n_perm: int, rng: np.random.Generator) -> float:
    """Two-sided permutation p-value of the difference of means, ``(1 + b) / (1 + n_perm)``.

    Means, not medians: when most documents of both groups have no match both medians are 0
    and every permutation ties, so a test of medians returns p = 1 whatever the data say.
    """
    pooled = np.concatenate([x, y])
    obs = abs(x.mean() - y.mean())
    n1 = x.size
    hits = 0
    chunk = max(1, min(n_perm, 2_000_000 // pooled.size))
    for start in range(0, n_perm, chunk):
        m = min(chunk, n_perm - start)
        perm = rng.permuted(np.broadcast_to(pooled, (m, pooled.size)), axis=1)
        d = np.abs(perm[:, :n1].mean(axis=1) - perm[:, n1:].mean(axis=1))
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
    n_boot: int = 2000,
    level: float = 0.95,
    untested: bool = True,
) -> pd.DataFrame:
    """Every pair of groups (sorted by name), effect size first: n1, n2, Cliff's delta with a
    bootstrap interval and its magnitude, the number and share of documents with a non-zero
    value in each group, the medians, then ``U``, ``p`` and ``p_adj``.

    ``cliffs_delta = 2U / (n1 n2) − 1`` (positive: group 1 tends to be larger); its interval is
    :func:`cliffs_delta_ci` and ``magnitude`` :func:`delta_magnitude`. ``method="mannwhitney"``:
    two-sided Mann–Whitney U (``scipy.stats.mannwhitneyu``, exact for small samples without
    ties, otherwise normal approximation with tie and continuity correction).
    ``method="permutation"``: two-sided permutation test of the difference of means
    (``n_perm`` seeded permutations; U is still reported). ``p_adj`` is Benjamini–Hochberg over
    the pairs tested for this metric. Pairs involving a group below ``min_group_size`` are
    listed with ``excluded_reason`` and no test; ``untested=False`` leaves them out (a column
    with one value per document would otherwise list every pair of documents).
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
        if reason and not untested:
            continue
        row = {
            "metric": metric,
            "group1": g1,
            "group2": g2,
            "n1": int(x.size),
            "n2": int(y.size),
            "cliffs_delta": np.nan,
            "delta_lower": np.nan,
            "delta_upper": np.nan,
            "magnitude": "",
            "n_nonzero1": int(np.count_nonzero(x)),
            "n_nonzero2": int(np.count_nonzero(y)),
            "share_nonzero1": share_nonzero(x),
            "share_nonzero2": share_nonzero(y),
            "median1": float(np.median(x)) if x.size else np.nan,
            "median2": float(np.median(y)) if y.size else np.nan,
            "U": np.nan,
            "p": np.nan,
            "method": method,
            "excluded_reason": reason,
        }
        if not reason:
            res = mannwhitneyu(x, y, alternative="two-sided")
            row["U"] = float(res.statistic)
            row["p"] = float(res.pvalue)
            if method == "permutation":
                row["p"] = _perm_test_mean(x, y, n_perm, seeded_rng(seed, metric, g1, g2))
            row["cliffs_delta"] = cliffs_delta(x, y)
            row["delta_lower"], row["delta_upper"] = cliffs_delta_ci(
                x, y, n_boot, level, seeded_rng(seed, metric, g1, g2, "delta")
            )
            row["magnitude"] = delta_magnitude(row["cliffs_delta"])
        rows.append(row)
    out = pd.DataFrame(rows, columns=list(_PAIR_COLUMNS))
    out.insert(out.columns.get_loc("p") + 1, "p_adj", bh_adjust(out["p"].to_numpy(float)))
    return out


_PAIR_COLUMNS = (
    "metric",
    "group1",
    "group2",
    "n1",
    "n2",
    "cliffs_delta",
    "delta_lower",
    "delta_upper",
    "magnitude",
    "n_nonzero1",
    "n_nonzero2",
    "share_nonzero1",
    "share_nonzero2",
    "median1",
    "median2",
    "U",
    "p",
    "method",
    "excluded_reason",
)
