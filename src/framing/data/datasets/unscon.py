"""UN Security Council Conflict Corpus (UNSCon; Zaczynska, Bourgonje & Stede, LREC-COLING 2024).

Speeches of UN Security Council debates on Ukraine (meetings S/PV.7138, 7154, 7165, 7219 of 2014
and 7643, 7658 of 2016), split into clauses (elementary discourse units, EDUs) and labelled for
conflict. :func:`framing.data.datasets.load` returns ``{"clauses": df, "sentences": df}``.

Upstream columns (``data/conflict_annotations.csv``, one row per EDU; the sentence file has the
same labels per sentence, with ``sentence_*`` in place of ``EDU_*``)
- ``file_id``: ``UNSC_<year>_SPV.<meeting>_spch<nnn>_<Country>_<...>.txt``, the speech file;
- ``EDU_text`` / ``sentence_text``: the tokenised text; ``*_char_offsets`` and
  ``*_token_offsets``: ``start-end`` in the speech;
- ``A0``: negative evaluation, ``Direct_NegEval`` or ``Indirect_NegEval``; ``A2``: the type of
  its target (Country, Underspecified, UNSC, Countries_Group, Self-targeting, Speaker_Speech);
  ``A3``: the target's sub-type (Non-Governm_Grp, Law_Policy, Person, UN-Organization, Other);
  ``A4``: the target country (e.g. ``russian_federation``, ``ukraine``);
- ``B1``: ``Challenge`` or ``Correction``; ``B2`` / ``B3``: type and country of its target;
- binary scores (clauses only): ``Binary_a0_score`` (any NegEval), ``Binary_b1_score`` (any
  challenge/correction), ``Binary_Conflict_score`` (either), ``Three_Conflict_labels``
  (``a0_NE``, ``b1_CC``), and one 0/1 column each for ``Direct_NegEval``, ``Indirect_NegEval``,
  ``Challenge``, ``Correction``;
- sentences only: ``basename`` (meeting), ``speech_id``, ``filename``, ``country``.
``_`` means "no label" and ``-NONE-`` "no target given"; here ``_`` is read as missing.

Tidy additions (after the upstream columns), parsed from ``file_id``: ``year``, ``meeting``
(``S/PV.7219``), ``speech`` (``spch015``), ``file_country`` (the country in the file name, with
spaces; upstream's ``country`` column of the sentence file does not always agree with it and is
kept unchanged); and ``start`` / ``end``
(character offsets), ``token_start`` / ``token_end`` and ``unit_id`` (``<file_id>#<n>``, n the row
number within the file), rows in upstream order.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.core.files import decode_bytes

PARSER_VERSION = 1
PARTS = ("clauses", "sentences")
FILES = {"clauses": "conflict_annotations.csv", "sentences": "conflict_annotations_sentences.csv"}
FILE_ID_RE = re.compile(r"^UNSC_(\d{4})_SPV\.(\d+)_(spch\d+)_(.+?)(?:_neg)?_\d+(?:_GD)?\.txt$")
LABELS = ["A0", "A2", "A3", "A4", "B1", "B2", "B3", "Three_Conflict_labels"]


def _offsets(col: pd.Series) -> tuple[pd.Series, pd.Series]:
    parts = col.str.extract(r"^(\d+)-(\d+)$")
    return parts[0].astype("Int64"), parts[1].astype("Int64")


def tidy(raw: pd.DataFrame, unit: str) -> pd.DataFrame:
    """Add parsed id and offset columns; ``_`` labels become missing."""
    df = raw.copy()
    for col in LABELS:
        if col in df.columns:
            df[col] = df[col].astype("string").replace("_", pd.NA)
    meta = df["file_id"].str.extract(FILE_ID_RE)
    df["year"] = meta[0].astype("Int64")
    df["meeting"] = "S/PV." + meta[1]
    df["speech"] = meta[2]
    df["file_country"] = meta[3].str.replace("_", " ")
    prefix = "EDU" if unit == "clauses" else "sentence"
    df["start"], df["end"] = _offsets(df[f"{prefix}_char_offsets"])
    df["token_start"], df["token_end"] = _offsets(df[f"{prefix}_token_offsets"])
    n = df.groupby("file_id", sort=False).cumcount() + 1
    df["unit_id"] = df["file_id"] + "#" + n.astype(str)
    return df.reset_index(drop=True)


def parse(files: dict[str, Path]) -> dict[str, pd.DataFrame]:
    """Parse the fetched files of ``unscon``."""
    out = {}
    for part, fname in FILES.items():
        match = [p for k, p in files.items() if k.endswith("/" + fname) or k == fname]
        if not match:
            raise DataError(f"unscon: {fname} not found; fetch the dataset again")
        text = decode_bytes(match[0].read_bytes(), str(match[0]))
        raw = pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""])
        if "file_id" not in raw.columns:
            raise DataError(f"{match[0]}: no file_id column; the file has changed upstream")
        out[part] = tidy(raw, part)
    return out
