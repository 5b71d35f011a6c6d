"""A labelled heatmap of a table (the actor x frame matrix)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from framing.present.contrast import readable_on
from framing.present.style import FONT_SIZE, axes_or_new


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
            ax.text(
                j,
                i,
                fmt.format(v),
                ha="center",
                va="center",
                fontsize=FONT_SIZE - 1,
                color=readable_on(im.cmap(im.norm(v))),  # 4.58:1 or more on any cell
            )
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    ax.figure.colorbar(im, ax=ax, shrink=0.8, label="count")
    return ax
