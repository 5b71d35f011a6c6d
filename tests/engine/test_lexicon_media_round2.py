"""Issue 13, third round of news-media precision repairs (lex3): word senses on Western news.

Each row is ``(sentence, category, expected)`` with ``expected`` the matched texts of that
category in order. The negatives mimic the error types of the round-2 media audit
(``media-audit-2.csv``): narrated-perception and entitlement "could", the "propose" sense of
"suggest", incredulous "can't believe", intensifying "possibly can", statutory "up to" + penalty,
concessive "whatever ... may"; surnames ("Mr Crook"), technical compounds ("malicious
software"), mentions of a word; counterfeit goods ("fake vaccines"), the legal "propaganda of
...", "currency manipulator", literal "twisted", inanimate subjects of "threaten", generic
"encroach" (cold_war); possession and money "claim", "so-called" + acronym (distancing). The sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    # could: narrated perception / bodily ability, idiom, entitlement
    ("With the blindfold off, Nikita could finally see his feet.", []),
    ("She could barely breathe in the shelter.", []),
    ("The fighting could now spread to the south.", ["could"]),
    ("Prices could see a sharp rise next year.", ["could"]),
    ("The list of broken promises could go on.", []),
    ("The war could go on for years.", ["could"]),
    ("No other body could claim to represent the whole continent.", []),
    ("Moscow could claim a partial victory.", ["could"]),
    # suggest: the propose sense
    ("He suggested deporting all Russians from Europe.", []),
    ("She suggests using the frozen funds for reconstruction.", []),
    ("The minister suggested a ceasefire over the holidays.", []),
    ("Paris suggested that Kyiv should accept the terms.", []),
    ("All these figures suggest that the US should rely on talks.", ["suggest"]),
    ("That would seem to suggest that China should be expelled.", ["seem", "suggest"]),
    ("The polls suggest growing discontent in the cities.", ["suggest"]),
    ("The data suggest that inflation has peaked.", ["suggest"]),
    ("The delay suggests a deal is close.", ["suggests"]),
    ("Satellite images suggesting the troops had left were released.", ["suggesting"]),
    # believe: incredulity and faith
    ("Nobody can believe what happened to the school.", []),
    ("I can't believe they did it.", []),
    ("It is hard to believe the figures.", []),
    ("We believe in free trade.", []),
    ("Officials believe the strike was deliberate.", ["believe"]),
    ("He believes that talks will resume.", ["believes"]),
    ("The drone was believed in the region to be Iranian-made.", ["believed"]),
    ("Such an act would be believed in the US as a provocation.", ["believed"]),
    ("China has always believed in making friends.", []),
    # possibly: intensifier
    ("We hold our prices if we possibly can.", []),
    ("They did everything they possibly could.", []),
    ("That cannot possibly be true.", []),
    ("The talks will possibly resume in May.", ["possibly"]),
    ("He possibly crossed the border at night.", ["possibly"]),
    # up to: statutory maximum penalties
    ("She faces up to 10 years in prison if convicted.", []),
    ("The offence is punishable by up to 15 years.", []),
    ("Offenders face fines of up to $1,000.", []),
    ("Journeys of up to 40 hours are common.", []),  # lex7: "up to" + a number is no longer a hedge
    # lex7: "up to" + a number is no longer a hedge
    ("Up to 2,000 troops may be deployed.", ["may"]),
    # may: concessive whatever-clause
    ("Whatever fate may yet befall the country, the flag will stay.", []),
    ("However hard it might be, the talks go on.", []),
    ("The sanctions may yet backfire.", ["may"]),
]

NEGATIVE_EVALUATION = [
    # surnames
    ("Andrew Crook, who runs a chip shop, said prices soared.", []),
    ("Mr Crook wants to buy fish from Norway.", []),
    ("The minister called them crooks.", ["crooks"]),
    ("Crooks run the ministry, the opposition says.", ["Crooks"]),
    ("Detective Savage led the inquiry.", []),
    ("It was a savage attack on civilians.", ["savage"]),
    # technical compounds
    ("The malicious software used in the attack resembles earlier malware.", []),
    ("Users were sent malicious links by e-mail.", []),
    ("Russia's malicious cyber activity must stop.", ["malicious"]),
    ("It was a malicious attempt to smear the company.", ["malicious"]),
    # mentions of a word
    ("The K stands for kleptocracy, which is when rulers steal.", []),
    ("The dictionary says the word means an 'evil reputation'.", []),
    ("The country is run as a kleptocracy.", ["kleptocracy"]),
    ("This is an evil war.", ["evil"]),
    # coup: a scenario, not the 2014 label
    ("The second outcome is a military coup in Ukraine.", []),
    ("The 2014 coup in Kiev brought nationalists to power.", ["coup"]),
]

ACCUSATION = [
    # counterfeit goods
    ("There should be zero tolerance for fake or junk vaccines.", []),
    ("Police seized fake medicines and fake designer handbags.", []),
    ("Customs found fake passports in the car.", []),
    ("The network spread fake news about the vote.", ["fake news"]),
    ("Thousands of fake accounts amplified the claims.", ["fake"]),
    # propaganda: the Russian legal sense (promotion of a topic)
    ("The bill bans propaganda of non-traditional sexual relations.", []),
    ("The law on LGBT propaganda was widened.", []),
    ("State TV broadcasts war propaganda.", ["propaganda"]),
    ("They dismissed the report as propaganda.", ["propaganda"]),
    # currency manipulation (trade law)
    ("The Treasury did not label China a currency manipulator.", []),
    ("Washington accused Beijing of manipulating its currency.", ["accused"]),
    ("The campaign manipulated public opinion.", ["manipulated"]),
    # twisted: literal
    ("The cellar was filled with twisted concrete and steel.", []),
    ("Rescuers pulled bodies from the charred and twisted metal.", []),
    ("He twisted his ankle on the stairs.", []),
    ("They twisted the facts to suit their story.", ["twisted"]),
    # lying: the verb "lie" (to recline) with a relative place
    ("Her body was left lying where it had fallen.", []),
    ("They are lying about the casualties.", ["lying"]),
    # threaten: inanimate subject
    ("Missiles threatening even western regions keep refugees away.", []),
    ("Stormy waters have threatened to sink the ship.", []),
    ("The conflict, with climate change, threatens to tip millions into hunger.", []),
    ("Trade conflicts would slow growth and threatened to fracture supply chains.", []),
    ("Moscow threatened to cut off gas supplies.", ["threatened"]),
    ("The president threatened Kyiv with retaliation.", ["threatened"]),
]

COLD_WAR = [
    ("NATO's encroachment on Russia's borders alarms Moscow.", ["encroachment"]),
    ("The alliance keeps encroaching eastward.", ["encroaching"]),
    ("Moscow warns the US against encroaching on its security interests.", ["encroaching"]),
    ("The fleet will respond to anyone who decides to encroach on our sovereignty.", []),
    ("The blaze had encroached right up to the road.", []),
    ("It is a market the UK wants to encroach into further.", []),
    ("The village is in danger if the troops encroach beyond the river.", []),
]

DISTANCING = [
    ("Not everyone likes China's claim of sovereignty over the reefs.", []),
    ("He has a strong claim to the throne.", []),
    ("Its claim to be a neutral broker is hollow.", ["claim"]),
    ("The claim that the dam was hit is false.", ["claim"]),
    ("He estimated the total potential claim could be no less than $1tn.", []),
    ("The firm filed a claim of $2m against the state.", []),
    ("The idea behind the so-called Greater Eurasian Partnership (GEP) is trade.", []),
    ("UK troops joined Nato's so-called Joint Expeditionary Force (JEF).", []),
    ("They were held by the so-called Donetsk People's Republic, or DPR.", ["so-called"]),
    ("The so-called referendum was held at gunpoint.", ["so-called"]),
    ("They attack the so-called Islamic State in Raqqa.", ["so-called"]),
]

TABLES = (
    [(s, "hedge", e) for s, e in HEDGE]
    + [(s, "negative_evaluation", e) for s, e in NEGATIVE_EVALUATION]
    + [(s, "accusation", e) for s, e in ACCUSATION]
    + [(s, "cold_war", e) for s, e in COLD_WAR]
    + [(s, "distancing", e) for s, e in DISTANCING]
)


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), TABLES, ids=[f"{c}:{s[:40]}" for s, c, _ in TABLES]
)
def test_media_round2_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_every_table_has_positives_and_negatives():
    for table in (HEDGE, NEGATIVE_EVALUATION, ACCUSATION, COLD_WAR, DISTANCING):
        assert any(e for _, e in table) and any(not e for _, e in table)
