"""Offset-preserving normalisation, word tokens and sentences with character spans.

Every function here keeps offsets into the *original* text: :func:`normalize_for_matching`
maps character by character (the result has the same length), and tokens and sentences are
``(start, end)`` spans of the input.

Word tokens are words, numbers and abbreviations; punctuation is not a token (token counts
are the denominators of the ``*_per_1k`` metrics). Hyphenated compounds (``US-led``) and
possessives/contractions (``Washington's``, ``don't``) are one token; the lexicon matcher
works on the text, not on tokens, so it still finds ``US`` inside ``US-led``.

Sentences are split by a regular-expression implementation of NLTK's *untrained* Punkt
rules (a break after ``.``, ``?`` or ``!`` plus closing quotes/brackets and whitespace,
except after a known abbreviation, after an initial followed by a capitalised word, after a
number followed by a lowercase word, or inside an ellipsis), plus a break at blank lines.
It agrees with ``PunktSentenceTokenizer`` given :data:`ABBREVIATIONS` on single paragraphs
(tested) and is several times faster, which the throughput target needs. No NLTK model is
downloaded or read.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Token(NamedTuple):
    """A word token: ``text == original[start:end]``."""

    text: str
    start: int
    end: int


_QUOTES_DOUBLE = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02"
_QUOTES_SINGLE = "\u2018\u2019\u201a\u201b\u2032\u02bc\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_MAP = {
    **{c: '"' for c in _QUOTES_DOUBLE},
    **{c: "'" for c in _QUOTES_SINGLE},
    **{c: "-" for c in _DASHES},
    **{c: " " for c in _SPACES},
}
_MAP_RE = re.compile("[" + "".join(_MAP) + "]")


def normalize_for_matching(text: str) -> str:
    """Map curly quotes, dashes and unusual spaces to ASCII, one character for one.

    Ligatures such as ``ﬁ`` are kept as they are (they are word characters, so tokens and
    word boundaries are unchanged); expanding them would shift offsets.
    """
    if text.isascii():
        return text
    return _MAP_RE.sub(lambda m: _MAP[m.group()], text)


def lower_same_length(text: str) -> str:
    """``text.lower()``, except characters whose lowercase form is longer are kept as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


#: Abbreviations written with a final period (lowercase, without that period).
ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "e.g",
        "i.e",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "st",
        "jr",
        "sr",
        "rep",
        "sen",
        "gov",
        "pres",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "approx",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
    ]
)
# One regex, tried once per word start (about 20 MB/s): a run of word characters, then
# optionally letter-dot pairs (U.S., e.g.), decimal/thousands groups (1,000.5) or
# apostrophe/hyphen parts (Washington's, US-led). Titles keep no period ("Mr").
_WORD_PATTERN = (
    r"\w+(?:(?:\.(?=\w\.)\w)+\.(?:-\w+)*"
    r"|(?:[.,:](?=\d)\d+)+"
    r"|(?:['\u2019-]\w+)+)?"
)
WORD_RE = re.compile(_WORD_PATTERN)


def word_tokens(text: str) -> list[Token]:
    """Word tokens with their character spans in ``text``."""
    return [Token(m.group(), *m.span()) for m in WORD_RE.finditer(text)]


def count_words(text: str) -> int:
    """Number of :func:`word_tokens` (fast: no token objects are built)."""
    return len(WORD_RE.findall(text))


# A sentence-final punctuation run, closing quotes/brackets, then whitespace and the next
# non-space character (looked ahead); or a paragraph break. The leading character class lets
# the regex engine skip to candidate characters in C; ``punct`` holds the run after the first
# character, ``para`` the paragraph break after its first newline.
# Linear on pathological text: a run of punctuation is only tried from its first character
# (``(?<![.?!].)``; a later start would end at the same place) and its parts are possessive.
_BREAK_RE = re.compile(
    r"[.?!\n](?:(?<=[.?!])(?<![.?!].)(?P<punct>[.?!]*+)"
    r"(?P<close>[\"')\]}\u2018\u2019\u201c\u201d\u00ab\u00bb]*+)"
    r"(?=(?P<space>\s+)(?P<next>\S))"
    r"|(?<=\n)(?P<para>[ \t\r\f\v]*\n\s*))"
)


def _is_break(text: str, m: re.Match) -> bool:
    punct = text[m.start() : m.end("punct")]
    if "?" in punct or "!" in punct:
        return True
    if len(punct) > 1:  # ellipsis "..." never breaks in untrained Punkt
        return False
    start = m.start()
    head = text[max(0, start - 40) : start].rsplit(None, 1)
    prev = head[-1] if head else ""
    prev = prev.lstrip("\"'([{\u2018\u201c\u00ab")
    typ = prev.lower()
    if not typ:
        return True
    if typ in ABBREVIATIONS or typ.rsplit("-", 1)[-1] in ABBREVIATIONS:
        return False
    nxt = m.group("next")
    if len(typ) == 1 and typ.isalpha() and nxt.isupper():  # an initial: "J. Smith"
        return False
    return not (typ.replace(",", "").replace(".", "").isdigit() and nxt.islower())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` without surrounding whitespace; ``[]`` for blank text."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _BREAK_RE.finditer(text):
        if m.group("para") is not None:
            end = m.start()
        elif _is_break(text, m):
            end = m.end()
        else:
            continue
        _add_span(text, start, end, spans)
        start = end
    _add_span(text, start, n, spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
