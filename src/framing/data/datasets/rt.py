"""RT (Russian state media, English), Russia-Ukraine coverage, 16 Jun - 31 Oct 2022.

Two scrapes of rt.com (``<commit>/data/RT.csv`` at two commits of r2nery/ukraine-media;
columns Date, URL, Title, Text) that overlap: 338 URLs are in both, 1,628 are unique. The scrape
whose latest date is later is read first, so where RT edited an article between the scrapes
the later text is kept. Then the steps of :func:`framing.data.datasets.media.clean_articles`:
one row per URL, one per identical text, and RT's boilerplate removed — its background
paragraph on the Minsk agreements ("Russia sent troops into Ukraine on February 24, citing
Kiev's failure to implement the Minsk agreements ...") recurs in some 200 articles, as
sentences (RT's texts have no line breaks) in several wordings.

Genres (:func:`genres`, first rule that applies; else ``news``):

- ``opinion``: a title ``Name Surname: headline`` whose name is one of RT's columnists
  (:data:`COLUMNISTS`, the 19 names that head such titles in the pinned data: Glenn Diesen,
  Timofey Bordachev, Fyodor Lukyanov, Dmitry Trenin, ...). The shape alone is not enough:
  "The Wild East:", "Nuclear Ukraine:" and "Heroic Hasbulla:" head features, and a quote
  headline ("Zelensky: ...") names a speaker, not the author;
- ``transcript``: a title with "full speech", "full text" or "transcript" over a text of at
  least :data:`~.media.TRANSCRIPT_MIN_WORDS` words (Putin's accession speech; the 343-word
  "Russia calls out Western elites at UN (WATCH FULL SPEECH)" reports the speech and is news);
- ``video``: a title announcing a clip ("(VIDEO)", "(VIDEOS)", "WATCH", "caught on camera",
  "video shows") over a text under :data:`~.media.VIDEO_MAX_WORDS` words (the text describes the
  clip); longer reports with a video stay news.

A single event's "...: What we know so far" is news (one story, not a round-up).

Columns: standard schema (``group`` = ``outlet`` = "RT", ``genre`` as above, date = the Date
column, a calendar day) plus ``outlet_country`` "Russia", ``ownership`` "state",
``dataset``, ``boilerplate_spans``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.data.datasets import media

PARSER_VERSION = 2  # 2: genres opinion, transcript, video besides news
DATASET = "media-rt-2022"
OUTLET = "RT"
COLUMNS = ("Date", "URL", "Title", "Text")

#: RT's columnists: the names that head ``Name: headline`` titles in the pinned scrapes.
COLUMNISTS = frozenset(
    {
        "Alexander Nepogodin",
        "Dmitri Trenin",
        "Dmitry Trenin",
        "Fyodor Lukyanov",
        "Glenn Diesen",
        "Hendrik Weber",
        "Ivan Timofeev",
        "Ivan Zuenko",
        "Julia Melnikova",
        "Kirill Teremetsky",
        "Maksim Artemyev",
        "Maxim Artemyev",
        "Mikhail Khodarenok",
        "Petr Akopov",
        "Sergey Poletaev",
        "Timofey Bordachev",
        "Vitaly Sovin",
        "Vladimir Kornilov",
        "Vladislav Ugolny",
    }
)
#: The name before the colon of a ``Name Surname: headline`` title (two or three words).
BYLINE_TITLE = re.compile(r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}):\s")
TRANSCRIPT_TITLE = re.compile(r"(?i)\bfull (?:speech|text)\b|\btranscript\b")
VIDEO_TITLE = re.compile(
    r"\bVIDEOS?\b|\bWATCH\b|(?i:caught on (?:camera|video)|\bvideos? show|shares video)"
)


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


def genres(df: pd.DataFrame) -> pd.Series:
    """The genre of each (cleaned) row (see the module docstring)."""
    title = df["title"].fillna("")
    words = media.word_counts(df["text"])
    byline = title.str.extract(BYLINE_TITLE, expand=False)
    return media.genre_by_rules(
        df,
        [
            ("opinion", byline.isin(COLUMNISTS)),
            (
                "transcript",
                title.str.contains(TRANSCRIPT_TITLE) & (words >= media.TRANSCRIPT_MIN_WORDS),
            ),
            ("video", title.str.contains(VIDEO_TITLE) & (words < media.VIDEO_MAX_WORDS)),
        ],
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
    df["genre"] = genres(df)
    df["doc_id"] = [media.doc_id(OUTLET, u) for u in df["url"]]
    report["notes"] = [
        f"{len(scrapes)} scrapes; {overlap} URLs in more than one, the most recent scrape's "
        "version kept"
    ]
    df.attrs["cleaning"] = report
    return df
