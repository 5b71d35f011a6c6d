"""Keywords in context over many documents: one table with ``doc_id`` first.

:meth:`framing.engine.analysis.Analysis.kwic` gives the concordance of one text;
:func:`corpus_kwic` runs it over every document of a corpus (a DataFrame with ``doc_id`` and
``text``, a Series, or a list of texts) and stacks the rows in document order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from framing.core.errors import InputError
from framing.engine.analysis import ATTRIBUTION_COLUMNS, ENTRY_COLUMNS, analyze, check_category
from framing.engine.lexicon import as_lexicon
from framing.engine.scoring import check_home_columns, document_homes

#: Columns of :func:`corpus_kwic` (those of ``Analysis.kwic`` with ``doc_id`` first).
COLUMNS = [
    "doc_id", "category", "left", "matched_text", "right", "start", "end", "sentence",
    *ATTRIBUTION_COLUMNS, *ENTRY_COLUMNS,
]  # fmt: skip

#: Columns of :func:`corpus_kwic` that are int64 whatever the data (character offsets and the
#: sentence number), as in the Parquet table of ``framing kwic``; ``negated`` is bool, the
#: others are object.
INT_COLUMNS = ("start", "end", "sentence")
_DTYPES = {**dict.fromkeys(INT_COLUMNS, "int64"), "negated": bool}
#: The orders of :func:`sort_kwic`: ``position`` (documents in input order, matches in text
#: order), ``term`` (category, lexicon entry, matched text), ``left`` (the words before the
#: match read right to left), ``right`` (the words after it).
SORTS = ("position", "term", "left", "right")
#: Characters stripped from both ends of a context word before it is compared.
_EDGE = re.compile(r"^\W+|\W+$")


def corpus_documents(
    data, text_col: str, id_col: str, homes: list[str] | None = None
) -> list[tuple[str, str, object]]:
    """``(doc_id, text, home)`` of every document of a DataFrame (``text_col``, ``id_col``), a
    Series, a list of texts or one text (``homes``: a DataFrame's home keys, from
    :func:`~framing.engine.scoring.document_homes`; None without them)."""
    if isinstance(data, pd.DataFrame):
        if text_col not in data.columns:
            cols = ", ".join(map(str, data.columns))
            raise InputError(f"no text column {text_col!r} (columns: {cols})")
        ids = data[id_col] if id_col in data.columns else pd.Series(range(len(data)))
        homes = homes if homes is not None else [None] * len(data)
        return [
            (i, t if isinstance(t, str) else "", h)
            for i, t, h in zip(ids.astype(str), data[text_col], homes, strict=True)
        ]
    elif isinstance(data, pd.Series):
        pairs = zip(data.index.astype(str), data, strict=True)
    elif isinstance(data, str):
        pairs = [("0", data)]
    elif isinstance(data, Iterable):
        pairs = ((str(i), t) for i, t in enumerate(data))
    else:
        raise InputError(f"kwic() cannot read {type(data).__name__}; pass texts or a DataFrame")
    return [(i, t if isinstance(t, str) else "", None) for i, t in pairs]


def corpus_kwic(
    data,
    category: str | None = None,
    pattern: str | None = None,
    window: int = 8,
    lexicon=None,
    text_col: str = "text",
    id_col: str = "doc_id",
    voice: str | None = None,
    target: str | None = None,
    home_col: str | None = None,
    official_col: str | None = None,
    source: str | None = None,
    term: str | None = None,
    sort: str = "position",
) -> pd.DataFrame:
    """Keywords in context of every document: columns :data:`COLUMNS`, documents in input order,
    matches in text order (or in the order of ``sort``); :data:`INT_COLUMNS` are int64 and
    ``negated`` bool (also with no match at all).

    Parameters
    ----------
    data
        A DataFrame (``text_col``, ``id_col``), a Series (ids from the index), a list of texts
        (ids ``"0"``, ``"1"``, ...) or one text.
    category, pattern
        A lexicon category, or a case-insensitive regular expression; neither = every match.
    window
        Words of context on each side.
    lexicon
        A :class:`~framing.engine.lexicon.Lexicon`, path or list of paths (default built-in).
    voice, target, source
        Keep only matches in this voice (``author``/``reported``), casting this actor
        category, or ascribed to this source (an actor category or ``vague``; see
        :meth:`framing.engine.analysis.Analysis.kwic`).
    term
        Keep only the matches of this lexicon entry (the ``term`` column, as written in the
        lexicon: ``coerc*``).
    home_col
        A column of a DataFrame ``data`` with each publisher's country ("China") or actor
        category: the source of a headline's unqualified spokesperson or ministry
        (:func:`~framing.engine.analysis.analyze`'s ``home``).
    official_col
        A true/false column: the publisher is the home's own government
        (:func:`~framing.engine.analysis.analyze`'s ``official``); needs ``home_col``.
    sort
        The order of the rows (:func:`sort_kwic`): ``position`` (the default), ``term``,
        ``left`` or ``right``.
    """
    check_sort(sort)
    lex = as_lexicon(lexicon)
    if category is not None:
        check_category(lex, category)
    parts = []
    frame = data.columns if isinstance(data, pd.DataFrame) else None
    check_home_columns(frame, home_col, official_col)
    homes = document_homes(data, home_col, lex, official_col)  # None without home_col
    filters = {"voice": voice, "target": target, "source": source, "term": term}
    for doc_id, text, home in corpus_documents(data, text_col, id_col, homes):
        k = analyze(text, lex, home=home).kwic(category, pattern, window, **filters)
        k.insert(0, "doc_id", doc_id)
        parts.append(k)
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=_DTYPES.get(c, object)) for c in COLUMNS})
    out = pd.concat(parts, ignore_index=True)[COLUMNS]
    return sort_kwic(out.astype(_DTYPES), sort)


def check_sort(sort) -> None:
    """:class:`InputError` for a ``sort`` that is none of :data:`SORTS`."""
    if not isinstance(sort, str) or sort not in SORTS:
        raise InputError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")


def _words(text: str) -> tuple[str, ...]:
    """The words of a context as they sort: case folded, punctuation stripped from their ends,
    words of punctuation only left out (``"The West,"`` → ``("the", "west")``)."""
    stripped = (_EDGE.sub("", w.casefold()) for w in text.split())
    return tuple(w for w in stripped if w)


def sort_kwic(table: pd.DataFrame, sort: str = "position") -> pd.DataFrame:
    """The rows of a :func:`corpus_kwic` table in the order of ``sort``, as concordancers sort.

    ``position`` keeps the table's order (documents in input order, matches in text order).
    ``term``: by category, then lexicon entry (``term``), then matched text. ``right``: by the
    words after the match (the first, then the second, ...), then the matched text. ``left``: by
    the words before the match read from the match outwards (the nearest first), then the
    matched text. Words are compared case folded with the punctuation at their ends stripped;
    the sort is stable, so rows that tie stay in position order, and the result does not depend
    on anything but the table. The index is reset.
    """
    check_sort(sort)
    if sort == "position" or len(table) < 2:
        return table
    node = [_words(t) for t in table["matched_text"]]
    if sort == "term":
        keys = list(zip(table["category"], table["term"], node, strict=True))
    elif sort == "right":
        keys = list(zip((_words(t) for t in table["right"]), node, strict=True))
    else:
        keys = list(zip((_words(t)[::-1] for t in table["left"]), node, strict=True))
    order = sorted(range(len(table)), key=keys.__getitem__)  # stable: ties by position
    return table.iloc[order].reset_index(drop=True)
