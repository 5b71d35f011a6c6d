"""Small helpers shared by the statistics modules: finite values, seeded generators, column checks,
group labels and the folder of the recorded validation data.

Randomness comes from ``numpy.random.default_rng`` seeded from ``seed`` and a stable (CRC32)
hash of the group (or pair) names, so a group's interval does not change when another group is
added.
"""

from __future__ import annotations

import warnings
import zlib
from pathlib import Path

import numpy as np
import pandas as pd

from framing.core.errors import DataError, FramingWarning, InputError

MISSING_GROUP = "(missing)"
#: The row of every document in the comparison tables (``group`` of position.csv).
ALL_GROUP = "(all)"
#: The article's row in the voice table.
ARTICLE_GROUP = "(article)"
#: Labels framing gives rows itself: no group of the user's may have one.
RESERVED_GROUPS = (ALL_GROUP, MISSING_GROUP, ARTICLE_GROUP)

#: Corpus documents with fewer word tokens than this are left out of every comparison (CLI and
#: notebooks alike): one match in a 40-word press release is already 25 per 1,000 words, so
#: very short documents fill the tails of every rate distribution for reasons of length alone.
MIN_DOC_TOKENS = 100


def finite_values(x) -> np.ndarray:
    """Finite float values of ``x`` (NaN and inf removed)."""
    a = np.asarray(x, dtype="float64").ravel()
    return a[np.isfinite(a)]


def seeded_rng(seed: int, *names: object) -> np.random.Generator:
    """A generator seeded by ``seed`` and a stable (CRC32) hash of ``names``."""
    keys = [zlib.crc32(str(n).encode("utf-8")) for n in names]
    return np.random.default_rng([int(seed), *keys])


def metric_columns_of(
    article_metrics: pd.Series | None, corpus: pd.DataFrame, metrics
) -> list[str]:
    if metrics is not None:
        metrics = [metrics] if isinstance(metrics, str) else list(metrics)
        missing = [m for m in metrics if m not in corpus.columns]
        if missing:
            raise InputError(f"metric(s) not in the corpus table: {', '.join(missing)}")
        return metrics
    cols = [c for c in corpus.columns if pd.api.types.is_numeric_dtype(corpus[c])]
    if article_metrics is not None:
        cols = [c for c in cols if c in article_metrics.index]
    return cols


def check_column(df: pd.DataFrame, col: str, what: str) -> None:
    if col not in df.columns:
        cols = ", ".join(map(str, df.columns))
        raise InputError(f"no {what} column {col!r} (columns: {cols})")


def group_labels(df: pd.DataFrame, group_col: str) -> pd.Series:
    """The group of each row as text (:data:`MISSING_GROUP` where missing); dates without a
    time of day (``--by date``) as ``2022-03-02``, not ``2022-03-02 00:00:00``."""
    check_column(df, group_col, "group")
    g = df[group_col]
    if pd.api.types.is_datetime64_any_dtype(g) and (g.dropna() == g.dropna().dt.normalize()).all():
        g = g.dt.strftime("%Y-%m-%d")
    return g.astype("object").where(g.notna(), MISSING_GROUP).astype(str)


def check_group_labels(df: pd.DataFrame, group_col: str) -> None:
    """:class:`InputError` when a group label of the user's is one of :data:`RESERVED_GROUPS`:
    its rows would merge with those framing labels so."""
    given = set(df[group_col].dropna().astype(str)) if group_col in df.columns else set()
    clash = [r for r in RESERVED_GROUPS if r in given]
    if clash:
        raise InputError(
            f"group label {clash[0]!r} in column {group_col!r} is one framing uses itself "
            f"({', '.join(RESERVED_GROUPS)}); rename it"
        )
    by_spacing: dict[str, list[str]] = {}
    for label in sorted(given):
        by_spacing.setdefault(" ".join(label.split()), []).append(label)
    alike = next((v for v in by_spacing.values() if len(v) > 1), None)
    if alike:
        warnings.warn(
            f"group labels {', '.join(map(repr, alike))} in column {group_col!r} differ only in "
            "spaces: they are separate groups that print alike; strip the spaces to merge them",
            FramingWarning,
            stacklevel=3,
        )


def validation_dir() -> Path:
    """The recorded validation data (package data ``framing/stats/validation_data``: audit
    judgements as ids and offsets, recorded numbers), in a checkout and in an installed wheel.

    Raises
    ------
    DataError
        If the folder is missing (a broken installation).
    """
    from importlib import resources

    path = Path(str(resources.files("framing.stats") / "validation_data"))
    if not (path / "expected.yaml").is_file():
        raise DataError(f"{path}: validation data missing; reinstall framing")
    return path
