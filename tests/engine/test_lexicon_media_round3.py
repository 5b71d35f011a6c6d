"""Issue 13, fourth round of news-media precision repairs (lex4): hedge and distancing word senses.

Each row is ``(sentence, category, expected)`` with ``expected`` the matched texts of that
category in order. The negatives mimic the error types of the round-3 media audit
(``media-audit-3.csv``): statutory "up to" after a penalty ("sent to prison for up to"), the
"propose" sense of "suggest" (a proposed thing as object, a passive, a mandative subjunctive),
deontic "may" of legal authorisation, concessive "may / might" + attitude verb countered by
"but", ability "could" in a reported decision, "let's assume" for argument's sake (hedge);
possession "claim to" + a named place, "claim the sovereignty rights", insurance claims, "claim"
+ a title or prize, "so-called" before the name of a grouping, an alphanumeric name, a hard/soft
scenario term or a technical term (distancing). The positives are the near misses that must still
count. The sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    # up to: statutory maximum after a penalty noun or verb
    ("Voters could be sent to prison for up to 12 years.", ["could"]),
    ("Organisers face a ban of up to five years.", []),
    ("He was barred from office for up to 15 years.", []),
    ("The offence can land someone behind bars for up to 15 years.", []),
    # lex7: "up to" + a number is no longer a hedge
    ("Shelling lasted for up to 12 hours a day.", []),
    ("The prison holds up to 2,000 inmates.", []),  # lex7: "up to" + a number is no longer a hedge
    # suggest: proposed thing as object (with modifiers)
    ("He suggested a grand bargain between the two countries.", []),
    ("The envoy suggested a two-year moratorium on tests.", []),
    ("They suggested a deal on oil might happen within days.", ["suggested", "might"]),
    ("The delay suggests a deal is close.", ["suggests"]),
    ("The figures suggest a settlement of the dispute.", ["suggest"]),
    # suggest: mandative subjunctive
    ("The billionaire then suggested that Ukraine commit to neutrality.", []),
    ("The former leader suggested Nato be disbanded.", []),
    ("She suggested that transparency be increased.", []),
    ("He suggested the EU use a special procedure.", []),
    ("Polls suggest that the party remains popular.", ["suggest"]),
    ("The data suggest that it could be worse.", ["suggest", "could"]),
    ("Recent gains suggest Russia's hold on the south may be fragile.", ["suggest", "may"]),
    ("That experience suggests will be felt worldwide.", ["suggests"]),
    ("A survey has suggested a drop in support for the war.", ["suggested"]),
    # suggested: passive with the proposed thing as subject
    ("The ban was suggested ahead of the summit.", []),
    ("The possible names had been suggested by the public.", ["possible"]),
    ("It was suggested they could be exchanged for prisoners.", ["suggested", "could"]),
    ("It has been suggested by some observers that the data were altered.", ["suggested"]),
    # may: deontic, legal authorisation
    ("The prosecutor general and deputies may apply similar measures.", []),
    ("The court may impose a fine of 5,000 roubles.", []),
    ("Citizens may apply for a permit at the town hall.", []),
    ("The EU may impose new sanctions next week.", ["may"]),
    ("The court may rule on the appeal next week.", ["may"]),
    # may / might: concessive with an attitude verb, then "but"
    ("You may not agree with it, but you feel it is real news.", []),
    ("He may harbor personal animosity toward Tehran. But that is no reason.", []),
    ("Some may call it a whitewash, but it looks like a cover-up.", []),
    ("He might not want to name them, but others have.", []),
    ("Russia may launch an offensive, but Kyiv is prepared.", ["may"]),
    ("Officials may think the worst is over.", ["may", "think"]),
    # could: ability in a reported decision
    ("The activists decided they could defeat the police.", []),
    ("The judge ruled that she could stand for office.", []),
    ("Analysts concluded that the strike could escalate.", ["could"]),
    # assume / suppose: a supposition for argument's sake
    ("Let's assume for a moment the drill was lawful.", []),
    ("Let us suppose that the talks fail.", []),
    ("Suppose, for the sake of argument, that the data are wrong.", []),
    ("Officials assume that the talks will fail.", ["assume"]),
    ("I suppose the talks will fail.", ["suppose"]),
]

DISTANCING = [
    # claim: possession of a named place, sovereignty with a determiner
    ("Ukraine would relinquish its claim to Crimea.", []),
    ("Russia backed China's claim to Taiwan.", []),
    ("The vessel was grounded in an attempt to claim the sovereignty rights over the reef.", []),
    ("Its claim to be a neutral broker is hollow.", ["claim"]),
    ("Kyiv repeated its claim to Reuters that the dam was hit by a missile.", ["claim"]),
    # claim: insurance
    ("Holders of swaps, a form of insurance against default, could start making claims.", []),
    ("Insurers claimed that the losses were exaggerated.", ["claimed"]),
    # claim: the take sense with a title or prize
    ("London may try to polish its prestige by claiming the tin star.", []),
    ("She claimed a third gold medal in Tokyo.", []),
    ("Kyiv claimed a successful counteroffensive.", ["claimed"]),
    ("He claimed the record shows no such payment.", ["claimed"]),
    # so-called: groupings, alphanumeric names, scenario and technical terms
    ("The accounts praise the so-called Brics countries (Brazil, Russia, India).", []),
    ("The deal was reached with the so-called P5+1 group of powers.", []),
    ("The so-called Vancouver Group met in Canada.", []),
    ("The summit of the so-called Normandy format was held in Paris.", []),
    ("The so-called G7 met in Bavaria.", []),
    ("She wants to avoid the so-called hard-Brexit.", []),
    ("Growth will stay low in the so-called L-shaped evolution.", []),
    ("All of these so-called chemical agents can be used in shells.", []),
    ("They are pioneers of so-called loitering munitions.", []),
    ("They were held in the so-called Donetsk People's Republic.", ["so-called"]),
    ("They attack the so-called Islamic State in Raqqa.", ["so-called"]),
    ("The so-called foreign agents law silenced the press.", ["so-called"]),
    ("The so-called referendum was held at gunpoint.", ["so-called"]),
]

TABLES = [(s, "hedge", e) for s, e in HEDGE] + [(s, "distancing", e) for s, e in DISTANCING]


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), TABLES, ids=[f"{c}:{s[:40]}" for s, c, _ in TABLES]
)
def test_media_round3_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_every_table_has_positives_and_negatives():
    for table in (HEDGE, DISTANCING):
        assert any(e for _, e in table) and any(not e for _, e in table)
