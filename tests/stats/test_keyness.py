"""framing.stats.keyness: G² against scipy, Williams and log-odds against hand-worked examples."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
import pytest
from scipy import stats
from scipy.stats.contingency import expected_freq

from framing.core.errors import InputError
from framing.stats import keyness as K

WORD = re.compile(r"\w+")


def regex_tokens(text):
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


def regex_sentences(text):
    return [m.span() for m in re.finditer(r"[^.!?]+[.!?]?", text)]


# --------------------------------------------------------------------------------------
# term_counts
# --------------------------------------------------------------------------------------


def test_term_counts_injected_tokenizer_and_bigrams_within_sentences():
    text = "The West accused China. China rejected the claim."
    uni = K.term_counts(text, tokenizer=regex_tokens)
    assert uni["china"] == 2 and uni["the"] == 2 and uni.n_total == 8 and uni.n_docs == 1
    bi = K.term_counts(text, ngram=2, tokenizer=regex_tokens, sentence_splitter=regex_sentences)
    assert "china china" not in bi  # does not cross the sentence boundary
    assert bi["west accused"] == 1 and bi.n_total == 6
    crossing = K.term_counts(text, ngram=2, tokenizer=regex_tokens)
    assert crossing["china china"] == 1  # custom tokenizer without a splitter: documented


def test_term_counts_default_tokenizer_respects_sentences():
    bi = K.term_counts(["The U.S. said yes. Russia's view differs."], ngram=2)
    assert bi.sentence_aware
    assert "yes russia's" not in bi and bi["russia's view"] == 1


def test_term_counts_plain_string_tokens_and_case():
    c = K.term_counts(["A a B", "b"], lowercase=False, tokenizer=str.split)
    assert c == Counter({"A": 1, "a": 1, "B": 1, "b": 1}) and c.n_docs == 2


def test_term_counts_stopwords_are_counted_not_hidden():
    c = K.term_counts("the cat and the dog", tokenizer=str.split, stopwords={"the", "and"})
    assert c == Counter({"cat": 1, "dog": 1})
    assert c.stopwords_removed == 3 and c.n_total == 5
    b = K.term_counts("the cat and the dog", ngram=2, tokenizer=str.split, stopwords={"the"})
    assert b == Counter({"cat and": 1}) and b.stopwords_removed == 3


def test_term_counts_bad_ngram():
    with pytest.raises(InputError, match="ngram"):
        K.term_counts("x", ngram=3, tokenizer=str.split)


# --------------------------------------------------------------------------------------
# G², Williams, log ratio
# --------------------------------------------------------------------------------------


def test_g2_matches_scipy_power_divergence():
    rng = np.random.default_rng(0)
    n1, n2 = 730.0, 250_000.0
    a = rng.integers(0, 40, 200).astype(float)
    b = rng.integers(0, 3000, 200).astype(float)
    a[:3], b[:3] = 0, [5, 0, 100]  # zero cells
    b[3] = 0
    ours = K.g2_2x2(a, b, n1, n2)
    for i in range(len(a)):
        if a[i] + b[i] == 0:
            continue
        table = np.array([[a[i], b[i]], [n1 - a[i], n2 - b[i]]])
        ref = stats.power_divergence(
            table.ravel(), expected_freq(table).ravel(), ddof=2, lambda_="log-likelihood"
        )
        assert ours[i] == pytest.approx(ref.statistic, rel=1e-9, abs=1e-9)


def test_g2_and_williams_hand_example():
    # a=10, b=5, n1=100, n2=200, N=300. Expected from margins: 5, 10, 95, 190.
    # G2 = 2 (10 ln 2 + 5 ln .5 + 90 ln(90/95) + 195 ln(195/190)) = 7.329811674
    # Williams q = 1 + (300 (1/15 + 1/285) - 1)(300 (1/100 + 1/200) - 1) / (6 * 300)
    #            = 1 + 20.0526316 * 3.5 / 1800 = 1.038991228;  G2 / q = 7.054738747
    assert K.g2_2x2([10], [5], 100, 200)[0] == pytest.approx(7.329811674, rel=1e-9)
    assert K.g2_2x2([10], [5], 100, 200, williams=True)[0] == pytest.approx(7.054738747, rel=1e-9)


def test_log_ratio_hand_example():
    # log2((10/100) / (5/200)) = log2(4) = 2; zero count -> 0.5: log2(0.005 / 0.025) = -2.3219
    np.testing.assert_allclose(K.log_ratio([10, 0], [5, 5], 100, 200), [2.0, -2.321928095])


def test_log_ratio_of_a_zero_count_never_points_the_wrong_way():
    # 0 of 729 in the article, 3 of 405,979 in the reference: 0.5 / 729 > 3 / 405,979, so the
    # 0.5 would say "more frequent in the article" (+6.5): no effect size can be given (NaN).
    # 0 vs 1,179: log2((0.5 / 729) / (1179 / 405979)) = -2.0821, a bound (at least 4x rarer).
    got = K.log_ratio([0, 0, 3, 0], [3, 1179, 0, 0], 729, 405_979)
    assert np.isnan(got[0]) and np.isnan(got[3])
    assert got[1] == pytest.approx(np.log2((0.5 / 729) / (1179 / 405_979)))
    assert got[2] == pytest.approx(np.log2((3 / 729) / (0.5 / 405_979))) and got[2] > 0


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_log_ratio_sign_agrees_with_g2(seed):
    rng = np.random.default_rng(seed)
    a, b = rng.integers(0, 4, 500).astype(float), rng.integers(0, 300, 500).astype(float)
    n1, n2 = 700.0, 400_000.0
    lr = K.log_ratio(a, b, n1, n2)
    direction = np.sign(a / n1 - b / n2)
    finite = np.isfinite(lr)
    assert (np.sign(lr[finite]) == direction[finite]).all()
    assert finite[(a > 0) & (b > 0)].all()


def _counts():
    t = Counter({"war": 10, "peace": 1, "the": 40, "nato": 5, "rare": 1})
    t.n_total = 100
    r = Counter({"war": 5, "peace": 20, "the": 80, "nato": 0, "other": 95})
    r.n_total = 200
    return t, r


def test_log_likelihood_table():
    t, r = _counts()
    df = K.log_likelihood(t, r)
    assert list(df.columns) == [
        "term", "count_target", "count_reference", "rate_target_per_1k",
        "rate_reference_per_1k", "G2", "p_value", "p_adj", "log_ratio",
        "p_exact", "p_exact_adj", "passes",
    ]  # fmt: skip
    row = df.set_index("term").loc["war"]
    assert row["count_target"] == 10 and row["count_reference"] == 5
    assert row["rate_target_per_1k"] == pytest.approx(100.0)
    assert row["G2"] == pytest.approx(7.329811674, rel=1e-9)  # the hand example above
    assert row["p_value"] == pytest.approx(stats.chi2.sf(7.329811674, 1))
    assert df.set_index("term").loc["peace", "G2"] < 0  # under-represented: negative sign
    assert list(df["G2"]) == sorted(df["G2"], reverse=True)
    assert df.attrs["totals"] == {"target": 100.0, "reference": 200.0}


def test_filters_are_reported():
    t, r = _counts()
    df = K.log_likelihood(t, r, min_count=3, stopwords=["the"])
    assert set(df["term"]) == {"war", "peace", "nato", "other"}
    f = {x["filter"]: x["removed"] for x in df.attrs["filters"]}
    assert f == {"stopwords": 1, "min_count": 1}
    assert df.attrs["n_terms_before_filters"] == 6 and df.attrs["n_terms"] == 4
    assert "4 of 6 terms kept" in K.filter_summary(df)
    # totals are not changed by filtering
    assert df.set_index("term").loc["war", "rate_target_per_1k"] == pytest.approx(100.0)


def test_ties_broken_by_term():
    t = Counter({"b": 1, "a": 1, "c": 1})
    r = Counter({"a": 1, "b": 1, "c": 1})
    assert list(K.log_likelihood(t, r)["term"]) == ["a", "b", "c"]
    assert list(K.log_odds_dirichlet(t, r)["term"]) == ["a", "b", "c"]


def test_empty_side_is_user_error():
    with pytest.raises(InputError, match="target has no tokens"):
        K.log_likelihood(Counter(), Counter({"a": 1}))


# --------------------------------------------------------------------------------------
# Log-odds with informative Dirichlet prior: worked by hand from Monroe et al. (2008)
# --------------------------------------------------------------------------------------


def test_log_odds_hand_example_reference_prior():
    # target i: x=2, w=1 (n_i = 3); reference j: x=4, y=4 (n_j = 8).
    # Prior counts from the reference: x 4, y 4, w 0 -> 0.5 (zero floor); sum 8.5.
    # alpha0 = 17 -> alpha_x = 17 * 4/8.5 = 8, alpha_y = 8, alpha_w = 17 * 0.5/8.5 = 1.
    # w: delta = ln((1+1)/(3+17-1-1)) - ln((0+1)/(8+17-0-1)) = ln(2/18) - ln(1/24) = 0.980829253
    #    var = 1/2 + 1/1 = 1.5,  z = 0.980829253 / sqrt(1.5) = 0.800843732
    # x: delta = ln((2+8)/(20-2-8)) - ln((4+8)/(25-4-8)) = ln(1) - ln(12/13) = 0.080042708
    #    var = 1/10 + 1/12 = 0.183333333,  z = 0.186939490
    # y: delta = ln(8/12) - ln(12/13) = -0.325422400, var = 1/8 + 1/12, z = -0.712964758
    t, r = Counter({"x": 2, "w": 1}), Counter({"x": 4, "y": 4})
    df = K.log_odds_dirichlet(t, r, prior="reference", prior_scale=17).set_index("term")
    assert list(df.index) == ["w", "x", "y"]  # sorted by z
    np.testing.assert_allclose(df.loc[["w", "x", "y"], "alpha"], [1.0, 8.0, 8.0])
    np.testing.assert_allclose(
        df.loc[["w", "x", "y"], "delta"], [0.980829253, 0.080042708, -0.325422400], rtol=1e-8
    )
    np.testing.assert_allclose(df.loc[["w", "x", "y"], "var"], [1.5, 0.183333333, 0.208333333])
    np.testing.assert_allclose(
        df.loc[["w", "x", "y"], "z"], [0.800843732, 0.186939490, -0.712964758], rtol=1e-8
    )
    assert df.loc["w", "count_reference"] == 0 and df.loc["w", "count_target"] == 1


def test_log_odds_pooled_prior_hand_example():
    # target x=3, y=1 (n_i=4); reference x=2, y=6, z=2 (n_j=10); pooled counts x5 y7 z2 = 14.
    # alpha0 = 14 -> alpha = counts themselves: x 5, y 7, z 2.
    # x: delta = ln((3+5)/(4+14-3-5)) - ln((2+5)/(10+14-2-5)) = ln(8/10) - ln(7/17)
    #    var = 1/8 + 1/7
    d = math.log(8 / 10) - math.log(7 / 17)
    z = d / math.sqrt(1 / 8 + 1 / 7)
    t, r = Counter({"x": 3, "y": 1}), Counter({"x": 2, "y": 6, "z": 2})
    df = K.log_odds_dirichlet(t, r, prior="pooled", prior_scale=14).set_index("term")
    assert df.loc["x", "delta"] == pytest.approx(d) and df.loc["x", "z"] == pytest.approx(z)
    assert df.attrs["alpha0"] == 14 and df.attrs["prior"] == "pooled"


def test_log_odds_bad_prior():
    t, r = Counter({"x": 1}), Counter({"x": 1})
    with pytest.raises(InputError, match="prior"):
        K.log_odds_dirichlet(t, r, prior="uniform")
    with pytest.raises(InputError, match="prior_scale"):
        K.log_odds_dirichlet(t, r, prior_scale=0)


def test_log_odds_filters_reported():
    t, r = _counts()
    df = K.log_odds_dirichlet(t, r, min_count=2)
    assert "rare" not in set(df["term"])
    assert df.attrs["filters"] == [
        {"filter": "min_count", "rule": "count_target + count_reference >= 2", "removed": 1}
    ]
