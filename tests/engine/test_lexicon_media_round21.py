"""Issue 13, twenty-sixth lexicon repair (lex26, METRICS_VERSION 110), from the errors of media
precision round 21: cooperation, partnership, coordination, friendship, peace and dialogue inside
a capitalised name are not the peace_cooperation frame. Each row is ``(sentence, category,
expected)``; the positives are near misses that must still count. The sentences are written for
the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

ROWS = [
    # a capitalised word on each side
    ("Leaders met at the Shanghai Cooperation Organization summit", "peace_cooperation", []),
    ("She won the Nobel Peace Prize last year", "peace_cooperation", []),
    ("Staff of the Joint Coordination Center in Istanbul", "peace_cooperation", []),
    ("The Trans-Pacific Partnership (TPP) collapsed", "peace_cooperation", []),
    # the last word of an organisation's name
    ("The Forum on China-Africa Cooperation opened", "peace_cooperation", []),
    (
        "Observers of the Organization for Security and Co-operation in Europe",
        "peace_cooperation",
        [],
    ),
    # a word before the head noun of a name
    ("Ministers of the Gulf Cooperation Council met", "peace_cooperation", []),
    ("Crowds crossed the Friendship Bridge", "peace_cooperation", []),
    # the frame itself still counts
    ("China and Russia deepen cooperation", "peace_cooperation", ["cooperation"]),
    ("Win-Win Cooperation", "peace_cooperation", ["Win-Win", "Cooperation"]),
    ("Peace talks resumed in Istanbul", "peace_cooperation", ["Peace"]),
    ("We want peace. Cooperation is the only way.", "peace_cooperation", ["peace", "Cooperation"]),
    ("The organisation promotes cooperation among members", "peace_cooperation", ["cooperation"]),
]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), ROWS, ids=[f"{c}-{s[:36]}" for s, c, _ in ROWS]
)
def test_media_round21_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_the_table_has_positives_and_negatives():
    assert any(e for *_, e in ROWS) and any(not e for *_, e in ROWS)
