"""Scoring at scale (QA pass 6): what a user streaming many rows met.

Each test failed before its fix: kept columns whose type varies across chunks crashed a Parquet
output with an internal error; a nullable integer column came out as ``2022`` in some chunks and
``2022.0`` in others; ``--format json`` printed one array per chunk; errors of streamed reads had
no row or line; unreadable dates were warned about when no date was kept.
"""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from framing.cli import main

TEXT = "The West accused China of lies."


def _err(capsys) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


def test_a_kept_column_of_nothing_but_missing_values_in_the_first_chunk(tmp_path):
    src, out = tmp_path / "m.jsonl", tmp_path / "o.parquet"
    rows = [{"doc_id": f"d{i}", "text": TEXT, "tag": None if i < 4 else "x"} for i in range(8)]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    argv = ["-q", "score", str(src), "--keep", "tag", "--chunk-size", "4", "--out", str(out)]
    assert main(argv) == 0  # was: internal error, Unsupported cast from large_string to null
    tags = pd.read_parquet(out)["tag"]
    assert tags.isna().tolist() == [True] * 4 + [False] * 4 and set(tags.dropna()) == {"x"}


@pytest.mark.parametrize("chunk", [[], ["--chunk-size", "4"]])
def test_a_kept_column_mixing_numbers_and_text(tmp_path, chunk):
    src, out = tmp_path / "m.jsonl", tmp_path / "o.parquet"
    codes = [7, 8, 8, 8, 8, 8, "A7", 8]
    src.write_text("".join(json.dumps({"doc_id": f"d{i}", "text": TEXT, "code": c}) + "\n"
                           for i, c in enumerate(codes)))  # fmt: skip
    argv = ["-q", "score", str(src), "--keep", "code", "--out", str(out), *chunk]
    # one table: the mixed column is written as text (was: internal error); in chunks too,
    # every chunk (session 58; was: refused, the first chunk had fixed the column as int64)
    assert main(argv) == 0
    assert pd.read_parquet(out)["code"].tolist() == [str(c) for c in codes]


MIXED = [
    [1, 2, True, False],  # in chunks: refused before session 58 (once: int64 1, 0)
    [True, False, 1, 2],  # refused (once: bool, 2 became True)
    [1, 2, "3", "007"],  # refused (once: int64 3, 7)
    [1, 2, None, 3.0],  # numbers into numbers: floats, as the whole table has them
    [1, 2, 2.5, 4],  # refused: 2.5 into the first chunk's int64
    ["a", "b", 1, 2],  # into text, as one table writes a mixed column
    [None, None, 3, 4],  # was text in chunks ("3"), int64 whole
    [None, None, "x", 4],
]


@pytest.mark.parametrize("codes", MIXED, ids=[str(c) for c in MIXED])
def test_a_jsonl_column_is_the_same_whole_and_in_chunks(tmp_path, codes):
    """docs/scaling.md, --chunk-size: a streamed Parquet output takes each kept column's type
    over the whole input, so it is the file the whole table gives."""
    src = tmp_path / "m.jsonl"
    src.write_text("".join(json.dumps({"doc_id": f"d{i}", "text": TEXT, "code": c}) + "\n"
                           for i, c in enumerate(codes)))  # fmt: skip
    tables = []
    for chunk in ([], ["--chunk-size", "1"], ["--chunk-size", "2"], ["--chunk-size", "3"]):
        out = tmp_path / f"o{len(tables)}.parquet"
        argv = ["-q", "score", str(src), "--keep", "code", "--out", str(out), "--no-attribution"]
        assert main([*argv, *chunk]) == 0, chunk
        tables.append(pq.read_table(out))
    for t in tables[1:]:
        assert t.schema.field("code").type == tables[0].schema.field("code").type
        assert t.column("code").to_pylist() == tables[0].column("code").to_pylist()


def test_a_later_chunk_is_never_cast_into_other_values(tmp_path):
    """The writer's guard where no whole-input type is given: a later chunk that would change
    its values stops the output with one line (true/false into numbers, text into numbers)."""
    from framing.core.errors import InputError
    from framing.core.tables import TableWriter

    for later, written in (([True, False], "bool"), (["3", "007"], "large_string")):
        writer = TableWriter(tmp_path / "o.parquet", "parquet", name="o.parquet")
        writer.write(pd.DataFrame({"code": pd.array([1, 2], dtype=object)}))
        with pytest.raises(InputError, match=f"column 'code' holds {written} values in a later"):
            writer.write(pd.DataFrame({"code": pd.array(later, dtype=object)}))
        writer.close()


def test_the_whole_input_types_of_a_streamed_parquet_output(tmp_path):
    """A JSONL and a CSV input streamed into one Parquet file: the kept column mixes numbers
    (JSONL) and text (CSV), so it is text, as in the whole table."""
    a, b = tmp_path / "a.jsonl", tmp_path / "b.csv"
    a.write_text("".join(json.dumps({"doc_id": f"a{i}", "text": TEXT, "n": i}) + "\n"
                         for i in range(3)))  # fmt: skip
    pd.DataFrame({"doc_id": ["b0", "b1"], "text": TEXT, "n": ["x", "7"]}).to_csv(b, index=False)
    got = []
    for chunk in ([], ["--chunk-size", "2"]):
        out = tmp_path / f"o{len(got)}.parquet"
        argv = ["-q", "score", str(a), str(b), "--keep", "n", "--no-attribution"]
        assert main([*argv, "--out", str(out), *chunk]) == 0  # was: refused in chunks
        got.append(pq.read_table(out).column("n").to_pylist())
    assert got[0] == got[1] == ["0", "1", "2", "x", "7"]


@pytest.mark.parametrize("with_pandas_metadata", [True, False])
def test_a_nullable_integer_column_is_the_same_whole_and_in_chunks(tmp_path, with_pandas_metadata):
    src = tmp_path / "y.parquet"
    years = [2022, 2021, 2022, None, 2020, 2022]
    if with_pandas_metadata:
        df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "text": TEXT,
                           "year": pd.array(years, dtype="Int64")})  # fmt: skip
        df.to_parquet(src, row_group_size=2, index=False)
    else:
        t = pa.table({"doc_id": [f"d{i}" for i in range(6)], "text": [TEXT] * 6,
                      "year": pa.array(years, type=pa.int64())})  # fmt: skip
        pq.write_table(t, src, row_group_size=2)
    got = []
    for chunk in ([], ["--chunk-size", "2"]):
        out = tmp_path / f"o{len(got)}.csv"
        assert main(["-q", "score", str(src), "--keep", "year", "--out", str(out), *chunk]) == 0
        got.append(out.read_bytes())
    assert got[0] == got[1]  # were 2022 / 2022.0 by chunk
    years_out = pd.read_csv(tmp_path / "o0.csv", dtype=str, keep_default_na=False)["year"]
    assert years_out.tolist() == ["2022", "2021", "2022", "", "2020", "2022"]  # was 2022.0


def test_json_on_stdout_is_one_array_whatever_the_chunks(tmp_path, capsys):
    src = tmp_path / "c.csv"
    pd.DataFrame({"doc_id": list("abcde"), "text": TEXT}).to_csv(src, index=False)
    outs = []
    for chunk in ([], ["--chunk-size", "2"]):
        assert main(["-q", "score", str(src), "--format", "json", *chunk]) == 0
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1] and len(json.loads(outs[1])) == 5  # was: one array per chunk
    assert main(["-q", "score", str(src), "--format", "table", "--chunk-size", "2"]) == 2
    assert "--format table lines its columns up over the whole table" in _err(capsys)[0]


def test_streamed_read_errors_say_where(tmp_path, capsys):
    dup = tmp_path / "dup.csv"
    pd.DataFrame({"doc_id": ["a", "b", "c", "b"], "text": TEXT}).to_csv(dup, index=False)
    assert (
        main(["-q", "score", str(dup), "--chunk-size", "2", "--out", str(tmp_path / "o.csv")]) == 2
    )
    assert "duplicate document id 'b' (in " in (e := _err(capsys)[0]) and "row 4 of the input" in e
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(json.dumps({"doc_id": f"d{i}", "text": TEXT}) + "\n" for i in range(5))
                   + '{"doc_id": "d5", "text": "unterminated\n')  # fmt: skip
    assert (
        main(["-q", "score", str(bad), "--chunk-size", "4", "--out", str(tmp_path / "o.csv")]) == 2
    )
    assert "cannot parse lines 5-6 as JSON lines" in _err(capsys)[0]  # was a chunk's position


def test_unreadable_dates_are_not_warned_about_when_no_date_is_kept(tmp_path, capsys):
    src = tmp_path / "d.csv"
    pd.DataFrame({"doc_id": ["a", "b"], "text": TEXT, "date": ["not a date", "x"]}).to_csv(
        src, index=False
    )
    for chunk in ([], ["--chunk-size", "1"]):
        assert (
            main(["-q", "score", str(src), "--out", str(tmp_path / "o.csv"), "--force", *chunk])
            == 0
        )
        assert "could not be read" not in capsys.readouterr().err
    assert (
        main(
            ["-q", "score", str(src), "--keep", "date", "--out", str(tmp_path / "o.csv"), "--force"]
        )
        == 0
    )
    assert "2 of 2 date(s) could not be read" in capsys.readouterr().err


def test_a_scheduler_run_hides_dasks_graph_advice_and_asyncios_traceback_after_ctrl_c():
    """What ``--scheduler`` runs printed beside framing's own lines (QA pass 6): dask's "Sending
    large graph" advice, and after Ctrl-C asyncio's traceback of the cancelled gather."""
    import logging
    import warnings

    from framing.engine.scoring import _compute_on

    class Lazy:
        def __init__(self, interrupt: bool) -> None:
            self.interrupt = interrupt

        def compute(self, scheduler):
            warnings.warn("Sending large graph of size 114.70 MiB.", UserWarning, stacklevel=1)
            if self.interrupt:
                raise KeyboardInterrupt
            return "scores"

    asyncio_log = logging.getLogger("asyncio")
    level = asyncio_log.level
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            assert _compute_on(object(), Lazy(False)) == "scores"
        assert not seen
        assert asyncio_log.level == level
        with pytest.raises(KeyboardInterrupt):
            _compute_on(object(), Lazy(True))
        assert asyncio_log.level == logging.CRITICAL
    finally:
        asyncio_log.setLevel(level)


@pytest.mark.parametrize("chunk", [[], ["--chunk-size", "1"]])
def test_dates_as_pandas_writes_them_to_json_are_read(tmp_path, capsys, chunk):
    """``DataFrame.to_json(orient="records", lines=True)`` writes dates as milliseconds since
    1970; every one was unreadable (QA pass 6)."""
    src, out = tmp_path / "d.jsonl", tmp_path / "o.csv"
    df = pd.DataFrame({"doc_id": ["a", "b"], "text": TEXT,
                       "date": [pd.Timestamp("2022-08-22"), pd.Timestamp("2022-03-24 10:30")]})  # fmt: skip
    df.to_json(src, orient="records", lines=True, date_format="epoch")  # as pandas 2 and 3 do
    assert main(["-q", "score", str(src), "--keep", "date", "--out", str(out), *chunk]) == 0
    assert "could not be read" not in capsys.readouterr().err
    got = pd.read_csv(out, dtype=str)["date"].tolist()
    assert got == ["2022-08-22", "2022-03-24 10:30:00"]


def test_an_undecodable_byte_is_named_with_its_offset_whole_and_streamed(tmp_path, capsys):
    src = tmp_path / "bad.csv"
    rows = "".join(f"d{i},The West accused China of lies number {i}.\n" for i in range(5000))
    data = ("doc_id,text\n" + rows).encode()
    pos = len(data) * 6 // 10
    src.write_bytes(data[:pos] + b" caf\xe9 " + data[pos:])
    errs = []
    for chunk in ([], ["--chunk-size", "1000"]):
        assert main(["-q", "score", str(src), "--out", str(tmp_path / "o.csv"), *chunk]) == 2
        errs.append(_err(capsys))
    assert errs[0] == errs[1]  # streamed: was "(invalid continuation byte)", no offset
    assert f"cannot decode byte 0xe9 at offset {pos + 4} as utf-8-sig" in errs[1][0]


def test_streamed_jsonl_line_that_is_no_object_is_named(tmp_path, capsys):
    # a chunk holding only `[1, 2]` was read as a table without a text column: KeyError
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"doc_id": "d0", "text": TEXT}) + "\n[1, 2]\n")
    out = tmp_path / "o.csv"
    assert main(["-q", "score", str(bad), "--chunk-size", "1", "--out", str(out)]) == 2
    assert "line 2: a JSON list, not an object" in _err(capsys)[0] and not out.exists()


def test_streamed_day_first_dates_are_read_day_first(tmp_path, capsys):
    src = tmp_path / "eu.csv"
    src.write_text(f"text,date\n{TEXT},05/03/2022\n{TEXT},24/03/2022\n{TEXT},06/03/2022\n")
    out = tmp_path / "o.csv"
    args = ["-q", "score", str(src), "--keep", "date", "--chunk-size", "2", "--out", str(out)]
    assert main(args) == 0
    assert pd.read_csv(out)["date"].tolist() == ["2022-03-05", "2022-03-24", "2022-03-06"]
    assert sum("put the day first" in line for line in _err(capsys)) == 1


def test_streamed_semicolon_csv_is_read(tmp_path):
    src = tmp_path / "excel.csv"
    src.write_text(f"doc_id;text;group\na;{TEXT};x\nb;{TEXT};y\nc;{TEXT};y\n")
    out = tmp_path / "o.csv"
    args = ["-q", "score", str(src), "--keep", "group", "--chunk-size", "2", "--out", str(out)]
    assert main(args) == 0
    assert pd.read_csv(out)[["doc_id", "group"]].values.tolist() == [
        ["a", "x"],
        ["b", "y"],
        ["c", "y"],
    ]


def test_streamed_dates_read_before_the_day_first_chunk_are_named(tmp_path, capsys):
    src = tmp_path / "eu.csv"
    src.write_text(f"text,date\n{TEXT},05/03/2022\n{TEXT},24/03/2022\n")
    out = tmp_path / "o.csv"
    args = ["-q", "score", str(src), "--keep", "date", "--chunk-size", "1", "--out", str(out)]
    assert main(args) == 0
    assert "the 1 numeric date(s) of the chunks before were read month first" in _err(capsys)[0]


def test_dates_have_one_type_whole_and_streamed_and_far_years_are_unreadable(tmp_path, capsys):
    src = tmp_path / "d.csv"
    dates = ["", "", "2022-01-05 10:00:00", "2022-01-06", "3000-01-01", "0022-03-24"]
    pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "text": TEXT, "date": dates}).to_csv(
        src, index=False
    )
    tables = []
    for chunk in ([], ["--chunk-size", "2"]):
        out = tmp_path / f"o{len(tables)}.parquet"
        argv = ["-q", "score", str(src), "--keep", "date", "--out", str(out), *chunk]
        assert main(argv) == 0  # was: internal error OutOfBoundsDatetime (whole); timestamp[s]
        # in the first chunk, timestamp[us] then [ns] in later ones: refused (streamed)
        tables.append(pq.read_table(out))
        assert (
            "2 of 6 date(s) could not be read (d4: '3000-01-01', d5: '0022-03-24')"
            in (_err(capsys)[0])
        )
    assert tables[0].equals(tables[1]) and tables[0].schema.field("date").type == "timestamp[ns]"


def test_a_kept_column_some_inputs_lack_is_empty_there_whole_and_streamed(tmp_path, capsys):
    a, b, j = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "j.jsonl"
    pd.DataFrame({"doc_id": ["a1", "a2"], "text": TEXT, "group": ["g1", "g2"]}).to_csv(
        a, index=False
    )
    pd.DataFrame({"doc_id": ["b1", "b2"], "text": TEXT}).to_csv(b, index=False)
    rows = [{"doc_id": f"j{i}", "text": TEXT, **({"tag": "t"} if i < 2 else {})} for i in range(4)]
    j.write_text("".join(json.dumps(r) + "\n" for r in rows))
    got = []
    for chunk in ([], ["--chunk-size", "1"]):
        out = tmp_path / f"o{len(got)}.csv"
        argv = ["-q", "score", str(a), str(b), str(j), "--keep", "group,source,tag"]
        assert main([*argv, "--out", str(out), *chunk]) == 0  # was (streamed): b.csv: no column
        got.append(out.read_bytes())  # 'group'; then internal error KeyError: 'tag' in line 3
    assert got[0] == got[1]
    kept = pd.read_csv(tmp_path / "o0.csv", dtype=str, keep_default_na=False)
    assert kept["group"].tolist() == ["g1", "g2", "", "", "", "", "", ""]
    assert kept["source"].tolist()[1:3] == ["a.csv", "b.csv"]
    assert kept["tag"].tolist()[4:] == ["t", "t", "", ""]
    for chunk in ([], ["--chunk-size", "1"]):
        out = tmp_path / f"n{len(chunk)}.csv"
        argv = ["-q", "score", str(a), str(b), "--keep", "grup", "--out", str(out), *chunk]
        assert main(argv) == 2 and "no column 'grup' to keep" in _err(capsys)[-1]
        assert not out.exists()


@pytest.mark.parametrize("chunk", [[], ["--chunk-size", "2"]])
def test_a_table_of_no_rows_is_refused_whole_and_streamed(tmp_path, capsys, chunk):
    src, out = tmp_path / "h.csv", tmp_path / "o.csv"
    src.write_text("doc_id,text,group\n")
    assert main(["-q", "score", str(src), "--out", str(out), *chunk]) == 2  # was 0 streamed:
    assert _err(capsys) == [f"framing: error: {src}: no documents"]  # a table of no rows
    assert not out.exists()
