"""Negation scope (framing.engine.negation): one row per rule, negated and not negated.

Rows are ``(sentence, category, matched_text, negated)``; sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import framing
from framing.engine.negation import is_verb, negated

ROWS = [
    # a negator within 3 tokens before, in the same clause
    ("The talks are not groundless.", "negative_evaluation", "groundless", True),
    ("The talks are groundless.", "negative_evaluation", "groundless", False),
    ("They cannot completely overlap.", "booster", "completely", True),
    ("It isn't groundless.", "negative_evaluation", "groundless", True),
    ("Do not politicize the pandemic.", "accusation", "politicize", True),
    ("She has not been accused of anything.", "accusation", "accused", True),
    ("He was never accused of lying.", "accusation", "accused", True),
    ("China is not a scapegoat.", "accusation", "scapegoat", True),
    ("It is not due to coercion.", "accusation", "coercion", True),
    # clause boundary and window
    ("It is not, however, groundless.", "negative_evaluation", "groundless", False),
    ("It is not at all in any way groundless.", "negative_evaluation", "groundless", False),
    # the scope closes at an intervening verb (-ed, -ing, irregular, bare verb after do/modal)
    ("The US-led West has not stopped its ill-intentioned attempt.", "negative_evaluation", "ill-intentioned", False),
    ("They did not stop smearing China.", "accusation", "smearing", False),
    ("They have never ceased hyping the threat.", "accusation", "hyping", False),
    ("They never made groundless claims.", "negative_evaluation", "groundless", False),
    ("This does not hinder strategic cooperation.", "peace_cooperation", "cooperation", False),
    ("Nobody is not using arbitrary rules.", "negative_evaluation", "arbitrary", False),
    # -ed adjectives on the exception list do not close the scope
    ("It is not unprecedented hypocrisy.", "negative_evaluation", "hypocrisy", True),
    # "no" and "without" negate the next noun phrase: a noun closes the scope
    ("They wasted no time condemning the strike.", "accusation", "condemning", False),
    ("There were no groundless accusations.", "accusation", "accusations", True),
    ("There were no groundless accusations.", "negative_evaluation", "groundless", True),
    ("It would fail without the strategic cooperation.", "peace_cooperation", "cooperation", True),
    ("Without any doubt, it is clear.", "booster", "it is clear", False),
    ("They left without condemning anyone.", "accusation", "condemning", True),
    ("The US no longer threatens sanctions.", "accusation", "threatens", True),
    # actor and pronoun categories never carry the flag
    ("Neither China nor Russia will join.", "china", "China", False),
    ("Neither China nor Russia will join.", "russia", "Russia", False),
    ("It is not the US that decides.", "west_us", "US", False),
    ("It is not they who decide.", "they_group", "they", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "category", "matched", "expected"), ROWS, ids=[f"{r[1]}:{r[0][:40]}" for r in ROWS]
)
def test_negated_flag(sentence, category, matched, expected):
    m = framing.analyze(sentence).matches
    rows = m[(m["category"] == category) & (m["matched_text"] == matched)]
    assert len(rows) == 1, list(m["matched_text"])
    assert bool(rows["negated"].iloc[0]) is expected


VERBS = [
    # (token, previous token, bare-verb slot, is a verb)
    ("stopped", "not", False, True),  # -ed
    ("condemning", "time", False, True),  # -ing
    ("made", "never", False, True),  # irregular past
    ("hinder", "not", True, True),  # bare verb after "does not"
    ("stop", "to", False, True),  # bare verb after "to"
    ("smears", "it", False, True),  # -s after a subject pronoun
    ("smears", "the", False, False),  # -s after a determiner: a plural noun
    ("unbridled", "its", False, False),  # -ed adjective on the exception list
    ("ill-intentioned", "its", False, False),
    ("morning", "every", False, False),  # -ing noun on the exception list
    ("during", "not", False, False),
    ("been", "has", False, False),  # auxiliary
    ("Washington", "not", True, False),  # capitalised: a name
    ("groundless", "not", True, False),  # adjectival suffix in the bare slot
    ("due", "not", False, False),  # "is not due to": no slot without a modal or do
    ("it", "does", False, False),  # pronoun
    ("red", "the", False, False),  # too short for -ed morphology
]


@pytest.mark.parametrize(("token", "prev", "bare", "expected"), VERBS)
def test_is_verb(token, prev, bare, expected):
    assert is_verb(token, prev, bare) is expected


def test_negated_on_raw_offsets():
    text = "They have not stopped the smear campaign."
    assert not negated(text, 0, text.index("smear"))
    text = "It is not a smear campaign."
    assert negated(text, 0, text.index("smear"))
    assert not negated("", 0, 0)


def test_actor_negated_counts_are_zero(article_body):
    # Before negation.py the focal article had china 3, russia 1 negated references ("Neither
    # China nor Russia"); actors and pronouns are references, never negated claims.
    m = framing.analyze(article_body).metrics
    for cid in ("china", "russia", "west_us", "ukraine", "un", "we_group", "they_group"):
        assert m[f"{cid}_negated_count"] == 0
