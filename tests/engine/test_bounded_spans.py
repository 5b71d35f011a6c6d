"""Sentences without end read in bounded windows by attribution and the VADER mean."""

from __future__ import annotations

import pytest

import framing
from framing.engine import text as tx
from framing.engine.sentiment import vader_compound_mean, vader_compounds


@pytest.mark.parametrize(
    ("text", "spans", "limit", "expected"),
    [
        ("a b c", [(0, 5)], 10, [(0, 5)]),  # short: unchanged
        ("aaaa bbbb cccc", [(0, 14)], 6, [(0, 4), (4, 9), (9, 14)]),  # cut at the last space
        ("abcdefghij", [(0, 10)], 4, [(0, 4), (4, 8), (8, 10)]),  # no space: cut at the limit
        ("aa bb\ncc dd", [(0, 11)], 7, [(0, 5), (5, 11)]),  # a newline counts as a space
        ("x. aaaa bbbb", [(0, 2), (3, 12)], 5, [(0, 2), (3, 7), (7, 12)]),  # only the long one
    ],
)
def test_bounded_spans(text, spans, limit, expected):
    out = tx.bounded_spans(text, spans, limit)
    assert out == expected
    assert out[0][0] == spans[0][0] and out[-1][1] == spans[-1][1]  # nothing lost
    assert all(e - s <= limit for s, e in out)


def test_short_spans_are_returned_as_they_are():
    spans = [(0, 3)]
    assert tx.bounded_spans("abc", spans) is spans
    for spans, limit in (([], 4), ([(0, 4), (5, 9)], 4), ([(2, 2), (3, 9)], 6)):
        assert tx.bounded_spans("aaaa bbbb", spans, limit) is spans  # empty, at the limit
    spans = [(0, 4), (5, 10)]  # one character over the limit
    assert tx.bounded_spans("aaaa bbbbb", spans, 4) == [(0, 4), (5, 9), (9, 10)]


def test_real_sentences_are_far_below_the_limit():
    # the longest sentence of the focal article, for scale: a long sentence of real prose is a
    # few hundred characters, so the windows never change results on real text
    a = framing.analyze(framing.read_article(_article()).body)
    longest = max(e - s for s, e in tx.sentence_spans(a.text))
    assert longest < tx.MAX_SENTENCE_CHARS / 5


def test_a_sentence_without_end_is_attributed_in_windows(monkeypatch):
    # the time is measured by benchmarks/pathological.py (make bench); here: the rules only ever
    # see windows of bounded length, and they still find every frame and stance
    from framing.engine import attribution as at

    seen: list[int] = []
    inner = at._attribute

    def spy(norm, low, sentences, *args):
        assert low == tx.lower_same_length(norm)  # the document's lowercase text, shared
        seen.append(max(e - s for s, e in sentences))
        return inner(norm, low, sentences, *args)

    monkeypatch.setattr(at, "_attribute", spy)
    n = 4_000  # about 225 kB in one sentence
    a = framing.analyze("some critics said the West may accuse China of hegemony " * n)
    assert seen and max(seen) <= tx.MAX_SENTENCE_CHARS
    assert a.metrics["vague_source_count"] >= n * 0.9  # "critics said" in every unit
    stance = a.matches[a.matches["category"].isin(["hedge", "accusation"])]
    # "may" and "accuse" are in the critics' saying (a window may cut a unit at its edge)
    assert (stance["voice"] == "reported").mean() > 0.9
    targets = a.matches.loc[a.matches["category"] == "accusation", "target"]
    assert (targets == "china").mean() > 0.9  # the accused, but at a window's edge


def test_vader_mean_counts_windows_of_an_endless_sentence():
    text = "it is good but bad and not great but fine " * 300  # 12,600 characters, no full stop
    spans = tx.bounded_spans(text, [(0, len(text))])
    assert len(spans) == 3
    assert vader_compound_mean(text, [(0, len(text))]) == pytest.approx(
        sum(vader_compounds(text, spans)) / 3
    )


def _article():
    from pathlib import Path

    return (
        Path(__file__).resolve().parents[2]
        / "data"
        / "article"
        / ("globaltimes-2022-03-24-china-russia-mutual-trust.txt")
    )


def test_the_scare_quote_rules_read_a_bounded_context(monkeypatch):
    # one unpunctuated "sentence" of 2,000 quotations: each is read with at most CONTEXT_CHARS
    # of its clause and sentence and CONTEXT_QUOTATIONS quotations on each side (the whole
    # sentence made it quadratic), and every quotation still names its real sentence (0)
    from framing.engine import quotes as qt

    seen: list[tuple[int, int, int]] = []
    inner = qt._reason

    def spy(c):
        seen.append((len(c.before), len(c.after), len(c.sentence)))
        return inner(c)

    monkeypatch.setattr(qt, "_reason", spy)
    text = 'the so-called "peace" talks and ' * 2_000
    rows = qt.find_quotes(text, tx.sentence_spans(text))
    assert len(rows) == len(seen) == 2_000
    assert max(b for b, _, _ in seen) <= qt.CONTEXT_CHARS
    assert max(a for _, a, _ in seen) <= qt.CONTEXT_CHARS
    assert max(s for _, _, s in seen) <= tx.MAX_SENTENCE_CHARS + 1
    assert {r[-1] for r in rows} == {0}
    assert all(r[4] for r in rows)  # after "so-called": scare quotes, window edges or not
    dense = 'we "x" ' * 100  # 700 characters, but never more than 12 quotations back
    before = qt.find_quotes(dense)
    assert all(b <= 7 * (qt.CONTEXT_QUOTATIONS + 1) for b, _, _ in seen[-100:])
    assert len(before) == 100
