"""Bring-your-own corpora: a folder of .txt files, CSV/TSV, JSONL or Parquet → standard schema.

The result has the standard corpus columns (``doc_id``, ``text``, ``title``, ``date``,
``source``, ``group``, ``speaker``, ``genre``, ``url``; see :mod:`framing.data.datasets`) followed by
the input's other columns. Text is read as UTF-8 (with or without BOM) unless ``encoding`` is
given; undecodable bytes raise :class:`~framing.core.errors.InputError` with the file and byte offset.

Rows keep the input order (table files) or are sorted by relative file path (folders).
"""

from __future__ import annotations

import csv
import io
import json
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from framing.core.errors import FramingWarning, InputError
from framing.core.files import decode_bytes
from framing.data import local, registry
from framing.data.article import read_txt
from framing.data.boilerplate import clean_corpus
from framing.data.datasets import SCHEMA, STR_DTYPE, as_str, cached_files, standardize
from framing.data.datasets import load as load_dataset

__all__ = [
    "ValidationReport",
    "check_text_column",
    "known_names",
    "load",
    "load_corpus",
    "remap_columns",
    "validate",
]

TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".parquet", ".pq"}
METADATA_NAME = "metadata.csv"
METADATA_KEYS = ("file", "filename", "file_name", "path", "doc_id")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None


def bad_json_line(text: str, first_line: int = 1) -> str | None:
    """``line N: why`` for the first line of ``text`` that is not a JSON object (blank lines
    are skipped; ``first_line`` is the number of the first line), or None if every line is."""
    for n, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            return f"line {n:,}: {getattr(exc, 'msg', exc)} at column {getattr(exc, 'colno', '?')}"
        if not isinstance(value, dict):
            return f"line {n:,}: a JSON {type(value).__name__}, not an object ({{...}})"
    return None


def read_json_lines(text: str, first_line: int = 1) -> pd.DataFrame:
    """JSON lines as a table, floats read exactly. A column whose JSON values mix integers and
    floats keeps each value as written (``1`` stays ``1``, where pandas makes every value of
    the column a float, ``1.0``), so an id or a kept value does not depend on its neighbours
    or on the chunk its line falls in (``framing score --chunk-size``).

    Raises
    ------
    ValueError
        Naming the first line (numbered from ``first_line``) that is not a JSON object.
    """
    lines = text.split("\n")  # not splitlines: a JSON string may hold U+2028
    if any(line.strip() and not line.lstrip().startswith("{") for line in lines):
        why = bad_json_line(text, first_line) or "a line is not a JSON object"
        raise ValueError(why)  # pandas would read [1, 2] as a row of a table
    try:
        df = pd.read_json(io.StringIO(text), lines=True, dtype=False, precise_float=True)
    except (ValueError, TypeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ValueError(bad_json_line(text, first_line) or first) from None
    # only a float column holding a whole number can hide a JSON integer: the lines are
    # parsed again for those alone (a column of rates or scores is left as it is)
    floats = [c for c in df.columns if df[c].dtype.kind == "f" and (df[c] % 1 == 0).any()]
    if floats:
        rows = [json.loads(line) for line in lines if line.strip()]
        if len(rows) == len(df) and all(isinstance(r, dict) for r in rows):
            for c in floats:
                raw = [r.get(c) for r in rows]
                if any(type(v) is int for v in raw):
                    df[c] = pd.Series(raw, index=df.index, dtype=object)
    return df


def nullable_ints(df: pd.DataFrame, schema) -> pd.DataFrame:
    """``df`` with each column that is an integer in the Arrow ``schema`` but came out as float
    (pandas' form of an integer column with missing values) as a nullable integer column:
    ``2022`` stays ``2022`` in every chunk of a file, whether or not a value is missing."""
    import pyarrow as pa

    for arrow_field in schema:
        name = arrow_field.name
        if (
            pa.types.is_integer(arrow_field.type)
            and name in df.columns
            and df[name].dtype.kind == "f"
        ):
            df[name] = df[name].astype("Int64")
    return df


def csv_separator(suffix: str, header: str) -> str:
    """The field separator of a ``.tsv`` (tab) or ``.csv`` file whose first line is ``header``:
    a comma, else a semicolon (a spreadsheet's CSV in locales that write decimal commas) or a
    tab when the header has one and no comma."""
    if suffix.lower() == ".tsv":
        return "\t"
    if "," not in header:
        for sep in (";", "\t"):
            if sep in header:
                return sep
    return ","


def read_table(path: Path, encoding: str | None = None) -> pd.DataFrame:
    """A CSV/TSV/JSONL/Parquet file as it is (CSV cells as str; JSONL by
    :func:`read_json_lines`), errors as :class:`InputError`."""
    suffix = path.suffix.lower()
    if suffix in {".parquet", ".pq"}:
        try:
            import pyarrow.parquet as pq

            return nullable_ints(pd.read_parquet(path), pq.read_schema(path))
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
    text = decode_bytes(_read_bytes(path), str(path), encoding)
    try:
        if suffix in {".jsonl", ".ndjson"}:
            return read_json_lines(text)
        sep = csv_separator(suffix, text.split("\n", 1)[0])
        df = pd.read_csv(
            io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, na_values=[""]
        )
    except (ValueError, pd.errors.ParserError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: cannot parse as {suffix[1:].upper()} ({first})") from None
    _check_header(path, text, sep, df)
    return df


def _check_header(path: Path, text: str, sep: str, df: pd.DataFrame) -> None:
    """:class:`InputError` for a header that names a column twice, or rows with more fields
    than the header (pandas would silently take the surplus leading fields as the index: the
    ids made from the text, the text cut at its last comma)."""
    header = next(csv.reader(io.StringIO(text), delimiter=sep), [])
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise InputError(f"{path}: column {name!r} appears twice in the header")
        seen.add(name)
    if not isinstance(df.index, pd.RangeIndex):
        what = {",": "comma", ";": "semicolon"}.get(sep, "tab")
        raise InputError(
            f"{path}: rows have more fields than the header's {len(header)} "
            f"({', '.join(header[:6])}); put texts that contain a {what} in double quotes"
        )


def _txt_row(p: Path, rel: str, encoding: str | None, title_line: bool) -> dict:
    """One ``.txt`` file as a corpus row, by the title rule of :func:`framing.data.article.read_txt`
    (metadata ``NAME.yaml`` beside it, ``title_line``, or the whole file as text)."""
    art = read_txt(p, encoding=encoding, title_line=title_line, allow_empty=not title_line)
    row = {"doc_id": rel.removesuffix(p.suffix), "text": art.body, "source": rel}
    if art.title:
        row["title"] = art.title
    if art.published is not None:
        row["date"] = pd.Timestamp(art.published.date())  # the outlet's local calendar day
    if art.outlet:
        row["outlet"] = art.outlet
    return row


def _is_text_file(p: Path, folder: Path) -> bool:
    """A ``.txt`` file (any case) of ``folder``, not hidden and not in a hidden folder (``.git``,
    macOS's ``._name.txt`` resource forks)."""
    parts = p.relative_to(folder).parts
    return p.suffix.lower() == ".txt" and not any(x.startswith(".") for x in parts) and p.is_file()


def _read_folder(folder: Path, encoding: str | None, metadata, title_line: bool) -> pd.DataFrame:
    files = sorted(
        (p for p in folder.rglob("*") if _is_text_file(p, folder)),
        key=lambda p: p.relative_to(folder).as_posix(),
    )
    if not files:
        raise InputError(f"{folder}: no .txt files in this folder")
    rows = []
    for p in files:
        rel = p.relative_to(folder).as_posix()
        rows.append({**_txt_row(p, rel, encoding, title_line), "_file": p.name, "_rel": rel})
    df = pd.DataFrame(rows)
    meta_path = Path(metadata) if metadata else folder / METADATA_NAME
    if metadata or meta_path.is_file():
        df = _join_metadata(df, meta_path, encoding)
    return df.drop(columns=["_file", "_rel"])


def _warn_unmatched(meta_path: Path, names: pd.Series, idx: list, files: pd.Series) -> None:
    """One :class:`FramingWarning` naming the files without a metadata row and the rows that
    match no file (names compare as written, case included)."""
    used = {i for i in idx if i is not None}
    no_row = [f for f, i in zip(files, idx, strict=True) if i is None]
    no_file = [n for i, n in enumerate(names) if i not in used]
    parts = []
    if no_row:
        parts.append(f"{len(no_row)} file(s) have no row ({_some(no_row)})")
    if no_file:
        parts.append(f"{len(no_file)} row(s) match no file ({_some(no_file)})")
    if parts:
        warnings.warn(
            f"{meta_path.name}: " + "; ".join(parts) + " (names compare as written, case "
            "included); those files get no metadata",
            FramingWarning,
            stacklevel=4,
        )


def _some(items: list, n: int = 3) -> str:
    return ", ".join(map(str, items[:n])) + (", ..." if len(items) > n else "")


def _join_metadata(df: pd.DataFrame, meta_path: Path, encoding: str | None) -> pd.DataFrame:
    meta = read_table(meta_path, encoding)
    key = next((k for k in METADATA_KEYS if k in meta.columns), None)
    if key is None:
        raise InputError(
            f"{meta_path}: needs a column naming the text file, one of "
            f"{', '.join(METADATA_KEYS)}; columns are: {', '.join(map(str, meta.columns))}"
        )
    names = meta[key].astype(str).str.strip()
    if names.duplicated().any():
        raise InputError(f"{meta_path}: file {names[names.duplicated()].iloc[0]!r} is listed twice")
    lookup = {}
    for i, name in enumerate(names):
        for variant in (name, name.removesuffix(".txt")):
            lookup.setdefault(variant, i)
    idx = [
        lookup.get(rel, lookup.get(rel[:-4], lookup.get(f, lookup.get(f[:-4]))))
        for rel, f in zip(df["_rel"], df["_file"], strict=True)
    ]
    _warn_unmatched(meta_path, names, idx, df["_rel"])
    extra = meta.drop(columns=[key] if key != "doc_id" else []).rename(
        columns={"doc_id": "meta_doc_id"}
    )
    extra = extra.drop(columns=[c for c in ("text",) if c in extra.columns])
    joined = extra.reindex([i if i is not None else -1 for i in idx]).reset_index(drop=True)
    overlap = [c for c in joined.columns if c in df.columns]
    joined = joined.rename(columns={c: f"meta_{c}" for c in overlap})
    out = pd.concat([df.reset_index(drop=True), joined], axis=1)
    if "meta_doc_id" in out.columns:
        out["doc_id"] = out["meta_doc_id"].fillna(out["doc_id"]).astype(str)
        out = out.drop(columns="meta_doc_id")
    return out


def check_text_column(values: pd.Series, path, col: str, offset: int = 0) -> None:
    """:class:`InputError` naming the column, the type and a row when a value is not text.

    Missing values (None, NaN) are empty documents; numbers, booleans, lists, bytes ... are
    refused rather than scored as the text of their ``str()``.
    """
    for i, v in enumerate(values.tolist()):
        if isinstance(v, str) or v is None or v is pd.NA or (isinstance(v, float) and v != v):
            continue
        raise InputError(
            f"{path}: text column {col!r} holds {type(v).__name__} values (row {offset + i + 1}: "
            f"{str(v)[:40]!r}), not text; pass the text column with --text-col"
        )


#: Milliseconds since 1970 (13 digits: 2001-09-09 to 2286), the dates pandas' ``to_json`` writes.
_EPOCH_MS = r"\d{13}"


#: A date of numbers with the day and the month in either order: ``05/03/2022``, ``24.03.2022``.
NUMERIC_DATE = r"^\s*(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)"


def date_order(values: pd.Series) -> tuple[str, list[str]]:
    """Which field comes first in the numeric dates of ``values`` (``05/03/2022``): ``"month"``
    (the default, also when no date tells), ``"day"`` when some can only be day first
    (``24/03/2022``) and none only month first, or ``"mixed"``; with up to two examples."""
    text = as_str(values).dropna()
    fields = text.str.extract(NUMERIC_DATE)
    first = pd.to_numeric(fields[0], errors="coerce")
    second = pd.to_numeric(fields[2], errors="coerce")
    day_only = text[(first > 12) & (second <= 12)].tolist()
    month_only = text[(second > 12) & (first <= 12)].tolist()
    if day_only and month_only:
        return "mixed", [day_only[0], month_only[0]]
    if day_only:
        return "day", day_only[:1]
    return "month", []


def date_order_warning(order: str, examples: list[str], what: str) -> str | None:
    """The one-line warning for a :func:`date_order` other than ``"month"``, else None."""
    if order == "day":
        return (
            f"{what}: dates such as {examples[0]!r} put the day first, so every DD/MM/YYYY date "
            "is read day first (05/03/2022 = 5 March); write YYYY-MM-DD to be sure"
        )
    if order == "mixed":
        return (
            f"{what}: dates put the day first ({examples[0]!r}) and the month first "
            f"({examples[1]!r}); ambiguous ones such as 05/03/2022 are read month first "
            "(3 May): write YYYY-MM-DD"
        )
    return None


def parse_dates(values: pd.Series, dayfirst: bool | None = None) -> pd.Series:
    """``values`` as dates, each value read on its own format (``2022-03-05``, ``03/04/2022``,
    ``24 March 2022``, ISO times with any offset, and 13-digit milliseconds since 1970, as
    pandas writes dates to JSON); times with an offset are converted to UTC and the zone
    dropped. Numeric dates (``05/03/2022``, ``05.03.2022``) are read month first unless
    ``dayfirst``; with ``dayfirst=None`` day first when :func:`date_order` finds the values
    put the day first. Values that cannot be read (``2022-02-30``, text) or that lie outside
    the years 1677–2262 of ``datetime64[ns]`` (``3000-01-01``, ``0022-03-24``) are ``NaT``:
    :func:`unreadable_dates` names them. Always ``datetime64[ns]``, the corpus schema's type,
    whatever the values (pandas infers the unit from them, so chunks of one column differed).
    """
    text = as_str(values)
    parsed = pd.to_datetime(text, errors="coerce", format="mixed", utc=True)
    if dayfirst is None:
        dayfirst = date_order(text)[0] == "day"
    if dayfirst:
        numeric = text.str.match(NUMERIC_DATE).fillna(False).to_numpy(bool)
        if numeric.any():
            again = pd.to_datetime(
                text[numeric], errors="coerce", format="mixed", utc=True, dayfirst=True
            )
            parsed[numeric] = again.to_numpy()
    stripped = text.str.strip()
    epoch = stripped.str.fullmatch(_EPOCH_MS).fillna(False).to_numpy(bool)
    if epoch.any():
        ms = pd.to_numeric(stripped[epoch])
        parsed[epoch] = pd.to_datetime(ms, unit="ms", utc=True).to_numpy()
    naive = parsed.dt.tz_localize(None)
    outside = (naive < pd.Timestamp.min) | (naive > pd.Timestamp.max)
    return naive.mask(outside).astype("datetime64[ns]")


def unreadable_dates(raw: pd.Series, parsed: pd.Series) -> pd.Series:
    """True where ``raw`` holds a date (not empty) that :func:`parse_dates` could not read."""
    given = as_str(raw).fillna("").str.strip().ne("")
    return given & pd.isna(np.asarray(parsed))  # by position: the indexes may differ


def column_list(columns, most: int = 12) -> str:
    """``columns`` for an error message: the first ``most`` and how many in all; a table of
    scores (``tokens`` and rates) is named as such."""
    names = [str(c) for c in columns]
    if not names:
        return "available columns: none"
    shown = ", ".join(names[:most]) + (f", ... ({len(names)} in all)" if len(names) > most else "")
    hint = ""
    if "tokens" in names and any(n.endswith("_per_1k") for n in names):
        hint = "; this looks like a table of scores (framing score), not of documents"
    return f"available columns: {shown}{hint}"


def _column(df: pd.DataFrame, col: str | None, what: str, path: Path) -> pd.Series | None:
    if col is None:
        return None
    if col not in df.columns:
        raise InputError(f"{path}: no {what} column {col!r}; {column_list(df.columns)}")
    return df[col]


def load(
    path: str | os.PathLike,
    text_col: str = "text",
    id_col: str | None = None,
    group_col: str | None = None,
    date_col: str | None = None,
    title_col: str | None = None,
    encoding: str | None = None,
    metadata: str | os.PathLike | None = None,
    title_line: bool = False,
    boilerplate: bool = False,
) -> pd.DataFrame:
    """Load a corpus from ``path`` in the standard schema.

    Parameters
    ----------
    path
        A folder of ``.txt`` files (searched recursively, any case of ``.txt``; hidden files
        and folders, such as macOS's ``._name.txt``, left out; optional ``metadata.csv`` or
        ``metadata=`` CSV joined on a ``file``/``filename``/``path`` column), a single ``.txt``,
        or a ``.csv``, ``.tsv``, ``.jsonl``/``.ndjson`` or ``.parquet`` table.
    text_col, id_col, group_col, date_col, title_col
        Input columns mapped to ``text``, ``doc_id``, ``group``, ``date``, ``title``. Without
        ``id_col`` the ids are the relative file paths (folders) or ``<file stem>-<row>``;
        without ``date_col`` a ``date`` column is the date. Dates are read by
        :func:`parse_dates` (``date_raw`` keeps the values as given; unreadable ones are
        ``NaT``).
    encoding
        Text encoding (default UTF-8 with or without BOM).
    metadata
        A CSV joined to a folder's files (default ``metadata.csv`` in the folder).
    title_line
        ``.txt`` files only: the first line of each file is its title (see
        :func:`framing.data.article.read_txt`); by default a file without ``NAME.yaml`` beside it
        is read whole.
    boilerplate
        Remove units repeated in many documents of a group (``group_col``; the whole corpus
        without one) with :func:`framing.data.boilerplate.clean_corpus`: the texts are
        cleaned, a ``boilerplate_spans`` column records what was cut (original offsets) and
        ``attrs["boilerplate"]`` holds the report. Off by default.

    Raises
    ------
    InputError
        Unreadable or undecodable file, missing column, duplicate ids.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    if p.is_dir():
        df = _read_folder(p, encoding, metadata, title_line)
        text_col = "text" if text_col not in df.columns else text_col
    elif p.suffix.lower() == ".txt":
        df = pd.DataFrame([_txt_row(p, p.name, encoding, title_line)])
        text_col = "text"
    elif p.suffix.lower() in TABLE_SUFFIXES:
        df = read_table(p, encoding)
        df.columns = [str(c) for c in df.columns]
    else:
        raise InputError(
            f"{p}: unsupported file type {p.suffix!r}; use a folder of .txt files, "
            ".csv, .tsv, .jsonl or .parquet"
        )

    text = _column(df, text_col, "text", p)
    if text is None:
        raise InputError(f"{p}: no text column")
    check_text_column(text, p, text_col)
    out = df.drop(columns=[c for c in (text_col,) if c in df.columns]).copy()
    out["text"] = as_str(text).fillna("")
    if id_col is None and "doc_id" in df.columns:
        id_col = "doc_id"
    ids = _column(df, id_col, "id", p)
    if ids is not None:
        check_ids(ids, id_col, p)
        out["doc_id"] = as_str(ids)
    else:
        width = len(str(len(df)))
        out["doc_id"] = [f"{p.stem}-{i + 1:0{width}d}" for i in range(len(df))]
        check_ids(out["doc_id"], "doc_id", p)  # a folder's relative paths are unique already
    for col, name, what in ((group_col, "group", "group"), (title_col, "title", "title")):
        series = _column(df, col, what, p)
        if series is not None:
            out[name] = as_str(series)
    if date_col is None and "date" in df.columns:
        date_col = "date"
    dates = _column(df, date_col, "date", p)
    if dates is not None:
        out["date_raw"] = as_str(dates)
        order = date_order(dates)  # once: for the reading and for the warning
        out["date"] = parse_dates(dates, dayfirst=order[0] == "day")
        message = date_order_warning(*order, str(p))
        if message:
            warnings.warn(message, FramingWarning, stacklevel=2)
    if "source" not in out.columns:
        out["source"] = p.name
    mapped = {id_col: "doc_id", group_col: "group", title_col: "title", date_col: "date"}
    out = out.drop(columns=[c for c, t in mapped.items() if c and c != t and c in out.columns])
    order = list(range(len(out)))
    result = standardize(out.assign(_order=order), p.name)
    result = result.sort_values("_order", kind="stable").drop(columns="_order")
    result.attrs["path"] = str(p)
    if "date_raw" in result.columns:
        result["date_raw"] = result["date_raw"].astype(STR_DTYPE)
    result = result.reset_index(drop=True)
    if boilerplate:
        by = "group" if group_col is not None or result["group"].notna().any() else None
        result, report = clean_corpus(result, by=by)
        result.attrs = {"path": str(p), "boilerplate": report.to_dict()}
    return result


#: Options of :func:`load` that map input columns (``None`` = keep the standard column).
COLUMN_OPTIONS = ("text_col", "id_col", "group_col", "date_col", "title_col")


def remap_columns(
    df: pd.DataFrame,
    text_col: str | None = None,
    id_col: str | None = None,
    group_col: str | None = None,
    date_col: str | None = None,
    title_col: str | None = None,
    where: str = "corpus",
) -> pd.DataFrame:
    """A standard-schema corpus with other columns taken as ``text``, ``doc_id``, ``group``,
    ``date`` or ``title`` (e.g. ``group_col="speaker"`` groups a dataset by speaker).

    Options that are None or already the standard name change nothing; the replaced standard
    column is kept as ``<name>_original``.
    """
    out = df
    for col, target in (
        (text_col, "text"),
        (id_col, "doc_id"),
        (group_col, "group"),
        (date_col, "date"),
        (title_col, "title"),
    ):
        if not col or col == target:
            continue
        if col not in df.columns:
            raise InputError(f"{where}: no column {col!r}; {column_list(df.columns)}")
        if out is df:
            out = df.copy()
        if target in out.columns:
            out[f"{target}_original"] = out[target]
        values = df[col]
        if target == "date":
            values = parse_dates(values)
        elif target != "text":
            values = as_str(values)
        out[target] = values.to_numpy()
    if out is not df and out["doc_id"].duplicated().any():
        raise InputError(f"{where}: column {id_col!r} has duplicate values; ids must be unique")
    return out


def check_ids(ids: pd.Series, id_col: str, where) -> None:
    """:class:`InputError` for a missing id (naming its row) or an id given twice once the ids
    are strings (``7`` and ``"7"`` alike): ``where`` names the input."""
    if ids.isna().any():
        raise InputError(
            f"{where}: id column {id_col!r} has empty values (row "
            f"{int(ids.isna().to_numpy().argmax()) + 1}); fill them or omit the id column"
        )
    dup = as_str(ids).duplicated(keep=False)
    if dup.any():
        first = as_str(ids)[dup].iloc[0]
        raise InputError(
            f"{where}: duplicate id {first!r} ({int(dup.sum())} rows share an id); make "
            "the ids unique or omit the id column to number the rows"
        )


def without_article(corpus: pd.DataFrame, body: str) -> pd.DataFrame:
    """``corpus`` without the documents whose text is the article's ``body`` (spacing aside),
    with one :class:`FramingWarning` naming them: the article compared with itself is its own
    nearest neighbour and weighs on the corpus side of keyness."""
    key = " ".join(body.split())
    texts = corpus["text"].fillna("").astype(str)
    near = texts.str.len() >= len(key)  # a text with the same words is no shorter
    same = near & texts.where(near, "").map(lambda t: " ".join(t.split()) == key)
    if not same.any():
        return corpus
    if same.all():
        raise InputError(
            f"all {len(corpus)} corpus documents have the article's own text; nothing to "
            "compare with"
        )
    ids = corpus.loc[same, "doc_id"].astype(str).tolist() if "doc_id" in corpus else []
    warnings.warn(
        f"left out {int(same.sum())} corpus document(s) with the article's own text "
        f"({_some([repr(i) for i in ids])}): the article is not compared with itself",
        FramingWarning,
        stacklevel=2,
    )
    return corpus.loc[~same].reset_index(drop=True)


def known_names() -> list[str]:
    """Registry dataset names and the names of corpora registered with ``framing data add``."""
    return [d.name for d in registry.datasets()] + local.names()


def stored_columns(name: str) -> list[str] | None:
    """The columns of the registry dataset or registered corpus ``name``, read from the schema
    of its stored Parquet table without its rows; None when it is no single stored table (not
    parsed yet, several tables, unreadable)."""
    import pyarrow.parquet as pq

    if name in {d.name for d in registry.datasets()}:
        files = list(cached_files(name).values())
        path = files[0] if len(files) == 1 else None
    elif name in local.names():
        path = local.corpora_dir() / name / local.TABLE
    else:
        return None
    try:
        return pq.read_schema(path).names if path is not None and path.is_file() else None
    except (OSError, ValueError):
        return None


def load_corpus(name_or_path: str | os.PathLike, **kw) -> pd.DataFrame | dict[str, pd.DataFrame]:
    """A corpus by registry dataset name, by the name given to ``framing data add``, or by path.

    A path that exists wins over a name. ``kw`` are the options of :func:`load`; for a named
    corpus the column options (``text_col``, ``group_col``, ...) choose other columns of it as
    text, group, date, etc. (:func:`remap_columns`).

    Raises
    ------
    InputError
        Neither an existing path nor a known name (the message lists the names).
    """
    name = str(name_or_path)
    if not Path(name_or_path).exists():
        columns = {k: kw.get(k) for k in COLUMN_OPTIONS}
        if columns["text_col"] == "text":
            columns["text_col"] = None
        if name in {d.name for d in registry.datasets()}:
            df = load_dataset(name)
        elif name in local.names():
            df = local.load(name)
        else:
            raise InputError(
                f"{name}: no such file or folder, and not a dataset name "
                f"({', '.join(known_names())}; add your own with `framing data add NAME PATH`)"
            )
        if isinstance(df, dict):
            return df
        return remap_columns(df, **columns, where=name)
    return load(name_or_path, **kw)


@dataclass
class ValidationReport:
    """Schema and content checks of a corpus DataFrame.

    ``ok`` is false when columns are missing, there are no documents, ids are duplicated or
    texts are empty; duplicate texts and unparseable dates are warnings.
    """

    n_docs: int
    empty_texts: int = 0
    duplicate_ids: int = 0
    duplicate_texts: int = 0
    unparseable_dates: int = 0
    missing_columns: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the corpus can be scored and compared."""
        return (
            self.n_docs > 0
            and not self.missing_columns
            and not self.duplicate_ids
            and not self.empty_texts
        )

    def summary(self) -> str:
        """A short human-readable report."""
        lines = [f"{self.n_docs} documents: {'OK' if self.ok else 'PROBLEMS'}"]
        if self.missing_columns:
            lines.append(f"  missing columns: {', '.join(self.missing_columns)}")
        for label, n, key in (
            ("empty texts", self.empty_texts, "empty_texts"),
            ("duplicate ids", self.duplicate_ids, "duplicate_ids"),
            ("duplicate texts (warning)", self.duplicate_texts, "duplicate_texts"),
            ("unparseable dates (warning)", self.unparseable_dates, "unparseable_dates"),
        ):
            if n:
                ex = ", ".join(self.examples.get(key, [])[:3])
                lines.append(f"  {label}: {n}" + (f" (e.g. {ex})" if ex else ""))
        return "\n".join(lines)


def validate(df: pd.DataFrame) -> ValidationReport:
    """Check ``df`` against the standard corpus schema.

    Checks: every standard column present; ``doc_id`` unique; no empty / blank / missing texts;
    duplicate texts (rows whose text repeats an earlier one); dates that did not parse (``date``
    NaT while ``date_raw`` is non-empty, or a non-datetime ``date`` column with unparseable
    values).
    """
    missing = [c for c in SCHEMA if c not in df.columns]
    report = ValidationReport(n_docs=len(df), missing_columns=missing)
    ids = df["doc_id"].astype(str) if "doc_id" in df.columns else pd.Series(dtype=str)
    if "text" in df.columns:
        text = df["text"]
        empty = text.isna() | (text.fillna("").astype(str).str.strip() == "")
        report.empty_texts = int(empty.sum())
        report.examples["empty_texts"] = ids[empty].tolist()[:5] if len(ids) else []
        dup_t = text.fillna("").astype(str).duplicated() & ~empty
        report.duplicate_texts = int(dup_t.sum())
        report.examples["duplicate_texts"] = ids[dup_t].tolist()[:5] if len(ids) else []
    if len(ids):
        dup = ids.duplicated()
        report.duplicate_ids = int(dup.sum())
        report.examples["duplicate_ids"] = sorted(set(ids[dup]))[:5]
    if "date" in df.columns:
        if "date_raw" in df.columns:
            bad = (
                df["date"].isna()
                & df["date_raw"].notna()
                & (df["date_raw"].astype(str).str.strip() != "")
            )
        elif pd.api.types.is_datetime64_any_dtype(df["date"]):
            bad = pd.Series(False, index=df.index)
        else:
            parsed = pd.to_datetime(df["date"], errors="coerce", format="mixed")
            bad = parsed.isna() & df["date"].notna()
        report.unparseable_dates = int(bad.sum())
        report.examples["unparseable_dates"] = ids[bad].tolist()[:5] if len(ids) else []
    return report
