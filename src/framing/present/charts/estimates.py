"""Estimates with their intervals: shares of voice and target, precision panels."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from framing.present.style import FONT_SIZE, OKABE_ITO, axes_or_new, new_figure
from framing.present.tables import estimate_series


def estimate_chart(
    ax: Axes | None,
    table: pd.DataFrame,
    label: str,
    series: Sequence[tuple[str, str, str, str]],
    xlabel: str,
    reference: float | None = None,
) -> Axes:
    """Point estimates with 95% intervals, one row per ``label``, several series dodged.

    ``series`` holds ``(legend name, value column, lower column, upper column)`` tuples; each
    series gets one Okabe–Ito colour and marker (a fifth series, black stars: the article where
    groups come first). ``reference`` draws a dotted vertical line
    (e.g. AUC 0.5 = chance).
    """
    ax = axes_or_new(ax)
    t = table.reset_index(drop=True)
    ys = np.arange(len(t), dtype=float)
    colours = [
        OKABE_ITO["blue"],
        OKABE_ITO["vermillion"],
        OKABE_ITO["bluish_green"],
        OKABE_ITO["reddish_purple"],
        OKABE_ITO["black"],
    ]
    markers = ["o", "s", "D", "^", "*"]
    for k, (name, value, lo, hi) in enumerate(series):
        v = t[value].to_numpy(dtype=float)
        offset = (k - (len(series) - 1) / 2) * (0.22 if len(series) <= 4 else 0.17)
        ax.errorbar(
            v,
            ys + offset,
            xerr=[
                np.clip(v - t[lo].to_numpy(dtype=float), 0, None),
                np.clip(t[hi].to_numpy(dtype=float) - v, 0, None),
            ],
            fmt=markers[k % len(markers)],
            color=colours[k % len(colours)],
            capsize=2.5,
            markersize=5,
            label=name,
        )
    if reference is not None:
        ax.axvline(reference, color="grey", lw=0.8, ls=":")
    ax.set_yticks(ys, t[label].astype(str))
    ax.set_ylim(len(t) - 0.5, -0.5)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel)
    return ax


def share_chart(
    ax: Axes | None, data: pd.DataFrame, label: str, groups: Sequence[str], goal: float
) -> Axes:
    """Shares judged correct with their intervals (columns ``share/lo/hi <group>``), one dodged
    series per group, from 0 to 1 with the ``goal`` dotted and the legend above (the audit
    figures of the validation notebook)."""
    ax = estimate_chart(
        ax,
        data,
        label,
        [(g, f"share {g}", f"lo {g}", f"hi {g}") for g in groups],
        xlabel="share correct",
        reference=goal,
    )
    ax.set_xlim(0, 1.01)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=len(groups))
    return ax


def voice_share_chart(ax: Axes | None, shares: pd.DataFrame) -> Axes:
    """The share of each stance category's matches in the author's own voice with its
    interval, one row per ``label``, one dodged series per ``group`` (a
    :func:`~framing.present.tables.voice_share_rows` table), from 0 to 1, one half dotted, the
    legend above."""
    wide, series = estimate_series(
        shares, by="group", label="label", value="share_author", lo="lower", hi="upper", n="units"
    )
    ax = estimate_chart(
        ax, wide, "label", series, "share of matches in the author's own voice", reference=0.5
    )
    ax.set_xlim(0, 1.01)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=FONT_SIZE - 2)
    return ax


def target_share_chart(ax: Axes | None, rows: pd.DataFrame) -> Axes:
    """Each actor's share of a group's targets with its interval, one row per ``label`` (the
    rules' and the readers' estimate per actor), one dodged series per ``group`` (a
    :func:`~framing.present.tables.target_share_rows` table), from 0 to 1, the legend above."""
    wide, series = estimate_series(
        rows, by="group", label="label", value="share", lo="lower", hi="upper", n="units"
    )
    ax = estimate_chart(ax, wide, "label", series, "share of the group's targets")
    ax.set_xlim(0, 1.01)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=FONT_SIZE - 2)
    return ax


def share_figure(
    data: pd.DataFrame,
    groups: Sequence[str],
    goal: float,
    title: str,
    subtitle: str,
    source: str,
    label: str = "assignment",
):
    """A figure of :func:`share_chart` (8 x 5 in) with a finding as title, a subtitle and the
    source caption; returns the figure (the audit figures of the validation notebook)."""
    fig, ax = new_figure(title, subtitle=subtitle, source=source, figsize=(8, 5))
    share_chart(ax, data, label, groups, goal)
    return fig


def precision_panels(
    axes: Sequence[Axes], table: pd.DataFrame, groups: dict[str, str], goals: Sequence[float]
) -> None:
    """The two panels of a precision audit figure: left, ``<group>_precision`` with its Wilson
    interval per category (``goals`` dotted); right, ``<group>_per_1k``, matches per 1,000
    words; one series per outlet group (key -> legend name), the legend above both panels
    (a :func:`framing.stats.media_audit.media_audit_table`)."""
    estimate_chart(
        axes[0],
        table,
        "category",
        [(name, f"{g}_precision", f"{g}_lo", f"{g}_hi") for g, name in groups.items()],
        xlabel="precision (share of matches judged correct)",
    )
    for goal in goals:
        axes[0].axvline(goal, color="grey", lw=0.8, ls=":")
    axes[0].set_xlim(0.0, 1.02)
    estimate_chart(
        axes[1],
        table,
        "category",
        [(name, f"{g}_per_1k", f"{g}_per_1k", f"{g}_per_1k") for g, name in groups.items()],
        xlabel="matches per 1,000 words",
    )
    axes[1].set_xlim(left=0)
    axes[0].legend(loc="lower center", bbox_to_anchor=(1.0, 1.0), ncols=len(groups))
