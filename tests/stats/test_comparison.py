"""framing.stats.compare: checked against hand-worked examples and scipy reference implementations."""

from __future__ import annotations

from itertools import product

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from framing.core.errors import InputError
from framing.stats import groups, intervals, ranks, space

# --------------------------------------------------------------------------------------
# Position: mid-rank percentile and robust z
# --------------------------------------------------------------------------------------


def test_percentile_rank_mid_rank_hand_example():
    # values 1 2 2 3 4, x = 2: one below, two equal -> (1 + 0.5 * 2) / 5 * 100 = 40
    assert ranks.percentile_rank([1, 2, 2, 3, 4], 2) == pytest.approx(40.0)
    # x above all: 5 below -> 100; below all -> 0
    assert ranks.percentile_rank([1, 2, 2, 3, 4], 9) == 100.0
    assert ranks.percentile_rank([1, 2, 2, 3, 4], 0) == 0.0
    # NaN values are ignored: n = 4
    assert ranks.percentile_rank([1, np.nan, 3, 3, 5], 3) == pytest.approx((1 + 1) / 4 * 100)


def test_robust_z_hand_example():
    # values 1 2 3 4 100: median 3, |dev| = 2 1 0 1 97 -> MAD 1; x = 6: (6 - 3) / 1.4826
    z, note = ranks.robust_z([1, 2, 3, 4, 100], 6)
    assert z == pytest.approx(2.023472278429786)
    assert note == ""


def test_robust_z_mad_zero_is_nan_with_note():
    # values 1 1 1 2 5: median 1, |dev| = 0 0 0 1 4 -> MAD 0
    z, note = ranks.robust_z([1, 1, 1, 2, 5], 3)
    assert np.isnan(z)
    assert "MAD=0" in note


def _corpus():
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(8)],
            "group": ["a", "a", "a", "a", "b", "b", "b", None],
            "x_per_1k": [1.0, 2.0, 2.0, 3.0, 4.0, 100.0, 5.0, np.nan],
            "y_per_1k": [0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0],
            "title": list("ABCDEFGH"),
        }
    )


def test_position_table():
    art = pd.Series({"x_per_1k": 2.0, "y_per_1k": 0.0, "other": 1.0})
    pos = ranks.position(art, _corpus()).set_index("metric")
    assert list(pos.index) == ["x_per_1k", "y_per_1k"]
    x = pos.loc["x_per_1k"]
    # finite values: 1 2 2 3 4 100 5 (n = 7, one missing); below 1, equal 2 -> 2/7*100
    assert x["n"] == 7 and x["n_missing"] == 1
    assert x["n_below"] == 1 and x["n_equal"] == 2
    assert x["percentile"] == pytest.approx(200 / 7)
    assert x["median"] == 3.0
    # |dev| from 3: 2 1 1 0 1 97 2 -> sorted 0 1 1 1 2 2 97 -> MAD 1
    assert x["robust_z"] == pytest.approx((2 - 3) / 1.4826)
    y = pos.loc["y_per_1k"]
    assert np.isnan(y["robust_z"]) and "MAD=0" in y["note"]


@pytest.mark.parametrize(("value", "note"), [(np.inf, "not finite"), (np.nan, "missing")])
def test_an_article_value_without_a_rank_gets_no_counts(value, note):
    pos = ranks.position(pd.Series({"x_per_1k": value}), _corpus()).set_index("metric")
    x = pos.loc["x_per_1k"]
    assert np.isnan(x["percentile"]) and np.isnan(x["robust_z"]) and note in x["note"]
    assert (x["n_below"], x["n_equal"]) == (0, 0) and x["n"] == 7


def test_position_by_group_long_format():
    art = pd.Series({"x_per_1k": 4.5})
    pos = ranks.position_by_group(art, _corpus(), metrics=["x_per_1k"])
    assert list(pos["group"]) == ["(missing)", "a", "b"]
    b = pos.set_index("group").loc["b"]
    # group b: 4 100 5; x = 4.5: one below -> 1/3*100
    assert b["n"] == 3 and b["percentile"] == pytest.approx(100 / 3)
    assert pos.set_index("group").loc["(missing)", "n_missing"] == 1


def test_position_unknown_metric_is_user_error():
    with pytest.raises(InputError, match="nope"):
        ranks.position(pd.Series({"a": 1.0}), _corpus(), metrics=["nope"])


# --------------------------------------------------------------------------------------
# Article rate intervals
# --------------------------------------------------------------------------------------


def test_poisson_interval_known_values():
    lo, hi = intervals.poisson_interval([0, 5], 0.95)
    assert lo[0] == 0.0 and hi[0] == pytest.approx(3.6889, abs=1e-4)  # -ln(0.025)
    assert lo[1] == pytest.approx(1.6235, abs=1e-4)
    assert hi[1] == pytest.approx(11.6683, abs=1e-4)


def test_poisson_interval_matches_scipy_poisson_tail_definition():
    # Garwood limits: P(X >= k | lower) = a/2 and P(X <= k | upper) = a/2
    k = np.array([1, 2, 7, 20])
    lo, hi = intervals.poisson_interval(k, 0.9)
    np.testing.assert_allclose(stats.poisson.sf(k - 1, lo), 0.05, rtol=1e-8)
    np.testing.assert_allclose(stats.poisson.cdf(k, hi), 0.05, rtol=1e-8)


def test_article_rate_intervals_scaled_per_1k():
    counts = pd.Series(
        {"hedge_count": 0, "accusation_count": 5, "hedge_negated_count": 0, "hedge_per_1k": 0.0}
    )
    iv = intervals.article_rate_intervals(counts, tokens=500, method="poisson")
    assert list(iv["category"]) == ["hedge", "accusation"]
    acc = iv.set_index("category").loc["accusation"]
    assert acc["count"] == 5 and acc["tokens"] == 500
    assert acc["per_1k"] == pytest.approx(10.0)
    assert acc["lower"] == pytest.approx(1.6235 * 2, abs=1e-3)
    assert acc["upper"] == pytest.approx(11.6683 * 2, abs=1e-3)
    assert iv.set_index("category").loc["hedge", "upper"] == pytest.approx(3.6889 * 2, abs=1e-3)


def test_article_rate_intervals_zero_tokens_is_user_error():
    with pytest.raises(InputError, match="no word tokens"):
        intervals.article_rate_intervals(pd.Series({"a_count": 1}), tokens=0)


def _sentences(n=35, seed=1):
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "tokens": rng.integers(10, 30, n),
            "a_count": rng.poisson(0.5, n),
            "b_count": np.zeros(n, dtype=int),
        }
    )


def test_bootstrap_intervals_seeded_and_zero_count_degenerate():
    sc = _sentences()
    counts = sc[["a_count", "b_count"]].sum()
    tokens = int(sc["tokens"].sum())
    one = intervals.article_rate_intervals(counts, tokens, "bootstrap", sentence_counts=sc, seed=3)
    two = intervals.article_rate_intervals(counts, tokens, "bootstrap", sentence_counts=sc, seed=3)
    other = intervals.article_rate_intervals(
        counts, tokens, "bootstrap", sentence_counts=sc, seed=4
    )
    pd.testing.assert_frame_equal(one, two)
    assert not np.allclose(one[["lower", "upper"]].iloc[0], other[["lower", "upper"]].iloc[0])
    b = one.set_index("category").loc["b"]
    assert b["lower"] == 0 and b["upper"] == 0  # why the plain bootstrap is not the default
    a = one.set_index("category").loc["a"]
    assert a["lower"] < a["per_1k"] < a["upper"]


def test_default_interval_is_the_sentence_bootstrap_widened_to_poisson():
    sc = _sentences()
    counts = sc[["a_count", "b_count"]].sum()
    tokens = int(sc["tokens"].sum())
    iv = intervals.article_rate_intervals(counts, tokens, sentence_counts=sc, seed=3)
    assert (iv["method"] == "sentence_bootstrap").all()
    np.testing.assert_allclose(iv["lower"], np.fmin(iv["bootstrap_lower"], iv["poisson_lower"]))
    np.testing.assert_allclose(iv["upper"], np.fmax(iv["bootstrap_upper"], iv["poisson_upper"]))
    b = iv.set_index("category").loc["b"]  # zero count: the Poisson upper limit, not [0, 0]
    assert b["lower"] == 0 and b["upper"] == pytest.approx(3.6889 * 1000 / tokens, rel=1e-4)


def test_clustered_matches_widen_the_interval():
    # Hand example: 4 matches, all in one of 32 sentences of 20 words (640 words).
    # A resample misses that sentence with probability (31/32)^32 = 0.362 > 0.025, so the
    # bootstrap's 2.5% quantile is 0; the Poisson lower limit of 4 is 1.09 matches (1.70 per
    # 1k). Spread over four sentences, a resample misses all four with probability
    # (28/32)^32 = 0.014 < 0.025, so the lower end stays above 0.
    def table(rows):
        c = np.zeros(32, dtype=int)
        c[rows] = 4 // len(rows)
        return pd.DataFrame({"tokens": [20] * 32, "s_count": c})

    clustered, spread = table([5]), table([1, 9, 17, 25])
    counts = pd.Series({"s_count": 4})
    one = intervals.article_rate_intervals(counts, 640, sentence_counts=clustered).iloc[0]
    four = intervals.article_rate_intervals(counts, 640, sentence_counts=spread).iloc[0]
    assert one["poisson_lower"] == pytest.approx(stats.chi2.ppf(0.025, 8) / 2 * 1000 / 640)
    assert one["lower"] == 0 and one["bootstrap_lower"] == 0
    assert four["lower"] > 0
    assert one["upper"] > four["upper"]  # clustering also widens the top


def test_bootstrap_needs_sentence_table():
    with pytest.raises(InputError, match="sentence_counts"):
        intervals.article_rate_intervals(pd.Series({"a_count": 1}), 10, "bootstrap")
    with pytest.raises(InputError, match="sentence_counts"):
        intervals.article_rate_intervals(pd.Series({"a_count": 1}), 10)  # the default too
    with pytest.raises(InputError, match="unknown interval method"):
        intervals.article_rate_intervals(pd.Series({"a_count": 1}), 10, "normal")


def test_flag_outside():
    iv = intervals.article_rate_intervals(
        pd.Series({"a_count": 5, "b_count": 5, "c_count": 1}), 1000, method="poisson"
    )
    med = pd.Series({"a_per_1k": 20.0, "b_per_1k": 5.0})
    out = intervals.flag_outside(iv, med)
    assert list(out["corpus_median_outside_interval"]) == [True, False, False]
    assert out["corpus_median_outside_interval"].dtype == bool
    assert np.isnan(out["corpus_median"].iloc[2])


# --------------------------------------------------------------------------------------
# Groups: bootstrap CIs, tests, BH, Cliff's delta
# --------------------------------------------------------------------------------------


def _groups_df(seed=0):
    rng = np.random.default_rng(seed)
    rows = []
    for g, n, shift in (
        ("kremlin", 40, 0.0),
        ("ungd", 60, 1.0),
        ("whitehouse", 30, 0.3),
        ("tiny", 3, 0.0),
    ):
        rows += [(f"{g}{i}", g, v) for i, v in enumerate(rng.normal(shift, 1, n))]
    return pd.DataFrame(rows, columns=["doc_id", "group", "m"])


def test_group_summary_reports_small_groups_and_is_seeded():
    df = _groups_df()
    s1 = groups.group_summary(df, "m", "group", seed=1, n_boot=500)
    s2 = groups.group_summary(df, "m", "group", seed=1, n_boot=500)
    s3 = groups.group_summary(df, "m", "group", seed=2, n_boot=500)
    pd.testing.assert_frame_equal(s1, s2)
    assert not np.allclose(s1["ci_lower"].iloc[:1], s3["ci_lower"].iloc[:1])
    t = s1.set_index("group")
    assert list(t.index) == ["kremlin", "tiny", "ungd", "whitehouse"]
    assert t.loc["tiny", "n"] == 3
    assert t.loc["tiny", "excluded_reason"] == "n=3 < min_group_size=5"
    assert np.isnan(t.loc["tiny", "ci_lower"]) and np.isfinite(t.loc["tiny", "median"])
    ok = t.drop("tiny")
    assert (ok["excluded_reason"] == "").all()
    assert ((ok["ci_lower"] <= ok["median"]) & (ok["median"] <= ok["ci_upper"])).all()


def test_group_ci_does_not_depend_on_other_groups():
    df = _groups_df()
    full = groups.group_summary(df, "m", seed=0, n_boot=300).set_index("group")
    part = groups.group_summary(df[df["group"] != "ungd"], "m", seed=0, n_boot=300).set_index(
        "group"
    )
    assert full.loc["kremlin", "ci_lower"] == part.loc["kremlin", "ci_lower"]


def test_bh_matches_scipy():
    rng = np.random.default_rng(0)
    for _ in range(20):
        p = rng.uniform(0, 1, rng.integers(1, 40)) ** 3
        np.testing.assert_allclose(
            groups.bh_adjust(p), stats.false_discovery_control(p, method="bh")
        )
    p = np.array([0.01, np.nan, 0.04, 0.03])
    out = groups.bh_adjust(p)
    assert np.isnan(out[1])
    np.testing.assert_allclose(out[[0, 2, 3]], stats.false_discovery_control(p[[0, 2, 3]]))


def test_cliffs_delta_hand_example():
    # x = 1 2 3, y = 2 4. Pairs: 1<2 1<4 2=2 2<4 3>2 3<4 -> (1 greater - 4 less) / 6
    assert groups.cliffs_delta([1, 2, 3], [2, 4]) == pytest.approx(-0.5)


def test_cliffs_delta_brute_force():
    rng = np.random.default_rng(5)
    for _ in range(30):
        x = rng.integers(0, 6, rng.integers(1, 15)).astype(float)
        y = rng.integers(0, 6, rng.integers(1, 15)).astype(float)
        brute = sum(int(a > b) - int(a < b) for a, b in product(x, y)) / (len(x) * len(y))
        assert groups.cliffs_delta(x, y) == pytest.approx(brute)


def test_pairwise_mannwhitney_matches_scipy():
    df = _groups_df()
    pw = groups.pairwise_tests(df, "m", "group")
    assert len(pw) == 6  # every pair of 4 groups, including the excluded ones
    tested = pw[pw["excluded_reason"] == ""]
    assert len(tested) == 3
    for _, r in tested.iterrows():
        x = df.loc[df["group"] == r["group1"], "m"]
        y = df.loc[df["group"] == r["group2"], "m"]
        ref = stats.mannwhitneyu(x, y, alternative="two-sided")
        assert r["U"] == pytest.approx(ref.statistic)
        assert r["p"] == pytest.approx(ref.pvalue)
        assert r["cliffs_delta"] == pytest.approx(2 * r["U"] / (r["n1"] * r["n2"]) - 1)
        assert r["median1"] == pytest.approx(np.median(x))
    np.testing.assert_allclose(
        tested["p_adj"], stats.false_discovery_control(tested["p"].to_numpy())
    )
    excl = pw[pw["excluded_reason"] != ""]
    assert excl["excluded_reason"].str.contains("tiny: n=3").all()
    compact = groups.pairwise_tests(df, "m", "group", untested=False)
    pd.testing.assert_frame_equal(compact, tested.reset_index(drop=True))  # same p_adj
    assert excl["p"].isna().all() and excl["p_adj"].isna().all()


def test_pairwise_permutation_seeded():
    df = _groups_df()
    a = groups.pairwise_tests(df, "m", method="permutation", seed=1, n_perm=400)
    b = groups.pairwise_tests(df, "m", method="permutation", seed=1, n_perm=400)
    c = groups.pairwise_tests(df, "m", method="permutation", seed=9, n_perm=400)
    pd.testing.assert_frame_equal(a, b)
    t = a["excluded_reason"] == ""
    assert not np.allclose(a.loc[t, "p"], c.loc[t, "p"])
    assert ((a.loc[t, "p"] > 0) & (a.loc[t, "p"] <= 1)).all()
    # kremlin vs ungd differ by one SD: clearly significant with 400 permutations
    row = a[(a["group1"] == "kremlin") & (a["group2"] == "ungd")].iloc[0]
    assert row["p"] == pytest.approx(1 / 401)


def test_pairwise_unknown_method():
    with pytest.raises(InputError, match="unknown test"):
        groups.pairwise_tests(_groups_df(), "m", method="t")


# --------------------------------------------------------------------------------------
# Framing space and neighbours
# --------------------------------------------------------------------------------------


def _space_df(n=60, seed=2):
    rng = np.random.default_rng(seed)
    base = rng.normal(size=(n, 2))
    data = {
        "doc_id": [f"d{i:02d}" for i in range(n)],
        "group": np.where(np.arange(n) % 2, "a", "b"),
        "p_per_1k": base[:, 0] * 3 + 10,
        "q_per_1k": base[:, 0] + base[:, 1] + rng.normal(size=n) * 0.3 + 5,
        "r_per_1k": rng.normal(size=n) * 0.5 + 2,
        "s_per_1k": base[:, 1] * 2,
    }
    return pd.DataFrame(data)


METRICS = ["p_per_1k", "q_per_1k", "r_per_1k", "s_per_1k"]


def test_framing_space_matches_eigh_reference():
    df = _space_df()
    fs = space.framing_space(df, METRICS)
    # reference: standardise by median / (1.4826 MAD), asinh, eigen-decompose the covariance
    x = df[METRICS].to_numpy()
    med = np.median(x, axis=0)
    scale = 1.4826 * np.median(np.abs(x - med), axis=0)
    z = np.arcsinh((x - med) / scale)
    zc = z - z.mean(axis=0)
    w, v = np.linalg.eigh(np.cov(zc, rowvar=False))
    order = np.argsort(w)[::-1]
    w, v = w[order], v[:, order]
    np.testing.assert_allclose(fs.explained_variance_ratio, w / w.sum(), rtol=1e-10, atol=1e-12)
    for i in range(2):
        load = fs.loadings.iloc[:, i].to_numpy()
        ref = v[:, i] * np.sign(v[np.argmax(np.abs(v[:, i])), i])
        np.testing.assert_allclose(load, ref, atol=1e-10)
        assert load[np.argmax(np.abs(load))] > 0  # the sign convention
        np.testing.assert_allclose(fs.scores[f"PC{i + 1}"], zc @ ref, atol=1e-9)


def test_framing_space_focal_projection_and_constant_metric():
    df = _space_df()
    df["zero_per_1k"] = 0.0
    focal = df[METRICS + ["zero_per_1k"]].iloc[3].rename("article")
    fs = space.framing_space(df, METRICS + ["zero_per_1k"], focal=focal)
    assert fs.scaler.dropped == ["zero_per_1k"]
    assert list(fs.loadings.index) == METRICS
    last = fs.scores.iloc[-1]
    assert bool(last["is_focal"]) and last["doc_id"] == "article"
    np.testing.assert_allclose(
        last[["PC1", "PC2"]].to_numpy(float), fs.scores.iloc[3][["PC1", "PC2"]].to_numpy(float)
    )
    assert fs.scores["group"].iloc[0] == "b"


def test_a_metric_missing_everywhere_is_named_so_without_numpy_warnings():
    import warnings

    df = _space_df()
    df["gone_per_1k"] = np.nan
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy's "All-NaN slice" warnings
        fs = space.framing_space(df, [*METRICS, "gone_per_1k"])
    assert fs.scaler.dropped == ["gone_per_1k"]
    assert fs.scaler.scale_kind["gone_per_1k"] == "all missing"
    assert fs.n_missing["gone_per_1k"] == len(df)


def test_space_problem_names_why_the_space_cannot_be_built():
    df = _space_df()
    assert space.space_problem(df, METRICS) is None
    one = space.space_problem(df.head(1), METRICS, what="documents of at least 100 words")
    assert one == "needs at least 2 documents of at least 100 words; there is 1"
    flat = df.assign(**{m: 1.0 for m in METRICS[1:]}, gone_per_1k=np.nan)
    reason = space.space_problem(flat, [*METRICS, "gone_per_1k"])
    assert reason == (
        f"needs at least 2 metrics that vary across the {len(df)} corpus documents; 1 of 5 do "
        "(3 constant, 1 missing in every document)"
    )
    with pytest.raises(InputError, match="^the framing space needs at least 2 metrics"):
        space.framing_space(flat, [*METRICS, "gone_per_1k"])


def test_robust_scaler_mean_abs_dev_fallback():
    # 0 0 0 0 6: median 0, MAD 0 -> 1.253314 * mean |dev| = 1.253314 * 1.2
    df = pd.DataFrame({"m": [0.0, 0, 0, 0, 6]})
    sc = space.RobustScaler.fit(df, ["m"], clip=None)
    assert sc.scale_kind["m"] == "mean_abs_dev"
    assert sc.scale["m"] == pytest.approx(1.253314 * 1.2)


def test_asinh_squash_keeps_extremes_apart_where_clipping_ties_them():
    # median 1, MAD 1 -> scale 1.4826: z of 60 and of 12 are 39.8 and 7.4
    df = pd.DataFrame({"m": [0.0, 1, 1, 2, 2, 0, 1]})
    x = pd.DataFrame({"m": [60.0, 12.0, 2.0]})
    soft = space.RobustScaler.fit(df, ["m"]).transform(x)[:, 0]
    hard = space.RobustScaler.fit(df, ["m"], clip=5, squash=None).transform(x)[:, 0]
    np.testing.assert_allclose(soft, np.arcsinh((x["m"] - 1) / 1.4826))
    assert soft[0] > soft[1] > soft[2] and hard[0] == hard[1] == 5.0
    with pytest.raises(InputError, match="squash"):
        space.RobustScaler.fit(df, ["m"], squash="tanh")


def test_article_contributions_sum_to_its_score():
    df = _space_df()
    focal = df[METRICS].iloc[7].rename("article") * 3
    fs = space.framing_space(df, METRICS, focal=focal)
    for pc in ("PC1", "PC2"):
        c = space.article_contributions(fs, pc)
        score = fs.scores.loc[fs.scores["is_focal"], pc].iloc[0]
        assert c["contribution"].sum() == pytest.approx(score)
        assert c.attrs["score"] == pytest.approx(score)
        assert (c["contribution"].abs().diff().dropna() <= 1e-12).all()  # sorted by |.|
        np.testing.assert_allclose(c["contribution"], c["loading"] * c["article_z"])


def test_nearest_neighbours_cosine_and_ties():
    df = pd.DataFrame(
        {
            "doc_id": ["z", "b", "a", "c", "m"],
            "group": ["g"] * 5,
            "u": [1.0, 2.0, 2.0, 0.0, -2.0],
            "v": [0.0, 0.0, 0.0, 3.0, 0.0],
        }
    )
    # medians u=1, v=0; MAD(u)=1 -> scale 1.4826; v: MAD 0 -> mean |dev| 0.6 * 1.253314
    focal = pd.Series({"u": 3.0, "v": 0.0})
    nn = space.nearest_neighbours(df, focal, ["u", "v"], k=5)
    sims = nn["cosine_similarity"].dropna()
    assert nn.attrs["baseline"] == {
        "median": pytest.approx(np.median(sims)),
        "p90": pytest.approx(np.quantile(sims, 0.9)),
        "n": 4,
    }
    # a and b are identical (cos 1): tie broken by doc_id; z has u = median -> zero vector
    assert list(nn["doc_id"]) == ["a", "b", "c", "m", "z"]
    assert nn["cosine_similarity"].iloc[0] == pytest.approx(1.0)
    assert nn["cosine_similarity"].iloc[3] == pytest.approx(-1.0)
    assert np.isnan(nn["cosine_similarity"].iloc[4])
    assert list(nn.columns[:3]) == ["rank", "doc_id", "cosine_similarity"]
    assert "u" in nn.columns and "title" not in nn.columns
    assert len(space.nearest_neighbours(df, focal, ["u", "v"], k=2)) == 2


@pytest.mark.parametrize("n", [1, 2, 5, 6, 33])
def test_resample_medians_equal_numpy_median(n):
    rng = np.random.default_rng(n)
    v = np.sort(rng.integers(0, 4, n).astype(float))  # ties included
    idx = rng.integers(0, n, size=(300, n))
    np.testing.assert_array_equal(intervals._resample_medians(v, idx), np.median(v[idx], axis=1))


def test_bootstrap_median_ci_brute_force():
    v = np.random.default_rng(1).normal(size=41)
    lo, hi = intervals.bootstrap_median_ci(v, n_boot=500, rng=np.random.default_rng(7))
    idx = np.random.default_rng(7).integers(0, v.size, size=(500, v.size))
    # the same draws index the sorted values (the function sorts first)
    meds = np.median(np.sort(v)[idx], axis=1)
    assert (lo, hi) == (np.quantile(meds, 0.025), np.quantile(meds, 0.975))


def test_sentence_counts_add_up_to_the_article_counts(article_body):
    import framing

    a = framing.analyze(article_body)
    sc = intervals.sentence_counts(a)
    assert len(sc) == a.metrics["sentences"]
    assert sc["tokens"].sum() == a.metrics["tokens"]
    for col in sc.columns.drop("tokens"):
        assert sc[col].sum() == a.metrics[col], col
    iv = intervals.analysis_rate_intervals(a, n_boot=300).set_index("category")
    # the four scare quotes of the article sit in one sentence: the lower end falls to 0
    assert iv.loc["scare_quote", "count"] == 4 and iv.loc["scare_quote", "lower"] == 0
    assert iv.loc["scare_quote", "poisson_lower"] > 0


def test_length_matched_position_against_units_scored_by_hand():
    import framing
    from framing.stats.comparison import length_matched_position
    from framing.stats.lengthmatch import length_matched

    article = framing.analyze("The West accused China again. " * 6 + "Peace may come. " * 4)
    target = int(article.metrics["tokens"])
    texts = [
        ("The US accused Russia. " * 3 + "Trade grew fast this year. " * 20),  # an excerpt
        "Peace and cooperation. " * 12,  # about the article's length: whole
        "Too short.",
        "The West said so. It accused nobody. " * 10,
    ]
    ids = ["a", "b", "c", "d"]
    got = length_matched_position(article, texts, ids, seed=3).set_index("category")
    units = length_matched(pd.DataFrame({"doc_id": ids, "text": texts}), target, seed=3)
    use = units[units["kind"] != "too short"]
    rates = [framing.analyze(t).metrics["accusation_per_1k"] for t in use["text"]]
    want = stats.percentileofscore(rates, article.metrics["accusation_per_1k"], kind="mean")
    row = got.loc["accusation"]
    assert row["percentile"] == pytest.approx(want)
    assert (row["n_units"], row["n_short"]) == (len(use), 1)
    assert row["n_whole"] + row["n_excerpt"] == len(use)
