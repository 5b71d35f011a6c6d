"""Issue 13, lex12: word-sense repairs from the errors of the headline audit (round 12).
Headline style drops the noun of a phrase ("IS claims bombing" for "claims responsibility for
the bombing") and ends where a sentence would go on ("harness tourism potential"). Each row is
``(text, expected)``; the positives are near misses that must still count. The texts are
written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

DISTANCING = [
    ("Islamic State claims market bombing in the north", []),
    ("Militant group claims deadly attack on convoy", []),
    ("Three killed in blast claimed by IS affiliate", []),
    ("Moscow claims Ukrainian attack on bridge", ["claims"]),  # an assertion: counts
    ("Kyiv claims the bombing was staged.", ["claims"]),
    ("Flood that claimed 100-odd lives", []),
    ("Home side beat the visitors to claim Asian Cup silver", []),
    ("Utility claims 3 bln euros from the state", []),
    ("Utility claims $3bn from the state", []),
    ("Ministry claims 3,000 troops were killed", ["claims"]),  # a number, not a sum of money
    ("Country renews claim to disputed border strip", []),
    ("Country renews claim that the border strip is its own", ["claim"]),
]
ACCUSATION = [
    ("Old forests threatened by wildfire in the west", []),
    ("Coral reefs are threatened by climate change.", []),
    ("Coffee harvest threatened", []),
    ("Coffee harvest threatened by militia blockade", ["threatened"]),  # an agent is named
    ("Neighbour threatened by militia", ["threatened"]),
    ("Island threatened by Beijing, says minister", ["threatened"]),
]
HEDGE = [
    ("Region urged to tap tourism potential", []),
    ("Coach sees squad's potential", []),
    ("Region warns of potential floods", ["potential"]),
    ("The potential damage is large.", ["potential"]),
]


@pytest.mark.parametrize(("text", "expected"), DISTANCING, ids=[s[:40] for s, _ in DISTANCING])
def test_headline_round12_distancing(text, expected):
    assert matched_texts(text, "distancing") == expected


@pytest.mark.parametrize(("text", "expected"), ACCUSATION, ids=[s[:40] for s, _ in ACCUSATION])
def test_headline_round12_accusation(text, expected):
    assert matched_texts(text, "accusation") == expected


@pytest.mark.parametrize(("text", "expected"), HEDGE, ids=[s[:40] for s, _ in HEDGE])
def test_headline_round12_hedge(text, expected):
    assert matched_texts(text, "hedge") == expected


def test_the_tables_have_positives_and_negatives():
    for table in (DISTANCING, ACCUSATION, HEDGE):
        assert any(e for _, e in table) and any(not e for _, e in table)
