"""Chart functions: each takes an ``Axes`` and data and returns the ``Axes``.

Usage in a notebook::

    from framing.present import charts, saving, style

    fig, ax = style.new_figure(
        "The article hedges more than 9 in 10 UN speeches",
        subtitle="Hedges per 1,000 words, UN General Debate 2022",
        source="UN General Debate Corpus (Jankin, Baturo & Dasandi), session 77, CC0",
    )
    charts.strip_plot(ax, scores, value="hedge_per_1k", group="group", focal=4.2)
    saving.save_figure(fig, "02-hedges-un", data=scores[["doc_id", "group", "hedge_per_1k"]],
                       caption="Hedges per 1k words by speaker group", inputs=["unscon"])
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.transforms import Bbox

from framing.engine.language import ENGLISH_FUNCTION_WORDS
from framing.present.claims import is_topic
from framing.present.style import (
    DEFAULT_FOCAL_LABEL,
    FOCAL_GID,
    FONT_SIZE,
    MUTED,
    OKABE_ITO,
    TEXT_COLOR,
    axes_or_new,
    fit_legends,
    group_palette,
    mark_focal,
    new_figure,
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
        ys = i + _jitter(len(vals), 0.5)
        ax.scatter(
            vals,
            ys,
            s=16,
            color=color,
            marker=marker if marker != "." else "o",
            alpha=0.75,
            linewidths=0,
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


def _article_points(
    ax: Axes,
    x: np.ndarray,
    ys: np.ndarray,
    lo: np.ndarray | None,
    hi: np.ndarray | None,
    interval_label: str,
    focal_label: str = DEFAULT_FOCAL_LABEL,
) -> None:
    """The focal article's values as stars, with their 95% intervals when ``lo``/``hi`` given."""
    if lo is not None and hi is not None:
        ax.errorbar(
            x,
            ys,
            xerr=[np.clip(x - lo, 0, None), np.clip(hi - x, 0, None)],
            fmt="none",
            ecolor="black",
            elinewidth=1.2,
            capsize=3,
            zorder=3,
            label=interval_label,
        )
    for xv, y in zip(x, ys, strict=True):
        mark_focal(ax, xv, y, label=None, annotate=False, size=12)
    ax.plot([], [], marker="*", color="black", linestyle="none", markersize=12, label=focal_label)


def _right_column(ax: Axes, x: float, ys, texts, title: str | None, colors=None) -> None:
    """A column of text right of the axes at ``x`` (axes fraction), one entry per row."""
    if title:
        ax.text(x, -0.5 if len(ys) == 0 else min(ys) - 0.9, title,
                transform=ax.get_yaxis_transform(), va="bottom", fontsize=FONT_SIZE - 2,
                color=MUTED, fontweight="bold", clip_on=False)  # fmt: skip
    colors = colors or [MUTED] * len(ys)
    for y, s, c in zip(ys, texts, colors, strict=True):
        ax.text(x, y, s, transform=ax.get_yaxis_transform(), va="center",
                fontsize=FONT_SIZE - 2, color=c, clip_on=False)  # fmt: skip


def _keep_right_texts_inside(ax: Axes, margin_in: float = 0.08) -> None:
    """Narrow the figure's layout area until the text written right of ``ax`` (the value and
    precision columns) ends inside the figure: constrained layout places the axes without those
    texts, so long row labels would push them past the right edge."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    fig = ax.figure
    engine = fig.get_layout_engine()
    if not isinstance(engine, ConstrainedLayoutEngine):
        return
    for _ in range(4):
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        right = max((t.get_window_extent(renderer).x1 for t in ax.texts), default=0.0)
        width = fig.bbox.width
        over = right - (width - margin_in * fig.dpi)
        if over <= 0.5:
            return
        x0, y0, w, h = engine.get()["rect"]
        engine.set(rect=(x0, y0, max(0.3, w - over / width), h))


def _row_labels(ax: Axes, ys, labels: pd.Series, notes: pd.Series | None) -> None:
    """Y tick labels; a row whose precision note says "exploratory" says so, in vermillion."""
    names = labels.astype(str).tolist()
    weak = ["exploratory" in str(x) for x in notes] if notes is not None else [False] * len(names)
    names = [f"{n} (exploratory)" if w else n for n, w in zip(names, weak, strict=True)]
    ax.set_yticks(ys, names)
    for tick, w in zip(ax.get_yticklabels(), weak, strict=True):
        if w:
            tick.set_color(OKABE_ITO["vermillion"])


def _precision_column(ax: Axes, x: float, ys, notes, title: str | None) -> None:
    """Audited precision at the right: numbers only, exploratory ones in vermillion (the row's
    label says "exploratory")."""
    texts = [
        str(n).removeprefix("precision ").removesuffix(", exploratory").replace("; ", "\n")
        for n in notes
    ]  # a second measure (official texts) on a line of its own
    colors = [OKABE_ITO["vermillion"] if "exploratory" in str(n) else MUTED for n in notes]
    _right_column(ax, x, ys, texts, title, colors)


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
    _article_points(
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
    _row_labels(ax, ys, t[label], t[precision] if precision and precision in t else None)
    top = min([y for y, _ in heads], default=0.0)
    ax.set_ylim(float(ys.max()) + 0.5 if len(ys) else 0.5, top - 0.5)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 10, 25, 50, 75, 90, 100])
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("percentile among corpus documents (100 = highest)")
    x = 1.03
    if note and note in t:
        _right_column(ax, x, ys, t[note].astype(str), note_title)
        x += 0.2
    if precision and precision in t:
        _precision_column(ax, x, ys, t[precision], precision_title)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=FONT_SIZE - 2)
    if (note and note in t) or (precision and precision in t):
        _keep_right_texts_inside(ax)
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
    _article_points(
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
                  color="#AAAAAA", linewidth=5, zorder=2, label=inner_label)  # fmt: skip
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
    _row_labels(ax, ys, t[label], t[precision] if precision and precision in t else None)
    ax.set_ylim(len(t) - 0.5, -0.5)
    ax.set_xlim(left=0)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel)
    if precision and precision in t:
        _precision_column(ax, 1.03, ys, t[precision], precision_title)
        _keep_right_texts_inside(ax)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=FONT_SIZE - 2)
    return ax


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
        shares, by="group", label="label", value="share_author", lo="lower", hi="upper"
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
        rows, by="group", label="label", value="share", lo="lower", hi="upper"
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


#: colour and marker face of each goal status (:func:`goal_chart`)
GOAL_STATUS_STYLE = {
    "met": (OKABE_ITO["bluish_green"], "full"),
    "not met": (OKABE_ITO["vermillion"], "full"),
    "too few": (MUTED, "none"),
    "no goal": (MUTED, "full"),
}


def _goal_label(r) -> str:
    if not pd.isna(r["n"]) and int(r["n"]) == 0:
        return f"{r['measure']} · {r['group']} (none judged)"
    rnd = "" if pd.isna(r["round"]) else f" (round {int(r['round'])})"
    return f"{r['measure']} · {r['group']}{rnd}"


def goal_chart(ax: Axes | None, cells: pd.DataFrame, xlabel: str) -> Axes:
    """One row per goal cell (:func:`framing.stats.goal_status.goal_status`): the value with
    its 95% interval, coloured by ``status`` (met, not met; hollow grey: too few judged rows;
    grey: no goal), and the cell's threshold as a black tick. Row labels read ``measure ·
    group (round N)``; each corpus opens with a header row in italics."""
    ax = axes_or_new(ax)
    t = cells.reset_index(drop=True)
    corpus = t["corpus"].to_numpy()
    new_block = np.r_[True, corpus[1:] != corpus[:-1]]
    ys = np.arange(len(t), dtype=float) + np.cumsum(new_block)
    for status, (colour, face) in GOAL_STATUS_STYLE.items():
        sel = (t["status"] == status).to_numpy()
        if not sel.any():
            continue
        v = t.loc[sel, "value"].to_numpy(dtype=float)
        ax.errorbar(
            v,
            ys[sel],
            xerr=[
                np.clip(v - t.loc[sel, "lo"].to_numpy(dtype=float), 0, None),
                np.clip(t.loc[sel, "hi"].to_numpy(dtype=float) - v, 0, None),
            ],
            fmt="o",
            color=colour,
            mfc=colour if face == "full" else "white",
            capsize=2,
            markersize=4.5,
            lw=1.1,
            label=status,
        )
    thr = t["threshold"].to_numpy(dtype=float)
    has = ~np.isnan(thr)
    ax.scatter(thr[has], ys[has], marker="|", s=90, color=TEXT_COLOR, lw=1.2, zorder=3)
    heads = ys[new_block] - 1
    ticks = np.r_[ys, heads]
    labels = [_goal_label(r) for _, r in t.iterrows()] + list(corpus[new_block])
    ax.set_yticks(ticks, labels, fontsize=FONT_SIZE - 1.5)
    for tick in ax.get_yticklabels()[len(t) :]:
        tick.set_fontweight("bold")
        tick.set_fontstyle("italic")
    for y in heads[1:]:
        ax.axhline(y - 0.5, color=MUTED, lw=0.5)
    ax.set_ylim(ys[-1] + 0.5, -0.5)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel)
    return ax


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
    wide, series = estimate_series(positions)
    labelled = wide.assign(label=wide["label"].str.removesuffix(" per 1k"))
    ax = estimate_chart(ax, labelled, "label", series, xlabel, reference=50)
    ax.set_xlim(-2, 102)
    ys = np.arange(len(labelled), dtype=float)
    if "precision_note" in positions.columns:  # audited precision beside each category
        notes = positions.drop_duplicates("label").set_index("label")["precision_note"]
        notes = wide["label"].map(notes).fillna("not audited")
        _row_labels(ax, ys, labelled["label"], notes)
        _precision_column(ax, 1.02, ys, notes, None)
        _keep_right_texts_inside(ax)
    if 0 < n_topics < len(labelled):  # topic mentions above the line
        ax.axhline(n_topics - 0.5, color=MUTED, linewidth=0.8)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=FONT_SIZE - 2)
    return ax


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
        ax.scatter(
            d[x],
            d[y],
            s=9 if big else 30,
            color=color,
            marker=marker if marker != "." else "o",
            alpha=0.35 if big else 0.95,
            linewidths=0 if big else 0.6,
            edgecolors="white",
            label=f"{g} (n={len(d)})",
            zorder=3 if big else 5,
        )
    ax.axhline(0, color="#BBBBBB", linewidth=0.8, zorder=1)
    ax.axvline(0, color="#BBBBBB", linewidth=0.8, zorder=1)
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
    for g in groups:
        rows = t.index[t[group].astype(str) == g]
        ax.barh(rows, t.loc[rows, value], color=pal[g][0], label=g, zorder=3)
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


def _place_labels(ax: Axes, points: list[tuple[float, float, str, str]], fontsize: float) -> int:
    """Greedy, deterministic label placement without overlaps; returns the number left out."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    axbox = ax.get_window_extent(renderer)
    placed = [a.get_window_extent(renderer) for a in ax.texts]
    placed += [
        Bbox.from_bounds(px - 3, py - 3, 6, 6)
        for px, py in ax.transData.transform([(p[0], p[1]) for p in points]).tolist()
    ]
    offsets = [
        (4, 3, "left", "bottom"),
        (4, -3, "left", "top"),
        (-4, 3, "right", "bottom"),
        (-4, -3, "right", "top"),
        (0, 7, "center", "bottom"),
        (0, -7, "center", "top"),
        (9, 0, "left", "center"),
        (-9, 0, "right", "center"),
    ]
    skipped = 0
    for px, py, text, color in points:
        for dx, dy, ha, va in offsets:
            t = ax.annotate(
                text,
                (px, py),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=fontsize,
                color=color,
                zorder=6,
            )
            t.set_in_layout(False)
            bb = t.get_window_extent(renderer).expanded(1.04, 1.1)
            inside = (
                axbox.x0 <= bb.x0 and bb.x1 <= axbox.x1 and axbox.y0 <= bb.y0 and bb.y1 <= axbox.y1
            )
            if inside and not any(bb.overlaps(o) for o in placed):
                placed.append(bb)
                break
            t.remove()
        else:
            skipped += 1
    return skipped


def fightin_words(
    ax: Axes | None,
    table: pd.DataFrame,
    x: str = "log_freq",
    y: str = "z",
    term: str = "term",
    labels: tuple[str, str] = ("article", "corpus"),
    n_labels: int = 12,
    threshold: float = 1.96,
    passes: str | None = "passes",
    function_words: bool = False,
) -> Axes:
    """Fightin' Words (Monroe, Colaresi & Quinn 2008): ``x`` log frequency, ``y`` z-score of the
    log-odds ratio.

    With a ``passes`` column (:func:`framing.stats.keyness.add_tests`) only the terms that pass
    the exact and the document-aware test after adjustment are coloured and labelled (the top
    ``n_labels`` per side by z); without one, terms beyond ``±threshold`` are. English function
    words (:data:`~framing.engine.language.ENGLISH_FUNCTION_WORDS`; ``US`` is not ``us``) are
    left out unless ``function_words``. Positive z favours ``labels[0]``. Overlapping labels
    are left out (count in ``ax._framing_skipped``).
    """
    ax = axes_or_new(ax)
    use_tests = bool(passes) and passes in table.columns
    cols = [term, x, y, *([passes] if use_tests else [])]
    t = table[cols].dropna(subset=[term, x, y])
    if not function_words:
        t = t[~t[term].astype(str).isin(ENGLISH_FUNCTION_WORDS)]
    t = t.sort_values([y, term], kind="mergesort").reset_index(drop=True)
    pos_c, neg_c = OKABE_ITO["vermillion"], OKABE_ITO["blue"]
    if use_tests:
        ok = t[passes].astype(bool)
        sig_pos, sig_neg = ok & (t[y] > 0), ok & (t[y] < 0)
        how = "fails the tests"
    else:
        sig_pos, sig_neg = t[y] >= threshold, t[y] <= -threshold
        how = f"|z| < {threshold:g}"
    mid = ~(sig_pos | sig_neg)
    ax.scatter(t.loc[mid, x], t.loc[mid, y], s=6, color="#BBBBBB", linewidths=0, zorder=2,
               label=f"not distinguishable ({how})")  # fmt: skip
    ax.scatter(t.loc[sig_pos, x], t.loc[sig_pos, y], s=14, color=pos_c, linewidths=0, zorder=3,
               label=f"more typical of {labels[0]}")  # fmt: skip
    ax.scatter(t.loc[sig_neg, x], t.loc[sig_neg, y], s=14, color=neg_c, linewidths=0, zorder=3,
               label=f"more typical of {labels[1]}")  # fmt: skip
    if not use_tests:
        for s in (threshold, -threshold):
            ax.axhline(s, color="#999999", linewidth=0.8, linestyle=":", zorder=1)
    ax.axhline(0, color="#BBBBBB", linewidth=0.8, zorder=1)
    ax.set_xlabel("log frequency (both texts)")
    ax.set_ylabel("z-score of log-odds ratio")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, fontsize=FONT_SIZE - 2)
    fit_legends(ax.figure)  # before the labels are placed in the axes the layout leaves
    top = pd.concat(
        [
            t[sig_pos]
            .sort_values([y, term], ascending=[False, True], kind="mergesort")
            .head(n_labels),
            t[sig_neg]
            .sort_values([y, term], ascending=[True, True], kind="mergesort")
            .head(n_labels),
        ]
    )
    top = top.assign(_a=top[y].abs()).sort_values(
        ["_a", term], ascending=[False, True], kind="mergesort"
    )
    pts = [
        (float(r[x]), float(r[y]), str(r[term]), pos_c if r[y] > 0 else neg_c)
        for _, r in top.iterrows()
    ]
    ax._framing_skipped = _place_labels(ax, pts, FONT_SIZE - 2)  # type: ignore[attr-defined]
    return ax


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

    ``lower``/``upper`` columns draw each group's 95% interval as a shaded band; a boolean
    ``partial`` column draws those points hollow (months a source covers only in part).
    """
    ax = axes_or_new(ax)
    d = data.assign(**{date: pd.to_datetime(data[date])})
    groups = sorted(d[group].dropna().unique(), key=str)
    pal = group_palette(groups)
    any_partial = False
    for g in groups:
        s = d[d[group] == g].sort_values(date, kind="mergesort")
        color, marker = pal[g]
        marker = marker if marker != "." else "o"
        if lower and upper and lower in s and upper in s:
            ax.fill_between(s[date], s[lower], s[upper], color=color, alpha=0.15, linewidth=0,
                            zorder=2)  # fmt: skip
        ax.plot(s[date], s[value], color=color, marker=marker, markersize=4, linewidth=1.6,
                label=str(g), zorder=3)  # fmt: skip
        if partial and partial in s and s[partial].any():
            p = s[s[partial].astype(bool)]
            ax.plot(p[date], p[value], linestyle="none", marker=marker, markersize=7,
                    markerfacecolor="white", markeredgecolor=color, markeredgewidth=1.5,
                    zorder=4)  # fmt: skip
            any_partial = True
    if any_partial:
        ax.plot([], [], linestyle="none", marker="o", markersize=7, markerfacecolor="white",
                markeredgecolor=MUTED, label="partial month")  # fmt: skip
    if lower and upper:
        ax.fill_between([], [], [], color=MUTED, alpha=0.25, label="95% interval")
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
                    fmt=marker if marker != "." else "o", color=color, capsize=3,
                    markersize=5)  # fmt: skip
    ax.set_yticks(range(len(t) + 1), [article_label, *t[label].astype(str)])
    ax.set_ylim(len(t) + 0.5, -0.5)
    ax.set_xlim(left=0)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel)
    return ax


def heatmap(
    ax: Axes | None,
    matrix: pd.DataFrame,
    cmap: str = "Blues",
    fmt: str = "{:.0f}",
    xlabel: str | None = None,
    ylabel: str | None = None,
) -> Axes:
    """Rows × columns counts (e.g. actor × frame) as a heatmap with the value written in each cell."""
    ax = axes_or_new(ax)
    m = matrix.astype(float)
    vals = m.to_numpy()
    vmax = float(np.nanmax(vals)) if vals.size and np.isfinite(vals).any() else 1.0
    im = ax.imshow(
        vals, cmap=cmap, vmin=0, vmax=vmax or 1.0, aspect="auto", interpolation="nearest"
    )
    ax.set_xticks(
        range(m.shape[1]),
        [str(c) for c in m.columns],
        rotation=30,
        ha="right",
        rotation_mode="anchor",
    )
    ax.set_yticks(range(m.shape[0]), [str(r) for r in m.index])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            v = vals[i, j]
            if np.isnan(v):
                continue
            dark = vmax and v / vmax > 0.55
            ax.text(
                j,
                i,
                fmt.format(v),
                ha="center",
                va="center",
                fontsize=FONT_SIZE - 1,
                color="white" if dark else TEXT_COLOR,
            )
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    ax.figure.colorbar(im, ax=ax, shrink=0.8, label="count")
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

    A flagged week (too few items for its value to mean much) breaks the line and is drawn as a
    hollow marker of the group's colour, or not at all with ``hide_few``; weeks with a missing
    value are gaps. ``percent`` shows ``value`` (a share in 0-1) as per cent. A dashed line
    marks ``event`` (the focal article), labelled ``event_label`` unless it is empty.
    """
    ax = axes_or_new(ax)
    d = data.assign(**{week: pd.to_datetime(data[week])})
    groups = list(order) if order is not None else sorted(d[group].dropna().unique(), key=str)
    pal = group_palette(groups)
    scale = 100.0 if percent else 1.0
    for g in groups:
        s = d[d[group] == g].sort_values(week, kind="mergesort")
        color, marker = pal[g]
        marker = marker if marker != "." else "o"
        y = s[value].to_numpy(dtype=float) * scale
        flagged = s[few].to_numpy(dtype=bool) if few else np.zeros(len(s), dtype=bool)
        line = dict(color=color, marker=marker, markersize=4, linewidth=1.5, zorder=3)
        ax.plot(s[week], np.where(flagged, np.nan, y), label=str(g), **line)
        if flagged.any() and not hide_few:
            hollow = dict(markerfacecolor="white", markeredgecolor=color, markersize=5)
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
