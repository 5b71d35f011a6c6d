"""Version 126: "there are signs / indications that" is evidence the writer reads, not an
unnamed report, and an attributive "suspected" after "and" / "or" opens no frame; with near
misses the rules must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import only_match

AUTHOR = [
    # evidence, no one's report
    ("But there are signs that this time it is targeting almost all of its partners.", "almost"),
    ("There are strong indications that the talks may resume.", "may"),
    # "suspected" modifying a noun after a conjunction: the writer's hedge
    (
        "Following a missile test and suspected nuclear activities in 1998, talks began.",
        "suspected",
    ),
    ("The region saw shelling and suspected sabotage attempts this year.", "suspected"),
]


@pytest.mark.parametrize(("text", "matched"), AUTHOR)
def test_the_writer_speaks(text, matched):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("author", "")


REPORTED = [
    # an unnamed report or fear still is one
    ("There are reports that the talks may resume.", "may", "vague"),
    ("There are fears that the ceasefire may collapse.", "may", "vague"),
    # "signs" inside someone's report take that holder
    ("Kirby conceded that there were no indications that the US would really act.", "really", ""),
    (
        "The Pentagon said there are signs that Russia could launch an attack.",
        "could",
        "west_us",
    ),
    # "and suspected" as a verb: its subject's belief
    ("Moscow denied it and suspected Ukraine of lying.", "suspected", "russia"),
]


@pytest.mark.parametrize(("text", "matched", "source"), REPORTED)
def test_reports_stay_reported(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)
