"""Version 119: a tagged quotation after whole-quotation sentences ('"I have just completed a
tour." "Of course, there is more to do," he said') takes its speaker from before the first of
them, with near misses the rule must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import only_match

SOURCES = [
    (
        "IAEA chief Rafael Grossi spoke. “I have just completed a tour.” “Of course, there is "
        "a lot more to do,” he said.",
        "Of course",
        "un",
    ),
    (
        'Vladimir Putin spoke. "I have just completed a tour." "Of course, there is more to '
        'do," he said.',
        "Of course",
        "russia",
    ),
    (
        "Vladimir Putin spoke. “We toured.” “We met.” “Of course, there is more to do,” he said.",
        "Of course",
        "russia",
    ),
    # the nearest person before the run, as for any "he"
    (
        "Vladimir Putin spoke. Joe Biden replied. “I have just completed a tour.” “Of course, "
        "there is more to do,” he said.",
        "Of course",
        "west_us",
    ),
    # near misses: a tag inside the sentence before ends the run (its "he" is that sentence's);
    # more than three whole quotations stop the search; a sentence that is no quotation is
    # read as before (a chain passes only through sentences that use the pronoun)
    (
        "Vladimir Putin spoke. “We toured,” he said. “Of course, there is more to do,” he said.",
        "Of course",
        "russia",
    ),
    (
        "Vladimir Putin spoke. “We toured.” “We met.” “We ate.” “We left.” “Of course, there is "
        "more to do,” he said.",
        "Of course",
        "",
    ),
    (
        "Vladimir Putin spoke. The hall was full. “Of course, there is more to do,” he said.",
        "Of course",
        "",
    ),
]


@pytest.mark.parametrize(("text", "matched", "source"), SOURCES)
def test_source_repairs_of_version_119(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)
