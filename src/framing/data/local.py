"""Your own corpora by name: ``framing data add NAME PATH`` and ``--corpus NAME``.

A corpus is read once from its path (a folder of ``.txt`` files, CSV/TSV, JSONL or Parquet; the
options of :func:`framing.data.corpus.load` say which columns are text, id, group, date, title),
stored in the standard schema as ``corpus.parquet`` in the user's data folder and described by
``corpus.yaml``: the source path, the sha256 of the source (a file's bytes; for a folder, of the
sorted list of its files' relative paths and sha256), the options, the number of documents and
the sha256 of the stored Parquet file, checked on every load. Later edits to the source do not
change the registered corpus; :func:`info` says when the source no longer matches its hash.

Hashing a large file takes seconds, so each hash found is kept in ``hashes.json`` beside the
record, keyed by the file's path, size and modification time (ns), and a file is hashed again
only when one of them changed: ``framing data list`` and ``info`` and each load stay fast, and an
edited source or stored table is still hashed again and noticed.

Folder: ``FRAMING_CORPORA_DIR``, else ``<FRAMING_DATA_DIR>/corpora`` when ``FRAMING_DATA_DIR`` is
set, else the user data folder of ``framing`` (``platformdirs.user_data_dir``), never the
repository. Names are lower-case letters, digits, ``.``, ``_`` and ``-``, and may not be a
registry dataset name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd

from framing import __version__
from framing.core.errors import DataError, InputError, OutputError
from framing.core.files import atomic_write, default_mode, read_text
from framing.data import registry

__all__ = ["add", "corpora_dir", "info", "load", "names", "remove", "source_sha256"]

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}\Z")
TABLE = "corpus.parquet"
META = "corpus.yaml"
STAMPS = "hashes.json"
#: A file modified less than this long before it was hashed gets no stamp (hashed again).
RACY_NS = 3_000_000_000
OPTIONS = ("text_col", "id_col", "group_col", "date_col", "title_col", "encoding", "title_line")


def corpora_dir() -> Path:
    """The folder holding registered corpora (see the module docstring)."""
    if os.environ.get("FRAMING_CORPORA_DIR"):
        return Path(os.environ["FRAMING_CORPORA_DIR"]).expanduser()
    if os.environ.get("FRAMING_DATA_DIR"):
        return Path(os.environ["FRAMING_DATA_DIR"]).expanduser() / "corpora"
    import platformdirs

    return Path(platformdirs.user_data_dir("framing")) / "corpora"


def names() -> list[str]:
    """Names of the registered corpora, sorted."""
    root = corpora_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / META).is_file() and NAME_RE.match(p.name))


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _stamped_sha256(path: Path, key: str, old: dict, new: dict) -> str:
    """sha256 of ``path``: ``old[key]`` while the file's size and mtime are those recorded there,
    else hashed (stat taken first: a file edited while it is read is hashed again next time);
    the entry used goes into ``new``, unless the file is too fresh for its mtime to tell a later
    edit apart (coarse file-system clocks)."""
    st = path.stat()
    seen = old.get(key)
    if isinstance(seen, list) and seen[:2] == [st.st_size, st.st_mtime_ns] and len(seen) == 3:
        new[key] = seen
        return str(seen[2])
    sha = _file_sha256(path)
    if time.time_ns() - st.st_mtime_ns > RACY_NS:  # else a same-size edit could keep this mtime
        new[key] = [st.st_size, st.st_mtime_ns, sha]
    return sha


def _read_stamps(folder: Path) -> dict:
    """The hashes kept in ``folder`` (empty when missing or unreadable: then all are hashed)."""
    try:
        stamps = json.loads((folder / STAMPS).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return stamps if isinstance(stamps, dict) else {}


def _write_stamps(folder: Path, stamps: dict) -> None:
    """Keep ``stamps`` in ``folder`` (atomically); a folder that cannot be written only costs
    hashing again next time."""
    with contextlib.suppress(OSError, OutputError):  # read-only, full, or not a folder
        atomic_write(folder / STAMPS, json.dumps(stamps, indent=1, sort_keys=True) + "\n")


def source_sha256(path: str | os.PathLike, stamps: tuple[dict, dict] | None = None) -> str:
    """sha256 of a file, or of a folder's sorted ``relative/path<TAB>sha256`` lines.

    ``stamps`` (old, new): hashes to reuse by path, size and mtime, and where to put those used.
    """
    p = Path(path)
    old, new = stamps if stamps is not None else ({}, {})

    def sha(f: Path) -> str:
        return _stamped_sha256(f, str(f.resolve()), old, new)

    if p.is_file():
        return sha(p)
    lines = [
        f"{f.relative_to(p).as_posix()}\t{sha(f)}\n"
        for f in sorted(p.rglob("*"), key=lambda f: f.relative_to(p).as_posix())
        if f.is_file()
    ]
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def _check_name(name: str) -> None:
    if not NAME_RE.match(name):
        raise InputError(
            f"corpus name {name!r}: use lower-case letters, digits, '.', '_' and '-' "
            "(at most 64 characters, starting with a letter or digit)"
        )
    if name in {d.name for d in registry.datasets()}:
        raise InputError(f"corpus name {name!r} is a registry dataset; choose another name")


def add(
    name: str,
    path: str | os.PathLike,
    *,
    force: bool = False,
    text_col: str = "text",
    id_col: str | None = None,
    group_col: str | None = None,
    date_col: str | None = None,
    title_col: str | None = None,
    encoding: str | None = None,
    title_line: bool = False,
) -> dict:
    """Register the corpus at ``path`` as ``name``; returns its record (see :func:`info`).

    Raises
    ------
    InputError
        A bad name, an unreadable corpus or a missing column (nothing is stored).
    OutputError
        ``name`` is registered already (pass ``force`` to replace it).
    """
    import yaml

    # Lazy: an import cycle, data.corpus imports this module to resolve registered names.
    from framing.data.corpus import load

    _check_name(name)
    src = Path(path).expanduser()
    folder = corpora_dir() / name
    if (folder / META).exists() and not force:
        raise OutputError(f"corpus {name!r} is registered already; pass --force to replace it")
    options = {
        "text_col": text_col,
        "id_col": id_col,
        "group_col": group_col,
        "date_col": date_col,
        "title_col": title_col,
        "encoding": encoding,
        "title_line": bool(title_line),
    }
    df = load(src, **options)
    if df.empty:
        raise InputError(f"{src}: the corpus has no documents")
    df = df.copy()
    df.attrs = {}
    source: dict = {}
    record = {
        "name": name,
        "path": str(src.resolve()),
        "kind": "folder" if src.is_dir() else "file",
        "sha256": source_sha256(src, ({}, source)),
        "options": {k: v for k, v in options.items() if v not in (None, False)},
        "documents": int(len(df)),
        "groups": int(df["group"].nunique()),
        "dated": int(df["date"].notna().sum()),
        "columns": [str(c) for c in df.columns],
        "framing_version": __version__,
    }
    root = corpora_dir()
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".part", dir=root))
    try:
        os.chmod(tmp, default_mode(folder=True))
        df.to_parquet(tmp / TABLE, index=False)
        table: dict = {}
        record["table_sha256"] = _stamped_sha256(tmp / TABLE, TABLE, {}, table)
        _write_stamps(tmp, {"source": source, "table": table})
        atomic_write(tmp / META, yaml.safe_dump(record, sort_keys=False, allow_unicode=True))
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".old", dir=root))
            os.replace(folder, old / "x")
            os.replace(tmp, folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return record


def _record(name: str) -> dict:
    import yaml

    path = corpora_dir() / name / META
    if not path.is_file():
        known = ", ".join(names()) or "none registered"
        raise InputError(f"unknown corpus {name!r} (registered: {known})")
    try:
        record = yaml.safe_load(read_text(path)) or {}
    except yaml.YAMLError as exc:
        raise DataError(f"{path}: invalid YAML ({str(exc).splitlines()[0]})") from None
    return record


def info(name: str) -> dict:
    """The record of corpus ``name`` with ``source_changed`` (True/False, None if the source is
    gone) and ``folder`` (where it is stored)."""
    record = dict(_record(name))
    folder = corpora_dir() / name
    src = Path(record.get("path", ""))
    record["source_changed"] = None
    if src.exists() and str(src):
        stamps = _read_stamps(folder)
        source: dict = {}
        old = stamps.get("source")
        sha = source_sha256(src, (old if isinstance(old, dict) else {}, source))
        record["source_changed"] = sha != record.get("sha256")
        if source != old:
            _write_stamps(folder, {**stamps, "source": source})
    record["folder"] = str(folder)
    return record


def load(name: str) -> pd.DataFrame:
    """The stored corpus ``name`` in the standard schema (``attrs["path"]`` = its source).

    Raises
    ------
    DataError
        The stored table is missing or differs from its recorded sha256 (re-add the corpus).
    """
    record = _record(name)
    folder = corpora_dir() / name
    table = folder / TABLE
    if not table.is_file() or _table_sha256(folder) != record.get("table_sha256"):
        raise DataError(
            f"corpus {name!r}: {table} is missing or changed since it was added; run "
            f"`framing data add {name} {record.get('path', 'PATH')} --force` again"
        )
    df = pd.read_parquet(table)
    df.attrs["path"] = record.get("path")
    df.attrs["name"] = name
    return df


def _table_sha256(folder: Path) -> str:
    """sha256 of the stored table in ``folder`` (kept in its stamps while it is unchanged)."""
    stamps = _read_stamps(folder)
    old = stamps.get("table")
    table: dict = {}
    sha = _stamped_sha256(folder / TABLE, TABLE, old if isinstance(old, dict) else {}, table)
    if table != old:
        _write_stamps(folder, {**stamps, "table": table})
    return sha


def remove(name: str) -> Path:
    """Forget corpus ``name`` (its stored table and record; the source is not touched)."""
    _record(name)
    folder = corpora_dir() / name
    for f in (folder / TABLE, folder / META, folder / STAMPS):
        with contextlib.suppress(FileNotFoundError):
            f.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
    return folder
