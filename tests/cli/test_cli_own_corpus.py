"""A user's own corpus (QA pass 4): quirks that were silently misread or crashed.

Each test failed before its fix: a CSV with unquoted commas read with ids made from the text,
one ``--encoding`` misdecoding a UTF-8 article, duplicate ids in score tables, the article left
in its own corpus by the Python API, input columns named like score columns, ``report``
dropping short documents without a word, group labels framing uses itself.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.core.errors import FramingWarning, InputError
from framing.present.compare_summary import _group_sizes
from tests import _workflow as W


@pytest.fixture()
def work(tmp_path):
    art = W.write_article(tmp_path)
    corpus = W.write_corpus(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    return art, corpus, out


def _one_line(capsys, *parts) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and all(p in err[0] for p in parts), err
    return err[0]


@pytest.mark.parametrize(
    "content",
    [
        "doc_id,text\n1,Officials said the talks might resume, although not soon.\n2,Critics "
        "allegedly claimed the sanctions were perhaps illegal, said one.\n",
        "text,group\nOfficials said the talks might resume, although not soon.,a\nFine text.,b\n",
        "doc_id,text\n1,a,b,c\n2,fine text\n",  # only the first row
    ],
)
def test_rows_with_more_fields_than_the_header_are_refused(tmp_path, capsys, content):
    f = tmp_path / "unquoted.csv"
    f.write_text(content)
    assert main(["-q", "score", str(f), "--format", "csv"]) == 2
    _one_line(capsys, "rows have more fields than the header", "in double quotes")
    with pytest.raises(InputError, match="more fields than the header"):
        framing.load_corpus(str(f))


def test_a_column_named_twice_in_the_header_is_refused(tmp_path, capsys):
    f = tmp_path / "twice.csv"
    f.write_text("doc_id,text,doc_id\n1,Some text here.,2\n")
    assert main(["-q", "score", str(f)]) == 2
    _one_line(capsys, "column 'doc_id' appears twice in the header")


def test_a_utf8_article_read_with_the_corpus_encoding_is_named(work, capsys):
    art, corpus, out = work
    text = "Washington’s hegemony — critics said — is perhaps fading. The US may accuse. " * 12
    art.write_text(text, encoding="utf-8")
    cp = out.parent / "cp1252.csv"
    df = pd.read_csv(corpus, dtype=str)
    df["hed"] = df["hed"] + " – ’"  # a cp1252 corpus
    cp.write_bytes(df.to_csv(index=False).encode("cp1252"))
    base = ["-q", "compare", str(art), "--corpus", str(cp), *W.column_args(), "--n-boot", "20"]
    assert main([*base, "--encoding", "cp1252", "--out", str(out / "a")]) == 0
    _one_line(capsys, "harbour-op-ed.txt: read as cp1252, but its non-ASCII bytes are valid UTF-8")
    argv = [*base, "--encoding", "cp1252", "--article-encoding", "utf-8", "--out", str(out / "b")]
    assert main(argv) == 0
    assert capsys.readouterr().err == ""
    tokens = {
        d: pd.read_csv(out / d / "position.csv").query("metric == 'tokens'").article_value.iloc[0]
        for d in ("a", "b")
    }
    assert tokens["b"] == framing.analyze(text).metrics["tokens"] != tokens["a"]


def test_duplicate_ids_in_a_score_table_are_refused(work, capsys):
    art, corpus, out = work
    assert main(["-q", "score", str(corpus), *W.column_args(), "--keep", "group",
                 "--out", str(out / "s.csv")]) == 0  # fmt: skip
    table = pd.read_csv(out / "s.csv", dtype={"doc_id": str})
    doubled = pd.concat([table, table])
    doubled.to_csv(out / "dup.csv", index=False)
    assert main(["-q", "compare", str(art), "--corpus", str(out / "dup.csv"),
                 "--out", str(out / "c")]) == 2  # fmt: skip
    _one_line(capsys, "a table of scores): duplicate id 'world-00'")
    with pytest.raises(InputError, match="duplicate id 'world-00'"):
        framing.compare_article(str(art), doubled.drop(columns=[]), n_boot=10)


def test_the_api_leaves_the_article_out_of_its_corpus_as_the_cli_does(work):
    art, corpus, _ = work
    df = pd.read_csv(corpus, dtype=str)
    df.loc[len(df)] = ["self", W.ARTICLE, "world", "2022-05-10", "self"]
    read = dict(text_col="body", id_col="item", group_col="desk", n_boot=20)
    with pytest.warns(FramingWarning, match=r"left out 1 corpus document\(s\) with the article's"):
        t = framing.compare_article(str(art), df, **read)
    assert "self" not in set(t["neighbours"]["doc_id"])
    with warnings.catch_warnings():
        warnings.simplefilter("error", FramingWarning)  # none without the article's text
        base = framing.compare_article(str(art), df.iloc[:-1], **read)
    pd.testing.assert_frame_equal(t["position"], base["position"])


def test_corpus_columns_named_like_score_columns(work, capsys):
    art, corpus, out = work
    df = pd.read_csv(corpus, dtype=str).assign(tokens="x", hedge_per_1k="9")
    df.to_csv(out / "m.csv", index=False)
    base = ["-q", "compare", str(art), "--corpus", str(out / "m.csv"), *W.column_args()]
    for col in ("tokens", "hedge_per_1k"):
        assert main([*base, "--by", col, "--out", str(out / col)]) == 2
        _one_line(capsys, f"the corpus column {col!r} has the name of a score column")
    argv = ["-q", "score", str(out / "m.csv"), *W.column_args(), "--keep", "tokens"]
    assert main(argv) == 2
    _one_line(capsys, "cannot keep column 'tokens'")


def test_report_counts_short_documents_and_refuses_a_corpus_of_only_short_ones(work, capsys):
    art, corpus, out = work
    df = pd.read_csv(corpus, dtype=str)
    df.loc[::2, "body"] = "A short note."
    df.to_csv(out / "mixed.csv", index=False)
    base = ["-q", "report", str(art), *W.column_args()]
    assert main([*base, "--corpus", str(out / "mixed.csv"), "--out", str(out / "r.html")]) == 0
    n = len(df)
    _one_line(capsys, f"left out {(n + 1) // 2} of {n} corpus documents under 100 words")
    assert (
        f"({n // 2} documents; {(n + 1) // 2} under 100 words left out)"
        in (out / "r.html").read_text()
    )
    df["body"] = "A short note."
    df.to_csv(out / "short.csv", index=False)
    assert main([*base, "--corpus", str(out / "short.csv"), "--out", str(out / "s.html")]) == 2
    _one_line(capsys, "no corpus document has at least 100 words")
    assert not (out / "s.html").exists()
    argv = [*base, "--corpus", str(out / "short.csv"), "--out", str(out / "t.html")]
    assert main([*argv, "--min-tokens", "2"]) == 0


@pytest.mark.parametrize("label", ["(all)", "(missing)", "(article)"])
def test_group_labels_framing_uses_itself_are_refused(work, capsys, label):
    art, corpus, out = work
    df = pd.read_csv(corpus, dtype=str)
    df.loc[:5, "desk"] = label
    df.to_csv(out / "l.csv", index=False)
    argv = ["-q", "compare", str(art), "--corpus", str(out / "l.csv"), *W.column_args(),
            "--out", str(out / "c")]  # fmt: skip
    assert main(argv) == 2
    _one_line(capsys, f"group label {label!r} in column 'group' is one framing uses itself")


def test_the_summary_names_an_unlabelled_single_group():
    groups = pd.DataFrame({"group": ["(missing)"], "n": [40], "excluded_reason": ["unlabelled"]})
    text = _group_sizes({"groups": groups}, min_group_size=5)
    assert text.startswith("1 group of 40 documents, unlabelled.") and "1 is flagged" in text


def test_unlabelled_documents_are_not_counted_as_a_group_below_the_minimum_size():
    groups = pd.DataFrame({"group": ["(missing)", "a", "b", "c", "d"], "n": [14, 13, 10, 1, 4],
                           "excluded_reason": ["unlabelled", "", "", "too small", "too small"]})  # fmt: skip
    text = _group_sizes({"groups": groups}, min_group_size=5)
    assert "Most groups are below the minimum size" not in text  # was: 3 flagged of 5
    assert "3 are flagged (too small or unlabelled): they keep their rows" in text
    one = _group_sizes({"groups": groups.iloc[:3]}, min_group_size=5)
    assert "1 is flagged (too small or unlabelled): it keeps its row in groups.csv" in one
    assert "but is not ranked or tested" in one  # was: they keep their rows ... are not


def test_score_tables_in_tsv_and_jsonl_compare_as_csv(work):
    art, corpus, out = work
    for ext in ("csv", "tsv", "jsonl"):
        assert main(["-q", "score", str(corpus), *W.column_args(), "--keep", "group",
                     "--out", str(out / f"s.{ext}")]) == 0  # fmt: skip
        assert main(["-q", "compare", str(art), "--corpus", str(out / f"s.{ext}"),
                     "--n-boot", "20", "--out", str(out / ext)]) == 0  # fmt: skip
    first = (out / "csv" / "position.csv").read_bytes()
    assert (out / "tsv" / "position.csv").read_bytes() == first
    assert (out / "jsonl" / "position.csv").read_bytes() == first  # floats read exactly
    assert "\t" in (out / "s.tsv").read_text().splitlines()[0]


def test_metadata_rows_that_match_no_file_and_files_without_a_row_are_named(tmp_path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in (1, 2, 3):
        (folder / f"d{i}.txt").write_text(f"Officials said the talks might resume. Note {i}.")
    (folder / "metadata.csv").write_text("file,group\nd1.txt,a\nd2,b\nD3.txt,c\nmissing.txt,z\n")
    assert main(["-q", "score", str(folder), "--keep", "group", "--format", "csv"]) == 0
    out = capsys.readouterr()
    assert [r.split(",")[:2] for r in out.out.splitlines()[1:4]] == [
        ["d1", "a"],
        ["d2", "b"],
        ["d3", ""],
    ]
    assert out.err.strip() == (
        "framing: warning: metadata.csv: 1 file(s) have no row (d3.txt); 2 row(s) match no "
        "file (D3.txt, missing.txt) (names compare as written, case included); those files get "
        "no metadata"
    )


def test_summary_escapes_labels_that_would_break_markdown(work):
    art, corpus, out = work
    df = pd.read_csv(corpus, dtype=str)
    df["desk"] = df["desk"].map({"world": "BBC | World", "business": "RT*News*", "culture": "<b>x"})
    df.to_csv(out / "p.csv", index=False)
    argv = ["-q", "compare", str(art), "--corpus", str(out / "p.csv"), *W.column_args(),
            "--n-boot", "20", "--out", str(out / "c")]  # fmt: skip
    assert main(argv) == 0
    md = (out / "c" / "summary.md").read_text()
    assert "BBC \\| World" in md and "RT\\*News\\*" in md and "&lt;b&gt;x" in md
    assert "<b>" not in md
    for line in md.splitlines():
        if line.startswith("| BBC"):  # a table row keeps its column count
            header = next(x for x in md.splitlines() if x.startswith("| group"))
            assert line.count(" | ") == header.count(" | ")


def test_by_may_name_the_group_column_as_the_input_calls_it(work):
    art, corpus, out = work
    argv = ["-q", "compare", str(art), "--corpus", str(corpus), *W.column_args(),
            "--n-boot", "20"]  # fmt: skip
    assert main([*argv, "--by", W.COLUMNS["group"], "--out", str(out / "a")]) == 0
    assert main([*argv, "--out", str(out / "b")]) == 0
    assert (out / "a" / "groups.csv").read_bytes() == (out / "b" / "groups.csv").read_bytes()


def test_a_score_table_without_attribution_says_why_there_is_no_voice_table(work):
    art, corpus, out = work
    assert main(["-q", "score", str(corpus), *W.column_args(), "--keep", "group",
                 "--no-attribution", "--out", str(out / "na.parquet")]) == 0  # fmt: skip
    argv = ["-q", "compare", str(art), "--corpus", str(out / "na.parquet"), "--n-boot", "20",
            "--out", str(out / "c")]  # fmt: skip
    assert main(argv) == 0
    assert (
        "made without attribution, `framing score --no-attribution`"
        in (out / "c" / "summary.md").read_text()
    )


def test_group_labels_that_differ_only_in_spaces_are_named(work, capsys):
    art, corpus, out = work
    df = pd.read_csv(corpus, dtype=str)
    df.loc[df["desk"] == "culture", "desk"] = "world "
    df.to_csv(out / "s.csv", index=False)
    argv = ["-q", "compare", str(art), "--corpus", str(out / "s.csv"), *W.column_args(),
            "--n-boot", "20", "--out", str(out / "c")]  # fmt: skip
    assert main(argv) == 0
    _one_line(capsys, "group labels 'world', 'world ' in column 'group' differ only in spaces")


def test_the_summary_says_why_the_same_length_column_is_empty(work):
    art, corpus, out = work
    df = pd.read_csv(corpus, dtype=str)
    df["body"] = df["body"].str.split(". ").str[:9].str.join(". ")  # ~100+ words, under 583
    df.to_csv(out / "short.csv", index=False)
    argv = ["-q", "compare", str(art), "--corpus", str(out / "short.csv"), *W.column_args(),
            "--n-boot", "20", "--min-tokens", "5", "--out", str(out / "c")]  # fmt: skip
    assert main(argv) == 0
    lm = pd.read_csv(out / "c" / "length_matched.csv")
    assert (lm["n_units"] == 0).all()
    md = (out / "c" / "summary.md").read_text()
    assert "The same-length column is empty: no corpus document gives a unit of the article's" in md
    assert "documents are shorter)" in md
    assert "one per corpus document long enough" in md  # was: "every same-length excerpt"


def test_a_corpus_of_only_the_article_is_one_error(work, capsys):
    art, _, out = work
    pd.DataFrame({"doc_id": ["a", "b"], "text": [W.ARTICLE, W.ARTICLE]}).to_csv(
        out / "self.csv", index=False
    )
    argv = ["-q", "compare", str(art), "--corpus", str(out / "self.csv"), "--out", str(out / "c")]
    assert main(argv) == 2
    _one_line(capsys, "all 2 corpus documents have the article's own text; nothing to compare")
    with pytest.raises(InputError, match="nothing to compare with"):
        framing.compare_article(str(art), str(out / "self.csv"))


def test_drop_repeats_counts_a_sentence_a_document_prints_twice_once(work, capsys):
    art, _, out = work
    pool = [x.strip() + "." for x in W.ARTICLE.replace("\n", " ").split(". ") if x.strip()]
    pool = list(dict.fromkeys(pool + W.NEUTRAL))  # distinct sentences
    texts = [" ".join(pool[i : i + 14] + pool[: max(0, i + 14 - len(pool))]) for i in range(12)]
    gallery = " Officials said the strikes would continue through the whole of the coming week."
    clean = pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "group": list("ab") * 6})
    clean["text"] = [t + (gallery if i < 4 else "") for i, t in enumerate(texts)]
    clean.to_csv(out / "clean.csv", index=False)
    doubled = clean.assign(
        text=[t + (gallery * 2 if i < 4 else "") for i, t in enumerate(clean.text)]
    )
    doubled.to_csv(out / "g.csv", index=False)
    base = ["-q", "compare", str(art), "--n-boot", "20", "--min-group-size", "2"]
    argv = [*base, "--corpus", str(out / "g.csv"), "--drop-repeats", "--out", str(out / "a")]
    assert main(argv) == 0
    err = capsys.readouterr().err
    n = len(gallery.split())
    assert f"note: --drop-repeats left out 8 repeated sentences, {8 * n} words" in err
    assert "in 4 document(s)" in err
    assert main([*base, "--corpus", str(out / "clean.csv"), "--out", str(out / "b")]) == 0
    for name in ("position.csv", "groups.csv"):
        assert (out / "a" / name).read_bytes() == (out / "b" / name).read_bytes()


def test_jsonl_ids_and_floats_do_not_depend_on_the_chunk(tmp_path, capsys):
    """JSON ids mixing integers and floats kept as written (were 1.0 read whole and 1 in a chunk
    of their own); floats read exactly in chunks too (were 0.12345678901234501 with --chunk-size)."""
    src = tmp_path / "c.jsonl"
    src.write_text(
        '{"id": 1, "x": 0.1234567890123456789, "text": "The West accused China of lies."}\r\n\r\n'
        '{"id": 2.5, "x": 0.30000000000000004, "text": "Russia condemned the US."}\n'
        '{"id": "abc", "x": 3, "text": "It may rain."}\n'
    )
    got = []
    for extra in ([], ["--chunk-size", "1"], ["--chunk-size", "2"]):
        out = tmp_path / f"s{len(got)}.csv"
        args = ["-q", "score", str(src), "--id-col", "id", "--keep", "x", "--out", str(out)]
        assert main([*args, *extra]) == 0
        got.append(pd.read_csv(out, dtype=str)[["doc_id", "x"]].values.tolist())
    assert got[0] == [["1", "0.12345678901234568"], ["2.5", "0.30000000000000004"], ["abc", "3"]]
    assert got[1] == got[2] == got[0]
    assert framing.load_corpus(src, id_col="id")["doc_id"].tolist() == ["1", "2.5", "abc"]


def test_a_score_csv_read_back_keeps_labels_a_spreadsheet_would_run(work):
    art, corpus, out = work
    df = pd.read_csv(corpus, dtype=str)
    df[W.COLUMNS["group"]] = df[W.COLUMNS["group"]].replace({"world": "-1", "business": "=b"})
    df.to_csv(out / "signs.csv", index=False)
    cols = W.column_args()
    assert main(["-q", "score", str(out / "signs.csv"), *cols, "--keep", "group",
                 "--out", str(out / "s.csv")]) == 0  # fmt: skip
    assert "'-1" in (out / "s.csv").read_text()  # neutralised for spreadsheets, as documented
    for name, src, extra in (("docs", out / "signs.csv", cols), ("scores", out / "s.csv", [])):
        argv = ["-q", "compare", str(art), "--corpus", str(src), *extra, "--n-boot", "20",
                "--out", str(out / name)]  # fmt: skip
        assert main(argv) == 0
    md = (out / "scores" / "summary.md").read_text()
    assert "Compared: -1 (8), =b (8)" in md  # was: '-1 (8), '=b (8): the quote read as the label
    for table in ("groups", "pairwise", "voice", "documents"):
        same = (out / "docs" / f"{table}.csv").read_bytes() == (
            out / "scores" / f"{table}.csv"
        ).read_bytes()
        assert same, table
