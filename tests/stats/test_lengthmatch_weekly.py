"""Length-matched units (hand-worked example) and weekly shares (hand-counted, Wilson by hand)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.core.errors import InputError
from framing.engine.text import count_words
from framing.stats.lengthmatch import (
    UNIT_KINDS,
    excerpt_bounds,
    feasible_starts,
    length_matched,
    unit_lengths,
)
from framing.stats.weekly import week_start, weekly_shares


def _sentence(n: int, tag: str) -> str:
    return " ".join([tag] + ["w"] * (n - 2)) + " end."  # n words, ends a sentence


@pytest.mark.parametrize(
    ("words", "target", "start", "bounds"),
    [
        ([5, 10, 20, 5, 10], 30, 1, (1, 3, 30)),  # 10 + 20 reaches 30 exactly
        ([5, 10, 20, 5, 10], 30, 0, (0, 3, 35)),  # 5 + 10 = 15 < 30, + 20 = 35
        ([5, 10, 20, 5, 10], 30, 2, (2, 5, 35)),
        ([40], 30, 0, (0, 1, 40)),  # one long sentence is the excerpt
    ],
)
def test_excerpt_bounds_hand_worked(words, target, start, bounds):
    assert excerpt_bounds(words, target, start) == bounds


def test_an_excerpt_over_the_tolerance_is_too_long_and_left_out():
    # one unpunctuated sentence of 500 words: its only excerpt is 5x a target of 100
    docs = pd.DataFrame(
        {"doc_id": ["x", "y"], "text": ["word " * 499 + "end.", _sentence(100, "a")]}
    )
    out = length_matched(docs, target=100, tolerance=0.2)
    assert out["kind"].tolist() == ["too long", "whole"]
    assert out.iloc[0]["words"] == 500
    assert out[out["kind"].isin(UNIT_KINDS)]["doc_id"].tolist() == ["y"]


def test_feasible_starts_and_too_short():
    assert feasible_starts([5, 10, 20, 5, 10], 30) == [0, 1, 2]  # from 3 on: 15 words
    assert feasible_starts([5, 5], 30) == []
    with pytest.raises(InputError, match="fewer than 30"):
        excerpt_bounds([5, 10, 20, 5, 10], 30, 3)


def test_length_matched_whole_excerpt_too_short():
    long_text = " ".join(_sentence(n, f"s{i}") for i, n in enumerate([5, 10, 20, 5, 10]))
    docs = pd.DataFrame(
        {
            "doc_id": ["short", "whole", "long"],
            "text": [_sentence(20, "a"), _sentence(28, "b") + " " + _sentence(5, "c"), long_text],
            "outlet": ["X", "Y", "Z"],
        }
    )
    out = length_matched(docs, target=30, tolerance=0.2)  # whole: 24 .. 36 words
    assert list(out.columns) == [
        "doc_id", "kind", "doc_words", "words", "start", "end", "text", "outlet",
    ]  # fmt: skip
    assert out["kind"].tolist() == ["too short", "whole", "excerpt"]
    assert out["doc_words"].tolist() == [20, 33, 50]
    ex = out.iloc[2]
    # starts 0, 1, 2 are feasible; whichever was drawn, the excerpt is whole sentences
    assert ex["text"] in {
        " ".join(_sentence(n, f"s{i}") for i, n in zip(rng, ns, strict=True))
        for rng, ns in (((0, 1, 2), (5, 10, 20)), ((1, 2), (10, 20)), ((2, 3, 4), (20, 5, 10)))
    }
    assert ex["words"] == count_words(ex["text"]) >= 30
    assert long_text[ex["start"] : ex["end"]] == ex["text"]
    assert out.iloc[1]["text"] == docs.iloc[1]["text"] and out.iloc[0]["text"] == ""
    # deterministic per document, whatever else is in the corpus
    again = length_matched(docs.iloc[[2]], target=30, tolerance=0.2)
    assert again.iloc[0]["text"] == ex["text"]
    draws = {length_matched(docs.iloc[[2]], 30, 0.2, seed=s).iloc[0]["start"] for s in range(40)}
    assert len(draws) == 3  # every feasible start is used by some seed
    with pytest.raises(InputError):
        length_matched(docs, target=0)


def test_unit_lengths_hand_counted():
    """QA pass 17: the length-matched figure gave each group's units but not how long they are
    or how many of its documents they come from (China Daily's units sit at 584-671 words for a
    729-word article; RT's come from 116 of its 1,560 documents)."""
    units = {
        "A": pd.DataFrame({"kind": ["whole", "whole", "excerpt"], "words": [600, 620, 740]}),
        "B": pd.DataFrame({"kind": pd.Series([], dtype=object), "words": pd.Series([], dtype=int)}),
    }
    t = unit_lengths(units, {"A": 12, "B": 5}).set_index("corpus")
    assert t.loc["A", ["units", "units_whole", "units_excerpt", "documents"]].tolist() == [
        3,
        2,
        1,
        12,
    ]
    assert t.loc["A", "unit_words_median"] == 620.0 and t.loc["A", "units_share"] == 0.25
    assert t.loc["A", "unit_words_p10"] == pytest.approx(604.0)  # numpy's linear percentile
    assert t.loc["B", "units"] == 0 and np.isnan(t.loc["B", "unit_words_median"])
    assert "documents" not in unit_lengths(units).columns


def test_week_start():
    d = pd.Series(
        pd.to_datetime(
            ["2022-03-24 19:23", "2022-03-21", "2022-03-27 23:59", None], format="ISO8601"
        )
    )
    assert week_start(d).tolist()[:3] == [pd.Timestamp("2022-03-21")] * 3
    assert pd.isna(week_start(d).iloc[3])


def test_weekly_shares_hand_counted():
    rows = [
        ("GT", "2022-03-21 08:00", True),
        ("GT", "2022-03-22", False),
        ("GT", "2022-03-27 23:00", True),  # Sunday: same week
        ("GT", "2022-03-28", False),  # next week
        ("BBC", "2022-03-29", True),
        ("BBC", "2022-05-01", True),  # after end: not counted
        ("BBC", None, True),  # undated: not counted
    ]
    df = pd.DataFrame(rows, columns=["outlet", "date", "west"])
    df["date"] = pd.to_datetime(df["date"], format="ISO8601")
    t = weekly_shares(df, {"West/US": "west"}, start="2022-03-23", end="2022-04-03", min_count=3)
    assert t["week"].drop_duplicates().tolist() == [
        pd.Timestamp("2022-03-21"),
        pd.Timestamp("2022-03-28"),
    ]
    gt = t[t["group"] == "GT"].set_index("week")
    # start=23 Mar drops the 21st and 22nd: the first week holds only the Sunday item
    assert gt["n"].tolist() == [1, 1] and gt["k"].tolist() == [1, 0]
    assert gt["few"].all()
    bbc = t[t["group"] == "BBC"].set_index("week")
    assert bbc["n"].tolist() == [0, 1] and np.isnan(bbc["share"].iloc[0])
    full = weekly_shares(df, {"West/US": "west"}, start="2022-03-21", end="2022-03-27")
    row = full[full["group"] == "GT"].iloc[0]
    assert (row["n"], row["k"]) == (3, 2) and row["share"] == pytest.approx(2 / 3)
    # Wilson 95% for 2 of 3, by hand: (p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)
    z, n, p = 1.959963984540054, 3, 2 / 3
    c = (p + z * z / (2 * n)) / (1 + z * z / n)
    h = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    assert (row["lo"], row["hi"]) == pytest.approx((c - h, c + h))
    with pytest.raises(InputError, match="no column 'nope'"):
        weekly_shares(df, {"x": "nope"})


def test_weekly_shares_count_missing_flags_apart_and_mark_partial_weeks():
    df = pd.DataFrame(
        {
            "outlet": ["GT"] * 4,
            "date": pd.to_datetime(["2022-12-28", "2022-12-29", "2022-12-30", "2023-01-02"]),
            "west": [True, None, np.nan, False],
        }
    )
    t = weekly_shares(df, {"W": "west"}, start="2022-12-28", end="2023-01-03", min_count=1)
    first, second = t.iloc[0], t.iloc[1]
    # 28 Dec 2022 is a Wednesday: the week of Monday 26 Dec holds 5 days from the start
    assert (first["week"], first["days"]) == (pd.Timestamp("2022-12-26"), 5)
    assert (first["n"], first["k"], first["missing"]) == (1, 1, 2) and first["share"] == 1.0
    assert (second["week"], second["days"], second["n"], second["k"]) == (
        pd.Timestamp("2023-01-02"), 2, 1, 0,
    )  # fmt: skip


def test_weekly_shares_read_text_and_time_zone_aware_dates():
    rows = {"outlet": ["GT", "GT", "BBC"], "west": [True, False, True]}
    text = pd.DataFrame({**rows, "date": ["2022-03-22", "2022-03-23 10:00", "2022-03-29"]})
    aware = text.assign(date=pd.to_datetime(text["date"], format="mixed").dt.tz_localize("UTC"))
    a = weekly_shares(text, {"W": "west"}, start="2022-03-21", end="2022-04-03")
    b = weekly_shares(aware, {"W": "west"}, start="2022-03-21", end="2022-04-03")
    assert a[["n", "k", "days"]].equals(b[["n", "k", "days"]])
    assert a.set_index(["group", "week"]).loc[("GT", pd.Timestamp("2022-03-21")), "n"] == 2
    with pytest.raises(InputError, match="column 'date' does not hold dates"):
        weekly_shares(text.assign(date=["x", "y", "z"]), {"W": "west"})


def test_pooled_shares_hand_counted():
    from framing.stats.weekly import pooled_shares

    w1, w2, w3 = (pd.Timestamp(d) for d in ("2022-03-07", "2022-03-14", "2022-03-21"))
    weeks = pd.DataFrame(
        [
            (w1, "A", "F", 10, 5, False),
            (w1, "B", "F", 10, 2, False),
            (w2, "A", "F", 20, 2, False),
            (w2, "B", "F", 10, 3, False),
            (w3, "A", "F", 2, 2, True),  # few: left out
            (w3, "B", "F", 10, 1, False),
        ],
        columns=["week", "group", "flag", "n", "k", "few"],
    ).assign(share=lambda d: d["k"] / d["n"])
    t = pooled_shares(weeks).set_index("group")
    assert t.loc["A", ["weeks", "n", "k"]].tolist() == [2, 30, 7]
    assert t.loc["A", "share"] == pytest.approx(7 / 30)
    assert t.loc["B", ["weeks", "n", "k"]].tolist() == [3, 30, 6]
    # weeks where both have enough headlines: w1 (A 50% > B 20%), w2 (A 10% < B 30%)
    assert t["weeks_compared"].tolist() == [2, 2]
    assert t.loc["A", "weeks_top"] == 1 and t.loc["B", "weeks_top"] == 1
    only_b = pooled_shares(weeks, among=["B"]).set_index("group")
    assert only_b.loc["B", "weeks_compared"] == 3 and only_b.loc["B", "weeks_top"] == 3
    assert only_b.loc["A", "weeks_top"] == 0
