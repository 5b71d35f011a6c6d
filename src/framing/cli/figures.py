"""``framing figures``: run the numbered notebooks headlessly and regenerate ``figures/``."""

from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    """Add the ``figures`` subcommand."""
    p = subparsers.add_parser(
        "figures",
        help="run notebooks/NN-name.py in order and regenerate figures/",
        description=(
            "Execute every jupytext percent script notebooks/NN-name.py in numbered order with "
            "papermill (kernel: this Python, working directory: the notebooks folder). Figures "
            "are written to the figures folder and listed in its README.md; executed notebooks "
            "go to the build folder. Stops at the first failing cell (exit status 1)."
        ),
    )
    p.add_argument(
        "--only", action="append", metavar="NN", help="run only notebook NN (repeatable)"
    )
    p.add_argument(
        "--notebooks",
        default="notebooks",
        metavar="DIR",
        help="notebook scripts (default: notebooks)",
    )
    p.add_argument(
        "--figures",
        default="figures",
        metavar="DIR",
        help="figure output folder (default: figures)",
    )
    p.add_argument(
        "--build",
        default="build/notebooks",
        metavar="DIR",
        help="executed notebooks (default: build/notebooks)",
    )
    p.add_argument(
        "--timeout", type=int, default=1800, metavar="S", help="seconds per cell (default: 1800)"
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,
        help="no progress on stderr",
    )
    p.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    """Run the notebooks; 0 on success (errors propagate to the CLI)."""
    from framing.core.progress import is_quiet
    from framing.present.runner import run_notebooks

    quiet = bool(getattr(args, "quiet", False)) or is_quiet()
    done = run_notebooks(
        args.notebooks,
        args.figures,
        args.build,
        only=args.only,
        quiet=quiet,
        timeout=args.timeout or None,
    )
    if done and not quiet:
        print(
            f"framing figures: {len(done)} notebook(s) executed; figures in {args.figures}/",
            file=sys.stderr,
        )
    return 0
