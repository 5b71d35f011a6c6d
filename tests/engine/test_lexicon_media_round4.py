"""Issue 13, fifth round of news-media precision repairs (lex5): hedge and distancing word senses.

Each row is ``(sentence, category, expected)`` with ``expected`` the matched texts of that
category in order. The negatives mimic the error types of the round-4 media audit
(``media-audit-4.csv``): "could" in a wish, a person's narrated skill or faculty, the rhetorical
"one could imagine how ...", options in an embedded question ("what we could discuss"), temporal
"up to" + a date or a clock time, emphatic "can / could possibly", "make" + a noun phrase +
"possible" (hedge); "claim" + an achievement and "claim independence" (distancing). The positives
are the near misses that must still count. The sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    # could: a wish is counterfactual
    ("She wishes she could go home, but she cannot.", []),
    ("I wish the war could end tomorrow.", []),
    ("If only we could talk to them.", []),
    ("Analysts wish sanctions could work, but they could fail.", ["could"]),
    ("They hope the talks could resume.", ["could"]),
    # could: a person's narrated skill or faculty
    ("She could find joy in everything.", []),
    ("She worked in PR and she could communicate with a lot of people.", []),
    ("He could speak five languages.", []),
    ("I could tell that he was afraid.", []),
    ("He could speak at the summit next week.", ["could"]),
    ("He could find himself isolated.", ["could"]),
    ("She could run for president.", ["could"]),
    ("He could recall the ambassador.", ["could"]),
    ("Putin said he could walk away from the talks.", ["could"]),
    # could: the rhetorical "one could imagine how ..."
    ("And one could imagine how much respect they have for the law.", []),
    ("You could well imagine the scene.", []),
    ("One could imagine that the talks fail.", ["could"]),
    # could: options or feasibility in an embedded question with a personal subject
    ("The question was what we could discuss about gun control.", []),
    ("They asked how they could help.", []),
    ("She asked why someone could own so many guns.", []),
    ("Nobody explains why Russia could win.", ["could"]),
    ("It is a weapon which they could use against civilians.", ["could"]),
    ("Nobody knows what he could be thinking.", ["could"]),
    ("Nobody knows what it could mean for prices.", ["could"]),
    ("Nobody says what the strike could achieve.", ["could"]),
    # could: a purpose clause, permission reported to its holder
    ("They moved the machines so that the patients could breathe.", []),
    ("Polls opened early in order that soldiers could vote.", []),
    ("The fighting goes on, so it could take years.", ["could"]),
    ("Residents were told they could return home.", []),
    ("She was assured that she could stay.", []),
    ("He told reporters that he could run again.", ["could"]),
    # could / possibly: emphatic in a question, a comparison or a superlative
    ("What could possibly go wrong?", []),
    ("The worst thing that could possibly happen.", []),
    ("More than they could possibly afford.", []),
    ("The talks could possibly resume in May.", ["could", "possibly"]),
    ("Officials who could possibly be affected were warned.", ["could", "possibly"]),
    # possibly: after "can" it is a negative-polarity intensifier
    ("They will learn more than we can possibly give them here.", []),
    ("You can't possibly know that.", []),
    ("You can’t possibly know that.", []),
    ("It is possibly the largest deal.", ["possibly"]),
    # up to: a date, a year or a clock time means "until"
    ("The data, up to 7 April, also show a rise in arrivals.", []),
    ("From 2014 up to 2022, trade grew.", []),
    ("Polls are open up to 5pm on Sunday.", []),
    ("Up to 2,000 troops were sent.", []),  # lex7: "up to" + a number is no longer a hedge
    ("They deployed up to 2000 troops.", []),  # lex7: "up to" + a number is no longer a hedge
    ("Shelling lasted up to 12 hours a day.", []),  # lex7: "up to" + a number is no longer a hedge
    ("The cuts reach up to 7 percent.", []),  # lex7: "up to" + a number is no longer a hedge
    # possible: make / render + a noun phrase + "possible" (enabling)
    ("Authorities found a way to make the original money transfer possible.", []),
    ("The deal made a ceasefire possible by freezing the front.", []),
    ("Sanctions rendered such trade possible again.", []),
    ("He made no secret of possible talks.", ["possible"]),
    ("They could make a possible comeback.", ["could", "possible"]),
    ("A possible deal is on the table.", ["possible"]),
]

DISTANCING = [
    # claim: the take sense with an achievement, the declare sense with a status
    ("It would allow Putin to claim some achievement from the invasion.", []),
    ("Kyiv claimed success in the talks.", []),
    ("The region claimed independence after the fall of the Soviet Union.", []),
    ("The province may claim statehood.", []),
    ("He claimed success was near.", ["claimed"]),
    ("Claims of success are exaggerated.", ["Claims"]),
    ("They claimed progress had been made.", ["claimed"]),
    ("They claim independence from party politics.", ["claim"]),
    ("He claimed that the region had declared independence.", ["claimed"]),
]

TABLES = [(s, "hedge", e) for s, e in HEDGE] + [(s, "distancing", e) for s, e in DISTANCING]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), TABLES, ids=[f"{c}:{s[:40]}" for s, c, _ in TABLES]
)
def test_media_round4_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_every_table_has_positives_and_negatives():
    for table in (HEDGE, DISTANCING):
        assert any(e for _, e in table) and any(not e for _, e in table)
