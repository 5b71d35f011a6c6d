"""``framing profile ARTICLE``: the metrics of one article (``metric``, ``value``).

The article is read by the title rule of :mod:`framing.data.article` (metadata YAML beside it or
``--meta``; ``--title-line``; else the whole file); the first line printed (stderr for the
machine formats) says what was taken as the title.
"""

from __future__ import annotations

import json
import math
import sys

import pandas as pd

from framing.cli._io import (
    add_article_options,
    add_encoding,
    add_table_output,
    claim_out,
    emit,
    input_paths,
    lexicon_from_args,
    read_article_arg,
)
from framing.cli._options import add_lexicon, add_precision
from framing.core.tables import table_format


def register(sub) -> None:
    p = sub.add_parser(
        "profile",
        help="metrics of one article",
        description=(
            "Every metric of one article (docs/metrics.md): the table prints metric and value "
            "(counts whole, others to 4 significant digits, never with an exponent: 155277, "
            "not 1.553e+05) and each category's audited precision; csv, tsv and jsonl "
            "(on stdout or --out) give one metric,value row per metric, counts as whole numbers "
            "and rates unrounded (NaN as empty / null; a --out .parquet has one float column); "
            "json prints one object {metric: value}."
        ),
    )
    p.add_argument(
        "article",
        metavar="ARTICLE",
        help="article .txt (body beside NAME.yaml, or raw), or - for standard input (one UTF-8 text, or --encoding)",
    )
    add_article_options(p)
    add_encoding(p)
    add_table_output(p, default_format="table")
    add_lexicon(p)
    add_precision(p, "the table (not --out or the machine formats)")
    p.set_defaults(func=run)


def title_note(article) -> str:
    """``title: ...`` naming where the title came from (or that there is none)."""
    if article.title_source == "none":
        return "title: (none: the whole file is analysed; --title-line or --meta to set one)"
    return f"title: {article.title} (from the {article.title_source})"


def run(args) -> int:
    from framing.core.progress import is_quiet
    from framing.engine.analysis import analyze

    with claim_out(args, input_paths(args, "article", "meta", "lexicon")) as claim:
        lexicon = lexicon_from_args(args)
        article = read_article_arg(args)
        metrics = analyze(article.body, lexicon).metrics
        table = metrics.rename_axis("metric").rename("value").reset_index()
        if claim is None or table_format(claim.path) != "parquet":  # Parquet: one float column
            table["value"] = pd.Series([_whole(k, v) for k, v in metrics.items()], dtype=object)
        note = title_note(article)
        if claim is not None or args.format != "table":
            if not is_quiet():
                print(f"framing profile: {note}", file=sys.stderr)
            if args.format == "json" and claim is None:
                data = {
                    k: (None if isinstance(v, float) and math.isnan(v) else _whole(k, v))
                    for k, v in metrics.items()
                }
                print(json.dumps(data, indent=2))
                return 0
            emit(table, args, claim)
            return 0
    print("\n".join([note, *metric_lines(metrics, lexicon, args.precision)]))
    return 0


def _whole(name: str, value):
    """A count (tokens, sentences, ``*_count``) as an int (``125``, not ``125.0``); others as
    they are."""
    count = name in ("tokens", "sentences") or name.endswith("_count")
    if count and value == value and float(value).is_integer():
        return int(value)
    return float(value)


def _value(name: str, value) -> str:
    """A count as a whole number (``12615``, not ``1.262e+04``); other values to 4 significant
    digits without an exponent (``155277``, not ``1.553e+05``:
    :func:`framing.present.labels.significant_format`)."""
    from framing.present.labels import significant_format

    v = _whole(name, value)
    return str(v) if isinstance(v, int) else significant_format(v, 4).format(v)


def metric_lines(metrics, lexicon, genre: str) -> list[str]:
    """The table's lines: ``metric  value``, with each category's audited precision after its
    ``_count`` (:func:`framing.present.tables.precision_notes`), and a last line saying what
    that precision is."""
    from framing.present.tables import precision_notes
    from framing.present.titles import precision_where

    notes = precision_notes([*lexicon.categories, "scare_quote"], genre, lexicon)
    width = max(map(len, metrics.index))
    lines = []
    for k, v in metrics.items():
        note = notes.get(k.removesuffix("_count")) if k.endswith("_count") else None
        shown = _value(k, v)
        lines.append(f"{k:<{width}}  {shown:<9}  {note}" if note else f"{k:<{width}}  {shown}")
    lines.append(
        f"({precision_where(genre)}: the share of a category's matches that readers judged "
        "right, docs/validation.md; exploratory: below 0.80, read its counts as leads)"
    )
    return lines
