"""UN General Debate 2022 (77th session): one document per speech file ``ISO3_77_2022.txt``.

- ``doc_id``: the file stem (``USA_77_2022``); ``group``: the ISO3 code of the file name
  (``EU`` for the European Union, as in ``EU_77_2022.txt``);
- ``speaker``, ``country``, ``post``: from ``Speakers_by_session.xlsx`` (session 77, joined on
  the ISO code); ``title``: "<country>: General Debate of the 77th UN General Assembly";
- ``date``: the corpus gives no per-speech dates (the debate ran 20-26 September 2022), so every
  speech is dated 2022-09-20, the opening day; ``speaker_list_order`` keeps the row order of the
  speaker list, which appears to follow the order of speaking;
- ``genre``: "UN General Debate speech"; ``url``: the upstream raw URL of the file.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.core.files import decode_bytes
from framing.data import registry

PARSER_VERSION = 1
NAME = "ungd-2022"
SESSION = 77
DATE = pd.Timestamp("2022-09-20")
GENRE = "UN General Debate speech"
FILE_RE = re.compile(r"(?:^|/)([A-Z]{2,3})_77_2022\.txt$")


def speakers(xlsx: Path) -> pd.DataFrame:
    """Session-77 rows of the speaker list: iso, country, speaker, post, speaker_list_order."""
    try:
        raw = pd.read_excel(io.BytesIO(xlsx.read_bytes()), sheet_name=0)
    except Exception as exc:  # noqa: BLE001 - any reader failure is a data problem
        raise DataError(f"{xlsx}: cannot read the speaker list ({exc}); fetch it again") from None
    need = {"Session", "ISO Code", "Country", "Name of Person Speaking", "Post"}
    if not need <= set(raw.columns):
        raise DataError(f"{xlsx}: expected columns {sorted(need)}; the file has changed upstream")
    s = raw[raw["Session"] == SESSION].copy()
    s["speaker_list_order"] = range(1, len(s) + 1)
    s = s.rename(
        columns={
            "ISO Code": "iso",
            "Country": "country",
            "Name of Person Speaking": "speaker",
            "Post": "post",
        }
    )
    for col in ("iso", "country", "speaker", "post"):
        s[col] = s[col].astype("string").str.strip()
    return s[["iso", "country", "speaker", "post", "speaker_list_order"]].drop_duplicates("iso")


def parse(files: dict[str, Path]) -> pd.DataFrame:
    """Parse the fetched files of ``ungd-2022``."""
    urls = {f.path: f.url for f in registry.info(NAME).files}
    xlsx = [p for k, p in files.items() if k.endswith("Speakers_by_session.xlsx")]
    rows = []
    for key in sorted(files):
        m = FILE_RE.search(key)
        if not m:
            continue
        path = files[key]
        text = decode_bytes(path.read_bytes(), str(path)).strip()
        rows.append(
            {
                "doc_id": Path(key).stem,
                "text": text,
                "group": m.group(1),
                "url": urls.get(key),
                "file": key,
            }
        )
    if not rows:
        raise DataError(f"{NAME}: no ISO3_77_2022.txt files found; fetch the dataset again")
    df = pd.DataFrame(rows)
    if xlsx:
        df = df.merge(speakers(xlsx[0]), how="left", left_on="group", right_on="iso").drop(
            columns="iso"
        )
    else:
        df["country"] = df["speaker"] = df["post"] = pd.NA
        df["speaker_list_order"] = pd.NA
    df["country"] = df["country"].fillna(df["group"])
    df["title"] = df["country"] + ": General Debate of the 77th UN General Assembly"
    df["date"] = DATE
    df["genre"] = GENRE
    df["session"] = SESSION
    df["year"] = 2022
    return df
