"""Unit tests of the news-media precision audit (framing.stats.media_audit); no data needed."""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest

from framing.stats import attribution_audit as aa
from framing.stats import goal_status as gs
from framing.stats import media_audit as ma
from framing.stats import validation as v
from tests.stats._judged import judged_rows as _audit


# ---------------------------------------------------------------- Newcombe's interval
@pytest.mark.parametrize(
    "k1,n1,k2,n2,lo,hi",
    [
        # Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10
        (56, 70, 48, 80, 0.0524, 0.3339),
        (9, 10, 3, 10, 0.1705, 0.8090),
        (6, 7, 2, 7, 0.0582, 0.8062),
        (5, 56, 0, 29, -0.0381, 0.1926),
        (10, 10, 0, 20, 0.6791, 1.0),
        (10, 10, 0, 10, 0.6075, 1.0),
    ],
)
def test_newcombe_matches_the_published_examples(k1, n1, k2, n2, lo, hi):
    d, a, b = ma.newcombe_diff(k1, n1, k2, n2)
    assert d == pytest.approx(k1 / n1 - k2 / n2)
    assert a == pytest.approx(lo, abs=1e-4) and b == pytest.approx(hi, abs=1e-4)


def test_newcombe_hand_worked():
    # 27/30 (Western) vs 24/30 (state media): p1 = 0.9, p2 = 0.8, d = 0.1; z² = 3.8415.
    # Wilson 95% of 27/30: denominator 1 + z²/30 = 1.12805, centre (0.9 + z²/60) / 1.12805
    # = 0.8546, half-width z * sqrt(0.9 * 0.1 / 30 + z²/3600) / 1.12805 = 0.1108
    # -> [0.7438, 0.9654]; of 24/30: centre 0.7659, half-width 0.1390 -> [0.6269, 0.9049].
    # lower = 0.1 - sqrt((0.9 - 0.7438)² + (0.9049 - 0.8)²) = 0.1 - 0.1882 = -0.0882
    # upper = 0.1 + sqrt((0.9654 - 0.9)² + (0.8 - 0.6269)²) = 0.1 + 0.1850 = 0.2850
    w1, w2 = v.wilson(27, 30), v.wilson(24, 30)
    assert w1 == pytest.approx((0.7438, 0.9654), abs=1e-4)
    assert w2 == pytest.approx((0.6269, 0.9049), abs=1e-4)
    d, lo, hi = ma.newcombe_diff(27, 30, 24, 30)
    assert d == pytest.approx(0.1)
    assert lo == pytest.approx(-0.0882, abs=2e-4) and hi == pytest.approx(0.2850, abs=2e-4)
    # antisymmetric: swapping the groups mirrors the interval
    d2, lo2, hi2 = ma.newcombe_diff(24, 30, 27, 30)
    assert (d2, lo2, hi2) == pytest.approx((-d, -hi, -lo))


def test_newcombe_empty_group_is_nan():
    assert all(math.isnan(x) for x in ma.newcombe_diff(3, 5, 0, 0))


# ---------------------------------------------------------------- the table
def test_table_counts_precision_wilson_and_gap():
    audit = _audit(
        {
            ("hedge", "rt"): (27, 3),
            ("hedge", "western"): (24, 6),
            ("hedge", "china_daily"): (30, 0),
            ("scare_quote", "rt"): (20, 10),
            ("scare_quote", "western"): (12, 18),
            ("scare_quote", "china_daily"): (25, 5),
        }
    )
    unjudged = audit.iloc[[0]].assign(label="", start=99)  # drawn, not judged: left out
    t = ma.media_audit_table(pd.concat([audit, unjudged], ignore_index=True), rates=False)
    assert t["category"].tolist() == ["hedge", "scare_quote"]  # CATEGORIES order
    h = t.set_index("category").loc["hedge"]
    assert (h["rt_n"], h["rt_correct"], h["rt_precision"]) == (30, 27, 0.9)
    assert (h["western_n"], h["western_correct"]) == (30, 24)
    assert (h["china_daily_n"], h["china_daily_correct"]) == (30, 30)
    # state media = RT and China Daily judgements pooled: 57 / 60
    assert (h["state_n"], h["state_correct"]) == (60, 57)
    assert h["state_precision"] == pytest.approx(0.95)
    assert (h["rt_lo"], h["rt_hi"]) == pytest.approx(v.wilson(27, 30))
    assert (h["state_lo"], h["state_hi"]) == pytest.approx(v.wilson(57, 60))
    assert h["gap"] == pytest.approx(0.8 - 0.95)
    assert (h["gap"], h["gap_lo"], h["gap_hi"]) == pytest.approx(ma.newcombe_diff(24, 30, 57, 60))
    assert h["gap_lo"] < h["gap"] < h["gap_hi"]
    assert "rt_per_1k" not in t.columns  # no rates given


def test_table_rates_are_pooled_matches_over_words():
    audit = _audit({("hedge", g): (1, 0) for g in ma.GROUPS})
    docs = pd.DataFrame(
        {"doc_id": ["a", "b", "c", "d"], "outlet_group": ["rt", "rt", "western", "china_daily"]}
    )
    scores = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "tokens": [1000, 3000, 500, 2000]})
    for cat in ma.CATEGORIES:
        scores[f"{cat}_count"] = 0
    scores["hedge_count"] = [4, 8, 1, 0]
    rates = ma.media_rates(docs, scores)
    r = rates[rates["category"] == "hedge"].set_index("outlet_group")
    assert r.loc["rt", "per_1k"] == pytest.approx(12 * 1000 / 4000)  # not the mean of 4 and 2.67
    assert (r.loc["rt", "documents"], r.loc["rt", "words"]) == (2, 4000)
    assert r.loc["china_daily", "per_1k"] == 0.0
    t = ma.media_audit_table(audit, rates).iloc[0]
    assert t["western_per_1k"] == pytest.approx(2.0)
    assert t["state_per_1k"] == pytest.approx(12 * 1000 / 6000)


def test_table_rejects_unknown_groups():
    bad = _audit({("hedge", "nyt"): (1, 0)})
    with pytest.raises(ValueError, match="unknown outlet groups"):
        ma.media_audit_table(bad, rates=False)


def test_goals_met_and_not_met():
    audit = _audit(
        {
            # hedge: >= 0.90 everywhere, Western 0.0667 below state media: both goals met
            ("hedge", "rt"): (29, 1),
            ("hedge", "western"): (27, 3),
            ("hedge", "china_daily"): (29, 1),
            # accusation: Western 0.80 < 0.90 and 0.1667 below state media: both missed
            ("accusation", "rt"): (29, 1),
            ("accusation", "western"): (24, 6),
            ("accusation", "china_daily"): (30, 0),
            # scare quotes: 0.80 is enough (>=), but China Daily at 0.7667 is not
            ("scare_quote", "rt"): (24, 6),
            ("scare_quote", "western"): (27, 3),
            ("scare_quote", "china_daily"): (23, 7),
            # cold_war is a frame category: no goal row
            ("cold_war", "rt"): (10, 20),
            ("cold_war", "western"): (10, 20),
            ("cold_war", "china_daily"): (10, 20),
        }
    )
    g = ma.media_audit_goals(ma.media_audit_table(audit, rates=False))
    assert "cold_war" not in set(g["category"])
    prec = g[g["goal"].str.startswith("precision")].set_index("category")
    gap = g[g["goal"].str.startswith("Western")].set_index("category")
    assert bool(prec.loc["hedge", "met"]) and bool(gap.loc["hedge", "met"])
    assert prec.loc["hedge", "value"] == pytest.approx(0.9) and prec.loc["hedge", "where"] == (
        "Western"
    )
    assert not prec.loc["accusation", "met"] and not gap.loc["accusation", "met"]
    assert gap.loc["accusation", "value"] == pytest.approx(0.8 - 59 / 60)
    assert not prec.loc["scare_quote", "met"]
    assert prec.loc["scare_quote", "where"] == "China Daily"
    assert prec.loc["scare_quote", "threshold"] == ma.GOAL_SCARE_QUOTE
    assert "scare_quote" not in gap.index  # the gap goal is for stance categories


def test_error_counts_group_by_type_before_the_colon():
    audit = _audit({("hedge", "rt"): (1, 4), ("hedge", "western"): (0, 1)})
    e = ma.error_counts(audit)
    assert e["error"].tolist() == ["name", "sense"]  # commonest first: name 3, sense 2
    assert e["all"].tolist() == [3, 2]
    assert e.set_index("error").loc["name", "western"] == 1
    assert ma.error_type("ability: could of ability") == "ability"


# ---------------------------------------------------------------- sample
def _matches() -> pd.DataFrame:
    rows = []
    for group, dataset in (
        ("rt", "media-rt-2022"),
        ("western", "media-western-2022"),
        ("china_daily", "chinadaily-opinion-2012-2019"),
    ):
        for d in range(20):
            for cat in ("hedge", "scare_quote"):
                for k in range(3):
                    rows.append(
                        {
                            "doc_id": f"{group}-{d:02d}",
                            "dataset": dataset,
                            "category": cat,
                            "subcategory": "",
                            "term": cat,
                            "start": 100 * k + (50 if cat == "scare_quote" else 0),
                            "end": 100 * k + 60,
                            "outlet_group": group,
                            "tuning": d == 0,  # the first document of each group is a tuning one
                        }
                    )
    return pd.DataFrame(rows)


def test_sample_is_stratified_seeded_and_excludes_tuning_and_judged():
    m = _matches()
    judged = m[(m["doc_id"] == "rt-01") & (m["category"] == "hedge")][
        ["dataset", "doc_id", "start", "end"]
    ]
    s = ma.draw_media_sample(m, ("hedge", "scare_quote"), n=10, seed=5, exclude=judged)
    assert list(s.columns) == ma.COLUMNS
    sizes = s.groupby(["category", "outlet_group"]).size()
    assert (sizes == 10).all() and len(sizes) == 6
    assert not s["doc_id"].str.endswith("-00").any()  # tuning documents left out
    keys = set(zip(s["doc_id"], s["category"], s["start"], strict=True))
    assert not {k for k in keys if k[0] == "rt-01" and k[1] == "hedge"}
    assert (s["label"] == "").all() and (s["reason"] == "").all()
    again = ma.draw_media_sample(m, ("hedge", "scare_quote"), n=10, seed=5, exclude=judged)
    pd.testing.assert_frame_equal(s, again)
    other = ma.draw_media_sample(m, ("hedge", "scare_quote"), n=10, seed=6, exclude=judged)
    assert not s.equals(other)


def test_sample_leaves_out_documents_of_earlier_rounds():
    m = _matches()
    shown = {("media-rt-2022", f"rt-{d:02d}") for d in range(1, 10)}
    s = ma.draw_media_sample(m, ("hedge",), n=10, seed=5, exclude_documents=shown)
    assert not set(zip(s["dataset"], s["doc_id"], strict=True)) & shown
    assert (s["outlet_group"] == "rt").sum() == 10  # drawn from rt-10 .. rt-19


def test_after_attribution_leaves_out_attribution_rounds_by_draw_order_not_number(
    tmp_path, monkeypatch
):
    """The two audits number their rounds apart: media round 2 drawn after attribution round 9
    must leave out round 9's documents, which the default (numbers below 2) would not."""
    _write_round(tmp_path, "r1.csv", [("hedge", "rt-01", "correct")])
    monkeypatch.setattr(v, "validation_dir", lambda: tmp_path)
    monkeypatch.setattr(aa, "validation_dir", lambda: tmp_path)
    rounds = tuple(aa.AttributionRound(n, n, f"a{n}", {}, "n") for n in (1, 9, 12))
    monkeypatch.setattr(aa, "ROUNDS", rounds)
    for n, doc in ((1, "rt-02"), (9, "rt-03"), (12, "rt-04")):
        pd.DataFrame({"dataset": ["media-rt-2022"], "doc_id": [doc]}).to_csv(
            tmp_path / f"a{n}.csv", index=False
        )
    old = ma.AuditRound(2, 2, "r2.csv", ("hedge",), "n")
    new = ma.AuditRound(2, 2, "r2.csv", ("hedge",), "n", after_attribution=9)
    monkeypatch.setattr(ma, "ROUNDS", (ma.AuditRound(1, 1, "r1.csv", ("hedge",), "n"), new))
    assert {d for _, d in ma.round_exclusions(old, "hedge")} == {"rt-01", "rt-02"}
    assert {d for _, d in ma.round_exclusions(new, "hedge")} == {"rt-01", "rt-02", "rt-03"}


def test_a_round_fresh_per_category_leaves_out_only_that_category_s_documents(
    tmp_path, monkeypatch
):
    """Round 3 draws hedge from documents no round showed and scare quotes from documents no
    round showed for scare quotes (nor the attribution audit showed)."""
    _write_round(tmp_path, "r1.csv", [("hedge", "rt-01", "correct"), ("scare_quote", "rt-02", "")])
    _write_round(tmp_path, "r2.csv", [("hedge", "rt-03", "correct")])
    monkeypatch.setattr(v, "validation_dir", lambda: tmp_path)
    monkeypatch.setattr(aa, "validation_dir", lambda: tmp_path)
    monkeypatch.setattr(aa, "ROUNDS", (aa.AttributionRound(1, 1, "a1", {}, "n"),))
    pd.DataFrame({"dataset": ["media-rt-2022"], "doc_id": ["rt-04"]}).to_csv(
        tmp_path / "a1.csv", index=False
    )
    spec = ma.AuditRound(3, 5, "r3.csv", ("hedge", "scare_quote"), "n", ("scare_quote",))
    monkeypatch.setattr(
        ma,
        "ROUNDS",
        (
            ma.AuditRound(1, 1, "r1.csv", ("hedge", "scare_quote"), "n"),
            ma.AuditRound(2, 2, "r2.csv", ("hedge",), "n"),
            spec,
        ),
    )
    rt = {f"rt-{d:02d}" for d in range(1, 5)}
    assert {d for _, d in ma.round_exclusions(spec, "hedge")} == rt
    assert {d for _, d in ma.round_exclusions(spec, "scare_quote")} == {"rt-02", "rt-04"}
    assert {d for _, d in ma.earlier_documents(3, "hedge")} == {"rt-01", "rt-03", "rt-04"}
    s = ma.draw_round(spec, _matches(), n=10)
    drawn = {c: set(g["doc_id"]) for c, g in s[s["outlet_group"] == "rt"].groupby("category")}
    assert not drawn["hedge"] & rt
    assert not drawn["scare_quote"] & {"rt-02", "rt-04"}
    assert drawn["scare_quote"] & {"rt-01", "rt-03"}  # shown only for hedge: eligible
    shown = {("media-rt-2022", d) for d in rt}
    both = ma.draw_media_sample(_matches(), ("hedge",), 10, 5, exclude_documents=shown)
    pd.testing.assert_frame_equal(s[s["category"] == "hedge"].reset_index(drop=True), both)


def test_draw_per_category_leaves_out_each_categorys_own_documents():
    shown = {
        "hedge": {("media-rt-2022", f"rt-{d:02d}") for d in range(1, 10)},
        "scare_quote": set(),
    }
    s = ma.draw_per_category(_matches(), ("hedge", "scare_quote"), 10, 5, shown.get, groups=("rt",))
    drawn = {c: set(zip(g["dataset"], g["doc_id"], strict=True)) for c, g in s.groupby("category")}
    assert not drawn["hedge"] & shown["hedge"]
    assert list(s["category"].unique()) == ["hedge", "scare_quote"]  # category order kept
    assert set(s["outlet_group"]) == {"rt"} and len(s) == 20


def _write_round(folder, name: str, rows: list[tuple[str, str, str]]) -> None:
    """A round file with rows (category, doc_id, label)."""
    df = pd.DataFrame(
        [
            {
                "dataset": "media-rt-2022",
                "doc_id": doc,
                "outlet_group": "rt",
                "category": cat,
                "start": 1,
                "end": 5,
                "term": cat,
                "label": label,
                "reason": "r",
            }
            for cat, doc, label in rows
        ]
    )
    df.to_csv(folder / name, index=False)


def test_each_category_is_measured_by_its_latest_round(tmp_path, monkeypatch):
    _write_round(
        tmp_path,
        "r1.csv",
        [
            ("hedge", "a", "incorrect"),
            ("booster", "b", "correct"),
            ("scare_quote", "c", "incorrect"),
        ],
    )
    _write_round(tmp_path, "r2.csv", [("scare_quote", "d", "correct"), ("hedge", "e", "correct")])
    monkeypatch.setattr(v, "validation_dir", lambda: tmp_path)
    monkeypatch.setattr(
        ma,
        "ROUNDS",
        (
            ma.AuditRound(1, 1, "r1.csv", ("hedge", "booster", "scare_quote"), "tuned on"),
            ma.AuditRound(2, 2, "r2.csv", ("hedge", "scare_quote"), "fresh"),
        ),
    )
    cur = ma.read_media_audit()
    got = set(zip(cur["category"], cur["doc_id"], cur["round"], strict=True))
    assert got == {("hedge", "e", 2), ("booster", "b", 1), ("scare_quote", "d", 2)}
    assert list(cur["category"]) == ["hedge", "booster", "scare_quote"]  # CATEGORIES order
    assert len(ma.read_media_audit(round_=1)) == 3  # a round as stored
    table = ma.media_audit_table(cur, rates=False).set_index("category")
    assert table["round"].to_dict() == {"hedge": 2, "booster": 1, "scare_quote": 2}
    labelled = ma.round_labels(table.reset_index())
    assert list(labelled["category"]) == [
        "hedge (round 2)",
        "booster (round 1)",
        "scare_quote (round 2)",
    ]
    assert ma.round_labels(labelled.drop(columns="round")).equals(labelled.drop(columns="round"))
    assert table.loc["hedge", "rt_correct"] == 1 and table.loc["hedge", "rt_n"] == 1
    assert ma.media_audit_path().name == "r2.csv" and ma.audit_round(1).seed == 1
    assert {("media-rt-2022", d) for d in "abc"} <= ma.earlier_documents(2)
    assert not {("media-rt-2022", d) for d in "de"} & ma.earlier_documents(2)
    with pytest.raises(ValueError, match="no media audit round 3"):
        ma.audit_round(3)


def test_a_group_a_later_round_did_not_judge_keeps_its_earlier_round(tmp_path, monkeypatch):
    """Round 13 judged scare quotes in RT and China Daily only: the Western cell stays round
    12's, and the tables and charts name that round."""
    _write_round(tmp_path, "r1.csv", [("scare_quote", "a", "incorrect")])
    western = pd.read_csv(tmp_path / "r1.csv").assign(outlet_group="western", doc_id="w")
    pd.concat([pd.read_csv(tmp_path / "r1.csv"), western]).to_csv(tmp_path / "r1.csv", index=False)
    _write_round(tmp_path, "r2.csv", [("scare_quote", "d", "correct")])  # RT only
    monkeypatch.setattr(v, "validation_dir", lambda: tmp_path)
    monkeypatch.setattr(
        ma,
        "ROUNDS",
        (
            ma.AuditRound(1, 1, "r1.csv", ("scare_quote",), "first"),
            ma.AuditRound(2, 2, "r2.csv", ("scare_quote",), "no Western row left"),
        ),
    )
    cur = ma.read_media_audit()
    got = set(zip(cur["outlet_group"], cur["doc_id"], cur["round"], strict=True))
    assert got == {("rt", "d", 2), ("western", "w", 1)}  # RT's round-1 row is replaced
    table = ma.media_audit_table(cur, rates=False)
    row = table.iloc[0]
    assert (row["round"], row["rt_round"], row["western_round"]) == (2, 2, 1)
    assert pd.isna(row["china_daily_round"]) and row["china_daily_n"] == 0
    assert ma.round_labels(table)["category"].tolist() == [
        "scare_quote (round 2; Western: round 1)"
    ]
    cells = gs.precision_cells(table, "news", ma.GROUPS).set_index("group")
    assert cells.loc["RT", "round"] == 2 and cells.loc["Western", "round"] == 1


def test_sample_takes_all_of_a_small_stratum():
    m = _matches()
    m = m[~((m["outlet_group"] == "china_daily") & (m["doc_id"] != "china_daily-05"))]
    s = ma.draw_media_sample(m, ("hedge",), n=10, seed=1)
    assert (s["outlet_group"] == "china_daily").sum() == 3


@pytest.mark.parametrize(
    "a,b",
    [
        ("https://www.rt.com/russia/1-x/", "http://rt.com/russia/1-x"),
        (
            "https://www.bbc.com/news/world-61093002?at=1#top",
            "https://www.bbc.com/news/world-61093002",
        ),
        ("HTTPS://WWW.NBCNEWS.COM/a/", "https://www.nbcnews.com/a"),
    ],
)
def test_normalize_url(a, b):
    assert ma.normalize_url(a) == ma.normalize_url(b)


def test_normalize_url_missing():
    assert ma.normalize_url(None) == "" and ma.normalize_url(float("nan")) == ""


def test_outlet_groups():
    assert ma.outlet_group("media-western-2022", "NYT") is None  # lead paragraphs
    assert ma.outlet_group("media-western-2022", "Guardian") == "western"
    assert ma.outlet_group("media-rt-2022", "RT") == "rt"
    assert ma.outlet_group("chinadaily-opinion-2012-2019", "China Daily") == "china_daily"


# ---------------------------------------------------------------- the stored judgements
@pytest.mark.parametrize("spec", ma.ROUNDS, ids=lambda r: f"round{r.number}")
def test_media_audit_csv_holds_ids_offsets_and_short_reasons_only(spec):
    path = ma.media_audit_path(spec.number)
    if not path.exists():
        pytest.skip("round not drawn yet")
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(df.columns) == ma.COLUMNS
    assert set(df["label"]) <= {"correct", "incorrect"}
    assert df["reason"].map(lambda s: 0 < len(s.split()) <= 12).all()
    assert set(df["outlet_group"]) == set(spec.groups)
    assert set(df["category"]) == set(spec.categories)
    group_of = dict(zip(ma.DATASETS, ("rt", "western", "china_daily"), strict=True))
    assert set(df["dataset"]) == {d for d, g in group_of.items() if g in spec.groups}
    assert df[["start", "end"]].astype(int).pipe(lambda x: (x["start"] < x["end"]).all())
    assert not df.duplicated(["dataset", "doc_id", "category", "start", "end"]).any()
    # terms are lexicon patterns (or the scare-quote tag), not corpus text
    patterns = _lexicon_patterns() | {v.SCARE_QUOTE_TERM}
    assert set(df["term"]) <= patterns | set(ma.RETIRED_TERMS)


def _lexicon_patterns() -> set[str]:
    from framing.engine.lexicon import load_lexicon

    lex = load_lexicon()
    return {e.pattern for c in lex.categories.values() for e in c.entries}


def test_retired_terms_are_no_longer_lexicon_patterns():
    assert not set(ma.RETIRED_TERMS) & _lexicon_patterns()


def test_validation_finds_the_same_round_files_as_the_rounds():
    found = {n: p.name for n, p in v.media_audit_files() if p.exists()}
    assert found == {r.number: r.file for r in ma.ROUNDS}


def test_audited_precision_takes_scare_quotes_from_each_groups_latest_round():
    """Each outlet group from the latest round that judged scare quotes in it (round 6 judged
    only hedge and distancing; round 13 no Western scare quote), read from the round files as
    stored."""
    t = v.audited_precision().set_index("category")
    rows = []
    for group in ma.GROUPS:
        spec = [r for r in ma.ROUNDS if v.SCARE_QUOTE in r.categories and group in r.groups][-1]
        judged = ma.read_media_audit(round_=spec.number)
        rows.append(
            (
                spec.number,
                judged[(judged["category"] == v.SCARE_QUOTE) & (judged["outlet_group"] == group)],
            )
        )
    assert t.loc[v.SCARE_QUOTE, "n"] == sum(len(d) for _, d in rows)
    assert t.loc[v.SCARE_QUOTE, "correct"] == sum(
        int((d["label"] == "correct").sum()) for _, d in rows
    )
    numbers = sorted({n for n, _ in rows})
    assert t.loc[v.SCARE_QUOTE, "audit"].endswith(f"rounds {numbers[0]}–{numbers[-1]})")


def test_audited_precision_on_news_recounts_each_groups_latest_round():
    """genre="news": every category the news rounds judged, each outlet group from the latest
    round that judged it there, recounted here from the stored round files; the categories
    never audited on news keep round 1's counts, and no official measure sits beside them."""
    news = v.audited_precision(genre="news").set_index("category")
    official = v.audited_precision().set_index("category")
    judged_on_news = {c for r in ma.ROUNDS for c in r.categories}
    for cat in sorted(judged_on_news):
        n = k = 0
        for group in ma.GROUPS:
            for spec in reversed(ma.ROUNDS):
                if cat not in spec.categories or group not in spec.groups:
                    continue
                rows = ma.read_media_audit(round_=spec.number)
                rows = rows[(rows["category"] == cat) & (rows["outlet_group"] == group)]
                rows = rows[rows["label"].isin(["correct", "incorrect"])]
                if len(rows):
                    n, k = n + len(rows), k + int((rows["label"] == "correct").sum())
                    break
        assert (news.loc[cat, "n"], news.loc[cat, "correct"]) == (n, k), cat
        assert news.loc[cat, "audit"].startswith("news media 2022 (fresh audit"), cat
    for cat in set(official.index) - judged_on_news:
        assert (
            news.loc[cat, ["n", "correct"]].tolist() == official.loc[cat, ["n", "correct"]].tolist()
        )
        assert news.loc[cat, "audit"] == "official voices 2022 (round 1); not audited on news"
    assert set(news.index) == set(official.index)
    assert news["other_precision"].isna().all()
    assert official.loc[v.SCARE_QUOTE, "other_precision"] > 0  # the White House beside news
    with pytest.raises(v.DataError, match="unknown precision genre 'blogs'"):
        v.audited_precision(genre="blogs")


def test_news_precision_by_group_is_section_zeros_cells_and_pools_to_the_news_genre():
    by = v.news_precision_by_group()
    pooled = v.audited_precision(genre="news").set_index("category")
    goals = gs.goal_status()
    for cat, g in by.groupby("category"):
        assert (
            g["n"].sum() == pooled.loc[cat, "n"]
            and g["correct"].sum() == pooled.loc[cat, "correct"]
        )
    # each cell is the goal table's (news media, full texts): the same counts, group by group
    news = goals["corpus"] == "news media, full texts"
    cells = goals[goals["measure"].str.startswith("precision: ") & news]
    for r in cells.itertuples():
        cat = r.measure.removeprefix("precision: ")
        key = {v_: k for k, v_ in ma.GROUPS.items()}[r.group]
        row = by[(by["category"] == cat) & (by["outlet_group"] == key)].iloc[0]
        assert (row["correct"], row["n"]) == (r.correct, r.n), (cat, r.group)


_MEDIA_ROUND = "- number: 1\n  seed: 7\n  file: m.csv\n  categories: [hedge]\n  note: n\n"


def test_load_media_rounds_reads_every_field(tmp_path):
    p = tmp_path / "r.yaml"
    p.write_text(
        _MEDIA_ROUND + "- number: 2\n  seed: 8\n  file: m2.csv\n  categories: [scare_quote]\n"
        "  note: m\n  groups: [rt]\n  second_reader: [scare_quote]\n  after_attribution: 70\n"
    )
    one, two = ma.load_rounds(p)
    assert one == ma.AuditRound(1, 7, "m.csv", ("hedge",), "n")
    assert two.groups == ("rt",) and two.second_reader == ("scare_quote",)
    assert two.after_attribution == 70 and two.fresh_per_category == ()


@pytest.mark.parametrize(
    "extra,message",
    [
        ("- number: 3\n  seed: 1\n  file: x\n  categories: []\n  note: n\n", "numbered 1, 2"),
        ("- number: 2\n  seed: 1\n  file: x\n  categories: [gossip]\n  note: n\n",
         "unknown categor(ies) gossip"),
        ("- number: 2\n  seed: 1\n  file: x\n  categories: []\n  note: n\n  groups: [tass]\n",
         "unknown group(s) tass"),
        ("- number: 2\n  seed: 1\n  file: x\n  categories: []\n  note: n\n  colour: red\n",
         "unknown key(s) colour"),
    ],
)  # fmt: skip
def test_load_media_rounds_refuses_a_malformed_file(tmp_path, extra, message):
    p = tmp_path / "r.yaml"
    p.write_text(_MEDIA_ROUND + extra)
    with pytest.raises(v.DataError, match=re.escape(message)):
        ma.load_rounds(p)


def test_reader_agreement_counts_the_rows_both_readers_judged(tmp_path, monkeypatch):
    rows = [("hedge", "a", "correct"), ("hedge", "b", "correct"), ("hedge", "c", "incorrect")]
    rows += [("hedge", "d", "correct"), ("scare_quote", "e", "correct")]
    _write_round(tmp_path, "r1.csv", rows)
    second = pd.read_csv(tmp_path / "r1.csv", dtype=str, keep_default_na=False)
    second["label"] = ["correct", "incorrect", "incorrect", "", "incorrect"]
    second.to_csv(tmp_path / "r1-reader2.csv", index=False)
    monkeypatch.setattr(v, "validation_dir", lambda: tmp_path)
    spec = ma.AuditRound(1, 1, "r1.csv", ("hedge", "scare_quote"), "n", (), ("hedge",))
    monkeypatch.setattr(ma, "ROUNDS", (spec,))
    assert ma.second_reader_path().name == "r1-reader2.csv"
    got = ma.reader_agreement().set_index("outlet_group")
    assert set(got["category"]) == {"hedge"}  # scare quotes: no second reader in this round
    r = got.loc["all"]  # rows a, b, c judged by both (d only by the first reader)
    assert (r["n"], r["both_correct"], r["both_incorrect"], r["first_only"]) == (3, 1, 1, 1)
    assert r["second_only"] == 0 and r["agreement"] == pytest.approx(2 / 3)
    # hand-worked: p_o = 2/3; first correct 2/3, second 1/3 -> p_e = 2/9 + 2/9 = 4/9
    assert r["kappa"] == pytest.approx((2 / 3 - 4 / 9) / (1 - 4 / 9))
    assert (r["first_precision"], r["second_precision"]) == (pytest.approx(2 / 3), 1 / 3)
    second.loc[0, "start"] = "99"
    second.to_csv(tmp_path / "r1-reader2.csv", index=False)
    with pytest.raises(ValueError, match="rows differ"):
        ma.reader_agreement()


# ---------------------------------------------------------------- precision per pattern
def _judged(rows):
    return pd.DataFrame(rows, columns=["term", "label"]).assign(category="hedge")


def test_term_precision_counts_each_pattern_and_pools_the_rare_ones():
    rows = [("could", "correct")] * 4 + [("could", "incorrect")] * 2
    rows += [("may", "correct")] * 5 + [("nearly", "incorrect"), ("roughly", "correct")]
    rows += [("seem*", "")]  # unjudged: left out
    t = ma.term_precision(_judged(rows), min_n=5)
    assert t["term"].tolist() == ["could", "may", "other patterns (2)", "all"]
    assert t["n"].tolist() == [6, 5, 2, 13]
    assert t["correct"].tolist() == [4, 5, 1, 10]
    could = t.iloc[0]
    # Wilson interval of 4/6, by hand: (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)
    z, n, p = 1.959963984540054, 6, 4 / 6
    centre, half = p + z * z / (2 * n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    assert could["lo"] == pytest.approx((centre - half) / (1 + z * z / n))
    assert could["hi"] == pytest.approx((centre + half) / (1 + z * z / n))
    assert t["precision"].iloc[-1] == pytest.approx(10 / 13)


def test_term_precision_ties_are_ordered_by_pattern():
    t = ma.term_precision(_judged([("b", "correct"), ("a", "incorrect")]), min_n=1)
    assert t["term"].tolist() == ["a", "b", "all"]


def test_judged_rounds_reads_only_the_rounds_that_drew_the_category():
    hedge = ma.judged_rounds("hedge", (14, 15, 16))
    assert sorted(set(hedge["round"])) == [14, 15, 16]
    assert len(hedge) == 270 and set(hedge["category"]) == {"hedge"}
    assert ma.judged_rounds("scare_quote", (14, 15, 16)).empty
    assert set(ma.judged_rounds("scare_quote")["round"]) >= {12, 13}
