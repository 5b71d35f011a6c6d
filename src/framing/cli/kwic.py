"""``framing kwic (--category C | --pattern P | --term T) INPUT...``: keywords in context.

INPUTs are read like those of ``framing score`` (files, folders, tables, dataset names), and
``-`` is standard input (one document). The table has the columns of :func:`framing.kwic`:
``doc_id``, ``category``, ``left``, ``matched_text``, ``right``, ``start``, ``end``,
``sentence``, ``voice``, ``source``, ``target``, ``subcategory``, ``term``, ``negated``;
``--format table`` prints one concordance line per match, ``--out PATH`` writes the table.
"""

from __future__ import annotations

import sys

from framing.cli._io import (
    add_document_options,
    add_official_option,
    add_table_output,
    claim_out,
    default_homes,
    emit,
    input_paths,
    lexicon_from_args,
    read_documents,
)
from framing.cli._options import add_lexicon, positive_int
from framing.core.errors import InputError

#: The orders of ``--sort`` (:data:`framing.engine.kwic.SORTS`, not imported: the parser is
#: built without loading the engine).
SORTS = ("position", "term", "left", "right")


def register(sub) -> None:
    p = sub.add_parser(
        "kwic",
        help="keywords in context",
        description=(
            "One row per match: doc_id, category, left, matched_text, right, start, end, "
            "sentence (from 0), voice, source, target, subcategory, term (the lexicon entry), "
            "negated (<category>_negated_count counts the true ones) (docs/columns.md); "
            "documents in input order, matches in text order (or as --sort orders them); "
            "text[start:end] is matched_text. The table (screen) shows voice, source, target and 'negated' after "
            "each line; the other formats and --out have every column. No match: "
            "'framing kwic: no match in N document(s)' on stderr, the header alone (csv, tsv), "
            "[] (json) or nothing (table, jsonl), and exit status 0. Give --category or "
            "--pattern (not both), or --term (alone or with --category)."
        ),
    )
    g = p.add_mutually_exclusive_group()  # one of them, or --term: checked in run()
    g.add_argument(
        "--category",
        help="a lexicon category (its matches), scare_quote (the quotations read as scare "
        "quotes: scare_quote_count) or vague_source (the reporting words of the vague "
        "attributions: vague_source_count)",
    )
    g.add_argument("--pattern", help="case-insensitive regular expression")
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".txt, folder, .csv/.tsv/.jsonl/.parquet, a dataset / registered corpus name, or "
        "- for standard input (one UTF-8 text, doc_id stdin)",
    )
    p.add_argument(
        "--window", type=positive_int, default=8, help="words of context on each side (8)"
    )
    p.add_argument(
        "--sort",
        choices=SORTS,
        default="position",
        help="order of the rows: position (documents in input order, matches in text order; "
        "the default), term (category, lexicon entry, matched text), left (the words before "
        "the match, nearest first: the classic left sort) or right (the words after it); "
        "words compared case folded, ties kept in position order",
    )
    p.add_argument("--voice", choices=["author", "reported"], help="only matches in this voice")
    p.add_argument("--target", metavar="ACTOR", help="only matches that cast ACTOR (west_us, ...)")
    p.add_argument(
        "--source",
        metavar="ACTOR",
        help="only reported matches ascribed to ACTOR (west_us, ...) or to a vague holder (vague)",
    )
    p.add_argument(
        "--term",
        metavar="TERM",
        help="only matches of this lexicon entry, as written in the lexicon (the term column: "
        "coerc*; `framing lexicon show CATEGORY` lists them)",
    )
    p.add_argument(
        "--home-col",
        metavar="COL",
        help="column with each publisher's country (e.g. outlet_country): the source of a "
        "headline's unqualified spokesperson or ministry; registry datasets that record it are "
        "read with it by default, as compare does",
    )
    add_official_option(p)
    add_lexicon(p)
    add_document_options(p)
    add_table_output(p, default_format="table")
    p.set_defaults(func=run)


def concordance(table) -> str:
    """One line per match: ``doc_id<TAB>left [matched_text] right`` (context cut to 60 chars;
    in the matched text, as in the context, a run of whitespace is one space: a phrase matched
    across a line break stays on its line), then ``voice=…, source=…, target=…`` when the
    match has them, and ``negated`` for a negated match."""
    lines = []
    for r in table.itertuples(index=False):
        who = ", ".join(
            f"{k}={v}"
            for k, v in (("voice", r.voice), ("source", r.source), ("target", r.target))
            if v
        )
        who = ", ".join([who, "negated"] if who else ["negated"]) if r.negated else who
        tag = f"\t{who}" if who else ""
        hit = " ".join(r.matched_text.split())
        lines.append(f"{r.doc_id}\t{r.left[-60:]:>60} [{hit}] {r.right[:60]}{tag}")
    return "\n".join(lines) + "\n" if lines else ""


def run(args) -> int:
    from framing.engine.kwic import corpus_kwic

    if args.category is None and args.pattern is None and args.term is None:
        raise InputError("kwic: give --category, --pattern or --term")

    with claim_out(args, input_paths(args, "inputs", "lexicon")) as claim:
        lex = lexicon_from_args(args)
        default_homes(args, args.inputs)
        docs = read_documents(args.inputs, args, dates=False)
        table = corpus_kwic(
            docs,
            category=args.category,
            pattern=args.pattern,
            window=args.window,
            lexicon=lex,
            voice=args.voice,
            target=args.target,
            source=args.source,
            term=args.term,
            home_col=args.home_col,
            official_col=args.official_col,
            sort=args.sort,
        )
        if table.empty:
            print(f"framing kwic: no match in {len(docs):,} document(s)", file=sys.stderr)
        emit(table, args, claim, screen=concordance(table))
    return 0
