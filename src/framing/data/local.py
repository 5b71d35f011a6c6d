"""Your own corpora by name: ``framing data add NAME PATH`` and ``--corpus NAME``.

A corpus is read once from its path (a folder of ``.txt`` files, CSV/TSV, JSONL or Parquet; the
options of :func:`framing.data.corpus.load` say which columns are text, id, group, date, title),
stored in the standard schema as ``corpus.parquet`` in the user's data folder and described by
``corpus.yaml``: the source path, the sha256 of the source (a file's bytes; for a folder, of the
sorted list of its files' relative paths and sha256), the options, the number of documents and
the sha256 of the stored Parquet file, checked on every load. Later edits to the source do not
change the registered corpus; :func:`info` says when the source no longer matches its hash.

Folder: ``FRAMING_CORPORA_DIR``, else ``<FRAMING_DATA_DIR>/corpora`` when ``FRAMING_DATA_DIR`` is
set, else the user data folder of ``framing`` (``platformdirs.user_data_dir``), never the
repository. Names are lower-case letters, digits, ``.``, ``_`` and ``-``, and may not be a
registry dataset name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
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


def source_sha256(path: str | os.PathLike) -> str:
    """sha256 of a file, or of a folder's sorted ``relative/path<TAB>sha256`` lines."""
    p = Path(path)
    if p.is_file():
        return _file_sha256(p)
    lines = [
        f"{f.relative_to(p).as_posix()}\t{_file_sha256(f)}\n"
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
    record = {
        "name": name,
        "path": str(src.resolve()),
        "kind": "folder" if src.is_dir() else "file",
        "sha256": source_sha256(src),
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
        record["table_sha256"] = _file_sha256(tmp / TABLE)
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
    src = Path(record.get("path", ""))
    record["source_changed"] = (
        source_sha256(src) != record.get("sha256") if src.exists() and str(src) else None
    )
    record["folder"] = str(corpora_dir() / name)
    return record


def load(name: str) -> pd.DataFrame:
    """The stored corpus ``name`` in the standard schema (``attrs["path"]`` = its source).

    Raises
    ------
    DataError
        The stored table is missing or differs from its recorded sha256 (re-add the corpus).
    """
    record = _record(name)
    table = corpora_dir() / name / TABLE
    if not table.is_file() or _file_sha256(table) != record.get("table_sha256"):
        raise DataError(
            f"corpus {name!r}: {table} is missing or changed since it was added; run "
            f"`framing data add {name} {record.get('path', 'PATH')} --force` again"
        )
    df = pd.read_parquet(table)
    df.attrs["path"] = record.get("path")
    df.attrs["name"] = name
    return df


def remove(name: str) -> Path:
    """Forget corpus ``name`` (its stored table and record; the source is not touched)."""
    _record(name)
    folder = corpora_dir() / name
    for f in (folder / TABLE, folder / META):
        with contextlib.suppress(FileNotFoundError):
            f.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
    return folder
