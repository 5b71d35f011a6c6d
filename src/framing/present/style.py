"""One style for every figure: fonts, the colour-blind-safe palette, group colours and markers,
the figure frame (finding as title, subtitle, source caption) and the focal-article marker.

Every figure starts with :func:`new_figure`; the focal article is always drawn by
:func:`mark_focal` (a black star); groups always get the colours and markers of
:func:`group_style`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

from framing import __version__
from framing.present.contrast import (
    CVD_MATRICES,
    LARGE_MIN,
    TEXT_MIN,
    composite,
    contrast_ratio,
    darkened,
    delta_e,
)

FONT = "DejaVu Sans"  # ships with matplotlib: no system font dependency


FONT_SIZE = 10


TITLE_SIZE = 12


SUBTITLE_SIZE = 10


CAPTION_SIZE = 8


DPI = 150


FIGSIZE = (7.2, 4.5)


SVG_HASHSALT = "framing"


#: Legend label of the focal article when a chart is given none (charts take ``focal_label``;
#: notebooks pass :func:`framing.present.labels.article_label` of the article's metadata).
DEFAULT_FOCAL_LABEL = "the article"


FOCAL_GID = "focal-article"


TEXT_COLOR = "#222222"


MUTED = "#666666"


#: Okabe & Ito (2008) colour-blind-safe palette.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
}


_P = OKABE_ITO


#: Vermillion for text (exploratory rows, the precision column, distinctive words): Okabe–Ito's
#: #D55E00 is 3.9:1 on white, short of the 4.5:1 of WCAG 1.4.3; the same hue darkened to it.
VERMILLION_TEXT = darkened(_P["vermillion"], TEXT_MIN)


#: The lightest grey with 3:1 on white (WCAG 1.4.11) for marks that carry meaning (words that
#: are not distinguishable, the exact Poisson bar, reference lines); #BBBBBB was 1.9:1.
FAINT = darkened("#BBBBBB", LARGE_MIN)


#: Fixed colour and marker per group; the same country has the same colour in every corpus.
GROUP_STYLES: dict[str, tuple[str, str]] = {
    "CHN": (_P["orange"], "o"),
    "RUS": (_P["vermillion"], "s"),
    "USA": (_P["sky_blue"], "^"),
    "UKR": (_P["blue"], "D"),
    "EU": (_P["bluish_green"], "v"),
    "other": (_P["grey"], "."),
    "Kremlin": (_P["vermillion"], "s"),
    "President of Ukraine": (_P["blue"], "D"),
    "White House": (_P["sky_blue"], "^"),
    "Global Times": (_P["orange"], "o"),
    # news outlets (notebook 02): state media in warm colours, Western outlets in cool ones
    "China Daily": (_P["reddish_purple"], "P"),
    "China Daily editorials": (_P["reddish_purple"], "P"),
    "China Daily columns": (_P["reddish_purple"], "X"),
    "CGTN": ("#994F00", "v"),
    # indigo (Tol's muted scheme): the olive it replaced looked like Global Times' orange to
    # protanopes (QA pass 11; tests/present/test_palette_cvd.py)
    "Xinhua": ("#332288", "h"),
    "RT": (_P["vermillion"], "s"),
    "BBC": (_P["blue"], "D"),
    "Guardian": (_P["sky_blue"], "^"),
    "AP": (_P["bluish_green"], "v"),
    "NBC": ("#444444", "h"),
    "NYT (leads)": (_P["grey"], "."),
}


_ALIASES = {
    "china": "CHN",
    "russia": "RUS",
    "russian federation": "RUS",
    "united states": "USA",
    "united states of america": "USA",
    "us": "USA",
    "ukraine": "UKR",
    "european union": "EU",
    "kremlin": "Kremlin",
    "white house": "White House",
    "president of ukraine": "President of Ukraine",
    "global times": "Global Times",
}


#: The default colours of a plot of your own: every one 3:1 or more on white (Okabe–Ito
#: orange, sky blue and grey, 2.3-2.9:1, gave way to CGTN's brown, Xinhua's indigo and black);
#: any two at least ΔE*ab 13 apart with protanopia, deuteranopia or tritanopia (7.1 before:
#: reddish purple and grey for deuteranopes).
CYCLE = [
    _P["blue"],
    _P["vermillion"],
    _P["bluish_green"],
    _P["reddish_purple"],
    "#994F00",
    "#332288",
    _P["black"],
]


_EXTRA = [(_P["reddish_purple"], "P"), (_P["yellow"], "X"), ("#444444", "h"), ("#BBBBBB", "p")]


def _rc() -> dict:
    return {
        "font.family": "sans-serif",
        "font.sans-serif": [FONT],
        "font.size": FONT_SIZE,
        "axes.titlesize": FONT_SIZE + 1,
        "axes.titlelocation": "left",
        "axes.labelsize": FONT_SIZE,
        "axes.labelcolor": TEXT_COLOR,
        "axes.edgecolor": "#888888",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.axisbelow": True,
        "axes.prop_cycle": matplotlib.cycler(color=CYCLE),
        "grid.color": "#E6E6E6",
        "grid.linewidth": 0.8,
        "xtick.labelsize": FONT_SIZE - 1,
        "ytick.labelsize": FONT_SIZE - 1,
        "xtick.color": "#444444",
        "ytick.color": "#444444",
        "legend.fontsize": FONT_SIZE - 1,
        "legend.frameon": False,
        "figure.dpi": DPI,
        "savefig.dpi": DPI,
        "savefig.facecolor": "white",
        "figure.facecolor": "white",
        "svg.hashsalt": SVG_HASHSALT,
        "svg.fonttype": "path",
        "path.simplify": True,
        "axes.unicode_minus": True,
    }


def outline(colour: str, alpha: float = 1.0, background: str = "white") -> str:
    """The edge of a mark of ``colour`` (drawn with ``alpha``): the colour itself when it has
    3:1 on ``background`` (WCAG 1.4.11; the white page, or the tint of shaded bands under it),
    else the same hue darkened to 3:1 (on white: Okabe–Ito orange 2.3:1, sky blue 2.3:1, grey
    2.9:1, yellow 1.3:1). The fill keeps the palette colour, which keeps the groups apart for
    colour-blind readers (a darker orange or sky blue falls onto vermillion or blue)."""
    return darkened(composite(colour, alpha=alpha), LARGE_MIN, background)


def line_casing(colour: str, linewidth: float, background: str = "white") -> list:
    """Path effects that draw a line of a light ``colour`` over a thin casing of
    :func:`outline` (nothing for a colour with 3:1 of its own on ``background``)."""
    if contrast_ratio(colour, background) >= LARGE_MIN:
        return []
    from matplotlib import patheffects

    edge = outline(colour, background=background)
    return [patheffects.Stroke(linewidth=linewidth + 1.2, foreground=edge), patheffects.Normal()]


#: Opacity of a shaded 95% interval band (``trend_lines``): a tint, 1.1-1.2:1 on white, that
#: says where the interval lies; its edges (:data:`BAND_EDGE`) carry the 3:1 of WCAG 1.4.11.
BAND_ALPHA = 0.15


#: Line style and width of a band's edges: thin and dashed, not to be read as the line itself.
BAND_EDGE = {"linestyle": (0, (4, 2)), "linewidth": 0.8}


def band_stack(colours: Iterable[str], alpha: float = BAND_ALPHA) -> str:
    """The colour where the bands of all ``colours`` overlap (each at ``alpha`` over the white
    page): the darkest background a line or a band edge can lie on in a chart with bands."""
    under = "#ffffff"
    for c in colours:
        under = composite(c, background=under, alpha=alpha)
    return under


def apply_style() -> None:
    """Set the project style globally (``new_figure`` calls it)."""
    matplotlib.rcParams.update(_rc())


def group_style(
    group: str, palette: Mapping[str, tuple[str, str]] | None = None
) -> tuple[str, str]:
    """Colour and marker of ``group`` (known names and aliases fixed; others grey)."""
    if palette and group in palette:
        return palette[group]
    key = group if group in GROUP_STYLES else _ALIASES.get(str(group).strip().lower(), "other")
    return GROUP_STYLES[key]


def group_palette(groups: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Styles for ``groups``: fixed ones as :data:`GROUP_STYLES`, unknown ones in sorted order."""
    out: dict[str, tuple[str, str]] = {}
    unknown = []
    for g in groups:
        key = g if g in GROUP_STYLES else _ALIASES.get(str(g).strip().lower())
        if key:
            out[g] = GROUP_STYLES[key]
        else:
            unknown.append(g)
    for i, g in enumerate(sorted(set(unknown), key=str)):
        out[g] = _EXTRA[i] if i < len(_EXTRA) else GROUP_STYLES["other"]
    return out


#: Colour-vision distance (CIE76 ΔE*ab, any simulated deficiency) under which two groups drawn
#: as lines side by side are told apart by line style too (``line_styles``).
MIN_LINE_DELTA_E = 20.0


#: The dashes of a line whose colour is too near an earlier group's (thin gaps: the markers
#: on the line stay whole).
NEAR_COLOUR_DASHES = (0, (5, 1.5))


def line_styles(palette: Mapping[str, tuple[str, str]]) -> dict[str, object]:
    """Line style of each group of ``palette`` (group -> (colour, marker)): solid, or
    :data:`NEAR_COLOUR_DASHES` for a group whose colour comes within :data:`MIN_LINE_DELTA_E`
    of a group before it (in :data:`GROUP_STYLES` order, unknown groups after, so that the same
    outlet is dashed in every chart) for protanopes, deuteranopes or tritanopes: Global Times'
    orange and China Daily's reddish purple are ΔE 17.2 apart for tritanopes."""
    rank = {g: i for i, g in enumerate(GROUP_STYLES)}
    groups = sorted(palette, key=lambda g: (rank.get(g, len(rank)), str(g)))
    out: dict[str, object] = {}
    for i, g in enumerate(groups):
        near = any(
            delta_e(palette[g][0], palette[h][0], v) < MIN_LINE_DELTA_E
            for h in groups[:i]
            if out[h] == "-"
            for v in CVD_MATRICES
        )
        out[g] = NEAR_COLOUR_DASHES if near else "-"
    return out


def _version() -> str:
    return __version__


def source_line(source: str | None) -> str:
    """``Source: SOURCE; framing vX.Y.Z`` — the caption under every figure."""
    tail = f"framing v{_version()}"
    return f"Source: {source.rstrip('. ')}; {tail}" if source else f"Made with {tail}"


def _wrap(text: str, width_in: float, size: float) -> list[str]:
    chars = max(20, int(width_in * 72 / (size * 0.56)))
    return [line for part in text.split("\n") for line in (textwrap.wrap(part, chars) or [""])]


def new_figure(
    title: str,
    subtitle: str | None = None,
    source: str | None = None,
    nrows: int = 1,
    ncols: int = 1,
    figsize: tuple[float, float] = FIGSIZE,
    **subplots_kw,
) -> tuple[Figure, Axes | np.ndarray]:
    """A figure with a finding as title, an optional subtitle and a source caption at the bottom.

    Returns ``(fig, ax)`` like :func:`matplotlib.pyplot.subplots`. The axes are laid out by
    constrained layout inside the band between header and caption.
    """
    apply_style()
    w, h = figsize
    title_lines = _wrap(title, w - 0.3, TITLE_SIZE * 1.12)  # bold glyphs are wider
    sub_lines = _wrap(subtitle, w - 0.3, SUBTITLE_SIZE) if subtitle else []
    cap_lines = _wrap(source_line(source), w - 0.3, CAPTION_SIZE)
    lh = 1.3 / 72
    header = (
        0.12
        + len(title_lines) * TITLE_SIZE * lh
        + (0.04 + len(sub_lines) * SUBTITLE_SIZE * lh if sub_lines else 0)
        + 0.08
    )
    footer = 0.08 + len(cap_lines) * CAPTION_SIZE * lh + 0.06
    h = max(h, header + footer + 1.5)
    fig = plt.figure(figsize=(w, h))
    fig.set_layout_engine(
        ConstrainedLayoutEngine(rect=(0.0, footer / h, 1.0, 1.0 - (header + footer) / h))
    )
    x0 = 0.12 / w
    fig.text(
        x0,
        1 - 0.12 / h,
        "\n".join(title_lines),
        ha="left",
        va="top",
        fontsize=TITLE_SIZE,
        fontweight="bold",
        color=TEXT_COLOR,
        linespacing=1.2,
    )
    if sub_lines:
        y = 1 - (0.12 + len(title_lines) * TITLE_SIZE * lh + 0.04) / h
        fig.text(
            x0,
            y,
            "\n".join(sub_lines),
            ha="left",
            va="top",
            fontsize=SUBTITLE_SIZE,
            color=MUTED,
            linespacing=1.2,
        )
    fig.text(
        x0,
        0.07 / h,
        "\n".join(cap_lines),
        ha="left",
        va="bottom",
        fontsize=CAPTION_SIZE,
        color=MUTED,
        linespacing=1.2,
    )
    axes = fig.subplots(nrows, ncols, squeeze=True, **subplots_kw)
    fig._framing = {"title": title, "subtitle": subtitle, "source": source_line(source)}  # type: ignore[attr-defined]
    return fig, axes


def _sentence(text: str | None) -> str:
    t = " ".join(str(text or "").split()).rstrip()
    return t if not t or t.endswith((".", "!", "?")) else t + "."


def figure_alt(fig: Figure, description: str | None = None) -> str:
    """A text alternative of a figure made by :func:`new_figure`, to paste as alt text: its
    finding (the title, computed from the data) and what it draws (``description``, default the
    subtitle), in plain sentences; empty for a figure without title or description."""
    meta = getattr(fig, "_framing", {})
    parts = [_sentence(meta.get("title")), _sentence(description or meta.get("subtitle"))]
    return " ".join(p for p in parts if p)


def axes_or_new(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    _, ax = new_figure("")
    return ax


def mark_focal(
    ax: Axes,
    x: float,
    y: float | None = None,
    label: str | None = DEFAULT_FOCAL_LABEL,
    annotate: bool = True,
    size: float = 15,
) -> Axes:
    """Mark the focal article: a black star at ``(x, y)``, or a dashed line at ``x`` if ``y`` is None.

    The star carries ``label`` for the legend; ``annotate`` also writes the label beside it.
    All artists carry the gid ``focal-article`` (the SVG element id).
    """
    kw = dict(
        marker="*",
        markersize=size,
        color="black",
        markeredgecolor="white",
        markeredgewidth=0.8,
        linestyle="none",
        zorder=10,
        clip_on=False,
    )
    if y is None:
        line = ax.axvline(x, color="black", linestyle="--", linewidth=1.1, zorder=9)
        line.set_gid(FOCAL_GID)
        (star,) = ax.plot([x], [1.0], transform=ax.get_xaxis_transform(), label=label, **kw)
        xy, coords, offset, va = (x, 1.0), ax.get_xaxis_transform(), (6, 2), "bottom"
    else:
        (star,) = ax.plot([x], [y], label=label, **kw)
        xy, coords, offset, va = (x, y), "data", (7, 5), "bottom"
    star.set_gid(FOCAL_GID)
    if annotate and label:
        x0, x1 = ax.get_xlim()
        right = x1 != x0 and (x - x0) / (x1 - x0) > 0.6  # keep the label inside the axes
        ha = "right" if right else "left"
        offset = (-offset[0], offset[1]) if right else offset
        t = ax.annotate(
            textwrap.fill(label, 32),  # a long outlet name must not push the axes away
            xy=xy,
            xycoords=coords,
            xytext=offset,
            textcoords="offset points",
            fontsize=FONT_SIZE - 1,
            fontweight="bold",
            ha=ha,
            va=va,
            zorder=11,
            annotation_clip=False,
        )
        t.set_gid(FOCAL_GID + "-label")
    return ax


def _legend_inside(leg, fig: Figure, pad: float = 0.5) -> bool:
    bb = leg.get_window_extent()
    fb = fig.bbox
    return (
        bb.x0 >= fb.x0 - pad and bb.x1 <= fb.x1 + pad and bb.y0 >= fb.y0 - pad
        and bb.y1 <= fb.y1 + pad
    )  # fmt: skip


def _rebuild_legend(leg, ncols: int, labels: list[str], size: float):
    """The same legend (handles, place, frame) with other columns, labels or font size."""
    parent = leg.parent
    kw = dict(
        loc=leg._loc,  # noqa: SLF001 - matplotlib has no public getter for these two
        ncols=ncols,
        fontsize=size,
        handlelength=leg.handlelength,
        frameon=leg.get_frame_on(),
    )
    anchor = getattr(leg._bbox_to_anchor, "_bbox", None)  # noqa: SLF001 - as given, in
    if anchor is not None:  # the parent's coordinates (not the laid-out display box)
        x0, y0, w, h = anchor.bounds
        kw["bbox_to_anchor"] = (x0, y0) if w == 0 and h == 0 else (x0, y0, w, h)
        kw["bbox_transform"] = parent.transAxes if hasattr(parent, "transAxes") else None
    handles = leg.legend_handles  # the drawn proxies: an error bar's lose their marker
    if hasattr(parent, "get_legend_handles_labels"):  # an axes: its labelled artists
        originals, _ = parent.get_legend_handles_labels()
        if len(originals) == len(handles):
            handles = originals
    if leg in getattr(parent, "legends", []):  # a figure legend: fig.legend adds another
        leg.remove()
    return parent.legend(handles, labels, **kw)


def _legend_size(leg, renderer) -> tuple[float, float]:
    """Width and height in pixels of the packed legend (independent of where it is placed)."""
    box = leg._legend_box.get_bbox(renderer)  # noqa: SLF001 - size of the packed entries
    pad = 2 * leg.borderpad * renderer.points_to_pixels(leg._fontsize)  # noqa: SLF001
    return box.width + pad, box.height + pad


def _legend_fits(leg, fig: Figure, renderer) -> bool:
    w, h = _legend_size(leg, renderer)
    return w <= 0.96 * fig.bbox.width and h <= 0.9 * fig.bbox.height


def _legend_variants(leg, min_size: float = 7.0):
    """Ever smaller versions of a legend, as ``(ncols, labels, fontsize)``: fewer columns, then
    long labels wrapped, then a smaller font, then more columns at the smallest font (a legend
    too tall for the figure)."""
    ncols = getattr(leg, "_ncols", 1)
    labels = [t.get_text() for t in leg.get_texts()]
    size = leg.get_texts()[0].get_fontsize() if labels else FONT_SIZE
    while ncols > 1:
        ncols -= 1
        yield ncols, labels, size
    for _ in range(8):
        longest = max((len(x) for lab in labels for x in lab.split("\n")), default=0)
        if longest <= 16:
            break
        width = max(16, int(longest * 0.75))
        labels = ["\n".join(textwrap.wrap(lab.replace("\n", " "), width)) for lab in labels]
        yield ncols, labels, size
    while size > min_size:
        size = max(min_size, size - 1)  # never below 7 pt at the saved size
        yield ncols, labels, size
    for more in (2, 3):
        yield more, labels, size


def _legends(fig: Figure) -> list:
    return [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None] + list(fig.legends)


def _all_fit(fig: Figure) -> bool:
    """Every legend fits, checked on a copy of ``fig`` (laying a figure out an extra time can
    move its axes by a rounding error, which changes the SVG's clip-path ids)."""
    import pickle

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    try:
        copy = pickle.loads(pickle.dumps(fig))
    except Exception:  # noqa: BLE001 - an unpicklable artist: check the figure itself
        copy = fig
    if copy is not fig:
        FigureCanvasAgg(copy)
    renderer = copy.canvas.get_renderer()
    ok = all(
        _legend_fits(leg, copy, renderer) and _laid_out(copy) and _legend_inside(leg, copy)
        for leg in _legends(copy)
    )
    if copy is not fig:
        plt.close(copy)
    return ok


def fit_legends(fig: Figure) -> int:
    """Keep every legend of ``fig`` inside the figure; returns the number of legends changed.

    A legend too big for the figure (long labels, many groups, a small figure) gets fewer
    columns, then its long labels wrapped, then a smaller font, until it fits; legends that
    fit are not touched, so figures that were fine keep their bytes.
    :func:`framing.present.saving.save_figure` calls it before writing.
    """
    legends = _legends(fig)
    if not legends or _all_fit(fig):
        return 0  # checked on a copy: a figure that is fine is not laid out again
    renderer = fig.canvas.get_renderer()
    changed = 0
    for leg in legends:
        if _legend_fits(leg, fig, renderer) and _laid_out(fig) and _legend_inside(leg, fig):
            continue
        changed += 1
        for ncols, labels, size in _legend_variants(leg):
            leg = _rebuild_legend(leg, ncols, labels, size)
            if _legend_fits(leg, fig, renderer) and _laid_out(fig) and _legend_inside(leg, fig):
                break
    return changed


def _laid_out(fig: Figure) -> bool:
    """Lay ``fig`` out; False when constrained layout gave up (axes collapsed to nothing)."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.draw_without_rendering()
    return not any("constrained_layout not applied" in str(w.message) for w in caught)
