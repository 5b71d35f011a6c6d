"""Version 127: targets the rules missed in the writer's own evaluative prose (attribution
rounds 78-83): the owner of a copula's subject past one modifier, the doer of "resort to" an
action noun, and the main clause's subject for a sentence-opening "By <-ing> ..., X"; with near
misses the rules must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import only_match

TARGETED = [
    # the possessive owner of the copula's subject, past one lowercase modifier
    ("Washington's latest move is a provocation to Beijing.", "provocation", "west_us"),
    ("Putin's latest attack on Ukraine was premeditated and unprovoked.", "unprovoked", "russia"),
    ("Russia's nuclear rhetoric has been reckless.", "reckless", "russia"),
    # "resort to" an action noun: the one who resorts
    ("If the Trump administration continues to resort to coercion, it will pay.", "coercion",
     "west_us"),
    ("The US seems to be resorting to unilateralism to solve problems.", "unilateralism",
     "west_us"),
    # a sentence-opening "By <-ing> ...,": the main clause's subject
    ("By coercing other countries to rewrite the rules, the Trump administration will lose.",
     "coercing", "west_us"),
    ("By blackmailing Europe into launching the pipeline, Russia has provoked a crisis.",
     "blackmailing", "russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "target"), TARGETED)
def test_the_doer_or_owner_is_cast(text, matched, target):
    assert only_match(text, matched)["target"] == target


UNTARGETED = [
    # another party than the owner, or a name after the modifiers
    ("Kiev dismissed the polls, while its foreign backers have threatened to impose sanctions.",
     "threatened"),
    # two modifiers: the head may be another phrase's ("NATO's potential expansion eastwards")
    ("Our concerns about NATO's possible expansion eastwards were absolutely groundless.",
     "groundless"),
    # a denied resort
    ("They urged the US not to resort to coercion.", "coercion"),
    # "By ...," followed by a pronoun: it may stand for the actor in the phrase
    ("By threatening China, it harms itself.", "threatening"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched"), UNTARGETED)
def test_near_misses_cast_no_one(text, matched):
    assert only_match(text, matched)["target"] == ""


def test_by_after_the_main_clause_keeps_its_subject():
    """ "Washington has damaged ties by interfering": doer() reads the main clause (before)."""
    row = only_match("Washington has damaged ties by interfering in Hong Kong.", "interfering")
    assert row["target"] == "west_us"


def test_a_name_after_the_modifier_is_not_the_owner():
    """ "China's telecommunications company Huawei": China does not own the subject's head.
    Both readers of census 128 (control row 20) cast the agent of *waged*, the US, which no
    rule reads in a copula's subject (one such sentence in the seven corpora)."""
    text = (
        "The war waged by the US against China's telecommunications company Huawei has been absurd."
    )
    assert only_match(text, "absurd")["target"] != "china"
