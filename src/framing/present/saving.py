"""Deterministic PNG, SVG and CSV output of a figure (no timestamps, fixed hash salt and DPI),
with its record in the figure manifest.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from framing.core.errors import OutputError
from framing.core.files import atomic_path
from framing.core.spreadsheet import to_csv
from framing.present.manifest import record_figure
from framing.present.style import DPI, SVG_HASHSALT, figure_alt, fit_legends

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*\Z")


PNG_METADATA = {"Software": None}


SVG_METADATA = {"Date": None, "Creator": None}


def figures_dir(outdir: str | os.PathLike | None = None) -> Path:
    """``outdir``, else ``$FRAMING_FIGURES_DIR`` (set by ``framing figures``), else ``figures``."""
    return Path(outdir if outdir is not None else os.environ.get("FRAMING_FIGURES_DIR", "figures"))


def project_run() -> bool:
    """True inside ``framing figures`` (it sets ``FRAMING_NOTEBOOK`` for every notebook)."""
    return bool(os.environ.get("FRAMING_NOTEBOOK"))


def write_csv(data: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``data`` as CSV with stable bytes (columns as given, ``%.8g``, ``\\n`` line ends);
    text cells a spreadsheet would run as formulas are neutralised (:mod:`framing.core.spreadsheet`)."""
    df = data if isinstance(data.index, pd.RangeIndex) else data.reset_index()
    with atomic_path(path) as tmp:
        to_csv(df, tmp, float_format="%.8g", lineterminator="\n", encoding="utf-8")
    return Path(path)


def save_figure(
    fig: Figure,
    name: str,
    data: pd.DataFrame | None = None,
    outdir: str | os.PathLike | None = None,
    caption: str | None = None,
    notebook: str | None = None,
    inputs: Sequence[str] | Mapping[str, str] | None = None,
    manifest: bool | None = None,
    close: bool | None = None,
) -> dict[str, Path]:
    """Write ``NAME.png``, ``NAME.svg`` and, with ``data``, ``NAME.csv`` (the data behind it)
    atomically into ``outdir`` (created if missing).

    Bytes are deterministic: no timestamps or software versions in PNG/SVG metadata, a fixed SVG
    hash salt and DPI. The SVG carries the figure's title as ``<title>`` and its text
    alternative (:func:`framing.present.style.figure_alt`, the rows of the CSV) as its
    description, since its text is drawn as paths. Legends that would stick out of the figure
    are fitted first (:func:`framing.present.style.fit_legends`). With ``manifest`` the figure's record (caption,
    notebook, inputs) is stored in ``manifest.yaml`` and ``README.md`` of ``outdir`` is
    regenerated; by default only inside ``framing figures`` (:func:`project_run`) or when
    ``notebook`` is given, so a script of yours gets its files and nothing else. ``close`` (default: when the backend is the
    headless Agg) closes the figure after saving.

    Raises
    ------
    OutputError
        If ``name`` is not a plain file stem, ``data`` is not a DataFrame or ``outdir`` cannot
        be created.
    """
    if not _NAME.match(name) or name.endswith((".png", ".svg", ".csv")):
        raise OutputError(f"figure name {name!r}: use letters, digits, '-', '_' and no extension")
    out = figures_dir(outdir)
    if data is not None and not isinstance(data, pd.DataFrame):
        raise OutputError(f"{name}: data must be a pandas DataFrame (the data behind the figure)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the figures folder ({exc.strerror})") from None
    paths = {ext: out / f"{name}.{ext}" for ext in ("png", "svg", "csv")}
    if data is None:
        del paths["csv"]
    fit_legends(fig)
    meta = getattr(fig, "_framing", {})
    alt = figure_alt(fig, caption)
    if data is not None:
        rows = f"{len(data):,} row{'' if len(data) == 1 else 's'}"
        alt = f"{alt} The data: {rows} in {name}.csv.".strip()
    # the SVG's text is drawn as paths: its <title> and description are what a reader hears
    described = {"Title": " ".join(str(meta.get("title") or "").split()), "Description": alt}
    svg_meta = {**SVG_METADATA, **{k: v for k, v in described.items() if v}}
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT, "svg.fonttype": "path"}):
        with atomic_path(paths["png"]) as tmp:
            fig.savefig(tmp, format="png", dpi=DPI, metadata=PNG_METADATA)
        with atomic_path(paths["svg"]) as tmp:
            fig.savefig(tmp, format="svg", dpi=DPI, metadata=svg_meta)
    if data is not None:
        write_csv(data, paths["csv"])
    if manifest if manifest is not None else (project_run() or notebook is not None):
        record_figure(
            out,
            name,
            title=meta.get("title") or "",
            caption=caption or meta.get("subtitle") or meta.get("title") or "",
            source=meta.get("source") or "",
            notebook=notebook or os.environ.get("FRAMING_NOTEBOOK"),
            inputs=inputs,
            data=data,
            alt=alt,
        )
    if close if close is not None else matplotlib.get_backend().lower() == "agg":
        plt.close(fig)
    return paths
