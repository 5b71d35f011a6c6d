"""``score(data) -> DataFrame``: one row of metrics per document, in input order.

``jobs > 1`` scores chunks of documents in worker processes (the lexicon is compiled once per
worker); ``engine="dask"`` scores the partitions of a dask DataFrame with ``map_partitions``.
Results do not depend on ``jobs`` or the engine.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .analysis import compute, metric_columns
from .errors import FramingError, InputError
from .lexicon import Lexicon, load_lexicon
from .progress import progress as _progress

CHUNK_CHARS = 2_000_000  # characters of text per worker task

_WORKER: dict = {}


def _as_frame(data, text_col: str, id_col: str) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        if text_col not in data.columns:
            cols = ", ".join(map(str, data.columns))
            raise InputError(
                f"no text column {text_col!r} (columns: {cols}); pass text_col=/--text-col"
            )
        ids = (
            data[id_col]
            if id_col in data.columns
            else pd.Series(range(len(data)), index=data.index)
        )
        df = pd.DataFrame({id_col: ids.astype(str).to_numpy(), "text": data[text_col].to_numpy()})
    elif isinstance(data, pd.Series):
        df = pd.DataFrame({id_col: data.index.astype(str), "text": data.to_numpy()})
    elif isinstance(data, str):
        raise InputError("score() takes many texts; wrap a single text in a list or use analyze()")
    elif isinstance(data, Iterable):
        texts = list(data)
        df = pd.DataFrame({id_col: [str(i) for i in range(len(texts))], "text": texts})
    else:
        raise InputError(
            f"score() cannot read {type(data).__name__}; pass texts, a Series or a DataFrame"
        )
    bad = [i for i, t in enumerate(df["text"]) if not isinstance(t, str)]
    if bad:
        df.loc[df.index[bad], "text"] = [
            "" if t is None or (isinstance(t, float) and t != t) else None
            for t in df["text"].iloc[bad]
        ]
        if df["text"].isna().any():
            i = bad[0]
            raise InputError(f"document {df[id_col].iloc[i]!r}: text is not a string")
    return df


def _score_texts(
    texts: list[str], lexicon: Lexicon, readability: bool, sentiment: bool
) -> list[dict]:
    return [compute(t, lexicon, readability, sentiment)[3] for t in texts]


def _init_worker(lexicon: Lexicon) -> None:
    _WORKER["lexicon"] = lexicon


def _worker_chunk(args) -> list[dict]:
    texts, readability, sentiment = args
    return _score_texts(texts, _WORKER["lexicon"], readability, sentiment)


def _chunks(texts: list[str], max_chars: int) -> list[list[str]]:
    out, cur, size = [], [], 0
    for t in texts:
        cur.append(t)
        size += len(t)
        if size >= max_chars:
            out.append(cur)
            cur, size = [], 0
    if cur:
        out.append(cur)
    return out


def score(
    data,
    text_col: str = "text",
    id_col: str = "doc_id",
    lexicon: Lexicon | None = None,
    jobs: int = 1,
    readability: bool = True,
    sentiment: bool = True,
    engine: str = "local",
    progress: bool = True,
) -> pd.DataFrame:
    """Score documents: the id column first, then the metric columns; input order kept.

    ``data`` is an iterable of str (ids ``"0"``, ``"1"``, ...), a Series (ids from its index)
    or a DataFrame (``text_col``, and ``id_col`` when present). Readability/MATTR and VADER
    columns are NaN when ``readability`` / ``sentiment`` are False.
    """
    lexicon = lexicon if lexicon is not None else load_lexicon()
    df = _as_frame(data, text_col, id_col)
    texts = df["text"].tolist()
    if jobs is None or jobs < 1:
        raise InputError(f"jobs must be >= 1, got {jobs}")
    if engine == "dask":
        rows = _score_dask(texts, lexicon, jobs, readability, sentiment)
    elif engine != "local":
        raise InputError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    elif jobs == 1 or len(texts) < 2:
        it = (
            texts
            if not progress
            else _progress(texts, desc="scoring", total=len(texts), unit="doc")
        )
        rows = [compute(t, lexicon, readability, sentiment)[3] for t in it]
    else:
        rows = _score_pool(texts, lexicon, jobs, readability, sentiment, progress)
    cols = metric_columns(lexicon)
    out = pd.DataFrame.from_records(rows, columns=cols) if rows else pd.DataFrame(columns=cols)
    out = out.astype("float64")
    int_cols = [
        c for c in cols if c in ("tokens", "sentences", "scare_quote_count") or c.endswith("_count")
    ]
    out[int_cols] = out[int_cols].astype("int64")
    out.insert(0, id_col, df[id_col].to_numpy())
    return out


def _score_pool(texts, lexicon, jobs, readability, sentiment, progress) -> list[dict]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    per = max(1, min(CHUNK_CHARS, sum(map(len, texts)) // (jobs * 4) + 1))
    chunks = _chunks(texts, per)
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    rows: list[dict] = []
    with ProcessPoolExecutor(
        jobs, mp_context=ctx, initializer=_init_worker, initargs=(lexicon,)
    ) as ex:
        results = ex.map(_worker_chunk, [(c, readability, sentiment) for c in chunks])
        if progress:
            results = _progress(results, desc="scoring", total=len(chunks), unit="chunk")
        for part in results:
            rows.extend(part)
    return rows


def _score_dask(texts, lexicon, jobs, readability, sentiment) -> list[dict]:
    try:
        import dask
        import dask.dataframe as dd
    except ImportError:  # pragma: no cover - dask is a dependency
        raise FramingError(
            "engine='dask' needs dask[dataframe]; pip install 'dask[dataframe]'"
        ) from None
    cols = metric_columns(lexicon)
    pdf = pd.DataFrame({"text": texts})
    nparts = max(1, min(len(texts), jobs * 4))
    ddf = dd.from_pandas(pdf, npartitions=nparts, sort=True)
    meta = pd.DataFrame({c: pd.Series(dtype="float64") for c in cols})

    def part(p: pd.DataFrame) -> pd.DataFrame:
        recs = _score_texts(p["text"].tolist(), lexicon, readability, sentiment)
        return pd.DataFrame.from_records(recs, columns=cols, index=p.index).astype("float64")

    scheduler = "processes" if jobs > 1 else "sync"
    with dask.config.set(scheduler=scheduler, num_workers=jobs):
        res = ddf.map_partitions(part, meta=meta).compute()
    return res.sort_index().to_dict("records")
