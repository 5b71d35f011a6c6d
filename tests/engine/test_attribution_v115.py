"""Version 115: the target repairs written from attribution round 75's target errors (the
subject of a passive negative act with no agent is the one wronged, a state's public and
private bodies named by nationality are not the state as blame's object, a literal "small
circle"), each with a near miss the rule must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import matched_texts, only_match

TARGETS = [
    # a passive negative act: the agent after "by", or no one
    ("The trade war may escalate, as China will not be bullied.", "bullied", ""),
    ("Russia will not be bullied, Ryabkov added.", "bullied", ""),
    # near misses: an agent named; the active voice
    ("China was bullied by the US.", "bullied", "west_us"),
    ("The US bullied China.", "bullied", "west_us"),
    # a nationality's public: no state as blame's object
    ("It might be unfair to blame the US public for this.", "blame", ""),
    ("Zelensky also blamed the Russian public for the war.", "blamed", ""),
    # near misses: the state, its government, and its companies (round 2's readers: China)
    ("The US accused China of stealing trade secrets.", "accused", "china"),
    ("The US accused Chinese companies of stealing trade secrets.", "accused", "china"),
    ("They blame the US government for this.", "blame", "west_us"),
]


@pytest.mark.parametrize(("text", "matched", "target"), TARGETS)
def test_target_repairs_of_round_75(text, matched, target):
    assert only_match(text, matched)["target"] == target


SMALL_CIRCLES = [
    ("He stood out in the relatively small circle of Chinese martial arts writers.", []),
    ("Putin relies on a small circle of loyalists.", []),
    # near misses: a bloc of states
    ("A small circle of countries cannot decide for the world.", ["small circle"]),
    ("The US and a small circle of allies decided.", ["small circle"]),
    ("Beijing rejects small circles built by Washington.", ["small circles"]),
]


@pytest.mark.parametrize(("text", "expected"), SMALL_CIRCLES)
def test_small_circle_is_a_bloc_of_states_not_of_people(text, expected):
    assert matched_texts(text, "cold_war") == expected
