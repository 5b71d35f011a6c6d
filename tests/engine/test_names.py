"""The name bank: persons introduced by an actor and a title (framing.engine.names)."""

from __future__ import annotations

import re

import pytest

from framing.engine.cues import load_cues
from framing.engine.names import bank_pattern, name_bank, name_spans

# text with the actor words in [brackets] (the actor matches the lexicon would give), the bank
BANKS = [
    ("[Russian] Foreign Minister Sergey Lavrov spoke.", {"Lavrov": "russia"}),
    ("[Russian] Defense Ministry spokesman Igor Konashenkov spoke.", {"Konashenkov": "russia"}),
    ("[Ukraine]'s foreign minister, Dmytro Kuleba, spoke.", {"Kuleba": "ukraine"}),
    (
        "Maria Zakharova, the [Russian] Foreign Ministry spokeswoman, spoke.",
        {"Zakharova": "russia"},
    ),
    ("Dmitry Peskov, [Kremlin] spokesman, spoke.", {"Peskov": "russia"}),
    (
        "Mykhailo Podolyak, an adviser to [Ukraine]'s presidential office, spoke.",
        {"Podolyak": "ukraine"},
    ),
    (
        "Yuliia Svyrydenko, who is now the deputy minister of [Ukraine], spoke.",
        {"Svyrydenko": "ukraine"},
    ),
    ("[US] Secretary of State Antony Blinken spoke.", {"Blinken": "west_us"}),
    # Chinese names put the surname first: both words are kept
    (
        "[Chinese] Foreign Ministry spokesperson Wang Wenbin spoke.",
        {"Wang": "china", "Wenbin": "china"},
    ),
    # an ambassador *to* a state serves another one; an adviser to a state's body serves it
    ("Burns, a former ambassador to [Russia], spoke.", {}),
    ("Ann Lee, an adviser to the [Ukrainian] presidential office, spoke.", {"Lee": "ukraine"}),
    # the title before the actor, the name after its body
    (
        "On Tuesday, the deputy head of [Zelensky]'s office, Andrey Smirnov, spoke.",
        {"Smirnov": "ukraine"},
    ),
    (
        "Tamila Tasheva, [Zelensky]'s permanent representative in Crimea, spoke.",
        {"Tasheva": "ukraine"},
    ),
    ("[Israel]'s ambassador to [Ukraine], Michael Brodsky, said so.", {}),
    ("An ambassador to the [US], Ann Lee, said so.", {}),
    (
        "Colonel Yuri Maksimov, who heads [Kiev] City Recruitment Center, spoke.",
        {"Maksimov": "ukraine"},
    ),
    # a relative clause is not an introduction's apposition
    ("[Russian] President Vladimir Putin, who met Macron, spoke.", {"Putin": "russia"}),
    # no person title: a body, not a person
    ("The [Russian] Foreign Ministry Thursday said so.", {}),
    ("[Russian] forces killed Ivan Petrov.", {}),
    # a verb between the actor and the title: not an introduction
    ("[Russian] troops shelled mayor Ivan Fedorov's office.", {}),
    # a longer run or a name particle: not cut short to a wrong word
    ("[EU] Commission President Ursula von der Leyen spoke.", {}),
    # a plural title names no one person
    ("[US] officials Tom Smith and Ann Lee spoke.", {}),
    # sentence openers and months are no names
    ("[Russian] President Vladimir Putin spoke. But May is near.", {"Putin": "russia"}),
    # one surname introduced for two actors: left out
    ("[Russian] envoy Ivan Smith met [Ukrainian] envoy Olga Smith.", {}),
]


def _spans(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    cats = {"Russian": "russia", "Ukraine": "ukraine", "Kremlin": "russia", "US": "west_us",
            "Chinese": "china", "EU": "west_us", "Ukrainian": "ukraine", "Russia": "russia", "Zelensky": "ukraine", "Israel": "other", "Kiev": "ukraine",
            "Biden": "west_us", "Jake Sullivan": "west_us", "Xi Jinping": "china",
            "Ned Price": "west_us"}  # fmt: skip
    text, spans, shift = "", [], 0
    for m in re.finditer(r"\[([^\]]+)\]", marked):
        text += marked[shift : m.start()]
        spans.append((len(text), len(text) + len(m.group(1)), cats[m.group(1)]))
        text += m.group(1)
        shift = m.end()
    return text + marked[shift:], spans


@pytest.mark.parametrize(("marked", "bank"), BANKS)
def test_name_bank(marked, bank):
    text, spans = _spans(marked)
    assert name_bank(text, spans, load_cues()).names == bank


HEADS = [
    ("[Russian] President Vladimir Putin spoke.", {"president": "russia"}),
    ("The [Russian] Defense Ministry said so.", {"ministry": "russia"}),
    ("The [Russian] embassy in Riga said so.", {"embassy": "russia"}),
    (
        "[Russian] Defense Ministry spokesman Igor Konashenkov spoke.",
        {"ministry": "russia", "spokesman": "russia"},
    ),
    # two actors' presidents: "the president" stays open
    ("[Russian] President Vladimir Putin met [Ukrainian] President Zelensky.", {}),
    # plurals and words that are no title
    ("[Russian] officials and [Russian] troops spoke.", {}),
]


@pytest.mark.parametrize(("marked", "heads"), HEADS)
def test_head_bank(marked, heads):
    text, spans = _spans(marked)
    assert name_bank(text, spans, load_cues()).heads == heads


def test_name_spans_skip_the_lexicons_matches_and_parts_of_words():
    text = "Lavrov met Lavrova. Lavrov's aide and Lavrov-style talks; Lavrov."
    bank = {"Lavrov": "russia"}
    found = name_spans(text, 0, len(text), bank, bank_pattern(bank), taken=[(59, 65, "russia")])
    assert [text[s:e] for s, e, *_ in found] == ["Lavrov", "Lavrov"]
    assert [(cat, person) for *_, cat, person in found] == [("russia", True)] * 2
    assert bank_pattern({}) is None


# the publisher's own presidential office names its officials without the state (version 70)
OFFICE_BANKS = [
    (
        "President of [Ukraine] Volodymyr Zelenskyy met. Deputy Head of the Office of the "
        "President Ihor Zhovkva spoke.",
        "ukraine",
        {"Zelenskyy": "ukraine", "Zhovkva": "ukraine"},
    ),
    (
        "President of [Ukraine] Volodymyr Zelenskyy met. The Adviser to the Head of the "
        "President's Office Mykhailo Podolyak spoke.",
        "ukraine",
        {"Zelenskyy": "ukraine", "Podolyak": "ukraine"},
    ),
    # not without a home, nor when the text's bare "the President" is not the home's
    (
        "President of [Ukraine] Volodymyr Zelenskyy met. Deputy Head of the Office of the "
        "President Ihor Zhovkva spoke.",
        "",
        {"Zelenskyy": "ukraine"},
    ),
    (
        "Deputy Head of the Office of the President Ihor Zhovkva spoke.",
        "ukraine",
        {},
    ),
    # no title chain before the office, or a one-word name: no introduction
    (
        "President of [Ukraine] Volodymyr Zelenskyy met. A visit to the Office of the President "
        "Ihor Zhovkva planned.",
        "ukraine",
        {"Zelenskyy": "ukraine"},
    ),
    (
        "President of [Ukraine] Volodymyr Zelenskyy met. Head of the Office of the President "
        "Yermak spoke.",
        "ukraine",
        {"Zelenskyy": "ukraine"},
    ),
]


@pytest.mark.parametrize(("marked", "home", "bank"), OFFICE_BANKS)
def test_name_bank_of_the_home_office(marked, home, bank):
    text, spans = _spans(marked)
    assert name_bank(text, spans, load_cues(), home=home).names == bank


# version 87 (attribution round 58): a person's full name from the lexicon gives its surname;
# in the home's own text (its bare "the President" is the home's) the home's officials by title
# and its agencies by acronym. Persons are marked {like this} (the lexicon's leader subcategory).
HOME_OFFICIALS = [
    # the lexicon's full name, then the surname alone (any text, no home needed)
    ("{Jake Sullivan} spoke. Mr. Sullivan affirmed it.", "", {"Sullivan": "west_us"}),
    ("{Xi Jinping} spoke.", "", {}),  # Chinese surnames ("Wang", "Li") are shared widely
    ("{Ned Price} spoke. Price rises hurt; the price is high.", "", {}),  # a common word
    ("{Biden} spoke.", "", {}),  # one word: nothing to add
    # a national adjective before a capitalised word names a company, not the state
    ("Director General of [Russian] Helicopters Andrei Boginsky: Yes.", "russia", {}),
    ("Head of the Office of the President of [Ukraine] Andriy Yermak spoke.", "", {"Yermak": "ukraine"}),
    # titles of the home's offices, with or without the state's region before them
    ("President {Biden} spoke. Maryland Senator Chris Van Hollen: thanks.", "west_us",
     {"Hollen": "west_us"}),
    ("President {Biden} spoke. North Carolina Congresswoman Alma Adams wrote.", "west_us",
     {"Adams": "west_us"}),
    ("President {Biden} spoke with Sen. Warren and Secretary Raimondo.", "west_us",
     {"Warren": "west_us", "Raimondo": "west_us"}),
    ("President {Biden} spoke. FEMA Administrator Deanne Criswell: thanks.", "west_us",
     {"Criswell": "west_us", "FEMA": "west_us"}),
    # another capitalised word before the title: another state's or office's title
    ("President {Biden} spoke. Australian Senator Penny Wong spoke.", "west_us", {}),
    ("President {Biden} spoke. Foreign Secretary Liz Truss spoke.", "west_us", {}),
    ("President {Biden} spoke. UN Secretary General Guterres spoke.", "west_us", {}),
    ("President {Biden} spoke. Secretary of State Blinken spoke.", "west_us", {}),
    # not the home's text (no home); version 89: also a home text that names no President
    ("President {Biden} spoke. Senator Warren and the CDC spoke.", "", {}),
    ("Senator Warren and the CDC spoke.", "west_us", {"Warren": "west_us", "CDC": "west_us"}),
    # another home has no such table
    ("President {Biden} spoke. Senator Warren and the CDC spoke.", "russia", {}),
    # an acronym only when the text has it
    ("President {Biden} spoke. The CDC recommends it.", "west_us", {"CDC": "west_us"}),
]  # fmt: skip


def _person_spans(marked: str):
    text, spans = _spans(marked.replace("{", "[").replace("}", "]"))
    persons = set(re.findall(r"\{([^}]+)\}", marked))
    return text, [(s, e, c, text[s:e] in persons) for s, e, c in spans]


@pytest.mark.parametrize(("marked", "home", "bank"), HOME_OFFICIALS)
def test_name_bank_of_the_home_officials(marked, home, bank):
    text, spans = _person_spans(marked)
    assert name_bank(text, spans, load_cues(), home=home).names == bank


def test_home_bodies_are_no_persons():
    text, spans = _person_spans("President {Biden} spoke. The CDC and Senator Warren spoke.")
    found = name_bank(text, spans, load_cues(), home="west_us")
    assert found.bodies == frozenset({"CDC"})
    named = name_spans(text, 0, len(text), found.names, bank_pattern(found.names), spans,
                       found.bodies)  # fmt: skip
    assert [(text[s:e], person) for s, e, _, person in named] == [
        ("CDC", False),
        ("Warren", True),
    ]
