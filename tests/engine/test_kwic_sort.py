"""``framing.kwic(sort=)`` and ``framing kwic --sort``: the classic concordance orders (session 58:
rows came only in position order)."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.core.errors import InputError
from framing.engine.kwic import SORTS, sort_kwic

TEXTS = [
    "Russia accused the West of lying. The US accused China of hegemony.",
    '"Beijing," officials said, accused nobody. Critics accused Moscow of aggression.',
    "China accused the US of bullying; the West accused Russia again.",
]
PATTERN = "accused|hegemony|aggression"


def _rows(sort: str) -> list[tuple[str, int]]:
    k = framing.kwic(TEXTS, pattern=PATTERN, sort=sort)
    return list(zip(k["doc_id"], k["start"], strict=True))


def test_every_sort_is_a_permutation_of_the_position_order():
    base = framing.kwic(TEXTS, pattern=PATTERN)
    assert base.equals(framing.kwic(TEXTS, pattern=PATTERN, sort="position"))
    for sort in SORTS:
        k = framing.kwic(TEXTS, pattern=PATTERN, sort=sort)
        assert list(k.index) == list(range(len(base)))
        assert sorted(map(tuple, k.to_numpy().tolist())) == sorted(
            map(tuple, base.to_numpy().tolist())
        )
        assert k.dtypes.equals(base.dtypes)


def test_right_sorts_by_the_words_after_the_match():
    k = framing.kwic(TEXTS, pattern=PATTERN, sort="right")
    firsts = [r.split()[0].strip('.,;"').casefold() if r else "" for r in k["right"]]
    assert firsts == sorted(firsts)
    # "accused the US" and "accused the West" tie on the first word: the second decides
    the = [r for r in k["right"] if r.casefold().startswith("the ")]
    assert [r.split()[1].casefold() for r in the] == ["us", "west"]


def test_left_sorts_by_the_words_before_the_match_read_right_to_left():
    k = framing.kwic(TEXTS, pattern=PATTERN, sort="left")
    nearest = [w.split()[-1].strip('.,;"').casefold() for w in k["left"]]
    assert nearest == sorted(nearest)
    # "China of [hegemony]" and "Moscow of [aggression]": L1 "of" ties, L2 decides (china <
    # moscow), not the first word of the context ("Russia", "officials")
    of = k[[w.endswith(" of") for w in k["left"]]]
    assert list(of["matched_text"]) == ["hegemony", "aggression"]


@pytest.mark.parametrize(
    ("sort", "texts"),
    [
        ("left", ["Zeta accused x.", '"alpha," accused y.', "beta accused z.", "Zeta accused x."]),
        ("right", ["x accused Zeta.", 'y accused "alpha,"', "z accused beta.", "x accused Zeta."]),
    ],
)
def test_words_compare_case_folded_without_punctuation_and_ties_keep_position(sort, texts):
    k = framing.kwic(texts, pattern="accused", sort=sort)
    assert list(k["doc_id"]) == ["1", "2", "0", "3"]  # alpha, beta, Zeta, Zeta (a tie)


def test_term_sorts_by_category_entry_and_matched_text():
    text = "The West accused Russia. Moscow may blame Kyiv. It perhaps blamed the US, and accused."
    k = framing.kwic([text], sort="term")
    keys = list(zip(k["category"], k["term"], k["matched_text"].str.casefold(), strict=True))
    assert keys == sorted(keys)
    pos = framing.kwic([text])
    assert list(k["start"]) != list(pos["start"])  # the text order is not already sorted
    acc = k[k["category"] == "accusation"]
    for _, group in acc.groupby("term", sort=False):  # ties in position order
        assert group["start"].is_monotonic_increasing


def test_sort_is_deterministic_and_needs_only_the_table():
    from framing.engine.kwic import _words

    k = framing.kwic(TEXTS, pattern=PATTERN)
    shuffled = k.sample(frac=1, random_state=3).reset_index(drop=True)
    for sort, cols in (("term", ["category", "term", "matched_text"]),
                       ("left", ["left", "matched_text"]), ("right", ["right", "matched_text"])):  # fmt: skip
        a = sort_kwic(k, sort)
        assert a.equals(sort_kwic(k.copy(), sort))

        def keys(t, cols=cols):
            return [tuple(_words(str(v)) for v in row) for row in t[cols].itertuples(index=False)]

        assert keys(a) == keys(sort_kwic(shuffled, sort))  # the same order of keys


def test_an_empty_table_and_one_row_sort():
    empty = framing.kwic(["no match here"], pattern="zzz", sort="left")
    assert empty.empty and list(empty.columns) == list(framing.kwic(["x"], pattern="zzz").columns)
    one = framing.kwic(["The West accused Russia."], pattern="accused", sort="right")
    assert len(one) == 1


@pytest.mark.parametrize("sort", ["alpha", "LEFT", "", None, 1])
def test_an_unknown_sort_is_refused_before_reading(sort, tmp_path):
    with pytest.raises(InputError, match="unknown sort .*; use one of position, term, left, right"):
        framing.kwic(str(tmp_path / "missing.csv"), pattern="x", sort=sort)
    with pytest.raises(InputError, match="unknown sort"):
        sort_kwic(pd.DataFrame(), sort)
