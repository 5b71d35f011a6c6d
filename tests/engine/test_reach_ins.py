"""The fast paths that reach into textstat's and vaderSentiment's internals: identical to the
libraries on real text, and a clean fallback to the public API when the internals move."""

from __future__ import annotations

import warnings

import pytest
import textstat

from framing.engine import readability as rd
from framing.engine import sentiment as sn
from framing.engine.resources import ensure_cmudict
from framing.engine.text import sentence_spans

TEXTS = [
    "Hello world. This is it.",
    "Don't stop 'n rock's \"quoted\" words\u2014dash. 1,000.5 x",
    "The hegemony of arbitrarily twisted international affairs! Really? Yes...",
]


def _clear_caches() -> None:
    for f in (rd._resources, rd._fast_path, rd._syllables_lower, rd._difficult, sn._vader):
        f.cache_clear()
    sn._compound.cache_clear()


@pytest.fixture
def fresh_caches():
    _clear_caches()
    yield
    _clear_caches()


def test_textstat_internals_moved_falls_back_to_public_functions(monkeypatch, fresh_caches):
    def moved():
        raise rd.InternalsMoved("No module named 'textstat.backend'")

    monkeypatch.setattr(rd, "_textstat_internals", moved)
    ensure_cmudict()
    with pytest.warns(RuntimeWarning, match="textstat internals not found"):
        first = rd.readability(TEXTS[0])
    assert first["flesch_reading_ease"] == pytest.approx(textstat.flesch_reading_ease(TEXTS[0]))
    for t in TEXTS:
        r = rd.readability(t)
        assert r["flesch_kincaid_grade"] == pytest.approx(textstat.flesch_kincaid_grade(t))
        assert r["gunning_fog"] == pytest.approx(textstat.gunning_fog(t))


def test_fast_path_resources_are_textstats_own(fresh_caches):
    """Read without importing textstat, the word list and rules equal textstat's internals."""
    import subprocess
    import sys

    from textstat.backend.utils import constants, get_lang_easy_words, get_pyphen

    easy_words, pyphen_dict, apostrophe = rd._textstat_internals()
    assert easy_words == get_lang_easy_words("en_US") and len(easy_words) > 2000
    assert apostrophe == constants.RE_NONCONTRACTION_APOSTROPHE
    reference = get_pyphen("en_US")
    words = ["hegemony", "accusations", "mentality", "international", "unprovoked"]
    assert [pyphen_dict.positions(w) for w in words] == [reference.positions(w) for w in words]
    # and the fast path's start-up imports neither textstat nor NLTK (nor the SciPy they pull in)
    probe = (
        "import sys; from framing.engine import readability as rd; rd.readability('Hi there.'); "
        "print(sorted({'textstat', 'nltk', 'scipy'} & set(sys.modules)))"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_vader_internals_moved_falls_back_to_the_library(monkeypatch, fresh_caches):
    from vaderSentiment import vaderSentiment as vs

    # a future release that renamed one of the private methods the fast analyzer overrides
    monkeypatch.setattr(
        sn, "_VADER_INTERNALS", (*sn._VADER_INTERNALS, "SentimentIntensityAnalyzer._renamed")
    )
    with pytest.warns(RuntimeWarning, match="vaderSentiment internals not found"):
        analyzer = sn._vader()
    assert type(analyzer) is vs.SentimentIntensityAnalyzer
    assert sn.vader_compound_mean("It is not good. It is great!") == pytest.approx(
        (
            vs.SentimentIntensityAnalyzer().polarity_scores("It is not good.")["compound"]
            + vs.SentimentIntensityAnalyzer().polarity_scores("It is great!")["compound"]
        )
        / 2
    )


def test_installed_versions_use_the_fast_paths(fresh_caches):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert rd._fast_path()
        assert type(sn._vader()).__name__ == "FastAnalyzer"


@pytest.mark.mirror
def test_fast_vader_equals_library_on_a_real_corpus(mirror):
    """Every sentence of 60 White House 2022 documents (briefings, remarks, statements)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.data import datasets

    docs = datasets.load("whitehouse-2022").sort_values("doc_id").head(60)
    base, fast = SentimentIntensityAnalyzer(), sn._vader()
    n = 0
    for text in docs["text"]:
        for a, b in sentence_spans(text):
            s = text[a:b]
            assert fast.polarity_scores(s) == base.polarity_scores(s), s[:200]
            n += 1
    assert n > 1000
