"""Soft hyphens and zero-width characters: removed before matching, spans into the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.engine.analysis import analyze
from framing.engine.invisible import INVISIBLE, remove_invisible

CLEAN = "The West accused China of hegemony. It may be a so-called alliance, not a bloc."


@pytest.mark.parametrize(
    ("text", "category", "written"),
    [
        ("The West ac\u00adcused China.", "accusation", "ac\u00adcused"),
        ("The We\u200bst accused China.", "west_us", "We\u200bst"),
        ("They talk of hege\u2060mony.", "negative_evaluation", None),
        ("It\u00ad may be so.", "hedge", "may"),  # an invisible next to, not inside, the match
        ("\ufeffThe West said so.", "west_us", "West"),
        ("The West\u00ad\u200b accused China.", "west_us", "West"),  # trailing ones stay out
    ],
)  # fmt: skip
def test_invisible_characters_inside_words_do_not_hide_matches(text, category, written):
    a = analyze(text)
    clean = analyze(remove_invisible(text)[0])
    assert list(a.matches["term"]) == list(clean.matches["term"])
    for r in a.matches.itertuples():
        assert text[r.start : r.end] == r.matched_text
    hits = a.matches[a.matches["category"] == category]
    if written is not None:
        assert written in list(hits["matched_text"]), a.matches
    assert a.metrics[f"{category}_count"] == clean.metrics[f"{category}_count"]


def test_offset_map_round_trip():
    text = "\u00adab\u200b\u200bc\u2060"
    vis, omap = remove_invisible(text)
    assert vis == "abc"
    assert [omap.start(i) for i in range(3)] == [1, 2, 5]
    assert omap.end(3) == 6 and omap.end(2) == 3
    assert omap.to_visible(0) == 0 and omap.to_visible(3) == 2 and omap.to_visible(5) == 2
    assert remove_invisible("plain")[1] is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, len(CLEAN)), max_size=8), st.sampled_from(list(INVISIBLE)))
def test_sprinkled_invisibles_change_no_match(positions, char):
    text = CLEAN
    for p in sorted(positions, reverse=True):
        text = text[:p] + char + text[p:]
    a, clean = analyze(text), analyze(CLEAN)
    assert list(a.matches["category"]) == list(clean.matches["category"])
    for r, c in zip(a.matches.itertuples(), clean.matches.itertuples(), strict=True):
        assert text[r.start : r.end] == r.matched_text
        assert remove_invisible(r.matched_text)[0] == c.matched_text
