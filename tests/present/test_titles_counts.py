"""Titles state counts in good English: no "0.0× that", no "1 sentences", no "1 of the 1 matches"."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.present import titles


@pytest.mark.parametrize(
    ("n", "noun", "plural_form", "expected"),
    [
        (0, "sentence", None, "0 sentences"),
        (1, "sentence", None, "1 sentence"),
        (2, "sentence", None, "2 sentences"),
        (1, "match", "matches", "1 match"),
        (3, "match", "matches", "3 matches"),
        (1.0, "metric", None, "1 metric"),
    ],
)
def test_plural(n, noun, plural_form, expected):
    assert titles.plural(n, noun, plural_form) == expected


@pytest.mark.parametrize(
    ("value", "reference", "expected"),
    [
        (26.1, 13.49, "1.9× that"),
        (11.0, 0.71, "15× that"),
        (5.0, 5.1, "about the same"),
        (0.3, 0.71, "42% of that"),
        (0.001, 5.0, "under 1% of that"),
        (0.0, 5.0, "none"),
        (1.0, 0.0, "not comparable"),
        (float("nan"), 1.0, "not comparable"),
    ],
)
def test_times_phrase_never_says_zero_times(value, reference, expected):
    assert titles.times_phrase(value, reference) == expected


def _monthly(per_1k: float) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "category": ["accusation"],
            "month": [pd.Timestamp("2022-05-01")],
            "group": ["Kremlin"],
            "per_1k": [per_1k],
        }
    )


@pytest.mark.parametrize(
    ("article", "official", "tail"),
    [
        (0.0, 0.5, "; the article has none"),
        (0.02, 0.5, "; the article's 0.0 per 1k is 4% of that"),
        (2.0, 0.5, "; the article's 2.0 per 1k is 4.0× that"),
        (2.0, 0.0, "; the article: 2.0 per 1k"),
    ],
)
def test_month_sentence_zero_and_small(article, official, tail):
    s = titles.month_sentence(
        _monthly(official), "accusation", "accusation terms", "2022-05", article
    )
    assert s.endswith(tail), s
    assert "0.0×" not in s


@pytest.mark.parametrize(
    ("n", "below", "expected"),
    [
        (193, 193, "higher than all 193 UNGD speeches"),
        (193, 170, "higher than 88% of UNGD speeches"),
        (1, 1, "higher than the one document of UNGD speeches"),
        (1, 0, "not higher than the one document of UNGD speeches"),
        (0, 0, "not comparable (no UNGD speeches)"),
    ],
)
def test_above_phrase_edge_cases(n, below, expected):
    assert titles.above_phrase({"n": n, "n_below": below}, "UNGD speeches") == expected


def test_position_sentence_one_metric():
    t = pd.DataFrame(
        {"metric": ["hedge_per_1k"], "label": ["Hedges per 1k"], "kind": ["stance"],
         "percentile": [95.0], "count": [4], "sentences": [3], "percentile_lo": [70.0]}
    )  # fmt: skip
    assert "on 1 of 1 frame and stance measure: Hedges" in titles.position_sentence(t, "the corpus")


def test_neighbours_sentence_one_neighbour():
    nn = pd.DataFrame({"corpus": ["UNGD"], "group": ["CHN"], "country": ["China"]})
    assert titles.neighbours_sentence(nn).startswith("The article's 1 nearest neighbour:")


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"west_us": [3, 2], "china": [0, 1]}, "West_us is the target of 5 of the 6 matches that "
         "cast an actor negatively; 1 match targets other actors"),
        ({"west_us": [1, 0], "china": [0, 0]}, "West_us is the target of the one match that cast "
         "an actor negatively; no other actor is cast negatively"),
        ({"west_us": [0, 0], "china": [0, 0]}, "No match casts an actor negatively"),
    ],
)  # fmt: skip
def test_target_sentence(cells, expected):
    m = pd.DataFrame(cells, index=["accusation", "cold_war"]).T
    assert titles.target_sentence(m, str.capitalize) == expected
