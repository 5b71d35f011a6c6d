"""``framing score INPUT... --out OUT``: one row of metrics per document.

``--jobs N`` scores in N local processes; ``--engine dask [--scheduler ADDRESS]`` on a dask
cluster; ``--chunk-size N`` streams CSV/TSV/JSONL/Parquet inputs N documents at a time and writes
each chunk's rows as they come, so memory does not grow with the corpus. The output is written
to a temporary file beside ``--out`` and renamed at the end (no partial output under the final
name). The table is the same whichever of these options is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from framing.cli._io import check_texts, lexicon_from_args, read_inputs
from framing.cli._options import add_raw_csv, jobs, positive_float, positive_int
from framing.core.errors import InputError, OutputError
from framing.core.files import bom_encoding
from framing.core.outputs import claim_output
from framing.core.spreadsheet import to_csv
from framing.data.corpus import check_text_column

FORMATS = (".csv", ".parquet", ".jsonl")
STREAM_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".parquet", ".pq"}


def register(sub) -> None:
    p = sub.add_parser("score", help="metrics for many documents")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, .csv, .jsonl or .parquet")
    p.add_argument("--out", required=True, help="output .csv, .parquet or .jsonl")
    p.add_argument("--text-col", default="text")
    p.add_argument("--id-col", default="doc_id")
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
    p.add_argument("--lexicon", action="append", metavar="FILE")
    p.add_argument("--encoding", default=None)
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.add_argument(
        "--scheduler-timeout",
        type=positive_float,
        default=20.0,
        metavar="SECONDS",
        help="give up on a dask scheduler that does not answer within this time (20)",
    )
    add_raw_csv(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from framing.engine.scoring import score, score_stream

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise OutputError(f"{out}: unknown output type; use one of {', '.join(FORMATS)}")
    if args.jobs < 1:
        raise InputError(f"--jobs must be >= 1, got {args.jobs}")
    if args.chunk_size is not None and args.chunk_size < 1:
        raise InputError(f"--chunk-size must be >= 1, got {args.chunk_size}")
    if args.scheduler and args.engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    inputs = [*args.inputs, *(args.lexicon or [])]
    with claim_output(out, force=args.force, inputs=inputs) as claim:
        lexicon = lexicon_from_args(args)
        kw = dict(
            id_col=args.id_col,
            lexicon=lexicon,
            jobs=args.jobs,
            engine=args.engine,
            scheduler=args.scheduler,
            scheduler_timeout=args.scheduler_timeout,
        )
        if args.chunk_size is None:
            df = read_inputs(args.inputs, args.text_col, args.id_col, args.encoding)
            tables: Iterator[pd.DataFrame] = iter([score(df, text_col="text", **kw)])
        else:
            chunks = _chunks(args.inputs, args)
            tables = score_stream(chunks, text_col="text", **kw)
        with claim.file() as tmp:
            writer = _Writer(tmp, out.suffix.lower(), raw_csv=args.raw_csv)
            try:
                for table in tables:
                    writer.write(table)
            finally:
                writer.close()
    return 0


# ---------------------------------------------------------------- streaming input
def _chunks(paths: list[str], args) -> Iterator[pd.DataFrame]:
    """Frames (``args.id_col``, ``text``) of at most ``args.chunk_size`` documents, in order.

    Tables are read chunk by chunk with the same id and text rules as
    :func:`framing.data.corpus.load`; other inputs (``.txt`` files, folders) are read whole.
    Duplicate ids across the whole stream are an error, as without streaming.
    """
    seen: set[str] = set()
    for name in paths:
        p = Path(name)
        if p.suffix.lower() in STREAM_SUFFIXES and p.is_file():
            frames = (
                check_texts(chunk, args.id_col, what=f"{p} (chunk)")
                for chunk in _table_chunks(
                    p, args.chunk_size, args.text_col, args.id_col, args.encoding
                )
            )
        else:
            frames = iter([read_inputs([name], args.text_col, args.id_col, args.encoding)])
        for frame in frames:
            ids = frame[args.id_col]
            dup = ids[ids.isin(seen) | ids.duplicated()]
            if len(dup):
                raise InputError(
                    f"duplicate document id {dup.iloc[0]!r} (in {p}); make the ids unique or "
                    "omit the id column to number the rows"
                )
            seen.update(ids)
            yield frame


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
                yield batch.to_pandas()
        except (OSError, ValueError) as exc:
            raise InputError(f"{p}: not a readable Parquet file ({exc})") from None
        return
    codec = encoding or _bom_codec(p) or "utf-8-sig"
    try:
        if suffix in {".jsonl", ".ndjson"}:
            reader = pd.read_json(p, lines=True, dtype=False, chunksize=size, encoding=codec)
        else:
            reader = pd.read_csv(
                p,
                sep="\t" if suffix == ".tsv" else ",",
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
        raise InputError(f"{p}: cannot decode as {codec} ({exc.reason}){hint}") from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; use a Python codec name") from None
    except (ValueError, pd.errors.ParserError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{p}: cannot parse as {suffix[1:].upper()} ({first})") from None


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
    p: Path, size: int, text_col: str, id_col: str, encoding: str | None
) -> Iterator[pd.DataFrame]:
    table_id = id_col if id_col != "doc_id" else None
    total = None
    first = True
    seen_rows = 0
    for raw in _raw_chunks(p, size, encoding, None):
        raw.columns = [str(c) for c in raw.columns]
        if first:
            first = False
            if text_col not in raw.columns:
                cols = ", ".join(raw.columns)
                raise InputError(f"{p}: no text column {text_col!r}; available columns: {cols}")
            src_id = table_id or ("doc_id" if "doc_id" in raw.columns else None)
            if src_id is not None and src_id not in raw.columns:
                cols = ", ".join(raw.columns)
                raise InputError(f"{p}: no id column {src_id!r}; available columns: {cols}")
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
        yield pd.DataFrame({id_col: ids, "text": texts})


# ---------------------------------------------------------------- incremental output
class _Writer:
    """Appends tables to one CSV, JSONL or Parquet file (header / schema from the first)."""

    def __init__(self, path: Path, suffix: str, raw_csv: bool = False) -> None:
        self.path, self.suffix, self.raw_csv = path, suffix, raw_csv
        self._fh = None
        self._pq = None
        self._empty: pd.DataFrame | None = None

    def write(self, table: pd.DataFrame) -> None:
        if self.suffix == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            if not len(table) and self._pq is None:
                self._empty = table
                return
            t = pa.Table.from_pandas(table, preserve_index=False)
            if self._pq is None:
                self._pq = pq.ParquetWriter(self.path, t.schema)
            self._pq.write_table(t.cast(self._pq.schema))
            return
        if self._fh is None:
            self._fh = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            if self.suffix == ".csv":
                to_csv(table, self._fh, raw=self.raw_csv)
                return
        if self.suffix == ".csv":
            to_csv(table, self._fh, raw=self.raw_csv, header=False)
        elif len(table):
            text = table.to_json(orient="records", lines=True, force_ascii=False)
            self._fh.write(text if text.endswith("\n") else text + "\n")

    def close(self) -> None:
        if self._pq is not None:
            self._pq.close()
        elif self.suffix == ".parquet" and self._empty is not None:
            self._empty.to_parquet(self.path, index=False)
        if self._fh is not None:
            self._fh.close()
