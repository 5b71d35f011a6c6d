"""Unit tests of the validation statistics (framing.stats.agreement, framing.stats.validation); no
data needed."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from framing.stats import agreement
from framing.stats import validation as v
from framing.stats.intervals import wilson


def test_prf_hand_example():
    gold = [1, 1, 1, 0, 0, 0, 0, 1]
    pred = [1, 0, 1, 1, 0, 0, 1, 0]
    r = agreement.prf(gold, pred)
    assert (r["tp"], r["fp"], r["fn"]) == (2, 2, 2)
    assert r["precision"] == pytest.approx(0.5)
    assert r["recall"] == pytest.approx(0.5)
    assert r["f1"] == pytest.approx(0.5)


def test_prf_unbalanced_and_undefined():
    r = agreement.prf([1, 1, 1, 1, 0], [1, 0, 0, 0, 0])
    assert r["precision"] == 1.0 and r["recall"] == 0.25
    assert r["f1"] == pytest.approx(2 * 1.0 * 0.25 / 1.25)
    r = agreement.prf([0, 0, 1], [0, 0, 0])
    assert math.isnan(r["precision"]) and r["recall"] == 0.0 and r["f1"] == 0.0


@pytest.mark.parametrize(
    "k,n,lo,hi",
    [
        (80, 100, 0.7112, 0.8666),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (1, 2, 0.0945, 0.9055),
    ],
)
def test_wilson_known_values(k, n, lo, hi):
    a, b = v.wilson(k, n)
    assert a == pytest.approx(lo, abs=1e-4) and b == pytest.approx(hi, abs=1e-4)


def test_wilson_empty():
    assert all(math.isnan(x) for x in v.wilson(0, 0))


def _auc_brute(scores, labels):
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    total = sum(1.0 if p > q else 0.5 if p == q else 0.0 for p, q in itertools.product(pos, neg))
    return total / (len(pos) * len(neg))


def test_auc_hand_example():
    # positives 3, 2; negatives 1, 2: pairs (3>1, 3>2, 2>1, 2=2) -> 3.5 / 4
    assert agreement.auc([3, 2, 1, 2], [1, 1, 0, 0]) == pytest.approx(0.875)
    assert agreement.auc([1, 2], [1, 0]) == 0.0 and agreement.auc([2, 1], [1, 0]) == 1.0
    assert math.isnan(agreement.auc([1, 2], [1, 1]))


def test_auc_matches_brute_force_with_ties():
    rng = np.random.default_rng(3)
    for _ in range(25):
        n = int(rng.integers(2, 40))
        scores = rng.integers(0, 5, size=n).astype(float)  # many ties
        labels = rng.random(n) < 0.4
        if labels.all() or not labels.any():
            continue
        assert agreement.auc(scores, labels) == pytest.approx(_auc_brute(scores, labels))


def test_weighted_auc_equals_auc_of_the_resample():
    rng = np.random.default_rng(5)
    scores = rng.integers(0, 4, size=30).astype(float)
    labels = rng.random(30) < 0.5
    w = rng.integers(0, 3, size=(4, 30)).astype(float)
    got = agreement._weighted_auc(scores, labels, w)
    for b in range(4):
        idx = np.repeat(np.arange(30), w[b].astype(int))
        assert got[b] == pytest.approx(agreement.auc(scores[idx], labels[idx]))


def test_bootstrap_is_deterministic_and_brackets_the_estimate():
    rng = np.random.default_rng(0)
    gold = rng.random(300) < 0.3
    pred = np.where(rng.random(300) < 0.8, gold, ~gold)
    groups = np.repeat(np.arange(30), 10)
    a = agreement.bootstrap_prf(gold, pred, groups, n_boot=200, seed=7)
    b = agreement.bootstrap_prf(gold, pred, groups, n_boot=200, seed=7)
    c = agreement.bootstrap_prf(gold, pred, groups, n_boot=200, seed=8)
    assert a == b and a != c
    est = agreement.prf(gold, pred)
    for m in ("precision", "recall", "f1"):
        assert a[m][0] <= est[m] <= a[m][1]
    lo, hi = agreement.bootstrap_auc(pred.astype(float), gold, groups, n_boot=200, seed=7)
    assert (lo, hi) == agreement.bootstrap_auc(pred.astype(float), gold, groups, n_boot=200, seed=7)
    assert lo <= agreement.auc(pred.astype(float), gold) <= hi


def test_a_collapsed_bootstrap_of_precision_recall_f1_is_widened_to_wilson():
    # 0 of 2 flagged units right, in one cluster each: every resample gives precision 0
    gold = np.array([True] * 5 + [False] * 45)
    pred = np.array([False] * 48 + [True] * 2)
    ci = agreement.bootstrap_prf(gold, pred, np.arange(50), n_boot=200, seed=1)
    assert ci["precision"] == pytest.approx(wilson(0, 2))  # [0, 0.66], not [0, 0]
    assert ci["recall"] == pytest.approx(wilson(0, 5))
    p_hi, r_hi = wilson(0, 2)[1], wilson(0, 5)[1]
    assert ci["f1"] == pytest.approx((0.0, 2 * p_hi * r_hi / (p_hi + r_hi)))
    # a wide bootstrap is kept where it is wider than Wilson
    rng = np.random.default_rng(0)
    g = rng.random(300) < 0.3
    p = np.where(rng.random(300) < 0.8, g, ~g)
    groups = np.repeat(np.arange(10), 30)
    w = agreement.cluster_weights(groups, 200, 7)
    boot = agreement._prf_from_counts(w @ (g & p), w @ (~g & p), w @ (g & ~p))
    raw = agreement._ci(boot["precision"])
    got = agreement.bootstrap_prf(g, p, groups, n_boot=200, seed=7)
    assert got["precision"][0] <= raw[0] and got["precision"][1] >= raw[1]


def test_cluster_weights_keep_clusters_together():
    groups = ["a", "a", "b", "c", "c", "c"]
    w = agreement.cluster_weights(groups, n_boot=50, seed=1)
    assert w.shape == (50, 6)
    assert (w[:, 0] == w[:, 1]).all() and (w[:, 3] == w[:, 5]).all()
    assert np.allclose(w[:, [0, 2, 3]].sum(axis=1), 3)  # 3 clusters drawn per replicate


def test_audit_precision_and_still_matched():
    import pandas as pd

    audit = pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d2", "d3"],
            "dataset": "x",
            "start": [0, 10, 5, 7],
            "end": [3, 13, 9, 9],
            "category": "hedge",
            "term": ["could", "may", "could", "could"],
            "round": [1, 1, 1, 2],
            "label": ["correct", "incorrect", "correct", "correct"],
            "reason": "",
        }
    )
    matches = pd.DataFrame(
        {"doc_id": ["d1", "d2", "d3"], "category": "hedge", "start": [0, 5, 7], "end": [3, 9, 9]}
    )
    cur = v.still_matched(audit, matches)
    assert cur.tolist() == [True, False, True, True]
    p = v.audit_precision(audit, cur).iloc[0]
    assert (p["round1_n"], p["round1_correct"]) == (3, 2)
    assert (p["current_n"], p["current_correct"]) == (2, 2)
    assert (p["round2_n"], p["round2_correct"]) == (1, 1)


def test_still_matched_when_a_longer_match_covers_the_judged_span():
    import pandas as pd

    # "Cold War" judged in round 1; the current lexicon matches "since the Cold War" around it
    # (same category): the judged word is still counted. A partial overlap or another category
    # is not the same match.
    audit = pd.DataFrame(
        {"doc_id": ["d", "d", "d"], "category": ["cold_war", "cold_war", "hedge"],
         "start": [10, 30, 10], "end": [18, 38, 18]}
    )  # fmt: skip
    matches = pd.DataFrame(
        {"doc_id": ["d", "d"], "category": ["cold_war", "cold_war"], "start": [0, 34], "end": [18, 50]}
    )  # fmt: skip
    assert v.still_matched(audit, matches).tolist() == [True, False, False]


def test_audit_csvs_hold_no_text_and_short_reasons():
    import pandas as pd

    paths = sorted(v.validation_dir().glob("audit-*.csv"))
    if not paths:
        pytest.skip("no audit files")
    for p in paths:
        df = pd.read_csv(p, dtype=str, keep_default_na=False)
        assert list(df.columns) == v.AUDIT_COLUMNS, p.name
        assert set(df["label"]) <= {"correct", "incorrect"}, p.name
        assert df["reason"].map(lambda s: len(s.split()) <= 12).all(), p.name
        assert (df["round"].isin(["1", "2"])).all(), p.name


def test_audited_precision_matches_its_counts():
    a = v.audited_precision()
    assert len(a) == 15 and a["category"].is_unique  # 14 of round 1 + scare quotes (media)
    for r in a.itertuples(index=False):
        lo, hi = v.wilson(r.correct, r.n)  # recomputed from the judged counts
        assert r.precision == pytest.approx(r.correct / r.n, abs=5e-5)
        assert (r.lower, r.upper) == (pytest.approx(lo, abs=5e-5), pytest.approx(hi, abs=5e-5))
        assert r.exploratory == (r.precision < 0.80)
    assert a.set_index("category").loc["distancing", "exploratory"]  # 62 of 89
    # each outlet group from its latest round: RT 0/6 and China Daily 9/15 (media round 23, all
    # the fresh scare quotes left), Western 12/28 (round 12: none was left for rounds 13 and 23)
    sq = a.set_index("category").loc["scare_quote"]
    assert (sq["correct"], sq["n"], sq["exploratory"]) == (21, 49, True)
    assert sq["audit"] == "news media 2022 (fresh audit, rounds 12–23)"
    assert v.audited_precision("/nonexistent.csv", "/nonexistent.csv").empty


def test_audited_precision_takes_only_missing_categories_from_the_media_audit(tmp_path):
    media = tmp_path / "m.csv"
    media.write_text(
        "category,label\nhedge,incorrect\nscare_quote,correct\nscare_quote,incorrect\n"
        "scare_quote,\nscare_quote,correct\n"  # an unjudged row is left out
    )
    import pandas as pd

    a = v.audited_precision(media_path=media).set_index("category")
    recorded = pd.read_csv(v.validation_dir() / "precision-audit.csv").set_index("category")
    # round 1 keeps its categories (its judgements the current lexicon still matches)
    assert a.loc["hedge", "n"] == recorded.loc["hedge", "current_n"] != 0
    assert (a.loc["scare_quote", "correct"], a.loc["scare_quote", "n"]) == (2, 3)
    assert a.loc["scare_quote", "precision"] == pytest.approx(0.6667)


def test_attribution_target_table_hand_example():
    import pandas as pd

    from framing.stats import validation as v

    # 4 units of 2 speeches (2014): gold USA target in units 0 and 1, Russia in unit 2
    u = pd.DataFrame(
        {
            "year": [2014] * 4,
            "speech": ["a", "a", "b", "b"],
            "any_negative": [True, True, True, False],
            "target_us": [True, True, False, False],
            "target_russia": [False, False, True, False],
            "target_ukraine": [False] * 4,
            "west_us_targeted_count": [1, 0, 0, 1],  # tp, fn, -, fp
            "russia_targeted_count": [0, 0, 1, 0],  # tp
            "ukraine_targeted_count": [0, 0, 0, 0],
            "west_us_count": [1, 1, 0, 1],
            "russia_count": [0, 0, 1, 1],
            "ukraine_count": [0, 0, 0, 0],
        }
    )
    t = v.attribution_target_table({"sentences": u}, n_boot=50)
    t = t[(t["split"] == "2014 (development)") & (t["scope"] == "all units")]
    row = t[(t["predictor"] == "target") & (t["target"] == "USA -> west_us")].iloc[0]
    assert (row["tp"], row["fp"], row["fn"]) == (1, 1, 1)
    assert row["precision"] == 0.5 and row["recall"] == 0.5
    micro = t[(t["predictor"] == "target") & (t["target"] == "all three (micro)")].iloc[0]
    assert (micro["units"], micro["tp"], micro["fp"], micro["fn"]) == (12, 2, 1, 1)
    ref = t[(t["predictor"] == "reference") & (t["target"] == "USA -> west_us")].iloc[0]
    assert (ref["tp"], ref["fp"], ref["fn"]) == (2, 1, 0)
    assert row["precision_lo"] <= row["precision"] <= row["precision_hi"]


def test_cohen_kappa_against_a_hand_worked_table():
    """Two readers, 50 items: 20 both yes, 5 only A yes, 10 only B yes, 15 both no.
    p_o = 35/50 = 0.7; A says yes 25/50, B 30/50, so p_e = 0.5*0.6 + 0.5*0.4 = 0.5;
    kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4."""
    a = ["y"] * 20 + ["y"] * 5 + ["n"] * 10 + ["n"] * 15
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert agreement.cohen_kappa(a, b) == pytest.approx(0.4)
    assert agreement.cohen_kappa(a, a) == pytest.approx(1.0)
    assert agreement.cohen_kappa(["y", "n"], ["n", "y"]) == pytest.approx(-1.0)
    assert math.isnan(agreement.cohen_kappa(["y", "y"], ["y", "y"]))  # chance agreement is 1
    assert math.isnan(agreement.cohen_kappa([], []))
    with pytest.raises(ValueError, match="1 labels against 2"):
        agreement.cohen_kappa(["y"], ["y", "n"])


def test_target_reading_table_hand_example():
    import pandas as pd

    reading = pd.DataFrame(
        {
            "unit_id": ["a", "b", "c", "c"],
            "actor": ["russia", "ukraine", "russia", "west_us"],
            "gold_target": [True, False, False, False],
            "reading": ["right", "victim", "reported_blame", "victim"],
            "note": ["", "", "", ""],
        }
    )
    predicted = {("a", "russia"), ("c", "west_us"), ("d", "ukraine"), ("e", "russia")}
    t = v.target_reading_table(reading, predicted).set_index("reading")
    assert list(t.index) == [*v.TARGET_READINGS, "not read"]
    assert t.loc["right", ["read", "still_predicted"]].tolist() == [1, 1]
    assert t.loc["victim", ["read", "still_predicted"]].tolist() == [2, 1]
    assert t.loc["reported_blame", ["read", "still_predicted"]].tolist() == [1, 0]
    assert t.loc["place", ["read", "still_predicted"]].tolist() == [0, 0]
    assert t.loc["not read", "still_predicted"] == 2


def test_target_reading_file_has_known_codes_and_short_notes():
    r = v.read_target_reading()
    assert set(r["reading"]) <= set(v.TARGET_READINGS)
    assert r["note"].str.len().max() <= 100  # a short quotation at most, never the sentence
    assert not r.duplicated(["unit_id", "actor"]).any()


def test_latest_cells_keeps_a_groups_earlier_round_where_a_later_one_has_none():
    import pandas as pd

    def rows(*cells):
        return pd.DataFrame(cells, columns=["category", "outlet_group", "doc_id"])

    r1 = rows(("hedge", "rt", "a"), ("hedge", "western", "b"), ("booster", "rt", "c"))
    r2 = rows(("hedge", "rt", "d"), ("hedge", "rt", "e"))  # no Western hedge left
    r3 = rows(("booster", "rt", "f"))
    got = v.latest_cells([(1, r1), (2, r2), (3, r3)])
    assert list(zip(got["doc_id"], got["round"], strict=True)) == [
        ("f", 3),
        ("d", 2),
        ("e", 2),
        ("b", 1),
    ]
