"""Issue 13, ninth round of news-media precision repairs (lex9), from the errors of media audit
round 8: a long concessive "although" clause, "assume" + a term of office, "think like",
"uncertain times", "could be you or I", "we thought we could", a bill that "suggests" a
measure (hedge); a territorial passive with "not yet", a claim to a title or to a disputed
area, a fronted "moral high ground ... claim", "so-called" + the title of a law (distancing).
Each row is ``(sentence, category, expected)``; the positives are near misses that must still
count. The sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    ("Although the progress made over the last few years may be small, both sides go on.", []),
    ("Talks may stall, although both sides deny it.", ["may"]),
    ("Obama assumed his second term in January.", []),
    ("Analysts assumed the talks would fail.", ["assumed"]),
    ("We need to think like a head coach.", []),
    ("I think like many others that it will pass.", ["think"]),
    ("A trade war would make for more uncertain times.", []),
    ("The outcome of the vote is uncertain.", ["uncertain"]),
    ("Any one of them could be you or I.", []),
    ("The culprit could be anyone in the building.", []),
    ("The culprit could be a former employee.", ["could"]),
    ("We thought we could change the lyrics.", []),
    ("Officials fear the war could change the region.", ["could"]),
    ("The bill suggests leniency to runaway soldiers.", []),
    ("The plan suggests that costs will rise.", ["suggests"]),
    ("The data suggest a slowdown.", ["suggest"]),
]

DISTANCING = [
    ("It is the last pocket of the region not yet claimed by Russia.", []),
    ("Russia has a better claim to that title, he joked.", []),
    ("If Modi stakes India's claim to the disputed area, China will object.", []),
    ("How much moral high ground the US can still claim is unclear.", []),
    ("The so-called USA Freedom Act was approved by the House.", []),
    ("He claimed the talks had failed.", ["claimed"]),
    ("Kyiv rejects the claim to the title of liberator.", []),
    ("They voted in the so-called Donetsk People's Republic.", ["so-called"]),
]

TABLES = [(s, "hedge", e) for s, e in HEDGE] + [(s, "distancing", e) for s, e in DISTANCING]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), TABLES, ids=[f"{c}:{s[:40]}" for s, c, _ in TABLES]
)
def test_media_round8_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_every_table_has_positives_and_negatives():
    for table in (HEDGE, DISTANCING):
        assert any(e for _, e in table) and any(not e for _, e in table)
