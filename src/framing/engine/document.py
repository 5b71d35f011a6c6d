"""``Document``: one text prepared once and shared by every stage of the analysis.

Matching, quotes, negation, readability, sentiment and attribution all need some of: the
normalised text (:func:`framing.engine.text.normalize_for_matching`), its lowercase form, the
sentence spans, the number of word tokens and the tokens themselves. Each is computed at most
once per document, on first use, and only if some stage asks for it (the lexical metrics never
build the token list: they only count tokens).
"""

from __future__ import annotations

from functools import cached_property

from framing.engine.text import (
    _VECTOR_MIN_CHARS,
    WORD_RE,
    Token,
    code_points,
    count_words,
    lower_same_length,
    normalize_for_matching,
    sentence_spans,
    word_tokens,
)


class Document:
    """A text and what the stages derive from it, each computed once on first access."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def codes(self):
        """Code points as a numpy array for long non-ASCII texts (vectorised stages), else None."""
        if len(self.text) < _VECTOR_MIN_CHARS:
            return None
        return code_points(self.text)

    @cached_property
    def norm(self) -> str:
        """:func:`~framing.engine.text.normalize_for_matching` of the text (same length)."""
        if self.text.isascii():
            return self.text
        return normalize_for_matching(self.text, self.codes)

    @cached_property
    def low(self) -> str:
        """The normalised text lowercased, same length (what case-insensitive entries match)."""
        return lower_same_length(self.norm)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (:func:`~framing.engine.text.sentence_spans`)."""
        return sentence_spans(self.text)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of :attr:`sentences` (for ``bisect``)."""
        return [s for s, _ in self.sentences]

    @cached_property
    def n_tokens(self) -> int:
        """Number of word tokens (:func:`~framing.engine.text.count_words`, no list is built)."""
        if "words" in self.__dict__:
            return len(self.words)
        return count_words(self.text, self.codes)

    @cached_property
    def words(self) -> list[str]:
        """The word tokens as strings, in order."""
        return WORD_RE.findall(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        """The word tokens with their spans."""
        return word_tokens(self.text)
