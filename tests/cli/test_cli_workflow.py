"""The analyst's workflow from the shell: one input model, one output model, one title rule."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pandas as pd
import pytest

from framing.cli import main
from tests import _workflow as W


@pytest.fixture()
def work(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_CORPORA_DIR", str(tmp_path / "corpora"))
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path / "data"))
    art = W.write_article(tmp_path)
    corpus = W.write_corpus(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    return art, corpus, out


def _argv(command: str, art, corpus, out) -> list[str]:
    cols = W.column_args()
    return {
        "score": ["score", str(corpus), *cols, "--out", str(out / "s.parquet"), "--keep", "group,date"],
        "kwic": ["kwic", "--category", "west_us", str(corpus), *cols, "--out", str(out / "k.jsonl")],
        "compare": ["compare", str(art), "--corpus", str(corpus), *cols, "--out", str(out / "cmp"),
                    "--n-boot", "20", "--min-group-size", "2", "--neighbours", "3"],
        "keyness": ["keyness", str(art), "--corpus", str(corpus), *cols, "--out", str(out / "kw.parquet")],
        "report": ["report", str(art), "--corpus", str(corpus), *cols, "--out", str(out / "r.html")],
    }[command]  # fmt: skip


@pytest.mark.parametrize("command", ["score", "kwic", "compare", "keyness", "report"])
def test_csv_with_other_column_names_works_everywhere(work, capsys, command):
    art, corpus, out = work
    assert main(["-q", *_argv(command, art, corpus, out)]) == 0, capsys.readouterr().err
    if command == "score":
        df = pd.read_parquet(out / "s.parquet")
        assert list(df.columns[:3]) == ["doc_id", "group", "date"]
        assert df["doc_id"].iloc[0] == "world-00" and set(df["group"]) == {
            "world",
            "business",
            "culture",
        }
        assert pd.api.types.is_datetime64_any_dtype(df["date"])
    elif command == "kwic":
        rows = [json.loads(x) for x in (out / "k.jsonl").read_text().splitlines()]
        assert rows and set(rows[0]) == {
            "doc_id", "category", "left", "matched_text", "right", "start", "end", "sentence",
            "voice", "source", "target", "subcategory", "term", "negated",
        }  # fmt: skip
    elif command == "compare":
        groups = pd.read_csv(out / "cmp" / "groups.csv")
        assert set(groups["group"]) == {"world", "business", "culture"}
    elif command == "keyness":
        df = pd.read_parquet(out / "kw.parquet")  # really Parquet, not CSV named .parquet
        assert {"term", "count_target", "count_reference", "z"} <= set(df.columns)
    else:
        html = (out / "r.html").read_text()
        assert "desk-corpus.csv" in html and "Median per 1k" in html


def test_the_same_table_on_screen_in_files_and_in_python(work, capsys):
    art, corpus, out = work
    assert main(["kwic", "--category", "accusation", str(art), "--format", "csv"]) == 0
    screen = pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))
    assert main(["kwic", "--category", "accusation", str(art), "--out", str(out / "k.csv")]) == 0
    import framing

    python = framing.kwic(str(art), category="accusation")
    assert list(screen.columns) == list(pd.read_csv(out / "k.csv").columns) == list(python.columns)
    assert screen["matched_text"].tolist() == python["matched_text"].tolist()
    assert "matched_text" in framing.analyze(W.ARTICLE).matches.columns


@pytest.mark.parametrize(
    "command",
    [
        ["score", "{art}", "--out", "{out}/x.xlsx"],
        ["kwic", "--category", "hedge", "{art}", "--out", "{out}/x.txt"],
        ["keyness", "{art}", "--corpus", "{corpus}", "--out", "{out}/x.xls"],
        ["profile", "{art}", "--out", "{out}/x"],
        ["validate", "--no-audit", "--out", "{out}/x.feather"],
    ],
    ids=["score", "kwic", "keyness", "profile", "validate"],
)
def test_unknown_output_extension_is_one_line_exit_2_nothing_written(work, capsys, command):
    art, corpus, out = work
    argv = [a.format(art=art, corpus=corpus, out=out) for a in command]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown output type" in err[0], err
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["score", "{corpus}", "--text-col", "nope", "--out", "{out}/s.csv"], "no text column 'nope'"),
        (["compare", "{art}", "--corpus", "{corpus}", "--text-col", "body", "--group-col", "nope",
          "--out", "{out}/cmp"], "no group column 'nope'"),
        (["keyness", "{art}", "--corpus", "no-such-dataset", "--out", "{out}/k.csv"],
         "not a dataset name"),
        (["report", "{art}", "--corpus", "no-such-dataset", "--out", "{out}/r.html"],
         "not a dataset name"),
        (["compare", "{art}", "--corpus", "{scores}", "--out", "{out}/cmp", "--lexicon", "{lex}"],
         "different lexicons"),
        (["report", "{art}", "--corpus", "{scores}", "--out", "{out}/r.html", "--lexicon", "{lex}"],
         "different lexicons"),
    ],
    ids=["missing-text-col", "missing-group-col", "unknown-dataset", "report-unknown-dataset",
         "lexicon-mismatch", "report-lexicon-mismatch"],
)  # fmt: skip
def test_bad_input_is_one_line_exit_2_nothing_written(work, tmp_path, capsys, argv, message):
    art, corpus, out = work
    scores = tmp_path / "scores.parquet"  # records its lexicon: no warning line
    assert main(["-q", "score", str(corpus), *W.column_args(), "--keep", "group", "--out", str(scores)]) == 0  # fmt: skip
    lex = tmp_path / "mine.yaml"
    lex.write_text(
        "id: sanction\nlabel: Sanctions\ndefinition: d\nkind: frame\nentries:\n  - glob: sanction*\n"
    )
    capsys.readouterr()
    argv = [a.format(art=art, corpus=corpus, out=out, scores=scores, lex=lex) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert list(out.iterdir()) == []


def test_compare_takes_a_score_table_made_with_the_same_lexicon(work, tmp_path, capsys):
    art, corpus, out = work
    scores = tmp_path / "scores.parquet"
    assert main(["-q", "score", str(corpus), *W.column_args(), "--keep", "group", "--out", str(scores)]) == 0  # fmt: skip
    argv = ["-q", "compare", str(art), "--corpus", str(scores), "--out", str(out / "a"),
            "--n-boot", "20", "--min-group-size", "2", "--neighbours", "3"]  # fmt: skip
    assert main(argv) == 0, capsys.readouterr().err
    direct = ["-q", "compare", str(art), "--corpus", str(corpus), *W.column_args(),
              "--out", str(out / "b"), "--n-boot", "20", "--min-group-size", "2",
              "--neighbours", "3"]  # fmt: skip
    assert main(direct) == 0
    for name in ("position.csv", "groups.csv", "pairwise.csv"):
        assert (out / "a" / name).read_text() == (out / "b" / name).read_text()


def test_report_takes_a_score_table_as_compare_does(work, tmp_path, capsys):
    art, corpus, out = work
    scores = tmp_path / "scores.csv"
    assert main(["-q", "score", str(corpus), *W.column_args(), "--out", str(scores)]) == 0
    pages = {}
    for name, source, extra in (("a", scores, []), ("b", corpus, W.column_args())):
        argv = ["-q", "report", str(art), "--corpus", str(source), *extra,
                "--out", str(out / f"{name}.html")]  # fmt: skip
        assert main(argv) == 0, capsys.readouterr().err
        page = (out / f"{name}.html").read_text().replace(str(source), "CORPUS")
        pages[name] = re.sub(r"base64,[A-Za-z0-9+/=]+", "PNG", page)  # charts name the path
    assert "Median per 1k in CORPUS" in pages["a"]
    assert pages["a"] == pages["b"]  # the same medians and percentiles, scored or read


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_and_debug_before_or_after_the_subcommand(work, capsys, where):
    art, _, out = work
    args = ["score", str(art), "--out", str(out / "s.csv")]
    argv = ["-q", "--debug", *args] if where == "before" else [*args, "-q", "--debug"]
    assert main(argv) == 0
    assert capsys.readouterr().err == ""
    assert main(["data", "list", "-q"]) == 0


def test_python_dash_m_framing():
    r = subprocess.run(
        [sys.executable, "-m", "framing", "--version"], capture_output=True, text=True
    )
    assert r.returncode == 0 and r.stdout.startswith("framing ")


# ----------------------------------------------------------------------------- title rule
def test_profile_keeps_the_first_paragraph_and_says_there_is_no_title(work, capsys):
    art, _, _ = work
    assert main(["profile", str(art)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("title: (none")
    tokens = int(next(x for x in out if x.startswith("tokens")).split()[1])
    assert tokens == len(__import__("re").findall(r"\w+(?:[-'’.]\w+)*", W.ARTICLE)) or tokens > 290


@pytest.mark.parametrize("command", ["profile", "score", "kwic", "keyness", "compare", "report"])
def test_a_raw_txt_is_read_the_same_way_by_every_command(work, tmp_path, capsys, command):
    """Every command analyses the whole file: the first paragraph's hedges are counted."""
    art, corpus, out = work
    first = W.ARTICLE.split("\n\n")[0]
    only = tmp_path / "first.txt"
    only.write_text(first + "\n\nA second paragraph without any category term in it.\n")
    assert main(["-q", "profile", str(only), "--format", "json"]) == 0
    expected = json.loads(capsys.readouterr().out)["hedge_count"]
    assert expected >= 2  # "may", "suggest"
    if command == "profile":
        return
    if command == "score":
        assert main(["-q", "score", str(only), "--out", str(out / "s.csv")]) == 0
        assert pd.read_csv(out / "s.csv")["hedge_count"].iloc[0] == expected
    elif command == "kwic":
        assert main(["-q", "kwic", "--category", "hedge", str(only), "--format", "csv"]) == 0
        assert len(pd.read_csv(__import__("io").StringIO(capsys.readouterr().out))) == expected
    elif command == "keyness":
        argv = ["-q", "keyness", str(only), "--corpus", str(corpus), *W.column_args(),
                "--out", str(out / "k.csv"), "--min-count", "1"]  # fmt: skip
        assert main(argv) == 0
        assert "sanctions" in set(pd.read_csv(out / "k.csv")["term"])  # first paragraph's word
    elif command == "compare":
        argv = ["-q", "compare", str(only), "--corpus", str(corpus), *W.column_args(),
                "--out", str(out / "c"), "--n-boot", "20", "--min-group-size", "2"]  # fmt: skip
        assert main(argv) == 0
        iv = pd.read_csv(out / "c" / "intervals.csv")
        assert iv.loc[iv["category"] == "hedge", "count"].iloc[0] == expected
    else:
        assert main(["-q", "report", str(only), "--out", str(out / "r.html")]) == 0
        assert "The sanctions debate" in (out / "r.html").read_text()


def test_report_precision_option(work, tmp_path, capsys):
    art, _, _ = work
    for genre in ("news", "official"):
        out = tmp_path / f"{genre}.html"
        assert main(["-q", "report", str(art), "--out", str(out), "--precision", genre]) == 0
        assert f"Audited precision (precision audited on {genre}" in out.read_text()
    with pytest.raises(SystemExit) as exc:  # argparse's one-line usage error, exit code 2
        main(["-q", "report", str(art), "--out", str(tmp_path / "x.html"), "--precision", "x"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "--precision" in err and "invalid choice" in err and not (tmp_path / "x.html").exists()


def test_title_line_and_meta_are_explicit(work, tmp_path, capsys):
    art, _, _ = work
    assert main(["profile", str(art), "--title-line"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("title: The sanctions debate") and "title line" in first
    meta = W.write_meta(tmp_path)
    assert main(["profile", str(art), "--meta", str(meta), "--format", "csv"]) == 0
    err = capsys.readouterr().err
    assert "(none" in err  # metadata without a headline: still no title, whole text
    copy = tmp_path / "copy.txt"
    copy.write_text("Headline\nPublished: May 10, 2022\n\n" + W.ARTICLE)
    assert main(["profile", str(copy), "--format", "json"]) == 0
    assert "pass --title-line" in capsys.readouterr().err


# ----------------------------------------------------------------------------- data add
def test_data_add_registers_a_corpus_usable_by_name(work, tmp_path, capsys):
    art, corpus, out = work
    assert main(["-q", "data", "add", "desk", str(corpus), *W.column_args()]) == 0
    stored = list((tmp_path / "corpora" / "desk").iterdir())
    assert sorted(p.name for p in stored) == ["corpus.parquet", "corpus.yaml", "hashes.json"]
    assert main(["data", "info", "desk"]) == 0
    info = capsys.readouterr().out
    assert "documents:   24 (3 groups, 24 dated)" in info and "unchanged" in info
    assert main(["-q", "score", "desk", "--keep", "group", "--out", str(out / "s.csv")]) == 0
    argv = ["-q", "compare", str(art), "--corpus", "desk", "--out", str(out / "c"),
            "--n-boot", "20", "--min-group-size", "2", "--neighbours", "3"]  # fmt: skip
    assert main(argv) == 0
    assert main(["-q", "kwic", "--category", "west_us", "desk", "--format", "csv"]) == 0
    assert "world-" in capsys.readouterr().out
    # the source changes: the registered corpus does not, and info says so
    corpus.write_text(corpus.read_text() + "extra,Text.,world,2022-05-01,x\n")
    assert main(["data", "info", "desk"]) == 0
    assert "changed since it was added" in capsys.readouterr().out
    assert main(["data", "add", "desk", str(corpus)]) == 2  # exists: --force needed
    assert main(["data", "add", "ungd-2022", str(corpus)]) == 2  # a registry name
    assert main(["data", "add", "Bad Name", str(corpus)]) == 2
    assert main(["-q", "data", "remove", "desk"]) == 0
    assert main(["-q", "score", "desk", "--out", str(out / "t.csv")]) == 2
    assert not (out / "t.csv").exists()


# ----------------------------------------------------------------------------- lexicon import
DIC = """%
1\tposemo\t(positive emotion)
2\tnegemo
3\tHedge Words
%
happy\t1
hate*\t2
kind of\t1 3
maybe\t3
maybe\t3
:)\t1
like\t02 134/125(02 131)53
worry*\t2 9
"""


def test_lexicon_import_dic(tmp_path, capsys):
    dic = tmp_path / "mini.dic"
    dic.write_text(DIC)
    out = tmp_path / "lex"
    assert main(["lexicon", "import", str(dic), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == ["hedge_words.yaml", "negemo.yaml", "posemo.yaml"]
    assert "mini.dic:11: skipped: ':)' has no letter" in err
    assert "mini.dic:12: skipped: conditional" in err
    assert "category 9 is not in the header" in err
    assert "lexicon check: ok" in err
    assert main(["lexicon", "check", *map(str, out.glob("*.yaml"))]) == 0
    text = "The outcome is kind of unclear, maybe. I hate that. Happy hateful days."
    import framing

    m = framing.analyze(text, lexicon=out).metrics
    assert (m["posemo_count"], m["negemo_count"], m["hedge_words_count"]) == (2, 2, 2)
    assert main(["lexicon", "import", str(dic), "--out", str(out)]) == 2  # exists


@pytest.mark.parametrize(
    ("dic", "message"),
    [
        ("word\t1\n", "not a .dic file"),
        ("%\n1\thedge\n%\nmaybe\t1\n", "built-in category"),
        ("%\n1\tcat1\n2\tcat2\n%\nx\t1\ny\t2\n", "both become id 'cat'"),
        ("%\nx\tname\n%\n", "NUMBER<TAB>NAME"),
    ],
    ids=["no-header", "builtin-id", "same-id", "bad-header"],
)
def test_lexicon_import_refuses_bad_dic(tmp_path, capsys, dic, message):
    f = tmp_path / "bad.dic"
    f.write_text(dic)
    assert main(["lexicon", "import", str(f), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert not (tmp_path / "o").exists()


def test_precision_choices_are_the_audits_genres():
    from framing.cli import build_parser
    from framing.stats.validation import PRECISION_GENRES

    sub = next(a for a in build_parser()._actions if a.dest == "command" or a.choices)
    for command in ("compare", "report"):
        opt = next(a for a in sub.choices[command]._actions if a.dest == "precision")
        assert sorted(opt.choices) == sorted(PRECISION_GENRES) and opt.default == "official"
