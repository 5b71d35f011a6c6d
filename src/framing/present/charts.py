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
)


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


def percentile_chart(
    ax: Axes | None,
    table: pd.DataFrame,
    label: str = "metric",
    percentile: str = "percentile",
    lo: str | None = "percentile_lo",
    hi: str | None = "percentile_hi",
    note: str | None = None,
    note_title: str | None = None,
    focal_label: str = DEFAULT_FOCAL_LABEL,
) -> Axes:
    """Lollipops from the corpus median (50th percentile) to the article's percentile per metric.

    ``lo``/``hi`` columns (if present) are the percentiles of the article's 95% interval and are
    drawn as an error bar; ``note`` names a column of text written at the right (e.g. values).
    ``focal_label`` names the article in the legend.
    """
    ax = axes_or_new(ax)
    t = table.reset_index(drop=True)
    ys = np.arange(len(t))
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
        "95% interval of the article",
        focal_label,
    )
    ax.set_yticks(ys, t[label].astype(str))
    ax.set_ylim(len(t) - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 10, 25, 50, 75, 90, 100])
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("percentile among corpus documents (100 = highest)")
    if note and note in t:
        if note_title:
            ax.text(
                1.03,
                -0.5,
                note_title,
                transform=ax.get_yaxis_transform(),
                va="bottom",
                fontsize=FONT_SIZE - 2,
                color=MUTED,
                fontweight="bold",
                clip_on=False,
            )
        for y, s in zip(ys, t[note].astype(str), strict=True):
            ax.text(
                1.03,
                y,
                s,
                transform=ax.get_yaxis_transform(),
                va="center",
                fontsize=FONT_SIZE - 2,
                color=MUTED,
                clip_on=False,
            )
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, fontsize=FONT_SIZE - 2)
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
    focal_label: str = DEFAULT_FOCAL_LABEL,
) -> Axes:
    """The article's rate per metric with its 95% interval; ``reference`` (e.g. a corpus median
    column) is drawn as a grey tick; ``focal_label`` names the article in the legend."""
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
        "95% interval",
        focal_label,
    )
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
    ax.set_yticks(ys, t[label].astype(str))
    ax.set_ylim(len(t) - 0.5, -0.5)
    ax.set_xlim(left=0)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, fontsize=FONT_SIZE - 2)
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
    series gets one Okabe–Ito colour and marker. ``reference`` draws a dotted vertical line
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
    ]
    markers = ["o", "s", "D", "^"]
    for k, (name, value, lo, hi) in enumerate(series):
        v = t[value].to_numpy(dtype=float)
        offset = (k - (len(series) - 1) / 2) * 0.22
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


def group_percentile_chart(ax: Axes | None, positions: pd.DataFrame, xlabel: str) -> Axes:
    """The article's percentile per metric in several groups: one row per metric, one dodged
    series per group, whiskers = the percentiles of its interval (a
    :func:`~framing.present.tables.positions_by_corpus` table; legend above, 50 dotted)."""
    from framing.present.tables import estimate_series

    wide, series = estimate_series(positions)
    labelled = wide.assign(label=wide["label"].str.removesuffix(" per 1k"))
    ax = estimate_chart(ax, labelled, "label", series, xlabel, reference=50)
    ax.set_xlim(-2, 102)
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
    focal_label: str = DEFAULT_FOCAL_LABEL,
) -> Axes:
    """PCA scores coloured by group, the focal article marked (``focal_label``), the strongest
    loadings as arrows."""
    ax = axes_or_new(ax)
    groups = sorted(scores[group].dropna().unique(), key=str)
    pal = group_palette(groups)
    for g in groups:
        d = scores[scores[group] == g]
        color, marker = pal[g]
        ax.scatter(
            d[x],
            d[y],
            s=18,
            color=color,
            marker=marker if marker != "." else "o",
            alpha=0.7,
            linewidths=0,
            label=f"{g} (n={len(d)})",
            zorder=3,
        )
    ax.axhline(0, color="#BBBBBB", linewidth=0.8, zorder=1)
    ax.axvline(0, color="#BBBBBB", linewidth=0.8, zorder=1)
    if loadings is not None and len(loadings):
        lo = loadings[[x, y]].astype(float)
        strength = np.hypot(lo[x], lo[y])
        lo = lo.loc[strength.sort_values(ascending=False, kind="mergesort").index[:n_loadings]]
        extent = float(np.nanmax(np.abs(scores[[x, y]].to_numpy(dtype=float)))) or 1.0
        scale = 0.8 * extent / float(np.nanmax(np.hypot(lo[x], lo[y])) or 1.0)
        for name, row in lo.iterrows():
            ax.annotate(
                "",
                xy=(row[x] * scale, row[y] * scale),
                xytext=(0, 0),
                arrowprops=dict(arrowstyle="->", color=MUTED, linewidth=1),
                zorder=4,
            )
            ax.text(
                row[x] * scale * 1.06,
                row[y] * scale * 1.06,
                str(name),
                fontsize=FONT_SIZE - 2,
                color=MUTED,
                ha="left" if row[x] >= 0 else "right",
                va="center",
                zorder=4,
            )
    if focal is not None:
        mark_focal(ax, focal[0], focal[1], label=focal_label)
    xl, yl = x, y
    if explained is not None:
        xl, yl = f"{x} ({explained[0]:.0%} of variance)", f"{y} ({explained[1]:.0%} of variance)"
    ax.set_xlabel(xl)
    ax.set_ylabel(yl)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=FONT_SIZE - 2)
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
) -> Axes:
    """Fightin' Words (Monroe, Colaresi & Quinn 2008): ``x`` log frequency, ``y`` z-score of the
    log-odds ratio; terms beyond ``±threshold`` coloured, the top ``n_labels`` per side labelled.

    Positive z favours ``labels[0]``. Overlapping labels are left out (count in ``ax._framing_skipped``).
    """
    ax = axes_or_new(ax)
    t = table[[term, x, y]].dropna().sort_values([y, term], kind="mergesort").reset_index(drop=True)
    pos_c, neg_c = OKABE_ITO["vermillion"], OKABE_ITO["blue"]
    sig_pos, sig_neg = t[y] >= threshold, t[y] <= -threshold
    mid = ~(sig_pos | sig_neg)
    ax.scatter(t.loc[mid, x], t.loc[mid, y], s=6, color="#BBBBBB", linewidths=0, zorder=2)
    ax.scatter(
        t.loc[sig_pos, x],
        t.loc[sig_pos, y],
        s=12,
        color=pos_c,
        linewidths=0,
        zorder=3,
        label=f"more typical of {labels[0]}",
    )
    ax.scatter(
        t.loc[sig_neg, x],
        t.loc[sig_neg, y],
        s=12,
        color=neg_c,
        linewidths=0,
        zorder=3,
        label=f"more typical of {labels[1]}",
    )
    for s in (threshold, -threshold):
        ax.axhline(s, color="#999999", linewidth=0.8, linestyle=":", zorder=1)
    ax.axhline(0, color="#BBBBBB", linewidth=0.8, zorder=1)
    ax.set_xlabel("log frequency (both texts)")
    ax.set_ylabel("z-score of log-odds ratio")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=FONT_SIZE - 2)
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
) -> Axes:
    """Monthly lines per group; ``event`` (a date) draws a vertical marker labelled
    ``event_label`` (default: the date), e.g. the focal article's date."""
    ax = axes_or_new(ax)
    d = data.assign(**{date: pd.to_datetime(data[date])})
    groups = sorted(d[group].dropna().unique(), key=str)
    pal = group_palette(groups)
    for g in groups:
        s = d[d[group] == g].sort_values(date, kind="mergesort")
        color, marker = pal[g]
        ax.plot(
            s[date],
            s[value],
            color=color,
            marker=marker if marker != "." else "o",
            markersize=4,
            linewidth=1.6,
            label=str(g),
            zorder=3,
        )
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
