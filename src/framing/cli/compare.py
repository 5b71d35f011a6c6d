"""``framing compare ARTICLE --corpus NAME|PATH --out DIR``: the article against a corpus.

Writes into ``DIR`` (all files appear together or not at all): ``position.csv`` (percentile
and robust z of every metric, in the whole corpus and per group), ``intervals.csv`` (the
article's rates with exact Poisson and sentence-bootstrap intervals, flagged where the
corpus median lies outside), ``groups.csv`` (group medians with bootstrap CIs),
``pairwise.csv`` (Mann–Whitney / permutation tests, BH-adjusted, Cliff's delta),
``framing_space.csv`` + ``framing_space_loadings.csv`` (robust PCA), ``neighbours.csv`` and
``summary.md``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from framing.cli._io import (
    add_article_options,
    add_document_options,
    lexicon_from_args,
    read_article_arg,
    read_corpus_arg,
)
from framing.core.errors import InputError, OutputError
from framing.core.files import default_mode, interrupted


def register(sub) -> None:
    p = sub.add_parser("compare", help="the article against a corpus and its groups")
    p.add_argument(
        "article", metavar="ARTICLE", help="article .txt (raw, or body beside NAME.yaml)"
    )
    p.add_argument(
        "--corpus",
        required=True,
        metavar="NAME|PATH",
        help="dataset or registered corpus name, or a path (documents, or a `framing score` table)",
    )
    p.add_argument("--by", default="group", metavar="COLUMN", help="grouping column (group)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder")
    p.add_argument("--force", action="store_true", help="replace an existing output folder")
    p.add_argument("--lexicon", action="append", metavar="FILE", help="extra lexicon YAML")
    p.add_argument("--seed", type=int, default=0, help="seed of bootstrap/permutations (0)")
    p.add_argument("--n-boot", type=int, default=2000, help="bootstrap resamples (2000)")
    p.add_argument("--min-group-size", type=int, default=5, help="smallest group tested (5)")
    p.add_argument("--test", choices=["mannwhitney", "permutation"], default="mannwhitney")
    p.add_argument("--neighbours", type=int, default=10, metavar="K", help="neighbours (10)")
    p.add_argument("--jobs", type=int, default=1, help="worker processes for scoring")
    p.add_argument("--no-cache", action="store_true", help="score the corpus again (no cache)")
    add_article_options(p)
    add_document_options(p, what="the corpus")
    p.set_defaults(func=run)


def _check_out_dir(out: Path, force: bool) -> None:
    if out.exists() and not force:
        raise OutputError(f"{out}: already exists; pass --force to replace it")
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{parent}: output folder's parent does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{parent}: not writable")


def write_dir_atomically(out: Path, files: dict[str, str], force: bool) -> None:
    """Write ``files`` (name → text) into a fresh folder, then rename it onto ``out``."""
    _check_out_dir(out, force)
    parent = out.parent if str(out.parent) else Path(".")
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=parent))
    old = None
    try:
        os.chmod(tmp, default_mode(folder=True))  # as mkdir would, not mkdtemp's 0o700
        for name, text in files.items():
            (tmp / name).write_text(text, encoding="utf-8", newline="\n")
        if interrupted():  # a Ctrl-C swallowed on its way up: do not publish
            raise KeyboardInterrupt
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=parent))
            os.replace(out, old / "x")
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not out.exists():
            with contextlib.suppress(OSError):
                os.replace(old / "x", out)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def run(args) -> int:
    from framing.api import compare_article
    from framing.engine.analysis import analyze
    from framing.present.compare_summary import summary_markdown
    from framing.present.labels import article_label

    out = Path(args.out)
    _check_out_dir(out, args.force)
    lexicon = lexicon_from_args(args)
    article = read_article_arg(args)
    analysis = analyze(article.body, lexicon)
    corpus = read_corpus_arg(args) if not _score_table_path(args) else _read_scores(args)
    if args.by not in corpus.columns:
        cols = ", ".join(map(str, corpus.columns))
        raise InputError(f"corpus has no column {args.by!r} for --by (columns: {cols})")
    settings = {
        "corpus": args.corpus,
        "by": args.by,
        "seed": args.seed,
        "n_boot": args.n_boot,
        "test": args.test,
        "min_group_size": args.min_group_size,
    }
    tables = compare_article(
        analysis,
        corpus,
        by=args.by,
        jobs=args.jobs,
        cache=not args.no_cache,
        seed=args.seed,
        n_boot=args.n_boot,
        min_group_size=args.min_group_size,
        test=args.test,
        neighbours=args.neighbours,
    )
    files = {f"{name}.csv": df.to_csv(index=False) for name, df in tables.items()}
    title = article.title or article_label(article)
    files["summary.md"] = summary_markdown(title, settings, tables, len(corpus))
    write_dir_atomically(out, files, args.force)
    return 0


def _score_table_path(args) -> bool:
    """True when ``--corpus`` is a table of scores (``framing score`` output, no text column)."""
    import pandas as pd

    from framing.api import is_score_table

    p = Path(args.corpus)
    if not p.is_file() or p.suffix.lower() not in {".csv", ".parquet", ".jsonl"}:
        return False
    if p.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        cols = pq.ParquetFile(p).schema_arrow.names
    elif p.suffix.lower() == ".csv":
        cols = list(pd.read_csv(p, nrows=0, encoding=args.encoding or "utf-8-sig").columns)
    else:
        return False
    text_col = args.text_col or "text"
    return text_col not in cols and is_score_table(pd.DataFrame(columns=cols))


def _read_scores(args):
    """A score table given as ``--corpus`` (one row per document, metrics and metadata)."""
    import pandas as pd

    from framing.data.corpus import read_table, remap_columns

    p = Path(args.corpus)
    df = read_table(p, args.encoding)
    df = remap_columns(df, id_col=args.id_col, group_col=args.group_col, where=str(p))
    metric = ("_count", "_per_1k", "_share", "_mean", "_length", "_ease", "_grade", "_fog")
    for col in df.columns:
        if str(col).endswith(metric) or col in ("tokens", "sentences", "mattr"):
            df[col] = pd.to_numeric(df[col], errors="coerce")
    return df
