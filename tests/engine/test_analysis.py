import math

from framing.engine.analysis import analyze, metric_columns
from tests._lex import small_lexicon


def test_article(tmp_path, article_body):
    lex = small_lexicon(tmp_path)
    a = analyze(article_body, lex)
    m = a.metrics
    assert list(m.index) == metric_columns(lex)
    assert m["scare_quote_count"] == 4
    assert m["accusation_per_1k"] == m["accusation_count"] * 1000 / m["tokens"]
    assert 0 < m["west_us_frame_sentence_share"] < 1
    assert list(a.matches.columns) == [
        "category",
        "subcategory",
        "term",
        "matched_text",
        "start",
        "end",
        "sentence",
        "negated",
        "voice",
        "source",
        "target",
    ]
    for r in a.matches.itertuples():
        assert article_body[r.start : r.end] == r.matched_text
    k = a.kwic("accusation", window=3)
    assert (
        k["matched_text"]
        .str.lower()
        .str.startswith(("hegemony", "arrogance", "accus", "groundless"))
    ).all()
    afm = a.actor_frame_matrix()
    assert list(afm.index) == ["west_us"] and list(afm.columns) == ["accusation", "hedge"]
    assert len(a.evidence("accusation")) == m["accusation_count"]
    assert len(a.kwic(pattern="hegemon")) == 1


def test_empty(tmp_path):
    for t in ["", "   \n\t"]:
        m = analyze(t, small_lexicon(tmp_path)).metrics
        assert m["tokens"] == 0 and math.isnan(m["hedge_per_1k"]) and m["hedge_count"] == 0
