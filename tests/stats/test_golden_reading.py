"""The focal article's golden reading read again blind (docs/validation.md section 125)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from framing.core.errors import DataError
from framing.stats import golden_reading as gr
from tests.engine.test_golden_attribution import MISSES, READING


def _lines(*rows):
    return pd.DataFrame(
        [
            {"id": i, "sentence": 0, "category": "c", "text": "w", "field": f, "first": a}
            | {"second": b, "adjudicated": a, "reason": "", "second_reason": ""}
            for i, f, a, b in rows
        ]
    )


def test_field_agreement_hand_worked():
    df = _lines(
        ("1", "voice", "reported", "reported"),
        ("1", "source", "west_us", "vague"),
        ("2", "voice", "author", "reported"),
        ("2", "source", "", "china"),  # not compared: the first reader calls it the author's
        ("3", "voice", "reported", "reported"),
        ("3", "source", "china+russia", "russia+china"),  # the same set of actors
        ("4", "voice", "author", "author"),
        ("4", "target", "west_us", ""),
        ("5", "target", "west_us", "west_us"),
        ("6", "target", "", ""),
        ("Q1", "scare_quote", "yes", "yes"),
    )
    got = gr.field_agreement(df).set_index("field")
    assert got.loc["voice", ["n", "agree"]].tolist() == [4, 3]
    # voice: p_o 3/4; first 2 reported 2 author, second 3 reported 1 author: p_e = 1/2
    assert got.loc["voice", "kappa"] == pytest.approx((0.75 - 0.5) / 0.5)
    assert got.loc["source", ["n", "agree"]].tolist() == [2, 1]
    assert got.loc["target", ["n", "agree"]].tolist() == [3, 2]
    assert got.loc["scare_quote", "agreement"] == 1.0
    assert math.isnan(got.loc["scare_quote", "kappa"])  # one label only: chance agreement 1
    dis = gr.disagreements(df)
    assert list(zip(dis["id"], dis["field"], strict=True)) == [
        ("2", "voice"),
        ("1", "source"),
        ("4", "target"),
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("voice", "writer", "voice value 'writer'"),
        ("target", "vague", "unknown actor 'vague'"),
        ("source", "west_us+nato", "unknown actor 'nato'"),
        ("scare_quote", "maybe", "scare_quote value 'maybe'"),
        ("colour", "", "unknown field 'colour'"),
    ],
)
def test_bad_values_are_named(tmp_path, field, value, message):
    path = tmp_path / "g.csv"
    _lines(("1", field, value, value)).to_csv(path, index=False)
    with pytest.raises(DataError, match=message):
        gr.read_golden_reading(path)


def test_a_field_judged_twice_is_an_error(tmp_path):
    path = tmp_path / "g.csv"
    _lines(("1", "voice", "author", "author"), ("1", "voice", "author", "author")).to_csv(
        path, index=False
    )
    with pytest.raises(DataError, match="id 1 has field voice twice"):
        gr.read_golden_reading(path)


def test_recorded_agreement_of_the_two_readings():
    # docs/validation.md section 125: the golden reading (first) against the blind second reader
    got = gr.field_agreement(gr.read_golden_reading()).set_index("field")
    assert got[["n", "agree"]].to_dict("index") == {
        "voice": {"n": 24, "agree": 23},
        "source": {"n": 3, "agree": 2},
        "target": {"n": 20, "agree": 16},
        "scare_quote": {"n": 4, "agree": 4},
    }
    assert got.loc["voice", "kappa"] == pytest.approx(0.8333, abs=1e-4)
    assert got.loc["source", "kappa"] == pytest.approx(0.5)
    assert got.loc["target", "kappa"] == pytest.approx(0.2982, abs=1e-4)
    assert math.isnan(got.loc["scare_quote", "kappa"])  # all four "yes" for both readers
    dis = gr.disagreements(gr.read_golden_reading())
    assert list(dis["id"]) == ["7", "12", "20", "21", "22", "23"]
    # the adjudication sides with the second reader on all but the source of row 12
    assert (dis["adjudicated"] == dis["second"]).sum() == 5


def test_adjudicated_reading_is_what_the_golden_test_pins():
    df = gr.read_golden_reading()
    golden = dict(READING) | {k: v[0] for k, v in MISSES.items()}
    keys = df[df["field"] != "scare_quote"].groupby("id", sort=False).first()
    assert len(keys) == len(golden) == 27
    for rid, row in keys.iterrows():
        key = (row["sentence"], row["category"], row["text"])
        lines = df[df["id"] == rid].set_index("field")["adjudicated"]
        want = (lines.get("voice", ""), lines.get("source", ""), lines.get("target", ""))
        assert golden[key] == want, key
    quotes = df[df["field"] == "scare_quote"]
    assert list(quotes["adjudicated"]) == ["yes"] * 4  # test_golden_article's four scare quotes


def test_extra_expressions_are_the_articles_words(article_body):
    extras = gr.read_extras()
    assert len(extras) == 12
    assert all(t in article_body for t in extras["text"])
    assert extras["decision"].value_counts().to_dict() == {
        "not_counted": 9,
        "counted_elsewhere": 3,
    }
