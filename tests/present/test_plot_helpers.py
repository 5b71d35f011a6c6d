"""The plot helpers used outside the project: folders, optional data, no manifest, no clipping."""

from __future__ import annotations

import matplotlib
import numpy as np
import pandas as pd
import pytest

from framing.present import charts, saving, style

LONG = "A very long name of an outlet nobody abbreviated, 10 May 2022 (opinion)"
GROUPS = [f"Group number {i} with a long name" for i in range(14)]


def _inside(fig, leg) -> bool:
    fig.canvas.draw()
    bb, fb = leg.get_window_extent(), fig.bbox
    return bb.x0 >= fb.x0 - 0.5 and bb.x1 <= fb.x1 + 0.5 and bb.y0 >= fb.y0 - 0.5 and bb.y1 <= fb.y1 + 0.5  # fmt: skip


def _space(ax, rng):
    df = pd.DataFrame(
        {"PC1": rng.normal(size=140), "PC2": rng.normal(size=140), "group": np.repeat(GROUPS, 10)}
    )
    charts.framing_space(ax, df, focal=(0.1, 0.2), focal_label=LONG)


def _percentile(ax, rng):
    t = pd.DataFrame(
        {
            "metric": [f"metric {i}" for i in range(5)],
            "percentile": [10, 20, 60, 80, 99.0],
            "percentile_lo": [5, 10, 50, 70, 90.0],
            "percentile_hi": [20, 30, 70, 90, 100.0],
        }
    )
    charts.percentile_chart(ax, t, focal_label=LONG)


def _interval(ax, rng):
    t = pd.DataFrame(
        {
            "metric": ["a", "b"],
            "per_1k": [1, 2.0],
            "lo": [0.5, 1],
            "hi": [2, 3.0],
            "median": [1, 1.0],
        }
    )
    charts.interval_chart(ax, t, reference="median", focal_label=LONG)


def _trend(ax, rng):
    months = pd.date_range("2022-01-01", periods=6, freq="MS")
    m = pd.DataFrame(
        {"month": months.repeat(12), "value": rng.random(72), "group": GROUPS[:12] * 6}
    )
    charts.trend_lines(ax, m, event="2022-03-24", event_label=LONG)


def _strip(ax, rng):
    s = pd.DataFrame({"v": rng.random(50), "group": ["a"] * 25 + ["b"] * 25})
    charts.strip_plot(ax, s, "v", focal=0.5, focal_label=LONG)


def _fightin(ax, rng):
    kw = pd.DataFrame(
        {
            "term": [f"w{i}" for i in range(50)],
            "log_freq": rng.random(50),
            "z": rng.normal(0, 3, 50),
        }
    )
    charts.fightin_words(ax, kw, labels=(LONG, "UNGD 2022 speeches"))


def _voice(ax, rng):
    rows = [
        {"group": g, "label": c, "share_author": v, "lower": v - 0.1, "upper": v + 0.1}
        for g in [LONG, *GROUPS[:4]]
        for c, v in zip(
            ["Hedges", "Accusation", "All stance"], rng.uniform(0.2, 0.8, 3), strict=True
        )
    ]
    charts.voice_share_chart(ax, pd.DataFrame(rows))


def _targets(ax, rng):
    rows = [
        {"group": g, "label": c, "share": v, "lower": v - 0.1, "upper": v + 0.1}
        for g in [LONG, *GROUPS[:4]]
        for c, v in zip(
            ["West / US", "West / US, readers' estimate", "Russia"],
            rng.uniform(0.2, 0.8, 3),
            strict=True,
        )
    ]
    charts.target_share_chart(ax, pd.DataFrame(rows))


@pytest.mark.parametrize(
    "draw", [_space, _percentile, _interval, _trend, _strip, _fightin, _voice, _targets],
    ids=["framing_space", "percentile", "interval", "trend", "strip", "fightin_words", "voice",
         "targets"],
)  # fmt: skip
@pytest.mark.parametrize("figsize", [style.FIGSIZE, (5.0, 3.6)], ids=["default", "small"])
def test_legends_are_never_clipped(tmp_path, draw, figsize):
    rng = np.random.default_rng(0)
    fig, ax = style.new_figure(
        "A finding", subtitle="a subtitle", source="a source", figsize=figsize
    )
    draw(ax, rng)
    saving.save_figure(fig, "f", outdir=tmp_path, close=False)
    leg = ax.get_legend()
    assert leg is not None and _inside(fig, leg)
    if figsize == style.FIGSIZE:  # room for the axes too: the layout did not give up
        assert ax.get_position().width > 0.2
    matplotlib.pyplot.close(fig)


def test_a_rebuilt_legend_keeps_the_error_bars_markers(tmp_path):
    # five long entries do not fit above a small figure: the legend is rebuilt smaller, and
    # the rebuilt one must still show each series' marker, not a bare line
    fig, ax = style.new_figure("A finding", source="s", figsize=(5.0, 3.6))
    _voice(ax, np.random.default_rng(0))
    before = ax.get_legend()
    saving.save_figure(fig, "f", outdir=tmp_path, close=False)
    leg = ax.get_legend()
    assert leg is not before  # rebuilt
    markers = {
        line.get_marker()
        for line in leg.findobj(matplotlib.lines.Line2D)
        if line.get_marker() not in (None, "None", "")
    }
    assert {"o", "s", "D", "^", "*"} <= markers
    matplotlib.pyplot.close(fig)


def test_a_legend_that_fits_is_left_alone():
    fig, ax = style.new_figure("A finding", source="s")
    ax.plot([0, 1], [0, 1], label="short")
    leg = ax.legend(loc="upper left")
    assert style.fit_legends(fig) == 0 and ax.get_legend() is leg


def test_save_figure_outside_the_project(tmp_path, monkeypatch):
    monkeypatch.delenv("FRAMING_NOTEBOOK", raising=False)
    monkeypatch.delenv("FRAMING_FIGURES_DIR", raising=False)
    out = tmp_path / "not" / "yet" / "there"
    fig, ax = style.new_figure("A finding", source="mine")
    ax.plot([0, 1], [1, 0])
    paths = saving.save_figure(fig, "mine", outdir=out)  # no data: no CSV
    assert sorted(p.name for p in out.iterdir()) == ["mine.png", "mine.svg"]
    assert set(paths) == {"png", "svg"}
    fig, ax = style.new_figure("Another", source="mine")
    saving.save_figure(fig, "with-data", data=pd.DataFrame({"x": [1]}), outdir=out)
    assert (out / "with-data.csv").read_text() == "x\n1\n"
    assert not (out / "manifest.yaml").exists() and not (out / "README.md").exists()


def test_the_manifest_is_written_by_project_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_NOTEBOOK", "01-article-profile.py")
    fig, _ = style.new_figure("A finding", source="s")
    saving.save_figure(fig, "f", data=pd.DataFrame({"x": [1]}), outdir=tmp_path)
    assert (tmp_path / "manifest.yaml").exists() and (tmp_path / "README.md").exists()
    monkeypatch.delenv("FRAMING_NOTEBOOK")
    fig, _ = style.new_figure("Explicit", source="s")
    saving.save_figure(fig, "g", outdir=tmp_path / "b", manifest=True)
    assert "g.csv" not in (tmp_path / "b" / "manifest.yaml").read_text()
