"""Sentences a document prints twice: the later copies removed, offsets kept honest.

Some scraped pages print parts of the story again: AP's copies (via dailymail.co.uk) repeat
photo captions and the lead paragraph, up to eight times, so that about 13% of AP's words are
repeats within one copy; BBC, Guardian and NBC pages hardly ever do (``docs/data.md``). A
repeat counts its words, actor mentions and stance cues again and weights a document's rates
towards the repeated passage. :func:`drop_repeats` keeps the first occurrence of each sentence
of at least :data:`MIN_WORDS` words and removes the later ones (compared as boilerplate units
are: case-insensitive, quotes, dashes and spaces normalised).

This is not boilerplate (:mod:`framing.data.boilerplate`: a unit repeated across many
documents of an outlet); it is applied by the lead analysis (notebook 02) to the texts it
scores, not by the dataset loaders, whose texts the audits' stored offsets refer to. The
removed spans are recorded in :data:`REPEATS_COL` in the coordinates of the text given;
:func:`framing.data.boilerplate.original_span` maps offsets back.
"""

from __future__ import annotations

import pandas as pd

from framing.core.errors import InputError
from framing.data.boilerplate import Span, cut, spans_to_json, unit_key, unit_spans
from framing.engine.text import count_words

__all__ = ["MIN_WORDS", "REPEATS_COL", "drop_repeats", "repeated_spans"]

#: Shortest sentence (in words) whose second copy is removed: shorter ones ("He declined to
#: comment.") may recur in a story on purpose.
MIN_WORDS = 8
#: Column of :func:`drop_repeats`: JSON list of the removed ``[start, end]`` spans.
REPEATS_COL = "repeat_spans"


def repeated_spans(text: str, min_words: int = MIN_WORDS) -> list[Span]:
    """Spans of the sentences of ``text`` (of at least ``min_words`` words) that repeat an
    earlier sentence of ``text``, in text order."""
    seen: set[str] = set()
    out: list[Span] = []
    for s, e in unit_spans(text, "sentence"):
        key = unit_key(text, s, e)
        if len(key.split()) < min_words:
            continue
        if key in seen:
            out.append((s, e))
        else:
            seen.add(key)
    return out


def drop_repeats(
    df: pd.DataFrame, text_col: str = "text", by: str | None = "group", min_words: int = MIN_WORDS
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``df`` with each document's repeated sentences removed, and what was removed per group.

    Returns
    -------
    (DataFrame, DataFrame)
        ``df`` (rows, order and columns kept) with the texts cleaned and a :data:`REPEATS_COL`
        column (``[]`` where nothing was removed); and one row per value of ``by`` (all rows
        as one group when None or missing): ``documents``, ``documents_affected``,
        ``sentences_removed``, ``words``, ``words_removed``, ``share_words_removed``.
    """
    if text_col not in df.columns:
        raise InputError(f"no text column {text_col!r}")
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 1:
        raise InputError(f"min_words must be an integer >= 1, got {min_words!r}")
    out = df.copy()
    texts = out[text_col].fillna("").astype(str).tolist()
    groups = out[by].fillna("(missing)").astype(str) if by in out.columns else None
    cleaned, spans_col, counts = [], [], []
    for text in texts:
        hits = repeated_spans(text, min_words)
        clean, spans = cut(text, hits) if hits else (text, [])
        cleaned.append(clean)
        spans_col.append(spans_to_json(spans))
        words = count_words(text)
        counts.append((len(hits), words, words - count_words(clean) if hits else 0))
    out[text_col] = cleaned
    out[REPEATS_COL] = spans_col
    stats = pd.DataFrame(counts, columns=["sentences_removed", "words", "words_removed"])
    stats["group"] = groups.to_numpy() if groups is not None else "(all)"
    stats["documents_affected"] = stats["sentences_removed"] > 0
    table = (
        stats.groupby("group", sort=True)
        .agg(
            documents=("words", "size"),
            documents_affected=("documents_affected", "sum"),
            sentences_removed=("sentences_removed", "sum"),
            words=("words", "sum"),
            words_removed=("words_removed", "sum"),
        )
        .reset_index()
    )
    table["share_words_removed"] = table["words_removed"] / table["words"].where(table["words"] > 0)
    return out, table
