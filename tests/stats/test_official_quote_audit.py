"""The scare-quote audit of the official corpora (framing.stats.official_quote_audit): unit
tests on hand-made rows, checked against scipy; the recorded round against a fresh draw
(mirror)."""

from __future__ import annotations

import pandas as pd
import pytest
from scipy.stats import binomtest

from framing.stats import media_audit as ma
from framing.stats import official_quote_audit as oq
from framing.stats import validation as v


@pytest.mark.parametrize(
    ("dataset", "publisher", "group"),
    [
        ("ungd-2022", "AGO", "ungd"),
        ("whitehouse-2022", "White House", "white_house"),
        ("kremlin-zelenskyy-2021-2022", "Kremlin", "kremlin"),
        ("kremlin-zelenskyy-2021-2022", "President of Ukraine", "ukraine"),
        ("kremlin-zelenskyy-2021-2022", "someone else", None),
        ("media-rt-2022", "RT", None),
    ],
)
def test_group_of(dataset, publisher, group):
    assert oq.group_of(dataset, publisher) == group


def _quotes(per_group: dict[str, int]) -> pd.DataFrame:
    """Hand-made scare quotes: ``n`` per group, two per document."""
    rows = []
    for group, n in per_group.items():
        for i in range(n):
            rows.append(
                {
                    "dataset": "whitehouse-2022" if group == "white_house" else "ungd-2022",
                    "doc_id": f"{group}-{i // 2}",
                    "category": v.SCARE_QUOTE,
                    "term": v.SCARE_QUOTE_TERM,
                    "start": 10 * i,
                    "end": 10 * i + 5,
                    "outlet_group": group,
                    "tuning": False,
                }
            )
    return pd.DataFrame(rows)


def test_draw_takes_n_per_group_or_all_and_leaves_out_shown_documents(monkeypatch):
    quotes = _quotes({"ungd": 8, "white_house": 80, "ukraine": 0, "kremlin": 0})
    shown = {("whitehouse-2022", "white_house-0"), ("ungd-2022", "ungd-1")}
    monkeypatch.setattr(oq, "shown_documents", lambda spec=None: shown)
    sample = oq.draw(oq.audit_round(22), quotes)
    assert sample.groupby("outlet_group").size().to_dict() == {"ungd": 6, "white_house": 30}
    keys = set(zip(sample["dataset"], sample["doc_id"], strict=True))
    assert not keys & shown
    assert (sample["label"] == "").all()
    again = oq.draw(oq.audit_round(22), quotes.sample(frac=1, random_state=3))
    pd.testing.assert_frame_equal(sample, again)  # the seed, not the input order, decides
    wider = oq.draw(oq.audit_round(23), quotes)  # round 23 draws 60 per group
    assert wider.groupby("outlet_group").size().to_dict() == {"ungd": 6, "white_house": 60}
    assert oq.population(quotes, shown) == {"ungd": 6, "kremlin": 0, "ukraine": 0,
                                            "white_house": 78}  # fmt: skip


def test_a_later_round_leaves_out_the_documents_of_the_earlier_ones():
    earlier = oq.read_audit(oq.audit_path(22))
    keys = set(zip(earlier["dataset"], earlier["doc_id"], strict=True))
    assert keys <= oq.shown_documents(oq.audit_round(23))
    # a draw leaves out the attribution rounds before it only: later rounds do not move it
    assert not keys & oq.shown_documents(oq.audit_round(22))
    later = oq.read_audit(oq.audit_path(23))
    assert not keys & set(zip(later["dataset"], later["doc_id"], strict=True))


def _judged(cells: dict[str, tuple[int, int]]) -> pd.DataFrame:
    rows = []
    for group, (good, bad) in cells.items():
        for i in range(good + bad):
            rows.append(
                {
                    "dataset": "ungd-2022",
                    "doc_id": f"{group}-{i}",
                    "outlet_group": group,
                    "category": v.SCARE_QUOTE,
                    "start": 0,
                    "end": 5,
                    "term": v.SCARE_QUOTE_TERM,
                    "label": "correct" if i < good else "incorrect",
                    "reason": "" if i < good else "attributed: a speaker's words",
                }
            )
    return pd.DataFrame(rows, columns=ma.COLUMNS)


def test_table_counts_and_wilson_intervals_match_scipy():
    table = oq.audit_table(_judged({"ungd": (9, 13), "ukraine": (2, 6), "white_house": (20, 10)}))
    row = table.iloc[0]
    expected = {"ungd": (9, 22), "ukraine": (2, 8), "white_house": (20, 30), "pooled": (31, 60)}
    for group, (k, n) in expected.items():
        assert (row[f"{group}_correct"], row[f"{group}_n"]) == (k, n)
        ci = binomtest(k, n).proportion_ci(method="wilson")
        assert row[f"{group}_lo"] == pytest.approx(ci.low, abs=1e-9)
        assert row[f"{group}_hi"] == pytest.approx(ci.high, abs=1e-9)
    assert row["kremlin_n"] == 0  # a group with no rows stays in the table, empty
    assert "gap" not in table.columns


def test_agreement_of_two_readers():
    first = _judged({"ungd": (3, 1), "white_house": (2, 2)})
    second = first.copy()
    second.loc[0, "label"] = "incorrect"  # one disagreement
    out = oq.agreement(first, second).set_index("outlet_group")
    assert out.loc["all", "n"] == 8
    assert out.loc["all", "agreement"] == pytest.approx(7 / 8)
    assert out.loc["ungd", "first_only"] == 1


def test_recorded_round_is_judged_by_both_readers():
    first = oq.read_audit()
    second = oq.read_audit(oq.second_reader_path())
    assert set(first["label"]) <= set(ma.LABELS) and (first["label"] != "").all()
    assert (second["label"] != "").all()
    assert first.drop(columns=["label", "reason"]).equals(second.drop(columns=["label", "reason"]))
    bad = first[first["label"] == "incorrect"]
    assert all(ma.error_type(r) for r in bad["reason"])


def test_recorded_round_is_the_seeded_draw_of_its_recorded_population():
    """The committed sample is what the round's seed draws from the scare quotes it was drawn
    from (recorded beside it: later rule changes move today's population, not the round)."""
    recorded = oq.read_audit().drop(columns=["label", "reason"])
    drawn = oq.draw(oq.audit_round(), oq.read_population()).drop(columns=["label", "reason"])
    pd.testing.assert_frame_equal(recorded.reset_index(drop=True), drawn.reset_index(drop=True))


def test_population_file_holds_ids_and_offsets_only():
    pop = oq.read_population()
    assert list(pop.columns) == oq.POPULATION_COLUMNS
    assert set(pop["term"]) == {v.SCARE_QUOTE_TERM} and set(pop["category"]) == {v.SCARE_QUOTE}
    assert (pop["start"] < pop["end"]).all() and set(pop["outlet_group"]) <= set(oq.GROUPS)


@pytest.mark.usefixtures("mirror")
@pytest.mark.parametrize(
    ("round_", "moved"),
    [
        # version 100 removed 3 (one judged, an error: a gloss after a comma inside the marks),
        # version 136 another 13 (five judged, all errors), version 141 another 6 (three judged,
        # the "raise hand" function, all errors)
        (23, (138, 22, 0, 9)),
        # version 136: 41 removed (35 White House, 5 Ukraine, 1 Kremlin), 18 of them judged rows,
        # every one judged wrong by reader 1; version 141 another 13 (one judged, an error)
        (24, (340, 54, 0, 19)),
        # version 141: 12 removed, 8 of them judged rows (all errors)
        (25, (120, 12, 0, 8)),
        # version 141: 4 removed, all judged errors (section 124)
        (26, (22, 4, 0, 4)),
    ],
)
def test_recorded_population_is_todays_rules_but_for_later_rule_changes(round_, moved):
    """A round's recorded population against today's scare quotes of the same documents, and
    how many of its judged rows today's rules no longer count (none judged right). A later rule
    change that moves more must say so here."""
    spec = oq.audit_round(round_)
    recorded = oq.read_population(spec)
    today = oq.draw_population(spec)
    key = ["dataset", "doc_id", "start", "end"]
    old = set(map(tuple, recorded[key].astype(str).to_numpy()))
    new = set(map(tuple, today[key].astype(str).to_numpy()))
    judged = oq.read_audit(oq.audit_path(round_))
    rows = dict(zip(map(tuple, judged[key].astype(str).to_numpy()), judged["label"], strict=True))
    gone = set(rows) & (old - new)
    assert (len(recorded), len(old - new), len(new - old), len(gone)) == moved
    assert all(rows[k] == "incorrect" for k in gone)


def test_a_pooled_round_adds_the_earlier_rows_of_its_own_groups_only():
    """Round 26 drew the White House only and pools with round 25: its 22 rows and round 25's
    60 White House rows (not round 25's Ukrainian ones); round 25 pools with none."""
    rows = oq.judged_rows(oq.audit_round(26))
    assert rows.groupby("round").size().to_dict() == {25: 60, 26: 22}
    assert set(rows["outlet_group"]) == {"white_house"}
    assert oq.rounds_label(oq.audit_round(26)) == "rounds 25, 26 pooled"
    assert oq.rounds_label(oq.audit_round(25)) == "round 25"
    assert len(oq.judged_rows(oq.audit_round(25))) == 95
    table = oq.audit_table(rows).iloc[0]
    assert (table["white_house_correct"], table["white_house_n"]) == (10, 82)


def test_audited_precision_shows_the_official_measure_beside_the_news_one():
    a = v.audited_precision().set_index("category")
    current = oq.current_rows()
    # every group from its latest round: UNGD 22, Kremlin 24, Ukraine 25, the White House 26
    # pooled with 25's White House rows (docs/validation.md section 0's official cells)
    assert current.groupby("outlet_group")["round"].agg(lambda r: sorted(set(r))).to_dict() == {
        "ungd": [22],
        "kremlin": [24],
        "ukraine": [25],
        "white_house": [25, 26],
    }
    table = oq.audit_table(current).iloc[0]
    assert (table["pooled_correct"], table["pooled_n"]) == (40, 170)
    assert a.at[v.SCARE_QUOTE, "other_precision"] == pytest.approx(40 / 170, abs=1e-4)
    assert a.at[v.SCARE_QUOTE, "audit"].startswith("news media")
    assert a.at[v.SCARE_QUOTE, "other_where"] == "official texts"
    assert a.at[v.SCARE_QUOTE, "other_audit"].endswith(
        "(scare-quote rounds 22, 24, 25, 26: each group's latest)"
    )
    assert bool(a.at[v.SCARE_QUOTE, "exploratory"])
    assert a["other_precision"].drop(v.SCARE_QUOTE).isna().all()
