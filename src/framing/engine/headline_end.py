"""Whether a sentence ends the way a headline does: without final punctuation.

:func:`framing.engine.clauses.unpunctuated` asks that the sentence end in a word (or in a
closing quotation mark after one). Headlines also end in a number with its unit sign or in a
closing bracket (*inflation rate hits 9.4%*, *40℃*, *for 65+*, *Air Tattoo (RIAT)*): these
signs are no sentence punctuation, so such a headline is read as one too (version 137, from
headline precision round 12's errors). Used by the scare-quote rule of headlines only.
"""

from __future__ import annotations

from framing.engine.clauses import unpunctuated

#: Signs that may follow the last word or number of a headline without ending a sentence.
TRAILING_SIGNS = ")]%+\u2103\u00b0"
_CLOSING_QUOTES = "'\"\u2019\u201d"


def headline_end(tail: str) -> bool:
    """``tail`` (a sentence's last characters) ends without final punctuation: in a word, or
    in a word or number followed only by :data:`TRAILING_SIGNS` and closing quotation marks."""
    core = tail.rstrip().rstrip(_CLOSING_QUOTES).rstrip(TRAILING_SIGNS)
    return unpunctuated(core)
