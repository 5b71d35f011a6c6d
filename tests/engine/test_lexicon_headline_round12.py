"""Issue 13, lex12 and lex13: word-sense repairs from the errors of the headline audit (rounds 12
and 13).
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
    # lex13: "X beat Y to claim ..." is a win, unless a clause follows
    ("Porto beat Benfica to claim third league crown in a row", []),
    ("Rivals defeat hosts to claim Asian Masters 2022", []),
    ("Army beat back raids to claim they were staged.", ["claim"]),
]
ACCUSATION = [
    ("Old forests threatened by wildfire in the west", []),
    ("Coral reefs are threatened by climate change.", []),
    ("Coffee harvest threatened", []),
    ("Coffee harvest threatened by militia blockade", ["threatened"]),  # an agent is named
    ("Neighbour threatened by militia", ["threatened"]),
    ("Island threatened by Beijing, says minister", ["threatened"]),
    # lex13: rumours denied with no one charged; counterfeit police stations
    ("Regulator denies rumors about probes on tech firms", []),
    ("City refutes lockdown rumor after cluster", []),
    ("Envoy refutes Western rumours about the region", ["rumours"]),  # the West is charged
    ("Ministry denies rumors spread by foreign media", ["rumors"]),
    ("Gang runs a fake police station for months", []),
    ("Ministry exposes fake accounts run from abroad", ["fake"]),
]
HEDGE = [
    ("Region urged to tap tourism potential", []),
    ("Coach sees squad's potential", []),
    ("Region warns of potential floods", ["potential"]),
    ("The potential damage is large.", ["potential"]),
    # lex13: the noun suspect after its crime, a proposal by a legislator, the state of the future
    ("Parade shooting suspect taken into custody", []),
    ("Two dead, including suspect, after mall attack", []),
    ("Investigators suspect arson in the mall fire.", ["suspect"]),
    ("Lawmaker suggests pilot projects for tourism", []),
    ("Lawmaker suggests that the pilot failed.", ["suggests"]),
    ("Study suggests pilot projects work", ["suggests"]),
    ("Refugees face an uncertain future in the camps.", []),
    ("It is uncertain whether the talks will go on.", ["uncertain"]),
    ("Deal 'not possible' until the audit ends", []),
    ("Mayor warns of possible 'Tube' fare rises", ["possible"]),
    # lex16 (attribution round 22): the noun after a plural crime noun
    ("Paris attacks suspect says he chose not to detonate vest", []),
    ("I suspect the attacks were staged.", ["suspect"]),
    # lex17 (attribution round 23): after "a" + one word or a number + one word
    ("A primate suspect: monkey dials 911", []),
    ("Police nab 2 al-Shabab suspects, seize weapons", []),
    ("Analysts suspect a leak.", ["suspect"]),
]


# lex14 (headline round 12's booster errors): the factual extent of a state or process
BOOSTER = [
    ("New Zealand fully reopens borders to tourists", []),
    ("Power plant fully operational again after repairs", []),
    ("Airline to fully restore international flights", []),
    ("Star striker has fully recovered from injury", []),
    ("80% of adults now fully vaccinated", []),
    ("A fully-fledged member of the alliance", []),
    ("China fully supports the peace plan", ["fully"]),  # a commitment stressed
    ("Both sides must fully implement the deal", ["fully"]),
    ("We are fully aware of the risks.", ["fully"]),
    # lex15 (headline round 21's booster errors): "certain" as "particular"; "in" + compound
    ("Boosters approved for certain groups", []),
    ("Nobody knows for certain whether the talks resume.", ["for certain"]),
    ("Nobody knows for certain.", ["for certain"]),
    ("White House issues guidance in fact sheet", []),
    ("A role in fact-finding missions", []),
    ("It is in fact checking the claims.", ["in fact"]),
]


# attribution round 10: the World Health Organization is a UN agency; the pronoun never counts
UN = [
    ("WHO warns of a new wave", ["WHO"]),
    ("The World Health Organization met on Monday.", ["World Health Organization"]),
    ("People who travel should test.", []),
    ("WHO ARE THE NEW LEADERS", []),
    ("THOSE WHO STAYED", []),
]


@pytest.mark.parametrize(("text", "expected"), UN, ids=[s[:40] for s, _ in UN])
def test_attribution_round10_un_agency(text, expected):
    assert matched_texts(text, "un") == expected


@pytest.mark.parametrize(("text", "expected"), DISTANCING, ids=[s[:40] for s, _ in DISTANCING])
def test_headline_round12_distancing(text, expected):
    assert matched_texts(text, "distancing") == expected


@pytest.mark.parametrize(("text", "expected"), ACCUSATION, ids=[s[:40] for s, _ in ACCUSATION])
def test_headline_round12_accusation(text, expected):
    assert matched_texts(text, "accusation") == expected


@pytest.mark.parametrize(("text", "expected"), HEDGE, ids=[s[:40] for s, _ in HEDGE])
def test_headline_round12_hedge(text, expected):
    assert matched_texts(text, "hedge") == expected


@pytest.mark.parametrize(("text", "expected"), BOOSTER, ids=[s[:40] for s, _ in BOOSTER])
def test_headline_round12_booster(text, expected):
    assert matched_texts(text, "booster") == expected


def test_the_tables_have_positives_and_negatives():
    for table in (DISTANCING, ACCUSATION, HEDGE, UN, BOOSTER):
        assert any(e for _, e in table) and any(not e for _, e in table)
