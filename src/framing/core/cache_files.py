"""The framing data folder, and what every on-disk cache does with a folder or file it cannot use.

Every cache (scores, token counts, parsed datasets, compiled matchers) lives under
:func:`data_dir`: ``FRAMING_DATA_DIR``, else the user cache folder of ``framing``. A cache never
stops a run: a folder that cannot be written is named in a one-line warning
(:func:`unwritable`) and the work is simply not kept; a file that is not a valid entry is named
in a warning and moved aside as ``*.damaged``, never deleted (:func:`set_aside`).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from framing.core.errors import DataError, FramingError, OutputError

__all__ = ["data_dir", "kept_if_writable", "set_aside", "unwritable"]
log = logging.getLogger(__name__)


def data_dir() -> Path:
    """The cache folder: ``FRAMING_DATA_DIR`` or the user cache folder of ``framing``."""
    value = os.environ.get("FRAMING_DATA_DIR")
    if value:
        folder = Path(value).expanduser()
        if folder.exists() and not folder.is_dir():
            raise DataError(
                f"FRAMING_DATA_DIR={value}: is a file, not a folder; point it at a folder "
                "(it is created if missing) or unset it"
            )
        return folder
    import platformdirs

    return Path(platformdirs.user_cache_dir("framing"))


def unwritable(folder: Path, exc: OSError | FramingError, what: str) -> None:
    """The one-line warning for a cache ``folder`` that cannot be written (read-only, full):
    the run goes on without caching. ``exc`` may be the :class:`OutputError` (a
    :class:`FramingError`) of an atomic write (:func:`framing.core.files.staged_file`); the OS error behind it is named."""
    if not isinstance(exc, OSError) and isinstance(exc.__context__, OSError):
        exc = exc.__context__
    log.warning(
        "framing: warning: %s: cannot write the %s (%s); going on without caching it (set "
        "FRAMING_DATA_DIR to a writable folder)",
        getattr(exc, "filename", None) or folder,
        what,
        getattr(exc, "strerror", None) or exc,
    )


@contextlib.contextmanager
def kept_if_writable(folder: Path, what: str) -> Iterator[None]:
    """Run a cache write: a ``folder`` that cannot be written (an ``OSError``, or the
    :class:`OutputError` an atomic write makes of one) is named by :func:`unwritable` and the
    run goes on without the cache."""
    try:
        yield
    except (OSError, OutputError) as exc:
        unwritable(folder, exc, what)


def set_aside(part: Path, problem: str) -> None:
    """Name ``part`` in a warning as not a valid cache entry and move it to ``*.damaged``
    (left in place in a read-only folder), so the warning comes once, not on every run."""
    aside = part.with_name(part.name + ".damaged")
    try:
        os.replace(part, aside)
        kept = f"kept as {aside.name}"
    except FileNotFoundError:
        return
    except OSError:  # a read-only cache: left where it is
        kept = "left in place"
    log.warning(
        "framing: warning: %s: ignored, not a valid cache entry: %s (%s)", part, problem, kept
    )
