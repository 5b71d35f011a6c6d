"""The evidence surfaces (QA pass 15): ``framing kwic`` and ``profile`` show the rows and counts
of the match table, one concordance line per match; each test failed before its fix."""

from __future__ import annotations

import pytest

from framing.cli import main


def test_a_match_across_a_line_break_is_one_concordance_line(tmp_path, capsys):
    # a phrase matches across any whitespace: "Cold\\r\\nWar" printed its line break raw
    art = tmp_path / "a.txt"
    art.write_bytes(b"They keep a Cold\r\nWar mentality, the US\tsaid.\r\n")
    assert main(["-q", "kwic", "--category", "cold_war", str(art)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "\r" not in out, repr(out)
    assert out.rstrip().endswith("They keep a [Cold War] mentality, the US said")
    assert main(["-q", "kwic", "--category", "cold_war", str(art), "--format", "json"]) == 0
    assert '"matched_text": "Cold\\r\\nWar"' in capsys.readouterr().out  # the table keeps it


def test_an_empty_kwic_result_is_what_its_help_says(tmp_path, capsys):
    import json

    art = tmp_path / "a.txt"
    art.write_text("The weather was mild on Tuesday.")
    argv = ["kwic", "--category", "booster", str(art)]
    out = {}
    for fmt in ("table", "csv", "tsv", "json", "jsonl"):
        assert main([*argv, "--format", fmt]) == 0
        got = capsys.readouterr()
        assert "framing kwic: no match in 1 document(s)" in got.err
        out[fmt] = got.out
    assert out["table"] == out["jsonl"] == "" and json.loads(out["json"]) == []
    assert (
        out["csv"].startswith("doc_id,category,left,matched_text") and out["csv"].count("\n") == 1
    )
    with pytest.raises(SystemExit):
        main(["kwic", "--help"])
    helptext = " ".join(capsys.readouterr().out.split())
    assert (
        "no match in N document(s)' on stderr, the header alone (csv, tsv), [] (json)" in helptext
    )


def test_kwic_offsets_index_the_file_as_docs_columns_says(tmp_path, capsys):
    import json

    # a byte-order mark is dropped, CRLF kept: open(path, newline="", encoding="utf-8-sig")
    art = tmp_path / "a.txt"
    art.write_bytes("\ufeffCaf\u00e9 news.\r\nThe US accused China.\r\n".encode())
    assert main(["-q", "kwic", "--category", "accusation", str(art), "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    text = open(art, newline="", encoding="utf-8-sig").read()  # noqa: SIM115
    assert text[row["start"] : row["end"]] == row["matched_text"] == "accused"


SOURCES = "The US accused China of hypocrisy. Critics say the plan is reckless and may fail."


def test_kwic_filters_by_source_as_the_match_table_does(tmp_path, capsys):
    import framing

    a = framing.analyze(SOURCES)
    m = a.matches
    for source in ("west_us", "vague"):
        by_hand = m[m["source"].str.split("+").map(lambda s, x=source: x in s)]
        k = a.kwic(source=source)
        assert len(k) > 0 and k["start"].tolist() == by_hand["start"].tolist()
    assert a.kwic(source="vague", category="hedge")["matched_text"].tolist() == ["may"]
    assert framing.kwic([SOURCES], source="west_us")["matched_text"].tolist() == [
        "accused",
        "hypocrisy",
    ]
    art = tmp_path / "a.txt"
    art.write_text(SOURCES)
    argv = ["-q", "kwic", "--category", "negative_evaluation", "--source", "vague", str(art)]
    assert main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and "[reckless]" in out[0] and "source=vague" in out[0]


def test_a_source_filter_no_match_could_pass_is_refused(tmp_path, capsys):
    import framing

    with pytest.raises(framing.InputError, match="unknown source 'mars'; use one of china"):
        framing.analyze(SOURCES).kwic(source="mars")
    art = tmp_path / "a.txt"
    art.write_text(SOURCES)
    assert main(["kwic", "--category", "west_us", "--source", "vague", str(art)]) == 2
    assert "source filter: category 'west_us' gets no source" in capsys.readouterr().err
    assert main(["kwic", "--pattern", "plan", "--source", "vague", str(art)]) == 2
    assert "pattern matches have no source" in capsys.readouterr().err


VAGUE = (
    "Critics say the US accused China. It is widely believed that Russia lied. "
    "Moscow reportedly attacked, and China was accused of lying."
)


def test_kwic_lists_every_vague_attribution_that_vague_source_count_counts(tmp_path, capsys):
    import unicodedata

    import framing
    from framing.engine.text import MAX_SENTENCE_CHARS

    long = "Critics say Russia lied and it is believed that they reportedly did " * (
        MAX_SENTENCE_CHARS // 60
    )  # one sentence read in windows
    nfd = unicodedata.normalize("NFD", "Caf\u00e9 owners in Z\u00fcrich reportedly left. ") + VAGUE
    for text in (VAGUE, long, nfd, VAGUE.replace(" ", "\r\n")):
        a = framing.analyze(text)
        k = a.kwic("vague_source")
        assert len(k) == a.metrics["vague_source_count"] > 0
        assert all(text[r.start : r.end] == r.matched_text for r in k.itertuples())
        by_sentence = a.attribution_sentence_counts()["vague_source_count"]
        assert k["sentence"].value_counts().sort_index().tolist() == [n for n in by_sentence if n]
    k = framing.analyze(VAGUE).kwic("vague_source")
    assert k["matched_text"].tolist() == ["say", "believed", "reportedly", "accused"]
    assert k["left"].iloc[0] == "Critics"  # the holder is in the context
    art = tmp_path / "a.txt"
    art.write_text(VAGUE)
    assert main(["-q", "kwic", "--category", "vague_source", str(art), "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1 + 4
    assert main(["kwic", "--category", "vague_source", "--voice", "author", str(art)]) == 2
    assert "category 'vague_source' gets no voice" in capsys.readouterr().err
