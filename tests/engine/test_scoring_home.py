"""``score(..., home_col=)``: each document scored with its publisher's home, as ``analyze(home=)``
and the audits; the same table on every engine, in the scoring cache and from the CLI."""

import pandas as pd
import pytest

from framing.cli import main
from framing.core.errors import InputError
from framing.data.cache import cached_score
from framing.engine.analysis import analyze
from framing.engine.lexicon import load_lexicon
from framing.engine.scoring import home_categories, score, score_stream

#: the Ukrainian presidency's adversaries named by description (version 72) are Russia only in
#: the home's own text; a headline's bare spokesperson is the home's (version 26)
OCCUPIERS = "The occupiers brutally shelled Kharkiv again. The enemy keeps lying."
SPOKESPERSON = "Spokesperson denounces the lies of Washington"
DOCS = pd.DataFrame(
    {
        "doc_id": ["ua", "none", "uk", "ru", "cn", "ua2"],
        "text": [OCCUPIERS, OCCUPIERS, OCCUPIERS, OCCUPIERS, SPOKESPERSON, OCCUPIERS * 3],
        "country": ["Ukraine", None, "United Kingdom", "Russia", "China", "ukraine"],
    }
)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="module")
def with_home(lexicon):
    return score(DOCS, lexicon=lexicon, home_col="country", progress=False)


def test_home_categories(lexicon):
    got = home_categories(["Ukraine", None, "United Kingdom", "russia", float("nan")], lexicon)
    assert got == ["ukraine", "", "", "russia", ""]


def test_each_document_is_scored_with_its_home(lexicon, with_home):
    for i, row in DOCS.iterrows():
        exp = analyze(row["text"], lexicon, home=row["country"]).metrics
        got = with_home.iloc[i][exp.index].astype(float)
        pd.testing.assert_series_equal(got, exp, check_names=False)
    counts = dict(zip(with_home["doc_id"], with_home["russia_targeted_count"], strict=True))
    assert counts["ua"] == 2 and counts["none"] == counts["uk"] == counts["ru"] == 0


def test_without_home_col_no_home(lexicon, with_home):
    plain = score(DOCS, lexicon=lexicon, progress=False)
    assert plain["russia_targeted_count"].tolist()[:4] == [0, 0, 0, 0]
    assert not plain.equals(with_home)


@pytest.mark.parametrize("options", [{"jobs": 2}, {"engine": "dask"}], ids=["jobs2", "dask"])
def test_engines_agree(lexicon, with_home, options):
    got = score(DOCS, lexicon=lexicon, home_col="country", progress=False, **options)
    pd.testing.assert_frame_equal(got, with_home)


def test_dask_frame_and_stream_agree(lexicon, with_home):
    import dask.dataframe as dd

    ddf = dd.from_pandas(DOCS, npartitions=3)
    got = score(ddf, lexicon=lexicon, home_col="country", progress=False)
    pd.testing.assert_frame_equal(got, with_home)
    chunks = [DOCS.iloc[:2], DOCS.iloc[2:5], DOCS.iloc[5:]]
    streamed = pd.concat(
        score_stream(chunks, lexicon=lexicon, home_col="country", progress=False),
        ignore_index=True,
    )
    pd.testing.assert_frame_equal(streamed, with_home)


def test_bad_home_col(lexicon):
    with pytest.raises(InputError, match="no home column 'nope'"):
        score(DOCS, lexicon=lexicon, home_col="nope", progress=False)
    with pytest.raises(InputError, match="home_col= needs a DataFrame"):
        score(DOCS["text"].tolist(), lexicon=lexicon, home_col="country", progress=False)


def test_cache_keys_the_home(tmp_path, lexicon, with_home, monkeypatch):
    first = cached_score(DOCS, lexicon=lexicon, cache_dir=tmp_path, home_col="country",
                         progress=False)  # fmt: skip
    pd.testing.assert_frame_equal(first, with_home)
    calls = []
    import framing.engine.scoring as scoring

    real = scoring.score
    monkeypatch.setattr(scoring, "score", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = cached_score(DOCS, lexicon=lexicon, cache_dir=tmp_path, home_col="country",
                         progress=False)  # fmt: skip
    pd.testing.assert_frame_equal(again, with_home)
    assert not calls  # all from the cache: the same text with another home is its own row


def test_cli_home_col(tmp_path, capsys):
    table = tmp_path / "docs.csv"
    DOCS.to_csv(table, index=False)
    for extra in ([], ["--chunk-size", "2"]):
        out = tmp_path / f"s{len(extra)}.csv"
        args = ["--quiet", "score", str(table), "--home-col", "country", "--out", str(out)]
        assert main([*args, *extra]) == 0
        got = pd.read_csv(out)
        assert got["russia_targeted_count"].tolist()[:4] == [2, 0, 0, 0]
    bad = ["--quiet", "score", str(table), "--home-col", "nope", "--out", str(tmp_path / "b.csv")]
    assert main(bad) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no home column 'nope'" in err[0]
    assert not (tmp_path / "b.csv").exists()


def test_corpus_scores_use_outlet_country(lexicon, with_home):
    from framing.stats.comparison import corpus_scores

    corpus = DOCS.rename(columns={"country": "outlet_country"}).assign(group="g")
    got = corpus_scores(corpus, lexicon=lexicon, cache=False)
    assert got["russia_targeted_count"].tolist() == with_home["russia_targeted_count"].tolist()
    plain = corpus_scores(corpus.drop(columns="outlet_country"), lexicon=lexicon, cache=False)
    assert plain["russia_targeted_count"].tolist()[0] == 0
