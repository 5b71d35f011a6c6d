"""``framing kwic`` reads standard input (``-``) and its rows carry the lexicon entry of each
match (``subcategory``, ``term``, ``negated``), with a ``--term`` filter, so that
``<category>_negated_count`` is traceable through kwic (session 57; each test failed before)."""

from __future__ import annotations

import io
import json
import sys

import pandas as pd
import pytest

import framing
from framing.cli import main
from tests.conftest import ARTICLE_TXT

NEGATED = (
    "The West did not accuse China. It is not certainly true that the US never blamed Russia. "
    "The talks were not a success, and no cooperation followed. China always says it will help. "
    "Russia accused the US of lying."
)
ENTRY = ["subcategory", "term", "negated"]


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_kwic_reads_one_document_from_standard_input(tmp_path, monkeypatch, capsys):
    data = "\ufeffCaf\u00e9 news.\r\nThe US accused China.\r\n".encode()
    art = tmp_path / "a.txt"
    art.write_bytes(data)
    argv = ["-q", "kwic", "--category", "accusation", "--format", "json"]
    assert main([*argv, str(art)]) == 0
    from_file = json.loads(capsys.readouterr().out)
    _stdin(monkeypatch, data)
    assert main([*argv, "-"]) == 0  # was: "-: no such file or folder, and not a dataset name"
    (row,) = json.loads(capsys.readouterr().out)
    assert row["doc_id"] == "stdin"
    assert {**row, "doc_id": from_file[0]["doc_id"]} == from_file[0]  # same offsets: CRLF kept
    text = data.decode("utf-8-sig")
    assert text[row["start"] : row["end"]] == row["matched_text"] == "accused"
    _stdin(monkeypatch, b"HEADLINE\n\nThe US accused China.\n")
    assert main([*argv, "--title-line", "-"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["start"] == "The US accused China.".index("accused")  # offsets into the body
    _stdin(monkeypatch, b"The US accused China.")
    assert main(["kwic", "--category", "accusation", "-", "-"]) == 2
    assert "given more than once" in capsys.readouterr().err


def test_kwic_rows_carry_the_entry_and_negation_of_the_match_table():
    for text in (ARTICLE_TXT.read_text(encoding="utf-8"), NEGATED):
        a = framing.analyze(text)
        m = a.matches
        k = framing.kwic([text])
        assert list(k.columns[-3:]) == ENTRY and k["negated"].dtype == bool
        got = k[["start", "end", "category", *ENTRY]].reset_index(drop=True)
        want = m[["start", "end", "category", *ENTRY]].fillna({"subcategory": ""})
        pd.testing.assert_frame_equal(got, want.reset_index(drop=True))
        for cat in a.lexicon.categories:
            negated = a.kwic(cat).query("negated")
            assert len(negated) == a.metrics[f"{cat}_negated_count"], cat
    assert framing.analyze(NEGATED).kwic().query("negated")["matched_text"].tolist()  # not 0
    k = framing.kwic([NEGATED], pattern="talks")
    assert (k["term"] == "").all() and not k["negated"].any()


def test_kwic_files_have_the_entry_columns_and_the_screen_says_negated(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text(NEGATED, encoding="utf-8")
    want = framing.analyze(NEGATED).kwic()
    want = want[want["category"] == "accusation"][ENTRY].reset_index(drop=True)
    assert want["negated"].any() and not want["negated"].all()
    argv = ["-q", "kwic", "--category", "accusation", str(art)]
    tables = {}
    for fmt in ("csv", "tsv", "json", "jsonl"):
        assert main([*argv, "--format", fmt]) == 0
        tables[fmt] = capsys.readouterr().out
    for name in ("k.csv", "k.tsv", "k.jsonl", "k.parquet"):
        assert main([*argv, "--out", str(tmp_path / name)]) == 0
    read = {
        "csv": pd.read_csv(io.StringIO(tables["csv"]), keep_default_na=False),
        "tsv": pd.read_csv(io.StringIO(tables["tsv"]), sep="\t", keep_default_na=False),
        "json": pd.DataFrame(json.loads(tables["json"])),
        "jsonl": pd.read_json(io.StringIO(tables["jsonl"]), lines=True),
        "out.csv": pd.read_csv(tmp_path / "k.csv", keep_default_na=False),
        "out.tsv": pd.read_csv(tmp_path / "k.tsv", sep="\t", keep_default_na=False),
        "out.jsonl": pd.read_json(tmp_path / "k.jsonl", lines=True),
        "out.parquet": pd.read_parquet(tmp_path / "k.parquet"),
    }
    for fmt, df in read.items():
        got = df[ENTRY].astype({"subcategory": str, "term": str, "negated": bool})
        pd.testing.assert_frame_equal(got, want, obj=fmt)
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    tags = [line.split("\t")[2] if line.count("\t") == 2 else "" for line in lines]
    assert ["negated" in tag.split(", ") for tag in tags] == want["negated"].tolist()


def test_kwic_term_keeps_the_matches_of_one_lexicon_entry(tmp_path, capsys):
    text = ARTICLE_TXT.read_text(encoding="utf-8")
    m = framing.analyze(text).matches
    term = "coerc*"
    want = m[m["term"] == term]
    assert len(want) and want["category"].eq("accusation").all()
    k = framing.kwic([text], term=term)
    assert k["start"].tolist() == want["start"].tolist() and k["term"].eq(term).all()
    assert framing.kwic([text], category="accusation", term=term).equals(k)
    assert main(["-q", "kwic", "--term", term, str(ARTICLE_TXT), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["start"] for r in rows] == want["start"].tolist()
    for argv, message in (
        (["--term", "coerc"], "term 'coerc' is no entry of the lexicon"),
        (["--term", term, "--category", "hedge"], "is no entry of category 'hedge'"),
        (["--term", term, "--category", "scare_quote"], "scare_quote matches have no term"),
        (["--term", term, "--pattern", "x"], "pattern matches have no term"),
        (["--term", term, "--category", "nope"], "unknown category 'nope'"),
        ([], "give --category, --pattern or --term"),
    ):
        assert main(["kwic", *argv, str(ARTICLE_TXT)]) == 2, argv
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, err
    with pytest.raises(framing.InputError, match="term must be a str"):
        framing.kwic([text], term=1)
