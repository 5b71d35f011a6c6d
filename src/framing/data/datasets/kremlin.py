"""Kremlin and President of Ukraine press releases (Oct 2021 - Jun 2022).

``putin.csv`` (columns link, headline, date, location, summary, body) → group "Kremlin",
speaker "Vladimir Putin"; ``zelenskyy.csv`` (link, headline, date, body) → group "President of
Ukraine", speaker "Volodymyr Zelenskyy" (the president whose office published the release; a
release need not quote him). One document per row:

- ``doc_id``: ``kremlin-<n>`` / ``ukraine-<n>`` with ``n`` the numeric id at the end of the
  link (the row number if there is none); ``text``: body; ``title``: headline; ``url``: link;
- ``date``: the CSV timestamp (UTC), made timezone-naive; ``genre``: "press release";
- extra columns ``location`` and ``summary`` (Kremlin only; missing for Ukraine), and
  ``outlet_country`` ("Russia" / "Ukraine": the publisher's country, the ``home`` of
  :func:`framing.analyze` and ``--home-col``; parser version 2) and ``official`` (True: the
  publisher is the home's own government, ``--official-col``; parser version 3).

Rows whose body is empty or blank are dropped; the count is logged and returned in
``df.attrs["dropped_empty"]``.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.core.files import decode_bytes

PARSER_VERSION = 3
GENRE = "press release"
SOURCES = {
    "putin.csv": ("kremlin", "Kremlin", "Vladimir Putin", "Russia"),
    "zelenskyy.csv": ("ukraine", "President of Ukraine", "Volodymyr Zelenskyy", "Ukraine"),
}
ID_RE = re.compile(r"(\d+)/?$")
log = logging.getLogger(__name__)


def _ids(links: pd.Series, prefix: str) -> list[str]:
    ids = []
    for i, link in enumerate(links.fillna("")):
        m = ID_RE.search(str(link))
        ids.append(f"{prefix}-{m.group(1)}" if m else f"{prefix}-row{i + 1}")
    if len(set(ids)) != len(ids):  # fall back to row numbers rather than guess
        ids = [f"{prefix}-row{i + 1}" for i in range(len(links))]
    return ids


def read_one(
    path: Path, prefix: str, group: str, speaker: str, country: str = ""
) -> tuple[pd.DataFrame, int]:
    """One CSV in the standard schema, and the number of rows dropped for an empty body."""
    text = decode_bytes(path.read_bytes(), str(path))
    raw = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    need = {"link", "headline", "date", "body"}
    if not need <= set(raw.columns):
        raise DataError(f"{path}: expected columns {sorted(need)}, found {list(raw.columns)}")
    raw["doc_id"] = _ids(raw["link"], prefix)
    empty = raw["body"].str.strip() == ""
    df = pd.DataFrame(
        {
            "doc_id": raw["doc_id"],
            "text": raw["body"].str.strip(),
            "title": raw["headline"].str.strip().replace("", pd.NA),
            "date": pd.to_datetime(raw["date"], utc=True, errors="coerce"),
            "group": group,
            "speaker": speaker,
            "genre": GENRE,
            "url": raw["link"],
            "location": raw.get("location", pd.Series(pd.NA, index=raw.index)).replace("", pd.NA),
            "summary": raw.get("summary", pd.Series(pd.NA, index=raw.index)).replace("", pd.NA),
            "outlet_country": country or pd.NA,
            "official": True,
        }
    )[~empty]
    return df, int(empty.sum())


def parse(files: dict[str, Path]) -> pd.DataFrame:
    """Parse the fetched files of ``kremlin-zelenskyy-2021-2022``."""
    frames, dropped = [], 0
    for key in sorted(files):
        spec = SOURCES.get(Path(key).name)
        if spec:
            df, n = read_one(files[key], *spec)
            frames.append(df)
            dropped += n
            if n:
                log.warning("%s: dropped %d row(s) with an empty body", key, n)
    if not frames:
        raise DataError("kremlin-zelenskyy-2021-2022: putin.csv / zelenskyy.csv not found")
    out = pd.concat(frames, ignore_index=True)
    out.attrs["dropped_empty"] = dropped
    return out
