"""Version 140: a "he" or "she" after the whole quotations of a speaker looks past them to the
sentence that named the speaker, and a past office holder ("the former Russian president",
"Ukraine's ex-president", "X, the former president of Ukraine") speaks for no state now, with
near misses the rules must leave alone (attribution round 86 and the tuning rows of rounds
78-85: session 60)."""

from __future__ import annotations

import pytest

from tests._lex import only_match

SOURCES = [
    # a "he" after a quotation of one sentence, of several sentences, of two quotations
    (
        'Russian Foreign Minister Sergey Lavrov spoke on Monday. "We will win," Lavrov said. '
        '"We are not planning restrictions." He added that there would certainly be talks.',
        "certainly",
        "russia",
    ),
    (
        '"We will win," Lavrov said. "Blinken is lying. Biden is lying too." He added that '
        "there would certainly be talks.",
        "certainly",
        "russia",
    ),
    (
        '"We will win," Lavrov said. "Blinken is lying." "Biden too." He added that there '
        "would certainly be talks.",
        "certainly",
        "russia",
    ),
    # ... with a paragraph break between the quotation and the pronoun
    (
        '"We will win," Lavrov said.\n\n"Blinken is lying."\n\nHe added that there would '
        "certainly be talks.",
        "certainly",
        "russia",
    ),
]


@pytest.mark.parametrize(("text", "matched", "source"), SOURCES)
def test_speakers_past_their_quotations(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)


PAST_OFFICES = [
    ("The former Russian president said it would probably fall apart.", "probably"),
    ("Ukraine's former president said it would probably fall apart.", "probably"),
    ("Ukraine's ex-president Petro Poroshenko said it was probably over.", "probably"),
    ("Petro Poroshenko, Ukraine's former president, said it was probably over.", "probably"),
    ("The former President of Russia said it would probably fall apart.", "probably"),
    ("The ex-president of Ukraine said it would probably fall apart.", "probably"),
    (
        "A former deputy head of Ukraine's presidential office said it would probably fail.",
        "probably",
    ),
    # the surname later in the text: the introduction names a past office
    (
        "Former Ukrainian President Petro Poroshenko spoke on Monday. Poroshenko said it was "
        "probably over.",
        "probably",
    ),
    (
        "Petro Poroshenko, the former president of Ukraine, spoke on Monday. Poroshenko said "
        "it was probably over.",
        "probably",
    ),
    # ... and a "he" that refers back to such a title
    (
        "Former Ukrainian President Petro Poroshenko spoke on Monday. He said it was probably "
        "over.",
        "probably",
    ),
    ("The former Ukrainian president spoke on Monday. He said it was probably over.", "probably"),
]


@pytest.mark.parametrize(("text", "matched"), PAST_OFFICES)
def test_past_office_holders_speak_for_no_state(text, matched):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", "")


NEAR_MISSES = [
    # a quotation of someone else between: the pronoun is that speaker
    (
        '"We will win," Lavrov said. "It is over," Blinken replied. He added that there '
        "would certainly be talks.",
        "certainly",
        "west_us",
    ),
    # two speakers before the quotation: whose words they are is not said
    (
        'Lavrov and Blinken spoke. "We are not planning restrictions." He added that there '
        "would certainly be talks.",
        "certainly",
        "",
    ),
    (
        'Lavrov met Blinken. "We are not planning restrictions." He added that there would '
        "certainly be talks.",
        "certainly",
        "",
    ),
    # a sentence of narration between: the chain stops as before
    (
        '"We will win," Lavrov said. "Blinken is lying." Macron disagreed. He added that there '
        "would certainly be talks.",
        "certainly",
        "",
    ),
    # the quotation's own names are no antecedents of the pronoun after it
    (
        '"We will win," Lavrov said. "Blinken is lying." He added that there would certainly '
        "be talks.",
        "certainly",
        "russia",
    ),
    # a pronoun inside its sentence, or a chain through a sentence with no pronoun, does not
    # reach past the quotation (round 87's census: a lawyer's "her", Johnson's "he")
    (
        '"It is unacceptable," Biden said. "We will work tirelessly." Griner\'s legal team said '
        'she was disappointed. "The court completely ignored the evidence," her lawyers said.',
        "completely",
        "",
    ),
    # the speaker's sentence counts only its words outside the quotation marks
    (
        'Mr Wallace said: "Putin is mirroring fascism." "They are the ones inflicting '
        'suffering." He said it was an "illegal invasion".',
        "illegal",
        "",
    ),
    # a serving official keeps the state; "then-" said it in office; a person the lexicon
    # names keeps its category (Medvedev served on the Security Council in 2022)
    ("The Russian president said it would probably fall apart.", "probably", "russia"),
    ("Then-President Donald Trump said it was probably true.", "probably", "west_us"),
    ("Former Russian President Dmitry Medvedev said it would probably fail.", "probably", "russia"),
    (
        "Former Russian President Dmitry Medvedev has compiled what he said is probably a list.",
        "probably",
        "russia",
    ),
    (
        "Russian President Vladimir Putin, a former KGB officer, spoke on Monday. Putin said it "
        "was probably over.",
        "probably",
        "russia",
    ),
    ("The head of the Russian Security Council said it would probably fail.", "probably", "russia"),
    (
        "Ukrainian President Volodymyr Zelensky spoke on Monday. He said it was probably over.",
        "probably",
        "ukraine",
    ),
]


@pytest.mark.parametrize(("text", "matched", "source"), NEAR_MISSES)
def test_near_misses_of_version_140(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)
