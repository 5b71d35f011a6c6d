"""Where every validation goal stands: one point per cell, coloured by status."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from framing.present.style import FONT_SIZE, MUTED, OKABE_ITO, TEXT_COLOR, axes_or_new

#: colour, marker face and marker of each goal status (:func:`goal_chart`); met, not met and no
#: goal differ in shape too, not by colour alone (QA pass 11: green and grey look alike to
#: deuteranopes)
GOAL_STATUS_STYLE = {
    "met": (OKABE_ITO["bluish_green"], "full", "o"),
    "not met": (OKABE_ITO["vermillion"], "full", "X"),
    "too few": (MUTED, "none", "o"),
    "no goal": (MUTED, "full", "s"),
}


def _goal_label(r) -> str:
    if not pd.isna(r["n"]) and int(r["n"]) == 0:
        return f"{r['measure']} · {r['group']} (none judged)"
    rnd = "" if pd.isna(r["round"]) else f" (round {int(r['round'])})"
    return f"{r['measure']} · {r['group']}{rnd}"


def goal_chart(ax: Axes | None, cells: pd.DataFrame, xlabel: str) -> Axes:
    """One row per goal cell (:func:`framing.stats.goal_status.goal_status`): the value with
    its 95% interval, coloured by ``status`` (met: circle, not met: cross; hollow grey
    circle: too few judged rows; grey square: no goal), and the cell's threshold as a black tick. Row labels read ``measure ·
    group (round N)``; each corpus opens with a header row in italics."""
    ax = axes_or_new(ax)
    t = cells.reset_index(drop=True)
    corpus = t["corpus"].to_numpy()
    new_block = np.r_[True, corpus[1:] != corpus[:-1]]
    ys = np.arange(len(t), dtype=float) + np.cumsum(new_block)
    for status, (colour, face, marker) in GOAL_STATUS_STYLE.items():
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
            fmt=marker,
            color=colour,
            mfc=colour if face == "full" else "white",
            capsize=2,
            markersize=5.5 if marker == "X" else 4.5,
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
