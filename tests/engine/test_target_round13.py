"""Target rules written from the empty targets of attribution round 13 (``METRICS_VERSION``
31): a word ending in -ly that is a negative action's noun ("bully") is not an adverb, a
coordinated predicate after a copula, an apposition between subject and verb, and the holder
of what a verb of giving up discards. Sentences of our own; the whole pipeline."""

from __future__ import annotations

import pytest

import framing

TARGETS = [
    # text, matched text, expected target
    ("The US is a bully.", "bully", "west_us"),
    ("Most people believe the US is a bully in the crisis: survey", "bully", "west_us"),
    # an -ly adverb still judges the doer of its clause
    ("The facts were arbitrarily twisted by Washington.", "arbitrarily", "west_us"),
    # a coordinated predicate after a copula
    ("Washington is reckless and arrogant.", "arrogant", "west_us"),
    ("The US is arrogant, reckless and irresponsible.", "irresponsible", "west_us"),
    # ... but not an adjective before its noun in the next clause
    ("The US is a partner and hostile forces remain.", "hostile", ""),
    ("They are rich, and arrogant Americans come.", "arrogant", "west_us"),
    # an apposition between subject and verb
    (
        "US, primary spreader of disinformation, manipulates global opinion",
        "manipulates",
        "west_us",
    ),
    ("Washington, on the other hand, alleges the attacks came from abroad.", "alleges", "west_us"),
    ("In Kyiv, after the talks, officials hyped the threat.", "hyped", ""),
    # what a verb of giving up discards belongs to the one asked to give it up, or to its doer
    (
        "China urges U.S., U.K., Australia to abandon Cold War mindset",
        "Cold War mindset",
        "west_us",
    ),
    ("Beijing calls on Washington to give up hegemony", "hegemony", "west_us"),
    ("The US should abandon the Cold War mentality.", "Cold War mentality", "west_us"),
    ("China asks the world to abandon hegemony.", "hegemony", ""),
    ("China rejects the Cold War mentality.", "Cold War mentality", ""),
]


@pytest.fixture(scope="module")
def lexicon():
    return framing.load_lexicon()


@pytest.mark.parametrize(("text", "matched", "target"), TARGETS, ids=[t[0][:45] for t in TARGETS])
def test_round13_empty_targets(lexicon, text, matched, target):
    m = framing.analyze(text, lexicon).matches
    row = m[m["matched_text"] == matched]
    assert len(row), f"no match {matched!r}"
    assert row.iloc[0]["target"] == target
