"""Headlines of Chinese state media and the BBC, scraped Feb - Sep 2022 (pontyl/news-sentivis).

Five zips (``Dataset/<outlet>.zip``), each holding one small headerless UTF-8 CSV per scrape of
a section page (``<Outlet>-<Day>-<Mon>-<dd>-<HH_MM_SS>-2022-<SECTION>.csv``, sections CHINA and
WORLD; BBC: UK and WORLD) with two cells per row: the publication stamp and the headline.
Stamps differ by outlet:

============  ====================================================  =======================
outlet        stamp                                                 read as
============  ====================================================  =======================
Global Times  ``Published: Mar 24, 2022 09:53 PM Updated: …``       the Published time
CGTN          ``15:45, 23-Mar-2022``                                as given
China Daily   ``Updated: 2022-03-07 17:49``                         as given
Xinhua        ``2022-03-31 22:34:16``                               as given
BBC           ``2022-08-11T15:50:38.000Z``                          UTC
============  ====================================================  =======================

Times are kept as the outlet prints them (Beijing time for the Chinese outlets, UTC for the
BBC). The same headline recurs across scrapes: one document per outlet and headline (whitespace
collapsed), dated by its earliest stamp, with ``section`` (the section of its first scrape),
``first_scraped`` (the time of that scrape, from the file name) and ``scrapes`` (how many scrapes
listed it). Empty headlines are dropped and counted. ``text`` and ``title`` are the headline,
genre ``headline``, ``url`` missing (the scrapes kept none), ``doc_id`` = hash of outlet and
headline. No boilerplate filter: a headline is one unit.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.data.datasets import media

PARSER_VERSION = 1
DATASET = "china-media-headlines-2022"
ZIPS = {
    "globaltimes.zip": "Global Times",
    "cgtn.zip": "CGTN",
    "chinadaily.zip": "China Daily",
    "xinhuanet.zip": "Xinhua",
    "bbc.zip": "BBC",
}
COLUMNS = ("stamp", "headline")
SCRAPE_RE = re.compile(
    r"-(?P<mon>[A-Z][a-z]{2})-+(?P<day>\d{1,2})-(?P<time>\d\d_\d\d_\d\d)-(?P<year>\d{4})-"
    r"(?P<section>[A-Z]+)\.csv$"
)
PUBLISHED_RE = re.compile(r"Published:\s*(?P<date>[A-Z][a-z]{2} \d{1,2}, \d{4} \d\d:\d\d [AP]M)")
FORMATS = {
    "Global Times": "%b %d, %Y %I:%M %p",
    "CGTN": "%H:%M, %d-%b-%Y",
    "China Daily": "Updated: %Y-%m-%d %H:%M",
    "Xinhua": "%Y-%m-%d %H:%M:%S",
    "BBC": "ISO8601",
}


def parse_stamps(stamps: pd.Series, outlet: str) -> pd.Series:
    """Publication times of one outlet's stamps (NaT where a stamp does not parse)."""
    if outlet == "Global Times":
        stamps = stamps.str.extract(PUBLISHED_RE, expand=False)
    out = pd.to_datetime(stamps.str.strip(), format=FORMATS[outlet], errors="coerce", utc=True)
    return out.dt.tz_localize(None)


def scrape_info(member: str) -> tuple[datetime, str]:
    """Scrape time and section from a member's file name."""
    m = SCRAPE_RE.search(member)
    if not m:
        raise DataError(f"{DATASET}: {member}: unexpected file name (no scrape date/section)")
    stamp = f"{m['day']} {m['mon']} {m['year']} {m['time']}"
    return datetime.strptime(stamp, "%d %b %Y %H_%M_%S"), m["section"]


def read_zip(path: Path, key: str, outlet: str) -> pd.DataFrame:
    """Every row of every scrape in one outlet's zip."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise DataError(f"{DATASET}: {key}: not a readable zip file; fetch it again") from None
    rows: list[list] = []
    with archive:
        for member in sorted(n for n in archive.namelist() if n.endswith(".csv")):
            when, section = scrape_info(member)
            _, found = media.read_rows(
                _member_bytes(archive, member),
                f"{DATASET}: {key}: {member}",
                COLUMNS,
                required=COLUMNS,
                header=False,
            )
            rows.extend([stamp, headline, section, when, member] for stamp, headline in found)
    if not rows:
        raise DataError(f"{DATASET}: {key}: no rows in the zip")
    df = pd.DataFrame(rows, columns=[*COLUMNS, "section", "scraped", "member"])
    df["date"] = parse_stamps(df["stamp"].astype(str), outlet)
    df["scraped"] = df["scraped"].astype("datetime64[ns]")
    return media.add_outlet(df, outlet, DATASET).assign(source=key)


def _member_bytes(archive: zipfile.ZipFile, member: str) -> bytes:
    try:
        return archive.read(member)
    except (zipfile.BadZipFile, OSError) as exc:
        raise DataError(f"{DATASET}: {member}: damaged zip member ({exc})") from None


def dedupe(df: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """One row per outlet and headline, earliest stamp; the counts of what was dropped."""
    df = df.assign(headline=df["headline"].map(lambda h: " ".join(h.split())))
    empty = df["headline"] == ""
    rows = {o: media.report_row(o) for o in dict.fromkeys(df["outlet"])}
    for o, n in df.groupby("outlet", sort=False).size().items():
        rows[o]["rows_read"] = int(n)
    for o, n in df.loc[empty, "outlet"].value_counts().items():
        rows[o]["empty_texts"] = int(n)
    df = df.loc[~empty].sort_values(
        ["outlet", "headline", "date", "scraped", "member"], kind="stable", na_position="last"
    )
    counts = df.groupby(["outlet", "headline"], sort=False).size().rename("scrapes")
    first = df.drop_duplicates(["outlet", "headline"]).join(counts, on=["outlet", "headline"])
    for o, n in df.groupby("outlet", sort=False).size().items():
        rows[o]["duplicate_texts"] = int(n - (first["outlet"] == o).sum())
        rows[o]["documents"] = int((first["outlet"] == o).sum())
    return first.reset_index(drop=True), {"outlets": list(rows.values()), "boilerplate": None}


def parse(files: dict[str, Path]) -> pd.DataFrame:
    """Parse the fetched files of ``china-media-headlines-2022`` (see the module docstring)."""
    frames = [
        read_zip(path, key, outlet) for key, path, outlet in media.pick_files(files, ZIPS, DATASET)
    ]
    raw = pd.concat(frames, ignore_index=True)
    unparsed = int(raw["date"].isna().sum())
    df, report = dedupe(raw)
    out = pd.DataFrame(
        {
            "doc_id": [
                media.doc_id(o, h) for o, h in zip(df["outlet"], df["headline"], strict=True)
            ],
            "text": df["headline"],
            "title": df["headline"],
            "date": df["date"],
            "source": df["source"],
            "group": df["outlet"],
            "genre": "headline",
            "outlet": df["outlet"],
            "outlet_country": df["outlet_country"],
            "ownership": df["ownership"],
            "dataset": DATASET,
            "section": df["section"],
            "first_scraped": df["scraped"],
            "scrapes": df["scrapes"].astype(int),
        }
    )
    report["notes"] = [
        f"{unparsed} stamps without a date (e.g. BBC video durations); "
        "duplicates = the same headline in another scrape"
    ]
    out.attrs["cleaning"] = report
    return out
