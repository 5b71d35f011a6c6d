"""Integration: the four media datasets fetched from FRAMING_MIRROR and parsed, real counts."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from framing.cli import main
from framing.core.errors import DataError
from framing.data import datasets, registry
from framing.data.datasets import media

pytestmark = [pytest.mark.mirror, pytest.mark.usefixtures("mirror_data_dir")]


def _outlets(df) -> dict[str, dict]:
    return {r["outlet"]: r for r in df.attrs["cleaning"]["outlets"]}


def _check(df):
    assert list(df.columns[: len(datasets.SCHEMA)]) == datasets.SCHEMA
    assert df["doc_id"].is_unique and (df["text"].str.strip() != "").all()
    assert df[media.MEDIA_COLUMNS].notna().all().all()
    assert set(df["ownership"]) <= {"state", "public-service", "commercial"}


def test_rt():
    df = datasets.load("media-rt-2022")
    _check(df)
    assert len(df) == 1628 and df["url"].is_unique
    rt = _outlets(df)["RT"]
    assert (rt["rows_read"], rt["duplicate_urls"], rt["duplicate_texts"]) == (1966, 338, 0)
    assert rt["boilerplate_documents"] >= 250
    assert df["date"].min() == pd.Timestamp("2022-06-16")
    assert df["date"].max() == pd.Timestamp("2022-10-31")
    # the recurring background paragraph is gone, in all its common wordings
    for phrase in (
        "has since admitted that Kiev",
        "brokered by Germany and France",
        "failure to implement the terms of the Minsk",
        "Kiev insists the Russian offensive was completely unprovoked.",
        "Russia sent troops into Ukraine on February 24, citing Kiev’s failure",
    ):
        assert not df["text"].str.contains(phrase, regex=False).any(), phrase
    # rewordings the filter cannot tie to the background remain in very few articles
    assert df["text"].str.contains("completely unprovoked", regex=False).sum() <= 3
    assert df["text"].str.contains("citing Kiev’s failure to implement", regex=False).sum() <= 3
    # genres (rt.genres): 19 columnists' titles, clips under 250 words, Putin's accession speech
    assert df["genre"].value_counts().to_dict() == {
        "news": 1562,
        "opinion": 38,
        "video": 27,
        "transcript": 1,
    }
    assert len(media.news_only(df)) == 1562
    # the cache keeps the cleaning report
    assert datasets.load("media-rt-2022").attrs["cleaning"] == df.attrs["cleaning"]


def test_western():
    df = datasets.load("media-western-2022")
    _check(df)
    assert df.groupby("group").size().to_dict() == {
        "AP": 217,
        "BBC": 849,
        "Guardian": 199,
        "NBC": 150,
        "NYT (leads)": 2813,
    }
    assert (df.loc[df["outlet"] == "NYT", "genre"] == "lead").all()
    genres = df[df["outlet"] != "NYT"].groupby(["outlet", "genre"]).size().to_dict()
    assert genres == {
        ("AP", "news"): 216,
        ("AP", "roundup"): 1,
        ("BBC", "news"): 748,
        ("BBC", "opinion"): 1,
        ("BBC", "roundup"): 63,
        ("BBC", "video"): 37,
        ("Guardian", "news"): 157,
        ("Guardian", "opinion"): 16,
        ("Guardian", "roundup"): 26,
        ("NBC", "news"): 145,
        ("NBC", "opinion"): 5,
    }
    news = media.news_only(df)
    assert len(news) == 1266 and news.attrs["genres_excluded"]["lead"] == 2813
    nyt = _outlets(df)["NYT"]
    assert (nyt["rows_read"], nyt["empty_texts"], nyt["duplicate_urls"]) == (3111, 16, 38)
    bbc = df.loc[df["outlet"] == "BBC", "text"].str.rstrip()
    assert not bbc.str.contains("© 2022 BBC|not responsible for the content of external").any()
    assert not bbc.str.endswith(("external linking.", "BBC.")).sum() > 1  # "told the BBC." once
    ap = df.loc[df["outlet"] == "AP", "text"]
    assert not ap.str.contains("___|coverage of the war at https://apnews.com", regex=True).any()
    assert len(media.comparable(df)) == 1415


def test_chinadaily():
    df = datasets.load("chinadaily-opinion-2012-2019")
    _check(df)
    cd = _outlets(df)["China Daily"]
    assert (cd["rows_read"], cd["empty_texts"], cd["duplicate_texts"]) == (1226, 1, 5)
    assert len(df) == 1220 and df["genre"].value_counts().to_dict() == {
        "editorial": 760,
        "opinion": 460,
    }
    for col in ("text", "title"):
        assert not df[col].fillna("").str.contains("â€|Ã|\ufffd|<U\\+").any(), col
    assert df["text"].str.contains("’").sum() > 100 and df["text"].str.contains("“").sum() > 50
    assert not df["text"].str.contains(r"\[Photo", regex=True).any()
    assert df["date"].between(pd.Timestamp("2012-01-01"), pd.Timestamp("2019-12-31")).all()
    assert df["date"].dt.year.min() == 2012 and df["date"].dt.year.max() == 2019


def test_headlines():
    df = datasets.load("china-media-headlines-2022")
    _check(df)
    assert df.groupby("outlet").size().to_dict() == {
        "BBC": 3398,
        "CGTN": 13736,
        "China Daily": 4547,
        "Global Times": 5780,
        "Xinhua": 10352,
    }
    assert not df.duplicated(["outlet", "text"]).any()
    in_2022 = df[df["date"].between("2022-02-01", "2022-09-30")]
    assert len(in_2022) > 0.9 * len(df)
    assert (df["scrapes"] >= 1).all() and set(df["section"]) == {"CHINA", "WORLD", "UK"}


def test_data_info_shows_outlets_and_cleaning(capsys):
    datasets.load("media-western-2022")
    assert main(["data", "info", "media-western-2022"]) == 0
    out = capsys.readouterr().out
    assert "NYT (leads)                2,813  lead" in out
    assert "BBC                          748  news               2022-04-05 - 2022-06-11" in out
    assert "BBC                           37  video              2022-04-05 - 2022-06-02" in out
    assert "3,111 read, 16 empty, 38 dup URLs" in out
    assert "BBC:  184  The BBC is not responsible for the content of external sites." in out


def test_corrupted_media_file_names_dataset_file_and_hash(tmp_path, monkeypatch):
    entry = registry.info("media-rt-2022").files[1]
    mirror = tmp_path / "mirror"
    for e in registry.info("media-rt-2022").files:
        src = registry.mirror_file(registry.mirror_dir(), e.url)
        dst = registry.mirror_file(mirror, e.url)
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
    victim = registry.mirror_file(mirror, entry.url)
    victim.write_bytes(victim.read_bytes()[:1000])  # truncated
    monkeypatch.setenv("FRAMING_MIRROR", str(mirror))
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path / "cache"))
    with pytest.raises(DataError) as err:
        registry.fetch("media-rt-2022")
    msg = str(err.value)
    assert msg.startswith(f"media-rt-2022: {entry.path}: sha256 does not match")
    assert entry.sha256 in msg and "\n" not in msg
