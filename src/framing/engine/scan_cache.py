"""Compiled Hyperscan databases kept on disk, so that a process loads instead of compiling.

:class:`framing.engine.multiscan.MultiScan` compiles the lexicon's expressions once per
process: about a second for the built-in lexicon, tens of seconds for a frame file of thousands
of terms. Loading the serialised database takes milliseconds. This module stores such
serialised databases (opaque bytes here) in ``<data dir>/scans/<key>.hsdb``
(:func:`framing.core.cache_files.data_dir`), where ``key`` (:func:`key`) is a sha256 of
everything the database depends on: the exact expressions and flags, the ``hyperscan`` package
and library versions, the CPU features Hyperscan targets and ``platform.machine()``.

A file holds :data:`MAGIC`, its key, the sha256 of the database and the database; it is written
atomically. A file whose header or checksum is wrong (truncated, damaged, foreign) is named in
one warning, moved aside as ``*.damaged`` and the database is compiled again. A folder that
cannot be written costs only the compile (one warning per process). At most
:data:`MAX_FILES` databases are kept (least recently used go first). ``FRAMING_SCAN_CACHE=0``
turns the cache off (the test suite does so when ``FRAMING_DATA_DIR`` is not set, so tests
write nothing to the user's cache folder).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path

from framing.core.cache_files import data_dir, set_aside, unwritable
from framing.core.errors import FramingError
from framing.core.files import atomic_write

__all__ = ["enabled", "folder", "key", "read", "write"]
log = logging.getLogger(__name__)

#: First bytes of a cache file (the format's version is in it).
MAGIC = b"framing-hsdb/1\n"
#: Databases kept; writing one more removes the least recently used.
MAX_FILES = 32
_SUFFIX = ".hsdb"
_DIGEST = 32
_warned: set[str] = set()


def enabled() -> bool:
    """Whether the cache is on (``FRAMING_SCAN_CACHE`` unset, or anything but 0/off/no/false)."""
    value = os.environ.get("FRAMING_SCAN_CACHE", "").strip().lower()
    return value not in ("0", "off", "no", "false")


def folder() -> Path | None:
    """``<data dir>/scans``, or None when the data folder is unusable (a file)."""
    try:
        return data_dir() / "scans"
    except FramingError:  # FRAMING_DATA_DIR names a file: the commands that need it say so
        return None


def key(parts: list[str]) -> str:
    """The cache key of a database built from ``parts`` (expressions, flags, versions, CPU)."""
    h = hashlib.sha256()
    for p in parts:
        b = p.encode("utf-8")
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def read(k: str) -> bytes | None:
    """The database stored under key ``k``, or None (none stored, or the file is set aside)."""
    base = folder() if enabled() else None
    if base is None:
        return None
    path = base / (k + _SUFFIX)
    try:
        data = path.read_bytes()
    except OSError:  # none stored (or unreadable): compile
        return None
    problem = _problem(data, k)
    if problem is not None:
        set_aside(path, problem)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: pruned last
    return data[len(MAGIC) + len(k) + 1 + _DIGEST :]


def _problem(data: bytes, k: str) -> str | None:
    """Why ``data`` is not the cache file of key ``k`` (None when it is)."""
    head = MAGIC + k.encode("ascii") + b"\n"
    if not data.startswith(head):
        return "not a compiled-matcher file of this key (wrong header)"
    digest, blob = data[len(head) : len(head) + _DIGEST], data[len(head) + _DIGEST :]
    if len(digest) < _DIGEST or hashlib.sha256(blob).digest() != digest:
        return "truncated or damaged (checksum differs)"
    return None


def write(k: str, blob: bytes) -> None:
    """Store ``blob`` under key ``k`` (atomically); a folder that cannot be written is named
    in one warning per process and nothing else happens."""
    base = folder() if enabled() else None
    if base is None:
        return
    data = MAGIC + k.encode("ascii") + b"\n" + hashlib.sha256(blob).digest() + blob
    try:
        base.mkdir(parents=True, exist_ok=True)
        atomic_write(base / (k + _SUFFIX), data)
    except (OSError, FramingError) as exc:  # atomic_write: an OutputError for the folder
        if str(base) not in _warned:  # one warning per process
            _warned.add(str(base))
            unwritable(base, exc, "compiled-matcher cache")
        return
    _prune(base)


def _prune(base: Path) -> None:
    """Remove the least recently used databases beyond :data:`MAX_FILES`."""
    try:
        files = [(p.stat().st_mtime, p.name, p) for p in base.glob("*" + _SUFFIX)]
    except OSError:
        return
    files.sort(reverse=True)
    for _, _, p in files[MAX_FILES:]:
        with contextlib.suppress(OSError):
            p.unlink()
