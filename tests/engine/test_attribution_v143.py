"""Version 143: (1) an actor behind an anonymity marker ("some Western countries", "several US
politicians", "unnamed Russian officials") is still the actor a cue casts: the marker makes its
words a vague source, not its category unknown; (2) a quotation mark that closes an evaluated
phrase does not hide the phrase's "of X" / "by X" ('"the foolish and stupid conduct" of the
US'). Near misses: a vague head of its own ("critics of China"), private people ("some US
people", "Chinese netizens"), a bystander the cue does not cast, the source of such a holder's
words, which stays vague, and a quoted phrase whose "of" names what is acted on."""

from __future__ import annotations

import pytest

from tests._lex import only_match

TARGETED = [
    # the object of a blame verb
    ("He accused some Western countries of not allowing Kiev to re-engage in talks.",
     "accused", "west_us"),
    ("The ministry condemned several Ukrainian commanders for the strike.", "condemned",
     "ukraine"),
    # the doer of a negative action
    ("Some US politicians have been smearing China for years.", "smearing", "west_us"),
    ("Certain Western countries keep bullying smaller nations.", "bullying", "west_us"),
    # the complement of an action noun
    ("Climate talks were long dominated by the finger-pointing of some Western countries.",
     "finger-pointing", "west_us"),
    # an anonymous holder is still its state
    ("Unnamed Russian officials threatened to cut the gas supply.", "threatened", "russia"),
]  # fmt: skip


UNTARGETED = [
    # a vague head of its own: the critics are not China
    ("Critics of China have been smearing the project for years.", "smearing", ""),
    # private people of a country stay outside the categories
    ("Some Chinese netizens have been smearing the singer.", "smearing", ""),
    # a bystander: the marked actor speaks, the one it accuses is cast
    ("Some Western diplomats accused Russia of lying about the strike.", "accused", "russia"),
    # private people after the marker: the blamed outsourcers are no actor, nor the people
    ("Can we blame the outsourcers in the same way some US people do now?", "blame", ""),
    # a quoted action noun: its "of" is the one acted on, not the doer
    ('They condemned the "brutal invasion" of Ukraine.', "brutal", ""),
]  # fmt: skip


def test_the_marked_holder_of_words_stays_vague():
    row = only_match("Some Western officials claimed that the talks had failed.", "claimed")
    assert row["source"] in ("", "vague")
    assert row["target"] == "west_us"


QUOTED = [
    ('The DPRK said it will assess "the foolish and stupid conduct" of the US before firing.',
     "stupid", "west_us"),
    ('China slammed the "irresponsible remarks" of US officials.', "irresponsible", "west_us"),
    ('He deplored the "reckless" policy of Russia in the Black Sea.', "reckless", "russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "target"), TARGETED + UNTARGETED + QUOTED)
def test_the_target(text, matched, target):
    """Marked actors keep their category, near misses keep theirs, a closing quotation mark
    hides no owner."""
    assert only_match(text, matched)["target"] == target
