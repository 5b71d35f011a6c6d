"""Shared option types of the subcommands: one line naming the option when a value is invalid.

argparse calls a ``type=`` function with the text given; a :class:`argparse.ArgumentTypeError`
becomes ``framing COMMAND: error: argument --n-boot: ...`` with exit status 2.
"""

from __future__ import annotations

import argparse
import os


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def positive_int(text: str) -> int:
    """An integer >= 1 (``--n-boot``, ``--chunk-size``, ``--top``, ``--neighbours`` ...)."""
    n = _int(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def non_negative_int(text: str) -> int:
    """An integer >= 0 (``--seed``: numpy seeds cannot be negative)."""
    n = _int(text)
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {n}")
    return n


def positive_float(text: str) -> float:
    """A number > 0 (timeouts, prior scales)."""
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not x > 0 or x == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text}")
    return x


def cpu_count() -> int:
    """CPUs this process may use (affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def jobs(text: str) -> int:
    """``--jobs``: at least 1; more than the CPU count is capped (with a warning)."""
    n = positive_int(text)
    cap = cpu_count()
    if n > cap:
        print(
            f"framing: warning: --jobs {n} is more than the {cap} CPU(s) available; using {cap}",
            file=__import__("sys").stderr,
        )
        return cap
    return n


def add_article(parser, encoding_option: str = "--article-encoding") -> None:
    """The ARTICLE positional of the commands that compare one article with a corpus."""
    parser.add_argument(
        "article",
        metavar="ARTICLE",
        help="article .txt (raw, or body beside NAME.yaml), or - for standard input (one UTF-8 "
        f"text, or {encoding_option})",
    )


def add_raw_csv(parser) -> None:
    """``--raw-csv``: write text cells as they are (no spreadsheet formula neutralising)."""
    parser.add_argument(
        "--raw-csv",
        action="store_true",
        help="write CSV cells as they are; by default text cells starting with = + - @ tab or "
        "CR get a leading ' so spreadsheets do not run them as formulas",
    )


def add_precision(parser, where: str) -> None:
    """``--precision official|news``: the audit whose precision ``where`` prints beside each
    category (:data:`framing.stats.validation.PRECISION_GENRES`)."""
    parser.add_argument(
        "--precision",
        choices=["official", "news"],
        default="official",
        help=f"the audit whose precision {where} prints beside each category: the official "
        "texts' (official, default) or the news media's (news); pick the genre of your corpus",
    )


def add_lexicon(parser) -> None:
    """``--lexicon FILE`` (repeatable): the user's lexicon files added to the built-in one."""
    parser.add_argument(
        "--lexicon",
        action="append",
        metavar="FILE",
        help="lexicon YAML file or folder added to the built-in lexicon (repeatable; a category "
        "with a built-in id extends it, or replaces it with `replace: true`; check it first "
        "with `framing lexicon check FILE`)",
    )


def add_min_tokens(parser) -> None:
    """``--min-tokens N``: corpus documents under N words are left out (compare, report)."""
    parser.add_argument(
        "--min-tokens",
        type=positive_int,
        default=None,
        metavar="N",
        help="leave out corpus documents under N words, and count them (default "
        "framing.stats.MIN_DOC_TOKENS = 100, as the notebooks; lead paragraphs have about 40, "
        "BBC video pages about 60)",
    )


def add_drop_repeats(parser) -> None:
    """``--drop-repeats``: a sentence a corpus document prints twice counts once."""
    parser.add_argument(
        "--drop-repeats",
        action="store_true",
        help="count a sentence a corpus document prints twice once (AP's photo galleries "
        "repeat story sentences: 13%% of AP's words; framing.data.repeats, as notebook 02)",
    )
