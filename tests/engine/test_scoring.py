import pandas as pd

from framing.engine.analysis import analyze, metric_columns
from framing.engine.scoring import score, score_stream
from tests._lex import small_lexicon


def test_jobs_and_order(tmp_path, article_body):
    lex = small_lexicon(tmp_path)
    docs = [article_body[: 200 * i + 50] for i in range(12)] + ["", "The US may not."]
    one = score(docs, lexicon=lex, progress=False)
    two = score(docs, lexicon=lex, jobs=2, progress=False)
    pd.testing.assert_frame_equal(one, two)
    assert list(one["doc_id"]) == [str(i) for i in range(len(docs))]
    for i, d in enumerate(docs):
        exp = analyze(d, lex).metrics
        got = one.iloc[i][exp.index].astype(float)
        pd.testing.assert_series_equal(got, exp, check_names=False)


def test_dataframe_and_dask(tmp_path, article_body):
    lex = small_lexicon(tmp_path)
    df = pd.DataFrame({"id": ["b", "a"], "body": [article_body, "US hegemony"]})
    local = score(df, text_col="body", id_col="id", lexicon=lex, progress=False)
    assert list(local.columns[:2]) == ["id", "tokens"] and list(local["id"]) == ["b", "a"]
    dask = score(df, text_col="body", id_col="id", lexicon=lex, engine="dask", progress=False)
    pd.testing.assert_frame_equal(local, dask)


def _without_attribution_columns(table: pd.DataFrame) -> pd.DataFrame:
    drop = [c for c in table if "_author_" in c or "_targeted_" in c or "vague_source" in c]
    return table.drop(columns=drop)


def test_attribution_off_drops_its_columns_and_nothing_else(tmp_path, article_body):
    lex = small_lexicon(tmp_path)
    docs = [article_body, "", "Critics said the US accused China.", article_body[:300]]
    full = score(docs, lexicon=lex, progress=False)
    assert any("_author_" in c for c in full) and "vague_source_count" in full
    expected = _without_attribution_columns(full)
    for kw in ({}, {"jobs": 2}, {"engine": "dask"}):
        off = score(docs, lexicon=lex, progress=False, attribution=False, **kw)
        pd.testing.assert_frame_equal(off, expected)  # same columns, order, dtypes, values
    ids = [str(i) for i in range(len(docs))]
    chunks = [pd.DataFrame({"doc_id": ids[:2], "text": docs[:2]}),
              pd.DataFrame({"doc_id": ids[2:], "text": docs[2:]})]  # fmt: skip
    streamed = pd.concat(
        score_stream(chunks, lexicon=lex, progress=False, attribution=False), ignore_index=True
    )
    pd.testing.assert_frame_equal(streamed, expected)
    long = score(docs, lexicon=lex, progress=False, attribution=False, long=True)
    assert set(long["category"]) == set(
        score(docs, lexicon=lex, progress=False, long=True)["category"]
    )


def test_metric_columns_without_attribution(tmp_path):
    lex = small_lexicon(tmp_path)
    full, off = metric_columns(lex), metric_columns(lex, attribution=False)
    assert off == [c for c in full if c in off]  # the same order
    assert set(full) - set(off) == {
        c for c in full if "_author_" in c or "_targeted_" in c or c.startswith("vague_source")
    }


def test_missing_and_numeric_texts_agree_across_engines(tmp_path):
    """None/NaN/pd.NA are empty documents and a number is refused, in every engine; a dask
    DataFrame made from pandas has its object columns turned into text by dask itself
    (``dataframe.convert-string``), so there ``5`` is the text "5" (docs/columns.md)."""
    import dask
    import dask.dataframe as dd
    import numpy as np
    import pytest

    from framing.core.errors import InputError
    from framing.engine.scoring import score_dask

    lex = small_lexicon(tmp_path)
    opts = {"lexicon": lex, "readability": False, "sentiment": False}
    missing = pd.DataFrame({"doc_id": list("abcd"), "text": ["US hegemony", None, np.nan, pd.NA]})
    number = pd.DataFrame({"doc_id": ["a", "b"], "text": ["US hegemony", 5]})
    with dask.config.set({"dataframe.convert-string": False}):
        lazy = score_dask(dd.from_pandas(missing, npartitions=2), **opts).compute()
        local = score(missing, progress=False, **opts)
        assert local["tokens"].tolist() == [2, 0, 0, 0]
        pd.testing.assert_frame_equal(score(missing, engine="dask", progress=False, **opts), local)
        assert lazy.reset_index(drop=True)["tokens"].tolist() == [2, 0, 0, 0]
        for run in (
            lambda: score(number, progress=False, **opts),
            lambda: score(number, engine="dask", progress=False, **opts),
            lambda: score_dask(dd.from_pandas(number, npartitions=1), **opts).compute(),
        ):
            with pytest.raises(InputError, match="^document 'b': text is not a string$"):
                run()
    with dask.config.set({"dataframe.convert-string": True}):
        converted = dd.from_pandas(number, npartitions=1)
        assert converted["text"].compute().tolist() == ["US hegemony", "5"]
        assert score_dask(converted, **opts).compute()["tokens"].tolist() == [2, 1]
