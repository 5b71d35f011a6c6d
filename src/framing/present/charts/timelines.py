"""Rates over time: trend lines, weekly lines and a reference panel, with the article's date
marked."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import to_rgb

from framing.present.style import (
    BAND_ALPHA,
    BAND_EDGE,
    FOCAL_GID,
    FONT_SIZE,
    MUTED,
    axes_or_new,
    band_stack,
    group_palette,
    line_casing,
    line_styles,
    mark_focal,
    outline,
)


def trend_lines(
    ax: Axes | None,
    data: pd.DataFrame,
    date: str = "month",
    value: str = "value",
    group: str = "group",
    event: str | None = None,
    event_label: str | None = None,
    ylabel: str | None = None,
    lower: str | None = None,
    upper: str | None = None,
    partial: str | None = None,
) -> Axes:
    """Monthly lines per group; ``event`` (a date) draws a vertical marker labelled
    ``event_label`` (default: the date), e.g. the focal article's date.

    ``lower``/``upper`` columns draw each group's 95% interval as a shaded band with dashed
    edges; the edges, the lines and their markers have 3:1 (WCAG 1.4.11) on the tint of every
    band at once, the darkest ground they can cross. A boolean ``partial`` column draws those
    points hollow (months a source covers only in part). A group whose colour is near another's
    for colour-blind readers gets a dashed line (:func:`~framing.present.style.line_styles`).
    """
    ax = axes_or_new(ax)
    d = data.assign(**{date: pd.to_datetime(data[date])})
    groups = sorted(d[group].dropna().unique(), key=str)
    pal = group_palette(groups)
    dashes = line_styles(pal)
    bands = bool(lower and upper and lower in d and upper in d)
    under = band_stack(pal[g][0] for g in groups) if bands else "white"
    any_partial = False
    for g in groups:
        s = d[d[group] == g].sort_values(date, kind="mergesort")
        color, marker = pal[g]
        marker = marker if marker != "." else "o"
        edge = outline(color, background=under)
        if bands:
            ax.fill_between(s[date], s[lower], s[upper], facecolor=(*to_rgb(color), BAND_ALPHA),
                            edgecolor=edge, zorder=2, **BAND_EDGE)  # fmt: skip
        ax.plot(s[date], s[value], color=color, marker=marker, markersize=4, linewidth=1.6,
                linestyle=dashes[g], markeredgecolor=edge,
                path_effects=line_casing(color, 1.6, under), label=str(g), zorder=3)  # fmt: skip
        if partial and partial in s and s[partial].any():
            p = s[s[partial].astype(bool)]
            ax.plot(p[date], p[value], linestyle="none", marker=marker, markersize=7,
                    markerfacecolor="white", markeredgecolor=edge,
                    markeredgewidth=1.5, zorder=4)  # fmt: skip
            any_partial = True
    if any_partial:
        ax.plot([], [], linestyle="none", marker="o", markersize=7, markerfacecolor="white",
                markeredgecolor=MUTED, label="partial month")  # fmt: skip
    if bands:
        ax.fill_between([], [], [], facecolor=(*to_rgb(MUTED), 0.25), edgecolor=MUTED,
                        label="95% interval", **BAND_EDGE)  # fmt: skip
    _mark_event(ax, event, event_label)
    ax.set_ylabel(ylabel or value)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=FONT_SIZE - 2)
    _date_axis(ax, maxticks=8)
    return ax


def _mark_event(ax: Axes, event: str | None, label: str | None) -> None:
    """A dashed vertical line at ``event`` (gid focal-article), labelled ``label`` (None: the
    date, ``24 Mar 2022``; '': no label)."""
    if not event:
        return
    ev = pd.Timestamp(event)
    ax.axvline(ev, color="black", linestyle="--", linewidth=1.1, zorder=2).set_gid(FOCAL_GID)
    text = label if label is not None else f"{ev.day} {ev:%b %Y}"
    if text:
        ax.text(
            ev,
            1.0,
            f" {text}",
            transform=ax.get_xaxis_transform(),
            ha="left",
            va="top",
            fontsize=FONT_SIZE - 2,
            fontweight="bold",
        )


def _date_axis(ax: Axes, maxticks: int) -> None:
    import matplotlib.dates as mdates

    loc = mdates.AutoDateLocator(maxticks=maxticks)
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))


def reference_panel(
    ax: Axes | None,
    rows: pd.DataFrame,
    article: tuple[float, float, float],
    label: str = "group",
    value: str = "per_1k",
    lower: str = "lower",
    upper: str = "upper",
    xlabel: str = "per 1,000 words",
    article_label: str = "the article",
) -> Axes:
    """The article's rate with its interval (a star, top row) beside the groups' rates with
    theirs (one row each, group colours): a separate panel where one article and monthly pools
    of many documents are not drawn on one line as if alike."""
    ax = axes_or_new(ax)
    t = rows.reset_index(drop=True)
    pal = group_palette(list(t[label].astype(str)))
    a, alo, ahi = article
    ax.errorbar([a], [0], xerr=[[max(a - alo, 0)], [max(ahi - a, 0)]], fmt="none",
                ecolor="black", elinewidth=1.2, capsize=3, zorder=3)  # fmt: skip
    mark_focal(ax, a, 0, label=None, annotate=False, size=12)
    for i, r in enumerate(t.itertuples(index=False), start=1):
        g = str(getattr(r, label))
        color, marker = pal[g]
        v, lo, hi = (float(getattr(r, c)) for c in (value, lower, upper))
        ax.errorbar([v], [i], xerr=[[max(v - lo, 0)], [max(hi - v, 0)]],
                    fmt=marker if marker != "." else "o", color=outline(color), capsize=3,
                    markerfacecolor=color, markersize=5)  # fmt: skip
    ax.set_yticks(range(len(t) + 1), [article_label, *t[label].astype(str)])
    ax.set_ylim(len(t) + 0.5, -0.5)
    ax.set_xlim(left=0)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel)
    return ax


def weekly_lines(
    ax: Axes | None,
    data: pd.DataFrame,
    value: str = "share",
    week: str = "week",
    group: str = "group",
    few: str | None = "few",
    order: Sequence[str] | None = None,
    event: str | None = None,
    event_label: str | None = None,
    ylabel: str | None = None,
    percent: bool = True,
    legend: bool = True,
    hide_few: bool = False,
) -> Axes:
    """Weekly values per group as lines; weeks flagged in ``few`` are hollow markers off the line.

    A group whose colour is near another's for colour-blind readers gets a dashed line
    (:func:`~framing.present.style.line_styles`: China Daily beside Global Times).

    A flagged week (too few items for its value to mean much) breaks the line and is drawn as a
    hollow marker of the group's colour, or not at all with ``hide_few``; weeks with a missing
    value are gaps. ``percent`` shows ``value`` (a share in 0-1) as per cent. A dashed line
    marks ``event`` (the focal article), labelled ``event_label`` unless it is empty.
    """
    ax = axes_or_new(ax)
    d = data.assign(**{week: pd.to_datetime(data[week])})
    groups = list(order) if order is not None else sorted(d[group].dropna().unique(), key=str)
    pal = group_palette(groups)
    dashes = line_styles(pal)
    scale = 100.0 if percent else 1.0
    for g in groups:
        s = d[d[group] == g].sort_values(week, kind="mergesort")
        color, marker = pal[g]
        marker = marker if marker != "." else "o"
        y = s[value].to_numpy(dtype=float) * scale
        flagged = s[few].to_numpy(dtype=bool) if few else np.zeros(len(s), dtype=bool)
        line = dict(
            color=color,
            marker=marker,
            markersize=4,
            linewidth=1.5,
            linestyle=dashes[g],
            zorder=3,
            markeredgecolor=outline(color),
            path_effects=line_casing(color, 1.5),
        )
        ax.plot(s[week], np.where(flagged, np.nan, y), label=str(g), **line)
        if flagged.any() and not hide_few:
            hollow = dict(markerfacecolor="white", markeredgecolor=outline(color), markersize=5)
            ax.plot(s[week][flagged], y[flagged], linestyle="none", marker=marker, **hollow)
    if few and d[few].any() and not hide_few:
        hollow = dict(markerfacecolor="white", markeredgecolor=MUTED)
        ax.plot([], [], linestyle="none", marker="o", label="few items (flagged)", **hollow)
    _mark_event(ax, event, event_label)
    ax.set_ylabel(ylabel or value)
    if percent:
        ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    if legend:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=FONT_SIZE - 2)
    _date_axis(ax, maxticks=10)
    return ax
