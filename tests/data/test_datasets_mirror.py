"""Integration: fetch and parse the four registry datasets from FRAMING_MIRROR."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.data import datasets, registry

pytestmark = [pytest.mark.mirror, pytest.mark.usefixtures("mirror_data_dir")]


def test_fetch_all():
    for d in registry.datasets():
        files = registry.fetch(d.name)
        assert len(files) == d.n_files
        assert registry.is_fetched(d.name)


def _check_schema(df):
    assert list(df.columns[: len(datasets.SCHEMA)]) == datasets.SCHEMA
    assert df["doc_id"].is_unique and df["doc_id"].is_monotonic_increasing
    assert df["date"].dtype == "datetime64[ns]"
    assert (df["text"].str.strip() != "").all()


def test_ungd():
    df = datasets.load("ungd-2022")
    _check_schema(df)
    assert len(df) == 193
    assert {"CHN", "RUS", "USA", "UKR", "EU"} <= set(df["group"])
    assert df["speaker"].notna().all() and (df["genre"] == "UN General Debate speech").all()
    assert df.set_index("group").loc["UKR", "speaker"] == "Volodymyr Zelenskyy"


def test_whitehouse_and_cache():
    df = datasets.load("whitehouse-2022")
    _check_schema(df)
    assert len(df) == 2842
    assert (df["date"].dt.year == 2022).all()
    assert set(df["genre"]) == {"speech/remarks", "press briefing", "statement/release"}
    assert all(f.is_file() for f in datasets.cached_files("whitehouse-2022").values())
    pd.testing.assert_frame_equal(datasets.load("whitehouse-2022"), df)
    assert datasets.n_documents("whitehouse-2022") == 2842


def test_kremlin():
    df = datasets.load("kremlin-zelenskyy-2021-2022")
    _check_schema(df)
    counts = df["group"].value_counts().to_dict()
    dropped = df.attrs["dropped_empty"]
    assert counts["Kremlin"] + counts["President of Ukraine"] + dropped == 816 + 980
    assert counts["Kremlin"] <= 816 and counts["President of Ukraine"] <= 980
    assert df["date"].min() >= pd.Timestamp("2021-10-01")
    assert df["date"].max() < pd.Timestamp("2022-07-01")


def test_unscon():
    frames = datasets.load("unscon")
    assert set(frames) == {"clauses", "sentences"}
    assert len(frames["clauses"]) == 4726 and len(frames["sentences"]) == 2377
    assert {"A0", "A4", "Direct_NegEval", "meeting", "start"} <= set(frames["clauses"].columns)


def test_the_war_window_coverage_is_the_span_of_the_documents():
    """``datasets.article_dates`` refuses a window outside WAR_WINDOW_COVERAGE before any
    notebook runs: the span must be the documents' own first and last day."""
    dates = pd.concat([datasets.load(n)["date"] for n in datasets.WAR_WINDOW_DATASETS])
    first, last = dates.min().normalize(), dates.max().normalize()
    assert (first, last) == tuple(pd.Timestamp(d) for d in datasets.WAR_WINDOW_COVERAGE)
    assert len(datasets.war_window(*datasets.WAR_WINDOW_COVERAGE)) == len(dates)


def test_war_window():
    df = datasets.war_window()
    _check_schema(df)
    assert df["date"].min() >= pd.Timestamp("2022-02-01")
    assert df["date"].max() < pd.Timestamp("2022-05-01")
    assert set(df["group"]) == {"Kremlin", "President of Ukraine", "White House"}
