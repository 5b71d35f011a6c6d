"""``framing data``: list, describe, fetch and locate the registry datasets; register your own
corpora by name (``framing data add NAME PATH``, :mod:`framing.data.local`)."""

from __future__ import annotations

import argparse
import sys
import textwrap


def register(subparsers) -> None:
    """Add the ``data`` command group."""
    p = subparsers.add_parser(
        "data",
        help="list, describe, fetch and locate the registry datasets; add your own corpora",
        description=(
            "Datasets are downloaded by URL and verified by sha256 into the cache folder "
            "(FRAMING_DATA_DIR, default: the user cache folder). FRAMING_MIRROR=DIR copies them "
            "from a local mirror laid out like raw.githubusercontent.com instead."
        ),
    )
    sub = p.add_subparsers(dest="data_command", metavar="ACTION")
    sub.required = True
    ls = sub.add_parser("list", help="one line per dataset: name, files, size, license")
    ls.set_defaults(func=handle_list)
    inf = sub.add_parser("info", help="title, license, citation and counts of a dataset")
    inf.add_argument("name")
    inf.set_defaults(func=handle_info)
    fe = sub.add_parser("fetch", help="download (or reuse) and verify a dataset's files")
    fe.add_argument("name", nargs="?")
    fe.add_argument("--all", action="store_true", help="fetch every dataset")
    fe.add_argument("--parse", action="store_true", help="also parse into the Parquet cache")
    fe.set_defaults(func=handle_fetch)
    pa = sub.add_parser("path", help="print the dataset's folder in the cache")
    pa.add_argument("name")
    pa.set_defaults(func=handle_path)
    ad = sub.add_parser(
        "add",
        help="register a local corpus by name (usable as --corpus NAME everywhere)",
        description=(
            "Read the corpus at PATH (folder of .txt, CSV/TSV/JSONL/Parquet) with the column "
            "options, store it in the standard schema in the user's data folder "
            "(FRAMING_CORPORA_DIR, else FRAMING_DATA_DIR/corpora, else the user data folder) "
            "with the sha256 of the source, and make NAME usable wherever a dataset name is."
        ),
    )
    ad.add_argument("name", metavar="NAME")
    ad.add_argument("path", metavar="PATH")
    ad.add_argument("--force", action="store_true", help="replace a corpus of that name")
    from framing.cli._io import add_document_options

    add_document_options(ad, what="the corpus")
    ad.set_defaults(func=handle_add)
    rm = sub.add_parser("remove", help="forget a registered local corpus (the source stays)")
    rm.add_argument("name", metavar="NAME")
    rm.set_defaults(func=handle_remove)


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return str(n)  # pragma: no cover


def handle_list(args: argparse.Namespace) -> int:
    """Print one line per dataset."""
    from framing.data import local, registry

    for d in registry.datasets():
        state = "fetched" if registry.is_fetched(d.name) else "-"
        print(f"{d.name}\t{d.n_files} files\t{_size(d.n_bytes)}\t{state}\t{d.license}")
    for name in local.names():
        r = local.info(name)
        print(f"{name}\t{r['documents']} documents\tlocal\t{r['path']}")
    return 0


def handle_info(args: argparse.Namespace) -> int:
    """Print the metadata and counts of one dataset."""
    from framing.data import datasets, local, registry

    if args.name in local.names():
        return _local_info(local.info(args.name))
    d = _registry_info(args.name)
    docs = datasets.n_documents(d.name) if d.name in datasets.PARSERS else None

    def wrap(s: str) -> str:
        return textwrap.fill(
            " ".join(s.split()), 96, subsequent_indent="  ", break_on_hyphens=False
        )

    lines = [
        f"name:        {d.name}",
        f"title:       {d.title}",
        f"license:     {d.license}",
        f"homepage:    {d.homepage}",
        f"upstream:    {d.upstream}",
        f"files:       {d.n_files} ({d.n_bytes:,} bytes)",
        f"fetched:     {'yes' if registry.is_fetched(d.name) else 'no'} ({registry.path(d.name)})",
        "documents:   "
        + (
            str(docs)
            if docs is not None
            else "not parsed (framing data fetch --parse)"
            if d.name in datasets.PARSERS
            else "no parser: the files are the data (framing.data.registry.fetch)"
        ),
        *_composition_lines(d.name),
        f"parser:      {d.parser or '(none)'}",
        "description: " + wrap(d.description),
        "citation:    " + wrap(d.citation),
        "notes:       " + wrap(d.notes),
    ]
    print("\n".join(lines))
    return 0


def _composition_lines(name: str) -> list[str]:
    """Documents per group and genre with their dates, and the cleaning report, if parsed."""
    from framing.data import datasets
    from framing.data.datasets.media import cleaning_summary

    table = datasets.composition(name) if name in datasets.PARSERS else None
    if table is None:
        return []

    def day(x) -> str:
        return "?" if x is None or x != x else str(x)[:10]  # NaT != NaT

    lines = ["by group:    documents, genre, first - last date"]
    for r in table.itertuples(index=False):
        lines.append(
            f"  {r.group!s:<24} {r.documents:>7,}  {r.genre!s:<18} {day(r.first)} - {day(r.last)}"
        )
    return lines + cleaning_summary(table.attrs.get("cleaning"))


def handle_fetch(args: argparse.Namespace) -> int:
    """Fetch one dataset or all of them."""
    from framing.core.errors import InputError
    from framing.core.progress import is_quiet
    from framing.data import datasets, registry

    if args.all == bool(args.name):
        raise InputError("give a dataset NAME or --all (not both)")
    names = [d.name for d in registry.datasets()] if args.all else [registry.info(args.name).name]
    for name in names:
        files = registry.fetch(name)
        if args.parse and name in datasets.PARSERS:
            datasets.load(name)
        if not is_quiet():
            print(f"{name}: {len(files)} files verified in {registry.path(name)}", file=sys.stderr)
    return 0


def handle_path(args: argparse.Namespace) -> int:
    """Print the dataset's cache folder (a registered corpus: its storage folder)."""
    from framing.data import local, registry

    if args.name in local.names():
        print(local.info(args.name)["folder"])
        return 0
    print(registry.path(_registry_info(args.name).name))
    return 0


def _registry_info(name: str):
    """The registry dataset ``name``; an unknown name's error also lists your own corpora
    (``framing data add``), which ``info`` and ``path`` accept too, and suggests the closest
    name of either kind."""
    from framing.data import local, registry

    known = [d.name for d in registry.datasets()]
    if name in known:
        return registry.info(name)
    raise registry.unknown_dataset(name, known, local.names())


def _local_info(r: dict) -> int:
    changed = {True: "changed since it was added", False: "unchanged", None: "missing"}
    opts = ", ".join(f"{k}={v}" for k, v in r.get("options", {}).items()) or "defaults"
    lines = [
        f"name:        {r['name']} (local corpus)",
        f"source:      {r['path']} ({r['kind']}, {changed[r['source_changed']]})",
        f"sha256:      {r['sha256']}",
        f"options:     {opts}",
        f"documents:   {r['documents']} ({r['groups']} groups, {r['dated']} dated)",
        f"columns:     {', '.join(r['columns'])}",
        f"stored in:   {r['folder']}",
    ]
    print("\n".join(lines))
    return 0


def handle_add(args: argparse.Namespace) -> int:
    """Register a local corpus."""
    from framing.core.progress import is_quiet
    from framing.data import local

    r = local.add(
        args.name,
        args.path,
        force=args.force,
        text_col=args.text_col,
        id_col=args.id_col,
        group_col=args.group_col,
        date_col=args.date_col,
        title_col=args.title_col,
        encoding=args.encoding,
        title_line=args.title_line,
    )
    if not is_quiet():
        print(
            f"{r['name']}: {r['documents']} documents from {r['path']} (sha256 "
            f"{r['sha256'][:12]}); use --corpus {r['name']}",
            file=sys.stderr,
        )
    return 0


def handle_remove(args: argparse.Namespace) -> int:
    """Forget a registered local corpus."""
    from framing.data import local

    local.remove(args.name)
    return 0
