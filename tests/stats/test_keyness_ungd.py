"""Keyness of the focal article against the UN General Debate 2022 (mirror): the numbers quoted
in docs/statistics.md — one term for both apostrophes, and what the document-aware test does
to "west"."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.cli import main

pytestmark = pytest.mark.mirror


@pytest.fixture(scope="module")
def table(mirror, article_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("keyness") / "k.csv"
    args = ["keyness", str(article_path), "--corpus", "ungd-2022", "--method", "g2"]
    assert main([*args, "--out", str(out)]) == 0
    return pd.read_csv(out, keep_default_na=False).set_index("term")


def test_russias_counts_both_apostrophes_together(table):
    # the article writes "Russia's", the UN transcripts "Russia’s": one term
    assert table.loc["russia's", "count_target"] == 3
    assert table.loc["russia's", "count_reference"] == 127


def test_us_apart_from_us(table):
    assert table.loc["US", "count_target"] == 7  # "US-led" etc. are other terms
    assert "us" not in table.index  # the pronoun is a function word, left out by default


def test_west_token_level_against_document_aware(table):
    west = table.loc["west"]
    assert (west["count_target"], west["count_reference"]) == (4, 80)
    assert west["p_value"] == pytest.approx(1.5e-5, rel=0.02)  # words as independent draws
    assert west["dispersion"] == pytest.approx(6.66, rel=0.01)  # 80 uses in 34 of 193 speeches
    assert west["p_doc"] == pytest.approx(0.095, rel=0.02)  # the spread over speeches counted
    assert not west["passes"]
