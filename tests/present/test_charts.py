"""framing.present.style: deterministic bytes, CSV beside, focal marker, atomic writes, manifest."""

from __future__ import annotations

import hashlib

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
import yaml

from framing.core.errors import OutputError
from framing.present import charts, saving, style


def _data() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(60)],
            "group": ["CHN", "RUS", "USA"] * 20,
            "hedge_per_1k": rng.gamma(2, 2, 60).round(3),
        }
    )


def _figure(data: pd.DataFrame):
    fig, ax = style.new_figure(
        "The article hedges more than most speeches", subtitle="Hedges per 1k", source="toy data"
    )
    charts.strip_plot(ax, data, "hedge_per_1k", focal=7.5, focal_label="Toy Times, 1 Jan 2022")
    return fig, ax


def _digest(folder, name):
    return {
        ext: hashlib.sha256((folder / f"{name}.{ext}").read_bytes()).hexdigest()
        for ext in ("png", "svg", "csv")
    }


def test_same_bytes_twice(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for out in (a, b):
        fig, _ = _figure(_data())
        saving.save_figure(
            fig, "strip", _data(), outdir=out, caption="hedges", inputs={"toy": "0" * 64},
            manifest=True,
        )  # fmt: skip
    assert _digest(a, "strip") == _digest(b, "strip")
    assert (a / "README.md").read_bytes() == (b / "README.md").read_bytes()
    assert (a / "manifest.yaml").read_bytes() == (b / "manifest.yaml").read_bytes()


def test_no_timestamps_or_versions(tmp_path):
    import matplotlib

    fig, _ = _figure(_data())
    saving.save_figure(fig, "strip", _data(), outdir=tmp_path, manifest=False)
    png = (tmp_path / "strip.png").read_bytes()
    svg = (tmp_path / "strip.svg").read_text(encoding="utf-8")
    assert b"Software" not in png and b"tIME" not in png
    assert "<dc:date>" not in svg and matplotlib.__version__ not in svg
    assert not (tmp_path / "manifest.yaml").exists()


def test_csv_beside(tmp_path):
    data = _data().assign(x=1 / 3)
    fig, _ = _figure(data)
    saving.save_figure(fig, "strip", data, outdir=tmp_path, manifest=False)
    raw = (tmp_path / "strip.csv").read_bytes()
    assert b"\r\n" not in raw
    assert raw.splitlines()[0] == b"doc_id,group,hedge_per_1k,x"
    assert b"0.33333333\n" in raw


def test_focal_marker_present(tmp_path):
    fig, ax = _figure(_data())
    gids = [a.get_gid() for a in ax.get_children()]
    assert style.FOCAL_GID in gids
    texts = [t.get_text() for t in ax.texts]
    assert "Toy Times, 1 Jan 2022" in texts
    assert not hasattr(style, "FOCAL_LABEL")  # no module names a particular article
    saving.save_figure(fig, "strip", _data(), outdir=tmp_path, manifest=False)
    assert f'id="{style.FOCAL_GID}"' in (tmp_path / "strip.svg").read_text(encoding="utf-8")


def test_source_caption_on_every_figure():
    fig, _ = style.new_figure("t", source="UN General Debate Corpus")
    captions = [t.get_text() for t in fig.texts]
    assert any(c.startswith("Source: UN General Debate Corpus; framing v") for c in captions)


def test_atomic_write_leaves_no_partial_file(tmp_path, monkeypatch):
    fig, _ = _figure(_data())

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(fig, "savefig", boom)
    with pytest.raises(RuntimeError):
        saving.save_figure(fig, "strip", _data(), outdir=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_bad_name_and_folder(tmp_path):
    fig, _ = _figure(_data())
    with pytest.raises(OutputError):
        saving.save_figure(fig, "../x", _data(), outdir=tmp_path)
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(OutputError, match="cannot create the figures folder"):
        saving.save_figure(fig, "x", _data(), outdir=tmp_path / "a-file" / "sub")


def test_manifest_record_and_readme(tmp_path):
    for name in ("b-second", "a-first"):
        fig, _ = _figure(_data())
        saving.save_figure(
            fig,
            name,
            _data(),
            outdir=tmp_path,
            caption=f"caption {name}",
            notebook="01-x.py",
            manifest=True,
            inputs={"unscon": "ab" * 32},
        )
    doc = yaml.safe_load((tmp_path / "manifest.yaml").read_text())
    assert [r["name"] for r in doc["figures"]] == ["a-first", "b-second"]
    rec = doc["figures"][0]
    assert rec["inputs"] == [{"name": "unscon", "sha256": "ab" * 32}]
    assert rec["files"] == ["a-first.png", "a-first.svg", "a-first.csv"]
    readme = (tmp_path / "README.md").read_text()
    assert "caption a-first" in readme and "`abababababab`" in readme and "01-x.py" in readme


def test_pruning_removes_only_the_files_of_figures_no_notebook_saves(tmp_path):
    from framing.present.manifest import prune_manifest

    for name in ("kept", "gone"):
        fig, _ = _figure(_data())
        saving.save_figure(fig, name, _data(), outdir=tmp_path, notebook="01-x.py")
    (tmp_path / "notes.txt").write_text("mine")
    assert prune_manifest(tmp_path, {"kept"}, remove_files=True) == ["gone"]
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["README.md", "kept.csv", "kept.png", "kept.svg", "manifest.yaml", "notes.txt"]


@pytest.mark.parametrize(
    "chart", ["percentile", "interval", "space", "fightin", "trend", "heatmap"]
)
def test_charts_render_deterministically(tmp_path, chart):
    rng = np.random.default_rng(1)

    def build():
        fig, ax = style.new_figure(f"{chart} chart", source="toy")
        if chart == "percentile":
            t = pd.DataFrame(
                {
                    "metric": ["a", "b"],
                    "percentile": [90, 20],
                    "percentile_lo": [70, 5],
                    "percentile_hi": [99, 40],
                }
            )
            charts.percentile_chart(ax, t)
        elif chart == "interval":
            t = pd.DataFrame(
                {"metric": ["a", "b"], "per_1k": [3, 1], "lo": [1, 0], "hi": [5, 2], "m": [2, 2]}
            )
            charts.interval_chart(ax, t, reference="m")
        elif chart == "space":
            s = pd.DataFrame(
                {
                    "PC1": rng.normal(size=30),
                    "PC2": rng.normal(size=30),
                    "group": ["EU", "UKR"] * 15,
                }
            )
            lo = pd.DataFrame({"PC1": [0.5, -0.2], "PC2": [0.1, 0.7]}, index=["hedge", "booster"])
            charts.framing_space(ax, s, focal=(1.0, 1.0), loadings=lo, explained=(0.4, 0.2))
        elif chart == "fightin":
            t = pd.DataFrame(
                {
                    "term": [f"w{i}" for i in range(80)],
                    "log_freq": rng.uniform(0, 5, 80),
                    "z": rng.normal(0, 2.5, 80),
                }
            )
            charts.fightin_words(ax, t)
        elif chart == "trend":
            months = pd.date_range("2022-01-01", periods=6, freq="MS")
            t = pd.DataFrame(
                [
                    {"month": m, "group": g, "value": i}
                    for i, m in enumerate(months)
                    for g in ("Kremlin", "White House")
                ]
            )
            charts.trend_lines(ax, t)
        else:
            charts.heatmap(
                ax, pd.DataFrame([[1, 2], [3, 0]], index=["RUS", "USA"], columns=["x", "y"])
            )
        return fig

    digests = []
    for i in range(2):
        rng = np.random.default_rng(1)
        out = tmp_path / str(i)
        out.mkdir()
        saving.save_figure(build(), chart, pd.DataFrame({"a": [1]}), outdir=out, manifest=False)
        digests.append(_digest(out, chart))
    assert digests[0] == digests[1]


def test_group_styles_are_fixed():
    assert style.group_style("Kremlin") == style.group_style("RUS") == style.group_style("Russia")
    assert style.group_style("something else") == style.GROUP_STYLES["other"]
    pal = style.group_palette(["zeta", "CHN", "alpha"])
    assert pal["CHN"] == style.GROUP_STYLES["CHN"] and pal["alpha"] != pal["zeta"]


def test_inputs_are_resolved(tmp_path):
    from framing.present.manifest import resolve_inputs

    f = tmp_path / "in.txt"
    f.write_text("x")
    got = resolve_inputs([str(f), "no-such-dataset"])
    assert {g["name"]: g["sha256"] for g in got}[str(f)] == hashlib.sha256(b"x").hexdigest()
    assert {g["name"]: g["sha256"] for g in got}["no-such-dataset"] == "unknown"
    # with the figure folder as base, a file is named relative to it: no absolute path of the
    # machine in a manifest (QA pass 5, L6)
    (tmp_path / "figs").mkdir()
    got = resolve_inputs([str(f), "ungd-2022"], base=tmp_path / "figs")
    assert [g["name"] for g in got] == ["../in.txt", "ungd-2022"]
    assert got[0]["sha256"] == hashlib.sha256(b"x").hexdigest()


def test_estimate_chart_draws_one_errorbar_per_series():
    import pandas as pd

    from framing.present import charts, style

    table = pd.DataFrame(
        {"name": ["a", "b"], "x": [0.2, 0.5], "lo": [0.1, 0.4], "hi": [0.3, 0.7], "y": [0.3, 0.6]}
    )
    fig, ax = style.new_figure("Two series", source="test")
    charts.estimate_chart(
        ax, table, "name", [("one", "x", "lo", "hi"), ("two", "y", "lo", "hi")], "value", 0.5
    )
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b"]
    assert len(ax.containers) == 2  # one ErrorbarContainer per series
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_share_chart_draws_each_group_with_the_goal_and_a_legend():
    import matplotlib.pyplot as plt
    import pandas as pd

    from framing.present import charts, style

    table = pd.DataFrame(
        {
            "assignment": ["voice", "target"],
            **{f"{k} {g}": v for g in ("BBC", "pooled") for k, v in
               (("share", [0.85, 0.64]), ("lo", [0.7, 0.35]), ("hi", [0.93, 0.85]))},
        }
    )  # fmt: skip
    fig, ax = style.new_figure("Shares", source="test")
    charts.share_chart(ax, table, "assignment", ["BBC", "pooled"], 0.85)
    assert len(ax.containers) == 2
    assert ax.get_xlim() == (0, 1.01)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["BBC", "pooled"]
    assert any(list(line.get_xdata()) == [0.85, 0.85] for line in ax.get_lines())
    plt.close(fig)
    fig = charts.share_figure(table, ["BBC", "pooled"], 0.85, "Shares", "sub", "test")
    (ax,) = [a for a in fig.axes if a.containers]
    assert len(ax.containers) == 2 and tuple(fig.get_size_inches()) == (8, 5)
    assert "Shares" in [t.get_text() for t in fig.texts]
    plt.close(fig)


# --- what each chart shows -------------------------------------------------------------------


def _offsets(ax) -> np.ndarray:
    """All scatter points drawn on ``ax`` (data coordinates), stacked."""
    from matplotlib.collections import PathCollection

    pts = [np.asarray(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection)]
    pts += [
        np.column_stack([ln.get_xdata(), ln.get_ydata()]).astype(float)
        for ln in ax.get_lines()
        if ln.get_marker() not in (None, "", "None") and len(ln.get_xdata())
    ]
    pts = [p for p in pts if len(p)]
    return np.vstack(pts) if pts else np.empty((0, 2))


def _close(fig):
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_strip_plot_shows_every_document_its_group_and_the_focal_value():
    data = _data()
    fig, ax = _figure(data)
    pts = _offsets(ax)
    docs = pts[np.isin(pts[:, 0], data["hedge_per_1k"])]
    assert sorted(docs[:, 0]) == sorted(data["hedge_per_1k"])  # every document, at its value
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "CHN (n=20)",
        "RUS (n=20)",
        "USA (n=20)",
    ]
    for i, g in enumerate(["CHN", "RUS", "USA"]):  # each group's dots on its own row
        rows = docs[np.isin(docs[:, 0], data.loc[data["group"] == g, "hedge_per_1k"])]
        assert np.all(np.abs(rows[:, 1] - i) <= 0.25)
    focal = [a for a in ax.get_lines() if a.get_gid() == style.FOCAL_GID]
    assert focal and focal[0].get_xdata()[0] == 7.5
    _close(fig)


def test_percentile_chart_shows_one_lollipop_per_metric_at_its_percentile():
    t = pd.DataFrame(
        {"metric": ["a", "b"], "percentile": [90.0, 20.0], "percentile_lo": [70, 5],
         "percentile_hi": [99, 40]}
    )  # fmt: skip
    fig, ax = style.new_figure("p", source="toy")
    charts.percentile_chart(ax, t)
    assert [x.get_text() for x in ax.get_yticklabels()] == ["a", "b"]
    pts = _offsets(ax)
    assert {(round(x), round(y)) for x, y in pts} >= {(90, 0), (20, 1)}
    assert "corpus median" in [h.get_label() for h in ax.get_legend_handles_labels()[0]] + list(
        ax.get_legend_handles_labels()[1]
    )
    _close(fig)


def test_interval_chart_shows_rates_and_reference():
    t = pd.DataFrame(
        {"metric": ["a", "b"], "per_1k": [3.0, 1.0], "lo": [1, 0], "hi": [5, 2], "m": [2.0, 0.5]}
    )
    fig, ax = style.new_figure("i", source="toy")
    charts.interval_chart(ax, t, reference="m")
    pts = {(float(x), float(y)) for x, y in _offsets(ax)}
    assert {(3.0, 0.0), (1.0, 1.0), (2.0, 0.0), (0.5, 1.0)} <= pts
    assert [x.get_text() for x in ax.get_yticklabels()] == ["a", "b"]
    _close(fig)


def test_fightin_words_labels_only_terms_beyond_the_threshold():
    t = pd.DataFrame(
        {"term": ["west", "peace", "flat"], "log_freq": [1.0, 2.0, 3.0], "z": [3.0, -4.0, 0.5]}
    )
    fig, ax = style.new_figure("f", source="toy")
    charts.fightin_words(ax, t)
    texts = {x.get_text() for x in ax.texts}
    assert {"west", "peace"} <= texts and "flat" not in texts
    _close(fig)


def test_fightin_words_labels_only_terms_that_pass_and_no_function_words():
    t = pd.DataFrame(
        {
            "term": ["china", "strategic", "the", "US", "we"],
            "log_freq": [2.0, 1.9, 4.0, 1.0, 3.8],
            "z": [18.0, 7.9, 5.0, 6.0, -2.2],
            "passes": [False, True, True, True, False],
        }
    )
    fig, ax = style.new_figure("f", source="toy")
    charts.fightin_words(ax, t)
    texts = {x.get_text() for x in ax.texts}
    assert texts == {"strategic", "US"}  # 'china' (|z| = 18) does not pass; 'the' is hidden
    pts = _offsets(ax)
    assert 4.0 not in set(pts[:, 0]) and 3.8 not in set(pts[:, 0])  # function words not drawn
    _close(fig)
    fig, ax = style.new_figure("f", source="toy")
    charts.fightin_words(ax, t, function_words=True)
    assert "the" in {x.get_text() for x in ax.texts}
    _close(fig)


def test_heatmap_writes_each_count_in_its_cell():
    m = pd.DataFrame([[1, 2], [3, 0]], index=["RUS", "USA"], columns=["x", "y"])
    fig, ax = style.new_figure("h", source="toy")
    charts.heatmap(ax, m)
    assert [x.get_text() for x in ax.get_yticklabels()] == ["RUS", "USA"]
    assert [x.get_text() for x in ax.get_xticklabels()] == ["x", "y"]
    assert sorted(x.get_text() for x in ax.texts) == ["0", "1", "2", "3"]
    _close(fig)


def test_trend_lines_draw_one_line_per_group_through_its_values():
    months = pd.date_range("2022-01-01", periods=3, freq="MS")
    t = pd.DataFrame(
        [{"month": m, "group": g, "value": i + (10 if g == "B" else 0)}
         for i, m in enumerate(months) for g in ("A", "B")]
    )  # fmt: skip
    fig, ax = style.new_figure("t", source="toy")
    charts.trend_lines(ax, t)
    lines = {ln.get_label(): list(ln.get_ydata()) for ln in ax.get_lines()}
    assert lines["A"] == [0, 1, 2] and lines["B"] == [10, 11, 12]
    _close(fig)


def test_goal_chart_draws_each_cell_by_status_with_its_threshold_and_corpus_headers():
    cells = pd.DataFrame(
        {
            "corpus": ["news", "news", "headlines", "headlines"],
            "measure": ["precision: hedge", "voice", "voice", "target recall (est.)"],
            "group": ["RT", "RT", "BBC", "BBC"],
            "n": [30, 40, 0, np.nan],
            "value": [0.73, 0.9, np.nan, 0.4],
            "lo": [0.56, 0.8, np.nan, 0.3],
            "hi": [0.86, 0.95, np.nan, 0.6],
            "threshold": [0.9, 0.85, 0.85, np.nan],
            "status": ["not met", "met", "too few", "no goal"],
            "round": [11, 7, np.nan, 8],
        }
    )
    fig, ax = style.new_figure("Goals", source="test")
    charts.goal_chart(ax, cells, "share judged correct")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # one tick per cell, then one header per corpus (in the order the corpora appear)
    assert labels == [
        "precision: hedge · RT (round 11)",
        "voice · RT (round 7)",
        "voice · BBC (none judged)",
        "target recall (est.) · BBC (round 8)",
        "news",
        "headlines",
    ]
    ys = dict(zip(labels, ax.get_yticks(), strict=True))
    assert ys["news"] < ys["precision: hedge · RT (round 11)"] < ys["headlines"]
    assert ys["headlines"] < ys["voice · BBC (none judged)"]
    colours = {c.get_label(): c for c in ax.containers}
    assert set(colours) == {"met", "not met", "too few", "no goal"}
    not_met = colours["not met"].lines[0]
    assert list(not_met.get_xdata()) == [0.73]
    assert not_met.get_color() == charts.GOAL_STATUS_STYLE["not met"][0]
    # QA pass 11: met, not met and no goal differ in shape, not by colour alone
    shapes = {s: colours[s].lines[0].get_marker() for s in ("met", "not met", "no goal")}
    assert len(set(shapes.values())) == 3, shapes
    assert colours["too few"].lines[0].get_markerfacecolor() == "white"
    # thresholds: one tick per cell that has one, on the cell's row
    (ticks,) = [c for c in ax.collections if len(c.get_offsets()) == 3]
    assert [tuple(p) for p in np.asarray(ticks.get_offsets())] == [
        (0.9, ys["precision: hedge · RT (round 11)"]),
        (0.85, ys["voice · RT (round 7)"]),
        (0.85, ys["voice · BBC (none judged)"]),
    ]
    _close(fig)


def test_profile_chart_names_the_whisker_for_what_it_draws():
    """QA pass 11: the whisker is the bootstrap interval widened to exact Poisson (``lower`` /
    ``upper``) but the legend called it "sentence bootstrap"; the narrower bootstrap ends stay
    in the CSV."""
    rates = pd.DataFrame(
        {
            "category": ["china", "hedge"],
            "label": ["China", "Hedges"],
            "kind": ["actor", "stance"],
            "per_1k": [53.5, 2.7],
            "lower": [38.0, 0.0],
            "upper": [73.1, 9.9],
            "bootstrap_lower": [41.7, 0.0],
            "bootstrap_upper": [64.9, 7.0],
            "poisson_lower": [38.0, 0.3],
            "poisson_upper": [73.1, 9.9],
            "precision_note": ["precision 1.00", "precision 0.96"],
        }
    )
    fig, axes = style.new_figure("t", source="toy", ncols=2)
    charts.profile_chart(axes, rates, "Outlet, 1 Jan 2022")
    names = [t.get_text() for t in axes[1].get_legend().get_texts()]
    assert names == ["the article", "exact Poisson", "sentence bootstrap\nwidened to exact Poisson"]
    whisker = axes[0].containers[0]  # the article's errorbar: drawn from lower to upper
    assert np.allclose(whisker.lines[2][0].get_segments()[0][:, 0], [38.0, 73.1])
    assert [t.get_text() for t in axes[0].get_yticklabels()] == ["China"]
    plt.close(fig)
