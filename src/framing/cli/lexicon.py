"""``framing lexicon list|show ID|check FILE...``."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("lexicon", help="list, show or check lexicon files")
    s = p.add_subparsers(dest="lexicon_command", metavar="ACTION", required=True)
    s.add_parser("list", help="built-in categories").set_defaults(func=run_list)
    sh = s.add_parser("show", help="entries of one category")
    sh.add_argument("id")
    sh.set_defaults(func=run_show)
    ch = s.add_parser("check", help="validate lexicon YAML files (exit 2 on errors)")
    ch.add_argument("files", nargs="+", metavar="FILE")
    ch.set_defaults(func=run_check)


def run_list(args) -> int:
    from framing.engine.lexicon import load_lexicon

    for cid, c in load_lexicon().categories.items():
        print(f"{cid}\t{c.kind}\t{len(c.entries)} entries\t{c.label}")
    return 0


def run_show(args) -> int:
    from framing.core.errors import LexiconError
    from framing.engine.lexicon import load_lexicon

    cats = load_lexicon().categories
    if args.id not in cats:
        raise LexiconError(f"unknown category {args.id!r}; run `framing lexicon list`")
    c = cats[args.id]
    print(f"{c.id}: {c.label} ({c.kind})\n{c.definition}\n")
    for e in c.entries:
        flag = " [case]" if e.case_sensitive else ""
        print(
            f"  {e.kind:<5} {e.pattern}{flag}" + (f"  ({e.subcategory})" if e.subcategory else "")
        )
    return 0


def run_check(args) -> int:
    from framing.engine.lexicon import check_lexicons

    problems = check_lexicons(args.files)
    for p in problems:
        print(
            f"{p.file}:{p.line}: {p.severity}: {p.message}",
            file=sys.stderr if p.severity == "error" else sys.stdout,
        )
    n_err = sum(p.severity == "error" for p in problems)
    if n_err:
        return 2
    print(f"ok: {len(args.files)} file(s), {len(problems)} warning(s)")
    return 0
