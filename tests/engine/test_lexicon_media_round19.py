"""Issue 13, twenty-fifth lexicon repair (lex25, METRICS_VERSION 109), from the errors of media
precision round 19: a maximising amplifier before a past participle of an act or a change of
state is the act's extent, not the writer's emphasis (booster); participles of stance,
commitment or feeling and negative-prefix evaluations still count. Each row is ``(sentence,
category, expected)``; the positives are near misses that must still count. The sentences are
written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

ROWS = [
    # the extent of an act or a change of state
    ("Many private houses were totally destroyed", "booster", []),
    ("The old variant has been almost completely overtaken", "booster", []),
    ("The main road is completely blocked", "booster", []),
    ("The border crossing was fully closed overnight", "booster", []),
    ("The programme was thoroughly reviewed last year", "booster", []),
    ("The village was utterly flattened by the shelling", "booster", []),
    # a participle of a state, even in an evaluative claim (lex24 had kept it)
    ("A party completely controlled by one man", "booster", []),
    # stance, commitment and feeling still count
    ("We are fully committed to a peaceful solution", "booster", ["fully"]),
    ("The troops are fully prepared for any scenario", "booster", ["fully"]),
    ("He is completely convinced of the plan", "booster", ["completely"]),
    ("The measures are completely justified", "booster", ["completely"]),
    ("I was utterly horrified by the footage", "booster", ["utterly"]),
    ("The agreement must be fully implemented", "booster", ["fully"]),
    ("The talks fully demonstrated their friendship", "booster", ["fully"]),
    ("The invaders have completely violated the rules", "booster", ["completely"]),
    ("I am totally overwhelmed by the support", "booster", ["totally"]),
    # negative-prefix evaluations still count
    ("The accusations are completely unfounded", "booster", ["completely"]),
    ("The policy is utterly misguided", "booster", ["utterly"]),
    ("These claims are totally discredited", "booster", ["totally"]),
    # adjectives and verbs that are not participles are untouched
    ("The allegations are totally false", "booster", ["totally"]),
    ("The rules completely ignore the facts", "booster", ["completely"]),
]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), ROWS, ids=[f"{c}-{s[:36]}" for s, c, _ in ROWS]
)
def test_media_round19_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_the_table_has_positives_and_negatives():
    assert any(e for *_, e in ROWS) and any(not e for *_, e in ROWS)
