"""Properties of ``analyze`` and ``score`` on arbitrary Unicode (hypothesis)."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.engine.analysis import analyze
from framing.engine.language import strip_html
from framing.engine.lexicon import load_lexicon
from framing.engine.scoring import score
from tests._lex import FILES

LEX = load_lexicon()

words = st.sampled_from(
    ["US", "the", "West", "not", "hegemony", "may", "accused", "so-called", "\u201cx\u201d",
     "U.S.", ",", ".", "!", "?", "\n", "\n\n", "\u00a0", "\ufb01", "e\u0301", "\U0001f600",
     "<p>", "&amp;", "\u200b", "\u2014", "'", '"', "NATO", "Russia", "might"]
)  # fmt: skip
texts = st.one_of(
    st.text(),
    st.text(st.characters(codec="utf-8"), max_size=300),
    st.lists(words, max_size=60).map(" ".join),
    st.lists(words, max_size=60).map("".join),
)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _rates_consistent(m: pd.Series) -> None:
    tokens = m["tokens"]
    assert tokens >= 0 and m["sentences"] >= 0
    for c in m.index:
        if c.endswith("_count"):
            assert m[c] >= 0 and float(m[c]).is_integer(), c
        if c.endswith("_per_1k"):
            count = m[c.removesuffix("_per_1k") + "_count"]
            if tokens == 0:
                assert math.isnan(m[c])
            else:
                assert math.isclose(m[c], count * 1000 / tokens, rel_tol=1e-12), c
        if c.endswith("_negated_count"):
            assert m[c] <= m[c.removesuffix("_negated_count") + "_count"]
    share = m["west_us_frame_sentence_share"]
    assert math.isnan(share) or 0 <= share <= 1


@SETTINGS
@given(texts)
def test_analyze_never_raises_and_spans_are_valid(text):
    a = analyze(text, LEX)
    n = len(text)
    for t in a.tokens:
        assert 0 <= t.start < t.end <= n and text[t.start : t.end] == t.text
    prev = 0
    for r in a.sentences.itertuples():
        assert prev <= r.start <= r.end <= n and text[r.start : r.end] == r.text
        prev = r.end
    for r in a.matches.itertuples():
        assert 0 <= r.start < r.end <= n and text[r.start : r.end] == r.matched_text
        assert 0 <= r.sentence < max(1, len(a.sentences))
    for r in a.quotes.itertuples():
        assert 0 <= r.start <= r.end <= n and text[r.start : r.end] == r.text
    _rates_consistent(a.metrics)
    assert a.metrics["scare_quote_count"] == int(a.quotes["is_scare_quote"].sum())


@SETTINGS
@given(st.lists(texts, max_size=6))
def test_score_never_raises_and_equals_one_by_one(docs):
    table = score(docs, lexicon=LEX, progress=False)
    assert list(table["doc_id"]) == [str(i) for i in range(len(docs))]
    for i, text in enumerate(docs):
        row = table.iloc[i].drop("doc_id")
        single = score([text], lexicon=LEX, progress=False).iloc[0].drop("doc_id")
        pd.testing.assert_series_equal(row, single, check_names=False)
        _rates_consistent(row)
        m = analyze(text, LEX).metrics
        assert row["tokens"] == m["tokens"] and row["hedge_count"] == m["hedge_count"]


@SETTINGS
@given(texts)
def test_strip_html_keeps_length(text):
    assert len(strip_html(text)) == len(text)
    assert len(strip_html(f"<p>{text}</p><script>{text}</script>")) == 2 * len(text) + 24


@SETTINGS
@given(texts)
def test_small_custom_lexicon_keeps_spans_and_rates(tmp_path_factory, text):
    """The same properties with a small user lexicon instead of the built-in one."""
    d = tmp_path_factory.mktemp("lex")
    for name, body in FILES.items():
        (d / name).write_text(body)
    a = analyze(text, load_lexicon([d], include_builtin=False))
    for r in a.matches.itertuples():
        assert text[r.start : r.end] == r.matched_text
    _rates_consistent(a.metrics)
