import pandas as pd

from framing.engine.analysis import analyze
from framing.engine.scoring import score
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
