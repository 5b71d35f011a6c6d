"""The ``framing`` command line.

Each module in this package that defines ``register(subparsers)`` adds one subcommand (or a
group); its handler takes the parsed arguments and returns an exit status. Errors the user can
fix (:class:`framing.core.errors.FramingError`) print one line on stderr and exit with status 2;
anything else prints one line and exits with 1 (``--debug`` shows the traceback).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import warnings
from concurrent.futures.process import BrokenProcessPool

from framing import __version__
from framing.core.errors import FramingError, FramingWarning
from framing.core.files import guard_interrupts
from framing.core.progress import set_quiet
from framing.core.signals import Terminated, handle_termination

PROG = "framing"
#: The fix named when memory runs out (the analysis holds about 50 bytes per character).
MEMORY_FIX = (
    "the analysis holds about 50 bytes per character of a document (docs/reliability.md, "
    "Known limits): split very long texts into documents, or use fewer --jobs or a smaller "
    "--chunk-size"
)
#: The arguments of the running :func:`main` (an error names a dashed file name from them).
_ARGV: list[str] = []


def one_line(message: object) -> str:
    """``message`` with its line breaks shown as ``\\n`` / ``\\r``: an error or warning stays
    one line even when it names a file whose name holds a newline."""
    return str(message).replace("\r", "\\r").replace("\n", "\\n")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse prints usage too)
        dashed = [a for a in _ARGV if a.startswith("-") and "." in a and not a.startswith("--")]
        hint = f"; a file named {dashed[0]} is written ./{dashed[0]}" if dashed else ""
        self.exit(2, f"{self.prog}: error: {one_line(message)}{hint}\n")


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every registered subcommand."""
    parser = _Parser(
        prog=PROG,
        description="Measure how a text frames actors and claims, with span-level evidence.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bars on stderr")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    _global_flags_everywhere(sub)
    return parser


def _global_flags_everywhere(sub: argparse._SubParsersAction) -> None:
    """Accept ``-q/--quiet`` and ``--debug`` after any subcommand too (``framing score ... -q``).

    The flags are added to every (nested) subcommand with a suppressed default, so they only
    set the value when given and never reset what was given before the subcommand.
    """
    for parser in set(sub.choices.values()):
        strings = {s for a in parser._actions for s in a.option_strings}
        if "--quiet" not in strings:
            parser.add_argument(
                "-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                help="no progress bars on stderr",
            )  # fmt: skip
        if "--debug" not in strings:
            parser.add_argument(
                "--debug", action="store_true", default=argparse.SUPPRESS,
                help="show tracebacks of internal errors",
            )  # fmt: skip
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _global_flags_everywhere(action)


def _one_line(default):
    """``warnings.showwarning`` that prints a :class:`FramingWarning` as one line on stderr and
    leaves other warnings to ``default``."""

    def show(message, category, filename, lineno, file=None, line=None) -> None:
        if issubclass(category, FramingWarning):
            print(f"{PROG}: warning: {one_line(message)}", file=sys.stderr)
        else:
            default(message, category, filename, lineno, file, line)

    return show


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``framing`` console script."""
    # From here on a Ctrl-C that some library swallows (e.g. raised inside a __del__) still stops
    # outputs from being published (exit status 130).
    guard_interrupts()
    # SIGTERM / SIGHUP (schedulers, `timeout`, a closed terminal) are handled like Ctrl-C.
    handle_termination()
    parser = build_parser()
    _ARGV[:] = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    set_quiet(bool(args.quiet))  # each run decides (main() may be called again in-process)
    handler = getattr(args, "func", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", FramingWarning)
            warnings.showwarning = _one_line(warnings.showwarning)
            return int(handler(args) or 0)
    except FramingError as exc:
        print(f"{PROG}: error: {one_line(exc)}", file=sys.stderr)
        return exc.exit_code
    except Terminated as exc:
        print(f"{PROG}: terminated by {exc.name}; no output was left half-written", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; no output was left half-written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        print(f"{PROG}: error: out of memory; {MEMORY_FIX}", file=sys.stderr)
        return 2
    except BrokenProcessPool:  # a worker killed from outside: the system, mostly out of memory
        print(f"{PROG}: error: a worker process was killed (by the system, most often for "
              f"lack of memory); {MEMORY_FIX}", file=sys.stderr)  # fmt: skip
        return 2
    except OSError as exc:  # a path or folder of the user's (missing, a file, full, read-only)
        if exc.errno is None and exc.filename is None:
            if args.debug:
                raise
            print(f"{PROG}: internal error: OSError: {exc} (rerun with --debug and report it)",
                  file=sys.stderr)  # fmt: skip
            return 1
        where = f"{exc.filename}: " if exc.filename is not None else ""
        print(f"{PROG}: error: {one_line(where)}{one_line(exc.strerror or exc)}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence
        if args.debug:
            raise
        print(
            f"{PROG}: internal error: {type(exc).__name__}: {one_line(exc)} (rerun with --debug "
            "and report it)",
            file=sys.stderr,
        )
        return 1
