"""Readable names of metric columns (``west_us_per_1k`` → ``West / US per 1k``), from the
lexicon's labels.
"""

from __future__ import annotations

import numpy as np

_OTHER_LABELS = {
    "scare_quote": "Scare quotes",
    "west_us_frame_sentence_share": "West/US-frame sentence share",
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning fog index",
    "mean_sentence_length": "Mean sentence length (words)",
    "mattr": "MATTR (lexical diversity)",
    "vader_compound_mean": "VADER sentiment (mean)",
    "tokens": "Words",
    "sentences": "Sentences",
}


def category_labels(lexicon=None) -> dict[str, str]:
    if lexicon is None:
        from framing.engine.lexicon import load_lexicon

        lexicon = load_lexicon()
    return {cid: (c.label or cid) for cid, c in lexicon.categories.items()}


def metric_label(metric: str, lexicon=None, unit: bool = True) -> str:
    """Readable name of a metric column: ``west_us_per_1k`` → ``West / US per 1k``."""
    labels = category_labels(lexicon)
    for suffix, tail in (("_per_1k", " per 1k"), ("_count", " (count)")):
        if metric.endswith(suffix):
            base = metric[: -len(suffix)]
            name = labels.get(base) or _OTHER_LABELS.get(base, base)
            return name + (tail if unit else "")
    return labels.get(metric) or _OTHER_LABELS.get(metric, metric)


def fmt_number(x: float) -> str:
    if x is None or not np.isfinite(x):
        return "–"
    return f"{x:.2f}" if abs(x) < 1 else f"{x:.1f}"
