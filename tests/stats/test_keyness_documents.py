"""framing.stats.keyness: keyness tokens (apostrophes, US vs us, function words) and the tests
that respect documents and small counts, against hand-worked examples and independent
computations (scipy, a Poisson GLM fitted by hand)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from scipy.special import xlogy

from framing.stats import keyness as K

# --------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        ("Russia's view", "russia's"),  # straight apostrophe
        ("Russia\u2019s view", "russia's"),  # right single quotation mark (UNGD)
        ("Russia\u02bcs view", "russia's"),  # modifier letter apostrophe
        ("Russia\u2032s view", "russia's"),  # prime, as OCR produces it
        ("Russia\u2018s view", "russia's"),  # left single quotation mark, a typo
        ("don\u2019t", "don't"),
    ],
)
def test_apostrophes_are_one_term(text, term):
    assert K.term_counts(text)[term] == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The US told us", {"US": 1, "us": 1}),  # the country apart from the pronoun
        ("U.S. policy and US policy", {"US": 2}),  # dotted and undotted are one term
        ("Let us go", {"us": 1}),
        ("Us and them", {"us": 1}),  # sentence-initial pronoun
        ("US", {"US": 1}),  # alone: an acronym
        ("ALL OF US MUST ACT", {"us": 1}),  # a headline in capitals: folded
        ("THE U.S. MUST ACT", {"US": 1}),  # dotted: always the country
        ("the U.N. and the UN", {"un": 2}),  # not a function word: folded as before
        ("the U.S.-led bloc", {"us-led": 1}),
        ("IT systems", {"IT": 1}),  # the same rule for any acronym that is a function word
        ("NATO expands", {"nato": 1}),
    ],
)
def test_fold_case_keeps_acronyms_apart_from_function_words(text, expected):
    c = K.term_counts(text)
    for term, n in expected.items():
        assert c[term] == n, (text, dict(c))
    if "us" not in expected and "US" in expected:
        assert c["us"] == 0


def test_function_word_filter_keeps_the_country():
    t = K.term_counts("The US told us that the West and the US agree.")
    r = K.term_counts("We and they and the others, and us, and the UN. " * 3)
    df = K.log_likelihood(t, r, drop_function_words=True)
    assert "US" in set(df["term"]) and not ({"us", "the", "and"} & set(df["term"]))
    f = df.attrs["filters"][0]
    assert f["filter"] == "function_words" and f["removed"] >= 4
    assert "English function words" in K.filter_summary(df)
    assert df.attrs["min_count"] == 1


# --------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------


def test_document_term_counts_rows_and_total():
    d = K.document_term_counts(["a b a", "", None, "b c"])
    assert list(d.terms) == ["a", "b", "c"] and d.n_docs == 4
    np.testing.assert_array_equal(d.tokens, [3, 0, 0, 2])
    np.testing.assert_array_equal(d.matrix.toarray(), [[2, 1, 0], [0, 0, 0], [0, 0, 0], [0, 1, 1]])
    total = d.total()
    assert total == Counter({"a": 2, "b": 2, "c": 1}) and total.n_total == 5
    assert total == K.term_counts(["a b a", "", "b c"])


def test_dispersion_hand_example():
    # term x: counts 2, 0, 1 in documents of 10, 10 and 20 tokens. r = 3/40.
    # mu = .75, .75, 1.5; Pearson X2 = 1.25^2/.75 + .75^2/.75 + .5^2/1.5 = 2.0833 + .75 + .1667 = 3
    # phi = X2 / (D - 1) = 1.5.  term y: 1 per 10 tokens everywhere -> X2 = 0 -> phi floored at 1.
    docs = ["x x " + "y " + "w " * 7, "y " + "w " * 9, "x " + "y y " + "w " * 17]
    disp = K.term_dispersion(K.document_term_counts(docs)).set_index("term")
    assert disp.loc["x", "dispersion_raw"] == pytest.approx(1.5)
    assert disp.loc["x", "dispersion"] == pytest.approx(1.5)
    assert disp.loc["y", "dispersion_raw"] == pytest.approx(0.0, abs=1e-12)
    assert disp.loc["y", "dispersion"] == 1.0
    assert disp.loc["x", "docs_with_term"] == 2 and disp.attrs["n_docs"] == 3


def test_dispersion_matches_a_direct_loop():
    rng = np.random.default_rng(4)
    vocab = [f"w{i}" for i in range(30)]
    texts = [
        " ".join(rng.choice(vocab, size=rng.integers(5, 60), p=rng.dirichlet(np.ones(30))))
        for _ in range(25)
    ]
    d = K.document_term_counts(texts)
    got = K.term_dispersion(d).set_index("term")["dispersion_raw"]
    y = d.matrix.toarray().astype(float)
    n = d.tokens
    for j, term in enumerate(d.terms):
        r = y[:, j].sum() / n.sum()
        x2 = sum((y[i, j] - r * n[i]) ** 2 / (r * n[i]) for i in range(len(n)))
        assert got[term] == pytest.approx(x2 / (len(n) - 1), rel=1e-10)


# --------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, n1, n2, p",
    [
        (3, 0, 100, 100, 0.25),  # P(3) = 1/8; outcomes as unlikely: 0 and 3 -> 2/8
        (2, 1, 100, 100, 1.0),  # every outcome of Bin(3, .5) is at most as likely as 3/8
        (0, 0, 100, 100, 1.0),
        (1, 0, 1, 999, 0.001),  # P(1) = .001; P(0) = .999 is more likely -> p = .001
    ],
)
def test_exact_binomial_hand_examples(a, b, n1, n2, p):
    assert K.exact_binomial_p([a], [b], n1, n2)[0] == pytest.approx(p)


def test_poisson_lr_is_the_deviance_drop_of_a_poisson_glm():
    # Independent computation: deviances of the log-linear Poisson model of each document's
    # count with offset log(tokens), without and with an indicator of the target document.
    y = np.array([4.0, 0, 3, 1, 0, 6, 2])  # target first
    n = np.array([700.0, 900, 1200, 400, 800, 1500, 1000])

    def deviance(mu):
        return 2 * np.sum(xlogy(y, y / mu) - (y - mu))

    mu0 = y.sum() / n.sum() * n  # common rate
    r_ref = y[1:].sum() / n[1:].sum()
    mu1 = np.r_[y[0], r_ref * n[1:]]  # own rate for the target
    want = deviance(mu0) - deviance(mu1)
    got = K.poisson_lr([y[0]], [y[1:].sum()], n[0], n[1:].sum())[0]
    assert got == pytest.approx(want, rel=1e-12)


def test_document_aware_p_is_the_quasi_poisson_f_test():
    # Reference documents where "west" clusters in two of twelve speeches.
    ref = ["west " * 8 + "word " * 92, "west " * 6 + "word " * 94] + ["word " * 100] * 10
    target = "west " * 6 + "word " * 94
    docs = K.document_term_counts(ref)
    df = K.log_likelihood(K.term_counts(target), docs).set_index("term")
    # by hand: y = 8, 6, 0 x 10 over 100 tokens each; r = 14/1200; mu = 7/6 per document
    mu = 14 / 12
    x2 = ((8 - mu) ** 2 + (6 - mu) ** 2 + 10 * mu**2) / mu
    phi = x2 / 11
    lr = 2 * (6 * np.log(6 / (20 * 100 / 1300)) + 14 * np.log(14 / (20 * 1200 / 1300)))
    assert df.loc["west", "dispersion"] == pytest.approx(phi)
    assert df.loc["west", "p_doc"] == pytest.approx(stats.f.sf(lr / phi, 1, 11))
    # the token-level test ignores the clustering and is far more confident
    assert df.loc["west", "p_value"] < 0.01 and df.loc["west", "p_doc"] > 0.05


def test_passes_needs_both_adjusted_tests_and_bh_over_the_kept_terms():
    rng = np.random.default_rng(1)
    ref = [" ".join(rng.choice(["a", "b", "c", "d"], 200)) for _ in range(30)]
    target = "z z z z z " + "a b c d " * 25  # 'z' never in the reference
    df = K.log_odds_dirichlet(K.term_counts(target), K.document_term_counts(ref))
    t = df.set_index("term")
    assert t.loc["z", "passes"] and not t.loc["a", "passes"]
    want = stats.false_discovery_control(df["p_doc"].to_numpy(), method="bh")
    np.testing.assert_allclose(df["p_doc_adj"], want)
    ok = (df["p_doc_adj"] < 0.05) & (df["p_exact_adj"] < 0.05)
    assert (df["passes"] == ok).all()
    assert "quasi-Poisson" in df.attrs["tests"]["document"]


def test_too_few_documents_for_a_dispersion():
    df = K.log_likelihood(K.term_counts("a a b"), K.document_term_counts(["a b b", "b b"]))
    assert "p_doc" not in df and "not computed" in df.attrs["tests"]["document"]
    assert (df["passes"] == (df["p_exact_adj"] < 0.05)).all()


def test_group_keyness_full_corpus_prior_and_dispersion():
    texts = pd.DataFrame(
        {
            "group": ["A", "B", "C"] + ["X"] * 12,
            "text": ["peace peace war", "war war trade", "trade peace"] + ["trade aid"] * 12,
        }
    )
    gk = K.group_keyness(texts, ["A", "B", "C"], prior_scale=10)
    a = gk[gk["target"] == "A"].set_index("term")
    corpus = K.term_counts(texts["text"].tolist())  # the prior: every text, not only A, B, C
    vocab = ["peace", "trade", "war"]  # terms of A + (B, C)
    total = sum(corpus[w] for w in vocab)
    np.testing.assert_allclose(a.loc[vocab, "alpha"], [10 * corpus[w] / total for w in vocab])
    assert "dispersion" in a and gk.attrs["prior"] == "corpus"


def test_cached_document_term_counts_equal_the_direct_ones(tmp_path):
    texts = ["The US told us.", "Russia’s view; Russia's view.", "", "The US told us."]
    direct = K.document_term_counts(texts)
    for _ in range(2):  # counted, then read back from the cache
        cached = K.cached_document_term_counts(texts, cache_dir=tmp_path, progress=False)
        assert list(cached.terms) == list(direct.terms)
        np.testing.assert_array_equal(cached.tokens, direct.tokens)
        np.testing.assert_array_equal(cached.matrix.toarray(), direct.matrix.toarray())
    assert cached.total()["russia's"] == 2 and cached.total()["US"] == 2


def test_cached_document_term_counts_of_a_corpus_beside_others_in_the_cache(tmp_path):
    """The token cache holds every corpus counted before: only these texts' rows are read,
    a repeated text gives each copy its row, in the documents' order."""
    other = ["Sanctions on Moscow.", "An embargo, they said.", "The US told us."]
    K.cached_document_term_counts(other, cache_dir=tmp_path, progress=False)
    texts = ["Russia's view.", "The US told us.", "", "Russia's view.", "Sanctions again."]
    cached = K.cached_document_term_counts(texts, cache_dir=tmp_path, progress=False)
    direct = K.document_term_counts(texts)
    assert list(cached.terms) == list(direct.terms)
    assert "embargo" not in set(cached.terms)
    np.testing.assert_array_equal(cached.tokens, direct.tokens)
    np.testing.assert_array_equal(cached.matrix.toarray(), direct.matrix.toarray())
