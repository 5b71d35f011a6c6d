"""The census of version 118's changed targets (``docs/validation.md``, section 95).

Version 118 gave a target to 19 matches of the seven registry corpora that had none: every one
of them, shuffled with 21 control matches that keep no target (a seeded random draw), was read
blind by two readers who wrote the target they saw (``validation_data/target-census-118.csv``:
ids, offsets, the rules' target, each reader's target and reason; never corpus text).

Rows are flagged ``guided`` when their passage was one of the audit rows the rules were written
from (rounds 69-79), and ``shown_passage`` when any earlier attribution round sampled a row
within 2,000 characters (the strict freshness of :func:`framing.stats.attribution_audit.
fresh_passage_matches`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.stats.intervals import wilson
from framing.stats.validation import validation_dir

CENSUS_FILE = "target-census-118.csv"
COLUMNS = ["row", "kind", "guided", "shown_passage", "dataset", "doc_id", "category", "start",
           "end", "target", "reader1", "reader2", "reason1", "reason2"]  # fmt: skip
KINDS = ("changed", "control")


def read_census(path: str | Path | None = None) -> pd.DataFrame:
    """The census rows, empty strings for empty cells and booleans for the two flags.

    Raises
    ------
    DataError
        If the file is missing or lacks a column.
    """
    p = Path(path) if path is not None else validation_dir() / CENSUS_FILE
    if not p.is_file():
        raise DataError(f"{p}: the target census is missing")
    df = pd.read_csv(p, dtype=str, keep_default_na=False)
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise DataError(f"{p}: columns missing: {', '.join(missing)}")
    df = df[COLUMNS].copy()
    for flag in ("guided", "shown_passage"):
        df[flag] = df[flag].map({"True": True, "False": False})
    df["start"], df["end"] = df["start"].astype(int), df["end"].astype(int)
    return df


def _agrees(assigned: str, truth: str) -> bool:
    """The same set of actors ("russia+ukraine" equals "ukraine+russia")."""
    return set(filter(None, assigned.split("+"))) == set(filter(None, truth.split("+")))


def census_table(census: pd.DataFrame | None = None) -> pd.DataFrame:
    """Agreement of the rules' target with each reader, per subset of the census.

    Returns
    -------
    DataFrame
        One row per subset (changed: all, not guided, fresh passages; controls): ``n``,
        ``reader1`` and ``reader2`` (rows where the reader's target equals the rules'),
        ``both`` (equal for both readers), ``share`` (``both / n``) with its Wilson 95% interval
        ``lo``, ``hi``, and ``readers_agree`` (rows where the two readers wrote the same).
    """
    df = read_census() if census is None else census
    changed = df[df["kind"] == "changed"]
    subsets = {
        "changed targets, all": changed,
        "changed targets, passages that guided no rule": changed[~changed["guided"]],
        "changed targets, passages no attribution round showed": changed[~changed["shown_passage"]],
        "controls (the rules give no target)": df[df["kind"] == "control"],
    }
    rows = []
    for name, d in subsets.items():
        one = [_agrees(t, r) for t, r in zip(d["target"], d["reader1"], strict=True)]
        two = [_agrees(t, r) for t, r in zip(d["target"], d["reader2"], strict=True)]
        both = sum(a and b for a, b in zip(one, two, strict=True))
        lo, hi = wilson(both, len(d))
        agree = sum(_agrees(a, b) for a, b in zip(d["reader1"], d["reader2"], strict=True))
        rows.append(
            {
                "subset": name,
                "n": len(d),
                "reader1": sum(one),
                "reader2": sum(two),
                "both": both,
                "share": both / len(d) if len(d) else float("nan"),
                "lo": lo,
                "hi": hi,
                "readers_agree": agree,
            }  # fmt: skip
        )
    return pd.DataFrame(rows)
