"""Decomposed accents (NFD) are composed before analysis and spans mapped back."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd
import pytest

import framing
from framing.engine.compose import MARKS, compose
from framing.stats.keyness import term_counts

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

TEXTS = [
    "Wéstern officials said the président “may” have accused the West. Schröder was blamed.",
    "Señor Zelenskyy's “so-called” allies, reportedly, are naïve about the West’s hegemony.",
    "Ángela Merkel condemned Russia. The café owner doubted it.",
]


@pytest.mark.parametrize(
    ("text", "composed"),
    [
        ("e\u0301", "é"),
        ("Schro\u0308der", "Schröder"),
        ("a\u0301b\u0301c", "\u00e1b\u0301c"),  # no precomposed b with acute: the mark stays
        ("Ho\u0302\u0323", "Hộ"),  # two marks, one letter
        ("plain ascii", "plain ascii"),
        ("already NFC: é", "already NFC: é"),
        ("\u0301leading mark", "\u0301leading mark"),
        # invisible characters are removed (version 131)
        ("inter\u00adnational", "international"),
        ("\ufeffHello", "Hello"),
        ("a\u2060\u2060b", "ab"),
        ("c\u200bd", "cd"),  # a zero-width space between Latin letters shows nothing (135)
        ("c \u200bd", "c \u200bd"),  # beside a space it is a break opportunity: kept
        ("e\u00ad\u0301", "é"),  # a soft hyphen between the letter and its mark
        ("\u00ad", ""),
        ("plain NFC café with no invisible", "plain NFC café with no invisible"),
    ],
)
def test_compose_table(text, composed):
    out, spans = compose(text)
    assert out == composed
    assert (spans is None) == (out == text)


def test_span_map_by_hand():
    # "Schro\u0308der said" (14 characters) -> "Schröder said" (13)
    text = "Schro\u0308der said"
    out, spans = compose(text)
    assert out == "Schröder said" and spans.clusters == [(4, 6, 4, 5)]
    # the composed ö (offset 4) is the original's o + mark (4..6)
    assert (spans.start(4), spans.end(5)) == (4, 6)
    # "der" (5..8 composed) is 6..9 in the original; "said" 9..13 is 10..14
    assert (spans.start(5), spans.end(8)) == (6, 9)
    assert (spans.start(9), spans.end(13)) == (10, 14)
    # before the cluster nothing moves
    assert (spans.start(0), spans.end(4)) == (0, 4)


def test_removed_invisible_characters_map_by_hand():
    # "\ufeffac\u00adcused e\u0301" (12 characters) -> "accused é" (9)
    text = "\ufeffac\u00adcused e\u0301"
    out, spans = compose(text)
    assert out == "accused é"
    # the BOM and the soft hyphen are clusters with no character left
    assert spans.clusters == [(0, 1, 0, 0), (3, 4, 2, 2), (10, 12, 8, 9)]
    assert (spans.start(0), spans.end(7)) == (1, 9)  # "accused" is ac + soft hyphen + cused
    assert text[spans.start(0) : spans.end(7)] == "ac\u00adcused"
    assert (spans.start(8), spans.end(9)) == (10, 12)  # é is e + mark
    assert (spans.start(2), spans.end(3)) == (4, 5)  # the first c after the soft hyphen


@pytest.mark.parametrize(
    "hidden",
    [
        "The West ac\u00adcused China of inter\u00adnational hege\u00admony.",
        "\ufeffThe West accused China of inter\u2060national hegemony.",
    ],
)
def test_invisible_characters_give_the_analysis_of_the_visible_text(hidden):
    plain = "The West accused China of international hegemony."
    a, b = framing.analyze(hidden), framing.analyze(plain)
    pd.testing.assert_series_equal(a.metrics, b.metrics)
    assert a.metrics["tokens"] == 7  # a soft hyphen no longer splits a word (version 131)
    assert a.matches.category.tolist() == b.matches.category.tolist()
    for df in (a.matches,):
        assert [
            hidden[s:e] for s, e in zip(df.start, df.end, strict=True)
        ] == df.matched_text.tolist()
    assert all(hidden[t.start : t.end] == t.text for t in a.tokens)
    assert term_counts([hidden]) == term_counts([plain])


def test_a_composition_that_grows_maps_whole_clusters():
    # NFC reorders the two marks (dot below first) and composes both: the cluster of three
    # characters becomes one and maps back as a whole
    text = "x a\u0302\u0323 y"
    out, spans = compose(text)
    assert out == "x ậ y"
    assert text[spans.start(2) : spans.end(3)] == "a\u0302\u0323"


@pytest.mark.parametrize("text", TEXTS)
def test_nfd_and_nfc_text_give_the_same_analysis(text):
    nfc, nfd = framing.analyze(text), framing.analyze(NFD(text))
    assert re.search(f"[{MARKS}]", NFD(text))  # the NFD form has marks to compose
    pd.testing.assert_series_equal(nfc.metrics, nfd.metrics)
    cols = ["category", "term", "sentence", "negated", "voice", "source", "target"]
    pd.testing.assert_frame_equal(nfc.matches[cols], nfd.matches[cols])
    # every span points into the NFD text as written and reads as the NFC match
    for df, t in ((nfd.matches, NFD(text)), (nfd.quotes, NFD(text))):
        col = "matched_text" if "matched_text" in df else "text"
        assert [t[s:e] for s, e in zip(df.start, df.end, strict=True)] == df[col].tolist()
    assert [NFD(m) for m in nfc.matches.matched_text] == nfd.matches.matched_text.tolist()
    assert [NFD(t.text) for t in nfc.tokens] == [t.text for t in nfd.tokens]
    assert all(NFD(text)[t.start : t.end] == t.text for t in nfd.tokens)
    assert [NFD(s) for s in nfc.sentences.text] == nfd.sentences.text.tolist()


def test_the_pronoun_is_not_found_inside_a_decomposed_word():
    a = framing.analyze(NFD("Wéstern officials spoke."))
    assert "we_group" not in set(a.matches.category)
    assert a.metrics["tokens"] == 3


def test_score_keyness_and_kwic_compose_too():
    texts = TEXTS + [NFD(t) for t in TEXTS]
    s = framing.score(texts, progress=False).drop(columns="doc_id")
    n = len(TEXTS)
    pd.testing.assert_frame_equal(
        s.iloc[:n].reset_index(drop=True), s.iloc[n:].reset_index(drop=True)
    )
    assert term_counts(TEXTS) == term_counts([NFD(t) for t in TEXTS])
    k = framing.analyze(NFD(TEXTS[0])).kwic(pattern="président")
    assert k.matched_text.tolist() == [NFD("président")]
    k = framing.analyze(NFD(TEXTS[2])).kwic("accusation", window=2)
    assert k.left.tolist() == [NFD("Ángela Merkel")]


def test_unplaced_speaker_names_are_composed_with_spans_into_the_text_as_written():
    from framing.engine.unplaced import speaker_names

    text = NFD("Officials met. Ambassador Schröder said the talks failed.")
    ((name, start, end),) = speaker_names(text)
    assert name == "Schröder" and text[start:end] == NFD("Schröder")
