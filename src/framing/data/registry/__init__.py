"""Hash-pinned dataset registry: metadata in package data, files fetched with pooch.

The registry (``files.csv``: dataset, path, url, sha256, bytes; ``datasets.yaml``: title,
license, citation, ...) holds metadata only. :func:`fetch` downloads a dataset's files into
``<data dir>/<name>/<path>`` and verifies every file against its sha256.

Environment
-----------
FRAMING_DATA_DIR
    Cache folder (default: the platformdirs user cache folder of ``framing``).
FRAMING_MIRROR
    A local folder (or ``file://`` URL) laid out like ``raw.githubusercontent.com``
    (``<owner>/<repo>/<commit>/<path>``); URLs under ``https://raw.githubusercontent.com/`` are
    copied from it instead of downloaded (percent-encoded characters such as ``%20`` decoded).

Downloads go to a temporary file beside the target and are renamed onto it only after the hash
matched, so a crash or two concurrent fetches never leave a corrupt file under the final name.
Files already in the cache with the right hash are not fetched again. A fetch that was killed
(SIGKILL, power loss) cannot remove its temporary file; the next fetch of that dataset removes
such leftovers (pooch's ``tmpXXXXXXXX`` names, untouched for :data:`STALE_TEMP_SECONDS`, so a
concurrent fetch's live download is left alone).
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import hashlib
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

from framing.core.cache_files import data_dir
from framing.core.errors import DataError
from framing.core.progress import progress

__all__ = [
    "DatasetInfo",
    "FileEntry",
    "Registry",
    "data_dir",
    "datasets",
    "fetch",
    "info",
    "is_fetched",
    "unknown_dataset",
    "mirror_dir",
    "path",
    "use_registry",
]

RAW_PREFIX = "https://raw.githubusercontent.com/"
NETWORK_RETRIES = 3
#: A pooch temporary file (``tempfile``'s ``tmp`` + 8 characters) untouched this long is a
#: leftover of a killed fetch (a live download writes at least once per 60 s network timeout).
STALE_TEMP_SECONDS = 600
_POOCH_TEMP = re.compile(r"tmp[a-z0-9_]{8}\Z")


def unknown_dataset(name: str, known: Sequence[str], yours: Sequence[str] = ()) -> DataError:
    """The error for an unknown dataset ``name``: the closest of ``known`` (and of ``yours``,
    corpora registered with ``framing data add``) suggested, then both listed."""
    close = difflib.get_close_matches(name, [*known, *yours], n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    mine = f"; your corpora: {', '.join(yours)}" if yours else ""
    return DataError(
        f"unknown dataset {name!r}{hint}; known datasets: {', '.join(known) or '(none)'}{mine}"
    )


@dataclass(frozen=True)
class FileEntry:
    """One upstream file: ``path`` inside the upstream repository, its URL, sha256 and size."""

    dataset: str
    path: str
    url: str
    sha256: str
    bytes: int


@dataclass(frozen=True)
class DatasetInfo:
    """Metadata of one dataset (from ``datasets.yaml``) and its files (from ``files.csv``)."""

    name: str
    title: str = ""
    description: str = ""
    license: str = ""
    citation: str = ""
    homepage: str = ""
    upstream: str = ""
    parser: str = ""
    notes: str = ""
    files: tuple[FileEntry, ...] = field(default=(), repr=False)

    @property
    def n_files(self) -> int:
        """Number of files."""
        return len(self.files)

    @property
    def n_bytes(self) -> int:
        """Total size of the files in bytes."""
        return sum(f.bytes for f in self.files)

    @cached_property
    def fingerprint(self) -> str:
        """sha256 over the sorted (path, sha256) pairs: changes whenever any file changes."""
        h = hashlib.sha256()
        for f in sorted(self.files, key=lambda f: f.path):
            h.update(f"{f.path}\t{f.sha256}\n".encode())
        return h.hexdigest()


class Registry:
    """A set of datasets by name."""

    def __init__(self, infos: dict[str, DatasetInfo]):
        self._infos = dict(sorted(infos.items()))

    @classmethod
    def from_files(cls, files_csv: str | os.PathLike, datasets_yaml: str | os.PathLike) -> Registry:
        """Build a registry from a ``files.csv`` and a ``datasets.yaml``."""
        return cls._parse(
            Path(files_csv).read_text("utf-8"), Path(datasets_yaml).read_text("utf-8")
        )

    @classmethod
    def _parse(cls, files_text: str, yaml_text: str) -> Registry:
        meta = yaml.safe_load(yaml_text) or {}
        entries: dict[str, list[FileEntry]] = {}
        for row in csv.DictReader(files_text.splitlines()):
            entry = FileEntry(
                row["dataset"], row["path"], row["url"], row["sha256"].lower(), int(row["bytes"])
            )
            same = entries.setdefault(entry.dataset, [])
            if any(e.path == entry.path for e in same):
                raise DataError(
                    f"registry: dataset {entry.dataset!r} lists {entry.path!r} twice; "
                    "rebuild files.csv with tools/build_registry.py"
                )
            same.append(entry)
        infos = {}
        known = {f.name for f in DatasetInfo.__dataclass_fields__.values()} - {"files"}
        for item in meta.get("datasets", []):
            fields = {k: str(v).strip() for k, v in item.items() if k in known and v is not None}
            files = tuple(sorted(entries.pop(item["name"], []), key=lambda f: f.path))
            infos[item["name"]] = DatasetInfo(**fields, files=files)
        for name, files in entries.items():  # files without metadata still form a dataset
            infos[name] = DatasetInfo(name=name, files=tuple(sorted(files, key=lambda f: f.path)))
        return cls(infos)

    def names(self) -> list[str]:
        """Dataset names, sorted."""
        return list(self._infos)

    def get(self, name: str) -> DatasetInfo:
        """The dataset ``name``; :class:`DataError` listing the known names otherwise."""
        try:
            return self._infos[name]
        except KeyError:
            raise unknown_dataset(name, list(self._infos)) from None

    def __iter__(self) -> Iterator[DatasetInfo]:
        return iter(self._infos.values())


_active: Registry | None = None


def default_registry() -> Registry:
    """The registry shipped with the package."""
    pkg = resources.files(__name__)
    return Registry._parse(
        pkg.joinpath("files.csv").read_text("utf-8"),
        pkg.joinpath("datasets.yaml").read_text("utf-8"),
    )


def _registry() -> Registry:
    global _active
    if _active is None:
        _active = default_registry()
    return _active


def use_registry(registry: Registry | None) -> Registry | None:
    """Make ``registry`` the active one (``None``: the packaged one); return the previous one."""
    global _active
    previous, _active = _active, registry
    return previous


def datasets() -> list[DatasetInfo]:
    """All datasets, sorted by name."""
    return list(_registry())


def info(name: str) -> DatasetInfo:
    """Metadata of dataset ``name``."""
    return _registry().get(name)


def path(name: str) -> Path:
    """The folder of dataset ``name`` in the cache (it may not exist yet)."""
    return data_dir() / info(name).name


def mirror_dir() -> Path | None:
    """The folder named by ``FRAMING_MIRROR``, or None; :class:`DataError` if it is missing."""
    value = os.environ.get("FRAMING_MIRROR", "").strip()
    if not value:
        return None
    if value.startswith("file://"):
        url = urlsplit(value)
        if url.netloc not in ("", "localhost"):  # file://mirror: "mirror" is a host, no path
            raise DataError(
                f"FRAMING_MIRROR={value}: a file:// URL names a folder as file:///absolute/path "
                f"(here {url.netloc!r} is read as a host); or give the folder's path itself"
            )
        value = unquote(url.path)
    root = Path(value).expanduser()
    if not root.is_dir():
        what = "is a file, not a folder" if root.exists() else "no such folder"
        raise DataError(
            f"FRAMING_MIRROR={value}: {what}; point it at a mirror laid out like "
            "raw.githubusercontent.com (<owner>/<repo>/<commit>/<path>) or unset it to download"
        )
    return root


def mirror_file(root: Path, url: str) -> Path:
    """The file of the mirror ``root`` that stands for ``url``."""
    if not url.startswith(RAW_PREFIX):
        raise DataError(
            f"{url}: not a {RAW_PREFIX} URL, so FRAMING_MIRROR cannot serve it; "
            "unset FRAMING_MIRROR to download it"
        )
    return root.joinpath(*unquote(url[len(RAW_PREFIX) :]).split("/"))


class _MirrorDownloader:
    """A pooch downloader that copies from a local mirror instead of the network."""

    def __init__(self, root: Path):
        self.root = root

    def __call__(self, url: str, output_file, pooch=None, check_only: bool = False):
        src = mirror_file(self.root, url)
        if not src.is_file():
            raise DataError(
                f"{src}: missing from the mirror FRAMING_MIRROR={self.root}; "
                "update the mirror or unset FRAMING_MIRROR to download"
            )
        if check_only:
            return True
        try:
            fh = src.open("rb")
        except OSError as exc:  # the mirror's fault, not the cache folder's
            raise DataError(
                f"{src}: cannot read this mirror file ({exc.strerror or exc}); make it readable "
                "or unset FRAMING_MIRROR to download"
            ) from None
        with fh:
            if isinstance(output_file, str | os.PathLike):
                with open(output_file, "wb") as out:
                    shutil.copyfileobj(fh, out)
            else:
                shutil.copyfileobj(fh, output_file)
        return None


def _local(folder: Path, entry: FileEntry) -> Path:
    return folder.joinpath(*entry.path.split("/"))


def _hash_ok(file: Path, entry: FileEntry) -> bool:
    if not file.is_file() or file.stat().st_size != entry.bytes:
        return False
    h = hashlib.sha256()
    with file.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest() == entry.sha256


def is_fetched(name: str, verify: bool = False) -> bool:
    """True when every file of ``name`` is cached with the right size (and hash if ``verify``)."""
    ds = info(name)
    folder = path(name)
    for entry in ds.files:
        file = _local(folder, entry)
        if verify:
            if not _hash_ok(file, entry):
                return False
        elif not file.is_file() or file.stat().st_size != entry.bytes:
            return False
    return True


def _remove_stale_temps(folder: Path, ds: DatasetInfo) -> list[Path]:
    """Remove the temporary files that killed fetches of ``ds`` left in ``folder``."""
    ours = {_local(folder, e) for e in ds.files}
    old = time.time() - STALE_TEMP_SECONDS
    removed = []
    for parent in sorted({p.parent for p in ours}):
        try:
            names = [f for f in parent.iterdir() if _POOCH_TEMP.match(f.name) and f not in ours]
        except OSError:  # not made yet, or unreadable: nothing to clean
            continue
        for f in names:
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
                if f.is_file() and f.stat().st_mtime < old:
                    f.unlink()
                    removed.append(f)
    return removed


@contextlib.contextmanager
def _quiet_pooch() -> Iterator[None]:
    import pooch

    logger = pooch.get_logger()
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def fetch(name: str) -> dict[str, Path]:
    """Fetch (or reuse) every file of dataset ``name``; return ``{upstream path: local file}``.

    Raises
    ------
    DataError
        Unknown dataset, missing mirror or mirror file, download failure, or sha256 mismatch.
    """
    import pooch
    import requests

    ds = info(name)
    folder = path(name)
    mirror = mirror_dir()
    if mirror is not None:
        downloader = _MirrorDownloader(mirror)
        retries = 0
    else:
        downloader = pooch.HTTPDownloader(progressbar=False, timeout=60)
        retries = NETWORK_RETRIES
    store = pooch.create(
        path=folder,
        base_url="",
        registry={f.path: f"sha256:{f.sha256}" for f in ds.files},
        urls={f.path: f.url for f in ds.files},
        retry_if_failed=retries,
        allow_updates=True,
    )
    _remove_stale_temps(folder, ds)
    out: dict[str, Path] = {}
    with _quiet_pooch():
        for entry in progress(ds.files, desc=f"fetch {name}", total=ds.n_files, unit="file"):
            target = _local(folder, entry)
            source = mirror_file(mirror, entry.url) if mirror else entry.url
            try:
                target.parent.mkdir(parents=True, exist_ok=True)  # pooch's makedirs races
                out[entry.path] = Path(store.fetch(entry.path, downloader=downloader))
            except ValueError as exc:
                if "hash" not in str(exc).lower():
                    raise
                raise DataError(
                    f"{name}: {entry.path}: sha256 does not match the registry (expected "
                    f"{entry.sha256}, {entry.bytes:,} bytes; source: {source}); the file is "
                    "corrupt, truncated or changed upstream - restore the mirror file or report it"
                ) from None
            except requests.exceptions.RequestException as exc:
                raise DataError(
                    f"{name}: cannot download {entry.url} ({type(exc).__name__}); check the "
                    "network or set FRAMING_MIRROR to a local mirror"
                ) from None
            except OSError as exc:
                raise DataError(
                    f"{name}: cannot write {target} ({exc.strerror or exc}); "
                    "set FRAMING_DATA_DIR to a writable folder"
                ) from None
    return out
