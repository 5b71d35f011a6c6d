"""CSV for people: cells that a spreadsheet would run as formulas are neutralised.

Ids, terms, titles and group names come from the input texts. Opened in Excel, LibreOffice or
Google Sheets, a CSV cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is read as a formula (``=HYPERLINK(...)``, ``@SUM(...)``): "CSV injection". Following the OWASP
rule, every *text* cell starting with one of these characters gets a leading single quote
(``'=HYPERLINK(...)``), which spreadsheets show as text. Numbers are left alone (a negative
rate stays a number). Every CSV the CLI writes goes through :func:`to_csv`; ``--raw-csv``
writes the cells as they are (for programs that read the CSV back).
"""

from __future__ import annotations

import pandas as pd

#: First characters that make a spreadsheet cell a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` with a leading ``'`` if it is a str a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def restore(value):
    """:func:`neutralise` undone: ``'=x`` is ``=x`` again (a CSV of framing's read back)."""
    if isinstance(value, str) and value[:1] == "'" and value[1:2] and value[1] in FORMULA_START:
        return value[1:]
    return value


def spreadsheet_restored(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` (read from a CSV that :func:`to_csv` wrote) with its text cells and column names
    as they were before :func:`spreadsheet_safe`."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if s.dtype == object or pd.api.types.is_string_dtype(s.dtype):
            out[col] = s.map(restore).astype(s.dtype)
    out.columns = [restore(c) for c in out.columns]
    return out


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells (and column names) are :func:`neutralise` d."""
    out = df.copy()
    for col in out.columns:
        s = out[col]
        texty = s.dtype == object or pd.api.types.is_string_dtype(s.dtype)
        if texty and s.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_START)).any():
            out[col] = s.map(neutralise).astype(s.dtype)
    out.columns = [neutralise(c) if isinstance(c, str) else c for c in out.columns]
    return out


def to_csv(df: pd.DataFrame, target=None, raw: bool = False, **kw):
    """``df.to_csv(target, index=False, **kw)`` with :func:`spreadsheet_safe` cells unless ``raw``."""
    kw.setdefault("index", False)
    return (df if raw else spreadsheet_safe(df)).to_csv(target, **kw)
