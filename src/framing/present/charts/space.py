"""The documents in a two-dimensional framing space, and the article's nearest neighbours."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba

from framing.present.contrast import readable_on
from framing.present.style import (
    DEFAULT_FOCAL_LABEL,
    FAINT,
    FONT_SIZE,
    TEXT_COLOR,
    axes_or_new,
    group_palette,
    mark_focal,
    outline,
)

#: Hatches of the neighbours' bars, one per group in order of appearance (ten before one
#: repeats): the groups differ in more than colour (WCAG 1.4.1).
HATCHES = ("", "////", "....", "xxxx", "\\\\\\\\", "oo", "----", "++", "||||", "**")


def framing_space(
    ax: Axes | None,
    scores: pd.DataFrame,
    x: str = "PC1",
    y: str = "PC2",
    group: str = "group",
    focal: tuple[float, float] | None = None,
    loadings: pd.DataFrame | None = None,
    explained: tuple[float, float] | None = None,
    n_loadings: int = 6,
    arrows: Sequence[str] | None = None,
    axis_names: tuple[str, str] | None = None,
    focal_label: str = DEFAULT_FOCAL_LABEL,
) -> Axes:
    """PCA scores coloured by group, the focal article marked (``focal_label``), loadings as
    arrows.

    ``arrows`` picks the loadings drawn (e.g. the metrics that move the article most, from
    :func:`framing.stats.space.article_contributions`); otherwise the ``n_loadings`` strongest.
    ``axis_names`` are appended to the axis labels. Large groups are drawn small and light so
    that small groups and the article stay visible.
    """
    ax = axes_or_new(ax)
    groups = sorted(scores[group].dropna().unique(), key=str)
    pal = group_palette(groups)
    sizes = scores[group].value_counts()
    for g in sorted(groups, key=lambda g: (-int(sizes.get(g, 0)), str(g))):  # big groups first
        d = scores[scores[group] == g]
        color, marker = pal[g]
        big = len(d) > 50
        # every point has an opaque edge of 3:1 on white (the light colours darkened); a large
        # group's fill is light, a cloud behind the small groups and the article
        ax.scatter(
            d[x],
            d[y],
            s=9 if big else 30,
            color=to_rgba(color, 0.35 if big else 0.95),
            marker=marker if marker != "." else "o",
            linewidths=0.4 if big else 0.6,
            edgecolors=outline(color, alpha=0.95),
            label=f"{g} (n={len(d)})",
            zorder=3 if big else 5,
        )
    ax.axhline(0, color=FAINT, linewidth=0.8, zorder=1)
    ax.axvline(0, color=FAINT, linewidth=0.8, zorder=1)
    if loadings is not None and len(loadings):
        lo = loadings[[x, y]].astype(float)
        if arrows is not None:
            lo = lo.loc[[a for a in arrows if a in lo.index]]
        else:
            strength = np.hypot(lo[x], lo[y])
            lo = lo.loc[strength.sort_values(ascending=False, kind="mergesort").index[:n_loadings]]
        extent = float(np.nanmax(np.abs(scores[[x, y]].to_numpy(dtype=float)))) or 1.0
        scale = 0.8 * extent / float(np.nanmax(np.hypot(lo[x], lo[y])) or 1.0)
        for name, row in lo.iterrows():
            ax.annotate(
                "",
                xy=(row[x] * scale, row[y] * scale),
                xytext=(0, 0),
                arrowprops=dict(arrowstyle="->", color=TEXT_COLOR, linewidth=1.1),
                zorder=6,
            )
            ax.text(
                row[x] * scale * 1.06,
                row[y] * scale * 1.06,
                str(name),
                fontsize=FONT_SIZE - 2,
                color=TEXT_COLOR,
                ha="left" if row[x] >= 0 else "right",
                va="center",
                zorder=6,
                bbox=dict(boxstyle="round,pad=0.15", facecolor="white", alpha=0.8, linewidth=0),
            )
    if focal is not None:
        mark_focal(ax, focal[0], focal[1], label=focal_label)
    xl, yl = x, y
    if explained is not None:
        xl, yl = f"{x} ({explained[0]:.0%} of variance)", f"{y} ({explained[1]:.0%} of variance)"
    if axis_names is not None:
        xl, yl = f"{xl}: {axis_names[0]}", f"{yl}: {axis_names[1]}"
    ax.set_xlabel(xl)
    ax.set_ylabel(yl)
    handles, names = ax.get_legend_handles_labels()
    order = sorted(range(len(names)), key=lambda i: names[i])
    ax.legend(
        [handles[i] for i in order],
        [names[i] for i in order],
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=FONT_SIZE - 2,
        markerscale=1.4,
    )
    for h in ax.get_legend().legend_handles:
        if hasattr(h, "set_alpha"):
            h.set_alpha(1.0)
    return ax


def neighbours_chart(
    ax: Axes | None,
    nn: pd.DataFrame,
    names: Sequence[str],
    group: str = "group",
    value: str = "cosine_similarity",
    baseline: dict | None = None,
) -> Axes:
    """Nearest neighbours as bars (one per document, ``names`` on the y axis), coloured by group
    with a legend, and the baseline — the median and 90th percentile of every document's
    similarity (``nn.attrs["baseline"]``) — as dashed lines, so "similar" has a yardstick."""
    ax = axes_or_new(ax)
    t = nn.reset_index(drop=True)
    groups = list(dict.fromkeys(t[group].astype(str)))
    pal = group_palette(groups)
    for k, g in enumerate(groups):
        rows = t.index[t[group].astype(str) == g]
        # a hatch per group besides its colour (WCAG 1.4.1), an edge of 3:1 (1.4.11)
        colour = pal[g][0]
        ax.barh(
            rows,
            t.loc[rows, value],
            color=colour,
            label=g,
            zorder=3,
            hatch=HATCHES[k % len(HATCHES)],
            hatchcolor=readable_on(colour),  # the hatch stands out from the fill
            edgecolor=outline(colour),
            linewidth=0.8,
        )
    base = baseline if baseline is not None else t.attrs.get("baseline")
    if base:
        for key, style_, text in (
            ("median", "--", "median document"),
            ("p90", ":", "90th percentile"),
        ):
            if np.isfinite(base.get(key, np.nan)):
                ax.axvline(base[key], color=TEXT_COLOR, linestyle=style_, linewidth=1.1, zorder=4,
                           label=f"{text} ({base[key]:.2f})")  # fmt: skip
    ax.set_yticks(range(len(t)), list(names), fontsize=FONT_SIZE - 2)
    ax.set_ylim(len(t) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel("cosine similarity to the article")
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=3, fontsize=FONT_SIZE - 2)
    return ax
