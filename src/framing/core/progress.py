"""Progress bars on stderr, silenced globally by ``--quiet`` or ``FRAMING_QUIET=1``."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")
_quiet = False


def set_quiet(quiet: bool = True) -> None:
    """Silence (or re-enable) every progress bar of this process."""
    global _quiet
    _quiet = quiet


def is_quiet() -> bool:
    """True when progress output is silenced."""
    return _quiet or os.environ.get("FRAMING_QUIET", "") not in ("", "0")


def progress(
    iterable: Iterable[T], desc: str = "", total: int | None = None, unit: str = "it"
) -> Iterable[T]:
    """Wrap ``iterable`` in a tqdm bar on stderr unless quiet."""
    if is_quiet():
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, total=total, unit=unit, file=sys.stderr, leave=False)


class _Silent:
    """A bar that shows nothing (quiet mode)."""

    def update(self, n: int = 1) -> None:
        """Nothing to advance."""

    def close(self) -> None:
        """Nothing to close."""


def counter(total: int, desc: str = "", unit: str = "it"):
    """A tqdm bar on stderr advanced by ``.update(n)`` (for work done in batches), or a silent
    one when quiet; call ``.close()`` when done."""
    if is_quiet():
        return _Silent()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, leave=False)
