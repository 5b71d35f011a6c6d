"""Unit tests of the dataset parsers on inline fixtures (no mirror needed)."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.core.errors import DataError
from framing.data.datasets import SCHEMA, standardize, unscon
from framing.data.datasets.whitehouse import markdown_to_text, parse_page, split_front_matter

PAGE = """---
date: '2022-03-11'
published_time: 2022-03-11 13:43:23-05:00
source_url: https://example.gov/briefing-room/speeches-remarks/2022/03/11/remarks/
tags: speeches-remarks
title: "Remarks by the President in Joint\\
  \\ Press\\_Conference"
---
\u0020
*Cotroceni Palace\u0020\u0020
Bucharest, Romania*

4:14 P.M. EET\u0020\u0020
\u0020\u0020
THE PRESIDENT:  Good afternoon.  See [the fact
sheet](https://example.gov/x_(y)) and **read it**.
"""


def test_front_matter():
    meta, body = split_front_matter(PAGE)
    assert meta["date"] == "2022-03-11" and meta["tags"] == "speeches-remarks"
    assert meta["title"].startswith("Remarks by the President")
    assert body.lstrip().startswith("*Cotroceni")


def test_front_matter_absent_and_broken():
    assert split_front_matter("just text") == ({}, "just text")
    with pytest.raises(DataError, match="invalid YAML front matter"):
        split_front_matter("---\ntitle: [unclosed\n---\nbody", "x.md")


def test_parse_page():
    row = parse_page(PAGE, "speeches-remarks/2022-03/2022-03-11-remarks.md")
    assert row["doc_id"] == "speeches-remarks/2022-03-11-remarks"
    assert row["genre"] == "speech/remarks" and row["group"] == "White House"
    assert row["outlet_country"] == "United States"  # the publisher's home (parser version 2)
    assert row["title"] == "Remarks by the President in Joint Press Conference"  # NBSP collapsed
    assert row["url"].startswith("https://example.gov/")
    assert row["text"] == (
        "Cotroceni Palace\nBucharest, Romania\n\n4:14 P.M. EET\n\n"
        "THE PRESIDENT: Good afternoon. See the fact sheet and read it."
    )


@pytest.mark.parametrize(
    ("md", "text"),
    [
        ("# Heading\n\nBody text.", "Heading\n\nBody text."),
        ("Title\n=====\n\nx", "Title\n\nx"),
        ("- one\n- two\n  continued\n\n1. first\n2. second", "one\ntwo continued\n\nfirst\nsecond"),
        ("In 2021. we grew", "In 2021. we grew"),
        ("*emph* and _under_ and ***both*** and ~~gone~~", "emph and under and both and gone"),
        ("snake_case_name stays", "snake_case_name stays"),
        (
            "a \\*literal\\* star and \\[bracket\\] and \\#hash",
            "a *literal* star and [bracket] and #hash",
        ),
        (
            '![alt text](img.png) [link](http://a.b/c "t") <https://x.y>',
            "alt text link https://x.y",
        ),
        ('<u>under</u> <span style="x">span</span> &amp; &mdash;', "under span & —"),
        ("> quoted\n> more", "quoted\nmore"),
        ("para one\n\n---\n\npara two\n\n\\###", "para one\n\npara two"),
        ("line one\\\nline two", "line one\nline two"),
        ("word\\ word", "word word"),
        ("[text](http://u/(RTC,x.).", "text."),
        ("mail <a@b.org>", "mail a@b.org"),
        ("```\ncode line\n```", "code line"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
    ],
)
def test_markdown_to_text(md, text):
    assert markdown_to_text(md) == text


def test_markdown_keeps_angle_text_that_is_not_html():
    assert markdown_to_text("Press \\<inaudible\\> today") == "Press <inaudible> today"


def test_standardize_schema_and_order():
    df = pd.DataFrame(
        {
            "doc_id": ["b", "a"],
            "text": ["x", None],
            "extra": [1, 2],
            "date": ["2022-01-01T10:00:00Z", "bad"],
        }
    )
    out = standardize(df, "src")
    assert list(out.columns) == [*SCHEMA, "extra"]
    assert out["doc_id"].tolist() == ["a", "b"]
    assert out["date"].dtype == "datetime64[ns]" and out["source"].unique().tolist() == ["src"]
    with pytest.raises(DataError, match="duplicate doc_id"):
        standardize(pd.DataFrame({"doc_id": ["a", "a"], "text": ["x", "y"]}), "src")


def test_unscon_tidy():
    raw = pd.DataFrame(
        {
            "file_id": ["UNSC_2014_SPV.7219_spch015_Russian_Federation_neg_03.txt"] * 2
            + ["UNSC_2016_SPV.7643_spch011_Venezuela_(Bolivarian_Republic_Of)_08_GD.txt"],
            "EDU_text": ["a", "b", "c"],
            "EDU_char_offsets": ["0-34", "37-40", "1-2"],
            "EDU_token_offsets": ["0-4", "5-6", "0-1"],
            "A0": ["Direct_NegEval", "_", "_"],
        }
    )
    df = unscon.tidy(raw, "clauses")
    assert df["year"].tolist() == [2014, 2014, 2016]
    assert df["meeting"].tolist()[0] == "S/PV.7219" and df["speech"].tolist()[0] == "spch015"
    assert df["file_country"].tolist() == ["Russian Federation"] * 2 + [
        "Venezuela (Bolivarian Republic Of)"
    ]
    assert df["start"].tolist() == [0, 37, 1] and df["end"].tolist() == [34, 40, 2]
    assert pd.isna(df["A0"].iloc[1]) and df["unit_id"].iloc[1].endswith("#2")
