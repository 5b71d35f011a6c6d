"""One output model for tables: ``--out PATH`` (format from the extension) or ``--format`` on stdout.

File formats by extension: ``.csv`` and ``.tsv`` (UTF-8, ``\\n`` line ends, no index, cells a
spreadsheet would run as formulas neutralised unless ``raw_csv``: :mod:`framing.core.spreadsheet`),
``.parquet`` and ``.jsonl`` (one JSON object per line). Any other extension is refused before
any work is done (:func:`table_format`), so a typo never leaves a file in the wrong format.
Files are written through an output claim (:func:`framing.core.outputs.claim_output`): never
over an input, complete or not at all.

Screen formats (``--format``): ``table`` (aligned text for reading), ``csv``, ``tsv``,
``jsonl`` and ``json`` (one array of records). Column names are the same in every format.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pandas as pd

from framing.core.errors import InputError, OutputError
from framing.core.files import check_output
from framing.core.outputs import OutputClaim, claim_output
from framing.core.spreadsheet import spreadsheet_safe

#: File extension → format name.
FILE_FORMATS = {".csv": "csv", ".tsv": "tsv", ".parquet": "parquet", ".jsonl": "jsonl"}
#: ``--format`` choices for stdout.
SCREEN_FORMATS = ("table", "csv", "tsv", "jsonl", "json")


def table_format(path: str | os.PathLike) -> str:
    """The file format of ``path`` from its extension.

    Raises
    ------
    OutputError
        For any extension but ``.csv``, ``.parquet`` and ``.jsonl`` (one line naming them).
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FILE_FORMATS:
        shown = f"extension {suffix!r}" if suffix else "no extension"
        raise OutputError(
            f"{path}: unknown output type ({shown}); use one of {', '.join(FILE_FORMATS)}"
        )
    return FILE_FORMATS[suffix]


def check_table_output(path: str | os.PathLike, force: bool = False) -> Path:
    """Check ``path`` before any work: a known extension, a writable folder, no clobbering."""
    table_format(path)
    return check_output(path, force=force)


def _jsonable(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _jsonable(value.item())
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _records(df: pd.DataFrame) -> list[dict]:
    cols = [str(c) for c in df.columns]
    return [
        {c: _jsonable(v) for c, v in zip(cols, row, strict=True)}
        for row in df.itertuples(index=False, name=None)
    ]


def to_jsonl(df: pd.DataFrame) -> str:
    """One JSON object per row and line (NaN/NaT → null, timestamps ISO 8601)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(df))


def _csv_dates(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with each date-time column as text, value by value: ``YYYY-MM-DD`` at midnight,
    else ``YYYY-MM-DD HH:MM:SS`` (pandas decides per column, so a table streamed in chunks would
    change format from chunk to chunk)."""
    cols = [c for c in df.columns if pd.api.types.is_datetime64_dtype(df[c])]
    if not cols:
        return df

    def text(d: pd.Series) -> pd.Series:
        full = d.dt.strftime("%Y-%m-%d %H:%M:%S").where(
            d != d.dt.normalize(), d.dt.strftime("%Y-%m-%d")
        )
        return full.fillna("")

    return df.assign(**{c: text(df[c]) for c in cols})


def to_csv(df: pd.DataFrame, sep: str = ",", raw: bool = False, header: bool = True) -> str:
    """CSV text without index, ``\\n`` line ends, formula-like cells neutralised unless ``raw``;
    dates as :func:`_csv_dates` writes them."""
    data = _csv_dates(df if raw else spreadsheet_safe(df))
    return data.to_csv(index=False, sep=sep, lineterminator="\n", header=header)


def render(
    df: pd.DataFrame, fmt: str = "table", raw_csv: bool = False, float_format: str = "{:.4g}"
) -> str:
    """``df`` as text for stdout in ``fmt`` (one of :data:`SCREEN_FORMATS`)."""
    if fmt == "csv":
        return to_csv(df, raw=raw_csv)
    if fmt == "tsv":
        return to_csv(df, sep="\t", raw=raw_csv)
    if fmt == "jsonl":
        return to_jsonl(df)
    if fmt == "json":
        return json.dumps(_records(df), ensure_ascii=False, indent=2) + "\n"
    if fmt != "table":
        raise OutputError(f"unknown --format {fmt!r}; use one of {', '.join(SCREEN_FORMATS)}")
    if df.empty:
        return "(no rows)\n" if len(df.columns) else "\n"
    return df.to_string(index=False, float_format=lambda x: float_format.format(x)) + "\n"


def write_table(df: pd.DataFrame, target, force: bool = False, raw_csv: bool = False) -> Path:
    """Write ``df`` in the format of the output's extension, complete or not at all.

    ``target`` is a path (claimed here for the write) or an
    :class:`~framing.core.outputs.OutputClaim` a command holds for its whole run.
    """
    if isinstance(target, OutputClaim):
        _write_claimed(df, target, raw_csv)
        return target.path
    table_format(target)
    with claim_output(target, force=force) as claim:
        _write_claimed(df, claim, raw_csv)
    return Path(target)


def _write_claimed(df: pd.DataFrame, claim, raw_csv: bool) -> None:
    with claim.file() as tmp:
        writer = TableWriter(tmp, table_format(claim.path), raw_csv=raw_csv)
        try:
            writer.write(df)
        finally:
            writer.close()


def _arrow_table(table: pd.DataFrame):
    """``table`` as an Arrow table; a column of Python objects that mixes text with numbers
    (a kept metadata column: ``7`` and ``"A7"``) is written as text, not refused by Arrow."""
    import pyarrow as pa

    try:
        return pa.Table.from_pandas(table, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        table = table.copy()
        for col in [c for c in table.columns if table[c].dtype == object]:
            try:
                pa.array(table[col], from_pandas=True)
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                table[col] = _as_text(table[col])
        return pa.Table.from_pandas(table, preserve_index=False)


def _as_text(values) -> list:
    """``values`` as text, missing values kept: the form :func:`_arrow_table` gives a column
    that mixes text with numbers."""
    return [v if v is None or v is pd.NA or v != v else str(v) for v in values]


def column_type(values):
    """The Arrow type a table column of ``values`` is written with (:func:`_arrow_table`: a
    column that mixes text with numbers is text; nothing but missing values: null)."""
    return _arrow_table(pd.DataFrame({"c": values})).schema.field("c").type


def wider_type(a, b):
    """The Arrow type of a column of two parts of types ``a`` and ``b`` written as one table
    (:func:`column_type` of the whole): a missing part (None) or one of nothing but missing
    values takes the other's type, integers and floats are floats, the same type stays, and any
    other mix is text, as one table writes a column that mixes them."""
    import pyarrow as pa

    t = pa.types
    if a is None or t.is_null(a):
        return b
    if b is None or t.is_null(b) or a == b:
        return a
    numbers = (t.is_integer, t.is_floating)
    if all(any(f(x) for f in numbers) for x in (a, b)):
        return pa.float64() if t.is_floating(a) or t.is_floating(b) else pa.int64()
    text = next((x for x in (a, b) if _is_text(x)), None)
    return text or column_type(["text"])  # the type of text in a table, as a mix is written


def _is_text(tp) -> bool:
    """Whether Arrow type ``tp`` is text (a categorical of texts too)."""
    import pyarrow as pa

    t = pa.types
    tp = tp.value_type if t.is_dictionary(tp) else tp
    return t.is_string(tp) or t.is_large_string(tp)


def _same_values(got, want) -> bool:
    """Whether a later chunk's column of Arrow type ``got`` may be written into the first
    chunk's column of type ``want`` without changing a value: the same type, all missing,
    numbers into numbers (a cast that would lose digits, ``2.5`` into int64, still fails),
    anything into text (the whole table's own fallback for a mixed column); never true and
    false into numbers or back (``2`` became ``True``), nor text into numbers (``"007"``)."""
    import pyarrow as pa

    t = pa.types
    if got == want or t.is_null(got) or _is_text(want):
        return True
    numeric = (t.is_integer, t.is_floating)
    if any(f(got) for f in numeric) and any(f(want) for f in numeric):
        return True
    return t.is_temporal(got) and t.is_temporal(want)


def _type_change(got, schema, name: str) -> str:
    """The one-line error for a later chunk whose column types the first chunk's do not take."""
    col = next((f.name for f in got if f.type != schema.field(f.name).type), None)
    if col is None:
        return f"{name}: a later chunk's columns do not match the first chunk's"
    return (
        f"{name}: column {col!r} holds {got.field(col).type} values in a later chunk, where "
        f"the first chunk had {schema.field(col).type}; give the column one type, or write CSV "
        "or JSONL"
    )


class TableWriter:
    """Appends tables to one CSV, TSV, JSONL or Parquet file (header / schema from the first).

    Used for streamed output (``framing score --chunk-size``); :func:`write_table` writes one
    table with it, so a table has the same bytes whether written at once or in chunks.
    ``types`` (Parquet): the Arrow type of some columns over the whole input
    (:func:`column_type`, :func:`wider_type`), used instead of the first chunk's, so that the
    file is the one the whole table gives (a column of text and numbers is text in every chunk,
    integers and floats floats, a first chunk of missing values takes the later values' type).
    """

    def __init__(
        self,
        path: str | os.PathLike,
        fmt: str,
        raw_csv: bool = False,
        name: str | None = None,
        types: dict | None = None,
    ) -> None:
        self.path, self.fmt, self.raw_csv = Path(path), fmt, raw_csv
        self.types = types or {}
        self.name = name or self.path.name  # what errors call the file (not a temporary name)
        self._fh = None
        self._pq = None
        self._empty: pd.DataFrame | None = None

    def write(self, table: pd.DataFrame) -> None:
        """Append ``table`` (same columns as the first one)."""
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            if not len(table) and self._pq is None:
                self._empty = table
                return
            text = [c for c, tp in self.types.items() if _is_text(tp) and c in table]
            if text:  # as the whole table writes a column that mixes text with numbers
                table = table.assign(**{c: _as_text(table[c]) for c in text})
            t = _arrow_table(table)
            if self._pq is None:
                # a column of nothing but missing values in the first chunk: its type over the
                # whole input, else text, so that a later chunk's values can be written (an
                # Arrow null column takes none)
                null = pa.string()
                schema = pa.schema(
                    [
                        f.with_type(self.types.get(f.name, null))
                        if f.name in self.types or pa.types.is_null(f.type)
                        else f
                        for f in t.schema
                    ],
                    metadata=t.schema.metadata,
                )
                self._pq = pq.ParquetWriter(self.path, schema)
            want = self._pq.schema
            try:
                if t.schema.names == want.names and not all(
                    _same_values(a.type, b.type) for a, b in zip(t.schema, want, strict=True)
                ):
                    raise pa.ArrowTypeError("a cast would change values")
                t = t.cast(want)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
                raise InputError(_type_change(t.schema, want, self.name)) from None
            self._pq.write_table(t)
            return
        first = self._fh is None
        if first:
            self._fh = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        if self.fmt in ("csv", "tsv"):
            sep = "\t" if self.fmt == "tsv" else ","
            self._fh.write(to_csv(table, sep=sep, raw=self.raw_csv, header=first))
        elif len(table):
            self._fh.write(to_jsonl(table))

    def close(self) -> None:
        """Finish the file (an empty Parquet file keeps the columns of the empty table)."""
        if self._pq is not None:
            self._pq.close()
        elif self.fmt == "parquet":
            empty = self._empty if self._empty is not None else pd.DataFrame()
            empty.to_parquet(self.path, index=False)
        if self._fh is not None:
            self._fh.close()
