"""``framing score INPUT... [--out PATH]``: one row of metrics per document.

INPUTs are ``.txt`` files, folders, CSV/TSV/JSONL/Parquet tables, registry dataset names or names
given to ``framing data add`` (the column options say which columns are text, id, group, date).
``--keep COL,...`` carries metadata columns (e.g. ``group,date``) into the output after
``doc_id``; ``--long`` writes the tidy long table (``doc_id, category, count, per_1k``).

``--home-col COL`` names the column with each publisher's country (the ``home`` of the
attribution rules, as the audits pass it); ``--official-col COL`` a true/false column of
publishers that are their home's own government (``framing.score(official_col=)``).
``--no-attribution`` skips voice, source and target (``framing.score(attribution=False)``):
faster, without the columns they make.
``--jobs N`` scores in N local processes; ``--engine dask [--scheduler ADDRESS]`` on a dask
cluster; ``--chunk-size N`` streams CSV/TSV/JSONL/Parquet inputs N documents at a time and writes
each chunk's rows as they come, so memory does not grow with the corpus. The output is written
to a temporary file beside ``--out`` and renamed at the end (no partial output under the final
name). The table is the same whichever of these options is used. Without ``--out`` the table is
printed in ``--format`` (csv by default).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pandas as pd

from framing.cli._io import (
    add_document_options,
    add_official_option,
    add_table_output,
    check_texts,
    claim_out,
    default_homes,
    input_paths,
    lexicon_from_args,
    read_documents,
    unreadable_pairs,
    warn,
    warn_dates,
)
from framing.cli._options import add_lexicon, jobs, positive_float, positive_int
from framing.core.errors import InputError
from framing.core.files import bom_encoding
from framing.core.tables import TableWriter
from framing.data.corpus import (
    NUMERIC_DATE,
    check_text_column,
    column_list,
    csv_separator,
    date_order,
    date_order_warning,
    nullable_ints,
    parse_dates,
    read_json_lines,
)
from framing.data.datasets import SCHEMA

STREAM_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".parquet", ".pq"}


def register(sub) -> None:
    p = sub.add_parser("score", help="metrics for many documents")
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".txt, folder, .csv/.tsv/.jsonl/.parquet, or a dataset / registered corpus name",
    )
    add_document_options(p)
    add_table_output(p, default_format="csv")
    p.add_argument(
        "--keep",
        metavar="COL,...",
        help="metadata columns to keep after doc_id (e.g. group,date,title)",
    )
    p.add_argument(
        "--long",
        action="store_true",
        help="tidy long table: doc_id, [kept columns,] category, count, per_1k, tokens",
    )
    p.add_argument("--jobs", type=jobs, default=1, help="local worker processes (default 1)")
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local processes (default) or dask partitions",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="dask.distributed scheduler address (with --engine dask), e.g. tcp://host:8786",
    )
    p.add_argument(
        "--chunk-size",
        type=positive_int,
        default=None,
        metavar="N",
        help="stream table inputs N documents at a time (memory independent of corpus size)",
    )
    p.add_argument(
        "--scheduler-timeout",
        type=positive_float,
        default=20.0,
        metavar="SECONDS",
        help="give up on a dask scheduler that does not answer within this time (20)",
    )
    p.add_argument(
        "--home-col",
        metavar="COL",
        help="column with each publisher's country (e.g. outlet_country): the home whose "
        "officials and adversaries the attribution rules recognise, as in the audits; "
        "registry datasets that record it are scored with it by default, as compare does",
    )
    add_official_option(p)
    p.add_argument(
        "--no-attribution",
        dest="attribution",
        action="store_false",
        help="skip voice, source and target, the costliest lexical stage: no _author_, "
        "_targeted_ or vague_source_ columns, every other column the same",
    )
    add_lexicon(p)
    p.set_defaults(func=run)


def _keep(args) -> list[str]:
    return [c.strip() for c in (args.keep or "").split(",") if c.strip()]


def run(args) -> int:
    if args.scheduler and args.engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    with claim_out(args, input_paths(args, "inputs", "lexicon")) as claim:
        _run(args, claim)
    return 0


def _run(args, claim) -> None:
    from framing.core.tables import table_format
    from framing.engine.scoring import long_format, score, score_stream

    lexicon = lexicon_from_args(args)
    keep = _keep(args)
    default_homes(args, args.inputs)
    kw = dict(
        id_col="doc_id",
        lexicon=lexicon,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        scheduler_timeout=args.scheduler_timeout,
        keep=keep,
        home_col=args.home_col,
        official_col=args.official_col,
        attribution=args.attribution,
    )
    if args.chunk_size is None:
        df = read_documents(args.inputs, args, dates="date" in keep)
        tables: Iterator[pd.DataFrame] = iter([score(df, text_col="text", **kw)])
    else:
        read = [*keep, *(c for c in (args.home_col, args.official_col) if c and c not in keep)]
        if claim is None and args.format == "table":
            raise InputError(
                "--format table lines its columns up over the whole table; with --chunk-size "
                "print csv, tsv, jsonl or json, or write --out FILE"
            )
        if claim is None:  # rows printed cannot be taken back: duplicate ids found first
            _check_ids_first(args.inputs, args)
        chunks = _chunks(args.inputs, args, read)
        tables = score_stream(chunks, text_col="text", **kw)
    if args.long:
        tables = (long_format(t, lexicon, keep=keep) for t in tables)
    if claim is None:
        _print_tables(tables, args.format, args.raw_csv)
        return
    fmt = table_format(args.out)
    types = None
    if args.chunk_size is not None and fmt == "parquet":  # the kept columns' whole-input types
        types = _kept_types(args.inputs, args, keep)
    with claim.file() as tmp:
        writer = TableWriter(tmp, fmt, raw_csv=args.raw_csv, name=args.out, types=types)
        try:
            for table in tables:
                writer.write(table)
        finally:
            writer.close()


def _print_tables(tables: Iterator[pd.DataFrame], fmt: str, raw_csv: bool) -> None:
    """The tables (one, or one per chunk) on stdout as one table: CSV/TSV with one header, JSON
    as one array, the same bytes as the whole table rendered at once."""
    from framing.core.tables import render

    first, items = True, False
    for table in tables:
        text = render(table, fmt, raw_csv)
        if fmt == "json":  # "[\n" + items + "\n]\n" per chunk: the items joined into one array
            if text != "[]\n":
                print(("[\n" if not items else ",\n") + text[2:-3], end="")
                items = True
            continue
        if not first and fmt in ("csv", "tsv"):
            text = text.split("\n", 1)[1]  # header once
        print(text, end="")
        first = False
    if fmt == "json":
        print("\n]" if items else "[]")


# ---------------------------------------------------------------- streaming input
def _chunks(paths: list[str], args, keep: list[str]) -> Iterator[pd.DataFrame]:
    """Frames (``doc_id``, ``text``, kept columns) of at most ``args.chunk_size`` documents.

    Tables are read chunk by chunk with the same id and text rules as
    :func:`framing.data.corpus.load`; other inputs (``.txt`` files, folders, dataset names) are
    read whole. Duplicate ids across the whole stream are an error, as without streaming.
    """
    seen: set[str] = set()
    present = set(SCHEMA)  # every input has the standard columns, empty where not given
    renames = {args.group_col: "group", args.date_col: "date", args.title_col: "title"}
    renames = {k: v for k, v in renames.items() if k}
    _check_kept_in_headers(paths, args, keep, renames)
    for name in paths:
        p = Path(name)
        if p.suffix.lower() in STREAM_SUFFIXES and p.is_file():
            frames = (
                check_texts(chunk, "doc_id", what=f"{p} (chunk)")
                for chunk in _table_chunks(
                    p, args.chunk_size, args.text_col, args.id_col, args.encoding, renames, keep,
                    present,
                )
            )  # fmt: skip
        else:
            whole = read_documents([name], args, dates="date" in keep)
            present.update(map(str, whole.columns))
            frames = iter([whole])
        for frame in frames:
            _check_new_ids(frame["doc_id"], seen, p)
            yield frame
    if not seen:  # as the whole read refuses it
        raise InputError(f"{', '.join(map(str, paths))}: no documents")
    absent = [c for c in keep if c not in present]
    if absent:  # as the whole read refuses it (a column of one input only is kept, empty elsewhere)
        raise InputError(f"no column {absent[0]!r} to keep in any input")


def _kept_types(paths: list[str], args, keep: list[str]) -> dict:
    """The Arrow type of each kept column over all the table inputs, as the whole read writes
    it (:func:`framing.core.tables.wider_type` of every chunk's type), for a streamed Parquet
    output: a JSONL column that mixes numbers and text is text in every chunk, integers and
    floats are floats, a first chunk of missing values takes the later values' type. One more
    read of the inputs, of the kept columns alone where the format allows it (Parquet);
    ``date`` is parsed (timestamps in every chunk) and inputs read whole (``.txt`` files,
    folders, datasets) are left to their chunk."""
    from framing.core.tables import column_type, wider_type
    from framing.engine.scoring import kept_values

    cols = [c for c in keep if c != "date"]
    if not cols:
        return {}
    renames = {args.group_col: "group", args.date_col: "date", args.title_col: "title"}
    renames = {k: v for k, v in renames.items() if k}
    source = {v: k for k, v in renames.items()}
    types: dict = dict.fromkeys(cols)
    for name in paths:
        p = Path(name)
        if p.suffix.lower() not in STREAM_SUFFIXES or not p.is_file():
            continue
        wanted = [source.get(c, c) for c in cols]
        for raw in _raw_chunks(p, args.chunk_size, args.encoding, wanted):
            raw.columns = [str(c) for c in raw.columns]
            named = raw.rename(columns=renames)
            for c in cols:
                values = named[c] if c in named.columns else _absent(c, p, len(named))
                types[c] = wider_type(types[c], column_type(kept_values(values)))
    return {c: t for c, t in types.items() if t is not None}


def _check_kept_in_headers(paths: list[str], args, keep: list[str], renames: dict) -> None:
    """The whole read's refusal of a kept column that no input has, before any row is scored,
    when every input is a CSV, TSV or Parquet table (whose header names its columns; JSON
    lines and text files are checked as they are read)."""
    suffixes = {".csv", ".tsv", ".parquet", ".pq"}
    if not all(Path(n).suffix.lower() in suffixes and Path(n).is_file() for n in paths):
        return
    present = set(SCHEMA)
    for name in paths:
        first = next(iter(_raw_chunks(Path(name), 1, args.encoding, None)), None)
        if first is not None:
            present.update(renames.get(str(c), str(c)) for c in first.columns)
    absent = [c for c in keep if c not in present]
    if absent:
        raise InputError(f"no column {absent[0]!r} to keep in any input")


def _check_new_ids(ids, seen: set, p: Path) -> None:
    """:class:`InputError` for an id in ``seen`` or twice in ``ids``; ``seen`` then holds them.

    One set lookup per id: ``Series.isin(seen)`` turns the whole set into an array on every
    call, which made a stream quadratic in its number of documents (0.8 s per chunk of 500
    after 200,000 ids)."""
    for i in ids:
        if i in seen:
            raise InputError(
                f"duplicate document id {i!r} (in {p}, row {len(seen) + 1:,} of the input); make "
                "the ids unique or omit the id column to number the rows"
            )
        seen.add(i)


def _check_ids_first(paths: list[str], args) -> None:
    """The duplicate-id check of :func:`_chunks` over the id columns of the table inputs,
    before any row is scored (for output to stdout, where printed rows stay printed)."""
    seen: set[str] = set()
    src = args.id_col or "doc_id"
    for name in paths:
        p = Path(name)
        if p.suffix.lower() not in STREAM_SUFFIXES or not p.is_file():
            continue
        for raw in _raw_chunks(p, args.chunk_size, args.encoding, [src]):
            if str(src) not in map(str, raw.columns):
                break  # no id column: the rows are numbered (or the main pass names it)
            raw.columns = [str(c) for c in raw.columns]
            _check_new_ids(pd.Series(_as_str(raw[src])).dropna(), seen, p)


def _raw_chunks(p: Path, size: int, encoding: str | None, columns: list[str] | None):
    suffix = p.suffix.lower()
    if suffix in {".parquet", ".pq"}:
        import pyarrow.parquet as pq

        try:
            # no pre-buffering / reader threads: memory follows the batch, not the row group
            pf = pq.ParquetFile(p, pre_buffer=False, buffer_size=1 << 20)
            names = pf.schema_arrow.names
            cols = [c for c in columns if c in names] if columns is not None else None
            for batch in pf.iter_batches(batch_size=size, columns=cols, use_threads=False):
                yield nullable_ints(batch.to_pandas(), batch.schema)
        except (OSError, ValueError) as exc:
            raise InputError(f"{p}: not a readable Parquet file ({exc})") from None
        return
    codec = encoding or _bom_codec(p) or "utf-8-sig"
    try:
        if suffix in {".jsonl", ".ndjson"}:
            # lines read here and parsed as the whole-file reader does (exact floats, ids as
            # written: read_json_lines), so a value does not depend on the chunk it falls in
            with p.open(encoding=codec, newline="") as fh:
                start = 1
                while lines := list(islice(fh, size)):
                    if "".join(lines).strip():
                        yield _json_chunk(p, lines, start)
                    start += len(lines)
            return
        reader = pd.read_csv(
            p,
            sep=csv_separator(suffix, _first_line(p, codec)),
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            chunksize=size,
            encoding=codec,
        )
        with reader:
            yield from reader
    except UnicodeDecodeError as exc:
        hint = "" if encoding else "; pass --encoding (e.g. cp1252 or latin-1) if it is not UTF-8"
        where = _bad_byte(p, codec)  # as the whole-file read names it
        raise InputError(f"{p}: cannot decode {where or exc.reason} as {codec}{hint}") from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; use a Python codec name") from None
    except (ValueError, pd.errors.ParserError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{p}: cannot parse as {suffix[1:].upper()} ({first})") from None


def _first_line(p: Path, codec: str) -> str:
    """The first line of ``p`` (its header), decoded leniently: an undecodable byte is named
    by the read that follows."""
    with p.open(encoding=codec, errors="replace", newline="") as fh:
        return fh.readline()


def _bad_byte(p: Path, codec: str) -> str | None:
    """``byte 0xe9 at offset 14207501``: the first byte of ``p`` that ``codec`` cannot decode,
    found by decoding the file again block by block (only after a streamed read failed)."""
    import codecs

    decoder = codecs.getincrementaldecoder(codec)()
    offset = 0  # of the bytes the decoder holds back (an unfinished character) and the block
    try:
        with p.open("rb") as fh:
            while block := fh.read(1 << 20):
                data = decoder.getstate()[0] + block  # what the decoder reads, exc.start into it
                try:
                    decoder.decode(block)
                except UnicodeDecodeError as exc:
                    return f"byte 0x{data[exc.start]:02x} at offset {offset + exc.start}"
                offset += len(data) - len(decoder.getstate()[0])
    except (OSError, LookupError, IndexError):
        return None
    return None


def _json_chunk(p: Path, lines: list[str], start: int) -> pd.DataFrame:
    """Lines ``start`` .. of a JSONL file as a table; an error names the lines of the chunk
    and the first bad line in the file's numbering."""
    try:
        return read_json_lines("".join(lines), first_line=start)
    except ValueError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(
            f"{p}: cannot parse lines {start:,}-{start + len(lines) - 1:,} as JSON lines ({first})"
        ) from None


def _bom_codec(p: Path) -> str | None:
    try:
        with p.open("rb") as fh:
            return bom_encoding(fh.read(4))
    except OSError:
        return None


def _as_str(values) -> list:
    return [
        None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v) for v in values
    ]


def _table_chunks(
    p: Path,
    size: int,
    text_col: str,
    id_col: str | None,
    encoding: str | None,
    renames: dict[str, str],
    keep: list[str],
    present: set[str] | None = None,
) -> Iterator[pd.DataFrame]:
    """Frames of ``p`` read ``size`` rows at a time (``doc_id``, ``text``, ``keep``).

    A kept column the file lacks (a standard column such as ``group``, a column of another
    input, a key that some JSON lines leave out) is empty, as the whole read gives it
    (``source``: the file name); ``present`` collects the columns the file has.
    """
    from framing.engine.scoring import kept_values

    present = set() if present is None else present

    table_id = id_col if id_col not in (None, "doc_id") else None
    total = None
    first = True
    seen_rows = n_dates = 0
    bad_dates: list[str] = []
    order: tuple[str, list[str]] = ("month", [])  # day first from the chunk that shows it
    month_first = 0  # numeric dates read month first before a chunk showed the day first
    for raw in _raw_chunks(p, size, encoding, None):
        raw.columns = [str(c) for c in raw.columns]
        if first:
            first = False
            if text_col not in raw.columns:
                raise InputError(f"{p}: no text column {text_col!r}; {column_list(raw.columns)}")
            src_id = table_id or ("doc_id" if "doc_id" in raw.columns else None)
            if src_id is not None and src_id not in raw.columns:
                raise InputError(f"{p}: no id column {src_id!r}; {column_list(raw.columns)}")
            for col in renames:
                if col not in raw.columns:
                    raise InputError(f"{p}: no column {col!r}; {column_list(raw.columns)}")
            if src_id is None:  # ids "<stem>-<row>" are zero-padded to the number of rows
                total = sum(len(c) for c in _raw_chunks(p, size, encoding, [text_col]))
                width, row = len(str(total)), 0
        check_text_column(raw[text_col], p, text_col, offset=seen_rows)
        seen_rows += len(raw)
        texts = ["" if t is None else t for t in _as_str(raw[text_col])]
        if src_id is not None:
            ids = _as_str(raw[src_id])
            if any(i is None for i in ids):
                raise InputError(
                    f"{p}: id column {src_id!r} has empty values; fill them or omit the id column"
                )
        else:
            ids = [f"{p.stem}-{row + i + 1:0{width}d}" for i in range(len(raw))]
            row += len(raw)
        frame = pd.DataFrame({"doc_id": ids, "text": texts})
        named = raw.rename(columns=renames)
        present.update(named.columns)
        for col in keep:
            values = named[col] if col in named.columns else _absent(col, p, len(named))
            if col == "date":
                order = order if order[0] != "month" else date_order(values)
                if order[0] == "month":
                    month_first += int(
                        pd.Series(_as_str(values), dtype=object).str.match(NUMERIC_DATE).sum()
                    )
                raw, values = values, parse_dates(values, dayfirst=order[0] == "day")
                bad_dates += unreadable_pairs(ids, raw, values)
                n_dates += len(raw)
            frame[col] = kept_values(values)
        yield frame
    warn_dates(bad_dates, n_dates, str(p))  # one warning for the file, not one per chunk
    if message := date_order_warning(*order, str(p)):
        if order[0] == "day" and month_first:
            message += (
                f"; the {month_first:,} numeric date(s) of the chunks before were read month "
                "first (score without --chunk-size to read them all day first)"
            )
        warn(message)


def _absent(col: str, p: Path, n: int) -> pd.Series:
    """The values of kept column ``col`` where the file has none: the file's name for
    ``source`` (as :func:`framing.data.corpus.load` gives it), else missing."""
    return pd.Series([p.name if col == "source" else None] * n, dtype=object)
