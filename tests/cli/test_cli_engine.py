import json
from pathlib import Path

import pandas as pd

from framing.cli import main
from tests._lex import write_lexicon


def test_profile_json(article_path, capsys):
    assert main(["--quiet", "profile", str(article_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scare_quote_count"] == 4 and data["tokens"] > 500


def test_profile_table_prints_each_categorys_audited_precision(article_path, capsys):
    from framing.present.tables import with_precision

    for genre in ("official", "news"):
        assert main(["--quiet", "profile", str(article_path), "--precision", genre]) == 0
        lines = capsys.readouterr().out.splitlines()
        row = {x.split()[0]: x for x in lines[1:-1]}
        audited = with_precision(
            pd.DataFrame({"category": ["scare_quote", "hedge"]}), genre=genre
        ).set_index("category")
        for cat in ("scare_quote", "hedge"):  # the count, then the audit's own phrase
            assert row[f"{cat}_count"].split()[1].isdigit()
            assert row[f"{cat}_count"].endswith(audited.loc[cat, "precision_note"])
        assert row["scare_quote_count"].endswith("exploratory")  # below 0.80 in both genres
        assert "precision" not in row["scare_quote_per_1k"] + row["vague_source_count"]
        assert lines[-1].startswith("(precision audited on")
    assert main(["--quiet", "profile", str(article_path), "--format", "csv"]) == 0
    assert "precision" not in capsys.readouterr().out  # the machine formats keep metric, value


def test_score_csv_and_refuse(tmp_path, article_path, capsys):
    lex = write_lexicon(tmp_path)
    out = tmp_path / "s.csv"
    args = [
        "--quiet",
        "score",
        str(article_path),
        "--out",
        str(out),
        "--lexicon",
        str(lex / "hedge.yaml"),
    ]
    assert main(args) == 0
    df = pd.read_csv(out)
    assert len(df) == 1 and "hedge_count" in df.columns
    assert main(args) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(args + ["--force"]) == 0


def test_kwic(tmp_path, article_path, capsys):
    assert main(["kwic", "--pattern", "hegemon", str(article_path)]) == 0
    assert "[hegemon]" in capsys.readouterr().out


def test_kwic_home_col(tmp_path, capsys):
    table = tmp_path / "heads.csv"
    table.write_text("doc_id,text,country\na,Spokesperson denounces the lies of Washington,China\n")
    assert main(["kwic", "--category", "accusation", "--home-col", "country", str(table)]) == 0
    assert "source=china" in capsys.readouterr().out
    assert main(["kwic", "--category", "accusation", "--home-col", "nope", str(table)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no home column 'nope'" in err[0]


def test_lexicon_check_bad(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nlabel: X\ndefinition: d\nkind: frame\nentries:\n  - regex: '(a+)+'\n")
    assert main(["lexicon", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:6:" in err


def test_lexicon_list_and_show_take_the_users_files(tmp_path, capsys):
    mine = tmp_path / "sanctions.yaml"
    mine.write_text(
        "id: sanctions\nlabel: Sanctions\ndefinition: d\nkind: frame\nentries:\n"
        "  - glob: sanction*\n"
    )
    ext = tmp_path / "more-hedges.yaml"
    ext.write_text(
        "id: hedge\nlabel: H\ndefinition: d\nkind: stance\nentries:\n  - term: more or less\n"
    )
    args = ["--lexicon", str(mine), "--lexicon", str(ext)]
    assert main(["lexicon", "list", *args]) == 0
    rows = {r.split("\t")[0]: r for r in capsys.readouterr().out.splitlines()}
    assert rows["sanctions"] == "sanctions\tframe\t1 entries\tSanctions  (sanctions.yaml)"
    assert rows["hedge"].endswith("  (more-hedges.yaml)")
    assert main(["lexicon", "show", "hedge", *args]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "  term  more or less  (more-hedges.yaml)"
    assert not out[-2].endswith(".yaml)")  # a built-in entry names no file
    assert main(["lexicon", "show", "sanctions"]) == 2  # without the file: unknown
    assert "unknown category 'sanctions'" in capsys.readouterr().err


def test_lexicon_show_path_names_the_file_to_copy(tmp_path, capsys):
    """docs/tutorial.md: copy the built-in file, edit an entry, add replace: true."""
    import framing

    assert main(["lexicon", "show", "hedge", "--path"]) == 0
    builtin = capsys.readouterr().out.strip()
    text = Path(builtin).read_text(encoding="utf-8")
    assert "  - term: might\n" in text
    copy = tmp_path / "hedge-copy.yaml"
    copy.write_text(text.replace("  - term: might\n", "  - term: mightily\n") + "replace: true\n")
    assert main(["lexicon", "show", "hedge", "--path", "--lexicon", str(copy)]) == 0
    assert capsys.readouterr().out.strip() == str(copy)  # replaced: only the copy
    assert main(["lexicon", "check", str(copy)]) == 0
    assert framing.analyze("It might rain.").metrics["hedge_count"] == 1
    assert framing.analyze("It might rain.", lexicon=str(copy)).metrics["hedge_count"] == 0


def test_bad_input_one_line(tmp_path, capsys):
    f = tmp_path / "x.xlsx"
    f.write_text("x")
    assert main(["score", str(f), "--out", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unsupported file type" in err[0]


def test_plain_txt_keeps_its_first_line(tmp_path, capsys):
    doc = tmp_path / "plain.txt"
    doc.write_text("The West accused us.\nSecond line.\n")
    out = tmp_path / "o.csv"
    assert main(["--quiet", "score", str(doc), "--out", str(out)]) == 0
    import pandas as pd

    row = pd.read_csv(out).iloc[0]
    assert row["doc_id"] == "plain" and row["tokens"] == 6


def test_score_no_attribution(tmp_path, article_path):
    outs = {}
    for flag in ([], ["--no-attribution"], ["--no-attribution", "--chunk-size", "1"]):
        out = tmp_path / f"s{len(flag)}.csv"
        assert main(["--quiet", "score", str(article_path), "--out", str(out), *flag]) == 0
        outs[len(flag)] = pd.read_csv(out)
    full, off = outs[0], outs[1]
    gone = [c for c in full if c not in off]
    assert gone and all("_author_" in c or "_targeted_" in c or "vague_source" in c for c in gone)
    pd.testing.assert_frame_equal(off, full.drop(columns=gone))
    pd.testing.assert_frame_equal(outs[3], off)  # streamed: the same table
