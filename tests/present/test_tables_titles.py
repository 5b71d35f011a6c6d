"""framing.present.tables: the tables and title sentences behind the analyst notebooks."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import framing
from framing.core.errors import DataError
from framing.present import labels, tables, titles
from framing.stats import groups, keyness, targets
from framing.stats.comparison import article_voice_shares
from framing.stats.keyness import term_counts


@pytest.fixture(scope="module")
def analysis(article_body):
    return framing.analyze(article_body)


def test_metric_label():
    assert labels.metric_label("west_us_per_1k") == "West / US per 1k"
    assert labels.metric_label("west_us_per_1k", unit=False) == "West / US"
    assert labels.metric_label("scare_quote_per_1k") == "Scare quotes per 1k"
    assert labels.metric_label("flesch_reading_ease") == "Flesch reading ease"
    assert labels.metric_label("unknown_metric") == "unknown_metric"


def test_article_rates_exact_poisson(analysis):
    r = tables.article_rates(analysis)
    assert list(r["category"])[-1] == "scare_quote"
    assert {"label", "kind", "count", "per_1k", "lower", "upper"} <= set(r.columns)
    tokens = int(analysis.metrics["tokens"])
    zero = r[r["count"] == 0].iloc[0]
    assert zero["lower"] == 0
    assert zero["upper"] == pytest.approx(3.689 * 1000 / tokens, rel=1e-3)
    assert (r["lower"] <= r["per_1k"]).all() and (r["per_1k"] <= r["upper"]).all()


def test_highlighted_html_escapes_and_marks(analysis):
    h = tables.highlighted_html(analysis)
    assert h.count('class="hl c-china') >= int(analysis.metrics["china_count"]) // 2
    assert "<script" not in h
    one = tables.highlighted_html(framing.analyze("<b>China</b> & the US"))
    assert "&lt;b&gt;" in one and "c-china" in one


def test_kwic_table_order(analysis):
    k = tables.kwic_table(analysis, categories=["russia", "china"])
    assert list(dict.fromkeys(k["category"])) == ["china", "russia"]  # lexicon order
    assert (k.groupby("category")["start"].apply(lambda s: s.is_monotonic_increasing)).all()


def test_position_table_and_sentences():
    scores = pd.DataFrame({"a_per_1k": np.arange(10.0), "tokens": 1000, "a_count": np.arange(10)})
    art = pd.Series({"a_per_1k": 20.0, "a_count": 20, "tokens": 1000})
    pos = tables.position_table(art, scores, ["a_per_1k"])
    row = pos.iloc[0]
    assert row["percentile"] == 100 and row["percentile_lo"] > 50
    assert row["note"] == "20.0 vs 4.5"
    assert titles.above_phrase(row, "docs") == "higher than all 10 docs"
    assert titles.above_phrase({"n": 10, "n_below": 9}, "docs") == "higher than 90% of docs"
    assert row["kind"] == "other" and row["precision_note"] == "not audited"
    # not a lexicon category of known kind, no sentences: never named in a finding
    assert titles.position_sentence(pos, "docs").startswith("No frame or stance measure")


def test_monthly_rates_are_pooled():
    s = pd.DataFrame(
        {
            "date": pd.to_datetime(["2022-03-01", "2022-03-20", "2022-04-02", None]),
            "group": ["A", "A", "A", "A"],
            "tokens": [100, 900, 50, 10],
            "x_count": [10, 0, 1, 5],
        }
    )
    m = tables.monthly_rates(s, ["x"])
    mar = m[m["month"] == pd.Timestamp("2022-03-01")].iloc[0]
    assert mar["n_docs"] == 2 and mar["tokens"] == 1000 and mar["count"] == 10
    assert mar["per_1k"] == pytest.approx(10.0)  # pooled; the mean of doc rates would be 50
    assert mar["month_mid"] == pd.Timestamp("2022-03-15")
    assert m.attrs["n_undated"] == 1
    text = titles.month_sentence(m, "x", "x terms", "2022-03", 25.0)
    assert text == (
        "In March 2022 the A used x terms most (10.00 per 1k); the article's 25.0 per 1k is "
        "2.5× that"
    )
    assert mar["lower"] <= mar["per_1k"] <= mar["upper"]
    assert mar["covered"] == 1 and not mar["partial"]  # the source's data run to 2 April
    apr = m[m["month"] == pd.Timestamp("2022-04-01")].iloc[0]
    assert apr["covered"] == pytest.approx(2 / 30) and apr["partial"]


def test_group_keyness_one_vs_rest():
    texts = pd.DataFrame(
        {
            "group": ["A", "B", "C"],
            "text": ["alpha alpha alpha beta", "beta beta gamma", "gamma gamma beta"],
        }
    )
    k = keyness.group_keyness(texts, ["A", "B", "C"])
    a = k[k["target"] == "A"].set_index("term")
    assert a.loc["alpha", "count_target"] == 3 and a.loc["alpha", "count_reference"] == 0
    assert a["n_reference"].iloc[0] == term_counts(texts["text"][1:].tolist()).n_total
    assert a.loc["alpha", "z"] > 0 > a.loc["gamma", "z"]
    assert set(k["reference"]) == {"B+C", "A+C", "A+B"}


def test_top_terms_and_keyness_sentence():
    t = pd.DataFrame(
        {"term": ["the", "china", "russia", "we", "peace"], "z": [5.0, 4.0, 2.5, -3.0, -1.0]}
    )
    assert tables.top_terms(t, 3) == ["the", "china", "russia"]
    assert tables.top_terms(t, 3, content_only=True) == ["china", "russia"]
    assert tables.top_terms(t, 3, positive=False) == ["we"]  # -1.0 is below the threshold
    s = titles.keyness_sentence(t, "X", "Y", n=3)  # no tests: nothing passes
    assert s.startswith("No word separates X from Y")
    s = titles.keyness_sentence(t.assign(passes=[False, True, True, True, False]), "X", "Y", n=3)
    assert s == "2 of 5 words set X apart from Y: 'china' and 'russia'; 1 more typical of Y: 'we'"


def test_join_words_and_doc_labels():
    assert titles.join_words([]) == ""
    assert titles.join_words(["a", "b", "c"]) == "a, b and c"
    df = pd.DataFrame(
        {
            "doc_id": ["d1", "d2"],
            "group": ["G", "H"],
            "title": ["A very long title " * 5, None],
            "date": pd.to_datetime(["2022-03-24", None]),
        }
    )
    labels = tables.doc_labels(df, width=40)
    assert labels[0].startswith("G: A very long") and labels[0].endswith("… (2022-03-24)")
    assert labels[1] == "H: d2"


def test_group_distances_and_neighbours_sentence():
    sc = pd.DataFrame(
        {
            "group": ["A", "A", "B", None],
            "PC1": [0.0, 0.0, 5.0, 4.0],
            "PC2": [0.0, 0.0, 0.0, 0.0],
            "is_focal": [False, False, False, True],
        }
    )
    d = tables.group_distances(sc)
    assert list(d["group"]) == ["B", "A"] and d["distance"].iloc[0] == pytest.approx(1.0)
    nn = pd.DataFrame(
        {
            "corpus": ["UN", "war", "war"],
            "group": ["other", "K", "K"],
            "country": ["Cuba", None, None],
        }
    )
    assert titles.neighbours_sentence(nn) == (
        "The article's 3 nearest neighbours: 1 UN (Cuba) and 2 war (2 K)"
    )


# ---------------------------------------------------------------- own voice (issue 13, voice)
VOICE_TEXT = (
    "Critics said the plan may fail and called it reckless. We think the sanctions are probably "
    'illegal. "It is clearly a lie," the minister said.'
)


@pytest.mark.parametrize(
    "metric, label",
    [
        ("hedge_author_per_1k", "Hedges, own voice per 1k"),
        ("accusation_author_count", "Accusation, own voice (count)"),
        ("negative_evaluation_author", "Negative evaluation, own voice"),
        ("west_us_targeted_count", "West / US, targeted (count)"),
        ("vague_source_per_1k", "Vague sources per 1k"),
        ("hedge_authored_per_1k", "hedge_authored per 1k"),  # unknown: the column name
    ],
)
def test_metric_label_own_voice(metric, label):
    assert labels.metric_label(metric) == label


def test_article_rates_own_voice_rows(analysis):
    plain = tables.article_rates(analysis)
    r = tables.article_rates(analysis, own_voice=True).set_index("category")
    voiced = [c for c in r.index if c.endswith("_author")]
    assert voiced == [
        f"{c}_author" for c in framing.engine.analysis.voiced_categories(analysis.lexicon)
    ]
    assert len(r) == len(plain) + len(voiced)
    for c in voiced:
        base = c.removesuffix("_author")
        assert r.loc[c, "count"] == analysis.metrics[f"{base}_author_count"]
        assert r.loc[c, "count"] <= r.loc[base, "count"]
        assert r.loc[c, "kind"] == r.loc[base, "kind"]  # a stance row, never a topic
        assert r.loc[c, "precision_note"] == r.loc[base, "precision_note"]
        assert r.loc[c, "lower"] <= r.loc[c, "per_1k"] <= r.loc[c, "upper"]


def test_article_voice_shares_by_hand():
    a = framing.analyze(VOICE_TEXT)
    t = article_voice_shares(a, "x", n_boot=200).set_index("category")
    # reported: "may" and "reckless" (critics said), "clearly" and "lie" (the minister's quote);
    # the author's: "think", "probably", "illegal"
    assert t.loc["hedge", ["matches", "author"]].tolist() == [3, 2]
    assert t.loc["negative_evaluation", ["matches", "author"]].tolist() == [2, 1]
    assert t.loc["accusation", ["matches", "author"]].tolist() == [1, 0]
    assert t.loc["all", ["matches", "author", "reported"]].tolist() == [7, 3, 4]
    assert t.loc["all", "share_author"] == pytest.approx(3 / 7)
    assert t.loc["all", ["unit", "units", "units_with_matches"]].tolist() == ["sentence", 3, 3]
    assert np.isnan(t.loc["distancing", "share_author"])  # no distancing match: no share


def _shares() -> pd.DataFrame:
    a = framing.analyze(VOICE_TEXT)
    news = pd.DataFrame(
        {
            "group": ["News", "News"],
            **{f"{c}_count": [4, 0] for c in ("accusation", "booster", "distancing", "hedge")},
            **{
                f"{c}_author_count": [1, 0]
                for c in ("accusation", "booster", "distancing", "hedge")
            },
            "negative_evaluation_count": [2, 2],
            "negative_evaluation_author_count": [0, 2],
        }
    )
    cats = framing.engine.analysis.voiced_categories(a.lexicon)
    return pd.concat(
        [
            groups.voice_shares(news, cats, n_boot=200),
            article_voice_shares(a, "x", n_boot=200),
        ]
    )


def test_voice_share_rows_labels_and_audit_rows():
    audit = pd.DataFrame(
        {
            "group": ["RT", "pooled"],
            "rows": [10, 30],
            "readers_author": [4, 12],
            "share_readers": [0.4, 0.4],
            "readers_lower": [0.17, 0.25],
            "readers_upper": [0.69, 0.58],
        }
    )
    t = tables.voice_share_rows(_shares(), audit=audit, audit_groups={"RT": "News"})
    assert list(dict.fromkeys(t["group"])) == ["News", "x"]
    news = t[t["group"] == "News"]
    assert news["label"].tolist()[-2:] == ["All stance", tables.AUDITED_ROW]
    row = news.iloc[-1]
    assert (row["matches"], row["author"], row["reported"], row["share_author"]) == (10, 4, 6, 0.4)
    assert tables.AUDITED_ROW not in set(t.loc[t["group"] == "x", "label"])  # no audit: no row
    assert "Hedges" in set(t["label"]) and len(tables.voice_share_rows(_shares())) == 12
    odd = tables.voice_share_rows(_shares().replace({"category": {"hedge": "my_stance"}}))
    assert "my_stance" in set(odd["label"])  # a category without a label keeps its id


def test_the_audit_numbers_a_voice_subtitle_quotes_are_in_the_table():
    """QA pass 11, L6: the subtitle of 02-voice-shares quoted the rules' own-voice count on the
    audited rows, a number the figure's CSV did not hold."""
    audit = pd.DataFrame(
        {
            "group": ["RT", "pooled"],
            "rows": [10, 30],
            "rules_author": [6, 13],
            "readers_author": [4, 12],
            "share_readers": [0.4, 0.4],
            "readers_lower": [0.17, 0.25],
            "readers_upper": [0.69, 0.58],
            "round": [82, 82],
            "pooled_rounds": ["69+82", "69+82"],
        }
    )
    t = tables.voice_share_rows(_shares(), audit=audit, audit_groups={"RT": "News"})
    row = t[t["category"] == "audited"].iloc[0]
    assert (row["audit_group"], row["rules_author"], row["pooled_rounds"]) == ("RT", 6, "69+82")
    assert titles.voice_audit_note(t) == "RT 4 of 10 rows, the rules 6; rounds 69+82"
    one = tables.voice_share_rows(
        _shares(), audit=audit.assign(pooled_rounds=""), audit_groups={"RT": "News"}
    )
    assert titles.voice_audit_note(one).endswith("; rounds 82")  # not pooled: its round
    assert titles.voice_audit_note(tables.voice_share_rows(_shares())) == ""


def test_voice_share_sentence():
    t = tables.voice_share_rows(_shares())
    # News: 4 + 4 + 4 + 4 + 4 = 20 matches, 1 + 1 + 1 + 1 + 2 = 6 in the author's voice
    assert titles.voice_share_sentence(t, "x", ["News"]) == (
        "The article states 3 of its 7 stance matches in its own voice; News 30% "
        "(the rest quoted or reported)"
    )
    none = t[t["group"] != "x"]
    assert titles.voice_share_sentence(none, "x", ["News"]).startswith(
        "The article has no stance match; News 30%"
    )


def _target_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    scores = pd.DataFrame(
        {
            "group": ["News", "News", "x"],
            "west_us_targeted_count": [1, 0, 3],
            "russia_targeted_count": [2, 1, 0],
        }
    )
    rules = targets.target_shares(scores, ["west_us", "russia"], n_boot=100)
    readers = targets.estimated_target_shares(
        pd.DataFrame({"group": "RT", "target_truth": ["west_us", "west_us", "russia"]}),
        pd.DataFrame({"group": "RT", "target_truth": ["", "west_us"]}),
        {"target": {"RT": 30}, "empty_target": {"RT": 20}},
        ["west_us", "russia"],
        ["RT"],
        n_boot=100,
    )
    return rules, readers


def test_target_share_rows_order_labels_and_counts():
    rules, readers = _target_tables()
    t = tables.target_share_rows(rules, readers, {"RT": "News"})
    assert t["label"].tolist() == [
        "West / US", "West / US", "West / US" + tables.READERS_ESTIMATE,
        "Russia", "Russia", "Russia" + tables.READERS_ESTIMATE,
    ]  # fmt: skip
    assert t["group"].tolist() == ["News", "x", "News", "News", "x", "News"]
    news = t[t["group"] == "News"].set_index("label")
    # rules: News casts Russia 3 of its 4 targets; readers: 30 * 2/3 + 20 * 1/2 = 30 of 40
    assert news.loc["Russia", "share"] == pytest.approx(0.75)
    assert (news.loc["Russia", "targeted"], news.loc["Russia", "targets"]) == (3, 4)
    est = news.loc["West / US" + tables.READERS_ESTIMATE]
    assert est["share"] == pytest.approx(30 / 40) and est["named_cast"] == 2
    assert len(tables.target_share_rows(rules)) == 4  # rules only


def test_the_target_recall_a_subtitle_quotes_is_in_the_table():
    """QA pass 11, L6: the subtitle of 02-targets quoted the audit's target recall per group, a
    number the figure's CSV did not hold."""
    rules, readers = _target_tables()
    recall = pd.DataFrame(
        {"group": ["RT", "pooled"], "share": [0.5213, 0.48], "lo": [0.45, 0.44], "hi": [0.6, 0.52]}
    )
    t = tables.target_share_rows(rules, readers, {"RT": "News"}, recall=recall)
    news = t[t["group"] == "News"]
    assert (news["target_recall"] == 0.5213).all() and (news["audit_group"] == "RT").all()
    assert news["target_recall_lower"].eq(0.45).all() and news["target_recall_upper"].eq(0.6).all()
    assert t.loc[t["group"] == "x", "target_recall"].isna().all()  # no audit of the article
    assert titles.target_recall_note(t) == "RT 0.52"
    assert titles.target_recall_note(tables.target_share_rows(rules, readers, {"RT": "News"})) == ""


def test_target_share_sentence():
    rules, readers = _target_tables()
    t = tables.target_share_rows(rules, readers, {"RT": "News"})
    # 3 named rows and 2 empty ones: every interval is wide, so no actor is clearly first
    assert titles.target_share_sentence(t, "x", ["News"]) == (
        "Cast negatively most, by readers' estimate: News West / US (75%; Russia 25% within "
        "the intervals); the article West / US (3 of 3; Russia 0% within the intervals) by the "
        "rules"
    )
    only_rules = tables.target_share_rows(rules)
    assert titles.target_share_sentence(only_rules, "y", ["News"]) == (
        "Cast negatively most, by readers' estimate: News Russia (75%; West / US 25% within the "
        "intervals) by the rules"
    )
    assert titles.target_share_sentence(only_rules.iloc[:0], "y", ["News"]) == (
        "Whom each group casts negatively"
    )


def test_target_share_sentence_names_an_actor_within_the_top_ones_interval():
    """QA pass 17: the 02-targets title called Ukraine the actor RT casts negatively most by
    the readers' estimate (40% [32%, 48%]) though West / US (31% [23%, 39%]) and Russia (28%
    [21%, 37%]) reach into its interval; and it gave the article's share without its counts."""
    rows = pd.DataFrame(
        {
            "group": ["RT"] * 3 + ["art"] * 2,
            "actor": ["ukraine", "west_us", "russia", "west_us", "russia"],
            "view": ["readers"] * 3 + ["rules"] * 2,
            "label": [f"{a}{tables.READERS_ESTIMATE}" for a in ("Ukraine", "West / US", "Russia")]
            + ["West / US", "Russia"],
            "share": [0.401, 0.313, 0.277, 1.0, 0.0],
            "lower": [0.322, 0.232, 0.208, 0.741, 0.0],
            "upper": [0.482, 0.392, 0.310, 1.0, 0.259],
            "targeted": [None, None, None, 11, 0],
            "targets": [None, None, None, 11, 11],
        }
    )
    assert titles.target_share_sentence(rows, "art", ["RT"]) == (
        "Cast negatively most, by readers' estimate: RT Ukraine (40%; West / US 31% within the "
        "intervals); the article West / US (11 of 11) by the rules"
    )
    clear = rows.assign(upper=[0.482, 0.30, 0.31, 1.0, 0.259])  # no interval reaches 0.322
    assert titles.target_share_sentence(clear, "art", ["RT"]).startswith(
        "Cast negatively most, by readers' estimate: RT Ukraine (40%); the article"
    )


def test_own_voice_positions_sentence(analysis):
    scores = pd.DataFrame(
        {
            m: [0.0] * 20
            for c in ("hedge", "accusation")
            for m in (f"{c}_per_1k", f"{c}_author_per_1k")
        }
    )
    metrics = [
        "accusation_per_1k",
        "accusation_author_per_1k",
        "hedge_per_1k",
        "hedge_author_per_1k",
    ]
    pos = tables.positions_by_corpus(
        analysis,
        {"A": scores, "B": scores},
        metrics,
        rates=tables.article_rates(analysis, own_voice=True),
    )
    s = titles.own_voice_positions_sentence(pos, ["A", "B"])
    assert s.startswith("In the author's own voice: the article is above 90%")
    assert "Accusation" in s and "own voice" not in s.split(":", 1)[1]


def test_with_precision_of_own_voice_rows():
    t = tables.with_precision(
        pd.DataFrame({"category": ["hedge", "hedge_author", "nothing_author"]})
    )
    assert t["precision"].iloc[1] == t["precision"].iloc[0]  # the category's own precision
    assert np.isnan(t["precision"].iloc[2]) and t["precision_note"].iloc[2] == "not audited"


def test_with_precision_names_the_audit_of_the_genre_compared():
    cats = pd.DataFrame({"category": ["distancing", "west_us", "distancing_author"]})
    official = tables.with_precision(cats)
    news = tables.with_precision(cats, genre="news")
    # distancing: the official texts' round 1 (58 of 74 = 0.78, exploratory) against the news
    # rounds' (87 of 90 = 0.97), each recomputed from its counts and named in precision_audit
    assert official["precision"].iloc[0] == pytest.approx(58 / 74, abs=5e-5)
    assert bool(official["exploratory"].iloc[0])
    assert news["precision"].iloc[0] == pytest.approx(87 / 90, abs=5e-5)
    assert not bool(news["exploratory"].iloc[0])
    assert official["precision_audit"].iloc[0] == "official voices 2022 (round 1)"
    assert news["precision_audit"].iloc[0].startswith("news media 2022 (fresh audit")
    # a topic name was never audited on news: round 1's value, and the audit says so
    assert news["precision"].iloc[1] == official["precision"].iloc[1]
    assert news["precision_audit"].iloc[1].endswith("not audited on news")
    assert news["precision"].iloc[2] == news["precision"].iloc[0]  # own voice: its category's
    with pytest.raises(DataError, match="unknown precision genre 'blogs'"):
        tables.with_precision(cats, genre="blogs")


@pytest.mark.parametrize(
    "genre,phrase",
    [
        ("news", "precision audited on news (topic names: on official texts)"),
        ("official", "precision audited on official texts (scare quotes: on news)"),
    ],
)
def test_precision_where(genre, phrase):
    from framing.stats.validation import PRECISION_GENRES

    assert titles.precision_where(genre) == phrase and genre in PRECISION_GENRES


def test_precision_where_refuses_an_unknown_genre():
    with pytest.raises(DataError, match="unknown precision genre 'blogs'; known: news, official"):
        titles.precision_where("blogs")


def test_positions_carry_the_precision_of_their_genre(analysis):
    scores = pd.DataFrame({"distancing_per_1k": np.arange(10.0), "tokens": 1000})
    pos = tables.positions_by_corpus(analysis, {"g": scores}, ["distancing_per_1k"], genre="news")
    assert pos["precision"].iloc[0] == pytest.approx(87 / 90, abs=5e-5)
    assert pos["precision_audit"].iloc[0].startswith("news media 2022")


def test_with_group_precision_gives_each_group_its_own_cell():
    from framing.stats.validation import news_precision_by_group

    t = pd.DataFrame(
        {"corpus": ["A", "B", "C", "A"],
         "category": ["distancing", "distancing_author", "distancing", "west_us"]}
    )  # fmt: skip
    out = tables.with_group_precision(t, {"A": "rt", "B": "western"})  # C: no audit group
    by = news_precision_by_group().set_index(["category", "outlet_group"])
    rt, western = by.loc[("distancing", "rt")], by.loc[("distancing", "western")]
    assert (out.loc[0, "group_precision_correct"], out.loc[0, "group_precision_n"]) == (
        rt["correct"], rt["n"])  # fmt: skip
    assert out.loc[0, "group_precision"] == pytest.approx(rt["correct"] / rt["n"], abs=5e-5)
    assert out.loc[1, "group_precision"] == western["precision"]  # own voice: its category's
    assert np.isnan(out.loc[2, "group_precision"]) and np.isnan(out.loc[3, "group_precision"])


def test_news_precision_note_names_each_group_with_its_counts():
    from framing.stats.validation import news_precision_by_group

    groups = {"china_daily": "China Daily", "rt": "RT", "western": "Western"}
    by = news_precision_by_group().set_index(["category", "outlet_group"])
    note = tables.news_precision_note("scare_quote", groups)
    assert note.startswith("precision audited in news media 2022")
    written = [note.index(f"{label} ") for label in groups.values()]
    assert written == sorted(written)  # in the order asked for
    for g, label in groups.items():
        cell = by.loc[("scare_quote", g)]
        assert f"{label} {cell['correct']}/{cell['n']} " in note
    assert note.endswith("exploratory") == bool((by.loc["scare_quote"]["precision"] < 0.8).any())
    # audited only in the official texts: the pooled precision and where it was measured
    assert "not audited on news" in tables.news_precision_note("west_us", groups)
    assert tables.news_precision_note("no_such_category", groups) == "not audited"


@pytest.mark.parametrize(
    "rows, text",
    [
        ([("accusation", "west_us"), ("accusation", ""), ("distancing", "russia"),
          ("hedge", "")],  # a hedge has no target: not counted
         "the rules name a target for 2 of the text's 3 matches of the Accusation and "
         "Distancing categories; the others cast no actor the rules can place"),
        ([("accusation", "west_us")],
         "the rules name a target for 1 of the text's 1 match of the Accusation and "
         "Distancing categories"),
        ([("hedge", "")],
         "the rules name a target for 0 of the text's 0 matches of the Accusation and "
         "Distancing categories"),
        ([("distancing", None), ("distancing", "un")],  # a missing target is none
         "the rules name a target for 1 of the text's 2 matches of the Accusation and "
         "Distancing categories; the others cast no actor the rules can place"),
    ],
)  # fmt: skip
def test_target_coverage(rows, text):
    matches = pd.DataFrame(rows, columns=["category", "target"])
    names = {"accusation": "Accusation per 1k", "distancing": "Distancing per 1k"}
    assert titles.target_coverage(matches, ["accusation", "distancing"], names.get) == text


def test_with_article_carries_the_article_values_a_figure_draws():
    """QA pass 11: the strip and monthly figures draw the article's rate (a dashed line, a side
    panel with its interval) that their CSV did not hold."""
    rows = pd.DataFrame({"doc_id": ["a", "b"], "hedge_per_1k": [1.0, 3.0]}, index=[5, 7])
    out = tables.with_article(rows, "Post, 1 May 2022", {"hedge_per_1k": 2.7, "tokens": 729})
    assert out.columns.tolist() == [
        "article",
        "doc_id",
        "hedge_per_1k",
        "article_hedge_per_1k",
        "article_tokens",
    ]
    assert out["article_hedge_per_1k"].tolist() == [2.7, 2.7]
    assert out["article"].eq("Post, 1 May 2022").all()
    assert tables.with_article(rows, "P").columns.tolist() == ["article", "doc_id", "hedge_per_1k"]


def test_position_sections_put_topics_first_and_measures_without_counts_last():
    """QA pass 11, L8: notebook 03 ordered its percentile rows with a helper of its own."""
    table = pd.DataFrame(
        {
            "metric": ["hedge_per_1k", "flesch_reading_ease", "china_per_1k", "scare_quote_per_1k"],
            "kind": ["stance", "other", "actor", "scare_quote"],
        }
    )
    t = tables.position_sections(table)
    assert t["metric"].tolist() == [
        "china_per_1k", "hedge_per_1k", "scare_quote_per_1k", "flesch_reading_ease",
    ]  # fmt: skip
    assert t["section"].tolist() == [
        tables.POSITION_SECTIONS[0],
        *[tables.POSITION_SECTIONS[1]] * 2,
        tables.POSITION_SECTIONS[2],
    ]
    assert "section" not in table  # the table given is left as it was
