"""Version 124: a bare title that opens the sentence before as its subject is a later "he"'s
antecedent, and "regretted / lamented that" report, with near misses the rules must leave
alone."""

from __future__ import annotations

import pytest

from tests._lex import only_match

PESKOV = "Kremlin Press Secretary Dmitry Peskov said on Sunday that no decision was made. "

VOICES = [
    # a bare title as the subject of the sentence before: the person it was introduced with
    (
        PESKOV + "The spokesman was asked about the risks. “All factors count, of course,” he "
        "replied.",
        "of course",
        "russia",
    ),
    (
        PESKOV + "The spokesman was asked about the risks. He said the talks would probably fail.",
        "probably",
        "russia",
    ),
    # "regretted that", "lamented that": the complement is the subject's
    ("Moscow regretted that the reckless decision was taken.", "reckless", "russia"),
    ("Washington lamented that Beijing had made such foolish comments.", "foolish", "west_us"),
]


@pytest.mark.parametrize(("text", "matched", "source"), VOICES)
def test_holders_of_version_124(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)


NEAR_MISSES = [
    # the noun "regret" reports nothing: the writer speaks
    ("It is with much regret that the decision will never be fully recognized.", "fully"),
    # "regretted" without "that": the object is the writer's description
    ("Moscow regretted the reckless decision.", "reckless"),
]


@pytest.mark.parametrize(("text", "matched"), NEAR_MISSES)
def test_near_misses_of_version_124(text, matched):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("author", "")


def test_the_president_is_left_to_the_home_rule():
    """ "The president" opening the sentence before is not resolved by this rule: in the home's
    own texts it is the home's, whoever else the text introduced (version 66)."""
    text = (
        "Russian President Vladimir Putin spoke on Sunday. The president was asked about the "
        "risks. He said the talks would probably fail."
    )
    row = only_match(text, "probably")
    assert (row["voice"], row["source"]) == ("reported", "")
