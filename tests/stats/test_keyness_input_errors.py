"""Mistakes in direct calls of :mod:`framing.stats.keyness` are one clear InputError each.

Each row failed before its fix with a deep ValueError/TypeError (NaN counts reached scipy,
an empty group list reached ``pd.concat``) or a silent wrong result (``prior_scale=nan`` gave
every ``z`` NaN; a misspelt group was reported as "the reference has no tokens").
"""

from __future__ import annotations

import math
from collections import Counter

import pandas as pd
import pytest

from framing.core.errors import InputError
from framing.stats import keyness as K

T = Counter({"war": 3, "peace": 1})
R = Counter({"war": 1, "peace": 4, "trade": 2})
DOCS = pd.DataFrame(
    {
        "text": ["The war went on.", "Peace talks began.", "Trade grew.", "The war ended."],
        "group": ["a", "b", "c", "a"],
    }
)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: K.log_likelihood(Counter({"war": math.nan}), R),
            r"target's count of 'war' is nan",
        ),
        (lambda: K.log_likelihood(T, {"war": -1}), r"reference's count of 'war' is -1"),
        (
            lambda: K.log_likelihood(Counter({"war": 2.7}), R),
            r"target's count of 'war' is 2.7: counts must be whole numbers",
        ),
        (lambda: K.log_odds_dirichlet(T, {"war": "x"}), r"reference's count of 'war' is 'x'"),
        (lambda: K.log_likelihood(T, R, min_count="3"), r"min_count must be an integer >= 0"),
        (lambda: K.log_likelihood(T, R, min_count=-1), r"min_count must be an integer >= 0"),
        (lambda: K.log_odds_dirichlet(T, R, min_count=2.5), r"min_count must be an integer"),
        (
            lambda: K.log_odds_dirichlet(T, R, prior_scale=math.nan),
            r"prior_scale must be a positive",
        ),
        (
            lambda: K.log_odds_dirichlet(T, R, prior_scale=math.inf),
            r"prior_scale must be a positive",
        ),
        (lambda: K.log_odds_dirichlet(T, R, prior_scale="10"), r"prior_scale must be a positive"),
        (lambda: K.term_counts(None), r"texts must be a string or an iterable of strings"),
        (lambda: K.group_keyness(DOCS, []), r"groups must name at least two groups"),
        (lambda: K.group_keyness(DOCS, ["a"]), r"groups must name at least two groups"),
        (lambda: K.group_keyness(DOCS, "ab"), r"groups must name at least two groups"),
        (lambda: K.group_keyness(DOCS, ["a", "b", "a"]), r"groups names a group twice"),
        (
            lambda: K.group_keyness(DOCS, ["a", "nope"]),
            r"no documents in group 'nope' \(groups: a, b, c\)",
        ),
        (lambda: K.group_keyness(DOCS, ["a", "b"], text_col="body"), r"no column 'body'"),
        (lambda: K.group_keyness(DOCS, ["a", "b"], group_col="desk"), r"no column 'desk'"),
    ],
)
def test_a_bad_argument_is_one_clear_error(call, message):
    with pytest.raises(InputError, match=message):
        call()


def test_counts_that_are_numbers_still_work():
    """Float and numpy counts are counts; zero is allowed."""
    df = K.log_likelihood(Counter({"war": 3.0, "peace": 0}), pd.Series({"war": 1, "peace": 4}))
    assert df.set_index("term").loc["war", "count_target"] == 3


@pytest.mark.parametrize("fn", [K.log_likelihood, K.log_odds_dirichlet])
def test_the_old_function_words_keyword_still_drops_them_with_a_warning(fn):
    t, r = Counter({"the": 9, "war": 3}), Counter({"the": 5, "peace": 4})
    new = fn(t, r, drop_function_words=True)
    with pytest.warns(FutureWarning, match="renamed drop_function_words="):
        old = fn(t, r, function_words=True)
    pd.testing.assert_frame_equal(new, old)
    assert "the" not in set(new["term"]) and "the" in set(fn(t, r)["term"])


def test_group_keyness_takes_the_old_keyword_too():
    with pytest.warns(FutureWarning):
        old = K.group_keyness(DOCS, ["a", "b"], function_words=True)
    pd.testing.assert_frame_equal(old, K.group_keyness(DOCS, ["a", "b"], drop_function_words=True))
