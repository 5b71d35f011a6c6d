"""Claiming an output for one run: what may be replaced, a lock, and a publish that re-checks.

The rules (docs/reliability.md):

- an output is never one of the run's inputs (same path, symlink or hard link): refused
  whatever ``--force`` says;
- an existing output is replaced only with ``force``, and only if it is still the file that was
  there when the run started (a file that appears or changes during the run is left alone);
  without ``force`` the result is published with an exclusive create (hard link), so a file
  created meanwhile is never overwritten;
- a folder output (``compare --out DIR``) carries a manifest of the files this package wrote
  into it (:data:`MANIFEST`); with ``force`` it is replaced only when it holds nothing else and
  none of those files was changed since, and the old folder is removed file by file from its
  manifest, never with a recursive delete;
- one run at a time per output: a lock file ``.NAME.lock`` beside the output (``fcntl.flock``);
  a second run to the same output fails at once with one line.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from framing.core.errors import OutputError
from framing.core.files import (
    OUTPUT_ERRNOS,
    check_output,
    check_output_parent,
    default_mode,
    interrupted,
    output_error,
    publish_exclusive,
    staged_file,
)

#: File in a folder output listing what this package wrote there (name → sha256).
MANIFEST = ".framing-output.json"
_MANIFEST_TOOL = "framing"


def _identity(path: Path) -> tuple | None:
    """What tells "the same file, unchanged": device, inode, size, mtime (None if absent)."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, stat.S_IFMT(st.st_mode))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inside(child: Path, folder: Path) -> bool:
    try:
        return child.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def refuse_inputs(out: Path, inputs: Iterable, folder: bool = False) -> None:
    """:class:`OutputError` when ``out`` is one of ``inputs`` (or, for a folder, holds one)."""
    for name in inputs:
        if name is None:
            continue
        src = Path(name)
        if not src.exists():
            continue
        if _same_file(out, src) or (folder and out.is_dir() and _inside(src, out)):
            raise OutputError(
                f"{out}: is also an input of this run ({src}); refusing to write over it, even "
                "with --force - choose another output"
            )


# ---------------------------------------------------------------- lock
def _lock_path(out: Path) -> Path:
    parent = out.parent if str(out.parent) else Path(".")
    return parent / f".{out.name}.lock"


@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[Path]:
    """Hold an exclusive lock on ``out`` for this run (a second run fails with one line).

    The lock file is removed on release; a run that finds the file replaced after locking it
    (another run released and removed it meanwhile) locks the new one.
    """
    path = _lock_path(out)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no lock, the publish checks still apply
        yield path
        return
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            if exc.errno in OUTPUT_ERRNOS:
                raise output_error(out, exc) from None
            raise
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputError(
                f"{out}: another framing run is writing this output (lock {path}); wait for it "
                "to finish or choose another output"
            ) from None
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        os.write(fd, f"{os.getpid()}\n".encode())
        yield path
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)


# ---------------------------------------------------------------- folder manifests
def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_manifest(folder: Path) -> dict[str, str] | None:
    """``{name: sha256}`` of the files this package wrote into ``folder``; None without one."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = data.get("files") if isinstance(data, dict) else None
    if data.get("tool") != _MANIFEST_TOOL or not isinstance(files, dict):
        return None
    return {str(k): str(v) for k, v in files.items()}


def foreign_entries(folder: Path) -> list[str]:
    """Entries of ``folder`` that this package did not write, or changed since it wrote them."""
    manifest = read_manifest(folder) or {}
    out = []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.name == MANIFEST and manifest:
            continue
        known = manifest.get(entry.name)
        if known is None or not entry.is_file(follow_symlinks=False):
            out.append(entry.name + ("/" if entry.is_dir(follow_symlinks=False) else ""))
        elif _sha256(Path(entry.path)) != known:
            out.append(f"{entry.name} (changed since framing wrote it)")
    return out


def _refuse_foreign(folder: Path) -> None:
    foreign = foreign_entries(folder)
    if foreign:
        shown = ", ".join(foreign[:3]) + (
            f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        )
        raise OutputError(
            f"{folder}: holds files framing did not write ({shown}); refusing to replace it, "
            "even with --force - choose a new folder or move them away"
        )


def _remove_own(folder: Path, manifest: dict[str, str]) -> list[str]:
    """Delete the manifest's files and the folder; return what had to stay (foreign entries)."""
    for name in manifest:
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
    with contextlib.suppress(FileNotFoundError):
        (folder / MANIFEST).unlink()
    try:
        folder.rmdir()
    except OSError:
        return sorted(os.listdir(folder))
    return []


# ---------------------------------------------------------------- the claim
class OutputClaim:
    """One run's hold on an output path (use :func:`claim_output`)."""

    def __init__(self, path: Path, force: bool, folder: bool) -> None:
        self.path, self.force, self.folder = path, force, folder
        self.before = _identity(path)
        self.manifest = read_manifest(path) if folder and self.before is not None else None

    # -- files
    @contextlib.contextmanager
    def file(self) -> Iterator[Path]:
        """A temporary path beside the output, published only on success (see module doc)."""
        with staged_file(self.path, self._publish_file) as tmp:
            yield tmp

    def _publish_file(self, tmp: Path) -> None:
        final, now = self.path, _identity(self.path)
        if self.before is None:
            publish_exclusive(tmp, final)
            return
        if not self.force:  # pragma: no cover - refused when claimed
            raise OutputError(f"{final}: already exists; pass --force to overwrite")
        if now != self.before:
            what = "was removed" if now is None else "changed"
            raise OutputError(
                f"{final}: {what} while this run was going; left as it is and the result was "
                "not written - rerun to replace it"
            )
        os.replace(tmp, final)

    # -- folders
    def write_folder(self, files: dict[str, str | bytes]) -> None:
        """Write ``files`` (name → content) into a fresh folder, then put it at the output.

        All files appear together or not at all; the folder gets a manifest of them.
        """
        out = self.path
        parent = out.parent if str(out.parent) else Path(".")
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=parent))
        except OSError as exc:
            if exc.errno not in OUTPUT_ERRNOS:
                raise
            raise output_error(out, exc) from None
        aside = None
        try:
            os.chmod(tmp, default_mode(folder=True))  # as mkdir would, not mkdtemp's 0o700
            sums = {}
            for name, content in files.items():
                data = content.encode("utf-8") if isinstance(content, str) else content
                (tmp / name).write_bytes(data)
                sums[name] = hashlib.sha256(data).hexdigest()
            manifest = {"tool": _MANIFEST_TOOL, "files": sums}
            (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
            if interrupted():  # a Ctrl-C swallowed on its way up: do not publish
                raise KeyboardInterrupt
            now = _identity(out)
            if now is not None:
                if self.before is None or not self.force:
                    raise OutputError(
                        f"{out}: appeared while this run was going; left as it is and the "
                        "result was not written - rerun with --force to replace it"
                    )
                if now[:2] != self.before[:2]:
                    raise OutputError(
                        f"{out}: was replaced while this run was going; left as it is"
                    )
                aside = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=parent))
                os.rename(out, aside / "x")  # the folder we checked, moved aside as a whole
                try:
                    _refuse_foreign(aside / "x")  # checked again now that nobody can add to it
                except OutputError:
                    os.rename(aside / "x", out)
                    raise
            try:
                os.rename(tmp, out)  # never replaces a non-empty folder or a file
            except OSError as exc:
                if exc.errno in (errno.EEXIST, errno.ENOTEMPTY, errno.ENOTDIR, errno.EISDIR):
                    raise OutputError(
                        f"{out}: appeared while this run was going; left as it is and the "
                        "result was not written"
                    ) from None
                raise
        except BaseException as exc:
            _remove_own(tmp, {**files, MANIFEST: ""})
            if aside is not None and (aside / "x").exists() and not out.exists():
                os.rename(aside / "x", out)
            if aside is not None:
                with contextlib.suppress(OSError):
                    aside.rmdir()
            if isinstance(exc, OSError) and exc.errno in OUTPUT_ERRNOS - {errno.ENOENT}:
                raise output_error(out, exc) from None
            raise
        if aside is not None:
            old = aside / "x"
            left = _remove_own(old, read_manifest(old) or {})
            if left:  # pragma: no cover - something wrote into the old folder meanwhile
                print(
                    f"framing: warning: {old}: kept, it holds files framing did not write "
                    f"({', '.join(left[:3])})",
                    file=sys.stderr,
                )
            else:
                with contextlib.suppress(OSError):
                    aside.rmdir()


def _check_folder(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder; choose another output")
    if out.exists() and not force:
        raise OutputError(f"{out}: already exists; pass --force to replace it")
    check_output_parent(out)


@contextlib.contextmanager
def claim_output(
    path: str | os.PathLike, force: bool = False, inputs: Iterable = (), folder: bool = False
) -> Iterator[OutputClaim]:
    """Check ``path`` as this run's output, lock it for the run, and yield the claim.

    Raises
    ------
    OutputError
        ``path`` is an input, exists without ``force``, is locked by another run, holds
        foreign files (folders), or its folder is missing or not writable.
    """
    out = Path(path)
    refuse_inputs(out, inputs, folder=folder)
    if folder:
        _check_folder(out, force)
    else:
        check_output(out, force=force)
    with output_lock(out):
        claim = OutputClaim(out, force, folder)  # identity taken under the lock
        if folder and claim.before is not None:
            _refuse_foreign(out)
        yield claim
