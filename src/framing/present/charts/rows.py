"""Parts shared by the charts that draw one row per metric: the article's points, the row labels
and the right-hand columns (precision, notes)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from framing.present.style import (
    DEFAULT_FOCAL_LABEL,
    FONT_SIZE,
    MUTED,
    VERMILLION_TEXT,
    mark_focal,
)


def article_points(
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


def right_column(ax: Axes, x: float, ys, texts, title: str | None, colors=None) -> None:
    """A column of text right of the axes at ``x`` (axes fraction), one entry per row."""
    if title:
        ax.text(x, -0.5 if len(ys) == 0 else min(ys) - 0.9, title,
                transform=ax.get_yaxis_transform(), va="bottom", fontsize=FONT_SIZE - 2,
                color=MUTED, fontweight="bold", clip_on=False)  # fmt: skip
    colors = colors or [MUTED] * len(ys)
    for y, s, c in zip(ys, texts, colors, strict=True):
        ax.text(x, y, s, transform=ax.get_yaxis_transform(), va="center",
                fontsize=FONT_SIZE - 2, color=c, clip_on=False)  # fmt: skip


def keep_right_texts_inside(ax: Axes, margin_in: float = 0.08) -> None:
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


def row_labels(ax: Axes, ys, labels: pd.Series, notes: pd.Series | None) -> None:
    """Y tick labels; a row whose precision note says "exploratory" says so, in vermillion."""
    names = labels.astype(str).tolist()
    weak = ["exploratory" in str(x) for x in notes] if notes is not None else [False] * len(names)
    names = [f"{n} (exploratory)" if w else n for n, w in zip(names, weak, strict=True)]
    ax.set_yticks(ys, names)
    for tick, w in zip(ax.get_yticklabels(), weak, strict=True):
        if w:
            tick.set_color(VERMILLION_TEXT)


def precision_column(ax: Axes, x: float, ys, notes, title: str | None) -> None:
    """Audited precision at the right: numbers only, exploratory ones in vermillion (the row's
    label says "exploratory")."""
    texts = [
        str(n).removeprefix("precision ").removesuffix(", exploratory").replace("; ", "\n")
        for n in notes
    ]  # a second measure (official texts) on a line of its own
    colors = [VERMILLION_TEXT if "exploratory" in str(n) else MUTED for n in notes]
    right_column(ax, x, ys, texts, title, colors)
