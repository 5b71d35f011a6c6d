"""Version 113: the target repairs written from attribution round 73's target errors (a
negative act as the object of a verb of doing or spreading, a passive blame in a relative
clause, "alleged" after a preposition with its doer named, a self-declared label), each with a
near miss the rule must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import only_match

TARGETS = [
    # the doer of a negative act the verb takes as object
    ("Russia is waging a disinformation campaign.", "disinformation", "russia"),
    ("China blasts U.S. for spreading disinformation.", "disinformation", "west_us"),
    ("Charles Michel spoke first. Nebenzia accused Michel of spreading lies.", "lies", "west_us"),
    ("Moscow's envoy accused Ukraine of waging a propaganda war.", "propaganda", "ukraine"),
    # near misses: no doer named, and a pronoun subject (its antecedent is too uncertain)
    ("Spreading disinformation is a crime.", "disinformation", ""),
    ("Aid reached Russia as it spreads disinformation.", "disinformation", ""),
    # a passive blame in a relative clause: the antecedent
    (
        "Moscow offered a reward for two commanders of Ukraine's Azov regiment who are accused "
        "of torturing prisoners.",
        "accused",
        "ukraine",
    ),
    ("US officials who were accused of lying resigned.", "accused", "west_us"),
    (
        "Kyiv named the commanders of the Russian brigade who are accused of crimes.",
        "accused",
        "russia",
    ),
    # near misses: the antecedent names no actor; a denial; a non-state head
    ("Moscow arrested a man who was accused of spying.", "accused", ""),
    ("It is not the Russian people who should be blamed.", "blamed", ""),
    ("He worked for a Russian company which was accused of fraud.", "accused", ""),
    # "alleged" after a preposition: the alleged doer when one is named
    ("Kyiv shared intelligence about alleged Russian actions.", "alleged", "russia"),
    ("Russia warned of a risk due to alleged shelling by Ukraine.", "alleged", "ukraine"),
    # near miss: no doer after it, the subject stays the doer
    ("Slovakia expelled 35 Russian diplomats over alleged spying.", "alleged", "russia"),
    # a self-declared label casts the noun it labels, not a relative clause's subject
    (
        "Luhansk is one of the self-declared republics that Russia helped split from Ukraine.",
        "self-declared",
        "",
    ),
    ("The so-called rules that the West promotes are unfair.", "so-called", "west_us"),
]


@pytest.mark.parametrize(("text", "matched", "target"), TARGETS)
def test_target_repairs_of_round_73(text, matched, target):
    assert only_match(text, matched)["target"] == target
