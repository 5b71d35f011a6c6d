"""The record of a reporting frame and the flags and word lists the attribution rules share."""

from __future__ import annotations

import re
from typing import NamedTuple

from framing.engine.clauses import (
    Holder,
)

AUTHOR_VOICE, REPORTED = "author", "reported"

ACTOR_KINDS = ("actor",)

#: actor subcategories that name a person ("Putin", "the UN Secretary-General"): antecedents
#: of "he" / "she" (see :meth:`SentenceView.pronoun`)
_PERSON_SUBCATEGORIES = frozenset({"leader", "secretary_general", "official"})

#: persons who may be a transcript's principal (:func:`_turn_speakers`): leaders, not the named
#: officials of version 54 (a minister who speaks more than the President is no author)
_PRINCIPAL_SUBCATEGORIES = frozenset({"leader", "secretary_general"})


class Frame(NamedTuple):
    """A reporting frame: its own tokens ``[lo, hi]``, its scope ``[scope_lo, scope_hi)`` (token
    indices of the sentence) and its holder; ``outer``: a headline's speaker tag, which reports
    the whole headline, so any other frame covering a match is nearer to it; ``weak``: an
    attributive "alleged" over its noun phrase, which yields to any other frame covering a match
    ("Putin said the alleged atrocities ...": Putin's words) and holds no quotation."""

    lo: int
    hi: int
    scope_lo: int
    scope_hi: int
    holder: Holder
    outer: bool = False
    weak: bool = False


_FRAME, _VAGUE, _ALONE, _PASSIVE, _THAT, _NAMING, _EXIST, _CLEAR = 1, 2, 4, 8, 16, 32, 64, 128

_COUNTERFACTUAL = frozenset({"could", "should", "would", "might"})

#: participles that only report speech: after a comma they continue the main clause's report
#: also when its holder is no actor ("Claire Hoyland from Fire Aid said ..., adding that ...")
_SAYING = frozenset(
    {"adding", "saying", "stating", "noting", "telling", "writing", "insisting", "declaring",
     "explaining", "stressing", "emphasising", "emphasizing", "reiterating", "recalling"}
)  # fmt: skip

#: adverbs between "but" and a subjectless verb ("but now was", "but still would")
_LINKING_ADVERBS = frozenset({"now", "still", "also", "then", "not", "never", "only", "just"})

#: after a form of "make": "it", at most two words, "clear" (a "made it crystal clear" frame)
_IT_CLEAR = re.compile(r"\s+it\s+(?:[a-z]+\s+){0,2}?clear\b")

#: "made clear that", "made very clear to them that" (version 51): "clear" within three words,
#: "that" within six after it
_BARE_CLEAR = re.compile(r"\s+(?:[a-z]+\s+){0,2}?clear\b[^.;!?]{0,40}?\bthat\b")

#: "has been clear that", "was very clear that" (version 51): a form of be, adverbs, "clear that"
_BE_CLEAR = re.compile(r"\b(?:is|was|were|are|been|be|am)\s+(?:[a-z]+\s+){0,2}?$")

#: after a verb of naming, these make a phrasal verb that names nothing ("call on", "call for")
_PARTICLES = frozenset(["on", "for", "upon", "off", "back", "in", "out", "up", "to", "into"])

#: "X calls for Y": an appeal, whose complement is X's words ("Wang Yi calls for diplomatic
#: solution, not hyping war"; round 12)
_CALL = frozenset({"call", "calls", "called"})

#: the particles after a form of "call" that make it an appeal in a headline ("calls on X to")
_APPEAL_PARTICLES = frozenset({"for", "on", "upon"})

#: after a headline's report verb, these make it a noun ("reports on", "fears of", "finds in")
_NOUN_NEXT = frozenset({"on", "of", "from", "in", "into", "by", "to", "for", "over", "with", "at"})

#: number words before a plural noun that is also a verb form ("two suspects", "dozens of")
_NUMBERS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
     "hundreds", "thousands", "several", "both", "many"}
)  # fmt: skip

#: determiners that stand alone as a plural subject: before a verb's base form they are its
#: vague holder ("Some say", "Many believe"), not a determiner of a noun (round 18)
_QUANTIFIER_SUBJECTS = frozenset({"some", "many", "several", "few", "most", "others"})

#: words that may open the clause of such a subject ("and some say", "as many believe")
_SUBJECT_OPENERS = frozenset({"and", "or", "as", "since", "after", "before"})

#: the end of a possessive token before an attributive participle ("DPRK's suspected launch")
_POSSESSIVE = ("'s", "\u2019s", "s'")

#: attributive participles of unnamed claim: "the alleged crimes", "over alleged interference"
_ALLEGED = frozenset({"alleged", "purported", "supposed", "rumoured", "rumored"})

#: participles used as adjectives after a preposition (not "have since blamed")
_ATTRIBUTIVE = _ALLEGED | {"suspected", "presumed", "reported", "claimed", "perceived"}

_NEXT2 = re.compile(r"\s*(\w+(?:['-]\w+)*|[^\w\s])\s*(\w+(?:['-]\w+)*|[^\w\s])?")

#: "X pointed out the latest barbarous action": its object is X's account (version 68, round 42)
_POINT_OUT = frozenset({"points", "pointed", "pointing"})
