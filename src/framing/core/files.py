"""Reading text with clear decoding errors, and writing outputs atomically."""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import signal
import stat
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

from framing.core.errors import FramingWarning, InputError, OutputError

BINARY_SNIFF_BYTES = 8192


#: Byte order marks of the UTF encodings, longest first (UTF-32 LE starts like UTF-16 LE).
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def bom_encoding(head: bytes) -> str | None:
    """The codec named by a byte order mark at the start of ``head`` (None without one).

    The codecs returned (``utf-32``, ``utf-16``, ``utf-8-sig``) remove the mark when decoding.
    """
    for bom, codec in BOMS:
        if head.startswith(bom):
            return codec
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit at every other position (ASCII text in UTF-16)."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 8:
        if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str, encoding: str | None = None, fix: str = "") -> str:
    """Decode ``data``: UTF-8 (with or without BOM), UTF-16/32 with a BOM, or ``encoding``.

    Raises
    ------
    InputError
        Naming ``name`` and the byte offset of the first undecodable byte; a file with NUL bytes
        in its first 8 kB and no BOM is called binary (or UTF-16 without a BOM, with the
        ``--encoding`` to use); a NUL character anywhere in the decoded text is refused too,
        naming its line (a damaged file: NUL padding left by a crash, a binary tail).
        ``fix``, when given, is the remedy the message ends with instead of ``--encoding``
        (a lexicon file has no such option).
    """
    bom = bom_encoding(data[:4]) if encoding is None else None
    if bom is None and encoding is None and b"\x00" in data[:BINARY_SNIFF_BYTES]:
        guess = _utf16_without_bom(data[:BINARY_SNIFF_BYTES])
        if guess:
            raise InputError(
                f"{name}: looks like {guess.upper()} text without a byte order mark; "
                + (fix or f"pass --encoding {guess}")
            )
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    codec = encoding or bom or "utf-8-sig"
    try:
        text = data.decode(codec)
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; use a Python codec name such as cp1252"
        ) from None
    except UnicodeDecodeError as exc:
        hint = (
            f"; {fix}"
            if fix
            else (
                "" if encoding else "; pass --encoding (e.g. cp1252 or latin-1) if it is not UTF-8"
            )
        )
        raise InputError(
            f"{name}: cannot decode byte 0x{data[exc.start]:02x} at offset {exc.start} as {codec}{hint}"
        ) from None
    nul = text.find("\x00")  # past the sniffed bytes, or with --encoding: the whole text
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise InputError(
            f"{name}: looks like a binary or damaged file (a NUL character on line {line:,}, "
            f"at character {nul:,}), not text; remove the NUL characters"
        )
    if encoding is not None and _utf8_read_otherwise(data, encoding):
        warnings.warn(
            f"{name}: read as {encoding}, but its non-ASCII bytes are valid UTF-8 ({encoding} "
            "turns a UTF-8 ’ into â€™); if the file is UTF-8, read it without --encoding "
            "(compare, report, keyness: --article-encoding utf-8 for the article)",
            FramingWarning,
            stacklevel=2,
        )
    return text


def _utf8_read_otherwise(data: bytes, encoding: str) -> bool:
    """True when ``data`` has non-ASCII bytes that form valid UTF-8 and ``encoding`` is not a
    UTF codec: a UTF-8 file read with a single-byte encoding (valid multi-byte UTF-8 sequences
    are all but absent from real cp1252 or Latin-1 text)."""
    if codecs.lookup(encoding).name.startswith("utf") or data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_text(path: str | os.PathLike, encoding: str | None = None) -> str:
    """Read a text file; errors are :class:`InputError` with file name and byte offset."""
    p = Path(path)
    try:
        refuse_device(p)
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory, expected a file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    return decode_bytes(data, str(p), encoding)


def refuse_device(p: Path) -> os.stat_result | None:
    """:class:`InputError` for a character or block device (``/dev/zero`` never ends: reading it
    filled memory until the system killed the process). Pipes and FIFOs are read as files.
    Returns the stat of ``p`` (None when it cannot be read: the read that follows says why)."""
    try:
        st = p.stat()
    except OSError:
        return None
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        raise InputError(f"{p}: is a device, not a file")
    return st


def check_output_parent(p: Path) -> Path:
    """The folder an output ``p`` goes into; refused unless it exists and is writable."""
    parent = p.parent if str(p.parent) else Path(".")
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"{parent}: is a file, not a folder; choose another output path")
    if not parent.is_dir():
        raise OutputError(f"{parent}: output folder does not exist; create it first")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{parent}: output folder is not writable")
    return parent


def check_output(path: str | os.PathLike, force: bool = False) -> Path:
    """Refuse an existing output unless ``force``; check that its folder exists."""
    p = Path(path)
    if p.is_dir():
        raise OutputError(f"{p}: is a folder; give a file name for the output")
    if p.exists() and not force:
        raise OutputError(f"{p}: already exists; pass --force to overwrite")
    parent = check_output_parent(p)
    try:  # os.access says yes to root and knows nothing of read-only mounts: really try
        fd, probe = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".probe", dir=parent)
    except OSError as exc:
        if exc.errno not in OUTPUT_ERRNOS:
            raise
        raise output_error(p, exc) from None
    os.close(fd)
    os.unlink(probe)
    return p


_UMASK_LOCK = threading.Lock()
_INTERRUPTED = threading.Event()


def _on_sigint(signum, frame) -> None:
    _INTERRUPTED.set()
    raise KeyboardInterrupt


def _quiet_unraisable(unraisable) -> None:
    """Drop the "Exception ignored" traceback of a Ctrl-C that :func:`_on_sigint` has recorded.

    Such a Ctrl-C, raised inside a ``__del__`` method or a callback, is lost by Python; the run
    still stops at its next output (see :func:`guard_interrupts`) and the CLI reports it in one
    line. Every other unraisable exception goes to the hook that was in place before.
    """
    exc_type = getattr(unraisable, "exc_type", None)
    if interrupted() and isinstance(exc_type, type) and issubclass(exc_type, KeyboardInterrupt):
        return
    _previous_unraisable_hook(unraisable)


_previous_unraisable_hook = sys.unraisablehook


def guard_interrupts() -> bool:
    """Remember every Ctrl-C of this process, even one swallowed on its way up.

    Python's own handler raises :class:`KeyboardInterrupt` wherever the program happens to be;
    raised inside a ``__del__`` method or a callback it is printed as "Exception ignored" and
    lost, and the run carries on. With this guard (a handler that also sets a flag, installed
    only over Python's default handler, from the main thread) :func:`atomic_path` refuses to
    publish an output after any Ctrl-C, so an interrupted run never leaves a file that looks
    complete. Returns True when the guard is active.
    """
    global _previous_unraisable_hook
    if threading.current_thread() is not threading.main_thread():
        return signal.getsignal(signal.SIGINT) is _on_sigint
    current = signal.getsignal(signal.SIGINT)
    if current is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_sigint)
    elif current is not _on_sigint:
        return False
    if sys.unraisablehook is not _quiet_unraisable:
        _previous_unraisable_hook = sys.unraisablehook
        sys.unraisablehook = _quiet_unraisable
    return True


def interrupted() -> bool:
    """True after a Ctrl-C seen by :func:`guard_interrupts`'s handler."""
    return _INTERRUPTED.is_set()


#: ``errno`` values of a write that fails because of the output's place, not because of a bug.
OUTPUT_ERRNOS = {
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


def output_error(final: Path, exc: OSError) -> OutputError:
    """The one-line error of a write that failed because of the output's place or a full disk."""
    reason = exc.strerror or type(exc).__name__
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(
            f"{final}: the disk is full ({reason}); nothing was written and no partial output "
            "was left - free some space or choose another folder"
        )
    return OutputError(
        f"{final}: cannot write the output ({reason}); nothing was written - "
        "choose a writable folder with free space"
    )


#: ``errno`` of a hard link that the file system does not support (publish falls back to rename).
_NO_LINK_ERRNOS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK,
                   errno.ENOSYS, errno.EACCES}  # fmt: skip


def publish_exclusive(tmp: Path, final: Path) -> None:
    """Move ``tmp`` to ``final`` only if nothing is at ``final`` (never overwrites).

    A hard link is atomic and fails when the target exists, so a file created at ``final``
    while the run was going is left alone (:class:`OutputError`). On file systems without hard
    links the check and the rename are two steps.
    """
    try:
        os.link(tmp, final)
    except FileExistsError:
        raise OutputError(
            f"{final}: appeared while this run was going; left as it is and the result was not "
            "written - rerun with --force to replace it"
        ) from None
    except OSError as exc:
        if exc.errno not in _NO_LINK_ERRNOS:
            raise
        if os.path.lexists(final):
            raise OutputError(
                f"{final}: appeared while this run was going; left as it is and the result was "
                "not written - rerun with --force to replace it"
            ) from None
        os.rename(tmp, final)
        return
    os.unlink(tmp)


@contextlib.contextmanager
def staged_file(final: Path, publish: Callable[[Path], None]) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; on success ``publish(tmp)`` puts it in place.

    A crash, a Ctrl-C (even one swallowed on its way up, see :func:`guard_interrupts`) or a full
    disk removes the temporary file and publishes nothing. The file gets the mode a plain
    ``open()`` would give it (or the mode of the file it replaces), not ``mkstemp``'s ``0o600``.
    """
    try:
        mode = stat.S_IMODE(final.stat().st_mode) if final.is_file() else default_mode()
        fd, tmp = tempfile.mkstemp(
            prefix=f".{final.name}.", suffix=".part", dir=final.parent or "."
        )
        os.close(fd)
    except OSError as exc:
        if exc.errno not in OUTPUT_ERRNOS:
            raise
        raise output_error(final, exc) from None
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        if interrupted():
            raise KeyboardInterrupt
        os.chmod(tmp_path, mode)
        publish(tmp_path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        errno_ = exc.errno if isinstance(exc, OSError) else None
        if errno_ is None and isinstance(exc, OSError) and "No space left" in str(exc):
            errno_ = errno.ENOSPC  # pyarrow's IOError carries the text, not the errno
            exc = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        if errno_ in OUTPUT_ERRNOS - {errno.ENOENT}:
            raise output_error(final, exc) from None
        raise


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, force: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; put it at ``path`` only on success.

    With ``force`` whatever is at ``path`` at the end is replaced (``os.replace``; caches use
    this). Without it an existing ``path`` is refused at the start *and* at the end: the result
    is published with an exclusive create, so a file that appeared meanwhile is not
    overwritten. See :func:`staged_file` for crashes, Ctrl-C, modes and full disks; CLI outputs
    go through :func:`framing.core.outputs.claim_output`, which adds a lock and input checks.
    """
    final = check_output(path, force=force)

    def publish(tmp: Path) -> None:
        if force:
            os.replace(tmp, final)
        else:
            publish_exclusive(tmp, final)

    with staged_file(final, publish) as tmp:
        yield tmp


def atomic_write(path: str | os.PathLike, data: str | bytes, force: bool = True) -> Path:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename."""
    with atomic_path(path, force=force) as tmp:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8", newline="\n")
        else:
            tmp.write_bytes(data)
    return Path(path)
