"""Issue 13, twenty-fourth lexicon repair (lex24, METRICS_VERSION 108), from the errors of media
precision round 18: a maximising amplifier of the factual extent of an act or a state
("completely seized", "wholly seal off", "fully suspended", "entirely or in part") and an
approximated frequency ("almost never") are not boosters; "blamed on a combination of factors"
names a cause, not an actor blamed. Each row is ``(sentence, category, expected)``; the
positives are near misses that must still count. The sentences are written for the tests, not
quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

ROWS = [
    # the factual extent of an act or a state
    ("Officials said the troops had completely seized the city", "booster", []),
    ("It is unclear how they could wholly seal off the plant", "booster", []),
    ("Until now it was partly suspended, and now it is fully suspended", "booster", []),
    ("He wore his hair completely bleach-dyed", "booster", []),
    ("A wholly owned subsidiary of the state firm", "booster", []),
    ("The intent to destroy a group, whether entirely or in part", "booster", []),
    ("The firm will completely exit the market", "booster", []),
    ("Hundreds of homes were completely destroyed", "booster", []),
    # emphasis still counts
    ("The allegations are completely false", "booster", ["completely"]),
    ("That view is entirely wrong", "booster", ["entirely"]),
    ("We fully support the peace plan", "booster", ["fully"]),
    ("The decision is wholly unacceptable", "booster", ["wholly"]),
    ("The claim was completely fabricated", "booster", ["completely"]),
    ("You are completely seized with the crisis", "booster", ["completely"]),
    ("We must fully seize the economic opportunity", "booster", ["fully"]),
    ("A war that completely destroys the European security order", "booster", ["completely"]),
    # an approximated frequency is not a universal claim
    ("Such a thing almost never happens in the capital", "booster", []),
    ("The trains are nearly always late", "booster", []),
    ("Such a thing never happens in the capital", "booster", ["never"]),
    ("The West always blames others", "booster", ["always"]),
    # blamed on a cause
    ("The shortage has been blamed on a combination of factors", "accusation", []),
    ("The delays were blamed on several reasons", "accusation", []),
    ("The shortage has been blamed on Brussels", "accusation", ["blamed"]),
]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), ROWS, ids=[f"{c}-{s[:36]}" for s, c, _ in ROWS]
)
def test_media_round18_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_the_table_has_positives_and_negatives():
    assert any(e for *_, e in ROWS) and any(not e for *_, e in ROWS)
