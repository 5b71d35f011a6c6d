"""Decomposed accents (NFD text) and invisible characters: normalised before analysis,
offsets mapped back.

Some text writes an accented letter as the letter and a combining mark: ``e`` + U+0301 for
``é`` (Unicode's NFD form; macOS file names, some PDF extractions and web pages). Python's
``\\w`` does not count a combining mark as a word character, so ``président`` would be the
two tokens ``pre`` and ``sident``, and ``We`` + U+0301 + ``stern`` would match the pronoun
"We". :func:`compose` replaces each letter followed by combining marks of the common
diacritic blocks (:data:`MARKS`) by its composed (NFC) form and returns a :class:`SpanMap`
from the composed text back to the original. The engine analyses the composed text and maps
every span back, so ``text[start:end]`` is the match as written, marks included; counts are
those of the composed text (NFD and NFC forms of one text give the same metrics, tested).

The same pass removes the invisible characters that never separate words
(:data:`framing.engine.invisible.JOINING`: soft hyphens, word joiners, U+FEFF): ``inter`` +
U+00AD + ``national`` is one token, as it reads, and HTML character references padded with word joiners
(:data:`framing.engine.language.ENTITY_PADDING`) no longer split the word they sit in
(``Schr&ouml;der``). A zero-width joiner between two Latin letters
(:data:`framing.engine.invisible.LATIN_ZWJ`) is removed too: ``bla`` + U+200D + ``med`` is the word
*blamed*; between emoji or in Indic and Arabic script it shapes the text and stays. A run of
zero-width spaces between two Latin letters (:data:`framing.engine.invisible.LATIN_ZWSP`) shows
nothing and is removed as well: ``service`` + U+200B + ``s`` is the word *services*; beside a
space, punctuation or a digit it stays a token boundary. Spans map back around the removed characters: a span ending before
them ends before them, one starting after them starts after them, and one that covers them
includes them.

What it does not do: a mark with no precomposed letter (``q`` + U+0301) stays and still ends
a word; marks outside :data:`MARKS` (Indic vowel signs, Hebrew points) and other Unicode
normalisations (compatibility forms such as ``ﬁ``) are left as they are.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from framing.engine.invisible import JOINING, LATIN_ZWJ, LATIN_ZWSP, ZWJ, ZWSP

#: Blocks of combining diacritical marks: U+0300-036F, the extended and supplement blocks,
#: marks for symbols and half marks.
MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: a character (if any) and the marks and invisible characters after it (a zero-width joiner
#: or a run of zero-width spaces only between two Latin letters; every one a match holds is
#: removed)
_CLUSTER_RE = re.compile(
    f"[^{MARKS}{JOINING}{ZWJ}{ZWSP}]?(?:[{MARKS}{JOINING}]|{LATIN_ZWJ}|{LATIN_ZWSP})+"
)
_REMOVED = JOINING + ZWJ + ZWSP
_JOINING_RE = re.compile(f"[{_REMOVED}]")


class SpanMap:
    """Offsets of a composed text mapped back to the original.

    ``clusters`` are ``(orig_start, orig_end, new_start, new_end)`` of each composed letter
    (or removed run of invisible characters, with ``new_start == new_end`` when no letter is
    left), ascending; text between clusters is unchanged, shifted by the clusters before it.
    """

    def __init__(self, clusters: list[tuple[int, int, int, int]]) -> None:
        self.clusters = clusters
        self._new_starts = [c[2] for c in clusters]

    def start(self, offset: int) -> int:
        """The original offset of the composed character at ``offset``."""
        i = bisect_right(self._new_starts, offset) - 1
        if i < 0:
            return offset
        o_start, o_end, _, n_end = self.clusters[i]
        return o_start if offset < n_end else o_end + offset - n_end

    def end(self, offset: int) -> int:
        """The original end (exclusive) of a composed span ending at ``offset``: a span that
        ends with a composed letter ends after its marks."""
        if offset <= 0:
            return offset
        i = bisect_right(self._new_starts, offset - 1) - 1
        if i < 0:
            return offset
        _, o_end, _, n_end = self.clusters[i]
        return o_end if offset <= n_end else o_end + offset - n_end


def compose(text: str) -> tuple[str, SpanMap | None]:
    """``text`` with each letter + combining marks composed (NFC) and the invisible characters
    of :data:`JOINING` (and a zero-width joiner or space between Latin letters) removed, and the map
    back (None when nothing changed). NFC text without them is returned at once
    (``unicodedata.is_normalized``, about 1 ms per MB: a third of a search for marks)."""
    if text.isascii() or (
        unicodedata.is_normalized("NFC", text) and not any(c in text for c in _REMOVED)
    ):
        return text, None
    parts: list[str] = []
    clusters: list[tuple[int, int, int, int]] = []
    pos = shift = 0
    for m in _CLUSTER_RE.finditer(text):
        written = m.group()
        core = written.rstrip(_REMOVED)  # trailing invisible characters: a cluster of their own
        composed = unicodedata.normalize("NFC", _JOINING_RE.sub("", core))
        if composed == written:
            continue
        start, end = m.span()
        core_end, new_start = start + len(core), start + shift
        new_end = new_start + len(composed)
        parts += [text[pos:start], composed]
        if composed != core:
            clusters.append((start, core_end, new_start, new_end))
        if core_end < end:  # removed, so that a span ending before them does not include them
            clusters.append((core_end, end, new_end, new_end))
        shift += len(composed) - len(written)
        pos = end
    if not clusters:
        return text, None
    parts.append(text[pos:])
    return "".join(parts), SpanMap(clusters)


def compose_all(texts: list[str]) -> list[str]:
    """:func:`compose` of each text (the composed texts only: for counts, not spans)."""
    return [compose(t)[0] if isinstance(t, str) else t for t in texts]


def map_pairs(pairs: list[tuple[int, int]], spans: SpanMap) -> list[tuple[int, int]]:
    """``(start, end)`` pairs of the composed text as pairs of the original."""
    return [(spans.start(s), spans.end(e)) for s, e in pairs]


def map_rows(
    original: str, rows: list, spans: SpanMap, start_at: int, end_at: int, text_at: int
) -> list:
    """Rows (tuples or named tuples) with a span of the composed text in fields ``start_at``
    and ``end_at`` and its text in ``text_at``: the same rows with the original's span and text."""
    out = []
    for row in rows:
        fields = list(row)
        s, e = spans.start(row[start_at]), spans.end(row[end_at])
        fields[start_at], fields[end_at], fields[text_at] = s, e, original[s:e]
        out.append(type(row)._make(fields) if hasattr(row, "_make") else tuple(fields))
    return out
