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


#: verbs of appeal whose object is asked to act: "urges X to ...", "asked X to ..."
_APPEALS = frozenset(
    {"urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press", "presses",
     "pressed", "pressing", "tell", "tells", "told", "telling", "call", "calls", "called",
     "calling"}
)  # fmt: skip

#: attributive participles of unnamed claim: "the alleged crimes", "over alleged interference"
_ALLEGED = frozenset({"alleged", "purported", "supposed", "rumoured", "rumored"})

#: verbs of denial: a postposed "..., X denies" reports no words of X's (round 19)
_DENIALS = frozenset(
    {"deny", "denies", "denied", "reject", "rejects", "rejected", "refute", "refutes", "refuted",
     "dismiss", "dismisses", "dismissed"}
)  # fmt: skip

#: capitalised words of dates, never the one who threatens ("a strike on Thursday threatened")
_DATES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip

_CLAIM_NOUNS = frozenset({"claim", "claims", "allegation", "allegations"})
