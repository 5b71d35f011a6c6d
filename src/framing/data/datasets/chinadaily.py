"""China Daily (Chinese state media, English) editorials and columnists, 2012-2019.

Two CSV files of cbaehr/chinese_media (columns title, date_published, text), **encoded in
Windows-1252**, not UTF-8 (``’ “ ” —`` are the single bytes 0x92 0x93 0x94 0x97; a byte that
cp1252 leaves undefined is an error naming file and row):

- ``irene_china_daily_editorial_data.csv``: 766 editorials (genre ``editorial``), 2017-2019.
  ``date_published`` holds the page trailer (``By Zhao Huanxin | China Daily | Updated:
  2018-11-03 09:31``): the date and time come from it, the byline (if any) becomes ``speaker``.
  In 8 rows the scraper shifted the cells (title = trailer, date_published = body): detected by
  the trailer in the title; the title is then missing.
- ``china_daily_columnist.csv``: 460 columns (genre ``opinion``), 2012-2019; ``date_published``
  is an ISO date; the columnist's name is not in the data (``speaker`` missing).

Text repairs (the scrape flattened the page): a run of two or more spaces (a lost line break)
becomes a paragraph break, as does a sentence end glued to the next sentence
(``election.President``); photo captions are removed: paragraphs that end with a ``[Photo/…]``
or ``[Provided to China Daily]`` marker or with a picture credit without a full stop
(``… in Tokyo on Monday. MA PING / XINHUA``, ``Li Min/China Daily``); ``<U+56FE>``-style escapes are
decoded. Then :func:`framing.data.datasets.media.clean_articles` (empty texts — one cartoon
without text —, identical texts, repeated paragraphs; no URLs in the data). ``doc_id``: hash of
the file name and the raw cells of the row.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.data.datasets import media

PARSER_VERSION = 1
DATASET = "chinadaily-opinion-2012-2019"
OUTLET = "China Daily"
ENCODING = "cp1252"
COLUMNS = ("title", "date_published", "text")
FILES = {
    "irene_china_daily_editorial_data.csv": "editorial",
    "china_daily_columnist.csv": "opinion",
}
TRAILER_RE = re.compile(
    r"^\s*(?:By\s+(?P<by>[^|]+?)\s*\|\s*)?(?P<site>[^|]{2,40}?)\s*\|\s*"
    r"Updated:\s*(?P<date>\d{4}-\d\d-\d\d(?:\s+\d\d:\d\d)?)\s*$"
)
# A lost line break: two or more spaces (NBSP included) between words.
GAP_RE = re.compile(r"[ \u00a0]*(?: [ \u00a0]|\u00a0 )[ \u00a0]*")
GLUED_RE = re.compile(r"(?<=[a-z0-9%)\]][.?!])(?=[A-Z][a-z])|(?<=[.?!][\"”’])(?=[A-Z][a-z])")
PHOTO_RE = re.compile(r"\[(?:Photo|Provided)[^\]]{0,80}\]")
# A paragraph that ends in a picture credit without a full stop ("... on Monday. Evan Vucci /
# AP", "Photos provided to China Daily", "KCNA VIA REUTERS", "Li Min/China Daily") is a caption.
CREDIT_RE = re.compile(
    r"(?:^|[.?!\]]\s+)[^.?!]{0,50}?(?:/|\||\bprovided to\b|\bphotos? by\b|\bvia\b)[^.?!/|]{0,40}$",
    re.IGNORECASE,
)
UNICODE_ESCAPE_RE = re.compile(r"<U\+([0-9A-Fa-f]{4,6})>")


def split_trailer(cell: str) -> tuple[pd.Timestamp | None, str | None] | None:
    """``(date, byline)`` of a page trailer, or None if ``cell`` is not one."""
    m = TRAILER_RE.match(" ".join(cell.split()))
    if not m:
        return None
    return pd.Timestamp(m.group("date")), (m.group("by") or None)


def repair_text(text: str) -> tuple[str, int]:
    """Restore paragraph breaks, drop photo captions and credits; return text and captions cut."""
    text = UNICODE_ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), text.strip())
    text = GLUED_RE.sub("\n\n", GAP_RE.sub("\n\n", text))
    kept, cut = [], 0
    for para in text.split("\n\n"):
        para = para.strip()
        if PHOTO_RE.search(para):
            # the caption ends at its marker; a paragraph that goes on is body text after it
            rest = para[PHOTO_RE.search(para).end() :].strip()
            cut += 1
            para = PHOTO_RE.sub("", rest).strip() if rest else ""
        if para and CREDIT_RE.search(para):
            cut += 1
            para = ""
        if para:
            kept.append(para)
    return "\n\n".join(kept), cut


def read_file(path: Path, key: str, genre: str) -> pd.DataFrame:
    """One file in the standard columns (uncleaned)."""
    raw = media.read_csv(path, f"{DATASET}: {key}", COLUMNS, encoding=ENCODING)
    rows = []
    for i, (title, dated, text) in enumerate(
        zip(raw["title"], raw["date_published"], raw["text"], strict=True)
    ):
        trailer = split_trailer(dated)
        if trailer is None and split_trailer(title):  # cells shifted: trailer, body, trailer
            trailer, body, title = split_trailer(title), dated, ""
        else:
            body = text
        if trailer is not None:
            date, by = trailer
        else:
            date, by = pd.to_datetime(dated.strip(), errors="coerce", format="ISO8601"), None
            if pd.isna(date):
                raise DataError(f"{DATASET}: {key}: row {i + 1}: no date in {dated.strip()[:40]!r}")
        repaired, captions = repair_text(body)
        rows.append(
            {
                "doc_id": media.doc_id(OUTLET, key, title, dated, text),
                "text": repaired,
                "title": " ".join(title.split()) or pd.NA,
                "date": date,
                "speaker": " ".join(by.split()).title() if by else pd.NA,
                "genre": genre,
                "url": pd.NA,
                "source": key,
                "captions_removed": captions,
            }
        )
    return pd.DataFrame(rows)


def parse(files: dict[str, Path], remove_boilerplate: bool = True) -> pd.DataFrame:
    """Parse the fetched files of ``chinadaily-opinion-2012-2019`` (see the module docstring)."""
    frames = [
        read_file(path, key, genre) for key, path, genre in media.pick_files(files, FILES, DATASET)
    ]
    df = media.add_outlet(pd.concat(frames, ignore_index=True), OUTLET, DATASET)
    captions = int(df["captions_removed"].sum())
    df, report = media.clean_articles(df, remove_boilerplate, dedupe_urls=False)
    report["notes"] = [
        f"decoded as {ENCODING}; {captions} photo captions/credits removed; "
        "editorial dates and bylines from the page trailer"
    ]
    df.attrs["cleaning"] = report
    return df.drop(columns="captions_removed")
