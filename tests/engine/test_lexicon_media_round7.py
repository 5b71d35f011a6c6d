"""Issue 13, eighth round of news-media precision repairs (lex8), from the errors of media audit
round 7: deliberative "think", fixed "generally recognized", "too often", the noun
"potential", "as soon as it is possible" (hedge); the impersonal "what is called", "claim of
responsibility", a possessive territorial claim before a comma (distancing). Each row is
``(sentence, category, expected)``; the positives are near misses that must still count. The
sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    ("You have to think in these terms about next year.", []),
    ("We must think hard before we act.", []),
    ("I think in the end they will agree.", ["think"]),
    ("Officials think the talks will fail.", ["think"]),
    ("The deal rests on generally recognized principles of international law.", []),
    ("Firms follow generally accepted accounting standards.", []),
    ("Prices are generally higher in winter.", ["generally"]),
    ("It is generally believed that the plan failed.", ["generally", "believed"]),
    ("Too often lost in the debate is the role of workers.", []),
    ("This happens all too often.", []),
    ("They often meet in Geneva.", ["often"]),
    ("There is much potential still to be tapped.", []),
    ("The two economies have tremendous potential.", []),
    ("Officials warned of a potential conflict.", ["potential"]),
    ("She wants to go back as soon as it is possible.", []),
    ("He left as soon as possible.", []),
    ("It is possible that he left.", ["possible"]),
]

DISTANCING = [
    ("He said this was what is called state policy.", []),
    ("It is what could be described as a stalemate.", []),
    ("It is what Moscow calls a special military operation.", ["what Moscow calls"]),
    ("What critics described as a purge went on.", ["What critics described"]),
    ("There was no immediate claim of responsibility.", []),
    ("Japan’s claim to the Diaoyu Islands, a move that angered Beijing, was on show.", []),
    ("Japan’s claim to the islands that Beijing rejects is old.", []),
    ("Russia’s claim that the strike hit soldiers was false.", ["claim"]),
    ("The claim of a secret deal was denied.", ["claim"]),
]

TABLES = [(s, "hedge", e) for s, e in HEDGE] + [(s, "distancing", e) for s, e in DISTANCING]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), TABLES, ids=[f"{c}:{s[:40]}" for s, c, _ in TABLES]
)
def test_media_round7_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_every_table_has_positives_and_negatives():
    for table in (HEDGE, DISTANCING):
        assert any(e for _, e in table) and any(not e for _, e in table)
