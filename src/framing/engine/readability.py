"""Readability (textstat formulas, offline cmudict) and MATTR; VADER is in
:mod:`framing.engine.sentiment`.

``flesch_reading_ease``, ``flesch_kincaid_grade`` and ``gunning_fog`` reimplement textstat's
own formulas exactly (textstat 0.7.x, ``en_US``: same word list, sentence count, cmudict/pyphen
syllables, easy-word list) but count each word type's syllables once and share the counts
between the three indices; tests check equality with textstat's functions to 1e-9. Syllables
and difficult words are memoised per word in plain dicts (:class:`~framing.engine.sentiment.WordCache`),
and what each whitespace token adds to the three counts once per distinct token (:func:`_token_counts`,
a column of the token vocabulary, :mod:`framing.engine.vocabulary`: the document's
``str.split()``, shared with MATTR and VADER, instead of textstat's word list);
pyphen's hyphenation points, for words missing from cmudict, are counted by :class:`_PyphenCount`
(pyphen's algorithm, about twice as fast, same counts).

Reach-ins (documented because they can break on upgrade): the fast path reads textstat's
easy-word file (``textstat/resources/en/easy_words.txt``, textstat 0.7.7 – 0.7.x) without
importing textstat, reads NLTK's cmudict file itself, and uses pyphen's patterns
(``Pyphen.hd.patterns``/``maxlen``, ``Pyphen.left``/``right``). ``pyproject.toml``
bounds it to those versions; should the internals move anyway, :func:`readability` falls back to
textstat's public functions (same numbers, slower), with a warning once per process (tested).

MATTR (moving-average type-token ratio; Covington & McFall 2010, *Journal of Quantitative
Linguistics* 17(2)) is the mean TTR over all windows of :data:`MATTR_WINDOW` tokens. Unlike the
plain TTR it does not fall with text length, so long and short documents are comparable. Its
tokens are :data:`~framing.engine.text.WORD_RE`'s, lowercased, found per distinct whitespace
token (:func:`mattr_tokens`; as numbers from the token vocabulary, :func:`mattr_word_ids`).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np

from framing.core.errors import InternalsMoved, warn_fallback
from framing.engine.resources import cmudict_corpus, ensure_cmudict
from framing.engine.sentiment import WordCache, vader_compound_mean
from framing.engine.text import WORD_RE
from framing.engine.vocabulary import Encoded, encode

MATTR_WINDOW = 50
_LANG = "en_US"
_SENT_RE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)


def _textstat_internals():
    """textstat's easy-word list, pyphen dictionary and apostrophe rule (textstat 0.7.7+).

    Read without importing textstat, whose import pulls in NLTK and SciPy (about a second and a
    half per process and ``--jobs`` worker): the word list from the package's
    ``resources/en/easy_words.txt`` (as ``get_lang_easy_words``), ``Pyphen(lang="en_US")`` (as
    ``get_pyphen``) and a copy of ``RE_NONCONTRACTION_APOSTROPHE``; a test checks all three
    against textstat's own.
    """
    import importlib.util

    from pyphen import Pyphen

    spec = importlib.util.find_spec("textstat")
    places = list(spec.submodule_search_locations or []) if spec is not None else []
    easy_words_file = Path(places[0] if places else ".") / "resources" / "en" / "easy_words.txt"
    try:
        with open(easy_words_file, encoding="utf-8") as f:
            easy_words = {line.strip() for line in f}
    except OSError as exc:
        raise InternalsMoved(f"textstat easy words: {exc}") from exc
    return easy_words, Pyphen(lang=_LANG), _NONCONTRACTION_APOSTROPHE


#: textstat's ``RE_NONCONTRACTION_APOSTROPHE``: an apostrophe that starts no contraction ending.
_NONCONTRACTION_APOSTROPHE = r"\'(?!" + r"[tsd]|ve|ll|re" + ")"


@lru_cache(maxsize=1)
def _resources():
    root = cmudict_corpus()
    easy_words, pyphen, non_contraction_apostrophe = _textstat_internals()
    return (
        cmudict_syllables(root / "corpora" / "cmudict" / "cmudict"),
        _PyphenCount(pyphen),
        easy_words,
        re.compile(non_contraction_apostrophe),
    )


_ABSENT = object()


class _PyphenCount:
    """``len(pyphen.positions(word))`` (pyphen 0.x), computed with a prefix check.

    pyphen tries every substring of up to ``maxlen`` (28 for ``en_US``) characters at each
    position of the word against its patterns. A substring that starts no pattern cannot grow
    into one, so this loop stops there; the patterns that do match are applied exactly as in
    ``HyphDict.positions`` (same slices, same ``max``), and the points are filtered by
    ``left``/``right`` as in ``Pyphen.positions``. Tested against pyphen on every cmudict word
    of a sample and on tricky words. Reaches into ``Pyphen.hd.patterns``/``maxlen`` and
    ``Pyphen.left``/``right``; :class:`~framing.core.errors.InternalsMoved` when they moved.
    """

    def __init__(self, pyphen) -> None:
        try:
            hd = pyphen.hd
            self.patterns: dict = dict(hd.patterns)
            self.maxlen: int = int(hd.maxlen)
            self.left, self.right = int(pyphen.left), int(pyphen.right)
        except (AttributeError, TypeError) as exc:
            raise InternalsMoved(f"pyphen: {exc}") from exc
        # Every prefix of a pattern -> its (offset, values) when it is a pattern itself, else None.
        self.prefixes = dict.fromkeys(k[:i] for k in self.patterns for i in range(1, len(k)))
        self.prefixes.update(self.patterns)
        self.cache: dict[str, int] = {}

    def __call__(self, word: str) -> int:
        # Kept per process like pyphen's own cache of positions (emptied at 200 000 words).
        n = self.cache.get(word)
        if n is None:
            if len(self.cache) >= 200_000:
                self.cache.clear()
            n = self.cache[word] = self._count(word)
        return n

    def _count(self, word: str) -> int:
        prefixes, maxlen, absent = self.prefixes, self.maxlen, _ABSENT
        pointed_word = f".{word.lower()}."
        n = len(pointed_word)
        references = [0] * (n + 1)
        for i in range(n - 1):
            for j in range(i + 1, min(i + maxlen, n) + 1):
                pattern = prefixes.get(pointed_word[i:j], absent)
                if pattern is absent:
                    break  # no pattern starts with this substring, nor with a longer one
                if not pattern:
                    continue
                offset, values = pattern
                slice_ = slice(i + offset, i + offset + len(values))
                references[slice_] = map(max, values, references[slice_])
        left, right = self.left, len(word) - self.right
        return sum(1 for i, r in enumerate(references) if r % 2 and left <= i - 1 <= right)


def cmudict_syllables(path) -> dict[str, int]:
    """textstat's syllable count per cmudict word, read straight from NLTK's cmudict file.

    NLTK's reader keeps, per lower-cased first field, the phonemes after the second field of
    every line in file order; textstat counts ``sum(1 for p in cmu[word][0] if p[-1].isdigit())``.
    Reading the file in one pass gives the same counts (tested on the whole dictionary) in a
    fraction of the reader's time, which every process and ``--jobs`` worker pays at start-up.
    Only the counts are kept (about 15 MB; the full dictionary takes about 130 MB per process).
    """
    out: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            pieces = line.split()
            if not pieces:
                continue
            word = pieces[0].lower()
            if word not in out:
                out[word] = sum(1 for p in pieces[2:] if p[-1].isdigit())
    return out


def _count_syllables(word: str) -> int:
    """Syllables of ``word.lower()`` as textstat counts them inside a text (cmudict, else
    pyphen's hyphenation points + 1)."""
    word = word.lower()
    cmu, pyphen_count, _, _ = _resources()
    n = cmu.get(word)
    return n if n is not None else pyphen_count(word) + 1


#: Word -> syllables of its lowercase form (:func:`_count_syllables`), once per word type.
_syllables_lower = WordCache(_count_syllables)


_PUNCT_RE = re.compile(r"[^\w\s\']")
_PLAIN_WORD = re.compile(r"[a-z0-9_]+")  # ASCII word characters: no punctuation, no apostrophe
# Three consecutive whitespace-separated chunks that each hold a word character. Each chunk
# starts at a chunk boundary and its parts are possessive, so no chunk is scanned twice: linear
# on pathological text (a 1 MB token), where ``\w\S*\s+\S*?\w...`` was quadratic.
_CHUNK_WITH_WORD = r"[^\s\w]*+\w\S*+"
_THREE_WORDS = re.compile(rf"(?<!\S){_CHUNK_WITH_WORD}\s++{_CHUNK_WITH_WORD}\s++[^\s\w]*+\w")


def _list_words(text: str) -> list[str]:
    """textstat's ``list_words`` (punctuation removed, contractions' apostrophes kept)."""
    apostrophe = _resources()[3]
    if "'" in text:  # the only character the apostrophe rule removes
        text = apostrophe.sub("", text)
    return _PUNCT_RE.sub("", text).split()


def _is_difficult(word: str) -> bool:
    """textstat's ``is_difficult_word(word, 3, 'en_US')``."""
    easy = _resources()[2]
    if len(word.split()) != 1:
        return False
    w = word.lower()
    if w in easy:
        return False
    if _PLAIN_WORD.fullmatch(w):  # then _list_words(w) == [w]
        return _syllables_lower[w] >= 3
    return sum(_syllables_lower[x] for x in _list_words(w)) >= 3


#: Word -> :func:`_is_difficult`, once per word type.
_difficult = WordCache(_is_difficult)


def _count_sentences(text: str) -> int:
    if not text:
        return 0
    sentences = _SENT_RE.findall(text)
    # A whitespace-separated chunk with a word character is always one of textstat's words, so
    # three such chunks settle "more than two words" without rebuilding the word list.
    ignore = sum(1 for s in sentences if not _THREE_WORDS.search(s) and len(_list_words(s)) <= 2)
    return max(1, len(sentences) - ignore)


@lru_cache(maxsize=1)
def _fast_path() -> bool:
    """True when textstat's internals are importable (else the public functions are used)."""
    try:
        _resources()
    except InternalsMoved as exc:
        warn_fallback("textstat", exc)
        return False
    return True


def _public_readability(text: str) -> dict[str, float]:
    """The three indices from textstat's public functions (the fallback)."""
    ensure_cmudict()
    import textstat

    textstat.set_lang(_LANG)
    return {
        "flesch_reading_ease": float(textstat.flesch_reading_ease(text)),
        "flesch_kincaid_grade": float(textstat.flesch_kincaid_grade(text)),
        "gunning_fog": float(textstat.gunning_fog(text)),
    }


def _letters_only(token: str) -> bool:
    """ASCII letters only: one word for textstat and for WORD_RE, the token itself."""
    return token.isalpha() and token.isascii()


def _token_counts(token: str) -> tuple[int, int, int]:
    """What a whitespace token adds to textstat's word list: ``(words, syllables, difficult)``.

    :func:`_list_words` only removes characters that are neither whitespace nor word
    characters (apostrophes, punctuation) and then splits on whitespace, so the word list of a
    text is the list of the non-empty ``_list_words`` of its ``str.split()`` tokens, in order:
    the apostrophe rule's look-ahead sees whitespace or the end of the string after a token's
    last character, and fails on both; every character ``str.split`` splits on is ``\\s`` for
    ``re`` (tested over all code points), so the removal never joins two tokens.
    """
    if _letters_only(token):
        # most tokens: one word, the token itself (nothing to remove); its difficulty as
        # _is_difficult decides it for a plain lowercase word, without the word caches
        n = _count_syllables(token)
        return (1, n, int(n >= 3 and token.lower() not in _resources()[2]))
    words = _list_words(token)
    if not words:
        return (0, 0, 0)
    (word,) = words
    return (1, _syllables_lower[word], int(_difficult[word]))


#: :func:`_token_counts` as a column of the token vocabulary (:mod:`framing.engine.vocabulary`).
_COUNTS = ("readability", "counts")
_COUNTS_DTYPE = np.dtype((np.int64, 3))


def token_counts(tokens: list[str], encoded: Encoded | None = None) -> tuple[int, int, int]:
    """Words, syllables and difficult words of textstat's word list of the text whose
    ``str.split()`` is ``tokens`` (``encoded``: their ids, when already made)."""
    if encoded is None:
        encoded = encode(tokens)
    words, syll, difficult = encoded.values(_COUNTS, _token_counts, _COUNTS_DTYPE).sum(axis=0)
    return int(words), int(syll), int(difficult)


def readability(
    text: str, tokens: list[str] | None = None, encoded: Encoded | None = None
) -> dict[str, float]:
    """``flesch_reading_ease``, ``flesch_kincaid_grade``, ``gunning_fog`` as textstat computes them.

    ``tokens``: ``text.split()`` when already computed; ``encoded``: their ids
    (:func:`framing.engine.vocabulary.encode`).
    """
    if not _fast_path():
        return _public_readability(text)
    _resources()  # a missing offline resource is reported even when every token is cached
    if tokens is None:
        tokens = text.split()
    # Counted once per distinct token (the vocabulary's column), summed with numpy: integer
    # sums, so identical to textstat's per-word loops.
    n_words, syll, difficult = token_counts(tokens, encoded)
    n_sent = _count_sentences(text)
    try:
        wps = n_words / n_sent
    except ZeroDivisionError:
        wps = 0.0
    spw = syll / n_words if n_words else 0.0
    if wps == 0 or spw == 0:
        fre = fk = 0.0
    else:
        fre = 206.835 - 1.015 * wps - 84.6 * spw
        fk = (0.39 * wps) + (11.8 * spw) - 15.59
    fog = 0.4 * (wps + 100 * difficult / n_words) if n_words else 0.0
    return {"flesch_reading_ease": fre, "flesch_kincaid_grade": fk, "gunning_fog": fog}


def _lower_words(token: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in WORD_RE.findall(token))


#: Whitespace token -> its :data:`~framing.engine.text.WORD_RE` words, lowercased.
_lower_words_of = WordCache(_lower_words)


def mattr_tokens(text: str, tokens: list[str] | None = None) -> list[str]:
    """``[w.lower() for w in WORD_RE.findall(text)]``, the tokens of :func:`mattr`, built from the
    whitespace tokens ``text.split()`` (``tokens``, when already computed), once per distinct one.

    Exact: a :data:`~framing.engine.text.WORD_RE` match consumes only word characters and
    ``.,:'\\u2019-``, never a character ``str.split`` splits on (tested over all code points), and
    its look-aheads only look at characters the match then consumes; so no match crosses a
    whitespace token's edges and the matches inside a token are those of the token alone.
    """
    if tokens is None:
        tokens = text.split()
    return list(chain.from_iterable(map(_lower_words_of.__getitem__, tokens)))


def mattr_word_ids(tokens: list[str], encoded: Encoded | None = None) -> np.ndarray:
    """:func:`mattr_tokens` as numbers (the same number for the same lowercase word), from the
    document's whitespace ``tokens`` (``encoded``: their ids, when already made): each distinct
    token's words are found once per vocabulary and gathered with numpy."""
    if encoded is None:
        encoded = encode(tokens)
    word_id = encoded.vocab.word_id

    def words(token: str) -> tuple[int, ...]:
        if _letters_only(token):  # WORD_RE's one match: the whole token
            return (word_id(token.lower()),)
        return tuple(map(word_id, _lower_words(token)))

    return encoded.sequences(_WORDS, words)


#: :func:`_lower_words` (as :meth:`~framing.engine.vocabulary.Vocabulary.word_id`) as a column
#: of the token vocabulary.
_WORDS = ("mattr", "words")


def mattr(tokens: list[str], window: int = MATTR_WINDOW) -> float:
    """Moving-average type-token ratio of lowercase ``tokens``; plain TTR when shorter.

    NaN for no tokens. See :func:`mattr_of_ids`.
    """
    first: dict[str, int] = {}  # a token's number: the position of its first occurrence
    ids = np.fromiter(map(first.setdefault, tokens, range(len(tokens))), np.int64, len(tokens))
    return mattr_of_ids(ids, window)


def mattr_of_ids(ids: np.ndarray, window: int = MATTR_WINDOW) -> float:
    """:func:`mattr` of tokens given as non-negative integers (equal for equal tokens).

    Vectorised: token ``j`` is a new type in the windows that contain it but not its previous
    occurrence ``p``, i.e. the window starts ``s`` with
    ``max(0, j - window + 1, p + 1) <= s <= min(j, n - window)``; summing those counts over
    ``j`` gives the total number of types over all windows, an exact integer.
    """
    n = len(ids)
    if n == 0:
        return math.nan
    if n <= window:
        return len(np.unique(ids)) / n
    ids = np.asarray(ids, dtype=np.int64)
    # Positions grouped by id, in order. Ids below 65536 are sorted as uint16: numpy's stable
    # sort is then a radix sort, several times faster than its timsort on int64.
    order = np.argsort(ids.astype(np.uint16) if ids.max() < 1 << 16 else ids, kind="stable")
    prev = np.full(n, -1, dtype=np.int64)
    same = ids[order[1:]] == ids[order[:-1]]
    prev[order[1:][same]] = order[:-1][same]
    j = np.arange(n, dtype=np.int64)
    lo = np.maximum(np.maximum(j - window + 1, prev + 1), 0)
    hi = np.minimum(j, n - window)
    total = int(np.clip(hi - lo + 1, 0, None).sum())
    return total / ((n - window + 1) * window)


def text_metrics(text: str, sentences: list[tuple[int, int]] | None = None) -> dict[str, float]:
    """Readability indices, MATTR and mean VADER compound of ``text``."""
    tokens = text.split()
    encoded = encode(tokens)
    out = readability(text, tokens, encoded)
    out["mattr"] = mattr_of_ids(mattr_word_ids(tokens, encoded))
    out["vader_compound_mean"] = vader_compound_mean(text, sentences)
    return out
