"""Version 123: vague holders attribution round 81 found unmarked (a share of people as the
subject, "interpreted as", an agent that belongs to the verb after "to be"), with near misses
the rules must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import only_match

VOICES = [
    # a share of unnamed people: a poll's respondents
    ("Meanwhile, 60% of those surveyed believed that the shipments may help.", "may", "vague"),
    ("A poll found that 76 percent in both camps believe money may matter more.", "may", "vague"),
    ("Polling found that between 9% and 24% of the public think it may pass.", "may", "vague"),
    # near misses: an actor or a vague head in the subject keeps its own holder
    ("About 60% of US officials believe that China may cheat.", "may", "west_us"),
    ("Prices rose 5% and analysts believe the rally may last.", "may", "vague"),
    ("Prices rose 5% as Moscow believes the rally may last.", "may", "russia"),
    # "by" after "to be" is the inner verb's agent, not the believer
    ("The deal was widely believed to be motivated by politics.", "believed", "vague"),
    ("Mirotvorets is believed to be run by Ukraine's Security Service.", "believed", "vague"),
    # near miss: "by" right after the participle names the holder
    ("The deal was believed by Moscow to be a trap.", "believed", "russia"),
    # "interpreted as": an unnamed holder's reading
    ("The move has been interpreted as a sign that Russia may retreat.", "may", "vague"),
]


@pytest.mark.parametrize(("text", "matched", "source"), VOICES)
def test_holders_of_version_123(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)


def test_a_share_of_a_quantity_is_no_holder():
    """A percentage that is no share of people stays out of the subject: the writer speaks."""
    row = only_match("Exports fell 5% and will likely fall further.", "likely")
    assert (row["voice"], row["source"]) == ("author", "")
