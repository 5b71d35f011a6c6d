"""Reading text with clear decoding errors, and writing outputs atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError, OutputError

BINARY_SNIFF_BYTES = 8192


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode ``data`` (UTF-8 with or without BOM unless ``encoding`` is given).

    Raises
    ------
    InputError
        Naming ``name`` and the byte offset of the first undecodable byte.
    """
    if encoding is None and b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    codec = encoding or "utf-8-sig"
    try:
        return data.decode(codec)
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; use a Python codec name such as cp1252"
        ) from None
    except UnicodeDecodeError as exc:
        hint = "" if encoding else "; pass --encoding (e.g. cp1252 or latin-1) if it is not UTF-8"
        raise InputError(
            f"{name}: cannot decode byte 0x{data[exc.start]:02x} at offset {exc.start} as {codec}{hint}"
        ) from None


def read_text(path: str | os.PathLike, encoding: str | None = None) -> str:
    """Read a text file; errors are :class:`InputError` with file name and byte offset."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory, expected a file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    return decode_bytes(data, str(p), encoding)


def check_output(path: str | os.PathLike, force: bool = False) -> Path:
    """Refuse an existing output unless ``force``; check that its folder exists."""
    p = Path(path)
    if p.exists() and not force:
        raise OutputError(f"{p}: already exists; pass --force to overwrite")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{parent}: output folder does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{parent}: output folder is not writable")
    return p


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, force: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it onto ``path`` only on success.

    A crash or Ctrl-C leaves no partial file under the final name.
    """
    final = check_output(path, force=force)
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent or ".")
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        raise


def atomic_write(path: str | os.PathLike, data: str | bytes, force: bool = True) -> Path:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename."""
    with atomic_path(path, force=force) as tmp:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8", newline="\n")
        else:
            tmp.write_bytes(data)
    return Path(path)
