"""One sentence as tokens with actor chunks, and the token-level rules that find who does what.

No parser: the rules look at word tokens, punctuation, a few closed lists of function words
(``engine/cues/attribution.yaml``) and the actor matches of the lexicon. :class:`SentenceView`
answers four questions about a token position: the *subject* to its left (the nearest actor,
vague holder, first or third person before a clause limit, skipping actors that are objects of
a preposition), the *object* to its right, the *agent* of a passive (``by X``), and the actor a
word *attaches to* (possessor, modified noun, ``of/by X``, relative clause, copula subject).

A :class:`Holder` is what the rules find: ``kind`` is ``author`` (first person), ``actor``
(``cats`` holds the actor categories; coordinated actors all count: "the US and Russia"),
``vague`` (anonymous or vague: "some in Western countries", "critics"), ``other`` (a holder the
lexicons do not name: "the minister") or ``none`` (nothing found).

The rules are mixins of :class:`SentenceView` (``clauses.view``), one module a job: actor chunks
(``actors``), pronoun antecedents (``pronouns``), subjects and doers (``subjects``), titles and
offices (``offices``), passives, agents and objects (``arguments``), and what an evaluative word
attaches to (``attachment``); ``core`` holds the records, the tokeniser and the shared word
lists.
"""

from framing.engine.clauses.core import (
    _TOKEN_SPLIT,
    AGENT_PARTICIPLES,
    AUTHOR,
    BOUNDARY,
    COORDINATORS,
    GROUP_ADVERBS,
    MEANS,
    NONE,
    OTHER,
    OTHER_PARTIES,
    RECIPROCAL_PAIRS,
    TOKEN_RE,
    VAGUE,
    Chunk,
    Holder,
    _split_tokens,
    plain_ascii,
    unpunctuated,
)
from framing.engine.clauses.view import SentenceView

__all__ = [
    "AGENT_PARTICIPLES",
    "AUTHOR",
    "BOUNDARY",
    "COORDINATORS",
    "GROUP_ADVERBS",
    "MEANS",
    "NONE",
    "OTHER",
    "OTHER_PARTIES",
    "RECIPROCAL_PAIRS",
    "TOKEN_RE",
    "VAGUE",
    "Chunk",
    "Holder",
    "SentenceView",
    "_TOKEN_SPLIT",
    "_split_tokens",
    "plain_ascii",
    "unpunctuated",
]
