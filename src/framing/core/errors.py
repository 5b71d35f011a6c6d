"""Errors a user can act on, and the fallback of a library reach-in.

Every :class:`FramingError` is reported by the CLI as one line on stderr with exit status 2;
anything else is an internal error (exit status 1). :class:`InternalsMoved` and
:func:`warn_fallback` serve the fast paths that use a library's internals (textstat in
``engine.readability``, vaderSentiment in ``engine.sentiment``).
"""

from __future__ import annotations

import warnings


class FramingError(Exception):
    """A problem with the user's input or environment, with a one-line message naming the fix."""

    exit_code = 2


class InputError(FramingError):
    """Unreadable, undecodable or malformed input."""


class LexiconError(FramingError):
    """A lexicon file that cannot be loaded."""


class DataError(FramingError):
    """A dataset that cannot be fetched, verified or parsed."""


class OutputError(FramingError):
    """An output that cannot or must not be written."""


class FramingWarning(UserWarning):
    """A note about the user's input that changes no exit status (documents left out, an
    assumption made); the CLI prints it as one ``framing: warning:`` line."""


class InternalsMoved(ImportError):
    """A library's internals that a fast path uses are not where they were."""


def warn_fallback(what: str, exc: BaseException) -> None:
    """Warn that ``what``'s internals moved and its public functions are used instead."""
    warnings.warn(
        f"{what} internals not found ({exc}); using its public functions (slower, same numbers)",
        RuntimeWarning,
        stacklevel=3,
    )
