"""Issue 13, twenty-second lexicon repair (lex22, METRICS_VERSION 106), from the errors of
headline precision round 71: the idioms "never-ending", "now or never", "never say die" and "a
friend in need is a friend indeed" (booster), "no basis in reality" (booster), the headline noun
"suspect(s)" as subject or as the object of a verb of policing (hedge), a legal-category
modifier between "illegal" and a conduct noun, the dog breed "American Bully XL" and the rapper
"Young Thug" (negative_evaluation), a brand between "fake" and a counterfeit product
(accusation), and a disaster that "claims" a number of lives with the noun dropped
(distancing). Each row is ``(sentence, category, expected)``; the positives are near misses
that must still count. The sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

ROWS = [
    ("It is a never-ending story of delays", "booster", []),
    ("The talks will never end", "booster", ["never"]),
    ("Ceasefire: it is now or never for the two sides", "booster", []),
    ("Now he will never return", "booster", ["never"]),
    ("Underdogs never say die in late comeback", "booster", []),
    ("They never say what they mean", "booster", ["never"]),
    ("China and Africa: friends in need, indeed", "booster", []),
    ("A friend in need is a friend indeed", "booster", []),
    ("The plan is indeed a failure", "booster", ["indeed"]),
    ("Their rhetoric has no basis in reality", "booster", []),
    ("A policy grounded in reality", "booster", []),
    ("In reality, the sanctions hurt Europe more", "booster", ["In reality"]),
    ("Suspects still at large after shooting, police say", "hedge", []),
    ("Suspect denied bail over subway attack", "hedge", []),
    ("Police hunt suspects after killing spree", "hedge", []),
    ("Officers arrest suspects in fraud case", "hedge", []),
    ("Investigators suspect arson in warehouse blaze", "hedge", ["suspect"]),
    ("He suspects the data were altered", "hedge", ["suspects"]),
    ("Coast guard foils 40 illegal immigration attempts", "negative_evaluation", []),
    ("Police stop illegal border crossing attempts", "negative_evaluation", []),
    ("The illegal annexation attempts failed", "negative_evaluation", ["illegal"]),
    ("Russia's illegal military occupation continues", "negative_evaluation", ["illegal"]),
    ("Dog that killed a woman was an American Bully XL", "negative_evaluation", []),
    ("Owners of XL Bully dogs must register them", "negative_evaluation", []),
    (
        "Beijing condemns American bullying in the South China Sea",
        "negative_evaluation",
        ["bullying"],
    ),
    ("Young Thug: how lyrics became evidence", "negative_evaluation", []),
    ("Gang thugs attacked the market", "negative_evaluation", ["thugs"]),
    ("Police seize fake Disney toys in raid", "accusation", []),
    ("Customs find fake Louis Vuitton handbags", "accusation", []),
    ("Officials spread fake news about vaccines", "accusation", ["fake news"]),
    ("The ministry released fake footage of the attack", "accusation", ["fake"]),
    ("New blast claims 2 in northern town", "distancing", []),
    ("Heat wave claims at least 19 in the region", "distancing", []),
    ("Kyiv claims 300 Russian soldiers were killed", "distancing", ["claims"]),
    ("The attack claims were denied by Moscow", "distancing", ["claims"]),
]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), ROWS, ids=[f"{c}-{s[:36]}" for s, c, _ in ROWS]
)
def test_headline_round71_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_the_table_has_positives_and_negatives():
    assert any(e for *_, e in ROWS) and any(not e for *_, e in ROWS)
