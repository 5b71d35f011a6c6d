"""Readable names of metric columns (``west_us_per_1k`` → ``West / US per 1k``), from the
lexicon's labels.
"""

from __future__ import annotations

import math

import numpy as np

from framing.engine.lexicon import load_lexicon

_OTHER_LABELS = {
    "scare_quote": "Scare quotes",
    "vague_source": "Vague sources",
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
        lexicon = load_lexicon()
    return {cid: (c.label or cid) for cid, c in lexicon.categories.items()}


#: what :func:`metric_label` adds to a category's label for its own-voice column
OWN_VOICE_WORDS = ", own voice"


def metric_label(metric: str, lexicon=None, unit: bool = True) -> str:
    """Readable name of a metric column: ``west_us_per_1k`` → ``West / US per 1k``;
    ``hedge_author_per_1k`` → ``Hedges, own voice per 1k`` (the author's own stance),
    ``west_us_targeted_count`` → ``West / US, targeted (count)`` (cast negatively)."""
    labels = category_labels(lexicon)

    def name(base: str) -> str:
        for tail, words in (("_author", OWN_VOICE_WORDS), ("_targeted", ", targeted")):
            head = base.removesuffix(tail)
            if base not in labels and head != base and head in labels:
                return labels[head] + words
        return labels.get(base) or _OTHER_LABELS.get(base, base)

    for suffix, tail in (("_per_1k", " per 1k"), ("_count", " (count)")):
        if metric.endswith(suffix):
            return name(metric[: -len(suffix)]) + (tail if unit else "")
    return name(metric)


def significant_format(x, digits: int, sep: str = "") -> str:
    """The format string that prints ``x`` to ``digits`` significant digits without an
    exponent: ``{:.<digits>g}`` where that gives fixed notation, else the whole number
    (``155277``, where ``{:.4g}`` gave ``1.553e+05``) or as many decimals as the digits need
    (``0.00001234``); ``sep`` is the whole number's thousands separator ("" or ",")."""
    g = f"{{:.{digits}g}}"
    if x is None or not math.isfinite(float(x)) or "e" not in g.format(float(x)):
        return g
    v = abs(float(x))
    if v >= 1:
        return f"{{:{sep}.0f}}"
    return f"{{:.{digits - 1 - math.floor(math.log10(v))}f}}"


def fmt_number(x: float) -> str:
    if x is None or not np.isfinite(x):
        return "–"
    return f"{x:.2f}" if abs(x) < 1 else f"{x:.1f}"


def short_date(value) -> str:
    """``24 Mar 2022`` from a date, datetime, Timestamp or ISO string ('' if missing)."""
    import pandas as pd

    if value is None or (isinstance(value, float) and np.isnan(value)) or value == "":
        return ""
    ts = pd.Timestamp(value)
    return "" if pd.isna(ts) else f"{ts.day} {ts:%b %Y}"


def article_label(article=None, outlet: str | None = None, date=None) -> str:
    """How figures name the article: ``Outlet, 24 Mar 2022`` from its metadata.

    ``outlet``/``date`` override the :class:`~framing.data.article.Article`'s own. Without an
    outlet: the date with the title, or the source file name; without anything, "the article".
    """
    outlet = outlet or getattr(article, "outlet", None)
    when = short_date(date if date is not None else getattr(article, "published", None))
    if outlet:
        return f"{outlet}, {when}" if when else str(outlet)
    title = getattr(article, "title", None) or ""
    name = title if len(title) <= 48 else title[:47].rstrip() + "…"
    name = name or str(getattr(article, "source", None) or "").removesuffix(".txt")
    if name and when:
        return f"{name} ({when})"
    return name or (f"the article of {when}" if when else "the article")


def article_source(article, label: str) -> str:
    """The article as a figure's source: ``Global Times, 24 Mar 2022 (opinion)``."""
    section = getattr(article, "section", None)
    return f"{label} ({section})" if section else label


def date_range(start, end) -> str:
    """``1 Feb-30 Apr 2022`` (``1 Nov 2022-31 Jan 2023`` across years)."""
    import pandas as pd

    a, b = pd.Timestamp(start), pd.Timestamp(end)
    head = f"{a.day} {a:%b}" if a.year == b.year else f"{a.day} {a:%b %Y}"
    return f"{head}-{b.day} {b:%b %Y}"


def day_range(start, end) -> str:
    """``5-30 Apr 2022``; ``28 Apr-3 May 2022`` across months; ``30 Dec 2021-2 Jan 2022``
    across years; ``5 Apr 2022`` for one day."""
    import pandas as pd

    a, b = pd.Timestamp(start), pd.Timestamp(end)
    if a.normalize() == b.normalize():
        return short_date(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}-{b.day} {b:%b %Y}"
    return date_range(a, b)


def month_range(start, end) -> str:
    """``Apr-Sep 2022``; ``Nov 2022-Jan 2023`` across years; ``Apr 2022`` within one month."""
    import pandas as pd

    a, b = pd.Timestamp(start), pd.Timestamp(end)
    if (a.year, a.month) == (b.year, b.month):
        return f"{b:%b %Y}"
    return f"{a:%b}-{b:%b %Y}" if a.year == b.year else f"{a:%b %Y}-{b:%b %Y}"


def news_period(dates, day) -> str:
    """The months ``dates`` cover and whether they include ``day`` (the article's date; None:
    undated): ``Apr-Oct 2022, not the article's week`` or ``..., a period that includes the
    article's date``."""
    import pandas as pd

    lo, hi = dates.min(), dates.max()
    covered = day is not None and lo <= pd.Timestamp(day) <= hi + pd.Timedelta(days=1)
    note = "a period that includes the article's date" if covered else "not the article's week"
    return f"{month_range(lo, hi)}, {note}"
