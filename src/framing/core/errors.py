"""Errors a user can act on.

Every :class:`FramingError` is reported by the CLI as one line on stderr with exit status 2;
anything else is an internal error (exit status 1).
"""

from __future__ import annotations


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
