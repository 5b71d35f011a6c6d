"""Issue 13, twentieth lexicon repair (lex20, METRICS_VERSION 102), from the hedge errors of media
audit round 11: concessive "may / might seem" countered in the next sentence, a site's link
phrase, "few ... could claim", ability conditioned on ability, a mandative subjunctive after a
longer subject, "assume a role" with modifiers, "think ten times", the noun "suspects" after a
quantifier and "potential" + a modifier + a prospective role. Each row is ``(sentence,
expected)``; the positives are near misses that must still count. The sentences are written for
the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    ("This may seem a step too far. But the leader had a plan.", []),
    ("The plan may sound odd; yet it works.", []),
    ("The plan might look costly. However, it pays off.", []),
    ("This may seem a step too far to some observers.", ["may", "seem"]),
    ("The talks may seem stalled. Officials meet again today.", ["may", "seem"]),
    ("You may also be interested in:", []),
    ("You may also like these stories.", []),
    ("You may lose your job if the plant closes.", ["may"]),
    ("The wealth you may enjoy today is not everything.", ["may"]),
    ("I have no prediction of what that may look like. But we will see.", ["may"]),
    ("Few people in that position could claim an impeccable record.", []),
    ("No country could honestly claim to have clean hands.", []),
    ("Russia could claim the region as its own.", ["could"]),
    ("There is much they could achieve if they could shelve their differences.", []),
    ("Prices could rise if the talks fail.", ["could"]),
    ("Deputies proposed a law, suggesting that the age of criminal responsibility be lowered.", []),
    ("He suggested that the old rules of the club not be changed.", []),
    ("The data suggest that the age of recruits will be lowered.", ["suggest"]),
    ("The figures suggest that most of the grain was exported.", ["suggest"]),
    ("The policies help the city assume an important role in the region.", []),
    ("Beijing is ready to assume greater responsibility for global affairs.", []),
    ("We assume the burden will be shared by all.", ["assume"]),
    ("Analysts assume that the war will last.", ["assume"]),
    ("The attack forced Moscow to think ten times about the route.", []),
    ("Many in Europe think the sanctions will work.", ["think"]),
    ("I have been to Iraq, I think 38 times.", ["think"]),
    ("The authorities have not officially named any suspects in the blast.", []),
    ("Police have no suspects yet.", []),
    ("She suspects that the vote was rigged.", ["suspects"]),
    ("While many suspect the leader is bluffing, talks go on.", ["suspect"]),
    ("The rules apply to potential housing buyers on the island.", []),
    ("The island courts potential foreign investors.", []),
    ("The move raises potential security risks.", ["potential"]),
]


@pytest.mark.parametrize(("sentence", "expected"), HEDGE, ids=[s[:40] for s, _ in HEDGE])
def test_media_round11_hedge_table(sentence, expected):
    assert matched_texts(sentence, "hedge") == expected


def test_the_table_has_positives_and_negatives():
    assert any(e for _, e in HEDGE) and any(not e for _, e in HEDGE)
