"""``engine="dask"`` on a real dask.distributed cluster (two local worker processes)."""

from __future__ import annotations

import dask
import numpy as np
import pandas as pd
import pytest

from framing.cli import main
from framing.core.errors import FramingError, InputError
from framing.engine.lexicon import load_lexicon
from framing.engine.matcher import get_matcher
from framing.engine.scoring import score, score_dask, size_divisions

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=40,
        ) as c,
        distributed.Client(c) as client,
    ):
        yield c, client


@pytest.fixture(scope="module")
def docs(article_body):
    paras = [p for p in article_body.split("\n") if p.strip()]
    texts = [" ".join(paras[i : i + 3]) for i in range(0, len(paras), 3)]
    texts += ["", "I could not be more clear. It may 5 happen.", "US-led 'so-called' West"]
    return pd.DataFrame({"doc_id": [f"n{i}" for i in range(len(texts))], "text": texts})


def test_distributed_equals_local(cluster, docs):
    c, client = cluster
    lex = load_lexicon()
    get_matcher(lex).find("warm")  # the lexicon is sent with a compiled matcher attached
    local = score(docs, lexicon=lex, progress=False)
    by_client = score(docs, lexicon=lex, engine="dask", scheduler=client, progress=False)
    pd.testing.assert_frame_equal(local, by_client, check_exact=True)
    by_address = score(docs, lexicon=lex, engine="dask", scheduler=c.scheduler_address)
    pd.testing.assert_frame_equal(local, by_address, check_exact=True)


def test_dask_dataframe_partitions(cluster, docs):
    _, client = cluster
    lex = load_lexicon()
    ddf = dd.from_pandas(docs, npartitions=3)
    lazy = score_dask(ddf, lexicon=lex)
    assert lazy.npartitions == 3
    got = lazy.compute(scheduler=client).reset_index(drop=True)
    # the frame dask holds (before pandas 3, dask stores texts as string[pyarrow], None as NA)
    want = score(ddf.compute(scheduler=client), lexicon=lex, progress=False)
    pd.testing.assert_frame_equal(got, want)
    direct = score(ddf, lexicon=lex, scheduler=client)
    pd.testing.assert_frame_equal(direct, score(docs, lexicon=lex, progress=False))


def test_cli_scheduler(cluster, docs, tmp_path):
    c, _ = cluster
    src = tmp_path / "docs.parquet"
    docs.to_parquet(src)
    local, remote = tmp_path / "local.csv", tmp_path / "remote.csv"
    assert main(["--quiet", "score", str(src), "--out", str(local)]) == 0
    args = ["--quiet", "score", str(src), "--out", str(remote), "--engine", "dask"]
    assert main([*args, "--scheduler", c.scheduler_address]) == 0
    assert local.read_bytes() == remote.read_bytes()


@pytest.mark.parametrize(
    ("sizes", "nparts", "expected"),
    [
        ([10, 10, 10, 10], 2, [0, 2, 3]),  # equal sizes: equal halves
        ([100, 1, 1, 1], 2, [0, 1, 3]),  # one long document gets a partition of its own
        ([1, 1, 1, 100], 4, [0, 3]),  # the size sits in the last row: nothing to balance
        ([50, 50], 2, [0, 1, 1]),  # the last row alone (dask's repeated last division)
        ([7], 4, [0, 0]),
        ([0, 0, 0, 0], 2, [0, 2, 3]),  # empty texts: balanced by rows
    ],
)
def test_size_divisions(sizes, nparts, expected):
    assert size_divisions(sizes, nparts) == expected


def test_size_divisions_balance_bytes_not_rows():
    sizes = [1000] * 10 + [10] * 90  # long documents first, as in a sorted corpus
    divs = size_divisions(sizes, 4)
    starts = divs[:-1]
    parts = [sum(sizes[a:b]) for a, b in zip(starts, [*starts[1:], len(sizes)], strict=True)]
    assert len(parts) == 4 and max(parts) <= 2 * sum(sizes) / 4


def test_empty_frame_scores_to_an_empty_table():
    empty = pd.DataFrame({"doc_id": [], "text": []})
    out = score(empty, engine="dask", jobs=1)
    assert len(out) == 0 and list(out.columns) == list(score(empty).columns)


def test_dask_frames_keep_columns_name_rows_by_index_and_refuse_repeated_ids(cluster, docs):
    """QA pass 6: ``keep`` was ignored for a dask frame (a misspelt name too), ids without an id
    column were positions in dask's order (not the index score_dask gives), and repeated ids
    went through."""
    _, client = cluster
    lex = load_lexicon()
    years = pd.array([2022 if i % 3 else None for i in range(len(docs))], dtype="Int64")
    docs = docs.assign(group=[f"g{i % 2}" for i in range(len(docs))], year=years)
    ddf = dd.from_pandas(docs, npartitions=2)
    got = score(ddf, lexicon=lex, scheduler=client, keep=["group", "year"])
    held = ddf.compute(scheduler=client)  # the frame dask holds, as dask's version stores it
    want = score(held, lexicon=lex, progress=False, keep=["group", "year"])
    pd.testing.assert_frame_equal(got, want)
    assert got["year"].dtype == "Int64"  # a nullable integer stays one, as in the pandas path
    assert list(got.columns[:2]) == ["doc_id", "group"]
    lazy = score_dask(ddf, lexicon=lex, keep=["group"]).compute(scheduler=client)
    assert lazy["group"].tolist() == docs["group"].tolist()
    long = score(ddf, lexicon=lex, scheduler=client, keep=["group"], long=True)
    assert "group" in long.columns
    with pytest.raises(InputError, match="no column 'nope' to keep"):
        score(ddf, lexicon=lex, scheduler=client, keep=["nope"])
    # no id column: the index, as score_dask gives it
    named = docs.drop(columns="doc_id").set_index(pd.Index([f"x{i}" for i in range(len(docs))]))
    got = score(dd.from_pandas(named, npartitions=2), lexicon=lex, scheduler=client)
    assert sorted(got["doc_id"]) == sorted(named.index)
    # files each numbering their rows from 0: refused, not silently repeated
    parts = dd.concat([dd.from_pandas(named.reset_index(drop=True), npartitions=1)] * 2)
    with pytest.raises(InputError, match="duplicate id '0'"):
        score(parts, lexicon=lex, scheduler=client)


def test_kept_text_columns_have_the_computed_type_in_the_meta(tmp_path):
    docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": "The West lied.",
                         "group": ["x", None, "y", "y"]})  # fmt: skip
    text_type = pd.Series(["x"]).astype("str").dtype  # str (pandas 3) or object (2.x)
    for dtype in ("str", "string[pyarrow]", "category"):
        # before pandas 3, astype("str") itself writes None as "None": keep the objects
        typed = (
            docs
            if text_type == np.dtype(object) and dtype == "str"
            else docs.astype({"group": dtype})
        )
        ddf = dd.from_pandas(typed, npartitions=2)
        lazy = score_dask(ddf, keep=["group"])
        with dask.config.set(scheduler="sync"):
            got = lazy.compute()
            lazy.to_parquet(tmp_path / dtype)  # was: ArrowInvalid, the meta's group held objects
        assert lazy._meta.dtypes.equals(got.dtypes) and got["group"].dtype == text_type
        back = pd.read_parquet(tmp_path / dtype)["group"]
        assert back.tolist()[:1] == ["x"] and back.isna().tolist() == [False, True, False, False]


def test_a_scheduler_without_workers_is_one_error_not_a_silent_wait():
    import threading

    docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["The West lied.", "Perhaps."]})
    box: dict = {}

    def run(address: str) -> None:
        try:
            score(docs, engine="dask", scheduler=address, scheduler_timeout=1, progress=False)
        except FramingError as exc:
            box["error"] = str(exc)

    with distributed.LocalCluster(n_workers=0, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as c:  # fmt: skip
        t = threading.Thread(target=run, args=(c.scheduler_address,), daemon=True)
        t.start()
        t.join(60)
        assert not t.is_alive()  # was: waited for a worker without end, saying nothing
    assert "has no workers (none joined within 1 s)" in box["error"]
    assert "--scheduler-timeout" in box["error"]
