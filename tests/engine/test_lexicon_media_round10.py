"""Issue 13, eleventh round of news-media precision repairs (lex11), from the hedge errors of
media audit round 10: "possible" only before a noun or "that" (predicative "possible" is mostly
feasibility), and the noun "might" at the end of a sentence. Each row is ``(sentence,
expected)``; the positives are near misses that must still count. The sentences are written
for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    ("All this is possible only through negotiation.", []),
    ("This would not be possible without the sponsors.", []),
    ("We will take the train if it will be possible and then a bus.", []),
    ("They said that a deal is possible.", []),
    ("A possible visit to China is being prepared.", ["possible"]),
    ("It is possible that they will come back.", ["possible"]),
    ("They warned of possible disastrous consequences.", ["possible"]),
    ("It was the worst reflection of US might.", []),
    ("Russia might attack in the spring.", ["might"]),
    ("Whatever they might say, the talks go on.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), HEDGE, ids=[s[:40] for s, _ in HEDGE])
def test_media_round10_hedge_table(sentence, expected):
    assert matched_texts(sentence, "hedge") == expected


def test_the_table_has_positives_and_negatives():
    assert any(e for _, e in HEDGE) and any(not e for _, e in HEDGE)
