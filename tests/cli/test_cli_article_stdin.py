"""``framing profile -`` (and ``report``, ``compare``, ``keyness``) read the article from standard
input as ``framing kwic -`` reads a document: decoded as a file is, by the same title rule, with
the same one-line errors (session 58; ``profile -`` said "-: no such file" before)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from framing.cli import build_parser, main

TEXT = "The West accused Russia of aggression. China may help, critics say."
COPY = "A headline\nPublished: Mar 24, 2022 07:23 PM\n\n" + TEXT + "\n"


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _profile(argv, capsys) -> dict:
    assert main(["-q", "profile", "--format", "json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("title_line", [[], ["--title-line"]])
def test_profile_reads_the_article_from_standard_input(tmp_path, monkeypatch, capsys, title_line):
    data = ("\ufeff" + COPY.replace("\n", "\r\n")).encode()
    art = tmp_path / "a.txt"
    art.write_bytes(data)
    from_file = _profile([*title_line, str(art)], capsys)
    _stdin(monkeypatch, data)
    assert _profile([*title_line, "-"], capsys) == from_file
    assert from_file["accusation_count"] == 1


def test_profile_on_standard_input_names_the_title(monkeypatch, capsys):
    _stdin(monkeypatch, COPY.encode())
    assert main(["profile", "--title-line", "-"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "title: A headline (from the title line)"
    _stdin(monkeypatch, COPY.encode())
    assert main(["profile", "-"]) == 0
    err = capsys.readouterr().err  # copy text read without --title-line: the file's warning
    assert "stdin: line 2 is a 'Published:' line" in err


def test_profile_on_standard_input_takes_the_encoding(monkeypatch, capsys):
    text = "Caf\u00e9 talk: the West accused Russia of aggression."
    _stdin(monkeypatch, text.encode("cp1252"))
    assert main(["-q", "profile", "--format", "json", "-"]) == 2
    assert "stdin: cannot decode byte 0xe9" in capsys.readouterr().err
    _stdin(monkeypatch, text.encode("cp1252"))
    assert _profile(["--encoding", "cp1252", "-"], capsys)["accusation_count"] == 1


BAD = [
    (b"", "stdin: the input is empty or whitespace only; nothing to analyse"),
    (b" \n\t\n", "stdin: the input is empty or whitespace only; nothing to analyse"),
    ("\u00a0\u200b\u00ad\n".encode(), "stdin: the input is empty or whitespace only"),
    (b"ab\x00cd", "stdin: looks like a binary file (NUL bytes), not text"),
    (b"ab\xffcd", "stdin: cannot decode byte 0xff at offset 2 as utf-8-sig; pass --encoding"),
    (b"Only a headline\n", "stdin: article has a title but no body text"),
]


@pytest.mark.parametrize(("data", "message"), BAD)
@pytest.mark.parametrize("command", ["profile", "report"])
def test_bad_standard_input_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, data, message,
                                                   command):  # fmt: skip
    _stdin(monkeypatch, data)
    argv = [command, *(["--title-line"] if b"headline" in data else []), "-"]
    if command == "report":
        argv += ["-o", str(tmp_path / "r.html")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error: " + message) and err.count("\n") == 1, err
    assert not (tmp_path / "r.html").exists()


def test_an_empty_file_gives_the_same_error(tmp_path, capsys):
    (tmp_path / "e.txt").write_text(" \n")
    assert main(["profile", str(tmp_path / "e.txt")]) == 2
    assert "e.txt: the file is empty or whitespace only" in capsys.readouterr().err


def test_report_reads_the_article_from_standard_input(tmp_path, monkeypatch, capsys):
    _stdin(monkeypatch, TEXT.encode())
    out = tmp_path / "r.html"
    assert main(["-q", "report", "-", "-o", str(out)]) == 0
    assert "accused" in out.read_text(encoding="utf-8")


def test_the_article_and_the_corpus_cannot_both_be_standard_input(tmp_path, monkeypatch, capsys):
    for argv in (
        ["compare", "-", "--corpus", "-", "--out", str(tmp_path / "c")],
        ["keyness", "-", "--corpus", "-"],
        ["report", "-", "--corpus", "-", "-o", str(tmp_path / "r.html")],
    ):
        _stdin(monkeypatch, TEXT.encode())
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert "- (standard input) given as both the article and --corpus" in err, argv


@pytest.mark.parametrize("command", ["profile", "report", "compare", "keyness"])
def test_the_help_names_standard_input(command):
    sub = build_parser()._subparsers._group_actions[0].choices[command]
    (article,) = [a for a in sub._actions if a.dest == "article"]
    assert "- for standard input" in article.help
