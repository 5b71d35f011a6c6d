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

BBC, Guardian, AP and NBC rows are full texts, genre ``news`` except (:func:`genres`, first
rule that applies):

- ``opinion``: the Guardian's Comment is free (URL ``/commentisfree/``) and its titles ending in
  a byline or ``| Letters``, ``| Editorial``, ``| Briefs`` (``... | Simon Jenkins``: the Guardian
  marks no news title so), NBC's Think opinion section (``/think/opinion/``), BBC ``Viewpoint:``;
- ``roundup`` (several stories in one document), by title (:data:`ROUNDUP_TITLE`): BBC's
  "Ukraine round-up: ...", "in maps", "Your questions ... answered", "Key moments",
  "What's happening in Parliament this week?"; the Guardian's "what we know on day N",
  weekly "catch up with the must-read news", "Tuesday briefing:" newsletters, the Guardian
  Weekly promo; "AP PHOTOS" galleries. A single event's "What we know so far" is news;
- ``video``: BBC video pages, texts under :data:`~.media.VIDEO_MAX_WORDS` words that end with
  a credit or broadcast line (:data:`VIDEO_CREDIT`: "Video by", "Filmed by", "Shoot edit",
  "watch again on BBC iPlayer", ...) or whose title says Watch or Video. Longer texts with
  such lines are articles built on an interview and stay news.

**The NYT rows are lead
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

import re
from pathlib import Path

import pandas as pd

from framing.data.datasets import media

PARSER_VERSION = 3  # 2: genres opinion, roundup, video besides news; 3: ´ read as ’
ACUTE = "\u00b4"  # the acute accent AP's copies use as apostrophe
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

#: Opinion sections by URL: the Guardian's Comment is free, NBC's Think.
OPINION_URL = re.compile(r"/commentisfree/|/think/opinion/")
#: Opinion by title: a Guardian byline, letters or editorial suffix; BBC Viewpoint.
OPINION_TITLE = {"Guardian": re.compile(r"\s\|\s[^|]+$"), "BBC": re.compile(r"^Viewpoint:")}
#: Several stories in one document (tuned on the pinned data: every title it catches is one).
ROUNDUP_TITLE = re.compile(
    r"(?i)\bround-?up\b|\bin maps\b|\byour questions\b.*\banswered\b|\bkey moments\b"
    r"|^what[’']s happening in parliament\b|\bwhat we know on day \d+"
    r"|\bcatch up with the must-read\b|^\w+day briefing:|\bGuardian Weekly\b"
    r"|(?-i:^AP PHOTOS\b)"
)
#: The credit or broadcast lines that end a BBC video page (searched in the last 300 characters):
#: a capitalised credit that names someone ("Video by A B", "Filmed and edited by A B"; not
#: "oil produced by Russia"), a broadcast line ("watch again on BBC iPlayer").
VIDEO_CREDIT = re.compile(
    r"\b(?:Video|Filmed|Produced|Edited|Camera and editing|Motion graphics|Video produced)"
    r"(?: and (?:edited|produced))? by [A-Z]"
    r"|(?i:\bvideo journalist\b|\b(?:shoot edit|camera) ?[:–-]"
    r"|\bwatch (?:again|the full interview)\b|\bin this video\b)"
)
#: A title that announces a clip: Watch, Video.
VIDEO_TITLE = re.compile(r"(?i)\bwatch\b|\bvideos?\b")


def read_outlet(path: Path, key: str, outlet: str) -> pd.DataFrame:
    """One outlet's file in the standard columns (uncleaned)."""
    raw = media.read_csv(path, f"{DATASET}: {key}", COLUMNS, required=("Text",))
    df = pd.DataFrame(
        {
            # AP's copies use the acute accent as apostrophe (Russia´s, didn´t): one character
            # for one, so that words are not split and offsets stay those of the file
            "text": raw["Text"].str.replace(ACUTE, "\u2019", regex=False),
            "title": raw["Title"].str.strip().replace("", pd.NA),
            "date": pd.to_datetime(raw["Date"], errors="coerce", format="ISO8601", utc=True),
            "url": raw["URL"].str.strip().replace("", pd.NA),
            "source": key,
        }
    )
    df["date"] = df["date"].dt.tz_localize(None)
    if "Snippet" in raw.columns:
        df["snippet"] = raw["Snippet"].str.strip().replace("", pd.NA)
    if outlet in LEAD_OUTLETS:
        df["group"] = LEAD_OUTLETS[outlet]
    return media.add_outlet(df, outlet, DATASET)


def genres(df: pd.DataFrame) -> pd.Series:
    """The genre of each (cleaned) row: ``lead`` for NYT, else the rules of the module
    docstring, else ``news``."""
    title, url, outlet = df["title"].fillna(""), df["url"].fillna(""), df["outlet"]
    opinion = url.str.contains(OPINION_URL)
    for name, rx in OPINION_TITLE.items():
        opinion |= (outlet == name) & title.str.contains(rx)
    short = media.word_counts(df["text"]) < media.VIDEO_MAX_WORDS
    credit = df["text"].fillna("").str[-300:].str.contains(VIDEO_CREDIT)
    video = (outlet == "BBC") & short & (credit | title.str.contains(VIDEO_TITLE))
    return media.genre_by_rules(
        df,
        [
            ("lead", outlet.isin(list(LEAD_OUTLETS))),
            ("opinion", opinion),
            ("roundup", title.str.contains(ROUNDUP_TITLE)),
            ("video", video),
        ],
    )


def parse(files: dict[str, Path], remove_boilerplate: bool = True) -> pd.DataFrame:
    """Parse the fetched files of ``media-western-2022`` (see the module docstring)."""
    frames = [
        read_outlet(path, key, outlet)
        for key, path, outlet in media.pick_files(files, FILES, DATASET)
    ]
    df, report = media.clean_articles(pd.concat(frames, ignore_index=True), remove_boilerplate)
    df["doc_id"] = [media.doc_id(o, u) for o, u in zip(df["outlet"], df["url"], strict=True)]
    df["genre"] = genres(df)
    report["notes"] = [
        "NYT rows are lead paragraphs (genre lead, group 'NYT (leads)'), left out of "
        "full-text comparisons unless asked",
        "BBC times have no time zone and are kept as given; the others are UTC",
    ]
    df.attrs["cleaning"] = report
    return df
