"""Hand-made judged audit rows shared by the audit tests (no corpus text)."""

from __future__ import annotations

import pandas as pd

from framing.stats import media_audit as ma


def judged_rows(cells: dict[tuple[str, str], tuple[int, int]], dataset: str = "x") -> pd.DataFrame:
    """A hand-made audit frame: (category, group) -> (correct, incorrect) rows of ``dataset``;
    the incorrect rows' reasons alternate between a name and a wrong sense."""
    rows = []
    for (cat, group), (good, bad) in cells.items():
        for i in range(good + bad):
            rows.append(
                {
                    "dataset": dataset,
                    "doc_id": f"{cat}-{group}-{i}",
                    "outlet_group": group,
                    "category": cat,
                    "start": i,
                    "end": i + 3,
                    "term": "t",
                    "label": "correct" if i < good else "incorrect",
                    "reason": "fine" if i < good else ("sense: wrong sense" if i % 2 else "name"),
                }
            )
    return pd.DataFrame(rows, columns=ma.COLUMNS)
