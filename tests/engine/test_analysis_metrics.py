"""The per-category metrics of ``compute`` (counted with Counter/compress) against a plain loop.

The reference below is the straightforward per-match loop the metrics were first written as;
the texts exercise negation, author vs reported voice, "+"-joined targets, the west_us frame
share, and texts without tokens or sentences.
"""

import math

import pytest

from framing.engine.analysis import WEST_US, WEST_US_FRAMES, compute, metric_columns
from framing.engine.invisible import INVISIBLE, has_invisible
from framing.engine.lexicon import load_lexicon

TEXTS = [
    "",
    "   \n\t ",
    "The US did not accuse China of lying. It never threatened anyone.",
    "Washington and NATO accused Russia and China of aggression, the West claims.",
    'Officials said the "democracy" promoted by the US is a Cold War relic. '
    "The West may possibly be hegemonic. Some say Beijing is illegal.",
    "The United States\u2019 hegemony, Washington\u2019s bullying and the West\u2019s lies "
    "threaten peace.\n\nChina has not and will never seek hegemony.",
    "accused " * 40,
    # 71 tokens: count * 1000 / 71 differs from count * (1000 / 71) in the last bit
    "The West accused China of lies and may threaten peace. " * 7 + "Fine.",
]


def reference_metrics(matches, rows, lexicon, n_tok, n_sent) -> dict:
    """Per-category metrics by one plain loop per match (the original definition)."""

    def per_1k(c):
        return c * 1000 / n_tok if n_tok else math.nan

    cats = lexicon.categories
    counts, negs, authored, targeted = ({c: 0 for c in cats} for _ in range(4))
    sents = {c: set() for c in cats}
    targeted_sents = {c: set() for c in cats}
    for x, (voice, _, target) in zip(matches, rows, strict=True):
        counts[x.category] += 1
        negs[x.category] += bool(x.negated)
        sents[x.category].add(x.sentence)
        authored[x.category] += voice == "author"
        for t in target.split("+") if target else ():
            if t in cats:
                targeted[t] += 1
                targeted_sents[t].add(x.sentence)
    m = {}
    for c in cats:
        m[f"{c}_count"], m[f"{c}_per_1k"] = counts[c], per_1k(counts[c])
        m[f"{c}_negated_count"] = negs[c]
        m[f"{c}_author_count"], m[f"{c}_author_per_1k"] = authored[c], per_1k(authored[c])
        m[f"{c}_targeted_count"], m[f"{c}_targeted_per_1k"] = targeted[c], per_1k(targeted[c])
        share = len(targeted_sents[c]) / n_sent if n_sent else math.nan
        m[f"{c}_targeted_sentence_share"] = share
    frames = [c for c in WEST_US_FRAMES if c in cats]
    if WEST_US in cats and frames and n_sent:
        framed = set().union(*(sents[c] for c in frames))
        m["west_us_frame_sentence_share"] = len(sents[WEST_US] & framed) / n_sent
    else:
        m["west_us_frame_sentence_share"] = math.nan
    return m


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or (a == b and type(a) is type(b))


@pytest.mark.parametrize("text", TEXTS)
def test_match_metrics_equal_the_plain_loop(text):
    lex = load_lexicon()
    sentences, matches, _, m, attribution = compute(text, lex, False, False)
    ref = reference_metrics(matches, attribution.rows, lex, m["tokens"], len(sentences))
    assert set(ref) <= set(m)
    assert [k for k in ref if not _same(m[k], ref[k])] == []
    assert set(metric_columns(lex)) <= set(m)


def test_texts_exercise_the_counters():
    """The table above reaches every counter (else the comparison proves little)."""
    lex = load_lexicon()
    totals = {"negated": 0, "author": 0, "targeted": 0, "multi": 0, "west": 0}
    for text in TEXTS:
        _, matches, _, m, attribution = compute(text, lex, False, False)
        totals["negated"] += sum(x.negated for x in matches)
        totals["author"] += sum(r[0] == "author" for r in attribution.rows)
        totals["targeted"] += sum(bool(r[2]) for r in attribution.rows)
        totals["multi"] += sum("+" in r[2] for r in attribution.rows)
        share = m["west_us_frame_sentence_share"]
        totals["west"] += not math.isnan(share) and share > 0
    assert all(totals.values()), totals


def test_rates_are_count_times_1000_over_tokens():
    """``*_per_1k`` is ``count * 1000 / tokens`` to the last bit (the table has a text where
    ``count * (1000 / tokens)`` differs)."""
    lex = load_lexicon()
    _, _, _, m, _ = compute(TEXTS[-1], lex, False, False)
    n = m["tokens"]
    counts = {c: m[f"{c}_count"] for c in lex.categories if m[f"{c}_count"]}
    assert any(k * 1000 / n != k * (1000 / n) for k in counts.values())
    assert all(m[f"{c}_per_1k"] == k * 1000 / n for c, k in counts.items())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain ascii", False),
        ("caf\u00e9 \u201cquoted\u201d", False),
        ("ac\u00adcused", True),
        ("zero\u200bwidth", True),
        ("word\u2060joiner", True),
        ("\ufeffbom at the start", True),
        ("zwj \u200d and zwnj \u200c are kept", False),
    ],
)
def test_has_invisible(text, expected):
    assert has_invisible(text) is expected
    assert has_invisible(text) == any(c in INVISIBLE for c in text)
