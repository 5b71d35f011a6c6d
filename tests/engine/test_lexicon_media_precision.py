"""Issue 13, news-media precision repairs of the stance lexicons: tricky sentences.

Each row is ``(sentence, category, expected)`` with ``expected`` the matched texts of that
category in order. The negatives mimic the error types of the news-media tuning audit
(``media-audit.csv``): ability / feasibility / perception "could", reporting "indicated that",
"went up to" + number, "not nearly", concessive "may / might", manner "clearly", descriptive
"hostile / hostility", "vicious cycle", abstract-subject "threaten", economic "distort", the
take / possession senses of "claim", tactical "encircle" (cold_war). The sentences are written for the tests, not quoted.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts

HEDGE = [
    # could: epistemic possibility still counts
    ("Losses from the sanctions could exceed $400 billion.", ["could"]),
    ("Emboldened, the army could risk an attack on its neighbours.", ["could"]),
    ("The network could be completed within a few years.", ["could"]),
    ("Granting candidacy could provoke Moscow further.", ["could"]),
    ("The move could be seen as a provocation.", ["could"]),
    ("Prices as well as wages could rise next year.", ["could"]),
    # could: negated (inability), elliptical ability, "could only", perception
    ("He could not attend the hearing.", []),
    ("People simply could never accept it.", []),
    ("The government invited as many guests as they could to the talks.", []),
    ("Rescuers did everything they could to save the crew.", []),
    ("They packed all the belongings they could carry.", []),
    ("All of them could face criminal charges.", ["could"]),
    ("Perhaps the most important tensions could come over aid.", ["Perhaps", "could"]),
    ("Kyiv will avoid anything that could damage the talks.", ["could"]),
    ("They fought as best they could.", []),
    ("The region could only be protected by an alliance.", []),
    ("A series of explosions could be heard across the city.", []),
    ("Columns of smoke could clearly be seen from the coast.", []),
    ("Residents could hear the sirens all night.", []),
    # indicate that: evidential with a non-human subject, reporting with a speaker
    ("The figures indicate that inflation is slowing.", ["indicate that"]),
    ("Early signs indicated that the talks had stalled.", ["indicated that"]),
    ("He denied the charges and indicated that the case was opened in Moscow.", []),
    ("The minister has also indicated that talks will resume.", []),
    ("The data belie his claim, as they indicate that the deficit grew.", ["indicate that"]),
    # up to + number: an upper bound, not the particle of a verb of increase
    # a statutory maximum penalty is an exact legal figure (lex3, media audit round 2)
    ("Offenders face fines of up to $1,000.", []),
    ("Journeys of up to 40 hours are common.", []),  # lex7: "up to" + a number is no longer a hedge
    ("A year later the population went up to 7,000.", []),
    ("Inflation rose up to 9% in July.", []),
    ("Inflation rose about 9% in July.", ["about"]),
    # nearly: "not nearly" is a denial
    ("Nearly 300 people were evacuated.", ["Nearly"]),
    ("The bill was criticised for not going nearly far enough.", []),
    ("The aid is not nearly enough.", []),
    # concessive may / might
    ("But while it might try to claim the high ground, its actions say otherwise.", []),
    ("Although the plan may look bold, it changes little.", []),
    ("The very thought may be alarming, but the data tell another story.", []),
    ("The talks may fail, and Europe may pay the price.", ["may", "may"]),
    ("Some jihadists may also flee to other countries.", ["may"]),
]

BOOSTER = [
    ("Taiwan is clearly a core interest.", ["clearly"]),
    ("It is a clearly defined core interest.", []),
    ("The markings were clearly visible from the air.", []),
    ("Each box is clearly labelled.", []),
    ("Really, there is no need for Washington to get involved.", ["Really"]),
    ("Really! They said that?", []),
    ('"Really?" she asked.', []),
    ("This really matters to Beijing.", ["really"]),
]

NEGATIVE_EVALUATION = [
    ("Washington's hostility towards Beijing is growing.", ["hostility"]),
    ("The US hostility to the project is no secret.", ["hostility"]),
    ("Hostility of the alliance toward Moscow deepened.", ["Hostility"]),
    ("Growing US hostility worries Beijing.", ["hostility"]),
    ("Competition does not necessarily mean hostility.", []),
    ("A spiral of distrust and hostility set in.", []),
    ("Decades of hostility between the two countries ended.", []),
    ("The hostility he has adopted toward China will backfire.", ["hostility"]),
    ("The regime's hostile acts must stop.", ["hostile"]),
    ("Its policy is hostile to China.", ["hostile"]),
    ("Hostile foreign forces seek to divide the country.", ["Hostile"]),
    ("The guns cannot counter any hostile Russian force.", []),
    ("Hostile aircraft were spotted over the border.", []),
    ("The bank fought off a hostile takeover.", []),
    ("Such a hostile climate created by the administration hurts trade.", ["hostile"]),
    ("It was a vicious attack on civilians.", ["vicious"]),
    ("The sanctions restart the vicious cycle of retaliation.", []),
    ("Escalation is a vicious circle.", []),
]

ACCUSATION = [
    ("Moscow is threatening its neighbours.", ["threatening"]),
    ("The gas woes are threatening a recession.", []),
    ("Supply shortages have threatened output for months.", []),
    ("Obama said he does not feel threatened by the growing trade with China.", []),
    ("Many people feel threatened.", []),
    ("Beijing felt threatened by the US warships.", ["threatened"]),
    ("The media distort the facts about Xinjiang.", ["distort"]),
    ("They accused Kiev of distorting history.", ["accused", "distorting"]),
    ("Export bans and subsidies distort prices.", []),
    ("Such aid would distort competition in the single market.", []),
    ("Market-distorting subsidies must end.", []),
]

DISTANCING = [
    ("Kiev claims that the town has been retaken.", ["claims"]),
    ("The claim that China knew is baseless.", ["claim"]),
    ("The blast injured six people but didn't claim any lives.", []),
    ("The flood claimed the life of a journalist.", []),
    ("The war has claimed many young lives.", []),
    ("China claims sovereignty over the islands.", []),
    ("Beijing claims Taiwan as its own territory.", []),
    ("Leaders often claim the moral high ground in speeches.", []),
    ("He will retake the territory Russia has claimed since February.", []),
    ("The islands that Tokyo claims are uninhabited.", []),
    ("In the region officials claimed that the dam was hit.", ["claimed"]),
    ("The army shells Ukrainian territory but claims it only targets depots.", ["claims"]),
    ("Officials in the region have claimed.", ["claimed"]),
    ("Sanctions hit the region and claiming otherwise is naive.", ["claiming"]),
    ("Moscow claimed that lives were saved.", ["claimed"]),
]

COLD_WAR = [
    ("NATO is trying to encircle Russia with bases.", ["encircle"]),
    ("They warned against the encirclement of China.", ["encirclement"]),
    ("Moscow says it is being encircled by NATO.", ["encircled"]),
    ("The US pursues a strategic encirclement of its rival.", ["encirclement"]),
    ("They denounce NATO's encirclement policy.", ["encirclement"]),
    ("Russian forces encircled Mariupol in March.", []),
    ("Troops tried to encircle the remaining Ukrainian units.", []),
    ("The city had been completely encircled.", []),
    ("Kyiv avoided an encirclement of its forces in the east.", []),
    ("Moscow's troops were nearly encircled by Ukrainian forces.", []),
]

TABLES = (
    [(s, "hedge", e) for s, e in HEDGE]
    + [(s, "booster", e) for s, e in BOOSTER]
    + [(s, "negative_evaluation", e) for s, e in NEGATIVE_EVALUATION]
    + [(s, "accusation", e) for s, e in ACCUSATION]
    + [(s, "distancing", e) for s, e in DISTANCING]
    + [(s, "cold_war", e) for s, e in COLD_WAR]
)


@pytest.mark.parametrize(
    ("sentence", "category", "expected"), TABLES, ids=[f"{c}:{s[:40]}" for s, c, _ in TABLES]
)
def test_media_precision_table(sentence, category, expected):
    assert matched_texts(sentence, category) == expected


def test_every_table_has_positives_and_negatives():
    for table in (HEDGE, BOOSTER, NEGATIVE_EVALUATION, ACCUSATION, DISTANCING, COLD_WAR):
        assert any(e for _, e in table) and any(not e for _, e in table)
