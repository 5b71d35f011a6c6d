"""Issue 13, tenth round of news-media precision repairs (lex10), from the hedge errors of media
audit rounds 8 and 9 that no earlier round repaired: the idiom "be that as it may", a legal
penalty "may", "so often", a correlative "sometimes ..., sometimes ...", "potential" + a
prospective role. Each row is ``(sentence, expected)``; the positives are near misses that must
still count. The sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    ("Be that as it may, the talks went on.", []),
    ("It may rain tomorrow.", ["may"]),
    ("The firm can be fined and may also have its business license revoked.", []),
    ("Offenders may be fined up to 500 yuan.", []),
    ("He may be fined next week.", ["may"]),
    ("The headlines we see so often in the media are loaded.", []),
    ("This happens not so often.", ["often"]),
    ("Such talks often fail.", ["often"]),
    ("There were holes in every door, sometimes one, sometimes four or five.", []),
    ("Prices sometimes rise in winter.", ["sometimes"]),
    ("Many people have come forward as potential hosts.", []),
    ("The two potential successors met on Monday.", []),
    ("A potential conflict looms over the region.", ["potential"]),
]


@pytest.mark.parametrize(("sentence", "expected"), HEDGE, ids=[s[:40] for s, _ in HEDGE])
def test_media_round9_hedge_table(sentence, expected):
    assert matched_texts(sentence, "hedge") == expected


def test_the_table_has_positives_and_negatives():
    assert any(e for _, e in HEDGE) and any(not e for _, e in HEDGE)
