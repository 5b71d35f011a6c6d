"""``score(data) -> DataFrame``: one row of metrics per document, in input order.

Three ways to spread the work, all giving the same table (tested):

- ``jobs > 1`` scores chunks of documents in worker processes on this machine (the lexicon is
  compiled once per worker; at most ``2 * jobs`` chunks are in flight, so memory stays flat);
- ``engine="dask"`` scores the partitions of a dask DataFrame with ``map_partitions`` on the
  dask scheduler given (a ``distributed`` address or ``Client``), the active ``Client``, or
  local processes; :func:`score_dask` returns the lazy dask DataFrame instead;
- :func:`score_stream` scores an iterable of DataFrame chunks one chunk at a time (``framing
  score --chunk-size``), so memory does not grow with the corpus.
"""

from __future__ import annotations

import contextlib
import numbers
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import NamedTuple

import pandas as pd

from framing.core.errors import FramingError, InputError
from framing.core.main_guard import leave_if_bootstrapping, start_workers
from framing.core.progress import counter
from framing.core.progress import progress as _progress
from framing.core.signals import deferred, stop_workers
from framing.engine.analysis import (
    METRICS_VERSION,
    STAGE_BATCH,
    STAGE_CHARS,
    compute_metrics,
    home_category,
    home_key,
    metric_columns,
)
from framing.engine.lexicon import Lexicon, as_lexicon
from framing.engine.matcher import get_matcher

CHUNK_CHARS = 2_000_000  # at most this many characters of text per worker task
_HOME = "_home"  # the column of home categories handed to the dask engine

_WORKER: dict = {}


def _clean_texts(texts: list, ids) -> list[str]:
    """Missing texts (None/NaN) become ``""``; anything else that is not a str is an error."""
    out = list(texts)
    for i, t in enumerate(out):
        if not isinstance(t, str):
            if t is None or (isinstance(t, float) and t != t) or t is pd.NA:
                out[i] = ""
            else:
                raise InputError(f"document {list(ids)[i]!r}: text is not a string")
    return out


def _as_frame(data, text_col: str, id_col: str) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        cols = ", ".join(map(str, data.columns))
        if text_col not in data.columns:
            raise InputError(
                f"no text column {text_col!r} (columns: {cols}); pass text_col=/--text-col"
            )
        if id_col != "doc_id" and id_col not in data.columns:  # only doc_id may be absent
            raise InputError(f"no id column {id_col!r} (columns: {cols}); pass id_col=/--id-col")
        ids = (
            data[id_col]
            if id_col in data.columns
            else pd.Series(range(len(data)), index=data.index)
        )
        ids = [str(i) for i in ids.to_numpy()]
        texts = data[text_col].to_numpy()
    elif isinstance(data, pd.Series | Mapping):  # a dict: its keys are the ids
        data = pd.Series(data, dtype=object) if isinstance(data, Mapping) else data
        ids = [str(i) for i in data.index]
        texts = data.to_numpy()
    elif isinstance(data, str):
        raise InputError("score() takes many texts; wrap a single text in a list or use analyze()")
    elif isinstance(data, Iterable):
        texts = list(data)
        ids = [str(i) for i in range(len(texts))]
    else:
        raise InputError(
            f"score() cannot read {type(data).__name__}; pass texts, a Series or a DataFrame"
        )
    _check_unique(ids, f"column {id_col!r}" if isinstance(data, pd.DataFrame) else "the index")
    texts = _clean_texts(list(texts), ids)
    return pd.DataFrame(
        {id_col: pd.Series(ids, dtype=object), "text": pd.Series(texts, dtype=object)}
    )


def _check_unique(ids: list[str], where: str) -> None:
    """Refuse ids that repeat (as the CLI does): a score table is keyed by its ids."""
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            n = len(ids) - len(set(ids))
            raise InputError(
                f"duplicate id {i!r} in {where} ({n} repeated); ids must be unique, "
                "e.g. reset the index or pass a list of texts"
            )
        seen.add(i)


def home_categories(values, lexicon: Lexicon) -> list[str]:
    """The home actor category of each value of a publisher's-country column
    (:func:`~framing.engine.analysis.home_category`; each distinct value looked up once)."""
    cats: dict = {}
    out = []
    for v in values:
        key = None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)
        if key not in cats:
            cats[key] = home_category(key, lexicon)
        out.append(cats[key])
    return out


def document_homes(
    data, home_col: str | None, lexicon: Lexicon, official_col: str | None = None
) -> list[str] | None:
    """The home actor category of each row of DataFrame ``data`` from ``home_col`` (None without
    one), as a :func:`~framing.engine.analysis.home_key` marked official where ``official_col``
    is true; a clear error when ``data`` is no DataFrame or lacks a column, or when a row marked
    official has no home the lexicon knows (as ``analyze(official=True)``)."""
    if home_col is None:
        check_home_columns(None, home_col, official_col)
        return None
    if not isinstance(data, pd.DataFrame):
        raise InputError("home_col= needs a DataFrame (the homes come from one of its columns)")
    check_home_columns(data.columns, home_col, official_col)
    homes = home_categories(data[home_col].tolist(), lexicon)
    if official_col is None:
        return homes
    flags = [_flag(v, official_col) for v in data[official_col].tolist()]
    for i, (h, f) in enumerate(zip(homes, flags, strict=True)):
        if f and not h:  # as analyze(official=True)
            where = f"document {data['doc_id'].iloc[i]!r}" if "doc_id" in data else f"row {i + 1}"
            raise InputError(
                f"{where}: {official_col!r} is true but its {home_col!r} "
                f"{data[home_col].iloc[i]!r} is no home the lexicon knows; an official "
                "publisher needs one (e.g. United States, China, Russia, Ukraine)"
            )
    return [home_key(h, f) for h, f in zip(homes, flags, strict=True)]


def check_home_columns(columns, home_col: str | None, official_col: str | None) -> None:
    """A clear error when ``official_col`` comes without ``home_col`` or when a column either
    names is not among ``columns`` (None: the data is no DataFrame)."""
    if official_col is not None and home_col is None:
        raise InputError("official_col= needs home_col= (CLI: --official-col needs --home-col)")
    for kind, col in (("home", home_col), ("official", official_col)):
        if col is None:
            continue
        if columns is None:
            raise InputError(f"no {kind} column {col!r}; {kind}_col needs a DataFrame")
        if col not in columns:
            cols = ", ".join(map(str, columns))
            raise InputError(f"no {kind} column {col!r} (columns: {cols})")


_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0", ""})


def _flag(value, col: str) -> bool:
    """A true/false cell of column ``col``: a bool, 0/1, "true"/"false", "yes"/"no"; missing is
    false; anything else is an error."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return False
    if isinstance(value, str):
        low = value.strip().lower()
        if low in _TRUE or low in _FALSE:
            return low in _TRUE
    elif value in (True, False):  # bool, numpy bool, 0, 1
        return bool(value)
    raise InputError(f"column {col!r}: {value!r} is not true or false")


class Stages(NamedTuple):
    """The optional stages of scoring (:func:`score`'s ``readability``, ``sentiment`` and
    ``attribution``)."""

    readability: bool = True
    sentiment: bool = True
    attribution: bool = True


def _score_texts(
    texts: list[str],
    lexicon: Lexicon,
    stages: Stages,
    done=None,
    homes: list[str] | None = None,
) -> list[list[float]]:
    """Metric rows (values in :func:`metric_columns` order) of ``texts``, in the batches of
    :func:`stage_batches` (``done``: called with each batch's size; ``homes``: each text's home
    actor category)."""
    row = itemgetter(*metric_columns(lexicon, stages.attribution))  # one C call per document
    rows: list[list[float]] = []
    for batch in stage_batches(texts):
        part = None if homes is None else homes[len(rows) : len(rows) + len(batch)]
        rows += [
            list(row(m))
            for m in compute_metrics(
                batch, lexicon, stages.readability, stages.sentiment, part, stages.attribution
            )
        ]
        if done is not None:
            done(len(batch))
    return rows


def stage_batches(texts: list[str]) -> Iterator[list[str]]:
    """Consecutive runs of ``texts`` for :func:`~framing.engine.analysis.compute_metrics`: at
    most :data:`~framing.engine.analysis.STAGE_BATCH` texts and, once a batch holds a text, at
    most :data:`~framing.engine.analysis.STAGE_CHARS` characters (a batch's working memory
    grows with its text: token lists, sentence views, code points)."""
    batch: list[str] = []
    size = 0
    for t in texts:
        if batch and (len(batch) >= STAGE_BATCH or size + len(t) > STAGE_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(t)
        size += len(t)
    if batch:
        yield batch


def _int_columns(cols: list[str]) -> list[str]:
    return [c for c in cols if c in ("tokens", "sentences") or c.endswith("_count")]


def _table(
    rows: list[list[float]], ids: list, lexicon: Lexicon, id_col: str, attribution: bool = True
) -> pd.DataFrame:
    """The output table: ``id_col`` first, float64 metrics, int64 counts (the columns of
    :func:`metric_columns`, with or without ``attribution``'s)."""
    cols = metric_columns(lexicon, attribution)
    out = (
        pd.DataFrame(rows, columns=cols, dtype="float64")
        if rows
        else pd.DataFrame({c: pd.Series(dtype="float64") for c in cols})
    )
    ints = _int_columns(cols)
    out[ints] = out[ints].astype("int64")
    out.insert(0, id_col, pd.Series([str(i) for i in ids], dtype=str))
    return out


def _lean(lexicon: Lexicon) -> Lexicon:
    """A copy of ``lexicon`` carrying only its compiled matcher: what worker processes get.

    The matcher pickles with its compiled Hyperscan database (about 1 MB), which loads in
    milliseconds, so workers do not compile the lexicon again (a second or more each).
    """
    lean = Lexicon(categories=lexicon.categories)
    object.__setattr__(lean, "_matcher", get_matcher(lexicon))
    return lean


# ---------------------------------------------------------------- local processes
def _init_worker(lexicon: Lexicon) -> None:
    _WORKER["lexicon"] = lexicon


def _worker_chunk(args) -> list[list[float]]:
    texts, stages, homes = args
    return _score_texts(texts, _WORKER["lexicon"], stages, homes=homes)


def size_divisions(sizes: Sequence[int], nparts: int) -> list[int]:
    """Dask divisions of a frame with a 0..n-1 index that cut it into at most ``nparts``
    partitions of about equal total size (the first row of each partition, then the last row).

    Equal row counts leave one worker with the long documents while the others wait; the tail
    of a partitioned run is its largest partition.

    Examples
    --------
    >>> size_divisions([10, 10, 10, 10], 2)
    [0, 2, 3]
    >>> size_divisions([100, 1, 1, 1], 2)
    [0, 1, 3]
    """
    n = len(sizes)
    if n == 0:
        raise InputError("no rows to partition")
    weights = list(sizes) if sum(sizes) else [1] * n
    total = sum(weights)
    starts, acc, k = [0], 0, 1
    for i, size in enumerate(weights[:-1]):
        acc += size
        if k < nparts and acc >= total * k / nparts:
            starts.append(i + 1)
            k += 1
    return [*starts, n - 1]


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


def _aligned(homes: list[str] | None, chunks: list[list[str]]) -> list[list[str] | None]:
    """``homes`` cut like ``chunks`` (Nones without homes)."""
    if homes is None:
        return [None] * len(chunks)
    out, i = [], 0
    for chunk in chunks:
        out.append(homes[i : i + len(chunk)])
        i += len(chunk)
    return out


def check_jobs(jobs) -> None:
    """:class:`InputError` unless ``jobs`` is an integer >= 1 (not a bool)."""
    if isinstance(jobs, bool) or not isinstance(jobs, numbers.Integral) or jobs < 1:
        raise InputError(f"jobs must be an integer >= 1, got {jobs!r}")


class _Scorer:
    """Scores lists of texts in this process or in a pool of ``jobs`` processes kept open."""

    def __init__(self, lexicon: Lexicon, jobs: int, stages: Stages):
        check_jobs(jobs)
        self.lexicon, self.jobs, self.stages = lexicon, jobs, stages
        self._ex = None

    def __enter__(self) -> _Scorer:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._ex is not None:  # on an error or interrupt: terminate, no orphaned workers
            ex, self._ex = self._ex, None
            stop_workers(ex, now=exc_type is not None)

    def _executor(self):
        if self._ex is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            leave_if_bootstrapping()
            methods = mp.get_all_start_methods()
            ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
            self._ex = ProcessPoolExecutor(
                self.jobs, mp_context=ctx, initializer=_init_worker, initargs=(_lean(self.lexicon),)
            )
            start_workers(self._ex, self.jobs)  # stopped by __exit__ when this fails
        return self._ex

    def rows(
        self, texts: list[str], progress: bool = False, homes: list[str] | None = None
    ) -> list[list[float]]:
        if self.jobs == 1 or len(texts) < 2:
            if not progress:
                return _score_texts(texts, self.lexicon, self.stages, homes=homes)
            bar = counter(len(texts), desc="scoring", unit="doc")
            try:
                return _score_texts(texts, self.lexicon, self.stages, done=bar.update, homes=homes)
            finally:
                bar.close()
        per = max(1, min(CHUNK_CHARS, sum(map(len, texts)) // (self.jobs * 4) + 1))
        chunks = _chunks(texts, per)
        results = self._bounded_map(chunks, _aligned(homes, chunks))
        if progress:
            results = _progress(results, desc="scoring", total=len(chunks), unit="chunk")
        rows: list[list[float]] = []
        for part in results:
            rows.extend(part)
        return rows

    def _bounded_map(
        self, chunks: list[list[str]], homes: list[list[str] | None]
    ) -> Iterator[list[list[float]]]:
        """Results in order, with at most ``2 * jobs`` chunks submitted and not yet collected."""
        ex = self._executor()
        pending: deque = deque()
        for chunk, home in zip(chunks, homes, strict=True):
            with deferred():  # a submit may start a worker: no signal mid-launch
                future = ex.submit(_worker_chunk, (chunk, self.stages, home))
            pending.append(future)
            if len(pending) >= 2 * self.jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


# ---------------------------------------------------------------- public API
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
    scheduler=None,
    scheduler_timeout: float = 20.0,
    keep: Sequence[str] | None = None,
    long: bool = False,
    home_col: str | None = None,
    official_col: str | None = None,
    attribution: bool = True,
) -> pd.DataFrame:
    """Score documents: the id column first, then the metric columns; input order kept.

    ``data`` is an iterable of str (ids ``"0"``, ``"1"``, ...), a Series (ids from its index)
    or a dict (ids from its keys),
    a DataFrame (``text_col``, and ``id_col``: the default ``"doc_id"`` may be absent, then ids
    ``"0"``, ``"1"``, ...; another name must be a column) or a dask DataFrame (always scored
    with ``engine="dask"``). Readability/MATTR and VADER columns are NaN when ``readability`` /
    ``sentiment`` are False. ``jobs`` (an integer >= 1) is the number of local worker
    processes; ``engine="dask"`` runs on ``scheduler`` (an address such as
    ``"tcp://10.0.0.5:8786"`` or a ``distributed.Client``), else on the active ``Client``, else
    on ``jobs`` local processes. The result does not depend on ``jobs``, the engine or the
    scheduler. With ``jobs > 1`` in a script, call framing from under
    ``if __name__ == "__main__":``: each worker process imports the script, and a call at its
    top level is an :class:`~framing.core.errors.InputError` (``docs/scaling.md``).

    ``lexicon`` is a :class:`~framing.engine.lexicon.Lexicon`, a lexicon file or folder, or a
    list of them (added to the built-in lexicon). ``keep`` names columns of a DataFrame ``data``
    (one name or a list, e.g. ``["group", "date"]``) carried into the result after the id
    column; ``long=True`` returns the tidy long table of :func:`long_format` instead of one row
    per document.
    ``home_col`` names a column of a DataFrame ``data`` with each publisher's country (e.g.
    ``outlet_country``; a country name the actor entries match, or an actor category), the
    ``home`` of :func:`~framing.engine.analysis.analyze` for each document: the home's
    officials and adversaries then get their voices, sources and targets as the audits measured
    them (``docs/metrics.md``). ``official_col`` names a true/false column: the publisher is the
    home's own government (a White House or Kremlin release), whose collective name as a
    subject is the author's voice (``analyze(official=True)``); it needs ``home_col``.
    ``attribution=False`` skips voice, source and target (the costliest lexical stage): the
    table then has no ``_author_``, ``_targeted_`` or ``vague_source_`` columns, and every other
    column is as with it (tested).
    """
    lexicon = as_lexicon(lexicon)
    stages = Stages(readability, sentiment, attribution)
    check_jobs(jobs)
    keep = _check_keep(keep, lexicon, id_col)
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    if _is_dask(data):
        table = _score_dask_frame(data, text_col, id_col, lexicon, stages, jobs, scheduler,
                                  scheduler_timeout, home_col, official_col, keep)  # fmt: skip
        _check_unique(table[id_col].tolist(), "the dask DataFrame's ids")
        return _finish(table, None, keep, long, lexicon, id_col)
    kept = _kept_columns(data, keep)
    homes = document_homes(data, home_col, lexicon, official_col)
    df = _as_frame(data, text_col, id_col)
    texts = df["text"].tolist()
    if engine == "dask":
        if homes is not None:
            df = df.assign(**{_HOME: homes})
        table = _score_dask_frame(df, "text", id_col, lexicon, stages, jobs,
                                  scheduler, scheduler_timeout, None if homes is None else _HOME)  # fmt: skip
        return _finish(table, kept, keep, long, lexicon, id_col)
    with _Scorer(lexicon, jobs, stages) as scorer:
        rows = scorer.rows(texts, progress=progress, homes=homes)
    return _finish(_table(rows, df[id_col].tolist(), lexicon, id_col, attribution), kept, keep,
                   long, lexicon, id_col)  # fmt: skip


def _check_keep(keep, lexicon: Lexicon, id_col: str) -> list[str] | None:
    """``keep`` as a list (one name may be a str); :class:`InputError` for a name given twice
    or one the score table uses for a metric (``tokens``, ``hedge_per_1k``, ...)."""
    if keep is None:
        return None
    keep = [keep] if isinstance(keep, str) else list(keep)
    seen = set()
    metrics = set(metric_columns(lexicon))
    for col in keep:
        if col in seen:
            raise InputError(f"keep= names column {col!r} twice")
        seen.add(col)
        if col in metrics and col != id_col:
            raise InputError(
                f"cannot keep column {col!r}: the score table has a metric of that name "
                "(rename the column first)"
            )
    return keep


def _kept_columns(data, keep: Sequence[str] | None) -> pd.DataFrame | None:
    """The ``keep`` columns of ``data`` (checked), or None."""
    if not keep:
        return None
    if not isinstance(data, pd.DataFrame):
        raise InputError("keep= needs a DataFrame (the columns to keep come from it)")
    _check_kept_names(data.columns, keep)
    return data[list(keep)].reset_index(drop=True)


def _check_kept_names(columns, keep: Sequence[str]) -> None:
    """:class:`InputError` for a ``keep`` name that is not one of ``columns``."""
    missing = [c for c in keep if c not in columns]
    if missing:
        cols = ", ".join(map(str, columns))
        raise InputError(f"no column {missing[0]!r} to keep (columns: {cols})")


def kept_values(values: pd.Series):
    """A kept column's values for a score table: a nullable integer column stays one (its
    NumPy form is float once a value is missing, so ``2022`` became ``2022.0`` in some chunks
    and not in others); anything else as a NumPy array."""
    if isinstance(values.dtype, pd.api.extensions.ExtensionDtype) and values.dtype.kind in "iu":
        return values.array
    return values.to_numpy()


def finish_table(
    table: pd.DataFrame, data, keep, long: bool, lexicon: Lexicon, id_col: str = "doc_id"
) -> pd.DataFrame:
    """A wide score ``table`` of the documents ``data`` (same rows, same order) as
    :func:`score` returns it with ``keep`` and ``long``: the kept columns of ``data`` after
    the id, the long layout, the score record in ``attrs``."""
    keep = _check_keep(keep, lexicon, id_col)
    return _finish(table, _kept_columns(data, keep), keep, long, lexicon, id_col)


def _finish(table, kept, keep, long: bool, lexicon: Lexicon, id_col: str) -> pd.DataFrame:
    if kept is not None:
        for i, col in enumerate(kept.columns, start=1):
            if col != id_col:
                table.insert(min(i, len(table.columns)), col, kept_values(kept[col]))
    if long:
        table = long_format(table, lexicon, keep=keep, id_col=id_col)
    table.attrs[SCORE_RECORD] = score_record(lexicon)
    return table


#: key of :func:`score_record` in a score table's ``attrs`` (kept in its Parquet file)
SCORE_RECORD = "framing"


def score_record(lexicon: Lexicon) -> dict[str, object]:
    """What a score table was made with: the lexicon's fingerprint (sha256 of its categories
    and entries) and :data:`~framing.engine.analysis.METRICS_VERSION`. ``framing.score`` puts it
    in the table's ``attrs``, which pandas and pyarrow keep in a Parquet file (not in CSV), so
    that a comparison can refuse scores made with other rules (:func:`check_record`)."""
    return {"lexicon": lexicon.fingerprint, "metrics_version": METRICS_VERSION}


def check_record(scores: pd.DataFrame, lexicon: Lexicon) -> bool:
    """Raise :class:`InputError` when ``scores`` record another lexicon or metrics version
    than ``lexicon`` and this framing; False when they record nothing (a CSV file, a table
    built by hand), True when they match."""
    rec = scores.attrs.get(SCORE_RECORD)
    if not isinstance(rec, dict) or "lexicon" not in rec:
        return False
    if rec.get("metrics_version") != METRICS_VERSION:
        raise InputError(
            f"the corpus scores were made by framing's rules version {rec.get('metrics_version')}"
            f", this framing has version {METRICS_VERSION}; score the corpus again"
        )
    if rec["lexicon"] != lexicon.fingerprint:
        raise InputError(
            f"the corpus scores were made with another lexicon (sha256 {str(rec['lexicon'])[:12]}"
            f") than the article's ({lexicon.fingerprint[:12]}); score both with the same "
            "--lexicon files"
        )
    return True


def long_format(
    scores: pd.DataFrame,
    lexicon: Lexicon | None = None,
    keep: Sequence[str] | None = None,
    id_col: str = "doc_id",
) -> pd.DataFrame:
    """The tidy long table of a :func:`score` table: one row per document and category.

    Columns ``doc_id`` (``id_col``), the ``keep`` columns, ``category``, ``count``, ``per_1k``
    and ``tokens``; categories in lexicon order with ``scare_quote`` last, documents in input
    order. Categories are those of ``lexicon`` (default: those with a
    ``<category>_negated_count`` column) that have ``_count`` and ``_per_1k`` columns.
    """
    if lexicon is not None:
        cats = [*as_lexicon(lexicon).categories, "scare_quote"]
    else:  # lexicon categories have a negated count; derived metrics do not
        cats = [c[: -len("_negated_count")] for c in scores if c.endswith("_negated_count")]
        cats.append("scare_quote")
    cats = [c for c in cats if f"{c}_count" in scores.columns and f"{c}_per_1k" in scores.columns]
    ids = [id_col, *(c for c in keep or () if c != id_col)]
    frames = []
    for i, cat in enumerate(cats):
        part = scores[ids].copy()
        part["category"] = cat
        part["count"] = scores[f"{cat}_count"].to_numpy()
        part["per_1k"] = scores[f"{cat}_per_1k"].to_numpy()
        part["tokens"] = scores["tokens"].to_numpy()
        part["_doc"] = range(len(scores))
        part["_cat"] = i
        frames.append(part)
    if not frames:
        return pd.DataFrame(columns=[*ids, "category", "count", "per_1k", "tokens"])
    out = pd.concat(frames, ignore_index=True).sort_values(["_doc", "_cat"], kind="mergesort")
    return out.drop(columns=["_doc", "_cat"]).reset_index(drop=True)


def score_stream(
    chunks: Iterable[pd.DataFrame],
    text_col: str = "text",
    id_col: str = "doc_id",
    lexicon: Lexicon | None = None,
    jobs: int = 1,
    readability: bool = True,
    sentiment: bool = True,
    engine: str = "local",
    progress: bool = True,
    scheduler=None,
    scheduler_timeout: float = 20.0,
    keep: Sequence[str] | None = None,
    home_col: str | None = None,
    official_col: str | None = None,
    attribution: bool = True,
) -> Iterator[pd.DataFrame]:
    """Score DataFrame chunks one at a time; yields one table per chunk (as :func:`score`).

    Only one chunk (and its scores) is in memory at a time; ``jobs > 1`` keeps one pool of
    worker processes for the whole stream. Concatenating the tables gives what :func:`score`
    returns for the concatenated input.
    """
    lexicon = as_lexicon(lexicon)
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r}; use 'local' or 'dask'")
    keep = _check_keep(keep, lexicon, id_col)
    it = _progress(chunks, desc="scoring", unit="chunk") if progress else chunks
    stages = Stages(readability, sentiment, attribution)
    # engine="dask": one client for the stream; without a cluster (no scheduler, no active
    # client) dask would run local processes, so the stream's one local pool scores instead
    # (same table; a dask pool per chunk cost about 3 s of start-up each)
    client, close = _client(scheduler, scheduler_timeout) if engine == "dask" else (None, False)
    try:
        with _Scorer(lexicon, 1 if client is not None else jobs, stages) as scorer:
            yield from _stream(it, scorer, client, text_col, id_col, lexicon, stages, keep,
                               home_col, official_col)  # fmt: skip
    finally:
        if close:
            client.close()


def _stream(it, scorer, client, text_col, id_col, lexicon, stages, keep, home_col, official_col):
    """The tables of :func:`score_stream`, one per chunk of ``it``."""
    for chunk in it:
        if client is not None:
            yield score(chunk, text_col, id_col, lexicon, 1, stages.readability,
                        stages.sentiment, "dask", False, client, keep=keep, home_col=home_col,
                        official_col=official_col, attribution=stages.attribution)  # fmt: skip
            continue
        kept = _kept_columns(chunk, keep)
        homes = document_homes(chunk, home_col, lexicon, official_col)
        df = _as_frame(chunk, text_col, id_col)
        rows = scorer.rows(df["text"].tolist(), homes=homes)
        yield _finish(_table(rows, df[id_col].tolist(), lexicon, id_col, stages.attribution),
                      kept, keep, False, lexicon, id_col)  # fmt: skip


# ---------------------------------------------------------------- dask
def _is_dask(data) -> bool:
    mod = type(data).__module__ or ""
    return mod.startswith(("dask.", "dask_expr")) and hasattr(data, "map_partitions")


def _score_partition(
    part: pd.DataFrame,
    text_col: str,
    id_col: str,
    lexicon: Lexicon,
    stages: Stages,
    home_col: str | None = None,
    official_col: str | None = None,
    keep: Sequence[str] = (),
) -> pd.DataFrame:
    ids = (
        [str(i) for i in part[id_col].to_numpy()]
        if id_col in part.columns
        else [str(i) for i in part.index]
    )
    texts = _clean_texts(part[text_col].tolist(), ids)
    homes = document_homes(part, home_col, lexicon, official_col)
    rows = _score_texts(texts, lexicon, stages, homes=homes)
    out = _table(rows, ids, lexicon, id_col, stages.attribution)
    for i, col in enumerate((c for c in keep if c != id_col), start=1):
        out.insert(i, col, _partition_kept(part[col]))
    out.index = part.index
    return out


def _partition_kept(values: pd.Series):
    """A kept column of a dask partition: a text column as ``str`` whatever its storage (or a
    categorical of texts: the type :func:`score` gives both), so that the meta, made from an
    empty partition, has the type of the computed partitions (an empty column of objects made
    ``to_parquet`` fail)."""
    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype) and isinstance(
        dtype.categories.dtype, pd.StringDtype
    ):
        values = values.astype(dtype.categories.dtype)
    if isinstance(values.dtype, pd.StringDtype) and not _STR_IS_OBJECT:
        return values.astype("str").array
    return kept_values(values)  # before pandas 3 "str" wrote a missing value as "None"


#: pandas before 3 has no text type of its own: ``astype("str")`` gives objects, and writes a
#: missing value as the text ``"None"`` or ``"<NA>"``.
_STR_IS_OBJECT = pd.Series(["x"]).astype("str").dtype == object


def score_dask(
    ddf,
    text_col: str = "text",
    id_col: str = "doc_id",
    lexicon: Lexicon | None = None,
    readability: bool = True,
    sentiment: bool = True,
    home_col: str | None = None,
    official_col: str | None = None,
    attribution: bool = True,
    keep: Sequence[str] | None = None,
):
    """Lazily score a dask DataFrame partition by partition; returns a dask DataFrame.

    One row per document: ``id_col`` (from the column, else the index as str), the ``keep``
    columns, then the metric columns. The lexicon is sent to each worker once and compiled once
    per process. ``home_col``, ``official_col``, ``attribution``: as in :func:`score`. Write
    the result with ``.to_parquet(...)`` or bring it home with ``.compute()``. Ids are not
    checked for repeats here (that would need a pass over the data; :func:`score` checks them
    once computed): files read without an id column each number their rows from 0, so give an
    id column or set a unique index.
    """
    import dask

    lexicon = as_lexicon(lexicon)
    if text_col not in ddf.columns:
        cols = ", ".join(map(str, ddf.columns))
        raise InputError(f"no text column {text_col!r} (columns: {cols})")
    check_home_columns(ddf.columns, home_col, official_col)
    keep = _check_keep(keep, lexicon, id_col) or []
    _check_kept_names(ddf.columns, keep)
    stages = Stages(readability, sentiment, attribution)
    meta = _score_partition(ddf._meta, text_col, id_col, lexicon, stages, home_col,
                            official_col, keep)  # fmt: skip
    lex = dask.delayed(_lean(lexicon), pure=True)
    # dask before pandas 3 (``dataframe.convert-string``) would turn the id and kept text
    # columns into ``string[pyarrow]``; the table keeps the types :func:`score` gives.
    with dask.config.set({"dataframe.convert-string": False}):
        return ddf.map_partitions(
            _score_partition, text_col, id_col, lex, stages, home_col, official_col, keep,
            meta=meta,
        )  # fmt: skip


def _score_dask_frame(data, text_col, id_col, lexicon, stages, jobs, scheduler,
                      scheduler_timeout=20.0, home_col=None, official_col=None,
                      keep=None):  # fmt: skip
    try:
        import dask
        import dask.dataframe as dd
    except ImportError:  # pragma: no cover - dask is a dependency
        raise FramingError(
            "engine='dask' needs dask[dataframe]; pip install 'dask[dataframe]'"
        ) from None
    if isinstance(data, pd.DataFrame):
        extra = [c for c in (home_col, official_col) if c]
        pdf = data[[id_col, text_col, *extra]].reset_index(drop=True)
        lengths = [len(t) for t in pdf[text_col]]
        nparts = max(1, min(len(pdf), jobs * 4, sum(lengths) // 100_000 + 1))
        ddf = dd.from_pandas(pdf, npartitions=1, sort=True)
        if nparts > 1:
            ddf = ddf.repartition(divisions=size_divisions(lengths, nparts))
    else:
        ddf = data  # without the id column, the ids are its index (as score_dask gives them)
    lazy = score_dask(
        ddf, text_col, id_col, lexicon, stages.readability, stages.sentiment, home_col,
        official_col, stages.attribution, keep,
    )  # fmt: skip
    client, close = _client(scheduler, scheduler_timeout)
    try:
        if client is not None:
            res = _compute_on(client, lazy)
        else:
            with (
                _local_dask_pool(jobs) as pool,
                dask.config.set(
                    scheduler="processes" if pool is not None else "sync",
                    num_workers=jobs,
                    pool=pool,
                ),
            ):
                res = lazy.compute()
    finally:
        if close:
            client.close()
    res = res.reset_index(drop=True)
    cols = metric_columns(lexicon, stages.attribution)
    kept = [c for c in keep or () if c != id_col]
    res = res[[id_col, *kept, *cols]].astype({c: "float64" for c in cols})
    ints = _int_columns(cols)
    res[ints] = res[ints].astype("int64")
    res[id_col] = pd.Series([str(i) for i in res[id_col]], dtype=str)
    return res


def _compute_on(client, lazy):
    """``lazy.compute(scheduler=client)`` without dask's "Sending large graph" advice (the CLI
    ships the texts from the client by design; ``docs/scaling.md``) and, after Ctrl-C, without
    the traceback asyncio prints for the client's cancelled gather ("Task exception was never
    retrieved ... AllExit"): the interrupt is reported in one line by the CLI."""
    import logging
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Sending large graph", category=UserWarning)
            return lazy.compute(scheduler=client)
    except BaseException:
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        raise


@contextlib.contextmanager
def _local_dask_pool(jobs: int):
    """dask's own process pool for ``jobs > 1``, owned here so that an interrupt terminates it."""
    if jobs <= 1:
        yield None
        return
    import os
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    from dask import multiprocessing as dmp

    leave_if_bootstrapping()
    if os.environ.get("PYTHONHASHSEED") in (None, "0"):  # as dask.multiprocessing.get does
        os.environ["PYTHONHASHSEED"] = "6640"
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=dmp.get_context(),
        initializer=partial(dmp.initialize_worker_process, user_initializer=None),
    )
    try:
        start_workers(pool, jobs)  # every worker now, with no signal arriving mid-launch
        yield pool
    except BaseException:
        stop_workers(pool, now=True)
        raise
    stop_workers(pool, now=False)


#: Address schemes of dask.distributed comms.
SCHEDULER_SCHEMES = ("tcp", "tls", "inproc", "ucx", "ws", "wss")


def _connect(address: str, timeout: float):
    """A ``distributed.Client`` of ``address``, or :class:`FramingError` after ``timeout`` s.

    ``Client(timeout=...)`` does not bound the handshake: a server that accepts the connection
    and never answers would hang the run, so the client is made in a watched thread.
    """
    import threading

    try:
        from distributed import Client
    except ImportError:  # pragma: no cover - distributed is a dependency
        raise FramingError("--scheduler needs dask.distributed; pip install distributed") from None
    scheme = address.split("://", 1)[0] if "://" in address else "tcp"
    if scheme not in SCHEDULER_SCHEMES:
        raise InputError(
            f"--scheduler {address}: unknown address scheme {scheme!r}; use tcp://HOST:PORT"
        )
    if scheme in ("tcp", "tls", "ws", "wss"):
        # checked before Client(): a Client that fails on its address closes itself later, in
        # its __del__, with a traceback printed after our error
        from distributed.comm.addressing import parse_address, parse_host_port

        try:
            parse_host_port(parse_address(address)[1])
        except ValueError as exc:
            raise InputError(
                f"--scheduler {address}: not HOST:PORT ({exc}); e.g. tcp://10.0.0.5:8786"
            ) from None
    box: dict = {}

    def connect() -> None:
        try:
            box["client"] = Client(address, timeout=f"{timeout}s", set_as_default=False)
        except BaseException as exc:  # noqa: BLE001 - reported below
            box["error"] = exc

    worker = threading.Thread(target=connect, name="framing-dask-connect", daemon=True)
    worker.start()
    worker.join(timeout + 1)
    if worker.is_alive() or ("client" not in box and "error" not in box):
        raise FramingError(
            f"the dask scheduler at {address} did not answer within {timeout:g} s; check the "
            "address or allow longer with --scheduler-timeout"
        )
    if "error" in box:
        exc = box["error"]
        if isinstance(exc, (OSError, ValueError, TypeError)):
            raise FramingError(
                f"cannot connect to the dask scheduler {address}: {type(exc).__name__}: {exc}"
            ) from None
        raise exc
    return _with_workers(box["client"], address, timeout)


def _with_workers(client, address: str, timeout: float):
    """``client`` once its scheduler has a worker; :class:`FramingError` (the client closed)
    when none joins within ``timeout`` s: the computation would wait for one, silently."""
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        client.close()
        raise FramingError(
            f"the dask scheduler at {address} has no workers (none joined within {timeout:g} s);"
            f" start them with `dask worker {address}`, or allow longer with "
            "--scheduler-timeout"
        ) from None
    return client


def _client(scheduler, timeout: float = 20.0):
    """(client or None, whether to close it) for ``scheduler``."""
    if scheduler is None:
        try:
            from distributed import default_client

            return default_client(), False
        except (ImportError, ValueError):
            return None, False
    if isinstance(scheduler, str):
        return _connect(scheduler, timeout), True
    return scheduler, False
