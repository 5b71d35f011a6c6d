"""Where the article sits among a corpus's documents: strip plots and percentile and interval rows."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import to_rgba

from framing.present.charts.estimates import estimate_chart
from framing.present.charts.rows import (
    article_points,
    keep_right_texts_inside,
    precision_column,
    right_column,
    row_labels,
)
from framing.present.claims import is_topic
from framing.present.contrast import LARGE_MIN, composite, contrast_ratio
from framing.present.style import (
    DEFAULT_FOCAL_LABEL,
    FAINT,
    FONT_SIZE,
    MUTED,
    OKABE_ITO,
    TEXT_COLOR,
    axes_or_new,
    group_palette,
    mark_focal,
    outline,
)
from framing.present.tables import estimate_series


def _jitter(n: int, width: float) -> np.ndarray:
    """Deterministic spread of ``n`` points over ``[-width/2, width/2]`` (golden-ratio sequence)."""
    if n <= 1:
        return np.zeros(n)
    return ((np.arange(n) * 0.6180339887498949) % 1.0 - 0.5) * width


def strip_plot(
    ax: Axes | None,
    data: pd.DataFrame,
    value: str,
    group: str = "group",
    focal: float | None = None,
    order: Sequence[str] | None = None,
    xlabel: str | None = None,
    focal_label: str = DEFAULT_FOCAL_LABEL,
) -> Axes:
    """Where the article sits: one row of dots per group, the group median as a bar, the focal
    article as a dashed line with a star labelled ``focal_label``."""
    ax = axes_or_new(ax)
    groups = list(order) if order is not None else sorted(data[group].dropna().unique(), key=str)
    pal = group_palette(groups)
    for i, g in enumerate(groups):
        vals = np.sort(data.loc[data[group] == g, value].dropna().to_numpy(dtype=float))
        color, marker = pal[g]
        edge = outline(color, alpha=0.75)
        ys = i + _jitter(len(vals), 0.5)
        ax.scatter(
            vals,
            ys,
            s=16,
            facecolors=to_rgba(color, 0.75),
            edgecolors=edge,  # a light colour's dots get an edge of 3:1 on white
            marker=marker if marker != "." else "o",
            linewidths=0.6 if contrast_ratio(composite(color, alpha=0.75)) < LARGE_MIN else 0,
            zorder=3,
        )
        if len(vals) > 1:  # a single document is its own median: the bar would hide it
            med = float(np.median(vals))
            ax.plot([med, med], [i - 0.32, i + 0.32], color=TEXT_COLOR, linewidth=2, zorder=4)
    ax.set_yticks(range(len(groups)), [f"{g} (n={int((data[group] == g).sum())})" for g in groups])
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel or value)
    if focal is not None and not (isinstance(focal, float) and math.isnan(focal)):
        ax.set_ylim(len(groups) - 0.5, -0.9)
        mark_focal(ax, focal, label=focal_label)
    ax.plot([], [], color=TEXT_COLOR, linewidth=2, label="group median")
    ax.legend(loc="lower right", fontsize=FONT_SIZE - 2, handlelength=1.2)
    return ax


def percentile_chart(
    ax: Axes | None,
    table: pd.DataFrame,
    label: str = "metric",
    percentile: str = "percentile",
    lo: str | None = "percentile_lo",
    hi: str | None = "percentile_hi",
    note: str | None = None,
    note_title: str | None = None,
    section: str | None = "section",
    length: str | None = "length_percentile",
    precision: str | None = None,
    precision_title: str | None = "precision",
    interval_label: str = "95% interval of the article",
    focal_label: str = DEFAULT_FOCAL_LABEL,
) -> Axes:
    """Lollipops from the corpus median (50th percentile) to the article's percentile per metric.

    ``lo``/``hi`` columns (if present) are the percentiles of the article's 95% interval and are
    drawn as an error bar; ``length`` (if present) is the length-matched percentile (the article
    against same-length excerpts), a hollow diamond. ``section`` (if present) groups the rows
    under bold headings (e.g. topic mentions apart from frames). ``note`` and ``precision`` name
    columns of text written at the right (e.g. values, and each category's audited precision;
    entries containing "exploratory" are drawn in vermillion). ``focal_label`` names the
    article in the legend.
    """
    ax = axes_or_new(ax)
    t = table.reset_index(drop=True)
    ys = np.arange(len(t), dtype=float)
    heads: list[tuple[float, str]] = []
    if section and section in t:
        gap, prev = 0.0, None
        for i, sec in enumerate(t[section].astype(str)):
            if sec != prev:
                gap += 1.0 if prev is not None else 0.6
                heads.append((i + gap - 0.75, sec))
                prev = sec
            ys[i] = i + gap
    p = t[percentile].to_numpy(dtype=float)
    # Named in the legend, not on the axes, where a label would collide with markers.
    ax.axvline(50, color=MUTED, linewidth=1, zorder=1, label="corpus median")
    ax.hlines(ys, 50, p, color="#888888", linewidth=1.5, zorder=2)
    has_interval = lo in t and hi in t
    article_points(
        ax,
        p,
        ys,
        t[lo].to_numpy(dtype=float) if has_interval else None,
        t[hi].to_numpy(dtype=float) if has_interval else None,
        interval_label,
        focal_label,
    )
    if length and length in t and t[length].notna().any():
        ax.scatter(t[length].to_numpy(dtype=float), ys, marker="D", s=34, facecolors="white",
                   edgecolors=OKABE_ITO["vermillion"], linewidths=1.4, zorder=11,
                   label="against same-length excerpts")  # fmt: skip
    for y, text in heads:
        ax.text(1, y, text, fontsize=FONT_SIZE - 1, fontweight="bold", color=TEXT_COLOR,
                va="center", ha="left")  # fmt: skip
    row_labels(ax, ys, t[label], t[precision] if precision and precision in t else None)
    top = min([y for y, _ in heads], default=0.0)
    ax.set_ylim(float(ys.max()) + 0.5 if len(ys) else 0.5, top - 0.5)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 10, 25, 50, 75, 90, 100])
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("percentile among corpus documents (100 = highest)")
    x = 1.03
    if note and note in t:
        right_column(ax, x, ys, t[note].astype(str), note_title)
        x += 0.2
    if precision and precision in t:
        precision_column(ax, x, ys, t[precision], precision_title)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=FONT_SIZE - 2)
    if (note and note in t) or (precision and precision in t):
        keep_right_texts_inside(ax)
    return ax


def interval_chart(
    ax: Axes | None,
    table: pd.DataFrame,
    label: str = "metric",
    value: str = "per_1k",
    lo: str = "lo",
    hi: str = "hi",
    reference: str | None = None,
    xlabel: str = "per 1,000 words",
    inner: tuple[str, str] | None = None,
    interval_label: str = "95% interval",
    inner_label: str = "exact Poisson (the least uncertainty)",
    precision: str | None = None,
    precision_title: str | None = "precision",
    focal_label: str = DEFAULT_FOCAL_LABEL,
) -> Axes:
    """The article's rate per metric with its 95% interval; ``reference`` (e.g. a corpus median
    column) is drawn as a vermillion tick; ``focal_label`` names the article in the legend.

    ``inner`` names the lower and upper columns of a narrower interval drawn as a thick bar
    inside the whisker (the exact Poisson interval inside the sentence bootstrap's: what
    independent words alone would give, the least uncertainty). ``precision`` names a column
    of text written at the right (each category's audited precision; "exploratory" entries in
    vermillion).
    """
    ax = axes_or_new(ax)
    t = table.reset_index(drop=True)
    ys = np.arange(len(t))
    v = t[value].to_numpy(dtype=float)
    article_points(
        ax,
        v,
        ys,
        t[lo].to_numpy(dtype=float),
        t[hi].to_numpy(dtype=float),
        interval_label,
        focal_label,
    )
    if inner is not None and inner[0] in t and inner[1] in t:
        ax.hlines(ys, t[inner[0]].to_numpy(dtype=float), t[inner[1]].to_numpy(dtype=float),
                  color=FAINT, linewidth=5, zorder=2, label=inner_label)  # fmt: skip
    if reference and reference in t:
        ax.scatter(
            t[reference].to_numpy(dtype=float),
            ys,
            marker="|",
            s=200,
            color=OKABE_ITO["vermillion"],
            linewidths=2,
            zorder=4,
            label="corpus median",
        )
    row_labels(ax, ys, t[label], t[precision] if precision and precision in t else None)
    ax.set_ylim(len(t) - 0.5, -0.5)
    ax.set_xlim(left=0)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel)
    if precision and precision in t:
        precision_column(ax, 1.03, ys, t[precision], precision_title)
        keep_right_texts_inside(ax)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=FONT_SIZE - 2)
    return ax


#: Legend name of a whisker that is the sentence bootstrap's interval widened to the exact
#: Poisson one (``lower``/``upper`` of :func:`~framing.present.tables.article_rates`): not the
#: bootstrap's own ends, which are narrower where Poisson is wider (QA pass 11).
WIDENED_INTERVAL_LABEL = "sentence bootstrap\nwidened to exact Poisson"


def profile_chart(axes: Sequence[Axes], rates: pd.DataFrame, focal_label: str) -> None:
    """The two panels of an article's rate profile (an
    :func:`~framing.present.tables.article_rates` table): topic mentions left, frames and
    stance right, each by rate, with the widened 95% interval as whisker, the exact Poisson
    interval as grey bar and the audited precision at the right; one legend for both."""
    order = dict(by=["per_1k", "category"], ascending=[False, True], kind="mergesort")
    topic = rates["kind"].map(is_topic)
    parts = ((rates[topic], "Topic mentions"), (rates[~topic], "Frames and stance"))
    for ax, (part, name) in zip(axes, parts, strict=True):
        interval_chart(
            ax,
            part.sort_values(**order),
            label="label",
            lo="lower",
            hi="upper",
            inner=("poisson_lower", "poisson_upper"),
            interval_label=WIDENED_INTERVAL_LABEL,
            inner_label="exact Poisson",
            precision="precision_note",
            focal_label=focal_label,
        )
        ax.set_title(name, pad=16, loc="left", fontweight="bold")
        ax.get_legend().remove()
    handles, names = axes[0].get_legend_handles_labels()
    names = [DEFAULT_FOCAL_LABEL if n == focal_label else n for n in names]
    axes[1].set_xlim(0, 2.4 * rates.loc[~topic, "upper"].max())  # room for the legend
    axes[1].legend(handles, names, loc="lower right", fontsize=8, frameon=True)


def group_percentile_chart(ax: Axes | None, positions: pd.DataFrame, xlabel: str) -> Axes:
    """The article's percentile per metric in several groups: one row per metric, one dodged
    series per group, whiskers = the percentiles of its interval (a
    :func:`~framing.present.tables.positions_by_corpus` table; legend above, 50 dotted). With a
    ``kind`` column the topic mentions come first, above a line; with ``precision_note`` each
    category's audited precision is written at the right (exploratory ones in vermillion)."""
    n_topics = 0
    if "kind" in positions.columns:  # topic mentions first, apart from frames and stance
        topic = positions["kind"].map(is_topic).to_numpy(bool)
        n_topics = positions.loc[topic, "label"].nunique()
        positions = pd.concat([positions[topic], positions[~topic]], ignore_index=True)
    wide, series = estimate_series(positions, n="n")
    labelled = wide.assign(label=wide["label"].str.removesuffix(" per 1k"))
    ax = estimate_chart(ax, labelled, "label", series, xlabel, reference=50)
    ax.set_xlim(-2, 102)
    ys = np.arange(len(labelled), dtype=float)
    if "precision_note" in positions.columns:  # audited precision beside each category
        notes = positions.drop_duplicates("label").set_index("label")["precision_note"]
        notes = wide["label"].map(notes).fillna("not audited")
        row_labels(ax, ys, labelled["label"], notes)
        precision_column(ax, 1.02, ys, notes, None)
        keep_right_texts_inside(ax)
    if 0 < n_topics < len(labelled):  # topic mentions above the line
        ax.axhline(n_topics - 0.5, color=MUTED, linewidth=0.8)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=FONT_SIZE - 2)
    return ax
