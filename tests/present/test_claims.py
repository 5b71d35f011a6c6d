"""framing.present.claims and the titles built on it: what a computed title may claim — ties
named as ties, topics apart from frames, an evidence minimum, overlapping intervals — as tables
of hand-made cases."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from framing.present import claims, titles


@pytest.mark.parametrize(
    "items, n, text, named",
    [
        ([("A", 99), ("B", 95), ("C", 91), ("D", 90)], 3, "A (99), B (95) and C (91)", "ABC"),
        (  # a tie is named as a tie
            [("A", 100), ("B", 100), ("C", 99)],
            3,
            "A and B (tied at 100); C (99)",
            "ABC",
        ),
        (  # more tie than fit: their number, never an alphabetical pick presented as "top 3"
            [(x, 100) for x in "GFEDCBA"],
            3,
            "7 tie at 100: A, B, C and 4 more",
            "ABCDEFG",
        ),
        (  # a later tie that does not fit is left out whole
            [("A", 100), ("B", 99), ("C", 99), ("D", 99)],
            3,
            "A (100)",
            "A",
        ),
        ([("A", 99.6), ("B", 100.4)], 3, "A and B (tied at 100)", "AB"),  # ties as shown
        ([], 3, "", ""),
    ],
)
def test_name_top(items, n, text, named):
    c = claims.name_top(items, n=n)
    assert c.text == text and c.named == tuple(named)


def test_name_top_without_values():
    c = claims.name_top([("A", 100), ("B", 100), ("C", 99)], n=3, show_values=False)
    assert c.text == "A and B (tied); C" and c.named == ("A", "B", "C")
    # a tie larger than n inside a sentence (was "4 tie at 100: A, B, C and 1 more")
    c = claims.name_top([(x, 100) for x in "ABCD"], n=3, show_values=False)
    assert c.text == "A, B, C and 1 more (all tied)" and c.named == ("A", "B", "C", "D")


@pytest.mark.parametrize(
    "count, sentences, clear, ok",
    [
        (3, 2, True, True),  # the minimum
        (8, 6, True, True),
        (2, 2, True, False),  # Distancing in the focal article: 2 matches
        (3, 1, True, False),  # all in one sentence
        (4, 1, True, False),  # the four scare quotes of the focal article sit in one sentence
        (7, 5, False, False),  # the corpus median is inside the interval
        (math.nan, 3, True, False),
    ],
)
def test_enough_evidence(count, sentences, clear, ok):
    assert claims.enough_evidence(count, sentences, clear) is ok


@pytest.mark.parametrize(
    "kind, topic",
    [("actor", True), ("pronoun", True), ("frame", False), ("stance", False), ("quote", False),
     ("other", False), (None, False)],
)  # fmt: skip
def test_is_topic(kind, topic):
    assert claims.is_topic(kind) is topic


@pytest.mark.parametrize(
    "args, text",
    [
        ((0.85, 0.767, 0.907, False), "precision 0.85 (0.77–0.91)"),
        ((0.6923, 0.5913, 0.7777, True), "precision 0.69 (0.59–0.78), exploratory"),
        ((float("nan"), float("nan"), float("nan"), False), "not audited"),
        # a second measure in the official texts (scare quotes, precision round 22)
        ((0.6222, 0.519, 0.7154, True, (0.2, 0.1183, 0.3178)),
         "precision 0.62 (0.52–0.72); official texts 0.20 (0.12–0.32), exploratory"),
        # where the round drew one group only (precision round 23: the White House)
        ((0.6222, 0.519, 0.7154, True, (0.1167, 0.0577, 0.2218, "White House")),
         "precision 0.62 (0.52–0.72); White House 0.12 (0.06–0.22), exploratory"),
        ((0.6222, 0.519, 0.7154, True, (0.2, 0.1183, 0.3178, "")),
         "precision 0.62 (0.52–0.72); official texts 0.20 (0.12–0.32), exploratory"),
        ((0.85, 0.767, 0.907, False, (float("nan"), float("nan"), float("nan"))),
         "precision 0.85 (0.77–0.91)"),
    ],
)  # fmt: skip
def test_precision_phrase(args, text):
    assert claims.precision_phrase(*args) == text


@pytest.mark.parametrize(
    "rows, text",
    [
        ([("China Daily", 16, 30), ("RT", 15, 30), ("Western", 12, 28)],
         "China Daily 16/30 (0.53), RT 15/30 (0.50), Western 12/28 (0.43), "
         "exploratory"),
        ([("China Daily", 28, 30), ("RT", 29, 30), ("Western", 27, 30)],
         "China Daily 28/30 (0.93), RT 29/30 (0.97), Western 27/30 (0.90)"),
        # too few rows: counts without a share, and they do not make the note exploratory
        ([("RT", 29, 30), ("Western", 5, 7)],
         "RT 29/30 (0.97), Western 5/7 (too few)"),
        ([("RT", 8, 10)], "RT 8/10 (0.80)"),  # at the bar: not below it
        ([("RT", 7, 9)], "RT 7/9 (too few)"),
        ([], "not audited by group"),
    ],
)  # fmt: skip
def test_group_precision_phrase(rows, text):
    assert claims.group_precision_phrase(rows, 0.80, 10) == text


def _position(rows):
    cols = ["label", "kind", "percentile", "count", "sentences", "percentile_lo"]
    return pd.DataFrame(rows, columns=cols)


POSITION = _position(
    [
        ("China", "actor", 100.0, 39, 20, 100.0),  # topic: never named as a frame
        ("West / US", "actor", 100.0, 19, 12, 99.0),
        ("Accusation", "frame", 100.0, 8, 6, 96.9),
        ("Distancing", "stance", 100.0, 2, 2, 75.0),  # 2 matches: not enough
        ("Scare quotes", "quote", 100.0, 4, 1, 26.0),  # one sentence
        ("Negative evaluation", "frame", 100.0, 7, 5, 40.0),  # median inside the interval
        ("Peace / cooperation", "frame", 96.9, 17, 12, 78.8),
        ("Hedges", "stance", 54.4, 2, 2, 4.7),
        ("Flesch reading ease", "other", 59.6, np.nan, np.nan, np.nan),  # no interval
    ]
)


def test_position_claim_names_only_supported_frames():
    c = claims.position_claim(POSITION, "UNGD 2022 speeches")
    assert c.named == ("Accusation", "Peace / cooperation")
    assert c.text == (
        "Topics apart, the article is clearly above 90% of UNGD 2022 speeches on 2 of 6 frame "
        "and stance measures: Accusation (100) and Peace / cooperation (97)"
    )
    assert titles.position_sentence(POSITION, "UNGD 2022 speeches") == c.text


def test_position_claim_ties_and_nothing_clear():
    tied = POSITION.copy()
    tied.loc[tied["label"] == "Peace / cooperation", "percentile"] = 100.0
    c = claims.position_claim(tied, "X")
    assert c.text.endswith("Accusation and Peace / cooperation (tied at 100)")
    weak = POSITION[POSITION["kind"].isin(["actor", "stance", "quote"])]
    c = claims.position_claim(weak, "X")
    assert c.named == () and c.text.startswith("No frame or stance measure puts the article")
    sub = titles.topics_sentence(POSITION, "X")
    assert sub == "topic mentions above 90%: China and West / US (tied at 100)"


MARCH = pd.DataFrame(
    {
        "group": ["Kremlin", "President of Ukraine", "White House"],
        "month": pd.Timestamp("2022-03-01"),
        "category": "accusation",
        "per_1k": [0.65, 0.71, 0.44],
        "lower": [0.45, 0.55, 0.35],
        "upper": [0.86, 0.88, 0.53],
    }
)


@pytest.mark.parametrize(
    "rows, article, text",
    [
        (  # overlapping intervals: no "most"; the article's interval above all of them
            MARCH,
            {"per_1k": 10.97, "lower": 1.46, "upper": 21.68},
            "In March 2022 the sources' rates of accusation terms overlap (0.44–0.71 per 1k); "
            "the article's 11.0 per 1k (95% interval 1.5–21.7) is above every source",
        ),
        (  # one source clear of the others; the article's interval reaches into theirs
            MARCH.assign(per_1k=[0.2, 1.4, 0.3], lower=[0.1, 1.1, 0.2], upper=[0.3, 1.7, 0.4]),
            {"per_1k": 2.7, "lower": 0.4, "upper": 9.9},
            "In March 2022 the President of Ukraine used accusation terms most (1.40 per 1k); "
            "the article's 2.7 per 1k (95% interval 0.4–9.9) overlaps them",
        ),
    ],
)
def test_month_sentence(rows, article, text):
    assert titles.month_sentence(rows, "accusation", "accusation terms", "2022-03", article) == text


def test_keyness_claim_only_words_that_pass():
    t = pd.DataFrame(
        {
            "term": ["china", "strategic", "russia", "west", "we"],
            "z": [18.0, 7.9, 11.0, 5.0, -2.2],
            "passes": [False, True, False, False, False],
        }
    )
    c = titles.keyness_claim(t, "The article", "UNGD 2022")
    assert c.named == ("strategic",)
    assert c.text == (
        "1 of 5 words sets The article apart from UNGD 2022: 'strategic'; "
        "none is more typical of UNGD 2022"
    )
    none = titles.keyness_claim(t.assign(passes=False), "A", "B")
    assert none.named == () and none.text.startswith("No word separates A from B")


def test_rates_sentence_ties():
    r = pd.DataFrame({"label": ["Hedges", "Distancing", "They"], "per_1k": [2.74, 2.74, 2.74]})
    assert titles.rates_sentence(r, 2) == "3 tie at 2.7: Distancing, Hedges and 1 more per 1k"


def test_audit_sentence_frames_apart_from_name_lists():
    p = pd.DataFrame(
        {
            "category": ["china", "russia", "accusation", "distancing", "hedge"],
            "precision": [0.98, 0.99, 0.85, 0.69, 0.92],
            "exploratory": [False, False, False, True, False],
        }
    )
    kinds = {"china": "actor", "russia": "actor", "accusation": "frame", "distancing": "stance",
             "hedge": "stance"}  # fmt: skip
    assert titles.audit_sentence(p, kinds) == (
        "1 of 3 frame and stance categories is at least 90% precise; distancing (0.69) is "
        "below 0.80 and exploratory; the 2 topic name lists are 0.98–0.99"
    )


def _profile(rows) -> pd.DataFrame:
    cols = ["category", "label", "kind", "count", "sentences", "per_1k", "lower"]
    return pd.DataFrame(rows, columns=cols)


def test_profile_title_says_when_no_frame_or_topic_has_enough_evidence():
    """QA pass 11: an article whose frames all rest on fewer than 3 matches or 2 sentences got
    the title "...with at least 3 matches in 2 sentences:" with nothing after the colon."""
    thin = _profile(
        [
            ("west_us", "West / US", "actor", 2, 2, 13.3, 0.0),
            ("hedge", "Hedges", "stance", 3, 1, 20.0, 0.0),  # one sentence: not enough
            ("accusation", "Accusation", "frame", 1, 1, 6.7, 0.0),
        ]
    )
    assert titles.profile_title(thin) == (
        "Topic mentions: West / US (13.3) per 1k; no frame or stance category has at least 3 "
        "matches in 2 sentences"
    )
    nothing = thin.assign(count=0, per_1k=0.0)
    assert titles.profile_title(nothing).startswith("Topic mentions: none; no frame")


def test_profile_title_of_an_article_with_evidence():
    rates = _profile(
        [
            ("china", "China", "actor", 39, 25, 53.5, 38.0),
            ("we_group", "We (in-group pronouns)", "pronoun", 0, 0, 0.0, 0.0),
            ("peace_cooperation", "Peace / cooperation frame", "frame", 17, 12, 23.3, 11.3),
            ("scare_quote", "Scare quotes", "quote", 4, 1, 5.5, 0.0),
        ]
    )
    assert titles.profile_title(rates) == (
        "Topic mentions: China (53.5) per 1k; the most frequent frame or stance with at least "
        "3 matches in 2 sentences: Peace / cooperation frame (23.3) per 1k"
    )
