"""``framing kwic (--category C | --pattern P) INPUT...``: keywords in context."""

from __future__ import annotations

import sys

from framing.cli._io import lexicon_from_args, read_inputs
from framing.cli._options import positive_int


def register(sub) -> None:
    p = sub.add_parser("kwic", help="keywords in context")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--category")
    g.add_argument("--pattern", help="case-insensitive regular expression")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--window", type=positive_int, default=8)
    p.add_argument("--voice", choices=["author", "reported"], help="only matches in this voice")
    p.add_argument("--target", metavar="ACTOR", help="only matches that cast ACTOR (west_us, ...)")
    p.add_argument("--lexicon", action="append", metavar="FILE")
    p.add_argument("--text-col", default="text")
    p.add_argument("--encoding", default=None)
    p.set_defaults(func=run)


def run(args) -> int:
    import pandas as pd

    from framing.engine.analysis import analyze

    lex = lexicon_from_args(args)
    docs = read_inputs(args.inputs, args.text_col, "doc_id", args.encoding)
    parts = []
    for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True):
        k = analyze(text, lex).kwic(
            category=args.category,
            pattern=args.pattern,
            window=args.window,
            voice=args.voice,
            target=args.target,
        )
        k.insert(0, "doc_id", doc_id)
        parts.append(k)
    table = pd.concat(parts, ignore_index=True)
    for r in table.itertuples(index=False):
        who = ", ".join(
            f"{k}={v}"
            for k, v in (("voice", r.voice), ("source", r.source), ("target", r.target))
            if v
        )
        tag = f"\t{who}" if who else ""
        print(f"{r.doc_id}\t{r.left[-60:]:>60} [{r.match}] {r.right[:60]}{tag}", file=sys.stdout)
    return 0
