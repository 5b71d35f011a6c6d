"""``framing compare ARTICLE --corpus NAME|PATH --out DIR``: the article against a corpus.

Writes into ``DIR`` (all files appear together or not at all): ``position.csv`` (percentile
and robust z of every metric, in the whole corpus and per group), ``intervals.csv`` (the
article's rates with exact Poisson and sentence-bootstrap intervals, flagged where the
corpus median lies outside), ``groups.csv`` (group medians with bootstrap CIs),
``pairwise.csv`` (Mann–Whitney / permutation tests, BH-adjusted, Cliff's delta),
``framing_space.csv`` + ``framing_space_loadings.csv`` + ``framing_space_components.csv``
(robust PCA, each component's share of the variance), ``neighbours.csv`` +
``neighbours_baseline.csv`` (the nearest documents, and the median and 90th percentile of every
document's similarity), ``documents.csv``, ``length_matched.csv``, ``voice.csv`` and
``summary.md``. A corpus on which the framing space cannot be built (fewer than 2 documents, or
fewer than 2 rates that vary) gets every other table, one warning and a summary that says why.
"""

from __future__ import annotations

import sys
from pathlib import Path

from framing.cli._io import (
    add_article_encoding,
    add_article_options,
    add_document_options,
    lexicon_from_args,
    read_article_arg,
    read_comparison_corpus,
    read_scores_arg,
)
from framing.cli._options import (
    add_article,
    add_drop_repeats,
    add_lexicon,
    add_min_tokens,
    add_precision,
    add_raw_csv,
    jobs,
    non_negative_int,
    positive_int,
)
from framing.core.errors import InputError
from framing.core.outputs import claim_output
from framing.core.spreadsheet import to_csv


def register(sub) -> None:
    p = sub.add_parser("compare", help="the article against a corpus and its groups")
    add_article(p)
    p.add_argument(
        "--corpus",
        required=True,
        metavar="NAME|PATH",
        help="dataset or registered corpus name, or a path (documents, or a `framing score` table)",
    )
    p.add_argument("--by", default="group", metavar="COLUMN", help="grouping column (group)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder")
    p.add_argument("--force", action="store_true", help="replace an existing output folder")
    add_lexicon(p)
    p.add_argument(
        "--seed", type=non_negative_int, default=0, help="seed of bootstrap/permutations (0)"
    )
    p.add_argument("--n-boot", type=positive_int, default=2000, help="bootstrap resamples (2000)")
    p.add_argument(
        "--min-group-size", type=positive_int, default=5, help="smallest group tested (5)"
    )
    p.add_argument("--test", choices=["mannwhitney", "permutation"], default="mannwhitney")
    add_precision(p, "summary.md")
    p.add_argument(
        "--neighbours", type=positive_int, default=10, metavar="K", help="neighbours (10)"
    )
    p.add_argument("--jobs", type=jobs, default=1, help="worker processes for scoring")
    p.add_argument("--no-cache", action="store_true", help="score the corpus again (no cache)")
    p.add_argument(
        "--include-leads",
        action="store_true",
        help="keep lead paragraphs (genre lead, e.g. NYT in media-western-2022); left out by default",
    )
    add_min_tokens(p)
    add_raw_csv(p)
    add_article_options(p)
    add_article_encoding(p)
    add_drop_repeats(p)
    add_document_options(p, what="the corpus")
    p.set_defaults(func=run)


def write_dir_atomically(out: Path, files: dict[str, str], force: bool, inputs=()) -> None:
    """Write ``files`` (name → text) into a fresh folder, then put it at ``out``.

    See :func:`framing.core.outputs.claim_output`: ``out`` with ``force`` is replaced only when
    it holds nothing but files framing wrote there (its manifest), never foreign files.
    """
    with claim_output(out, force=force, inputs=inputs, folder=True) as claim:
        claim.write_folder(files)


def comparable_corpus(corpus, args):
    """Leave out lead paragraphs (genre ``lead``) unless ``--include-leads``, saying so."""
    from framing.data.datasets.media import comparable

    out = comparable(corpus, include_leads=getattr(args, "include_leads", False))
    if len(out) < len(corpus):
        print(
            f"note: left out {len(corpus) - len(out):,} lead paragraphs (genre lead); "
            "--include-leads compares them too",
            file=sys.stderr,
        )
    if len(out) == 0:
        raise InputError(f"{args.corpus}: only lead paragraphs; pass --include-leads")
    return out


def run(args) -> int:
    out = Path(args.out)
    inputs = [args.article, Path(args.article).with_suffix(".yaml"), args.meta, args.corpus,
              *(args.lexicon or [])]  # fmt: skip
    with claim_output(out, force=args.force, inputs=inputs, folder=True) as claim:
        return _run(args, claim)


def _run(args, claim) -> int:
    from framing.api import compare_article
    from framing.engine.analysis import analyze
    from framing.present.compare_summary import summary_markdown
    from framing.present.labels import article_label

    lexicon = lexicon_from_args(args)
    article = read_article_arg(args)
    analysis = analyze(article.body, lexicon)
    scores = read_scores_arg(args)
    corpus = (
        comparable_corpus(read_comparison_corpus(args, article.body), args)
        if scores is None
        else scores
    )
    if args.by not in corpus.columns and args.by == getattr(args, "group_col", None):
        args.by = "group"  # --group-col desk --by desk: the column was read as group
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
        "min_tokens": args.min_tokens,
        "precision": args.precision,
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
        min_tokens=args.min_tokens,
    )
    files = {f"{name}.csv": to_csv(df, raw=args.raw_csv) for name, df in tables.items()}
    title = article.title or article_label(article)
    files["summary.md"] = summary_markdown(title, settings, tables, len(corpus), lexicon=lexicon)
    claim.write_folder(files)
    return 0
