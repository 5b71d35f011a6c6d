"""Issue 13, twenty-third lexicon repair (lex23, METRICS_VERSION 107), from the errors of
headline precision rounds 71-73: a natural force as the subject of "threatens", "blamed on" a
cause, covering a surface ("cover up graffiti") and arming oneself ("weaponizing self")
(accusation); bullying named as a social problem (negative_evaluation). Each row is
``(sentence, category, expected)``; the positives are near misses that must still count. The
sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

ROWS = [
    # threatens: a natural force is a risk, an actor still coerces
    ("Portugal wildfires: Blaze threatens several villages", "accusation", []),
    ("Hurricane threatens the Florida coast", "accusation", []),
    ("Volcano eruption threatens nearby towns", "accusation", []),
    ("Moscow threatens several villages with shelling", "accusation", ["threatens"]),
    ("Gang threatens shop owners", "accusation", ["threatens"]),
    # blamed on: a cause, not an actor
    ("Fringe tickets slump blamed on accommodation costs", "accusation", []),
    ("Rail outage blamed on a technical fault", "accusation", []),
    ("Crop losses blamed on drought and heat", "accusation", []),
    ("Pipeline blast blamed on Russia", "accusation", ["blamed"]),
    ("Cyber attack blamed on state-backed hackers", "accusation", ["blamed"]),
    ("Kyiv blamed Moscow for the costs", "accusation", ["blamed"]),
    # cover up: a surface is literal, a scandal is not
    ("Volunteers cover up graffiti on walls", "accusation", []),
    ("Council covers up racist slogans overnight", "accusation", []),
    ("Ministry tried to cover up the scandal", "accusation", ["cover up"]),
    ("No rhetoric can ever cover up blood stains", "accusation", ["cover up"]),
    ("Officials accused of cover-up over deaths", "accusation", ["accused", "cover-up"]),
    # weaponizing: arming oneself is not weaponising something against others
    ("The ambition of weaponizing self for US strategy", "accusation", []),
    ("Tokyo is weaponizing itself at speed", "accusation", []),
    ("Washington is weaponizing the dollar", "accusation", ["weaponizing"]),
    # bullying as a social problem, bullying by an actor
    ("Measures taken to crack down on cyber bullying", "negative_evaluation", []),
    ("Regulator eyes bullying on internet", "negative_evaluation", []),
    ("Schools mark anti-bullying week", "negative_evaluation", []),
    ("Campaign against school bullying launched", "negative_evaluation", []),
    ("Beijing slams US bullying in the region", "negative_evaluation", ["bullying"]),
    ("The superpower bullies its neighbours", "negative_evaluation", ["bullies"]),
]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), ROWS, ids=[f"{c}-{s[:36]}" for s, c, _ in ROWS]
)
def test_headline_round73_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_the_table_has_positives_and_negatives():
    assert any(e for *_, e in ROWS) and any(not e for *_, e in ROWS)


# Version 137 (session 59), from round 73's last BBC error left: a feigned kidnapping accuses no
# one of kidnapping (the faking itself still counts as manipulation).
FEIGNED = [
    ("Teacher held for faking her own kidnapping", "accusation", ["faking"]),
    ("Student staged his kidnapping to get ransom", "accusation", []),
    ("Man feigned a kidnapping to avoid debts", "accusation", []),
    ("Police say the hoax kidnapping wasted hours", "accusation", ["hoax"]),
    ("Gunmen kidnap aid workers near the border", "accusation", ["kidnap"]),
    ("Rebels accused of kidnapping 30 pupils", "accusation", ["accused", "kidnapping"]),
    ("He denied faking evidence of the kidnapping", "accusation", ["faking", "kidnapping"]),
]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), FEIGNED, ids=[f"{c}-{s[:36]}" for s, c, _ in FEIGNED]
)
def test_v137_feigned_kidnapping(sentence, category, expected):
    assert matched_texts(sentence, category) == expected
