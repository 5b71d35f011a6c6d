"""Bring-your-own corpora: folders, CSV, JSONL, Parquet, encodings, validation."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.core.errors import FramingWarning, InputError
from framing.data import corpus
from framing.data.datasets import SCHEMA


def test_txt_folder_with_metadata(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First text.", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_bytes("\ufeffThird — text.".encode())
    (tmp_path / "metadata.csv").write_text(
        "file,group,date,title\na.txt,G1,2022-03-01,Title A\nsub/c,G2,not a date,Title C\n"
    )
    df = corpus.load(tmp_path, date_col="date")
    assert list(df.columns[: len(SCHEMA)]) == SCHEMA
    assert df["doc_id"].tolist() == ["a", "b", "sub/c"]
    assert df["text"].tolist() == ["First text.", "Second text.", "Third — text."]
    assert df["group"].tolist()[0] == "G1" and pd.isna(df["group"].tolist()[1])
    assert df["date"].dtype == "datetime64[ns]"
    assert df["date"].iloc[0] == pd.Timestamp("2022-03-01") and pd.isna(df["date"].iloc[2])
    report = corpus.validate(df)
    assert report.ok and report.unparseable_dates == 1


def test_metadata_argument(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "x.txt").write_text("x")
    meta = tmp_path / "meta.csv"
    meta.write_text("filename,party\nx.txt,P\n")
    df = corpus.load(tmp_path / "t", metadata=meta, group_col="party")
    assert df["group"].tolist() == ["P"]


def test_csv_with_mapping(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("id,body,who,when,head\n7,Hello,A,2022-01-02,H\n3,World,B,,\n")
    df = corpus.load(
        f, text_col="body", id_col="id", group_col="who", date_col="when", title_col="head"
    )
    assert df["doc_id"].tolist() == ["7", "3"]  # input order kept
    assert df["text"].tolist() == ["Hello", "World"]
    assert df["group"].tolist() == ["A", "B"]
    assert df["title"].iloc[0] == "H"
    assert df["source"].iloc[0] == "c.csv"


def test_generated_ids_from_row_numbers(tmp_path):
    f = tmp_path / "news.csv"
    f.write_text("text\n" + "\n".join(f"t{i}" for i in range(12)) + "\n")
    df = corpus.load(f)
    assert df["doc_id"].tolist()[:2] == ["news-01", "news-02"] and df["doc_id"].is_unique


def test_jsonl_and_nan_text(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"text": "a", "g": 1}\n{"text": null, "g": 2}\n')
    df = corpus.load(f)
    assert df["text"].tolist() == ["a", ""]
    report = corpus.validate(df)
    assert report.empty_texts == 1 and not report.ok
    assert "empty texts: 1" in report.summary()


def test_parquet(tmp_path):
    f = tmp_path / "c.parquet"
    pd.DataFrame({"doc_id": ["x", "y"], "text": ["one", "two"]}).to_parquet(f)
    df = corpus.load(f)
    assert df["doc_id"].tolist() == ["x", "y"]


def test_bom_csv(tmp_path):
    f = tmp_path / "bom.csv"
    f.write_bytes(b"\xef\xbb\xbftext\nhello\n")
    assert corpus.load(f)["text"].tolist() == ["hello"]


def test_cp1252_is_a_clear_error_and_encoding_fixes_it(tmp_path):
    f = tmp_path / "w.csv"
    f.write_bytes("text\ncaf\xe9\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"w.csv: cannot decode byte 0xe9 at offset 8"):
        corpus.load(f)
    assert corpus.load(f, encoding="cp1252")["text"].tolist() == ["café"]


def test_cp1252_txt_folder(tmp_path):
    (tmp_path / "a.txt").write_bytes("na\xefve".encode("latin-1"))
    with pytest.raises(InputError, match=r"a.txt: cannot decode byte 0xef at offset 2"):
        corpus.load(tmp_path)
    assert corpus.load(tmp_path, encoding="cp1252")["text"].tolist() == ["naïve"]


def test_missing_text_column_lists_columns(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("body,who\nx,y\n")
    with pytest.raises(InputError, match=r"no text column 'text'; available columns: body, who"):
        corpus.load(f)


def test_duplicate_ids_are_refused(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("id,text\n1,a\n1,b\n")
    with pytest.raises(InputError, match="duplicate id '1'"):
        corpus.load(f, id_col="id")


def test_validate_report_on_a_hand_made_frame():
    df = pd.DataFrame(
        {"doc_id": ["a", "a", "b"], "text": ["x", "x", " "], "date": ["2022-01-01", "soon", None]}
    )
    r = corpus.validate(df)
    assert r.n_docs == 3 and r.duplicate_ids == 1 and r.duplicate_texts == 1
    assert r.empty_texts == 1 and r.unparseable_dates == 1
    assert "title" in r.missing_columns and not r.ok
    assert "duplicate ids: 1" in r.summary()


def test_unsupported_and_missing_paths(tmp_path):
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(InputError, match="unsupported file type"):
        corpus.load(tmp_path / "x.docx")
    with pytest.raises(InputError, match="no such file or folder"):
        corpus.load(tmp_path / "nothing.csv")
    with pytest.raises(InputError, match="not a dataset name"):
        corpus.load_corpus("no-such-dataset")


def test_load_corpus_path(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("text\nhi\n")
    assert corpus.load_corpus(f)["text"].tolist() == ["hi"]


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        ([], "available columns: none"),
        (["body", "who"], "available columns: body, who"),
        ([f"c{i}" for i in range(14)],
         "available columns: c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, ... (14 in all)"),
        (["doc_id", "tokens", "hedge_per_1k"], "available columns: doc_id, tokens, hedge_per_1k; "
         "this looks like a table of scores (framing score), not of documents"),
    ],
)  # fmt: skip
def test_column_list_is_short_and_names_score_tables(columns, expected):
    from framing.data.corpus import column_list

    assert column_list(columns) == expected


def test_dates_are_read_value_by_value_and_the_date_column_is_the_default(tmp_path):
    from framing.data.corpus import unreadable_dates

    p = tmp_path / "d.csv"
    raw = ["03/04/2022", "2022-03-05T10:00:00+08:00", "24 March 2022", "2022-02-30", "", "x"]
    pd.DataFrame({"text": "t", "date": raw}).to_csv(p, index=False)
    df = corpus.load(p)  # no date_col: the date column is the date
    expected = ["2022-03-04", "2022-03-05 02:00:00", "2022-03-24", None, None, None]
    assert [None if pd.isna(d) else str(d.strftime("%Y-%m-%d %H:%M:%S")).removesuffix(" 00:00:00")
            for d in df["date"]] == expected  # fmt: skip
    assert df["date_raw"].fillna("").tolist() == [r for r in raw]
    assert unreadable_dates(df["date_raw"], df["date"]).tolist() == [0, 0, 0, 1, 0, 1]


def test_stored_columns_reads_the_schema_of_a_registered_corpus(tmp_path, monkeypatch):
    from framing.data import local

    monkeypatch.setenv("FRAMING_CORPORA_DIR", str(tmp_path / "corpora"))
    src = tmp_path / "c.csv"
    pd.DataFrame({"text": ["a b", "c d"], "outlet_country": ["Russia", "China"]}).to_csv(
        src, index=False
    )
    local.add("mine", src)
    cols = corpus.stored_columns("mine")
    assert "outlet_country" in cols and "text" in cols
    assert cols == list(corpus.load_corpus("mine").columns)
    assert corpus.stored_columns("no-such-name") is None


@pytest.mark.parametrize(
    ("second", "why"),
    [
        ("[1, 2]", "line 2: a JSON list, not an object"),
        ("5", "line 2: a JSON int, not an object"),
        ('{"doc_id": "b", "text": "x"', "line 2: Expecting ',' delimiter"),
    ],
)
def test_jsonl_bad_line_is_named_by_number(tmp_path, second, why):
    # a line that is an array or a number was a TypeError (an internal error in the CLI), and
    # a broken line was named by its character position in the file
    f = tmp_path / "c.jsonl"
    f.write_text('{"doc_id": "a", "text": "one"}\n' + second + '\n{"doc_id": "c", "text": "z"}\n')
    with pytest.raises(InputError, match=f"c.jsonl: cannot parse as JSONL \\({why}"):
        corpus.load(f)


def test_jsonl_line_separator_inside_a_string_is_not_a_line_break(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_bytes(
        '{"doc_id": "a", "text": "one\u2028two"}\r\n{"doc_id": "b", "text": "x"}\n'.encode()
    )
    assert corpus.load(f)["text"].tolist() == ["one\u2028two", "x"]


def test_day_first_dates_are_read_day_first_with_one_warning(tmp_path):
    # 05/03/2022 was 3 May while 24/03/2022 beside it was 24 March: one column, two orders
    f = tmp_path / "eu.csv"
    f.write_text("text,date\na,05/03/2022\nb,24/03/2022\nc,05.03.2022\nd,2022/03/05\n")
    with pytest.warns(FramingWarning, match=r"'24/03/2022' put the day first") as caught:
        df = corpus.load(f)
    assert len(caught) == 1
    assert df["date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2022-03-05",
        "2022-03-24",
        "2022-03-05",
        "2022-03-05",
    ]


def test_month_first_dates_stay_month_first_and_a_mix_is_warned_about(tmp_path, recwarn):
    us = tmp_path / "us.csv"
    us.write_text("text,date\na,05/03/2022\nb,03/24/2022\n")
    df = corpus.load(us)
    assert df["date"].dt.strftime("%Y-%m-%d").tolist() == ["2022-05-03", "2022-03-24"]
    assert not [w for w in recwarn if issubclass(w.category, FramingWarning)]
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("text,date\na,05/03/2022\nb,24/03/2022\nc,03/24/2022\n")
    with pytest.warns(FramingWarning, match=r"day first \('24/03/2022'\) and the month first"):
        df = corpus.load(mixed)
    assert df["date"].iloc[0] == pd.Timestamp("2022-05-03")


def test_semicolon_separated_csv_is_read(tmp_path):
    # a spreadsheet's CSV in a decimal-comma locale: was one column named "doc_id;text;date"
    f = tmp_path / "excel.csv"
    f.write_bytes(b'\xef\xbb\xbfdoc_id;text;n\r\na;"One; two, three.";1,5\r\nb;Four.;2\r\n')
    df = corpus.load(f)
    assert df["doc_id"].tolist() == ["a", "b"]
    assert df["text"].tolist() == ["One; two, three.", "Four."] and df["n"].tolist() == ["1,5", "2"]
    one_column = tmp_path / "plain.csv"
    one_column.write_text("text\nA text; with a semicolon.\n")
    assert corpus.load(one_column)["text"].tolist() == ["A text; with a semicolon."]
