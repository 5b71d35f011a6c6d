"""``framing report``: the self-contained HTML evidence report of one article."""

from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    """Add the ``report`` subcommand."""
    p = subparsers.add_parser(
        "report",
        help="write a self-contained HTML evidence report of an article",
        description=(
            "Analyse ARTICLE and write one HTML file (no external assets) with the text, every "
            "lexicon match and scare quote highlighted, the metric table and key figures. With "
            "--corpus, every metric is placed in the corpus (median, percentile)."
        ),
    )
    p.add_argument(
        "article",
        metavar="ARTICLE",
        help="article text file (raw copy text or data/article/NAME.txt)",
    )
    p.add_argument(
        "--corpus", metavar="NAME", help="registry dataset name or corpus path to compare with"
    )
    p.add_argument(
        "--lexicon", action="append", metavar="FILE", help="extra lexicon YAML file (repeatable)"
    )
    p.add_argument("--encoding", metavar="CODEC", help="text encoding of ARTICLE (default UTF-8)")
    p.add_argument(
        "-o",
        "--output",
        default="report.html",
        metavar="FILE",
        help="output HTML (default: report.html)",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    """Write the report; 0 on success."""
    from framing.core.progress import is_quiet
    from framing.present.report import write_report

    _warn_about_text(args.article, args.encoding)
    out = write_report(
        args.article,
        args.output,
        corpus=args.corpus,
        lexicon=args.lexicon,
        force=args.force,
        encoding=args.encoding,
    )
    if not is_quiet():
        print(f"framing report: wrote {out}", file=sys.stderr)
    return 0


def _warn_about_text(path: str, encoding: str | None) -> None:
    """Warn (not strip: the report shows the text as given) about HTML and non-English text."""
    from framing.cli._io import warn
    from framing.core.files import read_text
    from framing.engine.language import check_text

    c = check_text(read_text(path, encoding), strip=False)
    if c.is_html:
        warn(f"{path}: looks like HTML; the report shows and counts the markup as text")
    if c.low_coverage:
        warn(
            f"{path}: looks non-English: {c.coverage:.0%} of {c.n_words} words are English "
            "function words (low_coverage); the lexicons are English"
        )
