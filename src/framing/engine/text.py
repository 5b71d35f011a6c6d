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
from functools import lru_cache
from itertools import starmap
from operator import sub
from typing import NamedTuple


class Token(NamedTuple):
    """A word token: ``text == original[start:end]``."""

    text: str
    start: int
    end: int


_QUOTES_DOUBLE = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02\u300c\u300d\u300e\u300f"  # corner brackets: 「」『』
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


def normalize_for_matching(text: str, codes=None) -> str:
    """Map curly quotes, dashes and unusual spaces to ASCII, one character for one.

    Ligatures such as ``ﬁ`` are kept as they are (they are word characters, so tokens and
    word boundaries are unchanged); expanding them would shift offsets. ``codes``
    (:func:`code_points` of ``text``) may be given when already computed; long texts are
    mapped with numpy either way.
    """
    if text.isascii():
        return text
    if codes is None and len(text) < _VECTOR_MIN_CHARS:
        return _MAP_RE.sub(lambda m: _MAP[m.group()], text)
    mapped, replacement = _map_tables()
    a = code_points(text) if codes is None else codes
    hit = mapped[a]
    if not hit.any():
        return text
    out = a.copy()
    out[hit] = replacement[a[hit]]
    return out.tobytes().decode("utf-32-le", "surrogatepass")


@lru_cache(maxsize=1)
def _map_tables():
    """(bool array: code point is mapped, uint32 array: its replacement) for :data:`_MAP`."""
    import numpy as np

    mapped = np.zeros(0x110000, dtype=bool)
    replacement = np.zeros(0x110000, dtype=np.uint32)
    for c, r in _MAP.items():
        mapped[ord(c)] = True
        replacement[ord(c)] = ord(r)
    return mapped, replacement


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


#: Below this many characters :func:`count_words` runs the token regex (numpy's per-call cost
#: would dominate); above it, the vectorised count.
_VECTOR_MIN_CHARS = 2000
_CHUNK_RE = re.compile(r"[\w.,:'\u2019-]+")


@lru_cache(maxsize=1)
def char_classes():
    """numpy ``uint8`` array over all code points: 1 for ``\\w``, 2 for ``\\s``, 0 otherwise.

    Built from Python's own ``re`` classes, so vectorised code that uses it agrees with the
    regular expressions character for character.
    """
    import numpy as np

    every = all_characters()
    cls = np.zeros(0x110000, dtype=np.uint8)
    for m in re.finditer(r"\w+", every):
        cls[m.start() : m.end()] = 1
    for m in re.finditer(r"\s+", every):
        cls[m.start() : m.end()] = 2
    return cls


@lru_cache(maxsize=1)
def all_characters() -> str:
    """Every code point once, in order (lone surrogates included), as one string."""
    import numpy as np

    every = np.arange(0x110000, dtype=np.uint32).tobytes()
    return every.decode("utf-32-le", "surrogatepass")


def case_variants(chars: set[str]) -> set[str]:
    """Every character that matches one of ``chars`` case-insensitively (as ``re.I`` does)."""
    cls = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
    return set(re.findall(cls, all_characters(), re.I)) | chars


def code_points(text: str):
    """The code points of ``text`` as a numpy ``uint32`` array (lone surrogates included)."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def count_words(text: str, codes=None) -> int:
    """Number of :func:`word_tokens`, without building them; ``codes`` from :func:`code_points`.

    Long texts are counted with numpy: every maximal run of ``\\w`` characters is a token,
    minus one for each ``-``, ``'`` or ``’`` between two word characters (``US-led``,
    ``don't``: always one token). Where ``.``, ``,`` or ``:`` stands between word characters
    (``U.S.``, ``1,000.5``, ``www.un.org``), or ``.-`` does (``U.S.-led``), whether runs join
    depends on the token regex's order of alternatives, so each such chunk (a maximal run of
    word characters and those separators) is counted with :data:`WORD_RE` itself. The result
    equals ``len(WORD_RE.findall(text))`` exactly (tested on the corpora and random text).
    """
    if codes is None and len(text) < _VECTOR_MIN_CHARS:
        return len(WORD_RE.findall(text))
    import numpy as np

    a = code_points(text) if codes is None else codes
    n = len(a)
    if n < 3:
        return len(WORD_RE.findall(text))
    w = char_classes()[a] == 1
    runs = int(np.count_nonzero(w[1:] & ~w[:-1])) + int(w[0])
    between = w[:-2] & w[2:]  # position p + 1 has word characters on both sides
    mid = a[1:-1]
    joins = int(np.count_nonzero(((mid == 45) | (mid == 39) | (mid == 0x2019)) & between))
    num = ((mid == 46) | (mid == 44) | (mid == 58)) & between
    dot_hyphen = (a[1:-2] == 46) & (a[2:-1] == 45) & w[:-3] & w[3:]
    if not num.any() and not dot_hyphen.any():
        return runs - joins
    # Exact count inside each chunk that holds such a separator (chunks never share a token).
    seps = np.flatnonzero(num) + 1
    seps = np.concatenate([seps, np.flatnonzero(dot_hyphen) + 1])
    out = runs - joins
    done_end = -1
    finditer = _CHUNK_RE.finditer
    for p in np.sort(seps).tolist():
        if p < done_end:
            continue
        lo = p
        while lo > 0 and (text[lo - 1] in ".,:'\u2019-" or _is_word_char(text[lo - 1])):
            lo -= 1
        m = next(finditer(text, lo))
        hi = done_end = m.end()
        chunk_runs = len(_RUN_ONLY_RE.findall(text, lo, hi))
        chunk_joins = len(_RUN_JOIN_RE.findall(text, lo, hi))
        out += len(WORD_RE.findall(text, lo, hi)) - (chunk_runs - chunk_joins)
    return out


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_RUN_ONLY_RE = re.compile(r"\w+")
_RUN_JOIN_RE = re.compile(r"(?<=\w)[-'\u2019](?=\w)")


# A sentence-final punctuation run, closing quotes/brackets, then whitespace and the next
# non-space character (looked ahead); or a paragraph break. The leading character class lets
# the regex engine skip to candidate characters in C; ``punct`` holds the run after the first
# character, ``para`` the paragraph break after its first newline.
# Linear on pathological text: a run of punctuation is only tried from its first character
# (``(?<![.?!].)``; a later start would end at the same place) and its parts are possessive.
# ``sure`` is set (empty) after a "." that follows two lowercase letters which do not end an
# abbreviation in any case (``(?i)`` matches at least what ``str.lower`` would): the word
# before cannot be an abbreviation, an initial or a number, so that "." breaks without looking
# at the word in Python (most sentence ends).
_NOT_ABBREVIATION = "".join(
    "(?<!(?i:" + "|".join(sorted(a for a in ABBREVIATIONS if a.isalpha() and len(a) == n)) + ")\\.)"
    for n in sorted({len(a) for a in ABBREVIATIONS if a.isalpha()})
)
_BREAK_RE = re.compile(
    r"[.?!\n](?:(?<=[.?!])(?<![.?!].)(?:(?<=[a-z][a-z]\.)" + _NOT_ABBREVIATION + r"(?P<sure>))?"
    r"(?P<punct>[.?!]*+)"
    r"(?P<close>[\"')\]}\u2018\u2019\u201c\u201d\u00ab\u00bb]*+)"
    r"(?=(?P<space>\s+)(?P<next>\S))"
    r"|(?<=\n)(?P<para>[ \t\r\f\v]*\n\s*))"
)


_OPENERS = "\"'([{\u2018\u201c\u00ab"
_LEADING_SPACE = re.compile(r"\s*")
# What the word before a single "." says about a break: always, never (an abbreviation), or
# unless the next word is capitalised (an initial) / lowercase (a number such as "5.").
_ALWAYS, _NEVER, _INITIAL, _NUMBER = 0, 1, 2, 3


@lru_cache(maxsize=65_536)
def _word_before_period(word: str) -> int:
    """Kind of the whitespace-delimited ``word`` (at most 40 characters) just before a "."."""
    typ = word.lstrip(_OPENERS).lower()
    if not typ:
        return _ALWAYS
    if typ in ABBREVIATIONS or typ.rsplit("-", 1)[-1] in ABBREVIATIONS:
        return _NEVER
    if len(typ) == 1 and typ.isalpha():
        return _INITIAL
    if typ.replace(",", "").replace(".", "").isdigit():
        return _NUMBER
    return _ALWAYS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` without surrounding whitespace; ``[]`` for blank text.

    One regex pass finds the candidates; a single ``.`` is decided by the word before it
    (cached per distinct word: most sentence-final words recur).
    """
    spans: list[tuple[int, int]] = []
    append = spans.append
    start = _LEADING_SPACE.match(text).end()  # always the first non-space character
    kind_of = _word_before_period
    for m in _BREAK_RE.finditer(text):
        sure, punct, _, space, nxt, para = m.groups()
        if sure is not None and not punct:
            end = m.end()
            append((start, end))
            start = end + len(space)
            continue
        if para is not None:  # blank line: the span may end in spaces or tabs
            end = m.start()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                append((start, end))
            start = m.end()
            continue
        s = m.start()
        if punct or text[s] != ".":
            if text[s] == "." and "?" not in punct and "!" not in punct:
                continue  # an ellipsis never breaks
        else:
            head = (text[s - 40 : s] if s >= 40 else text[:s]).rsplit(None, 1)
            kind = kind_of(head[-1]) if head else _ALWAYS
            if kind == _NEVER or (kind == _INITIAL and nxt.isupper()):
                continue
            if kind == _NUMBER and nxt.islower():
                continue
        end = m.end()
        if end > start:
            append((start, end))
        start = end + len(space)
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


#: Sentences longer than this many characters are read in windows of at most this length by
#: attribution and by the VADER mean. No sentence of real prose comes near it; text without
#: sentence punctuation would otherwise make those stages quadratic in its length
#: (benchmarks/pathological.md).
MAX_SENTENCE_CHARS = 5_000


def bounded_spans(
    text: str, spans: list[tuple[int, int]], limit: int = MAX_SENTENCE_CHARS
) -> list[tuple[int, int]]:
    """``spans`` with every span longer than ``limit`` cut into consecutive windows at the last
    space or newline before each limit (at the limit when there is none); ``spans`` itself (the
    same object) when none is that long."""
    if not spans or -min(starmap(sub, spans)) <= limit:  # every e - s <= limit, in C
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > limit:
            cut = s + limit
            space = max(text.rfind(" ", s + 1, cut), text.rfind("\n", s + 1, cut))
            cut = space if space > s else cut
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out
