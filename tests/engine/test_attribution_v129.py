"""Version 129: the doer of a negative action whose subject is a relative pronoun is the actor of
its antecedent ("the US, which has been bullying", "Trump's tariff wars that are threatening");
with near misses the rules must leave alone (an antecedent after a verb, a preposition or a
coordinator, where the clause or a larger phrase may be meant; private people)."""

from __future__ import annotations

import pytest

from tests._lex import only_match

TARGETED = [
    # an actor word that modifies or owns the antecedent's head
    ("The UK stands with Ukraine in the face of ongoing Russian aggression, which threatens "
     "regional peace.", "threatens", "russia"),
    ("They resist Trump's tariff wars that are threatening the global trading system.",
     "threatening", "west_us"),
    ("A senior Ukrainian government adviser who threatened to strike the bridge resigned.",
     "threatened", "ukraine"),
    # the actor is the head, opening the sentence
    ("The US, which has been bullying its neighbours, objected.", "bullying", "west_us"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "target"), TARGETED)
def test_the_antecedent_is_the_doer(text, matched, target):
    assert only_match(text, matched)["target"] == target


UNTARGETED = [
    # after a verb: "which" may stand for the whole clause
    ("Russia invaded Ukraine, which threatens European security.", "threatens"),
    # after a preposition: the larger phrase may be the antecedent
    ("The war against Ukraine that is threatening food supplies must end.", "threatening"),
    # after a coordinator: the antecedent is the pair, or the relations between them
    ("Relations between the DPRK and the US that threaten to spark a conflict worsened.",
     "threaten"),
    # private people of a country
    ("Chinese netizens who threatened the blogger were banned.", "threatened"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched"), UNTARGETED)
def test_near_misses_cast_no_one(text, matched):
    assert only_match(text, matched)["target"] == ""
