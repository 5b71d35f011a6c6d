"""Whom a group casts negatively (framing.stats.targets): the rules' shares of named targets
and the readers' estimate, on hand-worked tables and on the stored audit judgements (package
data; no corpus needed)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import yaml

from framing.core.errors import DataError, InputError
from framing.stats import attribution_audit as aa
from framing.stats import targets
from framing.stats.intervals import wilson


def _scores() -> pd.DataFrame:
    # group a: 3 documents, west_us 2+1+0, russia 0+1+0 -> 3/4 and 1/4; the third has none
    # group b: 1 document, russia 2 -> 0 and 1
    return pd.DataFrame(
        {
            "group": ["a", "a", "a", "b"],
            "west_us_targeted_count": [2, 1, 0, 0],
            "russia_targeted_count": [0, 1, 0, 2],
        }
    )


def test_target_shares_hand_worked():
    t = targets.target_shares(_scores(), ["west_us", "russia"], n_boot=200)
    t = t.set_index(["group", "actor"])
    a = t.loc[("a", "west_us")]
    assert (a["targeted"], a["targets"], a["units"], a["units_with_targets"]) == (3, 4, 3, 2)
    assert a["share"] == pytest.approx(0.75)
    assert t.loc[("a", "russia"), "share"] == pytest.approx(0.25)
    assert t.loc[("b", "west_us"), "share"] == 0 and t.loc[("b", "russia"), "share"] == 1
    # never narrower than Wilson's interval of the matches (3 of 4)
    lo, hi = wilson(3, 4)
    assert a["lower"] <= lo + 1e-12 and a["upper"] >= hi - 1e-12
    assert list(t.reset_index()["group"]) == ["a", "a", "b", "b"]  # groups sorted


def test_target_shares_leave_out_a_unit_with_a_missing_count():
    df = pd.DataFrame(
        {"group": ["a"] * 3, "x_targeted_count": [1, np.nan, 2], "y_targeted_count": [0, 1, 1]}
    )
    t = targets.target_shares(df, ["x", "y"], n_boot=100).set_index("actor")
    assert (t.loc["x", "targeted"], t.loc["x", "targets"], t.loc["x", "units_missing"]) == (3, 4, 1)
    assert t.loc["y", "targeted"] == 1 and t.loc["x", "share"] == pytest.approx(0.75)


def test_target_shares_is_seeded():
    one = targets.target_shares(_scores(), ["west_us", "russia"], seed=3, n_boot=100)
    two = targets.target_shares(_scores(), ["west_us", "russia"], seed=3, n_boot=100)
    pd.testing.assert_frame_equal(one, two)


def test_target_shares_refuses_bad_input():
    with pytest.raises(InputError, match="at least one actor"):
        targets.target_shares(_scores(), [])
    with pytest.raises(InputError):
        targets.target_shares(_scores(), ["china"])


def _rows(group: str, truths: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"group": group, "target_truth": truths})


def test_estimated_target_shares_hand_worked():
    """T = 100 named, E = 200 empty. Named rows cast a, a, b, nothing: q = (0.5, 0.25); empty
    rows cast nothing, b and a+b: r = (1/3, 2/3). Estimates: a = 50 + 66.7 = 116.7,
    b = 25 + 133.3 = 158.3; shares 116.7 / 275 = 0.424 and 0.576."""
    named = _rows("g", ["a", "a", "b", ""])
    empty = _rows("g", ["", "b", "a+b"])
    pop = {"target": {"g": 100}, "empty_target": {"g": 200}}
    t = targets.estimated_target_shares(named, empty, pop, ["a", "b"], ["g"], n_boot=500)
    t = t.set_index("actor")
    assert t.loc["a", "estimate"] == pytest.approx(50 + 200 / 3)
    assert t.loc["b", "estimate"] == pytest.approx(25 + 400 / 3)
    assert t.loc["a", "share"] == pytest.approx((50 + 200 / 3) / 275)
    assert t["share"].sum() == pytest.approx(1.0)
    assert (t.loc["a", "named_cast"], t.loc["a", "empty_cast"]) == (2, 1)
    assert (t.loc["b", "named_rows"], t.loc["b", "empty_rows"]) == (4, 3)
    assert (t["lower"] <= t["share"]).all() and (t["share"] <= t["upper"]).all()


def test_estimated_target_shares_degenerate_and_seeded():
    named, empty = _rows("g", ["a", "a"]), _rows("g", ["", "a"])
    pop = {"target": {"g": 10}, "empty_target": {"g": 10}}
    t = targets.estimated_target_shares(named, empty, pop, ["a", "b"], ["g"], n_boot=50)
    a, b = t.set_index("actor").loc["a"], t.set_index("actor").loc["b"]
    # every resample gives a share of 1 (0 for b): the interval is widened to the Wilson
    # interval of the judged casts (3 of 3 rows' casts name a, 0 of 3 name b)
    assert (a["share"], a["upper"]) == (1.0, 1.0)
    assert a["lower"] == pytest.approx(wilson(3, 3)[0])
    assert (b["share"], b["lower"]) == (0.0, 0.0)
    assert b["upper"] == pytest.approx(wilson(0, 3)[1]) and b["upper"] > 0
    again = targets.estimated_target_shares(named, empty, pop, ["a", "b"], ["g"], n_boot=50)
    pd.testing.assert_frame_equal(t, again)


def test_estimated_target_shares_needs_rows_and_population():
    named, empty = _rows("g", ["a"]), _rows("g", [""])
    pop = {"target": {"g": 1}, "empty_target": {"g": 1}}
    with pytest.raises(DataError, match="no judged"):
        targets.estimated_target_shares(named, empty.iloc[:0], pop, ["a"], ["g"])
    with pytest.raises(DataError, match="no frame population"):
        targets.estimated_target_shares(named, empty, {"target": {}}, ["a"], ["g"])


def test_audited_target_shares_from_the_stored_judgements():
    """The news groups' estimate counts, straight from the CSV files of rounds 78-83 and 89,
    the judged rows whose readers' target holds each actor, and scales them to round 89's
    record."""
    t = targets.audited_target_shares(n_boot=50).set_index(["group", "actor"])
    rows = pd.concat(
        [
            pd.read_csv(aa.audit_path(n), dtype=str, keep_default_na=False)
            for n in (78, 79, 80, 81, 82, 83, 89)
        ],
        ignore_index=True,
    )
    frame = yaml.safe_load(aa.record_path(89).read_text())["frame_population"]
    for g in aa.GROUPS:
        named = rows[
            (rows["sample"] == "target") & rows["target_label"].ne("") & rows["group"].eq(g)
        ]
        empty = rows[
            (rows["sample"] == "empty_target") & rows["target_label"].ne("") & rows["group"].eq(g)
        ]
        estimates = {}
        for a in aa.ACTORS:
            q = named["target_truth"].str.split("+").map(lambda s, a=a: a in s).mean()
            r = empty["target_truth"].str.split("+").map(lambda s, a=a: a in s).mean()
            estimates[a] = frame["target"][g] * q + frame["empty_target"][g] * r
            assert t.loc[(g, a), "estimate"] == pytest.approx(estimates[a]), (g, a)
        total = sum(estimates.values())
        for a in aa.ACTORS:
            assert t.loc[(g, a), "share"] == pytest.approx(estimates[a] / total)
    assert set(t["pooled_rounds"]) == {"78+79+80+81+82+83+89"}
    # docs/validation.md sections 106 and 129: Western casts Russia, RT Ukraine, China Daily
    # the West/US (round 89 moved RT's Ukraine from 0.40 to 0.39, China Daily's West/US from
    # 0.85 to 0.87)
    assert round(t.loc[("Western", "russia"), "share"], 2) == 0.77
    assert round(t.loc[("RT", "ukraine"), "share"], 2) == 0.39
    assert round(t.loc[("China Daily", "west_us"), "share"], 2) == 0.87
