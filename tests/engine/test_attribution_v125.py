"""Version 125: officials of a state's regions and cities speak for the state (the name bank's
``state_regions``), with near misses the rules must leave alone: contested places without a
marker, past office holders, places without a title."""

from __future__ import annotations

import pytest

from framing.engine.cues import load_cues
from framing.engine.names import _regional_officials, _title_positions
from tests._lex import only_match

SOURCES = [
    # "PLACE TITLE NAME", then the surname alone
    (
        "Belgorod Governor Vyacheslav Gladkov said the attack was deliberate. Gladkov added "
        "that the shelling was barbaric.",
        "barbaric",
        "russia",
    ),
    ("Chechen leader Ramzan Kadyrov said the West would probably lose.", "probably", "russia"),
    (
        "Kharkiv regional military administration head Oleh Synehubov said the strike was "
        "probably aimed at the power plant.",
        "probably",
        "ukraine",
    ),
    # "TITLE of [the] PLACE [region], NAME"
    ("The head of Dagestan, Sergey Melikov, called it “utter nonsense”.", "nonsense", "russia"),
    ("The mayor of Lviv, Andriy Sadovyi, said it would never happen.", "never", "ukraine"),
    # a contested place with a marker: the marker's state
    (
        "The Russian-installed head of the Zaporozhye region, Yevgeny Balitsky, said Kiev would "
        "probably attack.",
        "probably",
        "russia",
    ),
    (
        "Kherson's Russian-installed governor Vladimir Saldo said it was probably deliberate.",
        "probably",
        "russia",
    ),
]


@pytest.mark.parametrize(("text", "matched", "source"), SOURCES)
def test_regional_officials_speak_for_their_state(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)


NEAR_MISSES = [
    # a contested place without a marker: either state's official
    "Mariupol mayor Vadym Boichenko said the city would probably fall.",
    # a past office holder
    "Former Kharkiv mayor Ivan Petrov said the city would probably fall.",
    "Ivan Petrov, the former mayor of Kharkiv, said the city would probably fall.",
    # a place with no official's title: a resident
    "Kharkiv resident Ivan Petrov said the city would probably fall.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_of_version_125(text):
    row = only_match(text, "probably")
    assert (row["voice"], row["source"]) == ("reported", "")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Belgorod Governor Vyacheslav Gladkov said", [(["Vyacheslav", "Gladkov"], "russia")]),
        ("Sergey Melikov, the head of Dagestan, said", [(["Sergey", "Melikov"], "russia")]),
        ("the Kyiv-appointed mayor of Melitopol Ivan Fedorov", [(["Ivan", "Fedorov"], "ukraine")]),
        ("the mayor of Melitopol Ivan Fedorov", []),  # contested, no marker
        ("the headquarters of Belgorod Oblast Energy", []),  # "head" inside a word
        ("Belgorod, whose governor is Vyacheslav Gladkov", []),  # not the two patterns
    ],
)
def test_the_name_bank_reads_regional_introductions(text, found):
    assert _regional_officials(text, load_cues()) == found


def test_title_positions_are_whole_words():
    low = "the head of x; ahead, headquarters, a mayor's office; head"
    assert _title_positions(low, ("head", "mayor")) == [4, 54, 38]
