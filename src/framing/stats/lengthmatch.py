"""Length matching: corpus documents, or excerpts of them, of about the article's length.

A rate per 1,000 words scatters more in a short text than in a long one (one accusation is 5
per 1,000 in 200 words and 0.5 in 2,000), so where a 730-word article ranks among documents of
every length depends partly on their lengths. :func:`length_matched` gives a corpus of units of
the target length to rank it among instead:

- a document within ``target × (1 ± tolerance)`` words is used whole;
- a longer document gives one excerpt: consecutive whole sentences
  (:func:`framing.engine.text.sentence_spans`) from a start sentence drawn at random among those
  from which the rest of the document reaches ``target`` words, up to the first sentence that
  brings the excerpt to ``target`` words or more (:func:`excerpt_bounds`); the draw is seeded by
  ``seed`` and the document id, so it does not depend on the order or the other documents;
- a shorter document is left out (and counted);
- so is a longer one whose excerpt overshoots ``target × (1 + tolerance)`` (``too long``: a
  sentence longer than the tolerance, as in unpunctuated text).

Units of the kinds in :data:`UNIT_KINDS` are the ones to rank among; :func:`unit_lengths` says,
per group, how many there are of each kind, how long they are and how many of the group's
documents they come from (a group's units can sit at one end of the tolerance, or come from a
small share of its documents).

Word counts are :func:`framing.engine.text.count_words`, the denominators of the rates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from framing.core.errors import InputError
from framing.engine.text import count_words, sentence_spans
from framing.stats.common import seeded_rng

__all__ = ["UNIT_KINDS", "excerpt_bounds", "feasible_starts", "length_matched", "unit_lengths"]

KINDS = ("whole", "excerpt", "too short", "too long")
#: The kinds of unit that are of about the target length (the others are left out).
UNIT_KINDS = ("whole", "excerpt")


def feasible_starts(sentence_words: Sequence[int], target: int) -> list[int]:
    """Sentence indices from which the rest of the text has at least ``target`` words."""
    remaining = 0
    starts = []
    for i in range(len(sentence_words) - 1, -1, -1):
        remaining += sentence_words[i]
        if remaining >= target:
            starts.append(i)
    return starts[::-1]


def excerpt_bounds(sentence_words: Sequence[int], target: int, start: int) -> tuple[int, int, int]:
    """``(start, end, words)``: sentences ``start`` … ``end - 1`` hold ``words >= target`` words,
    the fewest that do.

    Raises
    ------
    InputError
        If the sentences from ``start`` on hold fewer than ``target`` words.
    """
    total = 0
    for end in range(start, len(sentence_words)):
        total += sentence_words[end]
        if total >= target:
            return start, end + 1, total
    raise InputError(f"sentences from {start} on hold {total} words, fewer than {target}")


def length_matched(
    docs: pd.DataFrame,
    target: int,
    tolerance: float = 0.2,
    seed: int = 0,
    text_col: str = "text",
    id_col: str = "doc_id",
) -> pd.DataFrame:
    """One unit of about ``target`` words per document of ``docs`` (see the module docstring).

    Returns
    -------
    DataFrame
        One row per document, in the input order: ``id_col``, ``kind`` (``whole``,
        ``excerpt``, ``too short`` or ``too long``: rank among :data:`UNIT_KINDS` only),
        ``doc_words`` (words of the document), ``words`` (of the unit; 0 when too short),
        ``start``/``end`` (character offsets of the unit in the document) and ``text`` (the
        unit; empty when too short), then the other columns of ``docs``.
    """
    if target <= 0 or not 0 <= tolerance < 1:
        raise InputError(f"target must be > 0 and tolerance in [0, 1): {target}, {tolerance}")
    lo, hi = target * (1 - tolerance), target * (1 + tolerance)
    rows = []
    for doc_id, text in zip(docs[id_col], docs[text_col].fillna(""), strict=True):
        spans = sentence_spans(text)
        words = [count_words(text[s:e]) for s, e in spans]
        n = sum(words)
        if n < lo:
            rows.append((doc_id, "too short", n, 0, 0, 0, ""))
        elif n <= hi:
            rows.append((doc_id, "whole", n, n, 0, len(text), text))
        else:
            starts = feasible_starts(words, target)
            pick = starts[int(seeded_rng(seed, doc_id).integers(len(starts)))]
            i, j, k = excerpt_bounds(words, target, pick)
            a, b = spans[i][0], spans[j - 1][1]
            rows.append((doc_id, "excerpt" if k <= hi else "too long", n, k, a, b, text[a:b]))
    cols = [id_col, "kind", "doc_words", "words", "start", "end", "text"]
    out = pd.DataFrame(rows, columns=cols)
    extra = docs.drop(columns=[c for c in (text_col, id_col) if c in docs.columns])
    return pd.concat([out, extra.reset_index(drop=True)], axis=1)


def unit_lengths(
    units: Mapping[str, pd.DataFrame], documents: Mapping[str, int] | None = None
) -> pd.DataFrame:
    """Per group (``name → its units`` of :func:`length_matched`, kinds :data:`UNIT_KINDS`):
    ``corpus``, ``units``, ``units_whole``, ``units_excerpt``, the 10th, 50th and 90th
    percentile of the units' ``words`` (``unit_words_p10``, ``unit_words_median``,
    ``unit_words_p90``) and, with ``documents`` (the group's documents before matching),
    ``documents`` and ``units_share`` (units / documents)."""
    rows = []
    for name, u in units.items():
        words = u["words"].to_numpy(dtype=float)
        q = np.percentile(words, [10, 50, 90]) if len(words) else [np.nan] * 3
        row = {
            "corpus": name,
            "units": len(u),
            "units_whole": int((u["kind"] == "whole").sum()),
            "units_excerpt": int((u["kind"] == "excerpt").sum()),
            "unit_words_p10": float(q[0]),
            "unit_words_median": float(q[1]),
            "unit_words_p90": float(q[2]),
        }
        if documents is not None:
            n = int(documents[name])
            row |= {"documents": n, "units_share": len(u) / n if n else np.nan}
        rows.append(row)
    return pd.DataFrame(rows)
