"""``framing report``: the self-contained HTML evidence report of one article."""

from __future__ import annotations

import argparse
import sys

from framing.cli._io import add_article_encoding, add_article_options, add_document_options
from framing.cli._options import add_drop_repeats, add_lexicon, add_min_tokens, add_precision


def register(subparsers) -> None:
    """Add the ``report`` subcommand."""
    p = subparsers.add_parser(
        "report",
        help="write a self-contained HTML evidence report of an article",
        description=(
            "Analyse ARTICLE and write one HTML file (no external assets) with the text, every "
            "lexicon match and scare quote highlighted (its tooltip: category, entry, negation, "
            "voice, source, target), the metric table, key figures and the evidence table (one "
            "row per match and scare quote, as in the match table of framing.analyze and framing "
            "kwic). With --corpus, every metric is placed in the corpus (median, percentile)."
        ),
    )
    p.add_argument(
        "article",
        metavar="ARTICLE",
        help="article text file (raw copy text or data/article/NAME.txt), or - for standard input (one UTF-8 text, or --article-encoding)",
    )
    p.add_argument(
        "--corpus",
        metavar="NAME|PATH",
        help="dataset or registered corpus name, or a path (documents, or a `framing score` table)",
    )
    add_lexicon(p)
    p.add_argument(
        "--out",
        "-o",
        "--output",
        dest="out",
        default="report.html",
        metavar="FILE.html",
        help="output HTML (default: report.html)",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.add_argument("--no-cache", action="store_true", help="score the corpus again (no cache)")
    add_precision(p, "the report")
    add_min_tokens(p)
    add_article_options(p)
    add_article_encoding(p)
    add_drop_repeats(p)
    add_document_options(p, what="the corpus")
    p.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    """Write the report; 0 on success."""
    from pathlib import Path

    from framing.cli._io import (
        input_paths,
        read_article_arg,
        read_comparison_corpus,
        read_scores_arg,
    )
    from framing.core.errors import OutputError
    from framing.core.files import check_output
    from framing.core.outputs import refuse_inputs
    from framing.core.progress import is_quiet
    from framing.present.report import write_report

    refuse_inputs(Path(args.out), input_paths(args, "article", "meta", "corpus", "lexicon"))
    if Path(args.out).suffix.lower() not in (".html", ".htm"):
        raise OutputError(f"{args.out}: the report is HTML; give a file name ending in .html")
    check_output(args.out, force=args.force)
    article = read_article_arg(args)
    corpus = None
    if args.corpus:
        scores = read_scores_arg(args)
        corpus = read_comparison_corpus(args, article.body) if scores is None else scores
    out = write_report(
        article,
        args.out,
        corpus=corpus,
        lexicon=args.lexicon,
        force=args.force,
        corpus_name=args.corpus,
        cache=not args.no_cache,
        inputs=input_paths(args, "article", "meta", "corpus", "lexicon"),
        precision=args.precision,
        min_tokens=args.min_tokens,
    )
    if not is_quiet():
        print(f"framing report: wrote {out}", file=sys.stderr)
    return 0
