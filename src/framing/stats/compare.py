"""Where the focal article sits in a corpus, how groups differ, and with what uncertainty.

Every table keeps the raw numbers beside the statistic (``n``, medians, counts, tokens).
Randomness (bootstrap, permutations) comes from ``numpy.random.default_rng`` seeded from
``seed`` and a stable hash of the group (or pair) names, so a group's interval does not
change when another group is added. Sorting is stable; ties are broken by name/``doc_id``.
Formulas and references: ``docs/statistics.md``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
import pandas as pd

from framing.core.errors import InputError

#: Consistency constant: ``MAD_SCALE * MAD`` estimates the SD of a normal distribution.
MAD_SCALE = 1.4826
#: ``MEANAD_SCALE * mean absolute deviation`` estimates the SD (fallback when MAD is 0).
MEANAD_SCALE = 1.253314
MISSING_GROUP = "(missing)"
NOTE_MAD_ZERO = "MAD=0: robust z undefined (more than half the corpus has the median value)"


# --------------------------------------------------------------------------------------
# Small shared helpers
# --------------------------------------------------------------------------------------


def _values(x) -> np.ndarray:
    """Finite float values of ``x`` (NaN and inf removed)."""
    a = np.asarray(x, dtype="float64").ravel()
    return a[np.isfinite(a)]


def _rng(seed: int, *names: object) -> np.random.Generator:
    """A generator seeded by ``seed`` and a stable (CRC32) hash of ``names``."""
    keys = [zlib.crc32(str(n).encode("utf-8")) for n in names]
    return np.random.default_rng([int(seed), *keys])


def percentile_rank(values, x: float) -> float:
    """Mid-rank percentile of ``x`` among ``values``: ``(below + 0.5 * equal) / n * 100``.

    NaN when ``x`` is NaN or there are no finite values.
    """
    v = _values(values)
    if v.size == 0 or not np.isfinite(x):
        return float("nan")
    below = np.count_nonzero(v < x)
    equal = np.count_nonzero(v == x)
    return float((below + 0.5 * equal) / v.size * 100.0)


def mad(values) -> float:
    """Median absolute deviation from the median (unscaled); NaN for no values."""
    v = _values(values)
    if v.size == 0:
        return float("nan")
    return float(np.median(np.abs(v - np.median(v))))


def robust_z(values, x: float) -> tuple[float, str]:
    """``(x - median) / (1.4826 * MAD)`` and a note (non-empty when undefined)."""
    v = _values(values)
    if v.size == 0:
        return float("nan"), "no corpus values"
    if not np.isfinite(x):
        return float("nan"), "article value missing"
    m = mad(v)
    if m == 0:
        return float("nan"), NOTE_MAD_ZERO
    return float((x - np.median(v)) / (MAD_SCALE * m)), ""


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
    a, b = _values(x), np.sort(_values(y))
    if a.size == 0 or b.size == 0:
        return float("nan")
    greater = np.searchsorted(b, a, side="left").sum()  # y_j < x_i
    less = (b.size - np.searchsorted(b, a, side="right")).sum()  # y_j > x_i
    return float((greater - less) / (a.size * b.size))


def _metric_columns(article_metrics: pd.Series | None, corpus: pd.DataFrame, metrics) -> list[str]:
    if metrics is not None:
        metrics = [metrics] if isinstance(metrics, str) else list(metrics)
        missing = [m for m in metrics if m not in corpus.columns]
        if missing:
            raise InputError(f"metric(s) not in the corpus table: {', '.join(missing)}")
        return metrics
    cols = [c for c in corpus.columns if pd.api.types.is_numeric_dtype(corpus[c])]
    if article_metrics is not None:
        cols = [c for c in cols if c in article_metrics.index]
    return cols


def _check_column(df: pd.DataFrame, col: str, what: str) -> None:
    if col not in df.columns:
        cols = ", ".join(map(str, df.columns))
        raise InputError(f"no {what} column {col!r} (columns: {cols})")


def _group_labels(df: pd.DataFrame, group_col: str) -> pd.Series:
    _check_column(df, group_col, "group")
    g = df[group_col]
    return g.astype("object").where(g.notna(), MISSING_GROUP).astype(str)


# --------------------------------------------------------------------------------------
# Position of the focal article
# --------------------------------------------------------------------------------------


def _position_row(metric: str, x: float, values: np.ndarray) -> dict:
    v = _values(values)
    z, note = robust_z(v, x)
    return {
        "metric": metric,
        "article_value": x,
        "n": int(v.size),
        "n_missing": int(len(values) - v.size),
        "median": float(np.median(v)) if v.size else np.nan,
        "mad": mad(v),
        "n_below": int(np.count_nonzero(v < x)),
        "n_equal": int(np.count_nonzero(v == x)),
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
    cols = _metric_columns(article_metrics, corpus, metrics)
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
    cols = _metric_columns(article_metrics, corpus, metrics)
    labels = _group_labels(corpus, group_col)
    rows = []
    for g in sorted(labels.unique()):
        sub = corpus.loc[(labels == g).to_numpy()]
        for m in cols:
            x = float(article_metrics.get(m, np.nan))
            rows.append({"group": g, **_position_row(m, x, sub[m].to_numpy(float))})
    return pd.DataFrame(rows, columns=["group", *_POSITION_COLUMNS])


# --------------------------------------------------------------------------------------
# Rate intervals for the article
# --------------------------------------------------------------------------------------


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
    idx = _rng(seed, "article_sentences").integers(0, n, size=(n_boot, n))
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


# --------------------------------------------------------------------------------------
# Groups
# --------------------------------------------------------------------------------------


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
    v = np.sort(_values(values))
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


def _groups(df: pd.DataFrame, metric: str, group_col: str) -> dict[str, np.ndarray]:
    _check_column(df, metric, "metric")
    labels = _group_labels(df, group_col)
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
        v = _values(raw)
        reason = _exclusion(g, v.size, min_group_size)
        lo, hi = (np.nan, np.nan)
        if not reason:
            lo, hi = bootstrap_median_ci(v, n_boot, level, _rng(seed, metric, g))
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
    groups = {g: _values(v) for g, v in _groups(df, metric, group_col).items()}
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
                row["p"] = _perm_test_median(x, y, n_perm, _rng(seed, metric, g1, g2))
            row["cliffs_delta"] = cliffs_delta(x, y)
        rows.append(row)
    cols = ["metric", "group1", "group2", "n1", "n2", "median1", "median2", "U", "p"]
    out = pd.DataFrame(rows, columns=[*cols, "cliffs_delta", "method", "excluded_reason"])
    out.insert(out.columns.get_loc("p") + 1, "p_adj", bh_adjust(out["p"].to_numpy(float)))
    return out


# --------------------------------------------------------------------------------------
# Framing space and neighbours
# --------------------------------------------------------------------------------------


@dataclass
class RobustScaler:
    """Per-metric centre (median) and scale used to standardise rates.

    ``scale`` is ``1.4826 * MAD``; where the MAD is 0 (common for rare categories, where most
    documents have rate 0) it falls back to ``1.2533 * mean absolute deviation from the
    median``; metrics where both are 0 are constant and listed in ``dropped``.
    """

    metrics: list[str]
    center: pd.Series
    scale: pd.Series
    scale_kind: pd.Series
    dropped: list[str] = field(default_factory=list)
    clip: float | None = 5.0

    @classmethod
    def fit(cls, df: pd.DataFrame, metrics: Sequence[str], clip: float | None = 5.0):
        metrics = list(metrics)
        for m in metrics:
            _check_column(df, m, "metric")
        x = df[metrics].to_numpy(float)
        center = np.nanmedian(x, axis=0) if len(x) else np.full(len(metrics), np.nan)
        dev = np.abs(x - center)
        mad_ = np.nanmedian(dev, axis=0) * MAD_SCALE
        mean_ad = np.nanmean(dev, axis=0) * MEANAD_SCALE
        scale = np.where(mad_ > 0, mad_, mean_ad)
        kind = np.where(mad_ > 0, "mad", np.where(mean_ad > 0, "mean_abs_dev", "constant"))
        keep = [m for m, k in zip(metrics, kind, strict=True) if k != "constant"]
        dropped = [m for m, k in zip(metrics, kind, strict=True) if k == "constant"]
        idx = pd.Index(metrics)
        return cls(
            metrics=keep,
            center=pd.Series(center, idx)[keep],
            scale=pd.Series(scale, idx)[keep],
            scale_kind=pd.Series(kind, idx),
            dropped=dropped,
            clip=clip,
        )

    def transform(self, data) -> np.ndarray:
        """Standardised values; NaN becomes 0 (the median); clipped to ``±clip`` if set."""
        if isinstance(data, pd.Series):
            x = data.reindex(self.metrics).to_numpy(float)[None, :]
        else:
            x = data[self.metrics].to_numpy(float)
        z = (x - self.center.to_numpy()) / self.scale.to_numpy()
        z = np.where(np.isfinite(z), z, 0.0)
        if self.clip is not None:
            z = np.clip(z, -self.clip, self.clip)
        return z


@dataclass
class FramingSpace:
    """Result of :func:`framing_space`."""

    scores: pd.DataFrame
    loadings: pd.DataFrame
    explained_variance_ratio: np.ndarray
    scaler: RobustScaler
    n_missing: dict[str, int]


def _sign_convention(vt: np.ndarray) -> np.ndarray:
    """Flip each row of ``vt`` so that its largest-|value| entry is positive."""
    idx = np.argmax(np.abs(vt), axis=1)
    signs = np.sign(vt[np.arange(vt.shape[0]), idx])
    signs[signs == 0] = 1.0
    return vt * signs[:, None]


def pca_svd(z: np.ndarray, n_components: int = 2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """PCA of ``z`` (rows = documents) by SVD of the column-centred matrix.

    Returns (column means, components ``k × p`` with the sign convention, explained variance
    ratio of every component).
    """
    mean = z.mean(axis=0)
    _, s, vt = np.linalg.svd(z - mean, full_matrices=False)
    var = s**2
    total = var.sum()
    ratio = var / total if total > 0 else np.zeros_like(var)
    return mean, _sign_convention(vt[:n_components]), ratio


def framing_space(
    df: pd.DataFrame,
    metrics: Sequence[str],
    focal: pd.Series | None = None,
    id_col: str = "doc_id",
    keep: Iterable[str] = ("group",),
    clip: float | None = 5.0,
    n_components: int = 2,
) -> FramingSpace:
    """Robustly standardised rates → PCA (2 components) by numpy SVD.

    Each metric is centred on the corpus median and divided by ``1.4826 * MAD`` (mean
    absolute deviation fallback, see :class:`RobustScaler`), then clipped to ``±clip``
    (default 5) so that a few very short documents with extreme rates cannot define a
    component; ``clip=None`` disables clipping. Missing values are set to the median.
    Components are fitted on the corpus only; the focal article (``focal``, a Series of
    metrics) is projected with the corpus parameters and added as a row with
    ``is_focal=True``. Each component's largest-|loading| is made positive.
    """
    if len(df) < 2:
        raise InputError("the framing space needs at least 2 corpus documents")
    scaler = RobustScaler.fit(df, metrics, clip)
    if len(scaler.metrics) < n_components:
        raise InputError(
            f"the framing space needs at least {n_components} non-constant metrics; "
            f"constant: {', '.join(scaler.dropped) or 'none'}"
        )
    z = scaler.transform(df)
    mean, comps, ratio = pca_svd(z, n_components)
    names = [f"PC{i + 1}" for i in range(comps.shape[0])]
    scores = pd.DataFrame((z - mean) @ comps.T, columns=names)
    extra = [c for c in (id_col, *keep) if c in df.columns]
    scores = pd.concat([df[extra].reset_index(drop=True), scores], axis=1)
    scores["is_focal"] = False
    if focal is not None:
        fz = scaler.transform(focal)
        row = {c: np.nan for c in extra}
        row.update({id_col: str(focal.name) if focal.name is not None else "focal"})
        row.update(dict(zip(names, ((fz - mean) @ comps.T)[0], strict=True)))
        row["is_focal"] = True
        scores = pd.concat([scores, pd.DataFrame([row])], ignore_index=True)
    loadings = pd.DataFrame(comps.T, index=pd.Index(scaler.metrics, name="metric"), columns=names)
    n_missing = {m: int(df[m].isna().sum()) for m in scaler.metrics}
    return FramingSpace(scores, loadings, ratio, scaler, n_missing)


def nearest_neighbours(
    df: pd.DataFrame,
    focal_vector: pd.Series,
    metrics: Sequence[str],
    k: int = 10,
    id_col: str = "doc_id",
    cols: Sequence[str] = ("group", "title", "date"),
    clip: float | None = 5.0,
) -> pd.DataFrame:
    """The ``k`` corpus documents most similar to the focal article (cosine similarity).

    Similarity is computed on the robustly standardised metrics (:class:`RobustScaler`
    fitted on ``df``), so it compares profiles relative to the corpus median. Documents whose
    standardised vector is all zeros (or a zero focal vector) have NaN similarity and rank
    last. Sorted by similarity (descending), ties by ``doc_id``; the raw metric values are
    included beside the similarity.
    """
    _check_column(df, id_col, "id")
    scaler = RobustScaler.fit(df, metrics, clip)
    z = scaler.transform(df)
    f = scaler.transform(focal_vector)[0]
    norms = np.linalg.norm(z, axis=1) * np.linalg.norm(f)
    with np.errstate(invalid="ignore", divide="ignore"):
        sim = np.where(norms > 0, (z @ f) / norms, np.nan)
    ids = df[id_col].astype(str).to_numpy()
    key = np.where(np.isnan(sim), np.inf, -sim)
    order = np.lexsort((ids, key))[: max(0, int(k))]
    keep = [c for c in cols if c in df.columns]
    out = df.iloc[order][[id_col, *keep, *metrics]].reset_index(drop=True)
    out.insert(0, "rank", np.arange(1, len(out) + 1))
    out.insert(2, "cosine_similarity", sim[order])
    return out
