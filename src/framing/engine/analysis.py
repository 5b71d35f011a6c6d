"""``analyze(text) -> Analysis``: matches with spans, sentences, quotes, metrics and KWIC.

Conventions: ``tokens`` counts word tokens (:func:`framing.engine.text.word_tokens`, punctuation
excluded); ``<category>_count`` counts every match, negated ones included (they are also
reported in ``<category>_negated_count``); ``*_per_1k`` is ``count * 1000 / tokens`` and NaN
for a text without tokens (empty or whitespace-only text does not raise); shares and means
over sentences are NaN without sentences.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from functools import cached_property

import pandas as pd

from framing.engine.lexicon import Lexicon, as_lexicon
from framing.engine.matcher import Match, get_matcher
from framing.engine.quotes import COLUMNS as QUOTE_COLUMNS
from framing.engine.quotes import find_quotes
from framing.engine.text import (
    WORD_RE,
    Token,
    lower_same_length,
    normalize_for_matching,
    sentence_spans,
)
from framing.engine.text import word_tokens as _word_tokens

MATCH_COLUMNS = [
    "category",
    "subcategory",
    "term",
    "matched_text",
    "start",
    "end",
    "sentence",
    "negated",
]
ACTOR_KINDS = ("actor", "pronoun")
FRAME_KINDS = ("frame", "stance")
WEST_US = "west_us"
#: A sentence counts for ``west_us_frame_sentence_share`` when it mentions west_us and one of these.
WEST_US_FRAMES = ("accusation", "negative_evaluation", "cold_war")
READABILITY_COLUMNS = ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog"]


def metric_columns(lexicon: Lexicon) -> list[str]:
    """Metric column names in their fixed order for ``lexicon``."""
    cols = ["tokens", "sentences"]
    for cid in lexicon.categories:
        cols += [f"{cid}_count", f"{cid}_per_1k", f"{cid}_negated_count"]
    cols += ["scare_quote_count", "scare_quote_per_1k", "west_us_frame_sentence_share"]
    cols += READABILITY_COLUMNS + ["mean_sentence_length", "mattr", "vader_compound_mean"]
    return cols


def _per_1k(count: int, tokens: int) -> float:
    return count * 1000 / tokens if tokens else math.nan


def compute(
    text: str, lexicon: Lexicon, readability: bool = True, sentiment: bool = True
) -> tuple[list[tuple[int, int]], list[Match], list[tuple], dict[str, float]]:
    """The shared core of :func:`analyze` and :func:`framing.score`: spans, matches, metrics.

    Readability/MATTR (``readability=False``) and VADER (``sentiment=False``) are NaN when off.
    """
    norm = normalize_for_matching(text)
    sentences = sentence_spans(text)
    matches = get_matcher(lexicon).find(text, sentences, norm, lower_same_length(norm))
    quotes = find_quotes(text, sentences, norm)
    words = WORD_RE.findall(text)
    n_tok = len(words)
    n_sent = len(sentences)
    m: dict[str, float] = {"tokens": n_tok, "sentences": n_sent}
    counts = dict.fromkeys(lexicon.categories, 0)
    negs = dict.fromkeys(lexicon.categories, 0)
    sents_by_cat: dict[str, set[int]] = {c: set() for c in lexicon.categories}
    for x in matches:
        counts[x.category] += 1
        if x.negated:
            negs[x.category] += 1
        sents_by_cat[x.category].add(x.sentence)
    for cid in lexicon.categories:
        m[f"{cid}_count"] = counts[cid]
        m[f"{cid}_per_1k"] = _per_1k(counts[cid], n_tok)
        m[f"{cid}_negated_count"] = negs[cid]
    n_scare = sum(1 for q in quotes if q[4])
    m["scare_quote_count"] = n_scare
    m["scare_quote_per_1k"] = _per_1k(n_scare, n_tok)
    frames = [c for c in WEST_US_FRAMES if c in sents_by_cat]
    if WEST_US in sents_by_cat and frames and n_sent:
        framed = set().union(*(sents_by_cat[c] for c in frames))
        m["west_us_frame_sentence_share"] = len(sents_by_cat[WEST_US] & framed) / n_sent
    else:
        m["west_us_frame_sentence_share"] = math.nan
    nan = math.nan
    extra = dict.fromkeys([*READABILITY_COLUMNS, "mattr", "vader_compound_mean"], nan)
    if readability or sentiment:
        from framing.engine import readability as rd

        if readability:
            extra.update(rd.readability(text))
            extra["mattr"] = rd.mattr(list(map(str.lower, words)))
        if sentiment:
            extra["vader_compound_mean"] = rd.vader_compound_mean(text, sentences)
    m.update({k: extra[k] for k in READABILITY_COLUMNS})
    m["mean_sentence_length"] = n_tok / n_sent if n_sent else nan
    m["mattr"] = extra["mattr"]
    m["vader_compound_mean"] = extra["vader_compound_mean"]
    return sentences, matches, quotes, m


class Analysis:
    """The analysis of one text; DataFrames are built on first access."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self._sentences, self._matches, self._quotes, self._metrics = compute(text, lexicon)

    @cached_property
    def tokens(self) -> list[Token]:
        """Word tokens with spans."""
        return _word_tokens(self.text)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence: sentence, start, end, text."""
        rows = [(i, s, e, self.text[s:e]) for i, (s, e) in enumerate(self._sentences)]
        return pd.DataFrame(rows, columns=["sentence", "start", "end", "text"])

    @cached_property
    def matches(self) -> pd.DataFrame:
        """Lexicon matches sorted by start, then category."""
        df = pd.DataFrame(self._matches, columns=MATCH_COLUMNS)
        return df.astype({"start": "int64", "end": "int64", "sentence": "int64", "negated": bool})

    @cached_property
    def quotes(self) -> pd.DataFrame:
        """Quoted spans with ``is_scare_quote`` and the reason."""
        return pd.DataFrame(self._quotes, columns=QUOTE_COLUMNS)

    @cached_property
    def metrics(self) -> pd.Series:
        """Metric values (see :func:`metric_columns`)."""
        cols = metric_columns(self.lexicon)
        return pd.Series({c: self._metrics[c] for c in cols}, dtype="float64", name="metrics")

    def kwic(
        self, category: str | None = None, pattern: str | None = None, window: int = 8
    ) -> pd.DataFrame:
        """Keywords in context: ``window`` tokens left and right of each match.

        ``pattern`` is a case-insensitive regex searched in the text (category ``pattern``);
        otherwise the lexicon matches (of ``category`` if given). Columns: ``left``,
        ``matched_text``, ``right``, ``start``, ``end``, ``category``, ``sentence``.
        """
        if pattern is not None:
            try:
                rx = re.compile(pattern, re.I)
            except re.error as exc:
                from framing.core.errors import InputError

                raise InputError(f"invalid --pattern regex {pattern!r}: {exc}") from None
            starts = [s for s, _ in self._sentences]
            hits = [
                ("pattern", m.start(), m.end(), bisect_right(starts, m.start()) - 1)
                for m in rx.finditer(normalize_for_matching(self.text))
                if m.end() > m.start()
            ]
        else:
            if category is not None and category not in self.lexicon.categories:
                from framing.core.errors import InputError

                known = ", ".join(self.lexicon.categories)
                raise InputError(f"unknown category {category!r}; known: {known}")
            hits = [
                (x.category, x.start, x.end, x.sentence)
                for x in self._matches
                if category is None or x.category == category
            ]
        toks = self.tokens
        t_starts = [t.start for t in toks]
        t_ends = [t.end for t in toks]
        rows = []
        for cat, s, e, si in hits:
            i = bisect_right(t_ends, s)  # tokens ending at or before s are left context
            lo = toks[max(0, i - window)].start if i > 0 else s
            j = bisect_left(t_starts, e)
            hi = toks[min(len(toks), j + window) - 1].end if j < len(toks) else e
            left = " ".join(self.text[lo:s].split())
            right = " ".join(self.text[e : max(e, hi)].split())
            rows.append((left, self.text[s:e], right, s, e, cat, si))
        cols = ["left", "matched_text", "right", "start", "end", "category", "sentence"]
        return pd.DataFrame(rows, columns=cols)

    def actor_frame_matrix(self) -> pd.DataFrame:
        """Actor categories × frame/stance categories: number of sentences where both occur."""
        cats = self.lexicon.categories
        actors = [c for c, v in cats.items() if v.kind in ACTOR_KINDS]
        frames = [c for c, v in cats.items() if v.kind in FRAME_KINDS]
        sents: dict[str, set[int]] = {c: set() for c in cats}
        for x in self._matches:
            sents[x.category].add(x.sentence)
        data = [[len(sents[a] & sents[f]) for f in frames] for a in actors]
        df = pd.DataFrame(
            data, index=pd.Index(actors, name="actor"), columns=pd.Index(frames, name="frame")
        )
        return df.astype("int64")

    def evidence(self, category: str) -> pd.DataFrame:
        """Matches of ``category`` with the text of their sentence."""
        df = self.matches[self.matches["category"] == category].copy()
        texts = self.sentences.set_index("sentence")["text"]
        df["sentence_text"] = df["sentence"].map(texts)
        return df.reset_index(drop=True)

    def __repr__(self) -> str:
        return f"<Analysis: {self._metrics['tokens']} tokens, {len(self._matches)} matches>"


def analyze(text: str, lexicon=None) -> Analysis:
    """Analyse one text.

    Parameters
    ----------
    text
        The text (a str; read a file with :func:`framing.read_article`).
    lexicon
        A :class:`~framing.engine.lexicon.Lexicon`, a lexicon YAML file or folder, or a list of
        them (added to the built-in lexicon); default: the built-in lexicon.
    """
    if not isinstance(text, str):
        from framing.core.errors import InputError

        raise InputError(f"analyze() needs a str, got {type(text).__name__}")
    return Analysis(text, as_lexicon(lexicon))
