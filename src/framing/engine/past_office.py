"""The one rule for a past office: which words make a title a former holder's (version 142).

A former office holder speaks for no state now ("the former Russian president", "Ukraine's
ex-president", "X, who was formerly an adviser to Ukraine's presidential office"). The actor
chunks (:mod:`framing.engine.clauses.actors`), the titles' *of* phrases
(:mod:`framing.engine.clauses.offices`) and the name bank's introductions
(:mod:`framing.engine.names`) all ask :func:`past_office_word`. *Late* is one too (the holder
is dead: his surname in the text is often a relative's, "the late St. Petersburg mayor Anatoly
Sobchak" and his daughter). Not a past office: *then-* (the words were said in office),
*outgoing*, *incoming* (in office when they spoke), and the *ex-* of a relation or a state
that no longer exists (*ex-wife*, *ex-Soviet*).
"""

from __future__ import annotations

#: words that make the title after them a past office ("former", "formerly", "late", an "ex"
#: the text writes apart: "ex President")
PAST_OFFICE_WORDS = frozenset({"former", "formerly", "late", "ex"})
#: what follows an "ex-" that is no office: relations and former states ("ex-wife", "ex-Soviet")
_NOT_OFFICES = frozenset(
    {"wife", "husband", "spouse", "partner", "girlfriend", "boyfriend", "fiance", "fiancee",
     "soviet", "ussr", "yugoslav", "communist", "con", "convict", "prisoner"}
)  # fmt: skip


def past_office_word(word: str) -> bool:
    """``word`` (lower case) marks a past office: "former", "formerly", "late", "ex", or a word with the
    prefix "ex-" ("ex-president", "ex-US"), not "ex-wife" or "ex-Soviet"."""
    if word in PAST_OFFICE_WORDS:
        return True
    return word.startswith("ex-") and word[3:] not in _NOT_OFFICES
