"""Version 142: one rule for a past office (``framing.engine.past_office``), asked by every path
that reads a holder's title (the actor word, a title's "of" phrase, the object of "according
to", the name bank's introductions, a regional official; "then-" keeps the state, "late" is
a past office), and lexicon surnames other people
share listed only as full names (session 61). Each table holds sentences the old rules read
otherwise and near misses they must leave alone."""

from __future__ import annotations

import pytest

from framing.engine.past_office import past_office_word
from tests._lex import only_match


@pytest.mark.parametrize(
    ("word", "past"),
    [
        ("former", True),
        ("formerly", True),
        ("ex", True),
        ("ex-president", True),
        ("ex-us", True),
        ("then-president", False),
        ("late", True),
        ("outgoing", False),
        ("ex-wife", False),
        ("ex-soviet", False),
        ("exiled", False),
    ],
)
def test_one_set_of_past_office_words(word, past):
    assert past_office_word(word) is past


PAST_OFFICES = [
    # the actor word past title modifiers ("former top Russian diplomat")
    "The former top Russian diplomat said it would probably fall apart.",
    "The former senior Russian official said it would probably fall apart.",
    # the object of "according to"
    "According to the former US ambassador, it would probably fall apart.",
    "According to former US ambassador Michael McFaul, it would probably fall apart.",
    # a title's "of" phrase with "ex" written apart
    "The ex President of Ukraine said it would probably fall apart.",
    # the name bank: "who was formerly" is a past office, not a filler of a current one
    "Ivan Petrenko, who was formerly an adviser to Ukraine's presidential office, spoke on "
    "Monday. Petrenko said it would probably fall apart.",
    # every path agrees: the actor word, the "of" phrase, the bank, hyphenated or not
    "The former Russian president said it would probably fall apart.",
    "The former President of Russia said it would probably fall apart.",
    "Ukraine's ex-president said it would probably fall apart.",
    "Ukrainian ex-defence minister Ivan Petrenko spoke on Monday. Petrenko said it would "
    "probably fall apart.",
    "Ivan Petrenko, formerly an adviser to Ukraine's presidential office, spoke on Monday. "
    "Petrenko said it would probably fall apart.",
    "Former Belgorod Governor Ivan Sidorov spoke on Monday. Sidorov said it would probably fall "
    "apart.",
    # "late": the holder is dead; his surname later is often a relative's
    "Ksenia Sidorova is the daughter of the late Belgorod Governor Ivan Sidorov. Sidorov said "
    "it would probably fall apart.",
    # ... and further back than three words ("the former deputy head of")
    "Ivan Petrenko, the former deputy head of Ukraine's presidential office, spoke on Monday. "
    "Petrenko said it would probably fall apart.",
]


@pytest.mark.parametrize("text", PAST_OFFICES)
def test_past_office_holders_speak_for_no_state(text):
    row = only_match(text, "probably")
    assert (row["voice"], row["source"]) == ("reported", "")


KEEP_THE_STATE = [
    # then-: the words were said in office
    ("Then-President Donald Trump said it was probably true.", "west_us"),
    (
        "Then-Ukrainian Defence Minister Ivan Petrenko spoke on Monday. Petrenko said it would "
        "probably fall apart.",
        "ukraine",
    ),
    # a word of time before the title is no past office ("late last year")
    (
        "Late last year, Ukrainian Defence Minister Ivan Petrenko spoke. Petrenko said it would "
        "probably fall apart.",
        "ukraine",
    ),
    # a person the lexicon names keeps its category
    ("Former Russian President Dmitry Medvedev said it was probably true.", "russia"),
    # a former official who now holds another office speaks for that office's state
    (
        "Former Ukrainian Defence Minister Ivan Petrenko, now Ukraine's ambassador to Turkey, "
        "said it would probably fall apart.",
        "ukraine",
    ),
    (
        "Ivan Petrenko, who is now an adviser to Ukraine's presidential office, spoke on Monday. "
        "Petrenko said it would probably fall apart.",
        "ukraine",
    ),
    # serving officials
    ("The top Russian diplomat said it would probably fall apart.", "russia"),
    ("According to the US ambassador, it would probably fall apart.", "west_us"),
]


@pytest.mark.parametrize(("text", "source"), KEEP_THE_STATE)
def test_then_late_lexicon_persons_and_current_offices_keep_the_state(text, source):
    row = only_match(text, "probably")
    assert (row["voice"], row["source"]) == ("reported", source)


SURNAMES = [
    # a surname other people share: alone, with another first name, or a title of courtesy
    ("Prof Andrei Kirilenko told the BBC it was probably her home.", ""),
    ("Prof Kirilenko told the BBC it was probably her home.", ""),
    ("Kirilenko said it was probably over.", ""),
    (
        "Maxim Ryabkov, the director of the club, spoke on Monday. Ryabkov said she was probably "
        "the best player.",
        "",
    ),
    ("Daniil Medvedev said he would probably win the final.", ""),
    # the official's full name, and the bare surname after it in the same text
    ("Pavlo Kyrylenko said it was probably over.", "ukraine"),
    (
        "Donetsk regional governor Pavlo Kyrylenko spoke on Monday. Kyrylenko said it was "
        "probably over.",
        "ukraine",
    ),
    (
        "Deputy Foreign Minister Sergei Ryabkov spoke on Monday. Ryabkov said it was probably "
        "over.",
        "russia",
    ),
    ("Sergey Ryabkov said it was probably over.", "russia"),
    # Medvedev stays listed by his surname (the tennis player is excluded by his first name)
    ("Medvedev said it would probably fall apart.", "russia"),
]


@pytest.mark.parametrize(("text", "source"), SURNAMES)
def test_lexicon_surnames_other_people_share(text, source):
    row = only_match(text, "probably")
    assert (row["voice"], row["source"]) == ("reported", source)
