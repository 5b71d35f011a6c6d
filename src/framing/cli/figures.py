"""``framing figures``: run the numbered notebooks headlessly.

Without options it regenerates the committed ``figures/`` from the default parameters. With
``--article PATH --out DIR`` it runs the notebooks that take an article for *that* article (its
metadata from ``NAME.yaml`` beside it or ``--meta``) into ``DIR``, which must not be the
committed figures folder; ``-p KEY=VALUE`` sets any other notebook parameter (the value is read
as YAML: ``-p MIN_TOKENS=50``, ``-p "MARKED=[CHN, RUS]"``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from framing.cli._options import positive_int


def register(subparsers) -> None:
    """Add the ``figures`` subcommand."""
    p = subparsers.add_parser(
        "figures",
        help="run notebooks/NN-name.py in order (figures/, or --article PATH --out DIR)",
        description=(
            "Execute every jupytext percent script notebooks/NN-name.py in numbered order with "
            "papermill (kernel: this Python, working directory: the notebooks folder). Without "
            "options, figures are written to figures/ and listed in its README.md. With "
            "--article PATH --out DIR, the notebooks that take an article run for that article "
            "into DIR (figures, their manifest and the executed notebooks); figures/ is not "
            "touched. A notebook that needs the article's date it cannot get (no date, or a war "
            "window outside the official corpora) is refused before any notebook runs (exit "
            "status 2). Stops at the first failing cell (exit status 1)."
        ),
    )
    p.add_argument("--article", metavar="PATH", help="run for this article (.txt)")
    p.add_argument(
        "--meta", metavar="FILE", help="metadata YAML of --article (default NAME.yaml beside it)"
    )
    p.add_argument(
        "--title-line", action="store_true", help="the first line of --article is its headline"
    )
    p.add_argument(
        "-p",
        "--parameter",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="notebook parameter (repeatable; VALUE read as YAML)",
    )
    p.add_argument(
        "--only",
        action="append",
        metavar="NN[,NN]",
        help="run only these notebooks (repeatable or comma-separated: --only 01,03)",
    )
    p.add_argument(
        "--notebooks",
        default=None,
        metavar="DIR",
        help="notebook scripts (default: ./notebooks, else the notebooks/ folder of the framing "
        "checkout this command runs from)",
    )
    p.add_argument(
        "--out",
        "--figures",
        dest="out",
        default=None,
        metavar="DIR",
        help="figure output folder (default: figures; required with --article or -p; not a "
        "folder inside figures/)",
    )
    p.add_argument(
        "--build",
        default=None,
        metavar="DIR",
        help="executed notebooks (default: build/notebooks, or DIR/notebooks with --out)",
    )
    p.add_argument(
        "--timeout",
        type=positive_int,
        default=1800,
        metavar="S",
        help="seconds a cell may run before the run stops, at least 1 (default: 1800)",
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,
        help="no progress on stderr",
    )
    p.set_defaults(func=handler)


def parse_parameters(items: list[str]) -> dict[str, object]:
    """``KEY=VALUE`` strings → parameters (VALUE read as YAML; ``KEY=`` is None)."""
    import yaml

    from framing.core import safe_yaml
    from framing.core.errors import InputError

    out: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip().isidentifier():
            raise InputError(f"-p {item!r}: use KEY=VALUE with a notebook parameter name")
        try:
            out[key.strip()] = _dates_as_text(safe_yaml.load(value)) if value.strip() else None
        except yaml.YAMLError:
            out[key.strip()] = value
    return out


def _dates_as_text(value: object) -> object:
    """``value`` with the dates YAML reads (``DATE=2022-03-24``) as ISO text, inside lists and
    mappings too: the notebooks read dates from text, and a date object is no JSON, which
    the figures' manifest is (QA pass 11: an internal error after the notebook had run)."""
    import datetime

    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_dates_as_text(v) for v in value]
    if isinstance(value, dict):
        return {k: _dates_as_text(v) for k, v in value.items()}
    return value


def notebooks_folder(given: str | None) -> Path:
    """The notebook scripts: ``given``, else ``./notebooks``, else the ``notebooks/`` folder of
    the checkout framing is installed from (``make setup`` installs it editable), so that
    ``framing figures --article`` works from any folder."""
    from framing.core.errors import InputError

    if given:
        return Path(given)
    here = Path("notebooks")
    if here.is_dir():
        return here
    checkout = Path(__file__).resolve().parents[3] / "notebooks"
    if any(checkout.glob("[0-9][0-9]-*.py")):
        return checkout
    raise InputError(
        "no notebooks folder here (./notebooks) and framing is not installed from a checkout; "
        "pass --notebooks DIR, the notebooks/ folder of a framing checkout"
    )


def _committed_figures(notebooks: Path) -> Path:
    return (notebooks.resolve().parent / "figures").resolve()


def handler(args: argparse.Namespace) -> int:
    """Run the notebooks; 0 on success (errors propagate to the CLI)."""
    from framing.core.errors import InputError, OutputError
    from framing.core.progress import is_quiet
    from framing.present.runner import run_notebooks

    quiet = bool(getattr(args, "quiet", False)) or is_quiet()
    params = parse_parameters(args.parameter)
    only = [n.strip() for item in args.only or [] for n in item.split(",") if n.strip()]
    if args.only and not only:  # --only "" (an empty shell variable) would run every notebook
        raise InputError("--only: give notebook numbers (--only 01,03), not an empty value")
    if args.meta and not args.article:
        raise InputError("--meta goes with --article")
    implied: dict[str, object] = {}
    if args.article:
        art = Path(args.article)
        if not art.is_file():
            raise InputError(f"{art}: no such file")
        if args.meta and not Path(args.meta).is_file():
            raise InputError(f"{args.meta}: no such file")
        from framing.data.article import read_article

        # read as the notebooks will: a bad article stops here, not in a notebook's cell, and
        # its warnings (HTML, non-English, a headline read as text) show on the terminal
        read_article(art, title_line=bool(args.title_line), meta=args.meta)
        if "ARTICLE" in params:
            raise InputError("give the article once: --article PATH or -p ARTICLE=PATH, not both")
        params["ARTICLE"] = str(art.resolve())
        implied["META"] = str(Path(args.meta).resolve()) if args.meta else None
        implied["TITLE_LINE"] = bool(args.title_line)
        implied["ARTICLE_ONLY"] = True
    if params and not args.out:
        raise OutputError(
            "give --out DIR: figures/ holds the committed figures of the default parameters"
        )
    notebooks = notebooks_folder(args.notebooks)
    # figures/ and build/ beside notebooks/: relative when that is ./notebooks, as before
    home = Path(".") if notebooks == Path("notebooks") else notebooks.resolve().parent
    out = Path(args.out) if args.out else home / "figures"
    committed = _committed_figures(notebooks)
    if params and out.resolve() == committed:
        raise OutputError(f"{out}: is the committed figures folder; choose another --out DIR")
    if committed in out.resolve().parents:  # its files would be left untracked in figures/
        raise OutputError(
            f"{out}: is inside the committed figures folder; choose a folder outside it"
        )
    if args.out and out.exists() and not out.is_dir():
        raise OutputError(f"{out}: is a file, not a folder; --out takes a folder for the figures")
    if args.article and out.is_dir():
        _refuse_another_article(out, Path(args.article).resolve())
    # --out is created when missing, and holds the executed notebooks, as --help says (QA pass
    # 7: without parameters the folder was refused and the notebooks went to the checkout's
    # build/); the committed figures/ keeps them in build/notebooks
    own = bool(args.out) and out.resolve() != committed
    created = own and not out.exists()
    if own:
        out.mkdir(parents=True, exist_ok=True)
    build = Path(args.build) if args.build else (out / "notebooks" if own else None)
    build = build or home / "build" / "notebooks"
    try:
        done = run_notebooks(
            notebooks,
            out,
            build,
            only=only or None,
            quiet=quiet,
            timeout=args.timeout,
            parameters=params or None,
            needs="ARTICLE" if args.article else None,
            implied=implied or None,
        )
    except InputError:
        for folder in (build, out) if created else ():
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()  # refused before any notebook ran: leave no empty folder behind
        raise
    if done and not quiet:
        print(
            f"framing figures: {len(done)} notebook(s) executed; figures in {out}/", file=sys.stderr
        )
    return 0


def _refuse_another_article(out: Path, article: Path) -> None:
    """:class:`OutputError` when ``out`` holds figures made for another article: a run for this
    one would replace some of them and leave the others, one folder of two articles."""
    from framing.core.errors import OutputError
    from framing.present.manifest import load_manifest

    others = sorted(
        {
            i["name"]
            for r in load_manifest(out).values()
            for i in r.get("inputs") or []
            if str(i.get("name", "")).lower().endswith(".txt")
            and (out / i["name"]).resolve() != article  # names are relative to the folder
        }
    )
    if others:
        raise OutputError(
            f"{out}: holds the figures of another article ({Path(others[0]).name}); give each "
            "article its own --out folder"
        )
