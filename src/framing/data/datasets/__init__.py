"""Parsers of the registry datasets into the standard corpus schema, with a Parquet cache.

Standard schema (one row per document, in this order; extra columns follow):
``doc_id`` (unique str), ``text``, ``title``, ``date`` (datetime64[ns], NaT allowed), ``source``
(dataset name), ``group`` (unit of comparison), ``speaker``, ``genre``, ``url``.
Rows are sorted by ``doc_id``.

Parsed datasets are cached as Parquet in ``<data dir>/parsed/``, keyed by the registry hashes of
the dataset's files and the parser version, so a second :func:`load` neither fetches nor parses.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
from pathlib import Path
from types import ModuleType

import pandas as pd

from framing.core.cache_files import kept_if_writable, set_aside
from framing.core.errors import DataError, InputError
from framing.core.files import atomic_path
from framing.data import registry

__all__ = [
    "SCHEMA",
    "PARSERS",
    "WAR_WINDOW_COVERAGE",
    "article_dates",
    "cached_files",
    "composition",
    "home_column",
    "official_column",
    "home_options",
    "load",
    "n_documents",
    "standardize",
    "war_window",
    "window_around",
]

SCHEMA = ["doc_id", "text", "title", "date", "source", "group", "speaker", "genre", "url"]
PARSERS = {
    "ungd-2022": "ungd",
    "kremlin-zelenskyy-2021-2022": "kremlin",
    "whitehouse-2022": "whitehouse",
    "unscon": "unscon",
    "media-rt-2022": "rt",
    "media-western-2022": "western",
    "chinadaily-opinion-2012-2019": "chinadaily",
    "china-media-headlines-2022": "headlines",
}
SCHEMA_VERSION = 3  # 2: cache files carry their key in the Parquet metadata; 3: media datasets
WAR_WINDOW = ("2022-02-01", "2022-04-30")
WAR_WINDOW_DATASETS = ("kremlin-zelenskyy-2021-2022", "whitehouse-2022")
#: the first and last day of the documents of :data:`WAR_WINDOW_DATASETS` (Kremlin and
#: President of Ukraine 24 Oct 2021 - 24 Jun 2022, White House 1 Jan - 31 Dec 2022)
WAR_WINDOW_COVERAGE = ("2021-10-24", "2022-12-31")
STR_DTYPE = "str" if int(pd.__version__.split(".")[0]) >= 3 else object
#: the column of the registry corpora with each document's publisher's country: the ``home`` of
#: the attribution rules (``framing.score(home_col=)``), as the attribution audits pass it
HOME_COLUMN = "outlet_country"
#: the column of the registry corpora whose publisher is its home's own government (the White
#: House, the Kremlin, the Ukrainian presidency): ``framing.score(official_col=)``
OFFICIAL_COLUMN = "official"
log = logging.getLogger(__name__)


def home_column(df: pd.DataFrame) -> str | None:
    """:data:`HOME_COLUMN` when ``df`` has it (``home_col`` of :func:`framing.score`), else None:
    the UN General Debate corpus has none (its speakers are many States, not one publisher)."""
    return HOME_COLUMN if HOME_COLUMN in df.columns else None


def official_column(df: pd.DataFrame) -> str | None:
    """:data:`OFFICIAL_COLUMN` when ``df`` has it and a home column (``official_col`` of
    :func:`framing.score`), else None: the media corpora have none (no outlet is a
    government)."""
    return OFFICIAL_COLUMN if OFFICIAL_COLUMN in df.columns and home_column(df) else None


def home_options(df: pd.DataFrame) -> dict[str, str]:
    """The ``home_col`` and ``official_col`` options of :func:`framing.score` for a registry
    corpus frame (:func:`home_column`, :func:`official_column`): each document scored with its
    publisher's home, as the attribution audits score it; empty for a corpus without homes."""
    cols = {"home_col": home_column(df), "official_col": official_column(df)}
    return {k: v for k, v in cols.items() if v is not None}


def parser(name: str) -> ModuleType:
    """The parser module of dataset ``name``."""
    registry.info(name)  # DataError for unknown names
    if name not in PARSERS:
        raise DataError(f"dataset {name!r} has no parser; known: {', '.join(PARSERS)}")
    return importlib.import_module(f"{__name__}.{PARSERS[name]}")


def as_str(col: pd.Series) -> pd.Series:
    """``col`` as the default string dtype of this pandas, missing values kept missing."""
    values = [None if pd.isna(v) else str(v) for v in col]
    return pd.Series(values, index=col.index, dtype=STR_DTYPE, name=col.name)


def standardize(df: pd.DataFrame, source: str) -> pd.DataFrame:
    """Put ``df`` in the standard schema: column order, dtypes, sorted by ``doc_id``."""
    df = df.copy()
    for col in SCHEMA:
        if col not in df.columns:
            df[col] = pd.NA
    if df["source"].isna().all():
        df["source"] = source
    df["doc_id"] = df["doc_id"].astype(str)
    if df["doc_id"].duplicated().any():
        dup = df.loc[df["doc_id"].duplicated(), "doc_id"].iloc[0]
        raise DataError(f"{source}: duplicate doc_id {dup!r}; report this parser bug")
    for col in ("text", "title", "source", "group", "speaker", "genre", "url"):
        df[col] = as_str(df[col])
    df["date"] = pd.to_datetime(df["date"], errors="coerce")
    if getattr(df["date"].dt, "tz", None) is not None:
        df["date"] = df["date"].dt.tz_convert("UTC").dt.tz_localize(None)
    df["date"] = df["date"].astype("datetime64[ns]")
    extra = [c for c in df.columns if c not in SCHEMA]
    attrs = dict(df.attrs)
    out = df[SCHEMA + extra].sort_values("doc_id", kind="stable").reset_index(drop=True)
    out.attrs = attrs
    return out


def _key(name: str, module: ModuleType) -> str:
    fp = registry.info(name).fingerprint
    blob = f"{fp}|{module.__name__}|{module.PARSER_VERSION}|{SCHEMA_VERSION}"
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def cached_files(name: str) -> dict[str, Path]:
    """Parquet files of the parsed dataset ``name`` (part → path; they may not exist yet)."""
    module = parser(name)
    base = registry.data_dir() / "parsed"
    key = _key(name, module)
    parts = getattr(module, "PARTS", None)
    if parts:
        return {p: base / f"{name}-{key}-{p}.parquet" for p in parts}
    return {"": base / f"{name}-{key}.parquet"}


#: Parquet schema metadata key of a parsed-dataset cache file (its cache key).
META_KEY = b"framing_parsed"
#: pandas' metadata key of ``df.attrs`` (e.g. a parser's cleaning report) in a Parquet file.
ATTRS_KEY = b"PANDAS_ATTRS"


def _check(file: Path, key: str) -> str | None:
    """Why ``file`` is not the parsed cache ``key`` (None if it is)."""
    import pyarrow.parquet as pq

    try:
        schema = pq.read_schema(file)
    except (OSError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return f"unreadable ({first})"
    found = (schema.metadata or {}).get(META_KEY, b"").decode("utf-8", "replace")
    if found != key:
        return "not written by this version's parser (cache key does not match)"
    return None


def _read(file: Path) -> pd.DataFrame:
    df = pd.read_parquet(file)
    if "date" in df.columns:
        df["date"] = df["date"].astype("datetime64[ns]")
    return df


def _write(df: pd.DataFrame, file: Path, key: str) -> None:
    """Store ``df`` as the parsed cache ``file``; a folder that cannot be written (read-only,
    full) is named in a warning and the dataset is parsed again next time."""
    with kept_if_writable(file.parent, "parsed-dataset cache"):
        _write_table(df, file, key)


def _write_table(df: pd.DataFrame, file: Path, key: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    file.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pandas(df, preserve_index=False)
    meta = {**(table.schema.metadata or {}), META_KEY: key.encode()}
    if df.attrs:  # as pandas.to_parquet stores them, so that read_parquet restores df.attrs
        meta[ATTRS_KEY] = json.dumps(df.attrs, default=str).encode()
    table = table.replace_schema_metadata(meta)
    with atomic_path(file, force=True) as tmp:
        pq.write_table(table, tmp)


def load(name: str, cache: bool = True) -> pd.DataFrame | dict[str, pd.DataFrame]:
    """Load dataset ``name`` in the standard schema (``unscon``: a dict of DataFrames).

    Fetches the files if needed (see :func:`framing.data.registry.fetch`); the parsed result is cached
    as Parquet unless ``cache`` is false. A cache file whose metadata does not carry this
    parser's cache key (foreign, damaged, older) is named in a warning, kept as ``*.damaged``,
    and the dataset is parsed again.
    """
    module = parser(name)
    files = cached_files(name)
    key = _key(name, module)
    if cache and all(f.is_file() for f in files.values()):
        problems = {f: _check(f, key) for f in files.values()}
        bad = {f: p for f, p in problems.items() if p is not None}
        try:
            if not bad:
                out = {part: _read(f) for part, f in files.items()}
                return out.get("", out)
        except (OSError, ValueError) as exc:  # damaged after its metadata
            bad = {f: f"unreadable ({type(exc).__name__})" for f in files.values()}
        for f, problem in bad.items():
            set_aside(f, problem)
    parsed = module.parse(registry.fetch(name))
    if isinstance(parsed, pd.DataFrame):
        parsed = standardize(parsed, name)
        if cache:
            _write(parsed, files[""], key)
        return parsed
    if cache:
        for part, df in parsed.items():
            _write(df, files[part], key)
    return parsed


def n_documents(name: str) -> int | None:
    """Number of documents (rows per part for ``unscon``) if the dataset is parsed, else None.

    A damaged or foreign cache file counts as not parsed (and is named in a warning).
    """
    files = cached_files(name)
    if not all(f.is_file() for f in files.values()):
        return None
    import pyarrow.parquet as pq

    key = _key(name, parser(name))
    total = 0
    for f in files.values():
        problem = _check(f, key)
        if problem is None:
            try:
                total += pq.ParquetFile(f).metadata.num_rows
                continue
            except (OSError, ValueError) as exc:
                problem = f"unreadable ({type(exc).__name__})"
        log.warning("framing: warning: %s: parsed-dataset cache is %s", f, problem)
        return None
    return total


def window_around(date, months: int = 1) -> tuple[str, str]:
    """The calendar months around ``date``: from the first day of the month ``months`` before
    its month to the last day of the month ``months`` after (``2022-03-24`` → ``2022-02-01``,
    ``2022-04-30``, the default :data:`WAR_WINDOW`)."""
    month = pd.Timestamp(date).to_period("M")
    start = (month - months).to_timestamp()
    end = (month + months).to_timestamp(how="end").normalize()
    return f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"


def article_dates(
    date=None, window=None, needs: str = "window"
) -> tuple[pd.Timestamp | None, tuple | None]:
    """The article's date and its war window, for the notebooks that need them; the one check
    that notebooks 03 (``needs="window"``) and 05 (``needs="date"``) make and that
    ``framing figures`` makes before any notebook runs.

    Parameters
    ----------
    date
        The article's date (the notebook's ``DATE``, else its metadata's), or None.
    window
        The notebook's ``WINDOW`` (start, end), or None: the months around ``date``
        (:func:`window_around`).
    needs
        ``"date"``: only the date is needed; ``"window"``: a window that overlaps
        :data:`WAR_WINDOW_COVERAGE`.

    Returns
    -------
    (date, window)
        The date as a Timestamp (None when only a window is given) and, with ``needs="window"``,
        the window as given or computed (else None).

    Raises
    ------
    InputError
        One line naming the parameter to set: no date (and, for a window, no ``WINDOW``), a
        ``WINDOW`` that is not two dates in order, or a window outside the corpora's coverage.
    """
    try:
        stamp = pd.Timestamp(date) if date else None
    except (TypeError, ValueError):
        raise InputError(f"DATE {date!r}: not a date (YYYY-MM-DD)") from None
    if needs == "date":
        if stamp is None:
            raise InputError("the article has no date (metadata 'published'): set DATE")
        return stamp, None
    if window is None and stamp is None:
        raise InputError("the article has no date (metadata 'published'): set DATE or WINDOW")
    if isinstance(window, str):
        raise InputError(f"WINDOW {window!r}: give two dates, [start, end]")
    window = tuple(window) if window is not None else window_around(stamp)
    try:
        start, end = (pd.Timestamp(d) for d in window)
    except (TypeError, ValueError):
        start = end = pd.NaT
    if pd.isna(start) or pd.isna(end):
        raise InputError(f"WINDOW {list(window)}: give two dates, [start, end]")
    if start > end:
        raise InputError(f"WINDOW {list(window)}: its start is after its end")
    first, last = (pd.Timestamp(d) for d in WAR_WINDOW_COVERAGE)
    if end < first or start > last:
        raise InputError(
            f"no Kremlin, President of Ukraine or White House document between "
            f"{start:%Y-%m-%d} and {end:%Y-%m-%d} (they cover {first.day} {first:%b %Y}-"
            f"{last.day} {last:%b %Y}): set WINDOW, or DATE, within that span"
        )
    return stamp, window


def composition(name: str) -> pd.DataFrame | None:
    """Documents, genres and date range per group of a parsed dataset (None if not parsed).

    One row per ``group`` and ``genre``: ``documents``, ``first``, ``last`` (dates), sorted by
    group; ``attrs["cleaning"]`` holds the parser's cleaning report if it wrote one. Reads only
    three columns of the Parquet cache; ``unscon`` (no documents) gives None.
    """
    files = cached_files(name)
    if set(files) != {""} or not files[""].is_file():
        return None
    if _check(files[""], _key(name, parser(name))) is not None:
        return None
    df = pd.read_parquet(files[""], columns=["group", "genre", "date"])
    table = (
        df.groupby(["group", "genre"], dropna=False)
        .agg(documents=("date", "size"), first=("date", "min"), last=("date", "max"))
        .reset_index()
    )
    table.attrs = {"cleaning": df.attrs.get("cleaning")}
    return table


def war_window(start: str = WAR_WINDOW[0], end: str = WAR_WINDOW[1]) -> pd.DataFrame:
    """Kremlin, President of Ukraine and White House documents dated ``start`` … ``end``.

    Both ends are inclusive calendar days (default 2022-02-01 … 2022-04-30: the three weeks
    before the invasion of 24 February 2022 and its first two months); a document timestamped
    at any time on ``end`` is included. Sorted by ``doc_id``.
    """
    lo = pd.Timestamp(start)
    hi = pd.Timestamp(end) + pd.Timedelta(days=1)
    frames = []
    for name in WAR_WINDOW_DATASETS:
        df = load(name)
        frames.append(df[(df["date"] >= lo) & (df["date"] < hi)])
    out = pd.concat(frames, ignore_index=True)
    return standardize(out, "war-window")
