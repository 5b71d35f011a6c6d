"""The HTML evidence report: escaping, nested highlights, toggles, no external assets."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pandas as pd
import pytest

from framing.present.report import percentile_of, poisson_interval, render_report
from framing.present.report.highlight import Span, render, segments

TEXT = 'The US <b>"hegemony"</b> & NATO may perhaps not "help" Europe.'


def _find(sub: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


def fake_analysis(text: str = TEXT) -> SimpleNamespace:
    """An Analysis-like object: the contract of framing.engine.analysis without the engine."""
    rows = []
    for cat, sub, term, span, neg in [
        ("actor", "usa", "US", "US", False),
        ("hegemony", None, "hegemony", "hegemony", False),
        ("actor", "nato", "NATO", "NATO", False),
        ("hedge", "epistemic_modal", "may", "may", True),
        ("hedge", "adverb", "may perhaps", "may perhaps", False),  # overlaps "may" (same layer)
        ("west_us_frame", None, "US <b>", "US <b>", False),  # crosses into the markup-like text
    ]:
        s, e = _find(span, text)
        rows.append((cat, sub, term, text[s:e], s, e, 0, neg))
    matches = pd.DataFrame(
        rows,
        columns=[
            "category",
            "subcategory",
            "term",
            "matched_text",
            "start",
            "end",
            "sentence",
            "negated",
        ],
    ).sort_values(["start", "category"])
    qs, qe = _find('"hegemony"')
    hs, he = _find('"help"')
    quotes = pd.DataFrame(
        [
            (qs, qe, '"hegemony"', 1, True, "single <word> quote", 0),
            (hs, he, '"help"', 1, False, "", 0),
        ],
        columns=["start", "end", "text", "words", "is_scare_quote", "reason", "sentence"],
    )
    counts = matches["category"].value_counts()
    metrics = {"tokens": 13.0, "sentences": 1.0}
    for c in ["actor", "hedge", "hegemony", "west_us_frame"]:
        metrics[f"{c}_count"] = float(counts.get(c, 0))
        metrics[f"{c}_per_1k"] = 1000 * metrics[f"{c}_count"] / 13
        metrics[f"{c}_negated_count"] = float(
            ((matches["category"] == c) & matches["negated"]).sum()
        )
    metrics.update(scare_quote_count=1.0, scare_quote_per_1k=1000 / 13, mattr=0.9)
    return SimpleNamespace(
        text=text, matches=matches, quotes=quotes, metrics=pd.Series(metrics), lexicon=None
    )


ARTICLE = SimpleNamespace(
    title="Trust <between> & China",
    outlet="Global Times",
    section="opinion",
    date="2022-03-24",
    byline=None,
)


@pytest.fixture(scope="module")
def page() -> str:
    return render_report(ARTICLE, fake_analysis())


def test_segments_cover_text_and_split_at_every_boundary():
    spans = [Span(0, 5, "a", "", 0), Span(3, 8, "b", "", 1), Span(4, 4, "c", "", 2)]
    segs = segments("0123456789", spans)
    assert [(a, b) for a, b, _ in segs] == [(0, 3), (3, 5), (5, 8), (8, 10)]
    assert [[s.layer for s in act] for _, _, act in segs] == [["a"], ["a", "b"], ["b"], []]


def test_render_nests_overlaps_and_keeps_text():
    text = "abc def"
    out = render(text, [Span(0, 5, "x", "X tip", 0), Span(2, 7, "y", "Y", 1)], ["x", "y"])
    assert re.sub(r"<[^>]+>", "", out) == text
    assert (
        '<span class="hl c-x p1" data-m="0"><span class="hl c-y p0" data-m="1" title="X tip\nY">'
        in out
    )


def test_text_is_escaped(page):
    assert "<b>" not in page.split('<div class="article">')[1].split("</div>")[0]
    assert "&lt;b&gt;" in page
    assert "Trust &lt;between&gt; &amp; China" in page
    assert "single &lt;word&gt; quote" in page


def test_article_text_round_trips(page):
    import html

    body = page.split('<div class="article">')[1].split("</div>")[0]
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == TEXT


def test_every_match_and_scare_quote_is_highlighted(page):
    for cat in ["actor", "hedge", "hegemony", "west_us_frame", "scare_quote"]:
        assert f"hl c-{cat}" in page
    keys = {int(k) for k in re.findall(r'data-m="(\d+)"', page)}
    assert set(range(6)) <= keys
    assert "hedge › epistemic_modal — term: may (negated)" in page
    assert "hl c-hedge" in page and " neg" in page
    assert page.count("scare quote —") >= 1
    assert "c-scare_quote" in page and '"help"' in page  # non-scare quote is not a layer
    assert 'title="scare quote — ' not in page.split("&quot;help&quot;")[0][-200:]


def test_legend_has_a_toggle_per_category(page):
    for cat in ["actor", "hedge", "hegemony", "west_us_frame", "scare_quote"]:
        assert f'<input type="checkbox" data-layer="{cat}" checked>' in page
    assert "addEventListener" in page


def test_self_contained(page):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page
    assert not re.search(r"@import|url\(\s*['\"]?https?:", page)


def test_metric_table_and_figure(page):
    assert "95% interval" in page and "Per 1,000 words" in page
    assert "data:image/png;base64," in page


def test_report_is_deterministic():
    assert render_report(ARTICLE, fake_analysis()) == render_report(ARTICLE, fake_analysis())


def test_corpus_columns():
    scores = pd.DataFrame(
        {"actor_per_1k": [0, 10, 100, 200, 300], "mattr": [0.1, 0.5, 0.95, 0.2, 0.3]}
    )
    out = render_report(ARTICLE, fake_analysis(), scores=scores, corpus="toy")
    assert "Median per 1k in toy" in out and "Percentile" in out
    assert out.count("data:image/png;base64,") == 2


def test_intervals_and_percentiles():
    lo, hi = poisson_interval(0, 1000)
    assert lo == 0 and hi == pytest.approx(3.689, abs=1e-3)
    lo, hi = poisson_interval(10, 1000)
    assert lo == pytest.approx(4.795, abs=1e-3) and hi == pytest.approx(18.39, abs=1e-2)
    assert percentile_of(pd.Series([1, 2, 3, 4]), 3) == 62.5


def test_real_engine(tmp_path, article_path):
    pytest.importorskip("framing.engine.analysis")
    from framing.cli import main

    out = tmp_path / "r.html"
    assert main(["report", str(article_path), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Mutual trust between China and Russia" in page
    assert 'class="article"' in page and "data-layer" in page
    assert main(["report", str(article_path), "-o", str(out)]) == 2  # exists, no --force
    assert main(["report", str(article_path), "-o", str(out), "--force"]) == 0


def test_voice_source_and_target_in_tooltips_and_evidence_table():
    import framing

    text = "The US accused China of hypocrisy. Critics say the plan is reckless."
    page = render_report(ARTICLE, framing.analyze(text))
    assert "voice: reported (source: west_us), target: china" in page
    assert "voice: reported (source: vague)" in page
    assert ">Voice</th>" in page and ">Source</th>" in page and ">Target</th>" in page
