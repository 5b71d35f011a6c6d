"""Version 93: an official publisher (the home's own government: a White House release, a
Kremlin release) names its home as a collective subject in the author's voice. ``analyze(
official=True)``, ``score(official_col=)`` on every engine, the cache, the CLI and kwic; sentences
of our own in the style of the White House's statements."""

import pandas as pd
import pytest

from framing.cli import main
from framing.core.errors import InputError
from framing.data.cache import cached_score
from framing.data.datasets import home_options
from framing.engine.analysis import analyze, home_category, home_key, split_home
from framing.engine.kwic import corpus_kwic
from framing.engine.lexicon import load_lexicon
from framing.engine.scoring import document_homes, score, score_stream

STATEMENT = (
    "The United States condemns the Taliban's indefensible decision. The United States strongly "
    "believes that Russia's brutal war must end."
)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _voices(text, lexicon, **kw):
    m = analyze(text, lexicon, **kw).matches
    return [(r.matched_text, r.voice, r.source) for r in m.itertuples() if r.voice]


@pytest.mark.parametrize(
    ("text", "matched", "plain", "official"),
    [
        # the home as the subject of a speech act or belief, and what its belief covers
        (STATEMENT, "condemns", ("reported", "west_us"), ("author", "")),
        (STATEMENT, "brutal", ("reported", "west_us"), ("author", "")),
        ("The Biden-Harris Administration urges Congress to act clearly.", "clearly",
         ("reported", "west_us"), ("author", "")),
        ("Sanctions work, and the United States will firmly condemn every attack.", "condemn",
         ("reported", "west_us"), ("author", "")),
        # persons keep the reported voice, as the readers' guide has it
        ("President Biden believes that Russia's brutal war must end.", "brutal",
         ("reported", "west_us"), ("reported", "west_us")),
        # the state's name inside a person's report: the person's
        ("President Biden said the United States condemns the brutal attack.", "brutal",
         ("reported", "west_us"), ("reported", "west_us")),
        # a body of the state, not the state
        ("The State Department condemns the attack.", "condemns",
         ("reported", "west_us"), ("reported", "west_us")),
        # another state
        ("Russia condemns the sanctions.", "condemns", ("reported", "russia"),
         ("reported", "russia")),
        # the state as an object or after a preposition is no subject
        ("Critics of the United States condemn the deal.", "condemn", ("reported", "vague"),
         ("reported", "vague")),
    ],
)  # fmt: skip
def test_the_homes_collective_name_is_the_authors_voice(lexicon, text, matched, plain, official):
    for kw, want in (({}, plain), ({"official": True}, official)):
        m = analyze(text, lexicon, home="United States", **kw).matches
        row = m[m["matched_text"] == matched].iloc[0]
        assert (row["voice"], row["source"]) == want, kw


def test_the_kremlins_release(lexicon):
    text = "Russia strongly condemns the brutal shelling of Donetsk."
    assert _voices(text, lexicon, home="Russia", official=True)[0][1:] == ("author", "")
    assert _voices(text, lexicon, home="Russia")[0][1:] == ("reported", "russia")
    # a Ukrainian release's "Russia" is the adversary, reported
    assert _voices(text, lexicon, home="Ukraine", official=True)[0][1:] == ("reported", "russia")


def test_official_needs_a_home(lexicon):
    with pytest.raises(InputError, match="official=True needs a home"):
        analyze(STATEMENT, lexicon, official=True)
    with pytest.raises(InputError, match="official=True needs a home"):
        analyze(STATEMENT, lexicon, home="United Kingdom", official=True)


@pytest.mark.parametrize(
    ("value", "key"),
    [("United States", "west_us"), ("official:United States", "official:west_us"),
     ("official:west_us", "official:west_us"), ("official:United Kingdom", ""), (None, "")],
)  # fmt: skip
def test_home_keys(lexicon, value, key):
    assert home_category(value, lexicon) == key
    assert home_key(*split_home(key)) == key


DOCS = pd.DataFrame(
    {
        "doc_id": ["wh", "ap", "none", "str"],
        "text": [STATEMENT] * 4,
        "country": ["United States"] * 4,
        "official": [True, False, None, "yes"],
    }
)


@pytest.fixture(scope="module")
def official_scores(lexicon):
    return score(DOCS, lexicon=lexicon, home_col="country", official_col="official",
                 progress=False)  # fmt: skip


def test_each_document_is_scored_as_its_publisher(lexicon, official_scores):
    flags = [True, False, False, True]
    for i, flag in enumerate(flags):
        exp = analyze(STATEMENT, lexicon, home="United States", official=flag).metrics
        got = official_scores.iloc[i][exp.index].astype(float)
        pd.testing.assert_series_equal(got, exp, check_names=False)
    author = official_scores["accusation_author_count"].tolist()
    assert author == [1, 0, 0, 1]


@pytest.mark.parametrize("options", [{"jobs": 2}, {"engine": "dask"}], ids=["jobs2", "dask"])
def test_engines_agree(lexicon, official_scores, options):
    got = score(DOCS, lexicon=lexicon, home_col="country", official_col="official",
                progress=False, **options)  # fmt: skip
    pd.testing.assert_frame_equal(got, official_scores)


def test_dask_frame_stream_and_cache_agree(tmp_path, lexicon, official_scores):
    import dask.dataframe as dd

    kw = dict(lexicon=lexicon, home_col="country", official_col="official", progress=False)
    ddf = dd.from_pandas(DOCS.assign(official=[True, False, False, True]), npartitions=2)
    pd.testing.assert_frame_equal(score(ddf, **kw), official_scores)
    streamed = pd.concat(score_stream([DOCS.iloc[:1], DOCS.iloc[1:]], **kw), ignore_index=True)
    pd.testing.assert_frame_equal(streamed, official_scores)
    cached = cached_score(DOCS, cache_dir=tmp_path, **kw)
    pd.testing.assert_frame_equal(cached, official_scores)
    pd.testing.assert_frame_equal(cached_score(DOCS, cache_dir=tmp_path, **kw), official_scores)


@pytest.mark.parametrize(
    ("frame", "kw", "message"),
    [
        (DOCS, {"official_col": "official"}, "official_col= needs home_col="),
        (DOCS, {"home_col": "country", "official_col": "nope"}, "no official column 'nope'"),
        (DOCS.assign(official="maybe"), {"home_col": "country", "official_col": "official"},
         "'maybe' is not true or false"),
    ],
)  # fmt: skip
def test_bad_official_col(lexicon, frame, kw, message):
    with pytest.raises(InputError, match=message):
        document_homes(frame, kw.get("home_col"), lexicon, kw.get("official_col"))
    with pytest.raises(InputError, match=message):
        corpus_kwic(frame, category="accusation", lexicon=lexicon, **kw)


def test_kwic_reads_the_official_column(lexicon):
    k = corpus_kwic(DOCS, category="accusation", lexicon=lexicon, home_col="country",
                    official_col="official")  # fmt: skip
    assert k["voice"].tolist() == ["author", "reported", "reported", "author"]


def test_cli_official_col(tmp_path, capsys):
    table = tmp_path / "docs.csv"
    DOCS.to_csv(table, index=False)
    for extra in ([], ["--chunk-size", "2"]):
        out = tmp_path / f"s{len(extra)}.csv"
        args = ["--quiet", "score", str(table), "--home-col", "country", "--official-col",
                "official", "--out", str(out)]  # fmt: skip
        assert main([*args, *extra]) == 0
        assert pd.read_csv(out)["accusation_author_count"].tolist() == [1, 0, 0, 1]
    bad = ["--quiet", "score", str(table), "--official-col", "official", "--out",
           str(tmp_path / "b.csv")]  # fmt: skip
    assert main(bad) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "official_col= needs home_col=" in err[0]
    assert not (tmp_path / "b.csv").exists()


def test_registry_frames_name_their_options():
    official = pd.DataFrame({"outlet_country": ["United States"], "official": [True]})
    media = pd.DataFrame({"outlet_country": ["Russia"]})
    assert home_options(official) == {"home_col": "outlet_country", "official_col": "official"}
    assert home_options(media) == {"home_col": "outlet_country"}
    assert home_options(pd.DataFrame({"text": ["x"]})) == {}


def test_cli_kwic_official_col(tmp_path):
    table = tmp_path / "docs.csv"
    DOCS.to_csv(table, index=False)
    out = tmp_path / "k.csv"
    args = ["--quiet", "kwic", "--category", "accusation", str(table), "--home-col", "country",
            "--official-col", "official", "--format", "csv", "--out", str(out)]  # fmt: skip
    assert main(args) == 0
    assert pd.read_csv(out)["voice"].tolist() == ["author", "reported", "reported", "author"]
