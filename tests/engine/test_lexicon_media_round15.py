"""Issue 13, twenty-first lexicon repair (lex21, METRICS_VERSION 103), from the hedge errors of
media audit round 15: a concessive "may / might have" + participle countered by "but" without a
comma, the reader's supposed view ("You might think ..."), generic "that one might" + an action
verb, a legal penalty stated by its maximum for a generic subject, "little ... could be
described as", "demonstrated that X could", "could play a big role", a negated "nearly as",
"largely" + a verb of growth and "assuming overall command". Each row is ``(sentence, expected)``; the positives are near misses
that must still count. The sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    ("His career may have been cut short but he lived to the full.", []),
    ("The deal might have looked weak but it held for a decade.", []),
    ("The tanker may have been hit but not sunk.", ["may"]),
    ("I am with the kids so might have to sit on my hands but I want them to win.", ["might"]),
    ("He may have fled the country.", ["may"]),
    ('"You might think he was fighting with Sweden," he said.', []),
    ("You may be forgiven for thinking the war is over.", []),
    ("And you might believe the worst is behind us.", []),
    ("They might think the war is over.", ["might", "think"]),
    ("You might lose the deposit if you cancel.", ["might"]),
    ("These are not the kind of events that one might use to open a festival.", []),
    ("This is, as one might expect, a close race.", ["might"]),
    ("It was a result that one might argue was rigged.", ["might"]),
    ("Under the law, the perpetrator could face a prison sentence of up to 15 years.", []),
    ("If convicted, she could face up to 10 years behind bars.", ["could"]),
    ("Those who dodge the draft may face up to five years in prison.", []),
    ("Offenders could face a fine of up to 5,000 roubles.", []),
    ("If found guilty, he could face up to 10 years in jail.", ["could"]),
    ("Anyone who spreads such reports could face up to 15 years in prison.", []),
    ("The senator could face charges over the leak.", ["could"]),
    ("Exporters could face up to 25% tariffs next year.", ["could"]),
    ("In reality, little here could be described as normal.", []),
    ("Nothing could be further from the truth.", []),
    ("The shelling could be described as a war crime.", ["could"]),
    ("The series demonstrated that a TV drama could be intelligent.", []),
    ("The test proved that the missile could reach the island.", []),
    ("The study showed that sanctions could backfire.", ["could"]),
    ("Charities could also play a big role in providing clean water.", []),
    ("The United States could play a leading role in the process.", []),
    ("The militia could play a role in the attack.", ["could"]),
    ("China has never been nearly as disruptive as the US.", []),
    ("He has not gone nearly as far as his predecessor.", []),
    ("Nearly as many people voted as in 2018.", ["Nearly"]),
    ("The town was nearly destroyed.", ["nearly"]),
    ("The bloc is largely increasing its aid budget.", []),
    ("Greece has largely strengthened its position.", []),
    ("The protests were largely peaceful.", ["largely"]),
    ("The fall was largely due to sanctions.", ["largely"]),
    ("The general spoke for the first time since assuming overall command of the operation.", []),
    ("The forces have assumed full control of the region.", []),
    ("Analysts assumed full compliance would follow.", ["assumed"]),
]


@pytest.mark.parametrize(("sentence", "expected"), HEDGE, ids=[s[:40] for s, _ in HEDGE])
def test_media_round15_hedge_table(sentence, expected):
    assert matched_texts(sentence, "hedge") == expected


def test_the_table_has_positives_and_negatives():
    assert any(e for _, e in HEDGE) and any(not e for _, e in HEDGE)
