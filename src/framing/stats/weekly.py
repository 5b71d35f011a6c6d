"""Weekly shares with their counts: how many of an outlet's items in a week have a property.

:func:`weekly_shares` bins items (e.g. headlines) into calendar weeks (Monday - Sunday) and,
per group and property, reports ``n`` (items in the week), ``k`` (items with the property),
``share = k / n`` with its Wilson 95% interval, and ``few`` — weeks with fewer than
``min_count`` items, whose share is too noisy to read (a week of a scrape that caught 12
headlines says little). Every week from ``start`` to ``end`` appears for every group, with
``n = 0`` where it had no items, so gaps are visible rather than interpolated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from framing.core.errors import InputError
from framing.stats.validation import wilson

__all__ = ["pooled_shares", "weekly_shares", "week_start"]


def week_start(dates: pd.Series) -> pd.Series:
    """The Monday (00:00) of each date's week; NaT stays NaT."""
    d = pd.to_datetime(dates)
    return (d - pd.to_timedelta(d.dt.day_of_week, unit="D")).dt.normalize()


def weekly_shares(
    df: pd.DataFrame,
    flags: Mapping[str, str],
    by: str = "outlet",
    date_col: str = "date",
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    min_count: int = 30,
) -> pd.DataFrame:
    """Weekly ``n``, ``k``, ``share`` (Wilson 95% ``lo``/``hi``) and ``few`` per group and flag.

    Parameters
    ----------
    df
        One row per item, with ``by``, ``date_col`` and the boolean columns named in ``flags``.
    flags
        Display name → boolean column (e.g. ``{"West/US": "names_west_us"}``).
    start, end
        First and last day (inclusive) of the items counted; weeks run Monday - Sunday, the
        first week is the one holding ``start``. Default: the data's first and last date.

    Returns
    -------
    DataFrame
        Columns ``week`` (Monday), ``days`` (days of the week inside ``start``..``end``: fewer
        than 7 in a partial first or last week), ``group``, ``flag``, ``n`` (items whose flag is
        known), ``k``, ``share``, ``lo``, ``hi``, ``few``, ``missing`` (items of the week whose
        flag is missing: not in ``n``), sorted by flag, group, week. ``share``/``lo``/``hi`` are
        NaN when ``n = 0``. Dates may be text or time-zone aware (``start``/``end`` are then
        read in the dates' time zone).
    """
    for col in [by, date_col, *flags.values()]:
        if col not in df.columns:
            raise InputError(f"no column {col!r} for the weekly shares")
    dates = _dates(df[date_col], date_col)
    d = df[dates.notna()].assign(_date=dates[dates.notna()])
    lo = _bound(start, dates) if start is not None else d["_date"].min()
    hi = _bound(end, dates) if end is not None else d["_date"].max()
    first, last = lo.normalize(), hi.normalize()
    d = d[(d["_date"] >= first) & (d["_date"] < last + pd.Timedelta(days=1))]
    d = d.assign(_week=week_start(d["_date"]))
    weeks = pd.date_range(week_start(pd.Series([lo])).iloc[0], hi, freq="7D")
    groups = sorted(d[by].astype(str).unique())
    rows = []
    for name, col in flags.items():
        known = d[col].notna()
        items = d.assign(_known=known, _flag=d[col].where(known, False).astype(bool))
        grouped = items.groupby([items[by].astype(str), "_week"])
        counts, sizes = grouped[["_known", "_flag"]].sum(), grouped.size()
        for g in groups:
            for w in weeks:
                n, k = counts.loc[(g, w)] if (g, w) in counts.index else (0, 0)
                n, k, size = int(n), int(k), int(sizes.get((g, w), 0))
                lo_w, hi_w = wilson(k, n) if n else (np.nan, np.nan)
                days = (min(w + pd.Timedelta(days=6), last) - max(w, first)).days + 1
                share = k / n if n else np.nan
                rows.append((w, days, g, name, n, k, share, lo_w, hi_w, n < min_count, size - n))
    cols = ["week", "days", "group", "flag", "n", "k", "share", "lo", "hi", "few", "missing"]
    return pd.DataFrame(rows, columns=cols)


def _dates(values: pd.Series, name: str) -> pd.Series:
    """``values`` as datetimes (text parsed); one line naming the column when they are not."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return values
    try:
        return pd.to_datetime(values, format="mixed")
    except (TypeError, ValueError) as err:
        raise InputError(f"column {name!r} does not hold dates the weekly shares can read") from err


def _bound(value, dates: pd.Series) -> pd.Timestamp:
    """``start``/``end`` as a timestamp in the time zone of ``dates`` (naive dates: naive)."""
    t = pd.Timestamp(value)
    tz = getattr(dates.dt, "tz", None)
    if tz is None:
        return t.tz_localize(None) if t.tzinfo is not None else t
    return t.tz_convert(tz) if t.tzinfo is not None else t.tz_localize(tz)


def pooled_shares(weeks: pd.DataFrame, among: Sequence[str] | None = None) -> pd.DataFrame:
    """Per flag and group over the weeks of :func:`weekly_shares` that are not ``few``: ``weeks``,
    ``n``, ``k``, the pooled ``share = k / n`` with its Wilson 95% ``lo``/``hi``, and
    ``weeks_top`` — in how many of the weeks in which every group of ``among`` (default: all)
    has enough items this group's share was the highest (ties: each tied group counts)."""
    ok = weeks[~weeks["few"]]
    among = list(among) if among is not None else sorted(weeks["group"].unique())
    rows = []
    for flag, f in ok.groupby("flag", sort=True):
        wide = f.pivot(index="week", columns="group", values="share")
        full = wide.reindex(columns=among).dropna()
        top = full.eq(full.max(axis=1), axis=0).sum() if len(full) else pd.Series(dtype=int)
        for group, g in f.groupby("group", sort=True):
            n, k = int(g["n"].sum()), int(g["k"].sum())
            lo, hi = wilson(k, n)
            rows.append(
                {
                    "flag": flag,
                    "group": group,
                    "weeks": len(g),
                    "n": n,
                    "k": k,
                    "share": k / n if n else np.nan,
                    "lo": lo,
                    "hi": hi,
                    "weeks_compared": len(full),
                    "weeks_top": int(top.get(group, 0)) if group in among else 0,
                }
            )
    return pd.DataFrame(rows)
