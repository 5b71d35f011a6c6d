"""Western outlets' Russia-Ukraine coverage, 2022 (scraped by r2nery/ukraine-media).

Five CSV files (columns [index], URL, Date, Title, Text; NYT also Snippet):

============================  ==========  ==============  ===============================
file                          outlet      ownership       rows, period
============================  ==========  ==============  ===============================
``data/bbc.csv``              BBC         public-service  849, 5 Apr - 11 Jun 2022
``data/guardian.csv``         Guardian    commercial      199, 27 May - 16 Jun 2022
``data/AssociatedPress.csv``  AP          commercial      217, Aug 2022 (AP wire copies
                                                          published by dailymail.co.uk)
``data/NBC.csv``              NBC         commercial      150, Jun - Sep 2022
``data/NYT.csv``              NYT         commercial      3,111, 1 Feb - 22 Jun 2022
============================  ==========  ==============  ===============================

BBC, Guardian, AP and NBC rows are full articles, genre ``news``. **The NYT rows are lead
paragraphs** (~40 words; the upstream Text column holds the lead, Snippet the teaser, kept as
``snippet``): genre ``lead`` and group ``NYT (leads)``, so that they are labelled wherever the
corpus is grouped; :func:`framing.data.datasets.media.comparable` (and ``framing compare``)
leaves them out of full-text comparisons unless asked.

Cleaning (:func:`framing.data.datasets.media.clean_articles`, per outlet): empty texts dropped,
one row per URL and per identical text, boilerplate removed — the BBC footer ("© 2022 BBC. The
BBC is not responsible for the content of external sites. ...") and regional sign-offs, AP's
"___" rules, photo credits and "Follow AP's coverage ..." promo lines, the Guardian's newsletter
sign-up line, NYT's newsletter sign-up "leads". Dates: the Date column (UTC where it has a time
zone; BBC's times have none and are kept as given).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing.data.datasets import media

PARSER_VERSION = 1
DATASET = "media-western-2022"
FILES = {
    "bbc.csv": "BBC",
    "guardian.csv": "Guardian",
    "AssociatedPress.csv": "AP",
    "NBC.csv": "NBC",
    "NYT.csv": "NYT",
}
LEAD_OUTLETS = {"NYT": "NYT (leads)"}
COLUMNS = ("URL", "Date", "Title", "Text")


def read_outlet(path: Path, key: str, outlet: str) -> pd.DataFrame:
    """One outlet's file in the standard columns (uncleaned)."""
    raw = media.read_csv(path, f"{DATASET}: {key}", COLUMNS, required=("Text",))
    df = pd.DataFrame(
        {
            "text": raw["Text"],
            "title": raw["Title"].str.strip().replace("", pd.NA),
            "date": pd.to_datetime(raw["Date"], errors="coerce", format="ISO8601", utc=True),
            "url": raw["URL"].str.strip().replace("", pd.NA),
            "source": key,
            "genre": "lead" if outlet in LEAD_OUTLETS else "news",
        }
    )
    df["date"] = df["date"].dt.tz_localize(None)
    if "Snippet" in raw.columns:
        df["snippet"] = raw["Snippet"].str.strip().replace("", pd.NA)
    if outlet in LEAD_OUTLETS:
        df["group"] = LEAD_OUTLETS[outlet]
    return media.add_outlet(df, outlet, DATASET)


def parse(files: dict[str, Path], remove_boilerplate: bool = True) -> pd.DataFrame:
    """Parse the fetched files of ``media-western-2022`` (see the module docstring)."""
    frames = [
        read_outlet(path, key, outlet)
        for key, path, outlet in media.pick_files(files, FILES, DATASET)
    ]
    df, report = media.clean_articles(pd.concat(frames, ignore_index=True), remove_boilerplate)
    df["doc_id"] = [media.doc_id(o, u) for o, u in zip(df["outlet"], df["url"], strict=True)]
    report["notes"] = [
        "NYT rows are lead paragraphs (genre lead, group 'NYT (leads)'), left out of "
        "full-text comparisons unless asked",
        "BBC times have no time zone and are kept as given; the others are UTC",
    ]
    df.attrs["cleaning"] = report
    return df
