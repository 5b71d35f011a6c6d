"""Shared helpers of the engine subcommands: reading inputs, loading the lexicon."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..lexicon import Lexicon, load_lexicon


def lexicon_from_args(args) -> Lexicon:
    """Built-in lexicon extended by ``--lexicon FILE`` options."""
    return load_lexicon(getattr(args, "lexicon", None) or None)


def read_inputs(
    paths: list[str], text_col: str = "text", id_col: str = "doc_id", encoding: str | None = None
) -> pd.DataFrame:
    """Read inputs into a frame with ``id_col`` and ``text``, in the order given.

    A ``.txt`` file is one document, read whole; if ``NAME.yaml`` sits beside it (the layout of
    ``data/article/``) it is an article and its body is used. Folders and CSV/TSV/JSONL/Parquet
    tables are read by :func:`framing.corpus.load` (column mapping, encodings, duplicate ids).
    """
    from ..article import read_article
    from ..corpus import load

    frames = []
    for name in paths:
        p = Path(name)
        if p.suffix.lower() == ".txt" and p.with_suffix(".yaml").exists():
            text = read_article(p, encoding=encoding).body
            frames.append(pd.DataFrame({id_col: [p.stem], "text": [text]}))
            continue
        table_id = id_col if id_col != "doc_id" else None
        df = load(p, text_col=text_col, id_col=table_id, encoding=encoding)
        frames.append(
            pd.DataFrame({id_col: df["doc_id"].to_numpy(), "text": df["text"].to_numpy()})
        )
    if not frames:
        return pd.DataFrame(columns=[id_col, "text"])
    out = pd.concat(frames, ignore_index=True)
    dup = out[id_col].duplicated()
    if dup.any():
        raise InputError(
            f"duplicate document id {out.loc[dup, id_col].iloc[0]!r} across inputs; "
            "rename the files or pass --id-col"
        )
    return out
