"""A user's own article (QA pass 5): one article gives one set of numbers everywhere.

Each test failed before its fix: ``report`` and the notebooks (``framing.read_article``)
counted an HTML article's markup as text where ``profile`` blanked it out, and HTML character
references for quotation marks detached the mark from its word, so scare quotes and
"so-called" distancing were lost.
"""

from __future__ import annotations

import re

import pytest

import framing
from framing.cli import main
from framing.core.errors import FramingWarning

HTML = (
    "<!DOCTYPE html><html><head><script>var x = 'the US accused China of lies';</script></head>"
    "<body><h1>Trust</h1><p>Washington has once again <b>accused</b> Beijing of spreading lies "
    "&amp; smears, but the accusations appear baseless.</p><p>The so-called "
    "&ldquo;rules-based order&rdquo; is, perhaps, a tool of US hegemony. They don&rsquo;t "
    "care.</p></body></html>\n"
)
PLAIN = (
    "Trust\n\nWashington has once again accused Beijing of spreading lies & smears, but the "
    "accusations appear baseless.\n\nThe so-called “rules-based order” is, perhaps, a tool of US "
    "hegemony. They don’t care.\n"
)


def _profile(capsys, path) -> dict[str, float]:
    assert main(["-q", "profile", str(path), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    return {k: float(v) for k, v in (line.split(",")[:2] for line in lines[1:])}


def test_an_html_article_gets_the_numbers_of_its_text_everywhere(tmp_path, capsys):
    html, plain = tmp_path / "a.txt", tmp_path / "p.txt"
    html.write_text(HTML)
    plain.write_text(PLAIN)
    got = _profile(capsys, html)
    want = _profile(capsys, plain)
    for key in ("accusation_count", "distancing_count", "scare_quote_count", "west_us_count"):
        assert got[key] == want[key], key
    assert got["scare_quote_count"] == 1 and got["distancing_count"] >= 1
    # the report counts what profile counts (it counted the markup: 69 words, 6 accusations)
    assert main(["-q", "report", str(html), "-o", str(tmp_path / "r.html")]) == 0
    page = (tmp_path / "r.html").read_text()
    assert f"· {int(got['tokens'])} words" in page
    assert re.search(rf"Accusation \({int(got['accusation_count'])}\)", page)
    # the Python API (and so the notebooks) read it the same way, with a warning
    with pytest.warns(FramingWarning, match="looks like HTML; tags, scripts and styles"):
        art = framing.read_article(html)
    metrics = framing.analyze(art.body).metrics
    assert metrics["tokens"] == got["tokens"]
    assert metrics["accusation_count"] == got["accusation_count"]


def test_entities_keep_their_character_next_to_its_word():
    from framing.engine.language import strip_html

    text = "<p>the so-called &ldquo;order&rdquo; and they don&rsquo;t</p>"
    out = strip_html(text)
    assert len(out) == len(text)
    a = framing.analyze(out)
    assert a.quotes["text"].str.contains("order").any()
    assert "distancing" in set(a.matches["category"])  # so-called + a quotation
    assert "they don’t\n" in out.replace("\u2060", "")  # the word stays whole for matching
