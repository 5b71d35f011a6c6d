"""Where every goal stands (framing.stats.goal_status, framing.present.goal_docs): hand-made
tables, intervals checked against scipy, the recorded judgements counted independently from the
round files, and the generated block of docs/validation.md. No mirror needed."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from scipy.stats import binomtest

from framing.present import doc_blocks, goal_docs
from framing.stats import attribution_audit as aa
from framing.stats import goal_status as gs
from framing.stats import media_audit as ma
from framing.stats import official_quote_audit as oq
from framing.stats import validation as v
from tests.stats._judged import judged_rows as _audit

ROOT = Path(__file__).resolve().parents[2]
VALIDATION_MD = ROOT / "docs" / "validation.md"
NAN = math.nan


@pytest.mark.parametrize(
    ("value", "threshold", "n", "expected"),
    [
        (0.90, 0.90, 30, "met"),  # the goal itself is met
        (27 / 30, 0.90, 30, "met"),  # 0.8999... in floating point
        (0.8966, 0.90, 29, "not met"),
        (1.0, 0.90, 9, "too few"),  # 9 rows cannot judge, even when all are right
        (0.0, 0.80, 0, "too few"),
        (NAN, 0.80, 0, "too few"),
        (0.5, NAN, 30, "no goal"),
        (0.5, None, 30, "no goal"),
        (-0.10, -0.10, 30, "met"),  # a gap exactly at the limit
        (-0.1167, -0.10, 30, "not met"),
        (0.3, 0.85, None, "not met"),  # an estimate without a count is judged as it is
    ],
)
def test_status(value, threshold, n, expected):
    assert gs.status(value, threshold, n) == expected


@pytest.mark.parametrize(
    ("lo", "hi", "threshold", "expected"),
    [
        (0.56, 0.86, 0.90, True),  # wholly below
        (0.90, 1.00, 0.90, True),  # wholly above (touching counts as above)
        (0.74, 0.97, 0.90, False),  # straddles
        (NAN, NAN, 0.90, False),
        (0.5, 0.6, NAN, False),
    ],
)
def test_decided(lo, hi, threshold, expected):
    assert gs.decided(lo, hi, threshold) is expected


def _media_table() -> pd.DataFrame:
    audit = _audit(
        {
            ("hedge", "rt"): (27, 3),
            ("hedge", "western"): (28, 2),
            ("hedge", "china_daily"): (22, 8),
            (v.SCARE_QUOTE, "rt"): (24, 6),
            (v.SCARE_QUOTE, "western"): (3, 1),
            ("cold_war", "rt"): (5, 5),  # a frame category: no precision goal
        }
    )
    return ma.media_audit_table(audit.assign(round=7), rates=False)


def test_precision_cells_one_row_per_goal_category_and_group_with_wilson_intervals():
    cells = gs.precision_cells(_media_table(), "news", ma.GROUPS)
    got = {(r.measure, r.group): r for r in cells.itertuples(index=False)}
    # cold_war carries no precision goal; scare quotes of China Daily were never judged
    assert set(got) == {
        ("precision: hedge", "RT"),
        ("precision: hedge", "Western"),
        ("precision: hedge", "China Daily"),
        ("precision: scare_quote", "RT"),
        ("precision: scare_quote", "Western"),
        ("precision: scare_quote", "China Daily"),
    }
    cd = got[("precision: hedge", "China Daily")]
    ci = binomtest(22, 30).proportion_ci(method="wilson")
    assert (cd.correct, cd.n, cd.value) == (22, 30, pytest.approx(22 / 30))
    assert (cd.lo, cd.hi) == (pytest.approx(ci.low), pytest.approx(ci.high))
    assert (cd.status, cd.decided, cd.threshold, cd.round) == ("not met", True, 0.90, 7)
    assert cd.goal == "stance precision >= 0.90"
    rt = got[("precision: hedge", "RT")]
    assert (rt.status, rt.decided) == ("met", False)  # 27/30 is the goal, the interval straddles
    sq = got[("precision: scare_quote", "RT")]
    assert (sq.goal, sq.threshold, sq.status) == ("scare-quote precision >= 0.80", 0.80, "met")
    assert got[("precision: scare_quote", "Western")].status == "too few"  # 3 of 4
    none = got[("precision: scare_quote", "China Daily")]
    assert (none.n, none.status) == (0, "too few") and math.isnan(none.value)


def test_gap_cells_judge_the_difference_and_need_both_sides():
    cells = gs.gap_cells(_media_table(), "news", ("western", ma.STATE), ("Western", "state"))
    assert list(cells["measure"]) == ["precision gap: hedge"]  # only stance categories
    r = cells.iloc[0]
    # Western 28/30 minus state media (27 + 22) / 60, by hand
    assert r["value"] == pytest.approx(28 / 30 - 49 / 60)
    assert r["n"] == 30 and r["threshold"] == -0.10 and r["status"] == "met"
    assert r["lo"] < r["value"] < r["hi"]
    audit = _audit({("hedge", "rt"): (20, 0), ("hedge", "western"): (5, 4)})
    few = gs.gap_cells(
        ma.media_audit_table(audit, rates=False), "news", ("western", ma.STATE), ("W", "S")
    )
    assert few.iloc[0]["status"] == "too few"  # Western has 9 judged rows


def _measures() -> pd.DataFrame:
    rows = [
        ("voice", "RT", 40, 32, 0.80, 0.65, 0.90, 7),
        ("voice", "Western", 37, 34, 34 / 37, 0.79, 0.97, 7),
        ("voice", aa.POOLED, 77, 66, 66 / 77, 0.76, 0.92, 7),
        ("source", "RT", 27, 13, 13 / 27, 0.31, 0.66, 7),
        ("target", "RT", 0, 0, NAN, NAN, NAN, 6),
        ("target recall", "RT", 60, 34, 0.40, 0.27, 0.64, 6),
    ]
    cols = ["assignment", "group", "n", "correct", "share", "lo", "hi", "round"]
    return pd.DataFrame(rows, columns=cols)


def test_attribution_cells_goals_no_goals_and_the_recall_estimate():
    cells = gs.attribution_cells(_measures(), "news").set_index(["measure", "group"])
    # the pooled row and a cell nobody judged are left out
    assert list(cells.index) == [
        ("voice", "RT"),
        ("voice", "Western"),
        ("source (reported)", "RT"),
        ("target recall (est.)", "RT"),
    ]
    assert cells.loc[("voice", "RT"), "status"] == "not met"
    assert cells.loc[("voice", "Western"), "status"] == "met"
    assert cells.loc[("voice", "RT"), "goal"] == "voice >= 0.85"
    assert cells.loc[("source (reported)", "RT"), "status"] == "no goal"
    recall = cells.loc[("target recall (est.)", "RT")]
    assert pd.isna(recall["correct"]) and pd.isna(recall["n"])  # an estimate, not a count
    assert recall["status"] == "no goal" and recall["value"] == 0.40


def _quote_table(round_: int, **cells: tuple[int, int]) -> pd.DataFrame:
    audit = _audit({(v.SCARE_QUOTE, g): kb for g, kb in cells.items()})
    return oq.audit_table(audit).assign(round=round_)


def test_official_quote_cells_take_each_group_from_its_latest_round():
    tables = [
        _quote_table(22, ungd=(7, 15), ukraine=(0, 8), white_house=(5, 25)),
        _quote_table(23, white_house=(7, 53)),
    ]
    cells = gs.official_quote_cells(tables).set_index("group")
    assert list(cells.index) == list(oq.GROUPS.values())
    assert (cells.loc["White House", "correct"], cells.loc["White House", "n"]) == (7, 60)
    assert cells.loc["White House", "round"] == 23
    assert (cells.loc["UNGD", "correct"], cells.loc["UNGD", "round"]) == (7, 22)
    assert cells.loc["Ukraine presidency", "status"] == "too few"  # 8 rows
    kremlin = cells.loc["Kremlin"]
    assert kremlin["n"] == 0 and pd.isna(kremlin["round"]) and kremlin["status"] == "too few"
    assert cells.loc["White House", "measure"] == "precision: scare_quote"


def test_an_official_cell_of_a_pooled_round_names_the_rounds_it_pools():
    """Round 26 pools with round 25 (its table holds both rounds' White House rows): the cell
    names them; round 25's Ukrainian cell stays round 25's alone."""
    tables = [
        _quote_table(25, ukraine=(15, 20), white_house=(8, 52)),
        _quote_table(26, white_house=(10, 72)),
    ]
    cells = gs.official_quote_cells(tables).set_index("group")
    wh, ua = cells.loc["White House"], cells.loc["Ukraine presidency"]
    assert (wh["correct"], wh["n"], wh["round"]) == (10, 82, 26)
    assert wh["measure"] == "precision: scare_quote, rounds 25, 26 pooled"
    assert (ua["n"], ua["round"], ua["measure"]) == (35, 25, "precision: scare_quote")


def test_status_counts_chart_parts_and_finding():
    cells = pd.concat(
        [
            gs.precision_cells(_media_table(), "news", ma.GROUPS),
            gs.gap_cells(_media_table(), "news", ("western", ma.STATE), ("Western", "state")),
            gs.attribution_cells(_measures(), "news"),
        ],
        ignore_index=True,
    )
    counts = gs.status_counts(cells).set_index("goal")
    assert counts.loc["stance precision >= 0.90"].to_dict() == {
        "met": 2,
        "not met": 1,
        "too few": 0,
        "cells": 3,
    }
    assert counts.loc["scare-quote precision >= 0.80"].to_dict() == {
        "met": 1,
        "not met": 0,
        "too few": 2,
        "cells": 3,
    }
    assert counts.loc["voice >= 0.85", "not met"] == 1
    assert gs.totals(cells) == {"cells": 9, "met": 5, "not met": 2, "too few": 2}
    assert "no goal" not in counts.index
    shares, gaps = gs.chart_parts(cells)
    assert list(gaps["measure"]) == ["precision gap: hedge"]
    assert "source (reported)" not in set(shares["measure"])  # no goal, not drawn
    assert "target recall (est.)" in set(shares["measure"])  # no goal, but drawn
    # judged: 3 stance + 1 scare quote + 1 gap + 2 voice = 7; missed: hedge CD, voice RT
    assert gs.finding(cells) == (
        "5 of 7 judged goal cells are met; the misses are mostly stance precision (1 of 3 cells)"
    )


# ---------------------------------------------------------------- the recorded judgements
def _count(path: Path, category: str, group: str) -> tuple[int, int]:
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    d = df[(df["category"] == category) & (df["outlet_group"] == group)]
    d = d[d["label"].isin(["correct", "incorrect"])]
    return int((d["label"] == "correct").sum()), len(d)


@pytest.fixture(scope="module")
def recorded() -> pd.DataFrame:
    return gs.goal_status()  # the defaults the committed block was written with


def test_recorded_cells_count_what_the_round_files_hold(recorded):
    cells = recorded.set_index(["corpus", "measure", "group"])
    # every precision cell of the news media equals the count in its round's file
    media = cells.loc[gs.MEDIA_CORPUS]
    for (measure, group), r in media.iterrows():
        if not measure.startswith("precision: "):
            continue
        cat = measure.removeprefix("precision: ")
        key = {label: k for k, label in ma.GROUPS.items()}[group]
        path = v.validation_dir() / ma.audit_round(int(r["round"])).file
        assert (r["correct"], r["n"]) == _count(path, cat, key), (measure, group)
    # the White House cell: round 26's rows pooled with round 25's (section 123)
    measure = "precision: scare_quote, rounds 25, 26 pooled"
    wh = cells.loc[(gs.OFFICIAL_QUOTE_CORPUS, measure, "White House")]
    spec = oq.audit_round(int(wh["round"]))
    counts = [
        _count(v.validation_dir() / oq.audit_round(n).file, v.SCARE_QUOTE, "white_house")
        for n in (*spec.pooled_with, spec.number)
    ]
    assert (wh["correct"], wh["n"]) == tuple(map(sum, zip(*counts, strict=True))) == (10, 82)


def test_recorded_cells_cover_every_goal_and_corpus(recorded):
    assert list(recorded.columns) == gs.COLUMNS
    assert set(recorded["status"]) <= set(gs.STATUSES)
    assert set(recorded["corpus"]) == {*gs.FRAME_CORPUS.values(), gs.OFFICIAL_QUOTE_CORPUS}
    for corpus in gs.FRAME_CORPUS.values():
        goals = set(recorded.loc[recorded["corpus"] == corpus, "goal"])
        assert {"voice >= 0.85", "named target >= 0.85"} <= goals, corpus
    # a cell with a goal and enough rows is judged on its point estimate
    judged = recorded[recorded["status"].isin(["met", "not met"])]
    assert ((judged["value"] >= judged["threshold"] - 1e-12) == (judged["status"] == "met")).all()


def test_validation_doc_goal_block_is_in_sync(recorded):
    block = goal_docs.render_block(recorded)
    assert goal_docs.generated_block(VALIDATION_MD) == block, (
        "docs/validation.md section 0 is stale: run `python tools/audit_report.py --goals`"
    )
    assert "#### Cells that miss their goal" in block


def test_render_block_lists_misses_first_with_counts_and_signed_gaps():
    cells = pd.concat(
        [
            gs.precision_cells(_media_table(), "news", ma.GROUPS),
            gs.gap_cells(_media_table(), "news", ("western", ma.STATE), ("Western", "state")),
        ],
        ignore_index=True,
    )
    block = goal_docs.render_block(cells)
    missed = block.split("#### Cells that miss their goal")[1].split("#### Every cell")[0]
    assert "| China Daily | 22 / 30 | 0.73 [0.56, 0.86] | 0.90 | **not met** (interval below)" in (
        missed
    )
    assert missed.count("| news |") == 1
    assert "**7 cells carry a goal of issue 13: 4 met, 1 not met, 2 with fewer than 10" in block
    # a gap's count is that of its smaller side
    assert "| precision gap: hedge | Western - state | n ≥ 30 | +0.12 [-0.05, +0.24] |" in block
    assert "| –0" not in block and "-0.10 | met" in block


# ---------------------------------------------------------------- generated blocks
def test_doc_blocks_update_only_between_markers_and_report_changes(tmp_path):
    doc = tmp_path / "d.md"
    doc.write_text("head\n<!-- a -->\nold\n<!-- b -->\ntail\n", encoding="utf-8")
    assert doc_blocks.update_block(doc, "<!-- a -->", "<!-- b -->", "\nnew\n") is True
    assert doc.read_text(encoding="utf-8") == "head\n<!-- a -->\nnew\n<!-- b -->\ntail\n"
    assert doc_blocks.generated_block(doc, "<!-- a -->", "<!-- b -->") == "\nnew\n"
    assert doc_blocks.update_block(doc, "<!-- a -->", "<!-- b -->", "\nnew\n") is False
    with pytest.raises(ValueError, match="not found"):
        doc_blocks.update_block(doc, "<!-- b -->", "<!-- a -->", "x")  # out of order
