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
    """Read .txt files (one document each) and CSV/JSONL/Parquet tables into doc_id, text."""
    from ..article import read_article

    frames = []
    for name in paths:
        p = Path(name)
        suffix = p.suffix.lower()
        if not p.exists():
            raise InputError(f"{p}: no such file")
        if suffix == ".txt":
            art = read_article(p, encoding=encoding)
            frames.append(pd.DataFrame({id_col: [p.stem], "text": [art.body]}))
            continue
        try:
            if suffix == ".csv":
                df = pd.read_csv(p, encoding=encoding or "utf-8-sig", dtype={id_col: str})
            elif suffix in (".jsonl", ".ndjson"):
                df = pd.read_json(p, lines=True, encoding=encoding or "utf-8", dtype={id_col: str})
            elif suffix == ".parquet":
                df = pd.read_parquet(p)
            else:
                raise InputError(
                    f"{p}: unknown input type {suffix!r}; use .txt, .csv, .jsonl or .parquet"
                )
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 - parser errors become one line
            raise InputError(
                f"{p}: cannot read as {suffix[1:]}: {str(exc).splitlines()[0]}"
            ) from None
        if text_col not in df.columns:
            raise InputError(
                f"{p}: no column {text_col!r} (columns: {', '.join(map(str, df.columns))}); use --text-col"
            )
        ids = (
            df[id_col].astype(str)
            if id_col in df.columns
            else pd.Series([f"{p.stem}:{i}" for i in range(len(df))])
        )
        frames.append(
            pd.DataFrame(
                {id_col: ids.to_numpy(), "text": df[text_col].fillna("").astype(str).to_numpy()}
            )
        )
    return (
        pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[id_col, "text"])
    )
