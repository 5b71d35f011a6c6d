"""RT (Russian state media, English), Russia-Ukraine coverage, 16 Jun - 31 Oct 2022.

Two scrapes of rt.com (``<commit>/data/RT.csv`` at two commits of r2nery/ukraine-media;
columns Date, URL, Title, Text) that overlap: 338 URLs are in both, 1,628 are unique. The scrape
whose latest date is later is read first, so where RT edited an article between the scrapes
the later text is kept. Then the steps of :func:`framing.data.datasets.media.clean_articles`:
one row per URL, one per identical text, and RT's boilerplate removed — its background
paragraph on the Minsk agreements ("Russia sent troops into Ukraine on February 24, citing
Kiev's failure to implement the Minsk agreements ...") recurs in some 200 articles, as
sentences (RT's texts have no line breaks) in several wordings.

Columns: standard schema (``group`` = ``outlet`` = "RT", genre "news", date = the Date
column, a calendar day) plus ``outlet_country`` "Russia", ``ownership`` "state",
``dataset``, ``boilerplate_spans``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.data.datasets import media

PARSER_VERSION = 1
DATASET = "media-rt-2022"
OUTLET = "RT"
COLUMNS = ("Date", "URL", "Title", "Text")


def read_scrape(path: Path, key: str) -> pd.DataFrame:
    """One scrape in the standard columns (uncleaned)."""
    raw = media.read_csv(path, f"{DATASET}: {key}", COLUMNS, required=("Text",))
    return pd.DataFrame(
        {
            "text": raw["Text"],
            "title": raw["Title"].str.strip().replace("", pd.NA),
            "date": pd.to_datetime(raw["Date"], errors="coerce", format="ISO8601"),
            "url": raw["URL"].str.strip().replace("", pd.NA),
            "source": key,
        }
    )


def parse(files: dict[str, Path], remove_boilerplate: bool = True) -> pd.DataFrame:
    """Parse the fetched files of ``media-rt-2022`` (see the module docstring)."""
    scrapes = [read_scrape(files[k], k) for k in sorted(files) if k.endswith("RT.csv")]
    if not scrapes:
        raise DataError(f"{DATASET}: no RT.csv among the fetched files; fetch the dataset again")
    scrapes.sort(key=lambda df: (df["date"].max(), df["source"].iloc[0]), reverse=True)
    df = media.add_outlet(pd.concat(scrapes, ignore_index=True), OUTLET, DATASET)
    overlap = int(df["url"].duplicated().sum())
    df, report = media.clean_articles(df, remove_boilerplate=remove_boilerplate)
    df["genre"] = "news"
    df["doc_id"] = [media.doc_id(OUTLET, u) for u in df["url"]]
    report["notes"] = [
        f"{len(scrapes)} scrapes; {overlap} URLs in more than one, the most recent scrape's "
        "version kept"
    ]
    df.attrs["cleaning"] = report
    return df
