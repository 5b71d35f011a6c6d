"""Invisible characters inside words: removed before matching, offsets mapped back.

Text copied from web pages and PDFs carries characters that do not show: soft hyphens
(U+00AD, hyphenation hints), zero-width spaces (U+200B), word joiners (U+2060) and zero-width
no-break spaces (U+FEFF inside a text). ``ac\\u00adcused`` reads "accused" but is not matched by
the term ``accused``. :func:`find_matches` runs the matcher on the text without them and maps
every span back to the original, so ``text[start:end]`` is the match as written, invisible
characters included. :data:`INVISIBLE` is deliberately small: zero-width (non-)joiners (U+200C,
U+200D) shape scripts and emoji, so they are kept, except a zero-width joiner between two Latin
letters (:data:`LATIN_ZWJ`), where it shapes nothing: ``bla`` + U+200D + ``med`` reads "blamed".

Those of :data:`JOINING` (soft hyphen, word joiner, U+FEFF: none of them separates words) are
removed from every text before analysis (:func:`framing.engine.compose.compose`, since
METRICS_VERSION 131), so tokens, sentences, quotes and readability see the word as it reads. A
zero-width joiner between two Latin letters is removed with them (since METRICS_VERSION 133);
between emoji, or in Indic or Arabic script, it stays. So is a run of zero-width spaces between
two Latin letters (:data:`LATIN_ZWSP`, since METRICS_VERSION 135): it shows nothing, so the
reader sees one word (``service`` + U+200B + ``s`` reads "services"; RT's ``values`` + two
U+200B + ``of`` reads "valuesof", a missing space, as printed); beside a space, punctuation or a
digit, or in scripts written without spaces (Thai, Khmer), where it is the word break, it stays
a token boundary, and only the matcher skips it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

#: Characters removed before matching: soft hyphen, zero-width space, word joiner, ZWNBSP/BOM.
INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE_RE = re.compile("[" + INVISIBLE + "]")
#: Invisible characters that never separate words: removed before analysis (:mod:`compose`).
JOINING = "\u00ad\u2060\ufeff"
#: The zero-width joiner (U+200D): meaningful in emoji sequences and Indic / Arabic shaping.
ZWJ = "\u200d"
#: Latin letters: Basic Latin, Latin-1 (without x and the division sign), Extended-A and -B,
#: Extended Additional.
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
#: Regex of a zero-width joiner between two Latin letters: it joins nothing there and is removed
#: with :data:`JOINING` before analysis (:mod:`compose`; version 133).
LATIN_ZWJ = f"(?<=[{LATIN}]){ZWJ}(?=[{LATIN}])"
#: The zero-width space (U+200B): a line-break opportunity that shows nothing.
ZWSP = "\u200b"
#: Regex of a run of zero-width spaces between two Latin letters: it shows nothing there, so
#: the letters read as one word; removed with :data:`JOINING` before analysis (version 135).
LATIN_ZWSP = f"(?<=[{LATIN}]){ZWSP}+(?=[{LATIN}])"


class OffsetMap:
    """Maps offsets between a text and the text without its :data:`INVISIBLE` characters."""

    def __init__(self, removed: list[int]) -> None:
        self.removed = removed  # original offsets of the removed characters, ascending
        # visible offset of the character that follows each removed one
        self._after = [p - k for k, p in enumerate(removed)]

    def to_visible(self, offset: int) -> int:
        """The visible offset of original ``offset`` (a removed character maps to the next one)."""
        return offset - bisect_left(self.removed, offset)

    def start(self, offset: int) -> int:
        """The original offset of the visible character at ``offset``."""
        return offset + bisect_right(self._after, offset)

    def end(self, offset: int) -> int:
        """The original end offset of a visible span ending at ``offset`` (exclusive)."""
        return self.start(offset - 1) + 1 if offset > 0 else self.start(0)


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds an :data:`INVISIBLE` character (four ``in`` scans: no regex pass)."""
    return any(c in text for c in INVISIBLE)


def remove_invisible(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` without :data:`INVISIBLE` characters, and the map back (None if none were there)."""
    removed = [m.start() for m in _INVISIBLE_RE.finditer(text)]
    if not removed:
        return text, None
    return _INVISIBLE_RE.sub("", text), OffsetMap(removed)


def find_matches(matcher, text: str, sentences, norm: str, low: str) -> list:
    """``matcher.find(text, sentences, norm, low)`` with invisible characters skipped.

    Spans, ``matched_text`` and sentence indices refer to the original ``text``.
    """
    if norm.isascii() or not has_invisible(norm):
        return matcher.find(text, sentences, norm, low)
    vis_text, omap = remove_invisible(text)
    vis_norm, _ = remove_invisible(norm)  # same length and positions as text
    vis_low, _ = remove_invisible(low)
    vis_sents = [(omap.to_visible(s), omap.to_visible(e)) for s, e in sentences]
    out = []
    for m in matcher.find(vis_text, vis_sents, vis_norm, vis_low):
        s, e = omap.start(m.start), omap.end(m.end)
        out.append(m._replace(start=s, end=e, matched_text=text[s:e]))
    return out
