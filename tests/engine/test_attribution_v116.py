"""Version 116: the repairs written from attribution round 76's target errors (a negative act
an intention denies, "covered up" by a material), each with a near miss the rule must leave
alone."""

from __future__ import annotations

import pytest

from tests._lex import matched_texts, only_match

TARGETS = [
    # an intention denied before "to": the act casts no one
    ("China does not harbor the ambition to bully any country.", "bully", ""),
    ("Nor does China have the desire to bully its neighbours.", "bully", ""),
    # near misses: an intention asserted; a verb of intending denied (round 1's readers: the
    # writer disputes the denial); a denial of something else before the act
    ("China wants to bully its neighbours.", "bully", "china"),
    ("The US has repeatedly said it does not seek to contain China.", "contain China", "west_us"),
    ("China does not talk; it moves to bully its neighbours.", "bully", "china"),
]


@pytest.mark.parametrize(("text", "matched", "target"), TARGETS)
def test_target_repairs_of_round_76(text, matched, target):
    assert only_match(text, matched)["target"] == target


COVER_UPS = [
    ("We stand beneath a monument covered up by sandbags.", []),
    ("The statue was covered up with tarpaulins.", []),
    # near misses: concealment
    ("Russia covered up the crimes.", ["covered up"]),
    ("The crimes were covered up by Moscow.", ["covered up"]),
]


@pytest.mark.parametrize(("text", "expected"), COVER_UPS)
def test_covered_up_by_a_material_is_literal(text, expected):
    assert matched_texts(text, "accusation") == expected
