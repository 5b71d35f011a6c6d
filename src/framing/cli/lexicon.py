"""``framing lexicon list|show ID|check FILE...|import FILE.dic|unplaced INPUT...``."""

from __future__ import annotations

import sys
from pathlib import Path

from framing.cli._io import (
    add_document_options,
    add_table_output,
    claim_out,
    emit,
    input_paths,
    lexicon_from_args,
    read_documents,
)
from framing.cli._options import add_lexicon, positive_int

KINDS = ("frame", "actor", "pronoun", "stance")


def register(sub) -> None:
    p = sub.add_parser(
        "lexicon", help="list, show, check or import lexicon files; names no actor entry covers"
    )
    s = p.add_subparsers(dest="lexicon_command", metavar="ACTION", required=True)
    ls = s.add_parser("list", help="categories (built-in, and those of --lexicon files)")
    add_lexicon(ls)
    ls.set_defaults(func=run_list)
    sh = s.add_parser("show", help="entries of one category (with --lexicon: as extended)")
    sh.add_argument("id")
    sh.add_argument(
        "--path",
        action="store_true",
        help="print the files the category is read from, one a line (the built-in file first: "
        "copy it to change or remove a built-in entry)",
    )
    add_lexicon(sh)
    sh.set_defaults(func=run_show)
    ch = s.add_parser("check", help="validate lexicon YAML files (exit 2 on errors)")
    ch.add_argument("files", nargs="+", metavar="FILE")
    ch.set_defaults(func=run_check)
    im = s.add_parser(
        "import",
        help="convert a LIWC-style .dic dictionary into lexicon YAML files (one per category)",
        description=(
            "Read FILE.dic (a '%%' header of category numbers and names, then 'word<TAB>numbers' "
            "lines, '*' wildcards), write one lexicon YAML per category into DIR and run "
            "`framing lexicon check` on the result; nothing is written when the check finds "
            "errors. Use the folder with --lexicon DIR."
        ),
    )
    im.add_argument("file", metavar="FILE.dic")
    im.add_argument("--out", metavar="DIR", help="output folder (default: NAME-lexicon/)")
    im.add_argument("--force", action="store_true", help="replace an existing output folder")
    im.add_argument("--kind", choices=KINDS, default="frame", help="kind of every category")
    im.add_argument("--prefix", default="", help="prefix of the category ids (e.g. liwc_)")
    im.add_argument("--citation", metavar="TEXT", help="citation of the dictionary")
    im.add_argument("--encoding", metavar="CODEC", help="text encoding of FILE (default UTF-8)")
    im.set_defaults(func=run_import)
    un = s.add_parser(
        "unplaced",
        help="names that speak in a corpus but no actor lexicon lists (candidates for entries)",
        description=(
            "List the names right before a verb of speech, belief or blame (or right after "
            "'said' / 'told') that no actor entry covers, most frequent first, with the number "
            "of documents and one context: what to read before adding an official to an actor "
            "lexicon (docs/tutorial.md)."
        ),
    )
    un.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".txt, folder, .csv/.tsv/.jsonl/.parquet, or a dataset / registered corpus name",
    )
    un.add_argument(
        "--min", type=positive_int, default=3, dest="min_count", help="fewest uses listed (3)"
    )
    add_lexicon(un)
    add_document_options(un)
    add_table_output(un)
    un.set_defaults(func=run_unplaced)


def run_unplaced(args) -> int:
    from framing.engine.unplaced import unplaced_speakers

    with claim_out(args, input_paths(args, "inputs", "lexicon")) as claim:
        docs = read_documents(args.inputs, args, dates=False)
        table = unplaced_speakers(docs, lexicon_from_args(args), min_count=args.min_count)
        emit(table, args, claim)
    return 0


def run_list(args) -> int:
    from framing.engine.lexicon import load_lexicon

    for cid, c in load_lexicon(args.lexicon).categories.items():
        print(f"{cid}\t{c.kind}\t{len(c.entries)} entries\t{c.label}{_from_files(c, args)}")
    return 0


def _from_files(item, args) -> str:
    """`` (FILE, ...)`` naming the --lexicon files a category or entry comes from, if any."""
    if not args.lexicon:
        return ""
    from framing.engine.lexicon import builtin_files

    builtin = {str(f) for f in builtin_files()}
    sources = getattr(item, "sources", None) or (item.source,)
    mine = [Path(s).name for s in sources if s and s not in builtin]
    return f"  ({', '.join(mine)})" if mine else ""


def run_show(args) -> int:
    from framing.core.errors import LexiconError
    from framing.engine.lexicon import load_lexicon

    cats = load_lexicon(args.lexicon).categories
    if args.id not in cats:
        more = " --lexicon ..." if args.lexicon else ""
        raise LexiconError(f"unknown category {args.id!r}; run `framing lexicon list{more}`")
    c = cats[args.id]
    if args.path:
        print("\n".join(c.sources))
        return 0
    print(f"{c.id}: {c.label} ({c.kind}){_from_files(c, args)}\n{c.definition}\n")
    for e in c.entries:
        flag = " [case]" if e.case_sensitive else ""
        sub = f"  ({e.subcategory})" if e.subcategory else ""
        print(f"  {e.kind:<5} {e.pattern}{flag}{sub}{_from_files(e, args)}")
    return 0


def run_check(args) -> int:
    from framing.engine.lexicon import check_lexicons, lexicon_files

    files = lexicon_files(args.files)  # a folder counts as its files
    problems = check_lexicons(files)
    for p in problems:
        print(
            str(p),
            file=sys.stderr if p.severity == "error" else sys.stdout,
        )
    n_err = sum(p.severity == "error" for p in problems)
    if n_err:
        return 2
    print(f"ok: {len(files)} file(s), {len(problems)} warning(s)")
    return 0


def run_import(args) -> int:
    import tempfile
    from pathlib import Path

    from framing.cli.compare import write_dir_atomically
    from framing.core.errors import LexiconError
    from framing.core.progress import is_quiet
    from framing.engine.dic import category_id, read_dic, to_yaml
    from framing.engine.lexicon import builtin_files, check_lexicons

    src = Path(args.file)
    out = Path(args.out) if args.out else Path(f"{src.stem}-lexicon")
    if out.exists() and not args.force:
        raise LexiconError(f"{out}: already exists; pass --force to replace it")
    dic = read_dic(src, args.encoding)
    builtin = {f.stem for f in builtin_files()}
    files: dict[str, str] = {}
    ids: dict[str, str] = {}
    empty = []
    for cat in dic.categories.values():
        cid = category_id(cat.name, args.prefix)
        if not cid:
            raise LexiconError(
                f"{src}: category {cat.number} {cat.name!r} gives no id; use --prefix"
            )
        if cid in ids:
            raise LexiconError(
                f"{src}: categories {ids[cid]!r} and {cat.name!r} both become id {cid!r}; "
                "rename one in the .dic file"
            )
        if cid in builtin:
            raise LexiconError(
                f"{src}: category {cat.name!r} has the id of a built-in category ({cid}) and "
                "would extend it; pass --prefix (e.g. --prefix liwc_)"
            )
        ids[cid] = cat.name
        if not cat.entries:
            empty.append(cat.name)
            continue
        files[f"{cid}.yaml"] = to_yaml(cat, cid, src.name, args.kind, args.citation)
    if not files:
        raise LexiconError(f"{src}: no category has any entry; nothing to import")
    with tempfile.TemporaryDirectory(prefix=".lexicon-import-") as tmp:
        paths = []
        for name, text in files.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8", newline="\n")
            paths.append(Path(tmp) / name)
        problems = check_lexicons(paths)
    errors = [p for p in problems if p.severity == "error"]
    for p in problems:
        where = (out / Path(p.file).name) if Path(p.file).parent.name.startswith(".lex") else p.file
        print(p._replace(file=str(where)), file=sys.stderr)
    if errors:
        raise LexiconError(
            f"{src}: lexicon check found {len(errors)} error(s) in the converted files; "
            "nothing was written"
        )
    for line, reason in dic.skipped:
        print(f"{src}:{line}: skipped: {reason}", file=sys.stderr)
    for name in empty:
        print(f"{src}: category {name!r} has no entries; no file written", file=sys.stderr)
    write_dir_atomically(out, files, args.force, inputs=[src])
    if not is_quiet():
        n = sum(len(c.entries) for c in dic.categories.values())
        print(
            f"framing lexicon import: {len(files)} categories, {n} entries -> {out}/ "
            f"(lexicon check: ok, {len(problems)} warning(s), {len(dic.skipped)} line(s) "
            f"skipped); use --lexicon {out}",
            file=sys.stderr,
        )
    return 0
