"""Unit tests of the headline precision audit (framing.stats.headline_audit); no data needed."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.stats import headline_audit as ha
from framing.stats import media_audit as ma
from framing.stats import validation as v
from tests.stats._judged import judged_rows


def _rows(cells: dict[tuple[str, str], tuple[int, int]]) -> pd.DataFrame:
    """Hand-made judgements of the headline stream: (category, group) -> (correct, incorrect)."""
    return judged_rows(cells, dataset="china-media-headlines-2022")


def test_table_has_both_groups_pooled_and_the_bbc_gap():
    audit = _rows(
        {
            ("hedge", "bbc"): (8, 2),
            ("hedge", "chinese_state"): (29, 1),
            (ha.OLD_SCARE_QUOTE, "bbc"): (1, 29),
            (ha.OLD_SCARE_QUOTE, "chinese_state"): (6, 24),
        }
    )
    t = ha.headline_audit_table(audit, rates=False).set_index("category")
    assert t.index.tolist() == ["hedge", ha.OLD_SCARE_QUOTE]  # stance first, extras after
    h = t.loc["hedge"]
    assert (h["bbc_n"], h["bbc_correct"], h["chinese_state_n"]) == (10, 8, 30)
    assert (h["all_n"], h["all_correct"]) == (40, 37)
    assert (h["all_lo"], h["all_hi"]) == pytest.approx(v.wilson(37, 40))
    # the gap is BBC minus the Chinese state outlets, with Newcombe's interval
    assert (h["gap"], h["gap_lo"], h["gap_hi"]) == pytest.approx(ma.newcombe_diff(8, 10, 29, 30))
    assert t.loc[ha.OLD_SCARE_QUOTE, "all_precision"] == pytest.approx(7 / 60)


def test_table_rejects_the_article_groups():
    with pytest.raises(ValueError, match="unknown outlet groups"):
        ha.headline_audit_table(_rows({("hedge", "rt"): (1, 0)}), rates=False)


def test_goals_name_bbc_and_skip_an_empty_group():
    audit = _rows(
        {
            ("hedge", "bbc"): (9, 1),
            ("hedge", "chinese_state"): (27, 3),
            (v.SCARE_QUOTE, "chinese_state"): (15, 4),  # no BBC scare quote left to draw
        }
    )
    g = ha.headline_goals(ha.headline_audit_table(audit, rates=False))
    prec = g[g["goal"].str.startswith("precision")].set_index("category")
    assert prec.loc["hedge", "met"]  # 0.90 in both groups
    assert prec.loc[v.SCARE_QUOTE, "where"] == "Chinese state"
    assert prec.loc[v.SCARE_QUOTE, "value"] == pytest.approx(15 / 19)
    assert not prec.loc[v.SCARE_QUOTE, "met"]  # 0.79 < 0.80
    gap = g[g["goal"].str.startswith("BBC")].set_index("category").loc["hedge"]
    assert gap["where"] == "BBC - Chinese state media"
    assert gap["value"] == pytest.approx(0.0) and gap["met"]


def test_old_rule_recall_counts_right_old_scare_quotes_still_counted():
    audit = _rows(
        {(ha.OLD_SCARE_QUOTE, "bbc"): (2, 3), (ha.OLD_SCARE_QUOTE, "chinese_state"): (4, 1)}
    )
    audit.loc[audit["outlet_group"] == "chinese_state", "start"] = [0, 10, 20, 30, 40]
    right = audit[audit["label"] == "correct"]
    # the current rules keep one BBC and two Chinese-state right ones, plus one wrong one
    keep = pd.concat([right.iloc[[0, 2, 3]], audit[audit["label"] == "incorrect"].iloc[[0]]])
    r = ha.old_rule_recall(audit, keep).set_index("outlet_group")
    assert (r.loc["bbc", "n"], r.loc["bbc", "kept"]) == (2, 1)
    assert (r.loc["chinese_state", "n"], r.loc["chinese_state", "kept"]) == (4, 2)
    assert (r.loc["all", "n"], r.loc["all", "kept"], r.loc["all", "share"]) == (6, 3, 0.5)
    assert (r.loc["all", "lo"], r.loc["all", "hi"]) == pytest.approx(v.wilson(3, 6))


def test_draw_leaves_out_tuning_and_earlier_headlines(monkeypatch):
    rows = []
    for group in ha.GROUPS:
        for i in range(6):
            rows.append(("china-media-headlines-2022", f"{group}{i}", group, "hedge", i == 0))
    m = pd.DataFrame(rows, columns=["dataset", "doc_id", "outlet_group", "category", "tuning"])
    m = m.assign(subcategory="", term="may", start=0, end=3)
    earlier = {("china-media-headlines-2022", "bbc1")}
    monkeypatch.setattr(ma, "earlier_documents", lambda before, category=None: earlier)
    spec = ha.HeadlineRound(12, 5, "x.csv", ("hedge", ha.OLD_SCARE_QUOTE), "test")
    s = ha.draw_round(spec, m, n=10)
    assert set(s["category"]) == {"hedge"}  # the old rules' category is not drawn here
    assert sorted(s["doc_id"]) == ["bbc2", "bbc3", "bbc4", "bbc5"] + [
        f"chinese_state{i}" for i in range(1, 6)
    ]
    assert s["label"].eq("").all()
    again = ha.draw_round(spec, m, n=3)
    assert again.equals(ha.draw_round(spec, m, n=3))  # seeded


def test_agreement_of_two_readers():
    first = _rows({(v.SCARE_QUOTE, "bbc"): (3, 1), (v.SCARE_QUOTE, "chinese_state"): (2, 2)})
    second = first.copy()
    second.loc[0, "label"] = "incorrect"  # the readers differ on one BBC row
    a = ma.agreement_table(first, second, [v.SCARE_QUOTE], ha.GROUPS).set_index("outlet_group")
    assert (a.loc["bbc", "n"], a.loc["bbc", "first_only"], a.loc["bbc", "agreement"]) == (
        4,
        1,
        0.75,
    )
    assert a.loc["chinese_state", "kappa"] == pytest.approx(1.0)
    assert a.loc["all", "n"] == 8
    with pytest.raises(ValueError, match="rows differ"):
        ma.agreement_table(first, second.iloc[1:], [v.SCARE_QUOTE], ha.GROUPS)


def test_current_measure_takes_each_cell_from_its_latest_round(monkeypatch, tmp_path):
    r12 = _rows(
        {("hedge", "bbc"): (5, 0), ("hedge", "chinese_state"): (3, 2), ("booster", "bbc"): (1, 1)}
    )
    r13 = _rows({("hedge", "chinese_state"): (4, 0)})  # no BBC match was left to draw
    files = {12: tmp_path / "r12.csv", 13: tmp_path / "r13.csv"}
    r12.to_csv(files[12], index=False)
    r13.to_csv(files[13], index=False)
    rounds = (
        ha.HeadlineRound(12, 1, "r12.csv", ("hedge", "booster"), "first"),
        ha.HeadlineRound(13, 2, "r13.csv", ("hedge",), "after a change of hedge"),
    )
    monkeypatch.setattr(ha, "ROUNDS", rounds)
    monkeypatch.setattr(ha, "headline_audit_path", lambda round_=None: files[round_])
    cur = ha.read_headline_audit()
    cells = cur.groupby(["category", "outlet_group"])["round"].agg(["min", "max", "size"])
    assert cells.loc[("hedge", "chinese_state")].tolist() == [13, 13, 4]  # round 12's left out
    assert cells.loc[("hedge", "bbc")].tolist() == [12, 12, 5]
    assert cells.loc[("booster", "bbc")].tolist() == [12, 12, 2]
    assert cur["category"].tolist()[0] == "hedge"  # table order: stance categories first
    assert len(ha.read_headline_audit(12)) == len(r12)  # a round as stored


def test_population_census_compares_current_matches_with_judged_spans():
    def rows(spec):
        out = [
            ("china-media-headlines-2022", doc, group, "accusation", start, start + 5, tuning)
            for doc, group, start, tuning in spec
        ]
        cols = ["dataset", "doc_id", "outlet_group", "category", "start", "end", "tuning"]
        return pd.DataFrame(out, columns=cols)

    current = rows(
        [
            ("b1", "bbc", 0, False),  # judged right
            ("b1", "bbc", 10, False),  # same headline, another span: unjudged
            ("b2", "bbc", 0, False),  # judged wrong
            ("b3", "bbc", 0, True),  # a tuning headline: left out
            ("c1", "chinese_state", 0, False),
        ]
    )
    judged = rows([("b1", "bbc", 0, False), ("b2", "bbc", 0, False), ("b4", "bbc", 0, False)])
    judged = judged.drop(columns="tuning").assign(label=["correct", "incorrect", "incorrect"])
    c = ha.population_census(current, judged, ("accusation",)).set_index("outlet_group")
    bbc = c.loc["bbc"]
    assert (bbc["current"], bbc["judged"], bbc["correct"], bbc["unjudged"]) == (3, 2, 1, 1)
    assert (bbc["gone"], bbc["gone_correct"]) == (1, 0)  # b4 is no longer counted
    assert (c.loc["chinese_state", "current"], c.loc["chinese_state", "judged"]) == (1, 0)
