"""The records the clause rules pass around (:class:`Holder`, :class:`Chunk`, the holder values
``AUTHOR``, ``VAGUE``, ``OTHER``, ``NONE``), the tokeniser a sentence view is built from, and
the word lists more than one rule reads."""

from __future__ import annotations

import re
from typing import NamedTuple

TOKEN_RE = re.compile(r"\w+(?:['-]\w+)*|[^\w\s]")
#: Punctuation that closes a clause for every rule (commas are handled rule by rule).
BOUNDARY = frozenset(';:()[]{}"!?')

COORDINATORS = frozenset({"and", "or", "&"})
#: adverbs that may stand inside a verb group besides those in -ly ("is now accused", "was
#: still blamed", "it is often said that"; version 132)
GROUP_ADVERBS = frozenset(
    {"not", "also", "never", "now", "still", "already", "often", "once", "long", "sometimes",
     "always", "again", "even"}
)  # fmt: skip
#: before a gerund, these make it an adjunct of its clause ("Trump raised a storm by
#: threatening to ...": the doer is the clause's subject)
MEANS = frozenset({"by", "while", "when", "after", "before", "without", "through"})
_APOSTROPHES = frozenset({"'", "’"})
#: words whose "'s" is "is" / "has", never a possessive: "it's estimated that" (version 88)
_CONTRACTED_BE = frozenset({"it", "that", "there", "what"})
#: heads of a possessed noun phrase that name another party than the owner ("its foreign
#: backers", "Russia's many critics"; version 127)
OTHER_PARTIES = frozenset(
    {"backer", "backers", "sponsor", "sponsors", "patron", "patrons", "supporter", "supporters",
     "critic", "critics", "friend", "friends", "proxy", "proxies", "victim", "victims"}
)  # fmt: skip
#: participles of doing between a noun and its agent ("the claims pushed by the Kremlin", "a
#: propaganda campaign launched by the West"; version 118)
DOING_PARTICIPLES = frozenset(
    {"made", "pushed", "launched", "waged", "spread", "peddled", "promoted", "orchestrated",
     "levelled", "leveled", "issued", "staged", "circulated", "propagated", "floated", "mounted",
     "unleashed", "fomented", "instigated", "masterminded", "sponsored", "voiced", "pursued",
     # of perpetrating (version 128): "heinous crimes committed by Russian soldiers", "sanctions
     # imposed by the US", "a puppet regime installed by Moscow"
     "committed", "perpetrated", "inflicted", "conducted", "imposed", "installed"}
)  # fmt: skip
#: participles of origin before "from" ("claims emanating from Washington"; version 118)
ORIGIN_PARTICIPLES = frozenset({"emanating", "coming", "originating", "stemming"})
AGENT_PARTICIPLES = DOING_PARTICIPLES | ORIGIN_PARTICIPLES
#: prepositions that also open clauses ("after Kyiv and Moscow traded blame")
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "like", "than"})
#: heads of a state body's capitalised name ("the Main Intelligence Directorate of Ukraine")
_BODY_HEADS = frozenset(
    {"directorate", "service", "staff", "council", "command", "guard", "administration",
     "cabinet", "forces", "police", "prosecutor", "inspectorate", "agency", "bureau"}
)  # fmt: skip
#: :meth:`SentenceView._link_target` of a title phrase ending in the home's own head or office
_HOME_OFFICE = object()
#: the words of a reciprocal object ("accused each other", "blamed one another")
RECIPROCAL_PAIRS = (("each", "other"), ("one", "another"))
#: ``re.split`` with TOKEN_RE as its one group: whitespace, token, whitespace, ..., whitespace
_TOKEN_SPLIT = re.compile("(" + TOKEN_RE.pattern + ")").split
#: the same split with ASCII classes, about a fifth faster (the regex engine looks ``\w`` and
#: ``\s`` up in a table instead of the Unicode database); the same result on ASCII text
#: without the separators U+001C..U+001F, which only Unicode ``\s`` counts as space
#: (:func:`_split_tokens`)
_ASCII_TOKEN_SPLIT = re.compile("(" + TOKEN_RE.pattern + ")", re.ASCII).split


def unpunctuated(tail: str) -> bool:
    """Whether a sentence ending in ``tail`` (its last characters, or its last tokens joined)
    has no final punctuation: it ends in a word, or in a closing quotation mark after a word
    ("... 'was lying to Ukraine'"): a headline, title or caption."""
    tail = tail.rstrip("'\"")
    return bool(tail) and tail[-1].isalnum()


def plain_ascii(text: str) -> bool:
    """``text`` is ASCII without U+001C..U+001F: the ASCII token split gives the same parts."""
    return (
        text.isascii()
        and "\x1c" not in text
        and "\x1d" not in text
        and "\x1e" not in text
        and "\x1f" not in text
    )


def _split_tokens(text: str, is_ascii: bool | None = None) -> list[str]:
    """``_TOKEN_SPLIT(text)``, with the faster ASCII split where it gives the same parts
    (``is_ascii``: :func:`plain_ascii` of ``text`` or of a text holding it, when known)."""
    if is_ascii or (is_ascii is None and plain_ascii(text)):
        return _ASCII_TOKEN_SPLIT(text)
    return _TOKEN_SPLIT(text)


class Holder(NamedTuple):
    """Who the rules found: ``kind`` in author / actor / vague / other / none."""

    kind: str
    cats: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """``west_us``, ``china+russia``, ``vague`` or ``""``."""
        if self.kind == "actor":
            return "+".join(self.cats)
        return "vague" if self.kind == "vague" else ""


NONE = Holder("none")
OTHER = Holder("other")
AUTHOR = Holder("author")
VAGUE = Holder("vague")
#: the holder a past office holder's title gives (version 140): a named person of no category,
#: like another state's (``subjects.FOREIGN``), not the ``OTHER`` of a phrase the rules could
#: not read, which some callers read past to look for an actor further on; every path that
#: reads a past office gives it (the actor chunk, a title's "of" phrase; version 142)
FORMER = Holder("other", ("former",))


class Chunk(NamedTuple):
    """An actor match as a token range ``[first, last]``."""

    first: int
    last: int
    cat: str
    possessive: bool
    person: bool = False  # a leader's name or an actor word next to a singular title
