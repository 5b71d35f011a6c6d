"""framing.stats.groups: effect sizes first — Cliff's delta intervals, shares with a match, pooled
rates with document-bootstrap intervals, flagged small groups, a permutation test that does not
collapse on zero-heavy rates — against scipy and hand-worked examples."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from framing.stats import groups


@pytest.mark.parametrize(
    "delta, name",
    [
        (0.0, "negligible"),
        (0.146, "negligible"),
        (-0.147, "small"),
        (0.329, "small"),
        (0.33, "medium"),
        (-0.473, "medium"),
        (0.474, "large"),
        (-1.0, "large"),
        (float("nan"), ""),
    ],
)
def test_delta_magnitude_romano_thresholds(delta, name):
    assert groups.delta_magnitude(delta) == name


def test_cliffs_delta_ci_separated_groups_hand_example():
    # every x above every y: every resample has delta = 1
    assert groups.cliffs_delta_ci([5, 6, 7], [1, 2], n_boot=200) == (1.0, 1.0)


def test_cliffs_delta_ci_agrees_with_scipy_bootstrap():
    rng = np.random.default_rng(3)
    x = rng.poisson(1.2, 60).astype(float)
    y = rng.poisson(0.6, 45).astype(float)
    lo, hi = groups.cliffs_delta_ci(x, y, n_boot=4000, rng=np.random.default_rng(1))
    ref = stats.bootstrap(
        (x, y),
        groups.cliffs_delta,
        vectorized=False,
        paired=False,
        n_resamples=4000,
        method="percentile",
        random_state=np.random.default_rng(2),
    ).confidence_interval
    assert lo == pytest.approx(ref.low, abs=0.04) and hi == pytest.approx(ref.high, abs=0.04)
    assert lo < groups.cliffs_delta(x, y) < hi


def test_share_nonzero_and_pooled_rate_hand_example():
    # three documents: 2 matches in 100 words, 0 in 300, 1 in 600 -> pooled 3 / 1000 = 3 per 1k
    # (the mean of the document rates would be (20 + 0 + 1.67) / 3 = 7.2)
    assert groups.share_nonzero([20.0, 0.0, 1.67, np.nan]) == pytest.approx(2 / 3)
    rate, lo, hi = groups.pooled_rate_ci([2, 0, 1], [100, 300, 600], n_boot=500)
    assert rate == pytest.approx(3.0)
    assert lo <= rate <= hi
    assert np.isnan(groups.pooled_rate_ci([1], [0])[0])  # no tokens: no rate


def test_pooled_rate_ci_agrees_with_scipy_bootstrap():
    rng = np.random.default_rng(5)
    t = rng.integers(50, 3000, 80).astype(float)
    c = rng.negative_binomial(0.5, 0.5 / (0.5 + t / 1000)).astype(float)  # clustered counts
    _, lo, hi = groups.pooled_rate_ci(c, t, n_boot=4000, rng=np.random.default_rng(0))
    ref = stats.bootstrap(
        (c, t),
        lambda a, b, axis=-1: 1000 * a.sum(axis=axis) / b.sum(axis=axis),
        paired=True,
        n_resamples=4000,
        method="percentile",
        random_state=np.random.default_rng(9),
    ).confidence_interval
    assert lo == pytest.approx(ref.low, rel=0.05) and hi == pytest.approx(ref.high, rel=0.05)


def _zero_heavy(seed=0):
    """Two groups where most documents have no match (both medians 0) but one uses it far more."""
    rng = np.random.default_rng(seed)
    rows = []
    for g, n, share in (("kremlin", 80, 0.35), ("whitehouse", 120, 0.08), ("tiny", 3, 0.5)):
        for i in range(n):
            tokens = int(rng.integers(200, 2000))
            count = int(rng.poisson(3)) + 1 if rng.random() < share else 0
            rows.append((f"{g}{i}", g, tokens, count, 1000 * count / tokens))
    return pd.DataFrame(rows, columns=["doc_id", "group", "tokens", "x_count", "x_per_1k"])


def test_group_summary_pooled_share_and_rank():
    df = _zero_heavy()
    s = groups.group_summary(df, "x_per_1k", n_boot=300).set_index("group")
    k = df[df["group"] == "kremlin"]
    assert s.loc["kremlin", "pooled_per_1k"] == pytest.approx(
        1000 * k["x_count"].sum() / k["tokens"].sum()
    )
    assert s.loc["kremlin", "share_nonzero"] == pytest.approx((k["x_count"] > 0).mean())
    assert s.loc["kremlin", "median"] == 0 and s.loc["whitehouse", "median"] == 0
    assert s.loc["kremlin", "pooled_lower"] > s.loc["whitehouse", "pooled_upper"]
    assert (s.loc["kremlin", "rank"], s.loc["whitehouse", "rank"]) == (1, 2)
    assert np.isnan(s.loc["tiny", "rank"]) and s.loc["tiny", "excluded_reason"]
    assert np.isnan(s.loc["tiny", "pooled_lower"])  # flagged: no interval
    # a metric without counts is ranked by its median
    m = groups.group_summary(df.drop(columns="x_count"), "x_per_1k", n_boot=100)
    assert m["pooled_per_1k"].isna().all() and m["rank"].notna().sum() == 2


def test_group_summary_shows_the_sums_behind_the_pooled_rate():
    df = _zero_heavy()
    s = groups.group_summary(df, "x_per_1k", n_boot=100).set_index("group")
    for g in ("kremlin", "whitehouse"):
        k = df[df["group"] == g]
        assert s.loc[g, "count"] == k["x_count"].sum() and s.loc[g, "tokens"] == k["tokens"].sum()
        assert s.loc[g, "n_nonzero"] == (k["x_count"] > 0).sum()
        assert s.loc[g, "pooled_per_1k"] == pytest.approx(
            1000 * s.loc[g, "count"] / s.loc[g, "tokens"]
        )


def test_group_summary_ties_share_a_rank_and_an_empty_table_keeps_its_columns():
    df = pd.DataFrame({"m": [0.0] * 10 + [1.0] * 5, "group": ["a"] * 5 + ["b"] * 5 + ["c"] * 5})
    s = groups.group_summary(df, "m", n_boot=50).set_index("group")
    assert (s.loc["c", "rank"], s.loc["a", "rank"], s.loc["b", "rank"]) == (1, 2, 2)
    empty = groups.group_summary(pd.DataFrame({"m": [], "group": []}), "m")
    assert len(empty) == 0 and {"n", "median", "pooled_per_1k", "rank"} <= set(empty.columns)


def test_permutation_test_of_means_does_not_collapse_on_zero_medians():
    df = _zero_heavy()
    pw = groups.pairwise_tests(df, "x_per_1k", method="permutation", n_perm=2000, n_boot=300)
    row = pw[(pw["group1"] == "kremlin") & (pw["group2"] == "whitehouse")].iloc[0]
    assert row["median1"] == row["median2"] == 0
    assert row["p"] < 0.01  # a test of medians returns p = 1 here
    x = df.loc[df["group"] == "kremlin", "x_per_1k"].to_numpy()
    y = df.loc[df["group"] == "whitehouse", "x_per_1k"].to_numpy()
    ref = stats.permutation_test(
        (x, y),
        lambda a, b: np.mean(a) - np.mean(b),
        n_resamples=2000,
        random_state=np.random.default_rng(4),
    ).pvalue
    assert row["p"] == pytest.approx(ref, abs=0.01)


def test_pairwise_leads_with_effect_sizes():
    df = _zero_heavy()
    pw = groups.pairwise_tests(df, "x_per_1k", n_boot=300)
    assert list(pw.columns[:9]) == [
        "metric", "group1", "group2", "n1", "n2",
        "cliffs_delta", "delta_lower", "delta_upper", "magnitude",
    ]  # fmt: skip
    row = pw[(pw["group1"] == "kremlin") & (pw["group2"] == "whitehouse")].iloc[0]
    assert row["delta_lower"] <= row["cliffs_delta"] <= row["delta_upper"]
    assert row["magnitude"] in {"small", "medium", "large"}
    assert row["share_nonzero1"] > row["share_nonzero2"]
    k, w = (df.loc[df["group"] == g, "x_per_1k"] for g in ("kremlin", "whitehouse"))
    assert (row["n_nonzero1"], row["n_nonzero2"]) == ((k > 0).sum(), (w > 0).sum())
    assert row["share_nonzero1"] == pytest.approx(row["n_nonzero1"] / row["n1"])
    tiny = pw[pw["group2"] == "tiny"]
    assert tiny["cliffs_delta"].isna().all() and tiny["magnitude"].eq("").all()


@pytest.mark.parametrize(
    ("dates", "labels"),
    [
        (["2022-03-02", "2022-03-02", None], ["2022-03-02", "2022-03-02", "(missing)"]),
        (["2022-03-02 10:30", "2022-03-03 00:00"], ["2022-03-02 10:30:00", "2022-03-03 00:00:00"]),
    ],
)
def test_groups_by_a_date_are_labelled_by_the_day(dates, labels):
    df = pd.DataFrame(
        {"date": pd.to_datetime(pd.Series(dates), format="mixed"), "x_per_1k": [1.0] * len(dates)}
    )
    got = groups.group_summary(df, "x_per_1k", "date", seed=0, n_boot=10)
    assert sorted(got["group"]) == sorted(set(labels))
