"""Whitespace tokens as integer ids, with per-token values computed once per distinct token.

The full profile reads every whitespace token of a document (``text.split()``) three times:
readability adds its words, syllables and difficult words, MATTR takes its lowercase words and
VADER codes its lowercase word. :func:`encode` maps the tokens to ids in one pass (one dict
lookup per token, in C); each stage then takes its values for the whole document with one numpy
gather from a :meth:`Vocabulary.column`, filled for the tokens the vocabulary has not seen
before (the function runs once per distinct token, as the word caches it replaces did).

Ids belong to one :class:`Vocabulary`: :func:`encode` returns the ids together with the
vocabulary that issued them (:class:`Encoded`). When the current vocabulary reaches
:data:`MAX_TOKENS` distinct tokens, or on :func:`clear`, a new one replaces it and the old one
lives on only in the :class:`Encoded` values that still hold it, so a reset never mixes the ids
of two vocabularies. New ids and column values are made under a lock (threads may share the
vocabulary; a token already seen is read without it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from itertools import chain
from typing import NamedTuple

import numpy as np

#: A vocabulary with this many distinct tokens is replaced by an empty one at the next document.
MAX_TOKENS = 200_000


class Vocabulary(dict):
    """Token -> id (``vocab[token]``, a new id for a new token), the tokens by id
    (:attr:`tokens`), per-token columns (:meth:`column`, :meth:`ragged`) and ids of the words
    that columns name (:meth:`word_id`)."""

    def __init__(self) -> None:
        super().__init__()
        self.tokens: list[str] = []
        self._words: dict[str, int] = {}
        self._columns: dict[object, list] = {}
        self._lock = threading.Lock()

    def __missing__(self, token: str) -> int:
        with self._lock:
            i = self.get(token)
            if i is None:
                i = len(self.tokens)
                self.tokens.append(token)
                self[token] = i
            return i

    def word_id(self, word: str) -> int:
        """A number for ``word``, the same for the same word in this vocabulary (for column
        functions, which run under the lock)."""
        return self._words.setdefault(word, len(self._words))

    def column(self, key: object, fn: Callable[[str], object], dtype) -> np.ndarray:
        """``fn(token)`` for every token id (index the result with the ids), kept under ``key``.

        Filled up to the current number of tokens: ``fn`` runs once per token, on the tokens
        added since the last call. ``dtype`` may be a subarray type (``(np.int64, 3)``: ``fn``
        returns three numbers). The array may be longer than :attr:`tokens` (spare room).
        """
        col = self._columns.get(key)
        if col is None or col[1] < len(self.tokens):
            with self._lock:
                col = self._columns.setdefault(key, [np.empty(0, dtype), 0])
                values, filled = col
                n = len(self.tokens)
                if filled < n:
                    new = self.tokens[filled:n]
                    new = np.fromiter(map(fn, new), dtype=dtype, count=n - filled)
                    col[0], col[1] = _put(values, filled, new), n
        return col[0]

    def ragged(self, key: object, fn: Callable[[str], tuple[int, ...]]):
        """``(start, count, flat)``: the integer sequence ``fn(token)`` of token ``i`` is
        ``flat[start[i] : start[i] + count[i]]`` (see :meth:`column`)."""
        col = self._columns.get(key)
        if col is None or col[3] < len(self.tokens):
            with self._lock:
                empty = np.empty(0, np.intp)
                col = self._columns.setdefault(key, [empty, empty, np.empty(0, np.int64), 0, 0])
                start, count, flat, filled, used = col
                n = len(self.tokens)
                if filled < n:
                    seqs = list(map(fn, self.tokens[filled:n]))
                    lengths = np.fromiter(map(len, seqs), dtype=np.intp, count=n - filled)
                    size = int(lengths.sum())
                    new = np.fromiter(chain.from_iterable(seqs), dtype=np.int64, count=size)
                    offsets = used + np.cumsum(lengths) - lengths
                    col[:] = [
                        _put(start, filled, offsets),
                        _put(count, filled, lengths),
                        _put(flat, used, new),
                        n,
                        used + size,
                    ]
        return col[0], col[1], col[2]


def _put(values: np.ndarray, at: int, new: np.ndarray) -> np.ndarray:
    """``values`` with ``new`` written from index ``at`` on, grown (doubling) when too short."""
    end = at + len(new)
    if len(values) < end:
        grown = np.empty((max(2 * len(values), end, 1024), *new.shape[1:]), dtype=new.dtype)
        grown[:at] = values[:at]
        values = grown
    values[at:end] = new
    return values


class Encoded(NamedTuple):
    """The ids of a document's tokens and the vocabulary that issued them."""

    vocab: Vocabulary
    ids: np.ndarray

    def values(self, key: object, fn: Callable[[str], object], dtype) -> np.ndarray:
        """``fn(token)`` of every token of the document, in order (:meth:`Vocabulary.column`)."""
        return self.vocab.column(key, fn, dtype)[self.ids]

    def sequences(self, key: object, fn: Callable[[str], tuple[int, ...]]) -> np.ndarray:
        """The sequences ``fn(token)`` of the document's tokens, concatenated in order
        (:meth:`Vocabulary.ragged`, gathered with numpy)."""
        start, count, flat = self.vocab.ragged(key, fn)
        count, start = count[self.ids], start[self.ids]
        ends = np.cumsum(count)
        total = int(ends[-1]) if len(ends) else 0
        # output position k: its token's start plus its rank among the token's numbers
        return flat[np.repeat(start - (ends - count), count) + np.arange(total)]


_current = Vocabulary()


def encode(tokens: list[str]) -> Encoded:
    """The ids of ``tokens`` (a document's ``text.split()``) in the current vocabulary."""
    global _current
    vocab = _current
    if len(vocab) >= MAX_TOKENS:
        vocab = _current = Vocabulary()
    ids = np.fromiter(map(vocab.__getitem__, tokens), dtype=np.intp, count=len(tokens))
    return Encoded(vocab, ids)


def clear() -> None:
    """Start an empty vocabulary (for cold timings; ids already issued keep their own)."""
    global _current
    _current = Vocabulary()
