"""framing.present.entries: lexicon entries described in words, never as raw regular expressions."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import framing
from framing.present.entries import describe_entry, entry_descriptions, expand_regex


def _entry(kind, pattern, subcategory=None, notes=None):
    return SimpleNamespace(kind=kind, pattern=pattern, subcategory=subcategory, notes=notes)


@pytest.mark.parametrize(
    "kind, pattern, notes, text",
    [
        ("term", "hegemony", None, "the word “hegemony”"),
        ("term", "blame game", None, "the words “blame game”"),
        ("glob", "accus*", None, "words beginning with “accus”"),
        ("regex", r"\bblam(?:e|es|ed|ing)\b", None,
         "the forms “blame”, “blames”, “blamed” or “blaming”"),
        ("regex", r"\bso[- ]called\b", None, "the forms “so-called” or “so called”"),
        ("regex", r"\bzero[- ]sum\b", None, "the forms “zero-sum” or “zero sum”"),
        ("regex", r"\bSino(?=-)", None, "the form “Sino” when followed by “-”"),
        ("regex", r"\bappear(?:s|ed|ing)?(?=\s+(?:to|that)\b)", None,
         "the forms “appear”, “appears”, “appeared” or “appearing” when followed by “to” or "
         "“that”"),
        ("regex", r"\bdemoni[sz](?:e|es|ed|ing|ation)\b", None,
         "the forms “demonise”, “demonises”, “demonised”, “demonising”, “demonisation”, "
         "“demonize”, “demonizes” or “demonized” and 2 more"),
        # open-ended: the notes, or the subcategory, never the pattern
        ("regex", r"\bwhat\s+(?:\w+\s+){0,3}?called\b", "what X calls Y", "what X calls Y"),
        ("regex", r"\bwhat\s+(?:\w+\s+){0,3}?called\b", None,
         "a phrase pattern: reported labels"),
    ],
)  # fmt: skip
def test_describe_entry(kind, pattern, notes, text):
    e = _entry(kind, pattern, "label", notes)
    assert describe_entry(e, {"label": "Reported labels"}) == text


def test_expand_regex_gives_up_on_open_patterns():
    assert expand_regex(r"\b\w+ism\b") is None
    assert expand_regex(r"(?:a|b|c){0,5}") is None  # more repetition than spelled out
    assert expand_regex(r"x[a-z]") is None  # a range is not a few characters


def test_every_builtin_entry_has_a_description_without_regex_syntax():
    d = entry_descriptions(framing.load_lexicon())
    assert len(d) > 400
    for (cat, pattern), text in d.items():
        assert "\\b" not in text and "(?:" not in text and "\\s" not in text, (cat, pattern, text)
