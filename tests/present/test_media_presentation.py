"""Presentation helpers of notebook 02 (media comparison): tables, titles and the weekly chart."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from framing.present import charts, style, tables, titles

ARTICLE = pd.Series({"tokens": 1000.0, "hedge_count": 2.0, "hedge_per_1k": 2.0,
                     "west_us_count": 30.0, "west_us_per_1k": 30.0})  # fmt: skip


def _scores(values: dict[str, list[float]]) -> pd.DataFrame:
    n = len(next(iter(values.values())))
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "tokens": 500.0, **values})


@pytest.fixture
def positions():
    corpora = {
        "Western news, 2022": _scores({"hedge_per_1k": [5, 6, 7, 8], "west_us_per_1k": [0, 1, 2, 3]}),
        "China Daily opinion, 2012-19 (same genre)": _scores(
            {"hedge_per_1k": [4, 5, 6, 9], "west_us_per_1k": [10, 20, 40, 50]}
        ),
    }  # fmt: skip
    return tables.positions_by_corpus(ARTICLE, corpora, ["west_us_per_1k", "hedge_per_1k"])


def test_positions_by_corpus_and_estimate_series(positions):
    assert (
        positions["corpus"].tolist()
        == ["Western news, 2022"] * 2 + ["China Daily opinion, 2012-19 (same genre)"] * 2
    )
    assert positions["metric"].tolist() == ["west_us_per_1k", "hedge_per_1k"] * 2
    # hand-computed mid-rank percentiles: 30 is above all 4 Western values, above 2 of 4 CD
    assert positions["percentile"].tolist() == [100.0, 0.0, 50.0, 0.0]
    assert {"percentile_lo", "percentile_hi", "note", "label"} <= set(positions.columns)
    wide, series = tables.estimate_series(positions)
    assert wide["label"].tolist() == positions["label"].tolist()[:2]
    assert [s[0] for s in series] == list(dict.fromkeys(positions["corpus"]))
    assert wide[series[1][1]].tolist() == [50.0, 0.0]
    assert series[0][1:] == ("percentile_0", "percentile_lo_0", "percentile_hi_0")


def test_group_positions_sentence(positions):
    groups = list(dict.fromkeys(positions["corpus"]))
    text = titles.group_positions_sentence(positions, groups, high=90, low=30)
    # 2 hedges in 1,000 words: the interval's upper end (7.2 per 1k) is above both medians, so
    # not "below most" (QA pass 17); the split alone still reads as a sentence
    assert positions.loc[positions["metric"] == "hedge_per_1k", "percentile_hi"].min() > 50
    assert text == (
        "The article is at the 50th percentile of China Daily opinion on West / US, the 100th "
        "of Western news"
    )
    lm = titles.group_positions_sentence(positions, groups[:1], prefix="Length-matched: ")
    assert lm == (
        "Length-matched: the article is above 90% of every group's documents with enough "
        "evidence on West / US"
    )


def test_below_most_needs_the_interval_below_every_median():
    """QA pass 17: the 02-positions-length-matched title said the article is "below most on
    Hedges" from 2 hedges whose interval reaches the 78th-84th percentile of every group; "above"
    needed the interval's lower end above the median, "below" needed nothing."""
    rows = []
    for corpus in ("A", "B"):
        for label, hi in (("Hedges per 1k", 80.0), ("Boosters per 1k", 40.0)):
            rows.append({"corpus": corpus, "label": label, "kind": "stance", "count": 2,
                         "sentences": 2, "percentile": 15.0, "percentile_lo": 2.0,
                         "percentile_hi": hi, "n": 100, "n_below": 10, "n_equal": 0})  # fmt: skip
    t = pd.DataFrame(rows)
    assert titles.group_positions_sentence(t, ["A", "B"]) == "The article is below most on Boosters"
    no_hi = t.drop(columns="percentile_hi")  # without the interval's upper end: as before
    assert titles.group_positions_sentence(no_hi, ["A", "B"]) == (
        "The article is below most on Boosters and Hedges"
    )


def test_outlet_strip_sentence_never_overstates():
    scores = pd.DataFrame(
        {"row": ["A"] * 4 + ["B"] * 3, "m": [1, 2, 3, 30, 5, 5, 6]}
    )  # 5.0: above 3 of 4 in A; in B ties do not count as below: 0 of 3
    text = titles.outlet_strip_sentence(scores, "m", 5.0, "M per 1k", "row", ["A", "B"])
    assert (
        text == "M: the article's 5.0 per 1k is above 0% (B) to 75% (A) of each outlet's documents"
    )
    text = titles.outlet_strip_sentence(scores, "m", 99.0, "M per 1k", "row", ["A", "B"])
    assert text.endswith("above all (A) to all (B) of each outlet's documents")


def test_outlet_strip_sentence_carries_the_interval_and_thin_evidence():
    """QA pass 17: the 02-strip-* titles gave the article's rate without its interval, and the
    scare-quote one did not say its 4 matches sit in 1 sentence (the 03-strip-* titles did)."""
    scores = pd.DataFrame({"row": ["A"] * 4, "m": [0.0, 0.0, 0.0, 1.0]})
    rate = {"per_1k": 5.49, "lower": 0.0, "upper": 15.83, "count": 4, "sentences": 1}
    text = titles.outlet_strip_sentence(scores, "m", 5.49, "M per 1k", "row", ["A"], rate=rate)
    assert text == (
        "M: the article's 5.5 per 1k (95% interval 0.0–15.8) is above all (A) to all (A) of "
        "each outlet's documents, but it rests on 4 matches in 1 sentence"
    )
    rate = {**rate, "sentences": 3}
    text = titles.outlet_strip_sentence(scores, "m", 5.49, "M per 1k", "row", ["A"], rate=rate)
    assert text.endswith(
        "(95% interval 0.0–15.8) is above all (A) to all (A) of each outlet's documents"
    )


def _weeks():
    w = pd.date_range("2022-03-14", periods=3, freq="7D")
    rows = []
    for i, week in enumerate(w):
        rows += [
            (week, "Global Times", "West/US", 200, 34 + i, False),
            (week, "Xinhua", "West/US", 300, 30, False),
            (week, "BBC", "West/US", 2, 1, True),
        ]
    df = pd.DataFrame(rows, columns=["week", "group", "flag", "n", "k", "few"])
    return df.assign(share=df["k"] / df["n"])


def test_headline_week_sentence():
    text = titles.headline_week_sentence(_weeks(), "2022-03-24", "West/US")
    assert text == (
        "In the week of 21 Mar 2022, 18% of Global Times' headlines named West/US (35 of 200); "
        "Xinhua 10% (BBC: too few headlines)"
    )
    assert titles.headline_week_sentence(_weeks(), "2022-06-01", "West/US").startswith(
        "No outlet has enough headlines"
    )


def test_weekly_lines_break_at_flagged_weeks():
    weeks = _weeks()
    weeks.loc[(weeks["group"] == "Xinhua") & (weeks["week"] == "2022-03-21"), "few"] = True
    fig, ax = style.new_figure("t", source="toy")
    charts.weekly_lines(ax, weeks, order=["Global Times", "Xinhua", "BBC"], event="2022-03-24")
    lines = {ln.get_label(): ln for ln in ax.get_lines() if not ln.get_label().startswith("_")}
    gt = lines["Global Times"].get_ydata()
    assert np.allclose(gt, [17.0, 17.5, 18.0])  # per cent
    xin = lines["Xinhua"].get_ydata()
    assert np.isnan(xin[1]) and np.allclose(xin[[0, 2]], [10.0, 10.0])  # the line breaks
    hollow = [ln for ln in ax.get_lines() if ln.get_markerfacecolor() == "white"]
    assert any(np.allclose(ln.get_ydata(), [10.0]) for ln in hollow)  # the flagged week, hollow
    assert "few items (flagged)" in lines
    assert any(ln.get_gid() == style.FOCAL_GID for ln in ax.get_lines())
    plt.close(fig)
    fig, ax = style.new_figure("t", source="toy")
    charts.weekly_lines(ax, weeks, hide_few=True, value="n", percent=False, event_label="")
    assert not [ln for ln in ax.get_lines() if ln.get_markerfacecolor() == "white"]
    assert not ax.texts
    plt.close(fig)


def test_outlet_overview():
    docs = pd.DataFrame(
        {
            "row": ["RT", "RT", "BBC"],
            "genre": ["news", "news", "news"],
            "date": pd.to_datetime(["2022-06-16", "2022-10-31", "2022-04-05"]),
            "words": [100, 300, 50],
        }
    )
    t = tables.outlet_overview(docs, "row")
    assert t["row"].tolist() == ["RT", "BBC"]
    assert t.iloc[0][["documents", "median_words"]].tolist() == [2, 200.0]
    assert str(t.iloc[0]["first"]) == "2022-06-16" and str(t.iloc[0]["last"]) == "2022-10-31"


def test_outlet_styles_are_fixed():
    assert style.group_style("RT") == style.group_style("Kremlin")[:1] + ("s",)
    assert (
        len(
            {style.group_style(o) for o in ("Global Times", "China Daily", "CGTN", "Xinhua", "BBC")}
        )
        == 5
    )


def test_group_percentile_chart(positions):
    fig, ax = style.new_figure("t", source="toy")
    charts.group_percentile_chart(ax, positions, "percentile")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["West / US", "Hedges"]
    assert ax.get_xlim() == (-2, 102)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    # QA pass 11: each group's document count is on the chart, not only in the CSV
    assert legend == [f"{c} (n=4)" for c in dict.fromkeys(positions["corpus"])]
    plt.close(fig)


def test_group_positions_sentence_ties_never_count_for_the_article():
    art = pd.Series({"tokens": 1000.0, "hedge_count": 0.0, "hedge_per_1k": 0.0})
    zeros = {"A": _scores({"hedge_per_1k": [0, 0, 0, 0, 0, 0, 1, 2, 3, 4]})}
    t = tables.positions_by_corpus(art, zeros, ["hedge_per_1k"])
    assert t["percentile"].item() == 30.0  # mid-rank: 6 ties count half
    # only 40% of the documents are strictly above the article: not "below most"
    assert titles.group_positions_sentence(t, ["A"]) == (
        "The article is within the usual range of every group"
    )
    # QA pass 11: after a prefix the sentence goes on in lower case
    assert titles.group_positions_sentence(t, ["A"], prefix="In the author's own voice: ") == (
        "In the author's own voice: the article is within the usual range of every group"
    )
    more = {"A": _scores({"hedge_per_1k": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]})}
    t = tables.positions_by_corpus(art, more, ["hedge_per_1k"])
    assert titles.group_positions_sentence(t, ["A"]) == "The article is below most on Hedges"


def test_group_positions_sentence_topics_apart_and_evidence():
    rows = []
    for corpus in ("A", "B"):
        for label, kind, count, sents, lo in (
            ("China per 1k", "actor", 39, 20, 100.0),  # a topic: never a framing finding
            ("Accusation per 1k", "frame", 8, 4, 80.0),  # enough evidence
            ("Distancing per 1k", "stance", 2, 2, 60.0),  # 2 matches: too few
            ("Scare quotes per 1k", "quote", 4, 1, 70.0),  # one sentence
            ("Negative evaluation per 1k", "frame", 7, 3, 30.0),  # interval reaches the median
        ):
            rows.append({"corpus": corpus, "label": label, "kind": kind, "count": count,
                         "sentences": sents, "percentile": 99.0, "percentile_lo": lo,
                         "n": 100, "n_below": 99, "n_equal": 0})  # fmt: skip
    text = titles.group_positions_sentence(pd.DataFrame(rows), ["A", "B"])
    assert text == (
        "Topics apart, the article is above 90% of every group's documents with enough evidence "
        "on Accusation"
    )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2022-03-24", ("2022-04-05", "2022-04-30")),  # before the data: its first 26 days
        ("2022-05-10", ("2022-04-28", "2022-05-23")),  # inside: centred on the day
        ("2022-04-06", ("2022-04-05", "2022-04-30")),  # near the start: clipped to it
        ("2022-07-01", ("2022-05-17", "2022-06-11")),  # after the data: its last 26 days
        (None, ("2022-04-05", "2022-04-30")),  # undated: the first
    ],
)
def test_nearest_window(day, expected):
    from framing.data.datasets.media import nearest_window

    dates = pd.Series(pd.to_datetime(["2022-04-05 15:49", "2022-05-01 00:00", "2022-06-11 00:57"]))
    got = nearest_window(dates, pd.Timestamp(day) if day else None)
    assert tuple(str(d.date()) for d in got) == expected


@pytest.mark.parametrize(
    ("start", "end", "days", "months"),
    [
        ("2022-04-05", "2022-04-30", "5-30 Apr 2022", "Apr 2022"),
        ("2022-04-28", "2022-05-23", "28 Apr-23 May 2022", "Apr-May 2022"),
        ("2021-12-30", "2022-01-02", "30 Dec 2021-2 Jan 2022", "Dec 2021-Jan 2022"),
        ("2022-04-05", "2022-04-05 18:00", "5 Apr 2022", "Apr 2022"),
    ],
)
def test_day_and_month_ranges(start, end, days, months):
    from framing.present.labels import day_range, month_range

    assert day_range(start, end) == days and month_range(start, end) == months


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2022-03-24", "Apr-Oct 2022, not the article's week"),
        ("2022-05-10", "Apr-Oct 2022, a period that includes the article's date"),
        ("2022-10-31 18:00", "Apr-Oct 2022, a period that includes the article's date"),
        (None, "Apr-Oct 2022, not the article's week"),
    ],
)
def test_news_period(day, expected):
    from framing.present.labels import news_period

    dates = pd.Series(pd.to_datetime(["2022-04-05 15:49", "2022-10-31 00:00"]))
    assert news_period(dates, pd.Timestamp(day) if day else None) == expected


def test_estimate_series_names_each_group_with_its_documents_not_the_article_sentences():
    long = pd.DataFrame(
        {
            "group": ["Western", "Western", "the article", "the article"],
            "label": ["Hedges", "All stance"] * 2,
            "share_author": [0.4, 0.5, 1.0, 0.8],
            "lower": [0.3, 0.4, 0.6, 0.6],
            "upper": [0.5, 0.6, 1.0, 0.9],
            "unit": ["document", "document", "sentence", "sentence"],
            "units": [1139, 1139, 32, 32],
        }
    )
    _, series = tables.estimate_series(
        long, by="group", value="share_author", lo="lower", hi="upper", n="units"
    )
    assert [s[0] for s in series] == ["Western (n=1,139)", "the article"]
    _, plain = tables.estimate_series(
        long, by="group", value="share_author", lo="lower", hi="upper"
    )
    assert [s[0] for s in plain] == ["Western", "the article"]


def test_the_committed_02_csvs_hold_the_audit_numbers_their_subtitles_quote():
    """QA pass 11, L6: the committed CSVs of 02-voice-shares and 02-targets hold the rules'
    own-voice counts on the audited rows and the audit's target recall that the subtitles
    quote (package data only: the stored audit judgements)."""
    from pathlib import Path

    from framing.stats import attribution_audit as aa

    figures = Path(__file__).resolve().parents[2] / "figures"
    voice = pd.read_csv(figures / "02-voice-shares.csv")
    audited = voice[voice["category"] == "audited"].set_index("audit_group")
    expected = aa.audited_voice_shares().set_index("group")
    assert len(audited) == 3
    for g, r in audited.iterrows():
        assert r["rules_author"] == expected.loc[g, "rules_author"], g
    assert titles.voice_audit_note(voice.fillna({"pooled_rounds": ""})).count("the rules") == 3
    rows = pd.read_csv(figures / "02-targets.csv")
    measures = aa.latest_measures(n_boot=20)
    recall = measures[measures["assignment"] == "target recall"].set_index("group")["share"]
    got = rows.dropna(subset=["target_recall"]).drop_duplicates("audit_group")
    assert len(got) == 3
    for r in got.itertuples():
        assert r.target_recall == pytest.approx(recall[r.audit_group]), r.audit_group
    assert titles.target_recall_note(rows) == ", ".join(
        f"{r.audit_group} {recall[r.audit_group]:.2f}" for r in got.itertuples()
    )
