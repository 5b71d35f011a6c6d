"""A user's own article (QA pass 5): one article gives one set of numbers everywhere.

Each test failed before its fix: ``report`` and the notebooks (``framing.read_article``)
counted an HTML article's markup as text where ``profile`` blanked it out, and HTML character
references for quotation marks detached the mark from its word, so scare quotes and
"so-called" distancing were lost.
"""

from __future__ import annotations

import re

import pandas as pd
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


def test_an_entity_inside_a_word_keeps_the_word_whole():
    from framing.engine.language import strip_html

    html = "<p>Schr&ouml;der accused the West of caf&eacute; politics.</p>"
    plain = "Schröder accused the West of café politics."
    a, b = framing.analyze(strip_html(html)), framing.analyze(plain)
    assert a.metrics["tokens"] == b.metrics["tokens"] == 7  # was 8: the padding split the name
    assert [t.text.replace("\u2060", "") for t in a.tokens] == [t.text for t in b.tokens]


def test_profile_prints_counts_as_whole_numbers(tmp_path, capsys):
    art = tmp_path / "long.txt"
    art.write_text("Washington accused Beijing of lies about the war. " * 2500)
    assert main(["-q", "profile", str(art)]) == 0
    lines = dict(line.split(None, 1) for line in capsys.readouterr().out.splitlines()[1:-1])
    assert lines["tokens"].strip() == "20000"  # was 2e+04
    assert lines["accusation_count"].split()[0] == "5000"  # accused, lies
    assert lines["accusation_per_1k"].strip() == "250"


def test_metadata_text_fields_must_be_text_and_misspelt_keys_are_named(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Washington accused Beijing of lies.")
    meta = tmp_path / "a.yaml"
    meta.write_text("outlet: X\npublishd: 2022-03-20\nheadlne: H\nurl: https://x.example\n")
    assert main(["-q", "profile", str(art)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"framing: warning: {meta}: unknown key 'publishd', did you mean 'published'? (kept as "
        "extra metadata, not used)",
        f"framing: warning: {meta}: unknown key 'headlne', did you mean 'headline'? (kept as "
        "extra metadata, not used)",
    ]  # url is the user's own key: no warning
    meta.write_text("outlet: {a: 1}\nheadline: H\n")
    assert main(["-q", "profile", str(art)]) == 2
    want = f"framing: error: {meta}: 'outlet' must be text, got a mapping"
    assert capsys.readouterr().err.strip() == want


def test_figures_reads_the_article_before_any_notebook_runs(tmp_path, capsys):
    art = tmp_path / "empty.txt"
    art.write_text("   \n")
    assert main(["-q", "figures", "--article", str(art), "--out", str(tmp_path / "f")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is empty" in err[0], err
    assert not (tmp_path / "f").exists()


def test_kwic_lists_the_scare_quotes_profile_counts(tmp_path, capsys):
    art = tmp_path / "q.txt"
    art.write_text('Their "democracy" is a sham and the "free press" repeats it.')
    a = framing.analyze(art.read_text())
    k = a.kwic("scare_quote")
    assert len(k) == a.metrics["scare_quote_count"] == 2
    assert k["matched_text"].tolist() == ["democracy", "free press"]
    assert main(["-q", "kwic", "--category", "scare_quote", str(art), "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 3  # header + 2
    with pytest.raises(framing.InputError, match="unknown category 'scare_quote'"):
        a.evidence("scare_quote")  # evidence is for lexicon categories; quotes are in .quotes


def test_the_report_marks_scare_quotes_exploratory_with_their_precision(tmp_path):
    art = tmp_path / "q.txt"
    art.write_text(PLAIN.replace("the so-called", "the") + ' Their "democracy" is a sham.\n')
    assert main(["-q", "report", str(art), "-o", str(tmp_path / "r.html")]) == 0
    page = (tmp_path / "r.html").read_text()
    assert re.search(r'Scare quotes \(2\) <em class="warn">exploratory</em></label>', page)
    assert re.search(
        r'<label title="precision 0\.\d\d [^"]*"><input[^>]*data-layer="scare_quote"', page
    )
    assert "scare quote — scare quote" not in page


def test_profile_machine_formats_write_counts_as_integers(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Washington accused Beijing of lies about the war. " * 3)
    assert main(["-q", "profile", str(art), "--format", "csv"]) == 0
    rows = dict(line.split(",", 1) for line in capsys.readouterr().out.splitlines()[1:])
    assert rows["tokens"] == "24" and rows["accusation_count"] == "6"  # were 24.0, 6.0
    assert rows["accusation_per_1k"] == "250.0"
    assert main(["-q", "profile", str(art), "--out", str(tmp_path / "p.parquet")]) == 0
    assert str(pd.read_parquet(tmp_path / "p.parquet")["value"].dtype) == "float64"


def test_figures_refuses_an_article_twice_and_notebooks_that_take_none(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Washington accused Beijing of lies.")
    out = tmp_path / "f"
    argv = ["-q", "figures", "--article", str(art), "--out", str(out)]
    assert main([*argv, "-p", f"ARTICLE={art}", "--only", "01"]) == 2
    assert "give the article once" in capsys.readouterr().err
    assert main([*argv, "--only", "06"]) == 2  # was: unknown notebook parameter 'ARTICLE'
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "framing: error: --only 06-validation: takes no article (ARTICLE); leave --only out to "
        "run the notebooks that do"
    ]
    assert not out.exists()


def test_an_empty_kwic_result_prints_no_bytes(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("The weather was mild on Tuesday.")
    assert main(["-q", "kwic", "--category", "booster", str(art), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""  # was "\n", counted as one line by wc -l


def test_a_file_of_only_invisible_characters_is_empty(tmp_path, capsys):
    art = tmp_path / "n.txt"
    art.write_text("\u00a0\u200b\u00ad\n")
    assert main(["-q", "profile", str(art)]) == 2
    assert "is empty or whitespace only" in capsys.readouterr().err


def test_a_published_line_with_an_iso_date_and_am_pm_is_read(tmp_path):
    art = tmp_path / "c.txt"
    art.write_text(
        "Trust Between Neighbours\nPublished: 2022-03-20 10:15 PM\n\n"
        "Washington accused Beijing of lies about the war, officials said.\n"
    )
    a = framing.read_article(art, title_line=True)
    assert a.title == "Trust Between Neighbours"
    assert (a.published.hour, a.published.minute, a.date) == (22, 15, "2022-03-20")


def test_figures_out_naming_a_file_is_one_line(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Washington accused Beijing of lies.")
    (tmp_path / "f").write_text("x")
    argv = ["-q", "figures", "--article", str(art), "--out", str(tmp_path / "f"), "--only", "01"]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is a file, not a folder" in err[0], err  # was "File exists"


def test_figures_refuses_a_folder_holding_another_articles_figures(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Washington accused Beijing of lies.")
    out = tmp_path / "f"
    out.mkdir()
    other = tmp_path / "b.txt"
    (out / "manifest.yaml").write_text(
        "figures:\n- name: 01-article-rates\n  inputs:\n"
        f"  - name: {other}\n    sha256: abc\n  - name: ungd-2022\n    sha256: def\n"
    )
    argv = ["-q", "figures", "--article", str(art), "--out", str(out), "--only", "01"]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"framing: error: {out}: holds the figures of another article (b.txt); give each "
        "article its own --out folder"
    ]
    assert sorted(p.name for p in out.iterdir()) == ["manifest.yaml"]  # nothing written


@pytest.mark.parametrize("recorded", ["../a.txt", "../b.txt"])
def test_figures_reads_manifest_names_relative_to_the_folder(tmp_path, capsys, recorded):
    """Manifests name the article relative to the figure folder (QA pass 5, L6): the same
    article is no other article, another one still is."""
    from framing.cli.figures import _refuse_another_article
    from framing.core.errors import OutputError

    art, out = tmp_path / "a.txt", tmp_path / "f"
    art.write_text("Washington accused Beijing of lies.")
    out.mkdir()
    (out / "manifest.yaml").write_text(
        f"figures:\n- name: 01-article-rates\n  inputs:\n  - name: {recorded}\n    sha256: abc\n"
    )
    if recorded == "../a.txt":
        _refuse_another_article(out, art.resolve())
    else:
        with pytest.raises(OutputError, match=r"another article \(b.txt\)"):
            _refuse_another_article(out, art.resolve())
