"""Own-voice shares: how much of a group's stance is its own (framing.stats.groups.voice_shares,
pooled_share_ci) and what the attribution audit's readers found (audited_voice_shares)."""

from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from framing.core.errors import InputError
from framing.stats import attribution_audit as aa
from framing.stats import groups
from framing.stats.intervals import wilson
from framing.stats.validation import validation_dir

CATS = ["hedge", "accusation"]


def _scores() -> pd.DataFrame:
    # hand-worked: group A has 3 documents, group B 2, one document without a group
    return pd.DataFrame(
        {
            "group": ["A", "A", "A", "B", "B", None],
            "hedge_count": [4, 0, 2, 1, 3, 5],
            "hedge_author_count": [1, 0, 2, 1, 0, 5],
            "accusation_count": [2, 0, 0, 6, 0, 1],
            "accusation_author_count": [2, 0, 0, 0, 0, 0],
        }
    )


def test_voice_shares_hand_worked():
    t = groups.voice_shares(_scores(), CATS, n_boot=500).set_index(["group", "category"])
    # A: hedges 1 + 0 + 2 = 3 of 6; accusations 2 of 2; together 5 of 8
    assert t.loc[("A", "hedge"), ["matches", "author", "reported"]].tolist() == [6, 3, 3]
    assert t.loc[("A", "hedge"), "share_author"] == pytest.approx(0.5)
    assert t.loc[("A", "accusation"), "share_author"] == pytest.approx(1.0)
    assert t.loc[("A", "all"), ["matches", "author"]].tolist() == [8, 5]
    assert t.loc[("A", "all"), ["units", "units_with_matches"]].tolist() == [3, 2]
    # B: hedges 1 of 4, accusations 0 of 6, together 1 of 10
    assert t.loc[("B", "all"), "share_author"] == pytest.approx(0.1)
    assert t.loc[("B", "accusation"), "share_author"] == 0.0
    # the document without a group is its own group, never dropped
    assert t.loc[("(missing)", "hedge"), ["matches", "author"]].tolist() == [5, 5]
    assert list(dict.fromkeys(t.index.get_level_values(0))) == ["(missing)", "A", "B"]
    assert set(t["unit"]) == {"document"}
    assert (t["lower"] <= t["share_author"]).all() and (t["share_author"] <= t["upper"]).all()


def test_voice_shares_leave_out_a_document_with_a_missing_count():
    df = pd.DataFrame(
        {
            "group": ["a"] * 3,
            "accusation_count": [2, np.nan, 1],
            "accusation_author_count": [1, 1, 0],
        }
    )
    t = groups.voice_shares(df, ["accusation"], n_boot=100).set_index("category")
    row = t.loc["accusation"]
    assert (row["matches"], row["author"], row["reported"], row["units_missing"]) == (3, 1, 2, 1)
    assert row["share_author"] == pytest.approx(1 / 3)


def test_voice_shares_refuses_missing_columns_and_no_category():
    with pytest.raises(InputError, match="author-voice count column 'booster_author_count'"):
        groups.voice_shares(_scores().assign(booster_count=1), ["booster"])
    with pytest.raises(InputError, match="at least one category"):
        groups.voice_shares(_scores(), [])


def test_pooled_share_ci_hand_example_and_edges():
    share, lo, hi = groups.pooled_share_ci([2, 0, 3], [4, 0, 6], n_boot=500)
    assert share == pytest.approx(0.5)  # 5 of 10; the unit without matches adds nothing
    assert lo <= 0.5 <= hi
    assert all(np.isnan(groups.pooled_share_ci([0, 0], [0, 0])))  # no matches: no share
    with pytest.raises(InputError, match="between 0 and its total"):
        groups.pooled_share_ci([3], [2])
    with pytest.raises(InputError, match="between 0 and its total"):  # never dropped silently
        groups.pooled_share_ci([1, 1], [0, 2])
    with pytest.raises(InputError, match="differ in length"):
        groups.pooled_share_ci([1, 2], [3])


def test_pooled_share_ci_is_never_narrower_than_wilson():
    # 8 of 8 matches in the author's voice: every bootstrap resample gives 1.0, Wilson does not
    share, lo, hi = groups.pooled_share_ci([3, 2, 3], [3, 2, 3], n_boot=500)
    assert (share, hi) == (1.0, 1.0)
    assert lo == pytest.approx(wilson(8, 8)[0]) and lo == pytest.approx(0.6756, abs=1e-4)


def test_share_bootstrap_agrees_with_scipy():
    # clustered: the share differs by document, so the document bootstrap is wider than Wilson
    rng = np.random.default_rng(3)
    n = rng.integers(0, 30, 200).astype(float)
    a = rng.binomial(n.astype(int), rng.beta(2, 2, 200)).astype(float)
    lo, hi = groups._ratio_bootstrap(a, n, 4000, 0.95, np.random.default_rng(0))
    ref = stats.bootstrap(
        (a, n),
        lambda x, y, axis=-1: x.sum(axis=axis) / y.sum(axis=axis),
        paired=True,
        n_resamples=4000,
        method="percentile",
        random_state=np.random.default_rng(9),
    ).confidence_interval
    assert lo == pytest.approx(ref.low, abs=0.01) and hi == pytest.approx(ref.high, abs=0.01)
    w_lo, w_hi = wilson(int(a.sum()), int(n.sum()))
    assert hi - lo > w_hi - w_lo  # matches cluster in documents: wider than independent ones
    # pooled_share_ci resamples only the documents with matches (the others say nothing of it)
    keep = n > 0
    same = groups._ratio_bootstrap(a[keep], n[keep], 4000, 0.95, np.random.default_rng(0))
    assert groups.pooled_share_ci(a, n, 4000, rng=np.random.default_rng(0))[1:] == same


def _hand_count(rounds: tuple[int, ...]) -> dict[str, tuple[int, int, int]]:
    """Per group: voice rows judged, the rules' and the readers' ``author``, read straight from
    the stored CSV files (an independent count of what audited_voice_shares reads)."""
    out: dict[str, list[int]] = {}
    for number in rounds:
        stem = aa.audit_round(number).stem
        retired = aa.retired_rows(number)
        with open(validation_dir() / f"{stem}.csv", newline="", encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if i in retired or row["sample"] != "voice":
                    continue
                if not row["voice_label"]:
                    continue
                c = out.setdefault(row["group"], [0, 0, 0])
                c[0] += 1
                c[1] += row["voice"] == "author"
                c[2] += row["voice_truth"] == "author"
    return {g: tuple(v) for g, v in out.items()}


def test_audited_voice_shares_match_a_hand_count_of_the_stored_rows():
    t = aa.audited_voice_shares().set_index("group")
    rounds = tuple(int(r) for r in str(t["pooled_rounds"].iloc[0]).split("+"))
    assert rounds[-1] == t["round"].iloc[0]
    hand = _hand_count(rounds)
    for group in aa.ARTICLES.groups:
        assert tuple(t.loc[group, ["rows", "rules_author", "readers_author"]]) == hand[group]
    total = tuple(int(t.loc[aa.POOLED, c]) for c in ("rows", "rules_author", "readers_author"))
    assert total == tuple(map(sum, zip(*hand.values(), strict=True)))
    # the two kinds of disagreement turn the rules' count into the readers'
    moved = t["rules_author"] - t["author_read_reported"] + t["reported_read_author"]
    assert (moved == t["readers_author"]).all()
    lo, hi = wilson(int(t.loc["RT", "readers_author"]), int(t.loc["RT", "rows"]))
    assert t.loc["RT", ["readers_lower", "readers_upper"]].tolist() == pytest.approx(
        [lo, hi], abs=1e-4
    )


def test_voice_table_of_framing_compare(tmp_path):
    import framing
    from framing.engine.lexicon import load_lexicon
    from framing.stats.comparison import ARTICLE_GROUP, voice_table

    text = "Critics said the plan may fail and called it reckless. We think it is probably illegal."
    analysis = framing.analyze(text)
    scores = framing.score(
        pd.DataFrame(
            {
                "doc_id": ["a", "b", "c"],
                "text": [text, "He said it may be a lie.", "It is clearly a lie."],
                "desk": ["x", "x", "y"],
            }
        ),
        keep=["desk"],
    )
    t = voice_table(analysis, scores, "desk", n_boot=200)
    art = t[t["group"] == ARTICLE_GROUP].set_index("category")
    m = analysis.metrics
    for c in ("hedge", "negative_evaluation", "accusation"):
        assert art.loc[c, ["matches", "author"]].tolist() == [
            m[f"{c}_count"],
            m[f"{c}_author_count"],
        ]
    assert art["unit"].eq("sentence").all()
    corpus = t[t["group"] != ARTICLE_GROUP].reset_index(drop=True)
    cats = list(dict.fromkeys(art.index.drop("all")))
    pd.testing.assert_frame_equal(corpus, groups.voice_shares(scores, cats, "desk", n_boot=200))
    # a lexicon without stance categories: no voice table (and compare still runs)
    (tmp_path / "f.yaml").write_text(
        "id: frame_x\nlabel: X\ndefinition: d\nkind: frame\nentries:\n  - term: plan\n"
    )
    lex = load_lexicon([tmp_path], include_builtin=False)
    plain = framing.analyze(text, lex)
    assert (
        voice_table(plain, framing.score(scores.assign(text=text), lexicon=lex), "doc_id") is None
    )
