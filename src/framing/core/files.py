"""Reading text with clear decoding errors, and writing outputs atomically."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from framing.core.errors import InputError, OutputError

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
    if p.is_dir():
        raise OutputError(f"{p}: is a folder; give a file name for the output")
    if p.exists() and not force:
        raise OutputError(f"{p}: already exists; pass --force to overwrite")
    parent = p.parent if str(p.parent) else Path(".")
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"{parent}: is a file, not a folder; choose another output path")
    if not parent.is_dir():
        raise OutputError(f"{parent}: output folder does not exist; create it first")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{parent}: output folder is not writable")
    try:  # os.access says yes to root and knows nothing of read-only mounts: really try
        fd, probe = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".probe", dir=parent)
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        raise _output_error(p, exc) from None
    os.close(fd)
    os.unlink(probe)
    return p


_UMASK_LOCK = threading.Lock()
_INTERRUPTED = threading.Event()


def _on_sigint(signum, frame) -> None:
    _INTERRUPTED.set()
    raise KeyboardInterrupt


def guard_interrupts() -> bool:
    """Remember every Ctrl-C of this process, even one swallowed on its way up.

    Python's own handler raises :class:`KeyboardInterrupt` wherever the program happens to be;
    raised inside a ``__del__`` method or a callback it is printed as "Exception ignored" and
    lost, and the run carries on. With this guard (a handler that also sets a flag, installed
    only over Python's default handler, from the main thread) :func:`atomic_path` refuses to
    publish an output after any Ctrl-C, so an interrupted run never leaves a file that looks
    complete. Returns True when the guard is active.
    """
    if threading.current_thread() is not threading.main_thread():
        return signal.getsignal(signal.SIGINT) is _on_sigint
    current = signal.getsignal(signal.SIGINT)
    if current is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_sigint)
        return True
    return current is _on_sigint


def interrupted() -> bool:
    """True after a Ctrl-C seen by :func:`guard_interrupts`'s handler."""
    return _INTERRUPTED.is_set()


#: ``errno`` values of a write that fails because of the output's place, not because of a bug.
_OUTPUT_ERRNOS = {
    errno.EACCES,
    errno.EPERM,
    errno.EROFS,
    errno.ENOSPC,
    errno.EDQUOT,
    errno.ENOENT,
    errno.EFBIG,
    errno.ENAMETOOLONG,
}


def current_umask() -> int:
    """The process umask (read without changing it where the OS allows)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _UMASK_LOCK:  # elsewhere: set and restore (the only portable way to read it)
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def default_mode(folder: bool = False) -> int:
    """The mode ``open()`` (0o666) or ``mkdir()`` (0o777) would give a new file under the umask."""
    return (0o777 if folder else 0o666) & ~current_umask()


def _output_error(final: Path, exc: OSError) -> OutputError:
    reason = exc.strerror or type(exc).__name__
    return OutputError(
        f"{final}: cannot write the output ({reason}); nothing was written - "
        "choose a writable folder with free space"
    )


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, force: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it onto ``path`` only on success.

    A crash or Ctrl-C leaves no partial file under the final name (after a Ctrl-C that was
    swallowed on its way up, see :func:`guard_interrupts`, the output is not published and
    :class:`KeyboardInterrupt` is raised again). The file gets the mode a
    plain ``open()`` would give it (``0o666`` minus the umask, or the mode of the file it
    replaces), not ``mkstemp``'s ``0o600``. An unwritable folder, a read-only file system or a
    full disk is an :class:`OutputError`.
    """
    final = check_output(path, force=force)
    try:
        mode = stat.S_IMODE(final.stat().st_mode) if final.is_file() else default_mode()
        fd, tmp = tempfile.mkstemp(
            prefix=f".{final.name}.", suffix=".part", dir=final.parent or "."
        )
        os.close(fd)
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        raise _output_error(final, exc) from None
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        if interrupted():
            raise KeyboardInterrupt
        os.chmod(tmp_path, mode)
        os.replace(tmp_path, final)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        if isinstance(exc, OSError) and exc.errno in _OUTPUT_ERRNOS - {errno.ENOENT}:
            raise _output_error(final, exc) from None
        raise


def atomic_write(path: str | os.PathLike, data: str | bytes, force: bool = True) -> Path:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename."""
    with atomic_path(path, force=force) as tmp:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8", newline="\n")
        else:
            tmp.write_bytes(data)
    return Path(path)
