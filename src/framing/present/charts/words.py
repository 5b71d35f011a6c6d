"""Distinctive words: the Fightin' Words chart with its labelled extremes."""

from __future__ import annotations

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.transforms import Bbox

from framing.engine.language import ENGLISH_FUNCTION_WORDS
from framing.present.style import (
    FAINT,
    FONT_SIZE,
    OKABE_ITO,
    VERMILLION_TEXT,
    axes_or_new,
    fit_legends,
)


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
    ax.scatter(t.loc[mid, x], t.loc[mid, y], s=6, color=FAINT, linewidths=0, zorder=2,
               label=f"not distinguishable ({how})")  # fmt: skip
    ax.scatter(t.loc[sig_pos, x], t.loc[sig_pos, y], s=14, color=pos_c, linewidths=0, zorder=3,
               label=f"more typical of {labels[0]}")  # fmt: skip
    ax.scatter(t.loc[sig_neg, x], t.loc[sig_neg, y], s=14, color=neg_c, linewidths=0, zorder=3,
               label=f"more typical of {labels[1]}")  # fmt: skip
    if not use_tests:
        for s in (threshold, -threshold):
            ax.axhline(s, color=FAINT, linewidth=0.8, linestyle=":", zorder=1)
    ax.axhline(0, color=FAINT, linewidth=0.8, zorder=1)
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
        (float(r[x]), float(r[y]), str(r[term]), VERMILLION_TEXT if r[y] > 0 else neg_c)
        for _, r in top.iterrows()
    ]
    ax._framing_skipped = _place_labels(ax, pts, FONT_SIZE - 2)  # type: ignore[attr-defined]
    return ax
