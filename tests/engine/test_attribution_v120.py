"""Version 120: "suggest" whose subject is a thing is the writer's inference (China Daily's voice
errors in attribution rounds 69-80), with near misses the rule must leave alone: persons,
bodies, pronouns, documents, reports and an actor's product keep the report."""

from __future__ import annotations

import pytest

from tests._lex import only_match

VOICES = [
    # a thing as the subject: the writer's inference
    ("These welcome efforts suggest openness will win.", "suggest", "author", ""),
    ("The outcome of the discussions suggests that talks may resume.", "suggests", "author", ""),
    ("Historical records and memories suggest that Japan forced them.", "suggest", "author", ""),
    ("As the name suggests, it may be quick.", "suggests", "author", ""),
    ("And this vote clearly suggests that voters will return.", "suggests", "author", ""),
    # near misses: persons and bodies, by title, by ending, by pronoun or as vague heads
    ("The minister suggested that China may grow.", "suggested", "reported", ""),
    (
        "Other centrist politicians have suggested that the EU could act.",
        "suggested",
        "reported",
        "",
    ),
    ("He instead suggested that the EU could act.", "suggested", "reported", ""),
    (
        "A number of top Ukrainian officials suggested that talks may resume.",
        "suggested",
        "reported",
        "ukraine",
    ),
    (
        "It has nothing to do with it, as some critics have suggested.",
        "suggested",
        "reported",
        "vague",
    ),
    # near misses: documents and reports, also past a phrase or a time; an actor's product
    ("The report suggests that China may grow.", "suggests", "reported", ""),
    ("Some reports from the area suggest that Kyiv may have lied.", "suggest", "reported", "vague"),
    (
        "Reports from more than a decade ago suggested that China may grow.",
        "suggested",
        "reported",
        "vague",
    ),
    ("Studies suggest that China may grow.", "suggest", "reported", "vague"),
    ("UK and US intelligence suggests that Russia may strike.", "suggests", "reported", "west_us"),
    (
        "The head of the European Council this week suggested that talks might resume.",
        "suggested",
        "reported",
        "west_us",
    ),
]


@pytest.mark.parametrize(("text", "matched", "voice", "source"), VOICES)
def test_voice_repairs_of_version_120(text, matched, voice, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == (voice, source)
