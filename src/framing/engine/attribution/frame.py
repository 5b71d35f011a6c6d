"""The record of a reporting frame, the voice values, and the word lists that more than one
module of the attribution rules reads."""

from __future__ import annotations

from typing import NamedTuple

from framing.engine.clauses import Holder

AUTHOR_VOICE, REPORTED = "author", "reported"


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


#: after a verb of naming, these make a phrasal verb that names nothing ("call on", "call for")
_PARTICLES = frozenset(["on", "for", "upon", "off", "back", "in", "out", "up", "to", "into"])

#: "X calls for Y": an appeal, whose complement is X's words ("Wang Yi calls for diplomatic
#: solution, not hyping war"; round 12)
_CALL = frozenset({"call", "calls", "called"})

#: the particles after a form of "call" that make it an appeal in a headline ("calls on X to")
_APPEAL_PARTICLES = frozenset({"for", "on", "upon"})


#: the end of a possessive token before an attributive participle ("DPRK's suspected launch")
_POSSESSIVE = ("'s", "\u2019s", "s'")


#: "X pointed out the latest barbarous action": its object is X's account (version 68, round 42)
_POINT_OUT = frozenset({"points", "pointed", "pointing"})
