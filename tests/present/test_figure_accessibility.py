"""Accessibility of the figures, computed on what the charts draw: WCAG 2.1 contrast of every
text (4.5:1, large text 3:1) on what lies behind it and of every line, marker and bar (3:1,
SC 1.4.11) on the white page; no text under 7 pt at the saved size; groups told apart by more
than colour (SC 1.4.1); the palette under simulated colour blindness. Shaded interval bands
(``fill_between``) count by their edges; the lines drawn over them are checked on the bands'
tint as well."""

from __future__ import annotations

import itertools

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import LineCollection, PathCollection, PolyCollection, QuadMesh
from matplotlib.colors import to_hex, to_rgba
from matplotlib.image import AxesImage
from matplotlib.text import Text

from framing.present import charts, contrast, style
from framing.present.contrast import LARGE_MIN, TEXT_MIN, contrast_ratio

MIN_POINTS = 7.0


def test_contrast_ratio_matches_a_hand_worked_example_and_published_pairs():
    # #808080: c = 128/255 = 0.50196; linear ((c + 0.055) / 1.055) ** 2.4 = 0.21586 in each
    # channel, so L = 0.21586 and the ratio on white is 1.05 / (0.21586 + 0.05) = 3.949
    assert contrast.luminance("#808080") == pytest.approx(0.21586, abs=1e-5)
    assert contrast_ratio("#808080") == pytest.approx(3.949, abs=1e-3)
    # published pairs (WCAG 2.1 Understanding 1.4.3; WebAIM's checker)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.005)
    assert contrast_ratio("#767676") == pytest.approx(4.54, abs=0.005)
    assert contrast_ratio("#0000FF") == pytest.approx(8.59, abs=0.005)
    assert contrast_ratio("#FF0000") == pytest.approx(3.998, abs=0.005)
    assert contrast_ratio("black", "white") == contrast_ratio("white", "black") == 21.0
    # alpha over white: a 50% black is the blend of the two
    assert contrast.composite((0, 0, 0, 0.5)) == "#808080"


def test_colour_blindness_simulation_keeps_white_and_greys():
    # Machado et al. (2009): each matrix's rows sum to 1, so neutral colours stay neutral
    for vision, m in contrast.CVD_MATRICES.items():
        assert m.sum(axis=1) == pytest.approx([1, 1, 1], abs=1e-3), vision
        assert contrast.delta_e("#777777", "#777777", vision) == pytest.approx(0, abs=0.2)
    # red and green, far apart in normal vision, nearly meet for a deuteranope
    assert contrast.delta_e("#FF0000", "#00A000") > 80
    assert contrast.delta_e("#D55E00", "#009E73", "deuteranopia") < contrast.delta_e(
        "#D55E00", "#009E73"
    )


def test_darkened_keeps_the_hue_and_reaches_the_contrast():
    for c in ("#E69F00", "#56B4E9", "#F0E442", "#999999", "#D55E00"):
        for ratio in (LARGE_MIN, TEXT_MIN):
            d = contrast.darkened(c, ratio)
            assert contrast_ratio(d) >= ratio
            # no darker than it needs to be (vermillion has 3.9:1 already)
            assert contrast_ratio(d) < max(ratio, contrast_ratio(c)) + 0.15
            r0, r1 = contrast.linear_rgb(c), contrast.linear_rgb(d)
            assert r1 / r1.sum() == pytest.approx(r0 / r0.sum(), abs=0.02)  # chromaticity kept
    assert contrast.darkened("#0072B2") == "#0072b2"  # 5.2:1 already
    assert contrast_ratio(contrast.readable_on("#2e7ebc"), "#2e7ebc") >= 4.58


def test_palette_text_and_mark_colours_have_their_contrast():
    assert contrast_ratio(style.OKABE_ITO["vermillion"]) < TEXT_MIN  # why VERMILLION_TEXT exists
    assert contrast_ratio(style.VERMILLION_TEXT) >= TEXT_MIN
    for c in (style.TEXT_COLOR, style.MUTED, "#444444"):  # titles, subtitles and captions, ticks
        assert contrast_ratio(c) >= TEXT_MIN
    assert contrast_ratio(style.FAINT) >= LARGE_MIN
    colours = {c for c, _ in style.GROUP_STYLES.values()} | {c for c, _ in style._EXTRA}
    weak = {c for c in colours if contrast_ratio(c) < LARGE_MIN}
    assert weak >= {"#E69F00", "#56B4E9", "#999999", "#F0E442"}  # orange, sky blue, grey, yellow
    assert all(contrast_ratio(style.outline(c)) >= LARGE_MIN for c in colours)


# --- what the charts draw --------------------------------------------------------------------


def _rgba_over_white(colour) -> str:
    return contrast.composite(to_rgba(colour))


def _background_of(text: Text) -> str:
    """What lies behind ``text``: its box, the heatmap cell under it, or the white page."""
    box = text.get_bbox_patch()
    if box is not None:
        return _rgba_over_white(box.get_facecolor())
    ax = text.axes
    if ax is not None and text.get_transform() == ax.transData:
        for im in ax.get_images():
            if isinstance(im, AxesImage):
                a = im.get_array()
                x, y = text.get_position()
                i, j = int(round(y)), int(round(x))
                if 0 <= i < a.shape[0] and 0 <= j < a.shape[1]:
                    return _rgba_over_white(im.to_rgba(a[i, j]))
    return "#ffffff"


def _texts(fig):
    renderer = fig.canvas.get_renderer()
    for t in fig.findobj(Text):
        if t.get_visible() and t.get_text().strip():
            bb = t.get_window_extent(renderer)
            if bb.width > 0 and bb.overlaps(fig.bbox):
                yield t


def _marks(ax):
    """``(what, [colours that draw its edge or fill])`` of every line, marker, collection and bar."""
    for ln in ax.lines:
        if not ln.get_visible() or not len(ln.get_xdata()):
            continue
        if ln.get_linestyle() not in ("None", "none", "", " "):
            cols = [ln.get_color()]
            cols += [pe._gc.get("foreground") for pe in ln.get_path_effects() if hasattr(pe, "_gc")]
            yield f"line {ln.get_label()}", cols
        if ln.get_marker() not in (None, "", "None", "none", " "):
            cols = [ln.get_markerfacecolor()]
            if ln.get_markeredgewidth() > 0:
                cols.append(ln.get_markeredgecolor())
            yield f"marker {ln.get_label()}", cols
    for c in ax.collections:
        if isinstance(c, QuadMesh) or type(c) is PolyCollection:
            continue  # colour bars
        if "FillBetween" in type(c).__name__ and len(c.get_paths()):  # a band: fill and edge
            edges = list(c.get_edgecolors()) if np.any(np.asarray(c.get_linewidths()) > 0) else []
            yield f"band {c.get_label()}", list(c.get_facecolors()) + edges
            continue
        if not isinstance(c, PathCollection | LineCollection) or not len(c.get_paths()):
            continue
        faces = [] if isinstance(c, LineCollection) else list(c.get_facecolors())
        edges = list(c.get_edgecolors()) if np.any(np.asarray(c.get_linewidths()) > 0) else []
        if isinstance(c, LineCollection):
            edges = list(c.get_colors())
        yield f"collection {c.get_label()}", faces + edges
    for p in ax.patches:
        cols = [p.get_facecolor()] + ([p.get_edgecolor()] if p.get_linewidth() > 0 else [])
        yield f"bar {p.get_label()}", cols


def problems(fig) -> list[str]:
    """Every text below 7 pt or below its WCAG contrast, every mark below 3:1 on white."""
    fig.canvas.draw()
    out = []
    for t in _texts(fig):
        size, bold = t.get_fontsize(), t.get_fontweight() in ("bold", 700, "heavy")
        need = LARGE_MIN if size >= 18 or (size >= 14 and bold) else TEXT_MIN
        bg = _background_of(t)
        ratio = contrast_ratio(_rgba_over_white(t.get_color()), bg)
        if ratio < need:
            out.append(f"text {t.get_text()!r}: {ratio:.2f}:1 on {bg}")
        if size < MIN_POINTS:
            out.append(f"text {t.get_text()!r}: {size} pt")
    for ax in fig.axes:
        for what, cols in _marks(ax):
            seen = [_rgba_over_white(c) for c in cols if c is not None and to_rgba(c)[3] > 0]
            best = max((contrast_ratio(c) for c in seen), default=21.0)
            if best < LARGE_MIN:
                out.append(f"{what}: {best:.2f}:1 ({', '.join(sorted(set(seen)))})")
    return out


def _rates():
    return pd.DataFrame(
        {
            "label": ["China", "Hedges", "Distancing"],
            "kind": ["actor", "stance", "stance"],
            "category": ["china", "hedge", "distancing"],
            "per_1k": [9.0, 3.0, 1.0],
            "lower": [6.0, 1.5, 0.2],
            "upper": [12.0, 5.0, 2.5],
            "poisson_lower": [7.0, 2.0, 0.4],
            "poisson_upper": [11.0, 4.0, 2.0],
            "precision_note": ["not audited", "precision 0.93", "precision 0.69, exploratory"],
        }
    )


def _months(groups):
    months = pd.date_range("2022-01-01", periods=6, freq="MS")
    return pd.DataFrame(
        [
            {"month": m, "group": g, "value": i + k, "lower": i + k - 1, "upper": i + k + 1,
             "partial": i == 5}
            for i, m in enumerate(months)
            for k, g in enumerate(groups)
        ]
    )  # fmt: skip


def _build(chart: str):
    rng = np.random.default_rng(3)
    fig, ax = style.new_figure(f"The {chart} chart", subtitle="what it shows", source="toy")
    if chart == "strip":
        groups = ["Global Times", "RT", "Guardian", "NYT (leads)", "Someone"]
        d = pd.DataFrame({"group": groups * 12, "v": rng.gamma(2, 2, 60)})
        charts.strip_plot(ax, d, "v", focal=4.0, focal_label="Toy Times")
    elif chart == "trend":
        charts.trend_lines(
            ax, _months(["Kremlin", "President of Ukraine", "White House"]), lower="lower",
            upper="upper", partial="partial", event="2022-03-24",
        )  # fmt: skip
    elif chart == "weekly":
        weeks = pd.date_range("2022-02-07", periods=8, freq="W-MON")
        groups = ["Global Times", "China Daily", "CGTN", "Xinhua", "BBC"]
        d = pd.DataFrame(
            [{"week": w, "group": g, "share": 0.1 + 0.02 * k, "few": i == 2}
             for i, w in enumerate(weeks) for k, g in enumerate(groups)]
        )  # fmt: skip
        charts.weekly_lines(ax, d, event="2022-03-24")
    elif chart == "reference":
        rows = pd.DataFrame(
            {"group": ["Kremlin", "White House", "other"], "per_1k": [2.0, 1.0, 0.5],
             "lower": [1.0, 0.5, 0.1], "upper": [3.0, 1.5, 0.9]}
        )  # fmt: skip
        charts.reference_panel(ax, rows, (2.5, 1.0, 4.0))
    elif chart == "interval":
        t = _rates().assign(median=[5.0, 2.0, 1.5])
        charts.interval_chart(
            ax, t, label="label", lo="lower", hi="upper", reference="median",
            inner=("poisson_lower", "poisson_upper"), precision="precision_note",
        )  # fmt: skip
    elif chart == "percentile":
        t = _rates().assign(
            percentile=[90.0, 40.0, 70.0], percentile_lo=[80, 20, 50], percentile_hi=[95, 60, 85],
            length_percentile=[85, 35, 65], note=["9 vs 4", "3 vs 4", "1 vs 0.5"],
        )  # fmt: skip
        charts.percentile_chart(ax, t, label="label", note="note", precision="precision_note")
    elif chart == "fightin":
        t = pd.DataFrame(
            {"term": [f"w{i}" for i in range(80)], "log_freq": rng.uniform(0, 5, 80),
             "z": rng.normal(0, 2.5, 80)}
        )  # fmt: skip
        charts.fightin_words(ax, t)
    elif chart == "heatmap":
        m = pd.DataFrame(np.arange(12).reshape(3, 4), index=["RUS", "USA", "CHN"],
                         columns=list("abcd"))  # fmt: skip
        charts.heatmap(ax, m)
    elif chart == "neighbours":
        nn = pd.DataFrame(
            {"group": ["White House", "Kremlin", "CHN", "White House"],
             "cosine_similarity": [0.9, 0.8, 0.7, 0.6]}
        )  # fmt: skip
        charts.neighbours_chart(ax, nn, ["a", "b", "c", "d"], baseline={"median": 0.3, "p90": 0.5})
    elif chart == "space":
        s = pd.DataFrame(  # White House: a large group (over 50), drawn as a light cloud
            {"PC1": rng.normal(size=100), "PC2": rng.normal(size=100),
             "group": ["CHN", "USA", "other", "EU"] * 10 + ["White House"] * 60}
        )  # fmt: skip
        lo = pd.DataFrame({"PC1": [0.5, -0.2], "PC2": [0.1, 0.7]}, index=["hedge", "booster"])
        charts.framing_space(ax, s, focal=(1.0, 1.0), loadings=lo, explained=(0.4, 0.2))
    elif chart == "goals":
        cells = pd.DataFrame(
            {"corpus": ["news", "news", "headlines", "headlines"],
             "measure": ["precision: hedge", "voice", "voice", "target recall (est.)"],
             "group": ["RT", "RT", "BBC", "BBC"], "n": [30, 40, 0, np.nan],
             "value": [0.73, 0.9, np.nan, 0.4], "lo": [0.56, 0.8, np.nan, 0.3],
             "hi": [0.86, 0.95, np.nan, 0.6], "threshold": [0.9, 0.85, 0.85, np.nan],
             "status": ["not met", "met", "too few", "no goal"], "round": [11, 7, np.nan, 8]}
        )  # fmt: skip
        charts.goal_chart(ax, cells, "share judged correct")
    elif chart == "profile":
        plt.close(fig)
        fig, axes = style.new_figure("Profile", source="toy", ncols=2, figsize=(9, 4))
        charts.profile_chart(axes, _rates(), "Toy Times")
    elif chart == "voice":
        shares = pd.DataFrame(
            [{"label": lab, "group": g, "share_author": 0.5, "lower": 0.3, "upper": 0.7,
              "units": 20} for lab in ("Hedges", "Boosters") for g in ("RT", "Western", "CD")]
        )  # fmt: skip
        charts.voice_share_chart(ax, shares)
    return fig


CHARTS = ["strip", "trend", "weekly", "reference", "interval", "percentile", "fightin",
          "heatmap", "neighbours", "space", "voice", "goals", "profile"]  # fmt: skip


@pytest.mark.parametrize("chart", CHARTS)
def test_every_text_and_mark_has_its_contrast_and_size(chart):
    from framing.present.style import fit_legends

    fig = _build(chart)
    fit_legends(fig)  # as save_figure does
    try:
        assert problems(fig) == []
    finally:
        plt.close(fig)


def test_the_checks_catch_low_contrast_and_small_text():
    fig, ax = style.new_figure("t", source="toy")
    ax.plot([0, 1], [0, 1], color="#E69F00", label="orange line")
    ax.text(0.5, 0.5, "vermillion words", color="#D55E00")
    ax.text(0.2, 0.2, "tiny", fontsize=6)
    ax.fill_between([0, 1], [0, 0], [1, 1], color="#0072B2", alpha=0.15, linewidth=0, label="b")
    found = problems(fig)
    plt.close(fig)
    assert any(p.startswith("line orange line: 2.2") for p in found), found
    assert any(p.startswith("band b: 1.2") for p in found), found  # a tint without edges
    assert any(p.startswith("text 'vermillion words': 3.8") for p in found), found
    assert "text 'tiny': 6.0 pt" in found


def test_heatmap_numbers_are_readable_on_every_cell():
    fig = _build("heatmap")
    ax = fig.axes[0]
    fig.canvas.draw()
    ratios = [contrast_ratio(to_hex(t.get_color()), _background_of(t)) for t in ax.texts]
    plt.close(fig)
    assert len(ratios) == 12 and min(ratios) >= 4.58  # black or white, whichever is better


def test_bands_have_3_to_1_edges_and_the_lines_keep_3_to_1_over_them():
    # QA pass 25: the 95% bands (alpha 0.15, no edge) were 1.1-1.2:1 on white; the lines over
    # them fell to 2.6:1 (orange, sky blue) where one band lies under them, lower where three do
    fig = _build("trend")
    ax = fig.axes[0]
    bands = [c for c in ax.collections if "FillBetween" in type(c).__name__ and c.get_label()
             != "95% interval"]  # fmt: skip
    fills = [to_hex(b.get_facecolor()[0], keep_alpha=True) for b in bands]
    under = style.band_stack(f[:7] for f in fills)  # every band at once: the darkest ground
    assert len(bands) == 3 and all(b.get_facecolor()[0][3] == style.BAND_ALPHA for b in bands)
    for b in bands:
        assert b.get_linewidth()[0] > 0 and b.get_linestyle()[0][1]  # a dashed edge
        edge = to_hex(b.get_edgecolor()[0])
        assert contrast_ratio(edge) >= LARGE_MIN and contrast_ratio(edge, under) >= LARGE_MIN
    lines = [ln for ln in ax.lines if ln.get_label() in ("Kremlin", "President of Ukraine",
                                                         "White House")]  # fmt: skip
    assert len(lines) == 3
    for ln in lines:
        cols = [ln.get_color(), *(pe._gc["foreground"] for pe in ln.get_path_effects()
                                  if hasattr(pe, "_gc"))]  # fmt: skip
        assert max(contrast_ratio(_rgba_over_white(c), under) for c in cols) >= LARGE_MIN
        assert contrast_ratio(to_hex(ln.get_markeredgecolor()), under) >= LARGE_MIN
    plt.close(fig)


def test_ten_groups_of_neighbours_get_ten_hatches():
    from framing.present.charts.space import HATCHES

    assert len(set(HATCHES)) == len(HATCHES) >= 10  # notebook 03 shows seven groups


def test_neighbours_bars_differ_by_more_than_colour():
    fig = _build("neighbours")
    bars = {c.get_label(): c.patches[0] for c in fig.axes[0].containers}
    hatches = {g: p.get_hatch() for g, p in bars.items()}
    seen = [
        contrast_ratio(to_hex(p.get_hatchcolor()), to_hex(p.get_facecolor()))
        for p in bars.values()
        if p.get_hatch()
    ]
    plt.close(fig)
    assert len(hatches) == 3 and len(set(hatches.values())) == 3, hatches
    assert len(seen) == 2 and min(seen) >= LARGE_MIN  # a hatch drawn in its fill's colour hides


def test_a_legend_never_shrinks_below_7_points():
    fig, ax = style.new_figure("t", source="toy", figsize=(3.0, 2.0))
    for i in range(14):
        ax.plot([0, 1], [i, i], label=f"a rather long legend label number {i}")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7.5)
    style.fit_legends(fig)
    sizes = [t.get_fontsize() for leg in style._legends(fig) for t in leg.get_texts()]
    plt.close(fig)
    assert sizes and min(sizes) >= MIN_POINTS


#: Groups that charts draw side by side and tell apart by their legend (lines and points):
#: notebook 02's weekly headlines, notebook 05's official sources, the countries of the
#: framing space (notebook 03).
SIDE_BY_SIDE = {
    "headline outlets": ["Global Times", "China Daily", "CGTN", "Xinhua", "BBC"],
    "official sources": ["Kremlin", "President of Ukraine", "White House"],
    "countries": ["CHN", "RUS", "USA", "UKR", "EU", "other"],
}


@pytest.mark.parametrize("name", sorted(SIDE_BY_SIDE))
def test_groups_side_by_side_differ_in_marker_shape(name):
    markers = [style.group_style(g)[1] for g in SIDE_BY_SIDE[name]]
    assert len(set(markers)) == len(markers)  # SC 1.4.1: not by colour alone


@pytest.mark.parametrize("name", sorted(SIDE_BY_SIDE))
def test_tritanopes_tell_the_groups_apart(name):
    # protanopia and deuteranopia: tests/present/test_palette_cvd.py (ΔE >= 20 on the legend
    # sets); tritanopia (about 1 in 10,000) brings Global Times' orange and China Daily's
    # reddish purple to 17.2: their markers differ, and (QA pass 25) so do their lines, China
    # Daily's dashed: every pair nearer than ΔE 20 for any deficiency differs in line style
    colours = {g: style.group_style(g)[0] for g in SIDE_BY_SIDE[name]}
    worst = min(
        contrast.delta_e(colours[a], colours[b], "tritanopia")
        for a, b in itertools.combinations(colours, 2)
    )
    assert worst >= 15.0


#: The groups drawn as lines (weekly headlines, monthly official sources), with the pairs whose
#: colours come within ΔE 20 for some deficiency.
LINE_SETS = {"headline outlets": [("Global Times", "China Daily")], "official sources": []}


@pytest.mark.parametrize("name", sorted(LINE_SETS))
def test_lines_of_near_colours_differ_in_style(name):
    colours = {g: style.group_style(g)[0] for g in SIDE_BY_SIDE[name]}
    dashes = style.line_styles(style.group_palette(SIDE_BY_SIDE[name]))
    near = [
        (a, b)
        for a, b in itertools.combinations(colours, 2)
        if min(contrast.delta_e(colours[a], colours[b], v) for v in contrast.CVD_MATRICES)
        < style.MIN_LINE_DELTA_E
    ]
    assert near == LINE_SETS[name]
    assert all(dashes[a] == "-" and dashes[b] != "-" for a, b in near), dashes
    assert sum(d != "-" for d in dashes.values()) == len(near)  # the others stay solid


def test_the_weekly_lines_of_orange_and_reddish_purple_differ_in_style():
    fig = _build("weekly")
    style_of = {ln.get_label(): ln.get_linestyle() for ln in fig.axes[0].lines}
    plt.close(fig)
    assert style_of["Global Times"] == "-" and style_of["China Daily"] == "--"
    assert {style_of[g] for g in ("CGTN", "Xinhua", "BBC")} == {"-"}


def test_each_saved_figure_has_a_text_alternative_in_the_manifest(tmp_path):
    import yaml

    from framing.present import saving

    fig, ax = style.new_figure(
        "The article hedges more than most speeches", subtitle="Hedges per 1k", source="toy"
    )
    ax.plot([0, 1], [0, 1])
    data = pd.DataFrame({"x": [0, 1], "y": [0, 1]})
    saving.save_figure(fig, "toy", data, outdir=tmp_path, caption="Hedges per 1,000 words by "
                       "group", notebook="01-x.py")  # fmt: skip
    (rec,) = yaml.safe_load((tmp_path / "manifest.yaml").read_text())["figures"]
    assert rec["alt"] == (
        "The article hedges more than most speeches. Hedges per 1,000 words by group. "
        "The data: 2 rows in toy.csv."
    )
    readme = (tmp_path / "README.md").read_text()
    assert f"![{rec['alt']}](toy.png)" in readme  # the README's image alt, not the caption alone
    fig, _ = style.new_figure("Finding", subtitle="what is drawn", source="toy")
    assert style.figure_alt(fig) == "Finding. what is drawn."  # the subtitle when no caption
    plt.close(fig)


def test_the_default_colours_of_a_plot_of_your_own_are_accessible():
    style.apply_style()
    cycle = [to_hex(c["color"]) for c in plt.rcParams["axes.prop_cycle"]]
    assert cycle == [to_hex(c) for c in style.CYCLE]
    assert min(contrast_ratio(c) for c in cycle) >= LARGE_MIN
    for vision in contrast.CVD_MATRICES:
        worst = min(contrast.delta_e(a, b, vision) for a, b in itertools.combinations(cycle, 2))
        assert worst >= 13.0, vision


def test_the_svg_names_its_title_and_describes_itself(tmp_path):
    import xml.etree.ElementTree as ET

    from framing.present import saving

    fig, ax = style.new_figure("Hedges & boosters <rise>", subtitle="Per 1k", source="toy")
    ax.plot([0, 1], [0, 1])
    saving.save_figure(fig, "toy", pd.DataFrame({"x": [0]}), outdir=tmp_path, manifest=False)
    root = ET.parse(tmp_path / "toy.svg").getroot()
    ns = {"svg": "http://www.w3.org/2000/svg", "dc": "http://purl.org/dc/elements/1.1/"}
    assert root.find("svg:title", ns).text == "Hedges & boosters <rise>"
    assert root.find(".//dc:description", ns).text == (
        "Hedges & boosters <rise>. Per 1k. The data: 1 row in toy.csv."
    )
