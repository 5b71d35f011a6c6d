"""Shared cleaning of the news-media datasets: outlets, CSV reading, duplicates, boilerplate.

Every media parser (:mod:`.rt`, :mod:`.western`, :mod:`.chinadaily`, :mod:`.headlines`) returns
the standard corpus schema plus the media columns :data:`MEDIA_COLUMNS`:

- ``outlet`` (short name, e.g. ``RT``, ``BBC``), ``outlet_country``, ``ownership``
  (``state``, ``public-service`` or ``commercial``; see :data:`OUTLETS`), ``dataset``;
- ``group`` is the outlet, except for the New York Times, whose rows are lead paragraphs:
  ``NYT (leads)``, so that every table and figure grouped by ``group`` labels them;
- ``genre``: what kind of text a row is (:data:`GENRES`): ``news`` (a news report), ``opinion``
  (columns, op-eds, letters; China Daily's columns), ``editorial``, ``lead`` (NYT lead
  paragraphs), ``headline``, ``roundup`` (several stories in one document: daily round-ups,
  "what we know on day N", weekly catch-ups, newsletters, photo galleries), ``video`` (the short
  text of a video page or clip, under :data:`VIDEO_MAX_WORDS` words) or ``transcript`` (the full
  text of a speech). The parsers tell them apart by URL section, title and credit lines
  (:mod:`.western`, :mod:`.rt`); :func:`news_only` keeps the news reports;
- ``source``: the upstream file; ``doc_id``: ``<prefix>-<12 hex digits>`` of a sha256 over the
  outlet and the URL (or, without a URL, the raw cells of the row), stable across runs.

:func:`clean_articles` applies the same steps to every article set, in this order: missing
text cells are an error; empty texts are dropped; one row per URL is kept (the first in the
order given: parsers put the most recent scrape first); each outlet's boilerplate is removed
(:mod:`framing.data.boilerplate`; its thresholds count documents with distinct URLs) and texts it
empties are dropped; then one row per identical text within an outlet is kept (for data
without URLs, such as China Daily's, also before the filter: copies must not count twice
towards its thresholds; with URLs, pages that share a text, like NYT's newsletter sign-up
"leads", are distinct documents for the filter). Every count goes into the cleaning report stored in ``df.attrs["cleaning"]``
(kept in the Parquet cache and shown by ``framing data info``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.data import boilerplate
from framing.data.datasets import STR_DTYPE

__all__ = [
    "GENRES",
    "MEDIA_COLUMNS",
    "TRANSCRIPT_MIN_WORDS",
    "VIDEO_MAX_WORDS",
    "OUTLETS",
    "Outlet",
    "add_outlet",
    "clean_articles",
    "cleaning_summary",
    "comparable",
    "doc_id",
    "genre_by_rules",
    "news_only",
    "pick_files",
    "read_csv",
    "read_rows",
    "report_row",
    "word_counts",
]

MEDIA_COLUMNS = ["outlet", "outlet_country", "ownership", "dataset"]
LEAD_GENRE = "lead"
NEWS_GENRE = "news"
#: The genres of the media datasets (see the module docstring).
GENRES = ("news", "opinion", "editorial", "lead", "headline", "roundup", "video", "transcript")
#: A video page or clip item has fewer words than this (whitespace-separated, after cleaning);
#: longer texts with the same credit lines or title markers are articles built on a broadcast.
VIDEO_MAX_WORDS = 250
#: A transcript has at least this many words: shorter items titled "full speech" report on a
#: speech whose video they embed.
TRANSCRIPT_MIN_WORDS = 1000
_SURROGATE_RE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class Outlet:
    """A news outlet: display name, the prefix of its ``doc_id``, country and ownership."""

    name: str
    prefix: str
    country: str
    ownership: str  # state | public-service | commercial


#: The outlets of the media datasets. ``commercial`` = privately owned and market-funded,
#: including the Associated Press (a not-for-profit cooperative of its member newspapers).
OUTLETS = {
    o.name: o
    for o in (
        Outlet("RT", "rt", "Russia", "state"),
        Outlet("BBC", "bbc", "United Kingdom", "public-service"),
        Outlet("Guardian", "guardian", "United Kingdom", "commercial"),
        Outlet("AP", "ap", "United States", "commercial"),
        Outlet("NBC", "nbc", "United States", "commercial"),
        Outlet("NYT", "nyt", "United States", "commercial"),
        Outlet("China Daily", "chinadaily", "China", "state"),
        Outlet("Global Times", "globaltimes", "China", "state"),
        Outlet("CGTN", "cgtn", "China", "state"),
        Outlet("Xinhua", "xinhua", "China", "state"),
    )
}


def pick_files(files: dict[str, Path], names: dict[str, str], dataset: str):
    """``(key, path, names[file name])`` for each fetched file named in ``names``, sorted by key.

    Raises :class:`DataError` if one of ``names`` is not among ``files``.
    """
    found = [(k, files[k], names[Path(k).name]) for k in sorted(files) if Path(k).name in names]
    if len({Path(k).name for k, _, _ in found}) != len(names):
        raise DataError(
            f"{dataset}: expected {', '.join(names)} among the fetched files; fetch it again"
        )
    return found


def doc_id(outlet: str, *parts) -> str:
    """``<outlet prefix>-<first 12 hex digits of sha256(outlet, parts)>``."""
    blob = "\x1f".join([outlet, *("" if p is None else str(p) for p in parts)])
    return f"{OUTLETS[outlet].prefix}-{hashlib.sha256(blob.encode('utf-8')).hexdigest()[:12]}"


def add_outlet(df: pd.DataFrame, outlet: str, dataset: str) -> pd.DataFrame:
    """Set the outlet columns (and ``group`` = outlet where not set) of ``df``."""
    o = OUTLETS[outlet]
    df = df.assign(outlet=o.name, outlet_country=o.country, ownership=o.ownership, dataset=dataset)
    if "group" not in df.columns:
        df["group"] = o.name
    return df


def read_csv(path: Path | bytes, name: str, columns: Sequence[str], **kw) -> pd.DataFrame:
    """:func:`read_rows` as a DataFrame of strings (same arguments, same errors)."""
    head, rows = read_rows(path, name, columns, **kw)
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=STR_DTYPE) for c in head})
    return pd.DataFrame(rows, columns=head, dtype=STR_DTYPE)


def read_rows(
    path: Path | bytes,
    name: str,
    columns: Sequence[str],
    encoding: str = "utf-8-sig",
    required: Sequence[str] = ("text",),
    header: bool = True,
) -> tuple[list[str], list[list[str]]]:
    """Read a media CSV: its column names and rows (lists of str); one-line errors.

    Every failure is one :class:`DataError` naming the file and the row (numbered from 1, the
    first row after the header; blank lines are skipped): an undecodable byte (with the
    column), a malformed CSV, a row with more fields than the header, a row that ends before a
    ``required`` cell (a truncated file; other short rows are padded with empty cells). An
    *empty* cell is not an error here.

    Parameters
    ----------
    path, name
        The file (or its bytes) and the name to show for it (dataset and upstream path).
    columns
        Columns that must be present (``header=True``) or the names of the columns of a
        headerless file.
    """
    data = path if isinstance(path, bytes) else path.read_bytes()
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _decode_error(data, exc, name, encoding, None if header else columns) from None
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise DataError(f"{name}: cannot parse as CSV ({exc})") from None
    if header:
        head = [c.strip() for c in records[0]] if records else []
        records = records[1:]
    else:
        head = list(columns)
    missing = [c for c in columns if c not in head]
    if missing:
        raise DataError(
            f"{name}: expected columns {', '.join(columns)}; missing {', '.join(missing)} "
            f"(found {', '.join(head) or 'nothing'})"
        )
    width = len(head)
    need = max(head.index(c) for c in required) + 1 if required else 0
    rows = []
    for i, rec in enumerate(records, start=1):
        if not rec:
            continue
        if len(rec) > width:
            raise DataError(f"{name}: row {i} has {len(rec)} fields, the header {width}")
        if len(rec) < need:
            col = head[len(rec)] if head[len(rec)] in required else required[0]
            raise DataError(
                f"{name}: row {i} has no {col!r} cell (fewer fields than the header); "
                "the file is truncated or damaged"
            )
        rows.append(rec + [""] * (width - len(rec)) if len(rec) < width else rec)
    return head, rows


def _decode_error(
    data: bytes, exc: UnicodeDecodeError, name: str, encoding: str, names: Sequence[str] | None
) -> DataError:
    """The error for an undecodable byte, naming the CSV row and column that hold it."""
    text = data.decode(encoding, errors="surrogateescape")
    rows = csv.reader(io.StringIO(text, newline=""))
    header = None if names is not None else next(rows, [])
    cols = list(names) if names is not None else header
    where = f"byte offset {exc.start}"
    for i, row in enumerate(rows, start=1):
        hit = next((j for j, cell in enumerate(row) if _SURROGATE_RE.search(cell)), None)
        if hit is not None:
            col = cols[hit] if cols and hit < len(cols) else f"#{hit + 1}"
            where = f"row {i}, column {col!r}"
            break
    return DataError(
        f"{name}: {where}: byte 0x{data[exc.start]:02x} cannot be decoded as {encoding}; "
        f"the file is damaged or not {encoding}"
    )


def report_row(outlet: str) -> dict:
    """An empty row of the cleaning report for ``outlet``."""
    return {
        "outlet": outlet,
        "rows_read": 0,
        "empty_texts": 0,
        "duplicate_urls": 0,
        "duplicate_texts": 0,
        "boilerplate_units_removed": 0,
        "boilerplate_documents": 0,
        "emptied_by_boilerplate": 0,
        "documents": 0,
    }


def clean_articles(
    df: pd.DataFrame,
    remove_boilerplate: bool = True,
    dedupe_urls: bool = True,
) -> tuple[pd.DataFrame, dict]:
    """Drop empty texts and duplicates, remove boilerplate per outlet; return df and report.

    ``df`` needs ``outlet``, ``text`` and (if ``dedupe_urls``) ``url``; rows are kept in the
    given order, and for duplicates the first row wins. The report is a dict (JSON-ready):
    ``outlets`` (one row per outlet: rows read, empty texts, duplicate URLs and texts,
    boilerplate units removed and documents affected, texts emptied by boilerplate, documents
    kept) and ``boilerplate`` (:meth:`framing.data.boilerplate.BoilerplateReport.to_dict`).
    """
    rows = {o: report_row(o) for o in dict.fromkeys(df["outlet"])}
    for o, n in df.groupby("outlet", sort=False).size().items():
        rows[o]["rows_read"] = int(n)
    df = df.assign(text=df["text"].str.strip())
    df = _drop(df, df["text"] == "", "empty_texts", rows)
    if dedupe_urls:
        df = _drop(df, df["url"].notna() & df.duplicated(["outlet", "url"]), "duplicate_urls", rows)
    if not dedupe_urls:  # without URLs identical texts are copies; with URLs, distinct pages
        df = _drop(df, df.duplicated(["outlet", "text"]), "duplicate_texts", rows)
    report: dict = {"outlets": [], "boilerplate": None}
    if remove_boilerplate:
        df, bp = boilerplate.clean_corpus(df, by="outlet")
        for r in bp.table.itertuples(index=False):
            rows[r.group]["boilerplate_units_removed"] = int(r.removed_units)
            rows[r.group]["boilerplate_documents"] = int(r.documents_affected)
        report["boilerplate"] = bp.to_dict()
        df = _drop(df, df["text"].str.strip() == "", "emptied_by_boilerplate", rows)
    df = _drop(df, df.duplicated(["outlet", "text"]), "duplicate_texts", rows)  # same once cleaned
    for o, n in df.groupby("outlet", sort=False).size().items():
        rows[o]["documents"] = int(n)
    report["outlets"] = list(rows.values())
    return df.reset_index(drop=True), report


def _drop(df: pd.DataFrame, mask: pd.Series, what: str, rows: dict) -> pd.DataFrame:
    for o, n in df.loc[mask, "outlet"].value_counts().items():
        rows[o][what] += int(n)
    return df.loc[~mask]


def nearest_window(dates: pd.Series, day, days: int = 26) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The ``days`` calendar days of ``dates`` nearest to ``day``: centred on it when the data
    cover it, else the first (``day`` before the data) or last ``days`` days of the data;
    without a ``day``, the first. Both ends are whole days (``start`` at 00:00, ``end`` the
    last day; select with ``between(start, end + 1 day)``)."""
    lo, hi = dates.min().normalize(), dates.max().normalize()
    span = pd.Timedelta(days=days - 1)
    if day is None or pd.isna(day) or pd.Timestamp(day) < lo:
        start = lo
    elif pd.Timestamp(day) > hi:
        start = hi - span
    else:
        start = pd.Timestamp(day).normalize() - pd.Timedelta(days=(days - 1) // 2)
        start = min(max(start, lo), max(hi - span, lo))
    return start, min(start + span, hi)


def comparable(df: pd.DataFrame, include_leads: bool = False) -> pd.DataFrame:
    """Documents fit for full-text comparison: without lead paragraphs unless ``include_leads``.

    The New York Times rows of ``media-western-2022`` are lead paragraphs (~40 words, genre
    ``lead``), not articles; their rates per 1,000 words are not comparable with full texts.
    Every other genre is kept (opinion, round-ups, video items, transcripts among the news
    outlets' rows too); :func:`news_only` keeps the news reports alone.
    """
    if include_leads or "genre" not in df.columns:
        return df
    keep = df["genre"] != LEAD_GENRE
    out = df.loc[keep].reset_index(drop=True)
    out.attrs = {**df.attrs, "leads_excluded": int((~keep).sum())}
    return out


def genre_by_rules(
    df: pd.DataFrame, rules: Sequence[tuple[str, pd.Series]], default: str = NEWS_GENRE
) -> pd.Series:
    """The genre of each row of ``df``: the genre of the first rule whose mask is true, else
    ``default``. ``rules``: ``(genre, boolean mask aligned with df)`` in order of precedence."""
    out = pd.Series(default, index=df.index, dtype=object)
    done = pd.Series(False, index=df.index)
    for genre, mask in rules:
        if genre not in GENRES:
            raise ValueError(f"unknown genre {genre!r}; known: {', '.join(GENRES)}")
        hit = mask.fillna(False).astype(bool) & ~done
        out[hit] = genre
        done |= hit
    return out.astype(STR_DTYPE)


def word_counts(texts: pd.Series) -> pd.Series:
    """Whitespace-separated words per text (the unit of the genre rules' length limits)."""
    return texts.fillna("").str.split().str.len()


def news_only(df: pd.DataFrame, genres: Sequence[str] = (NEWS_GENRE,)) -> pd.DataFrame:
    """The rows whose ``genre`` is one of ``genres`` (default: news reports only).

    Leaves out opinion, round-ups, video items, transcripts and NYT leads of the media
    datasets (and, applied to China Daily, every row: its genres are ``editorial`` and
    ``opinion``; pass ``genres=("editorial", "opinion")`` there or apply it to the news sets
    only). ``df.attrs["genres_excluded"]`` counts the rows left out per genre (``{}`` if none);
    the other attrs are kept. A frame without a ``genre`` column is returned as is.
    """
    if "genre" not in df.columns:
        return df
    keep = df["genre"].isin(list(genres))
    out = df.loc[keep].reset_index(drop=True)
    left = df.loc[~keep, "genre"].fillna("(missing)").value_counts()
    out.attrs = {**df.attrs, "genres_excluded": {str(g): int(n) for g, n in left.items()}}
    return out


def cleaning_summary(cleaning: dict | None) -> list[str]:
    """Lines describing a cleaning report (``df.attrs["cleaning"]``) for ``framing data info``."""
    if not cleaning:
        return []
    table = pd.DataFrame(cleaning.get("outlets", []))
    lines = []
    if not table.empty:
        lines.append(
            "cleaning:    per outlet: rows read, empty texts, duplicate URLs, duplicate texts, "
            "boilerplate units removed (documents affected), emptied by boilerplate -> documents"
        )
        for r in table.fillna(0).itertuples(index=False):
            lines.append(
                f"  {r.outlet:<22} {r.rows_read:>6,} read, {r.empty_texts:,} empty, "
                f"{r.duplicate_urls:,} dup URLs, {r.duplicate_texts:,} dup texts, "
                f"{r.boilerplate_units_removed:,} boilerplate units "
                f"({r.boilerplate_documents:,} docs), {r.emptied_by_boilerplate:,} emptied "
                f"-> {r.documents:,}"
            )
    top = pd.DataFrame((cleaning.get("boilerplate") or {}).get("top", []))
    if not top.empty:
        lines.append("boilerplate: most frequent removed units (documents)")
        lines.extend(f"  {t.group}: {t.documents:>4}  {t.unit_text}" for t in top.itertuples())
    lines.extend(f"note:        {n}" for n in cleaning.get("notes", []))
    return lines
