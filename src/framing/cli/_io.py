"""Shared helpers of the engine subcommands: reading inputs, loading the lexicon, warnings.

Every text the CLI reads from the user's files goes through :func:`check_texts` (or
:func:`read_article_arg` for the article): HTML is blanked out with offsets kept
(:func:`framing.engine.language.strip_html`) and a warning line is printed; texts that look
non-English (``low_coverage``) and empty texts are warned about too. Warnings are one line each
on stderr, prefixed ``framing: warning:``; they do not change the exit status.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from framing.core.errors import InputError
from framing.core.spreadsheet import spreadsheet_restored
from framing.engine.lexicon import Lexicon, load_lexicon


def lexicon_from_args(args) -> Lexicon:
    """Built-in lexicon extended by ``--lexicon FILE`` options."""
    return load_lexicon(getattr(args, "lexicon", None) or None)


def warn(message: str) -> None:
    """One warning line on stderr (shown even with ``--quiet``)."""
    print(f"framing: warning: {message}", file=sys.stderr)


def _examples(ids: list, n: int = 3) -> str:
    shown = ", ".join(repr(str(i)) for i in ids[:n])
    return shown + (", ..." if len(ids) > n else "")


def warn_unreadable_dates(ids, raw: pd.Series, parsed, what: str) -> None:
    """One warning naming the documents (``ids``) whose date ``raw`` (as given) could not be
    read (``parsed`` NaT; :func:`framing.data.corpus.parse_dates`); all three in one order."""
    warn_dates(unreadable_pairs(ids, raw, parsed), len(raw), what)


def unreadable_pairs(ids, raw: pd.Series, parsed) -> list[str]:
    """``"id: 'date'"`` for each date of ``raw`` that could not be read (see
    :func:`warn_unreadable_dates`)."""
    from framing.data.corpus import unreadable_dates

    bad = unreadable_dates(raw, parsed).to_numpy()
    if not bad.any():
        return []
    return [f"{i!s}: {d!r}" for i, d in zip(pd.Series(ids)[bad], raw[bad], strict=True)]


def warn_dates(pairs: list[str], total: int, what: str) -> None:
    """The warning of :func:`warn_unreadable_dates` for ``pairs`` of ``total`` dates."""
    if pairs:
        shown = ", ".join(pairs[:3]) + (", ..." if len(pairs) > 3 else "")
        warn(
            f"{what}: {len(pairs)} of {total} date(s) could not be read ({shown}); they are "
            "left empty (write YYYY-MM-DD)"
        )


def check_texts(
    df: pd.DataFrame, id_col: str = "doc_id", what: str = "input", quiet_corpus: bool = False
) -> pd.DataFrame:
    """Blank out HTML in ``df["text"]`` and warn about HTML, non-English and empty texts.

    With ``quiet_corpus`` (a reference corpus of ``compare``/``keyness``) only HTML is warned
    about; the texts are treated the same.
    """
    from framing.engine.language import check_text

    texts, html, low, empty = [], [], [], []
    for doc_id, text in zip(df[id_col], df["text"], strict=True):
        if not isinstance(text, str) or not text.strip():
            empty.append(doc_id)
            texts.append(text)
            continue
        c = check_text(text)
        texts.append(c.text)
        if c.is_html:
            html.append(doc_id)
        if c.low_coverage:
            low.append(doc_id)
    n = len(df)
    if html:
        warn(
            f"{what}: {len(html)} of {n} document(s) look like HTML ({_examples(html)}); tags, "
            "scripts and styles were blanked out before analysis (offsets kept)"
        )
    if low and not quiet_corpus:
        warn(
            f"{what}: {len(low)} of {n} document(s) look non-English ({_examples(low)}): few "
            "English function words (low_coverage); the lexicons are English, so their rates "
            "are near zero for that reason"
        )
    if empty and not quiet_corpus:
        warn(
            f"{what}: {len(empty)} of {n} document(s) are empty or whitespace only "
            f"({_examples(empty)}); they get tokens = 0 and NaN rates"
        )
    if html:
        df = df.assign(text=texts)
    return df


# ---------------------------------------------------------------- options
def add_article_options(p) -> None:
    """``--meta FILE`` and ``--title-line``: the title rule of the article (see
    :mod:`framing.data.article`)."""
    p.add_argument(
        "--meta",
        metavar="FILE",
        help="article metadata YAML (headline, outlet, published, ...); default NAME.yaml "
        "beside NAME.txt",
    )
    _add_title_line(p)


def add_article_encoding(p) -> None:
    """``--article-encoding``: the article's encoding where ``--encoding`` gives the corpus's
    (``compare``, ``report``, ``keyness``)."""
    p.add_argument(
        "--article-encoding",
        metavar="CODEC",
        help="text encoding of the article when it differs from the corpus's --encoding "
        "(default: --encoding, else UTF-8)",
    )


def _add_title_line(p) -> None:
    if any("--title-line" in a.option_strings for a in p._actions):
        return
    p.add_argument(
        "--title-line",
        action="store_true",
        help="the first line of a .txt is its headline (copy text: a 'Published:' line, photo "
        "captions and a closing author line are removed too); default: the whole file is text",
    )


def add_official_option(p) -> None:
    """``--official-col`` of the commands that take ``--home-col`` (``official_col=`` of
    :func:`framing.score`)."""
    p.add_argument(
        "--official-col",
        metavar="COL",
        help="true/false column: the publisher is the home's own government (a White House or "
        "Kremlin release), whose collective name as a subject is the author's voice; needs "
        "--home-col",
    )


def add_document_options(p, what: str = "inputs") -> None:
    """The column options of every command that reads documents, and ``--encoding``."""
    g = p.add_argument_group(f"reading {what} (folders, CSV/TSV/JSONL/Parquet, dataset names)")
    g.add_argument("--text-col", default="text", metavar="COL", help="text column (text)")
    g.add_argument("--id-col", metavar="COL", help="document id column (doc_id, else row numbers)")
    g.add_argument("--group-col", metavar="COL", help="group column (group)")
    g.add_argument("--date-col", metavar="COL", help="date column (date)")
    g.add_argument("--title-col", metavar="COL", help="title column (title)")
    add_encoding(p)
    _add_title_line(p)


def add_encoding(p) -> None:
    """``--encoding CODEC`` (once per parser)."""
    if any("--encoding" in a.option_strings for a in p._actions):
        return
    p.add_argument(
        "--encoding", metavar="CODEC", help="text encoding of the input files (default UTF-8)"
    )


def add_table_output(p, default_format: str = "table", formats=None) -> None:
    """``--out PATH`` (format from the extension), ``--format`` (stdout), ``--force`` and
    ``--raw-csv``."""
    from framing.cli._options import add_raw_csv
    from framing.core.tables import FILE_FORMATS, SCREEN_FORMATS

    p.add_argument(
        "--out",
        metavar="PATH",
        help=f"write the table to PATH ({', '.join(FILE_FORMATS)}; format from the extension)",
    )
    p.add_argument(
        "--format",
        choices=formats or SCREEN_FORMATS,
        default=default_format,
        help=f"format on stdout ({default_format})",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing --out")
    add_raw_csv(p)


def input_paths(args, *names: str) -> list:
    """The files of this run that an output must never be (inputs, metadata, lexicons)."""
    out: list = []
    for name in names:
        value = getattr(args, name, None)
        out += value if isinstance(value, list) else [value]
    article = getattr(args, "article", None)
    if article and article != STDIN:
        out.append(Path(article).with_suffix(".yaml"))
    return [x for x in out if x]


@contextlib.contextmanager
def claim_out(args, inputs=()) -> Iterator:
    """Claim ``--out`` for the whole run (:func:`framing.core.outputs.claim_output`: a known
    extension, never an input, no clobbering without ``--force``, one run at a time); yields
    None when the table goes to stdout."""
    from framing.core.outputs import claim_output
    from framing.core.tables import table_format

    if not getattr(args, "out", None):
        yield None
        return
    table_format(args.out)  # an unknown extension is refused before anything else
    with claim_output(args.out, force=args.force, inputs=inputs) as claim:
        yield claim


def emit(df: pd.DataFrame, args, claim=None, screen: str | None = None) -> None:
    """Write ``df`` through ``claim`` (``--out``) or print it in ``--format`` (``screen``: the
    text to print for ``--format table`` instead of the plain table)."""
    from framing.core.tables import render, write_table

    raw = bool(getattr(args, "raw_csv", False))
    if claim is not None:
        write_table(df, claim, raw_csv=raw)
        return
    text = screen if args.format == "table" and screen is not None else render(df, args.format, raw)
    if text:  # no rows in JSONL: no bytes (a lone newline counted as one line)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _columns(args) -> dict:
    return {
        "text_col": getattr(args, "text_col", "text") or "text",
        "id_col": getattr(args, "id_col", None),
        "group_col": getattr(args, "group_col", None),
        "date_col": getattr(args, "date_col", None),
        "title_col": getattr(args, "title_col", None),
    }


# ---------------------------------------------------------------- reading
#: The INPUT that names standard input (one UTF-8 text, or ``--encoding``; doc_id ``stdin``).
STDIN = "-"
#: The name standard input goes by in errors, warnings and the ``doc_id`` / ``source``.
STDIN_NAME = "stdin"


def read_article_arg(args, path: str | None = None):
    """The article named on the command line, read by the title rule and checked
    (:func:`framing.data.article.read_article`): HTML blanked out (offsets kept), one warning
    line each about HTML, non-English text and copy text with a headline read without
    ``--title-line``. ``-`` is standard input (:func:`read_stdin_article`)."""
    from framing.data.article import read_article
    from framing.data.corpus import TABLE_SUFFIXES

    if (path or args.article) == STDIN:
        return read_stdin_article(args)
    p = Path(path or args.article)
    if p.is_dir() or p.suffix.lower() in TABLE_SUFFIXES:
        raise InputError(
            f"{p}: the article is one text file (.txt); to analyse many documents use "
            "`framing score` or pass them as --corpus"
        )
    encoding = getattr(args, "article_encoding", None) or getattr(args, "encoding", None)
    title_line = bool(getattr(args, "title_line", False))
    return read_article(
        p, encoding=encoding, title_line=title_line, meta=getattr(args, "meta", None)
    )


def read_stdin_article(args):
    """The article from standard input (``-``), read as a ``.txt`` file is (its bytes decoded
    with ``--article-encoding``/``--encoding``, else UTF-8; the title rule, ``--meta``; the
    same checks and warnings), named ``stdin``; an empty input is an error, as an empty file is.
    A ``--corpus -`` as well is refused: standard input can be read only once."""
    from framing.core.files import decode_bytes
    from framing.data.article import article_from_text, check_article

    if getattr(args, "corpus", None) == STDIN:
        raise InputError(
            "- (standard input) given as both the article and --corpus; it can be read only once"
        )
    encoding = getattr(args, "article_encoding", None) or getattr(args, "encoding", None)
    text = decode_bytes(sys.stdin.buffer.read(), STDIN_NAME, encoding)
    meta = getattr(args, "meta", None)
    title_line = bool(getattr(args, "title_line", False))
    name = Path(STDIN_NAME)
    art = article_from_text(text, name, title_line, meta, kind="input")
    return check_article(art, name, encoding, raw=text)


def default_homes(args, sources: list[str]) -> None:
    """Without ``--home-col``/``--official-col``, registry datasets that record each
    publisher's country (``outlet_country``; ``official`` for the presidencies' and the White
    House's own releases) are scored with it, as ``compare``, ``report`` and the notebooks score
    them (:func:`framing.data.datasets.home_options`): sets ``args.home_col`` and
    ``args.official_col`` when every source is such a dataset. Files are taken as they are."""
    from framing.data.corpus import load_corpus, stored_columns
    from framing.data.datasets import home_options

    if getattr(args, "home_col", None) or getattr(args, "official_col", None) or not sources:
        return
    if any(s == STDIN or Path(s).exists() for s in sources):
        return
    options = []
    for name in sources:
        columns = stored_columns(name)  # the schema only: the rows are read once, later
        if columns is None:  # not parsed yet: parsing stores it for the read that follows
            df = load_corpus(name)
            if isinstance(df, dict):
                return
            columns = list(df.columns)
        options.append(home_options(pd.DataFrame(columns=columns)))
    if options and all(o == options[0] for o in options):
        args.home_col = options[0].get("home_col")
        args.official_col = options[0].get("official_col")


def read_stdin(args) -> pd.DataFrame:
    """Standard input as one document (``doc_id`` ``stdin``): its bytes decoded as a file's
    (:func:`framing.core.files.decode_bytes`; ``--encoding``, else UTF-8), a leading byte-order
    mark dropped, line ends kept; with ``--title-line`` its first line is the title, as for a
    ``.txt`` (:func:`framing.data.article.parse_article`)."""
    from framing.core.files import decode_bytes
    from framing.data.article import parse_article

    text = decode_bytes(sys.stdin.buffer.read(), STDIN_NAME, getattr(args, "encoding", None))
    row = {"doc_id": STDIN_NAME, "text": text.lstrip("\ufeff")}
    if getattr(args, "title_line", False):
        try:
            art = parse_article(row["text"])
        except InputError as exc:
            raise InputError(f"stdin: {exc} (read with --title-line)") from None
        row.update(text=art.body, title=art.title)
    return pd.DataFrame([row])


def read_documents(
    sources: list[str], args, check: bool = True, what: str = "input", dates: bool = True
) -> pd.DataFrame:
    """Documents of ``sources`` (files, folders, tables, dataset or registered corpus names, or
    ``-``: :func:`read_stdin`) in the standard corpus schema, in the order given, with the
    column options of ``args``.

    A ``.txt`` file is one document, read by the title rule of :mod:`framing.data.article`.
    Duplicate ids across sources are an error. With ``check`` the texts go through
    :func:`check_texts` (HTML blanked out, warnings). ``dates=False``: the command does not use
    the dates, so unreadable ones are not warned about.
    """
    from framing.data.corpus import load_corpus

    encoding = getattr(args, "encoding", None)
    frames = []
    if sources.count(STDIN) > 1:
        raise InputError("- (standard input) given more than once; it can be read only once")
    for name in sources:
        if name == STDIN:
            frames.append(read_stdin(args))
            continue
        df = load_corpus(
            name,
            **_columns(args),
            encoding=encoding,
            title_line=bool(getattr(args, "title_line", False)),
        )
        if isinstance(df, dict):
            parts = ", ".join(map(str, df))
            raise InputError(
                f"{name}: dataset has several tables ({parts}); export one to CSV/Parquet and "
                "pass its path"
            )
        if dates and "date_raw" in df.columns:
            warn_unreadable_dates(df["doc_id"], df["date_raw"], df["date"], str(name))
        frames.append(df)
    if not frames:
        raise InputError("no inputs")
    out = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    dup = out["doc_id"].duplicated()
    if dup.any():
        raise InputError(
            f"duplicate document id {out.loc[dup, 'doc_id'].iloc[0]!r} across inputs; "
            "rename the files or pass --id-col"
        )
    if len(out) == 0:
        raise InputError(f"{', '.join(map(str, sources))}: no documents")
    return check_texts(out, "doc_id", what=what, quiet_corpus=what != "input") if check else out


def _header(p: Path, suffix: str, encoding: str | None) -> list[str]:
    """The column names of a table file, without reading its rows (JSONL: the first record's
    keys); [] when they cannot be read (the corpus reader then says why)."""
    import json

    try:
        if suffix in (".parquet", ".pq"):
            import pyarrow.parquet as pq

            return list(pq.ParquetFile(p).schema_arrow.names)
        if suffix == ".jsonl":
            with open(p, encoding=encoding or "utf-8-sig") as fh:
                first = next((line for line in fh if line.strip()), "{}")
            record = json.loads(first)
            return list(record) if isinstance(record, dict) else []
        sep = "\t" if suffix == ".tsv" else ","
        return list(pd.read_csv(p, nrows=0, sep=sep, encoding=encoding or "utf-8-sig").columns)
    except (OSError, ValueError, UnicodeDecodeError):
        return []


def read_scores_arg(args) -> pd.DataFrame | None:
    """The ``--corpus`` of ``compare``/``report`` when it is a table of scores (a CSV, TSV,
    JSONL or Parquet file of ``framing score`` output: ``tokens`` and ``*_per_1k``, no text column),
    with ``--id-col``/``--group-col`` applied and the metrics numeric; else None."""
    from framing.api import is_score_table
    from framing.data.corpus import check_ids, read_table, remap_columns
    from framing.engine.scoring import SCORE_RECORD

    p = Path(args.corpus)
    suffix = p.suffix.lower()
    if not p.is_file() or suffix not in {".csv", ".tsv", ".parquet", ".pq", ".jsonl"}:
        return None
    cols = _header(p, suffix, args.encoding)
    if (args.text_col or "text") in cols or not is_score_table(pd.DataFrame(columns=cols)):
        return None
    df = read_table(p, args.encoding)
    if suffix in {".csv", ".tsv"}:  # labels as framing score had them, not as a spreadsheet
        df = spreadsheet_restored(df)  # needs them (`'-1`: framing's own CSV of a group -1)
    record = SCORE_RECORD in df.attrs
    df = remap_columns(df, id_col=args.id_col, group_col=args.group_col, where=str(p))
    if "doc_id" in df.columns:
        check_ids(df["doc_id"], "doc_id", f"{p} (a table of scores)")
    if not record:
        warn(
            f"{p.name} does not record the lexicon it was scored with (a CSV file keeps no "
            "record; Parquet does): make sure it was scored with the same --lexicon files"
        )
    metric = ("_count", "_per_1k", "_share", "_mean", "_length", "_ease", "_grade", "_fog")
    for col in df.columns:
        if str(col).endswith(metric) or col in ("tokens", "sentences", "mattr"):
            df[col] = pd.to_numeric(df[col], errors="coerce")
    return df


def read_comparison_corpus(args, body: str) -> pd.DataFrame:
    """The ``--corpus`` documents of ``compare``, ``report`` and ``keyness``: without the
    article's own text and, with ``--drop-repeats``, each sentence a document prints twice
    counted once (:func:`framing.data.repeats.drop_repeats`, one line saying what went)."""
    from framing.data.corpus import without_article

    corpus = without_article(read_corpus_arg(args), body)
    if not getattr(args, "drop_repeats", False):
        return corpus
    from framing.data.repeats import REPEATS_COL, drop_repeats

    corpus, table = drop_repeats(corpus)  # per group when the corpus has one
    removed, words = int(table["words_removed"].sum()), int(table["words"].sum())
    docs = int(table["documents_affected"].sum())
    share = f" ({removed / words:.1%} of the corpus's words)" if words else ""
    print(
        f"note: --drop-repeats left out {int(table['sentences_removed'].sum()):,} repeated "
        f"sentences, {removed:,} words{share}, in {docs:,} document(s)",
        file=sys.stderr,
    )
    return corpus.drop(columns=REPEATS_COL)


def read_corpus_arg(args) -> pd.DataFrame:
    """The ``--corpus`` of ``compare``/``keyness``/``report`` with the column options.

    A corpus whose documents are all empty is an :class:`InputError` (nothing to compare with).
    """
    df = read_documents([args.corpus], args, what=f"corpus {args.corpus}")
    if not df["text"].fillna("").astype(str).str.strip().astype(bool).any():
        raise InputError(
            f"{args.corpus}: all {len(df)} documents of the corpus are empty or whitespace "
            "only; nothing to compare against"
        )
    return df
