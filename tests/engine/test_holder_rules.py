"""Holders from the voice and source errors of attribution rounds 12, 14 and 20. A declared
threat is its subject's speech act (``METRICS_VERSION`` 35): "X threatens to <verb>", "X
threatens countermeasures", "X threatened Y with reprisals" are reported, with X as the source,
when X is an actor, a person (a title, he / she) or a vague holder; a threat a thing poses
stays the author's narration. A bare title ("official says", "an official said") is a vague
holder (version 37). Sentences of our own; the whole pipeline."""

from __future__ import annotations

import pytest

import framing
from tests._lex import first_match

CASES = [
    # text, matched text, (voice, source)
    ("China threatens countermeasures against U.S. visa restrictions", "threatens",
     ("reported", "china")),
    ("EU threatens legal action over the trade bill", "threatens", ("reported", "west_us")),
    ("Russia has threatened to cut gas supplies.", "threatened", ("reported", "russia")),
    ("Russian officials have threatened to hold tribunals.", "threatened", ("reported", "russia")),
    ("Moscow said it would respond. It had threatened retaliation should Finland apply.",
     "threatened", ("reported", "russia")),
    ("Turkish president threatens to take action against Greece", "threatens", ("reported", "")),
    ("Iraqi PM threatens to quit if the conflict continues", "threatens", ("reported", "")),
    # a name before a declared threat declares it (rounds 12 and 21); a person before
    # "threatening to"
    ("Elon Musk threatens to tear up the deal", "threatens", ("reported", "")),
    ("Algeria threatens to cut gas to Spain", "threatens", ("reported", "")),
    ("Woman threatening to block the road says video is fake", "threatening", ("reported", "")),
    ("A strike on Thursday threatened to deepen the crisis.", "threatened", ("author", "")),
    ("crises that are threatening to plunge millions into poverty", "threatening", ("author", "")),
    # a threat posed by a thing, an actor that only modifies the subject, a passive
    ("Dam project threatens several villages", "threatens", ("author", "")),
    ("Russia's invasion of Ukraine threatens to slow growth.", "threatens", ("author", "")),
    ("Western sanctions threaten Africa with a food crisis.", "threaten", ("author", "")),
    ("Officials threatened after the search", "threatened", ("author", "")),
    # no declared threat: "threatens" + a plain object
    ("NATO expansion threatens Russia's security", "threatens", ("author", "")),
]  # fmt: skip


@pytest.fixture(scope="module")
def lexicon():
    return framing.load_lexicon()


@pytest.mark.parametrize(("text", "matched", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_declared_threat_is_reported(lexicon, text, matched, expected):
    row = first_match(lexicon, text, matched)
    assert (row["voice"], row["source"]) == expected


UNNAMED = [
    # text, matched text, (voice, source): a bare title names no one (round 20)
    ("Rumors about visas untrue, official says", "Rumors", ("reported", "vague")),
    ("An official said the claims were groundless.", "groundless", ("reported", "vague")),
    # ... a capitalised organisation, a definite title or a relative "whose" identify someone
    ("Hamas official says claims groundless", "groundless", ("reported", "")),
    ("The official said the claims were groundless.", "groundless", ("reported", "")),
    ("Poland, whose president accused Germany of delays, said so.", "accused", ("reported", "")),
    # ... and an organ of a state is left to the outlet's home (none here)
    ("Spokesperson denounces groundless claims", "groundless", ("reported", "")),
    ("A government spokesperson said the claims were groundless.", "groundless", ("reported", "")),
    # the accusers of an accusation the subject denies are not the subject (rounds 15 and 23;
    # version 45): unnamed, unless "by X" or a possessor names them
    ("China denies accusation of shining laser at warplane", "accusation", ("reported", "vague")),
    (
        "Moscow denied accusations by Ukraine that troops shelled it.",
        "accusations",
        ("reported", "ukraine"),
    ),
    ("China rejects Blinken's accusations", "accusations", ("reported", "west_us")),
    # a UN agency is a UN body, not a news agency (rounds 14 and 21; version 40)
    ("Nearly half of pregnancies unplanned, UN agency says", "Nearly", ("reported", "un")),
    ("The Russian news agency claimed the attack was groundless.", "groundless", ("reported", "")),
]


@pytest.mark.parametrize(("text", "matched", "expected"), UNNAMED, ids=[c[0][:45] for c in UNNAMED])
def test_bare_title_is_a_vague_holder(lexicon, text, matched, expected):
    row = first_match(lexicon, text, matched)
    assert (row["voice"], row["source"]) == expected


AS_TAGS = [
    # text, matched text, (voice, source): the subject of an "as X said" tag is its holder
    # (version 48, from the source errors of attribution round 25)
    ("As Putin noted, Ukraine will certainly win.", "certainly", ("reported", "russia")),
    ("Ukraine will certainly win, as Zelenskyy noted.", "certainly", ("reported", "ukraine")),
    ("As Lavrov has said, Russia will certainly win.", "certainly", ("reported", "russia")),
    # ... not a definite title ("as the President said": in a White House briefing the
    # document's last-named president is often another state's), and "as" before a noun
    # phrase that is no tag's subject still governs it
    (
        "Ukrainian President Volodymyr Zelenskyy spoke. As the President noted in his address, "
        "Ukraine will certainly win.",
        "certainly",
        ("reported", ""),
    ),

    ("They dismissed it as Russian propaganda and said it is surely false.", "surely",
     ("reported", "")),
    ("They object as soon as Russia suggests steps, claiming it is surely a trick.", "surely",
     ("reported", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "expected"), AS_TAGS, ids=[c[0][:45] for c in AS_TAGS])
def test_the_subject_of_an_as_tag_holds_the_stance(lexicon, text, matched, expected):
    row = first_match(lexicon, text, matched)
    assert (row["voice"], row["source"]) == expected


FRAMES_V51 = [
    # text, matched text, (voice, source): reporting frames the official rounds 24-28 found
    # missed (version 51), with the near misses that must stay the author's
    ("Putin affirmed that the sanctions are illegal.", "illegal", ("reported", "russia")),
    ("Putin reaffirmed that the sanctions are illegal.", "illegal", ("reported", "russia")),
    ("Putin pointed out that the sanctions are illegal.", "illegal", ("reported", "russia")),
    ("Biden and Scholz agreed that the war is brutal.", "brutal", ("reported", "west_us")),
    ("We agreed that the war is brutal.", "brutal", ("author", "")),
    ("The agreed text may change.", "may", ("author", "")),
    ("The right affirmed by Roe v. Wade is under attack as never before.", "never",
     ("author", "")),
    ("It was reaffirmed by Moscow that the sanctions are illegal.", "illegal",
     ("reported", "russia")),
    ("It was a meeting that was expected to match the tone set by Xi Jinping.", "expected to",
     ("author", "")),
    ("Putin highlighted that the sanctions are illegal.", "illegal", ("reported", "russia")),
    ("The report highlighted the illegal sanctions.", "illegal", ("author", "")),
    ("Zelenskyy assured reporters that Ukraine will certainly win.", "certainly",
     ("reported", "ukraine")),
    ("They made an informed decision that may change.", "may", ("author", "")),
    # "made clear that" without "it"; "has been clear that"; not a passive, not "it is clear"
    ("Putin has made clear that the sanctions are illegal.", "illegal", ("reported", "russia")),
    ("Biden made very clear to Congress that the war is brutal.", "brutal",
     ("reported", "west_us")),
    ("It was made clear that the attacks are brutal.", "brutal", ("author", "")),
    ("He made clear progress on the brutal file.", "brutal", ("author", "")),
    ("Biden has been clear that the war is brutal.", "brutal", ("reported", "west_us")),
    ("It is clear that the war is brutal.", "brutal", ("author", "")),
    ("What is clear that the war is brutal.", "brutal", ("author", "")),
    ("We've been clear that it could take many forms.", "could", ("author", "")),
    ("I believe, as I said, America is at an inflection point.", "believe", ("author", "")),
    ("The point is that the sanctions are illegal.", "illegal", ("author", "")),
    # a forecast without its forecaster is the writer's (version 55 withdrew version 51's
    # unnamed forecaster: the readers of rounds 3, 4 and 28 read 8 such rows as the writer's)
    ("Prices are expected to rise.", "expected to", ("author", "")),
    ("Some 5,000 people are estimated to have died.", "estimated", ("author", "")),
    ("It is expected that prices may rise.", "may", ("reported", "vague")),
    ("An estimated 5,000 people may have died.", "may", ("author", "")),
    ("The economy is expected to collapse, and it may.", "may", ("author", "")),
    ("Kyiv expected to win, which may be wrong.", "may", ("author", "")),
    # ... inside another's frame the forecast is that holder's
    ("Moscow said prices are expected to rise.", "expected to", ("reported", "russia")),
    ("Kyiv says Russia is seen as a brutal aggressor.", "brutal", ("reported", "ukraine")),
    # "according to" + a plan or a logic, its head up to three words on, is no source
    # (version 56, rounds 31-32); a ministry or a source is
    ("If we act according to such static logic, we will always lag.", "always", ("author", "")),
    ("According to the recently adopted decisions, it will be completely different.", "completely",
     ("author", "")),
    ("According to the Russian Defence Ministry, the attack was surely repelled.", "surely",
     ("reported", "russia")),
    ("According to officials of the plan committee, it will surely pass.", "surely",
     ("reported", "vague")),
    # "This was stated by X" gives the sentence before it to X (version 57, round 32)
    ("We must certainly protect every Ukrainian. This was stated by President of Ukraine "
     "Volodymyr Zelenskyy during a speech.", "certainly", ("reported", "ukraine")),
    ("Talks surely depend on Moscow. This was emphasized by Press Secretary of the President of "
     "Ukraine Serhiy Nykyforov in a comment.", "surely", ("reported", "ukraine")),
    ("Prices may rise. This was followed by a crash.", "may", ("author", "")),
    ("Prices may rise. Later this was stated by Kyiv.", "may", ("author", "")),
    # a readout's agentless "it was stressed / agreed that" (version 52, round 30)
    ("It was stressed that the war may end soon.", "may", ("reported", "vague")),
    ("It was agreed that Russia will certainly pay.", "certainly", ("reported", "vague")),
    ("The point was stressed in the talks, and the war may end.", "may", ("author", "")),
    ("It should be noted that Ukraine actually never had it.", "actually", ("author", "")),
    ("It will be recalled that the issue has always been contentious.", "always",
     ("author", "")),
    # "is seen / regarded as": an unnamed viewer's; with "by X", X's
    ("Russia is widely regarded as a brutal aggressor.", "brutal", ("reported", "vague")),
    ("Russia is seen by Kyiv as a brutal aggressor.", "brutal", ("reported", "ukraine")),
    ("We have seen a brutal war.", "brutal", ("author", "")),
    ("A document - seen by the BBC - reveals how he is alleged to have hidden it.", "alleged",
     ("author", "")),
    ("Despite some reports suggesting that the CIA may be involved, nothing happened.", "may",
     ("reported", "vague")),
    ("U.S. bank Citi forecast that the huge cost increases could drive inflation up.", "could",
     ("reported", "")),
    ("Leaving migrants on a busy street makes clear that this is a cruel stunt.", "cruel",
     ("author", "")),
    ("The evidence is clear that these bills stigmatize children.", "stigmatize",
     ("author", "")),
    # a participle of saying after a document noun reports the document
    ("HHS issued guidance explaining that providers may refuse.", "may", ("reported", "")),
    ("Russia's statement explaining that the sanctions are illegal was published.", "illegal",
     ("reported", "russia")),
    ("The rules explaining how the brutal regime works are long.", "brutal", ("reported", "")),
    ("The statement explaining the brutal attack was short.", "brutal", ("author", "")),
]  # fmt: skip


FRAMES_V58 = [
    # text, matched text, home, (voice, source)
    # a message's quoted words are its sender's: the subject of "sent a message" before it...
    ("Vladimir Putin sent a message of greetings to Shavkat Mirziyoyev. The message reads, in "
     'part:"We will certainly continue our cooperation."', "certainly", "", ("reported", "russia")),
    # ... else, when the text opens with the message (the sender is in the release's title
    # only), the publisher's own state
    ('The message reads, in part:"We will certainly continue."', "certainly", "russia",
     ("reported", "russia")),
    ('The message reads, in part:"We will certainly continue."', "certainly", "",
     ("reported", "")),
    # a message further into a text with no sender named is nobody's the rules can tell
    ('Talks went on. The letter says: "We will certainly continue."', "certainly", "russia",
     ("reported", "")),
]  # fmt: skip


FRAMES_V59 = [
    # a modal of obligation before a frame verb: the writer's demand, not a report (round 33)
    ("The world must finally officially recognize that Russia has become a terrorist state.",
     "terrorist state", ("author", "")),
    ("The West should admit that the sanctions are a brutal mistake.", "brutal", ("author", "")),
    ("Russia has to understand that the sanctions are a brutal mistake.", "brutal",
     ("author", "")),
    ("Lavrov said the West must admit that the sanctions are a brutal mistake.", "brutal",
     ("reported", "russia")),
    ("They must think we are stupid.", "stupid", ("reported", "")),
    ("The US should think that the sanctions are stupid.", "stupid", ("author", "")),
    ("The West admitted that the sanctions are a brutal mistake.", "brutal",
     ("reported", "west_us")),
    # "believe in X": the believer's attitude, over no proposition (round 33)
    ("It is a community which appreciates everyone, helps to believe in yourself. I have no "
     "doubt it is.", "no doubt", ("author", "")),
    ("They believed in their propaganda, which has been lying about us.", "lying",
     ("author", "")),
    ("De Valera believed in the League's potential.", "believed", ("reported", "")),
    # '...," he said' after a quotation of several sentences: he is named before it opens
    ('The rebuilding goes on. This was stated by President Volodymyr Zelenskyy in a talk with '
     'students. "We want people to return. I really want this future. And there will be '
     'construction," he said.', "really", ("reported", "ukraine")),
    # ... but only from the sentence before the quotation, and not past a name the lexicons lack
    ('Zelenskyy met students. Tomorrow is a holiday. "We want it. I really want this future. '
     'And there will be construction," he said.', "really", ("reported", "")),
    ('Zelenskyy met students. John Smith came too. "We want it. I really want this future. And '
     'there will be construction," he said.', "really", ("reported", "")),
    # a relative's words are not the state's: "the wife of the President of Ukraine" (round 31)
    ('"We condemn the brutal war," the wife of the President of Ukraine noted.', "brutal",
     ("reported", "")),
    ("We must trust the women of America and believe that they know what is brutal.",
     "brutal", ("author", "")),
]  # fmt: skip


FRAMES_V60 = [
    # text, matched text, home, (voice, source)
    # a tag after a quotation: an actor in the tag itself, else the person named before the
    # quotation opens (the home is not used: "the president said" in the news is often
    # another state's)
    ('The President thanked Ursula von der Leyen. "I know for sure that we will win. It will '
     'work," said the President of Ukraine.', "for sure", "", ("reported", "ukraine")),
    ('He met Michel. "The road is yours. You are fully committed to democratic principles," '
     "said the President of the European Council.", "fully", "", ("reported", "west_us")),
    ('Levits met the press. "It is obviously unjust. We know it," the president said.',
     "obviously", "russia", ("reported", "")),
    ('Zelenskyy met students. "We want it. I really want this future. And there will be '
     'construction," the Head of State stressed.', "really", "", ("reported", "ukraine")),
    ('Sergei Lavrov met students. "We want it. I really want this future. And there will be '
     'construction," said the Foreign Minister.', "really", "", ("reported", "russia")),
    # a title's "of ACTOR" names the holder (version 61, round 35)
    ("In addition, according to the President of Ukraine, about 500,000 people were deported.",
     "about", "", ("reported", "ukraine")),
    ('"Prices may rise," said the Minister of Foreign Affairs of Ukraine.', "may", "",
     ("reported", "ukraine")),
    ('"Prices may rise," said the wife of the President of Ukraine.', "may", "", ("reported", "")),
    # a named speaker after the quotation, also with "summed up"; a named non-actor ends the
    # search ("Mr McVey added")
    ('The state gave them a chance. "They were participants. I think it gave them a great '
     'chance," Volodymyr Zelenskyy summed up.', "think", "", ("reported", "ukraine")),
    ('He said: "It is not what the Russian ambassador stands for. Their offices represent a '
     'tyrannical regime." Mr McVey added: "Our ties will be severed."', "tyrannical", "",
     ("reported", "")),
    ("The President's message reads, in part:\"Of course, the coaches deserve gratitude.\"",
     "Of course", "russia", ("reported", "russia")),
    # a name right after a title's chain of "of" phrases ("... of Ukraine NAME") is the actor's
    ("Deputy Head of the Office of the President of Ukraine Rostyslav Shurma held a briefing. "
     "Prices may rise, Shurma said.", "may", "", ("reported", "ukraine")),
    ("Minister of Internal Affairs of Ukraine Denys Monastyrskyi held a briefing. Prices may "
     "rise, Monastyrskyi said.", "may", "", ("reported", "ukraine")),
    ("The ambassador left Ukraine. Denys Monastyrskyi held a briefing. Prices may rise, "
     "Monastyrskyi said.", "may", "", ("reported", "")),
]  # fmt: skip


FRAMES_V62 = [
    # text, matched text, (voice, source)
    # "X thanked / praised Y for Z": Z is X's account (round 36); not "thanks to", a vocative's
    # "thank you", an infinitive, a passive, or past a comma before a new clause's subject
    ("In a video speech, the President of Ukraine thanked the President of the United States "
     "for the initiative to hold a summit on combating corruption, protecting human rights and "
     "fighting authoritarianism.", "authoritarianism", ("reported", "ukraine")),
    ("Biden praised Zelensky for his courageous resistance to brutal aggression.", "brutal",
     ("reported", "west_us")),
    ("Thanks to the brutal sanctions, prices rose.", "brutal", ("author", "")),
    ("Amy, thank you for always keeping the faith.", "always", ("author", "")),
    ("I really want to thank them for their truly remarkable help.", "truly", ("author", "")),
    ("China was praised for its restraint in the face of brutal aggression.", "brutal",
     ("author", "")),
    ("He thanks them for the passport to their state, and he actually talks about the work.",
     "actually", ("author", "")),
    ("After Sikorski thanked the US for the apparent sabotage on Twitter, Zakharova urged the EU "
     "to treat the US as the possible culprit.", "possible", ("reported", "russia")),  # v63
    ("He was thanking the American people for their support, and was — we talked about the "
     "effort to stop Putin's brutality.", "brutality", ("author", "")),
    # a readout passive that ends its sentence reports its subject, unnamed (round 36); not
    # "should be noted", not "agreed", not with an agent after it
    ("The importance of progress on the so-called industrial visa-free regime, which will open "
     "markets, was emphasized.", "so-called", ("reported", "vague")),
    ("Putin condemned the shelling, and the importance of the so-called talks was stressed.",
     "so-called", ("reported", "vague")),
    ("It should be noted that the so-called referendum failed.", "so-called", ("author", "")),
    ("The so-called referendum was noted by the President.", "so-called", ("author", "")),
    ("Nothing about the so-called deal is agreed.", "so-called", ("author", "")),
]  # fmt: skip


FRAMES_V63 = [
    # "X is convinced / confident / sure that": X's belief (round 37); not "you can be sure",
    # "to be sure", the first person, or past the comma of a conditional clause
    ("Head of the President's Office Andriy Yermak is convinced that our state will do "
     "everything possible to prevent a possible escalation.", "possible", ("reported", "ukraine")),
    ("Biden is confident that the sanctions will certainly work.", "certainly",
     ("reported", "west_us")),
    ("You can be sure that your choice will definitely strengthen Europe.", "definitely",
     ("author", "")),
    ("We're looking to be absolutely sure that the money is probably safe.", "probably",
     ("author", "")),
    ("We are confident that it will probably work.", "probably", ("author", "")),
    ("If everyone in the world was confident that help would come, the world would be "
     "definitely safer.", "definitely", ("author", "")),
    # "X expressed confidence / hope / the opinion that": X's (round 37); not without the verb
    ("They expressed the shared opinion that, despite obvious problems, it is necessary to "
     "cooperate.", "obvious", ("reported", "")),
    ("Andrzej Duda expressed confidence that Ukraine will certainly win.", "certainly",
     ("reported", "")),
    ("Zelenskyy expressed hope that the talks will probably resume.", "probably",
     ("reported", "ukraine")),
    ("There is confidence that the talks will certainly succeed.", "certainly", ("author", "")),
    # "X asked / urged / instructed Y to do Z": X's request (round 37), up to a comma or a new
    # clause; not "asking for X to", a negated or passive request, the speaker's own "I'm urging"
    ("The President asked Artur Parfenchikov to coordinate these matters thoroughly together "
     "with the colleagues in the Government.", "thoroughly", ("reported", "")),
    ("Zakharova urged the EU to treat the US as the possible culprit.", "possible",
     ("reported", "russia")),
    ("Zelensky is asking for longer-range weapons to strike Russian cities with truly great "
     "force.", "truly", ("author", "")),
    # version 117: officials of a state outside the categories are no vague holder
    ("Estonian officials say Russia has not asked them to look for the alleged bomber.", "alleged",
     ("reported", "")),
    ("I'm urging the veterans to promptly file for your claims.", "claims", ("author", "")),
    ("He urged the lawmakers to pass the bill and claimed that the new act will help.", "claimed",
     ("author", "")),
    ("The government instructed security forces to occupy the offices and the government "
     "falsified the results to advance the lie.", "lie", ("author", "")),
    # "according to him": the one named before (round 37); none when two are named
    ("Volodymyr Zelenskyy met the students. According to him, about 500 schools were "
     "destroyed.", "about", ("reported", "ukraine")),
    ("Biden met Putin. According to him, prices may rise.", "may", ("reported", "")),
]  # fmt: skip

FRAMES_V63_HOME = [
    # a message quoted before its tag: '...," the message reads.' (round 37)
    ('"He was an accomplished politician. And he always defended Russia\'s interests in the '
     'fiercest of debates," the message reads.', "always", "russia", ("reported", "russia")),
]  # fmt: skip


FRAMES_V64_HOME = [
    # "the President of HOME" in the publisher's own release makes a later bare "the President"
    # the home's (round 38), not in another publisher's text, nor when "Russian President" also
    # introduces another state's president
    ('President of Ukraine Volodymyr Zelenskyy met Boris Johnson in London. "We will definitely '
     'win," the President said.', "definitely", "ukraine", ("reported", "ukraine")),
    ('President of Ukraine Volodymyr Zelenskyy met Boris Johnson in London. "We will definitely '
     'win," the President said.', "definitely", "", ("reported", "")),
    # (version 67 reverses this row: the publisher's own "the President of HOME" wins over
    # another state's "Russian President"; see FRAMES_V67_HOME)
]  # fmt: skip


FRAMES_V65 = [
    # "X drew Y's attention to Z", "called attention to": Z is X's point (round 39); not a
    # passive, an infinitive of purpose, or a subject that is no one ("The report")
    ("In this context, Vladimir Putin drew President Macron's attention to the provocative "
     "nature of the large-scale exercises in the Black Sea, worsening tensions.", "provocative",
     ("reported", "russia")),
    ("Putin drew the attention of the participants to the hostile campaign of the West.",
     "hostile", ("reported", "russia")),
    ("Zelensky called attention to Russia's brutal war.", "brutal", ("reported", "ukraine")),
    ("The report drew attention to the provocative exercises.", "provocative", ("author", "")),
    ("The protest was meant to draw attention to the brutal war.", "brutal", ("author", "")),
    ("Attention was drawn to the provocative exercises.", "provocative", ("author", "")),
    # "There is no doubt that": the writer's certainty, no one's doubt (round 39)
    ("There is no doubt that all this will give you a powerful boost of energy.", "no doubt",
     ("author", "")),
    ("No doubt that russia is a terrorist state.", "terrorist state", ("author", "")),
    ("There can be little doubt that the regime is brutal.", "brutal", ("author", "")),
    ("There is absolutely no doubt that the regime is brutal.", "brutal", ("author", "")),
    ("Western politicians are in no doubt that it would amount to a brutal war crime.", "brutal",
     ("reported", "west_us")),
    ("Critics doubt that Russia is really strong.", "really", ("reported", "vague")),
    # "he" after "the President of Ukraine", "the head of the Ukrainian state" (round 39); not
    # after "the wife of the President"
    ('The head of the Ukrainian state stressed his goal. "The world really takes it into '
     'account. This is possible," he said.', "really", ("reported", "ukraine")),
    ('The President of Ukraine stressed his goal. "The world really takes it into account. This '
     'is possible," he said.', "really", ("reported", "ukraine")),
    ('The wife of the President of Ukraine spoke. "The world really takes it into account. This '
     'is possible," she said.', "really", ("reported", "")),
    # a long quotation closed by "summed up" is paired (round 39)
    ('"It seems to me that any visit today emphasizes that Ukraine has become a symbol of '
     'freedom, the center of a free Europe, and that the struggle between good and evil is not '
     'over. Every leader who comes here sees the destroyed cities with his own eyes and '
     'understands what is at stake for all of us. That is why the visits matter so much now, '
     'and why we are grateful for each of them, whatever the weather, whatever the risk and '
     'whatever the distance," Mykhailo Podolyak summed up.', "seems",
     ("reported", "ukraine")),
]  # fmt: skip

FRAMES_V65_HOME = [
    # "President Volodymyr Zelenskyy" in the publisher's own release makes a later bare "the
    # President" the home's in "according to the President" and '," said the Deputy Prime
    # Minister' too (round 39); not in another publisher's text, nor when another state's
    # president is introduced
    ("President Volodymyr Zelenskyy spoke in Kyiv. Also, according to the President, the queue "
     "will be completely different.", "completely", "ukraine", ("reported", "ukraine")),
    ("President Volodymyr Zelenskyy spoke in Kyiv. Also, according to the President, the queue "
     "will be completely different.", "completely", "", ("reported", "")),
    ("President Volodymyr Zelenskyy spoke with US President Joe Biden. Also, according to the "
     "President, the queue will be completely different.", "completely", "ukraine",
     ("reported", "")),
    ('Deputy Prime Minister Iryna Vereshchuk announced it. "We really want to save you," said '
     'the Deputy Prime Minister.', "really", "ukraine", ("reported", "ukraine")),
    ('President Volodymyr Zelenskyy met President Macron. "We really want peace," said the '
     'President of France.', "really", "ukraine", ("reported", "")),
]  # fmt: skip


FRAMES_V66 = [
    # a verb that needs "that" elsewhere closes its sentence as a tag after a comma (round 40):
    # "..., Vladimir Putin pointed out.", "..., he added.", "..., the report claims."; not the
    # speaker's own "I agree", nor a denial, nor "we hope"
    ("The West could help stop these atrocities by influencing the Kiev government, Vladimir "
     "Putin pointed out.", "atrocities", ("reported", "russia")),
    ("Russia is really brutal, he added.", "really", ("reported", "")),
    ("Russia is really brutal, the report claims.", "really", ("reported", "")),
    ("Russia is really brutal, experts estimate.", "really", ("reported", "vague")),
    ("Russia is really brutal, I agree.", "really", ("author", "")),
    ("The regime is brutal, which Russia denies.", "brutal", ("author", "")),
    ("The war will probably go on, we hope.", "probably", ("author", "")),
    # a fronted "as X noted," after a connective reports the clause after it (round 40)
    ("In addition, as Putin noted, the markets have been experiencing positive dynamics for "
     "almost a week.", "almost", ("reported", "russia")),
    ("At the same time, as Putin noted, the markets have possibly recovered.", "possibly",
     ("reported", "russia")),
    ("The markets have almost recovered, as Putin noted, and prices fell.", "almost",
     ("reported", "russia")),
]  # fmt: skip

FRAMES_V66_HOME = [
    # "According to him" after '...," the President said.' with the home's introduced title, and
    # "as the President noted" in the publisher's own text (round 40)
    ('President Volodymyr Zelenskyy spoke. "We lost people," the President said. According to '
     'him, the ultimatum will actually lead to destruction.', "actually", "ukraine",
     ("reported", "ukraine")),
    ('President Volodymyr Zelenskyy spoke. "We lost people," the President said. According to '
     'him, the ultimatum will actually lead to destruction.', "actually", "", ("reported", "")),
    ("President Volodymyr Zelenskyy spoke. In addition, as the President noted, the markets have "
     "been experiencing positive dynamics for almost a week.", "almost", "ukraine",
     ("reported", "ukraine")),
    ("Ukrainian President Volodymyr Zelenskyy spoke. As the President noted in his address, "
     "Ukraine will certainly win.", "certainly", "west_us", ("reported", "")),
]  # fmt: skip


FRAMES_V67 = [
    # "believe me" is the speaker's assurance, no belief reported (round 41)
    ("It will sound, believe me, firmly.", "believe", ("author", "")),
    ("Believe me, it is possibly bad.", "possibly", ("author", "")),
    ("They believe me, but it is possibly bad.", "believe", ("reported", "")),
    # "X set Y the task to / of Z": Z is X's request (round 41); not "we", a passive, or a
    # "task" that is no one's object
    ("During a conference call, President of Ukraine Volodymyr Zelenskyy set the Cabinet of "
     "Ministers the task to prepare a separate program for citizens aged 12-18, who fully are "
     "vaccinated.", "fully", ("reported", "ukraine")),
    ("The President set the task of completely rebuilding the bridge.", "completely",
     ("reported", "")),
    ("The task of the commission is to completely rebuild the bridge.", "completely",
     ("author", "")),
    ("We set ourselves the task to completely rebuild the bridge.", "completely", ("author", "")),
    ("The minister was given the task to completely rebuild it.", "completely", ("author", "")),
]  # fmt: skip

FRAMES_V67_HOME = [
    # the publisher's own "the President of HOME" makes a later bare "the President" the home's
    # even when the release also names "Russian President Vladimir Putin" (round 41); the
    # styled "President Volodymyr Zelenskyy" does not win (RT writes "President Vladimir Putin"
    # and "the president" of Ukraine's; tried and withdrawn)
    ('President of Ukraine Volodymyr Zelenskyy spoke of Russian President Vladimir Putin. "We '
     'will definitely win," the President said.', "definitely", "ukraine", ("reported", "ukraine")),
    ('President Volodymyr Zelenskyy spoke of Russian President Vladimir Putin. "We will '
     'definitely win," the President said.', "definitely", "ukraine", ("reported", "")),
]  # fmt: skip


FRAMES_V68 = [
    # "X pointed out the ...": X's account of its object (round 42); not "as you pointed out -"
    # nor "pointed out of the window"
    ("In this context, Vladimir Putin pointed out the latest barbarous action of the Ukrainian "
     "military.", "barbarous", ("reported", "russia")),
    ("He pointed out of the window at the brutal scene.", "brutal", ("author", "")),
    ("And it's largely - as you pointed out - it's energy, it's what will no doubt be a cold "
     "winter.", "no doubt", ("author", "")),
    # "he focused on ...": a person's account (rounds 39 and 42); not a state or a body
    ("He focused on the possibly brutal assault.", "possibly", ("reported", "")),
    ("Russia focused on the brutal assault in the east.", "brutal", ("author", "")),
    ("The Task Force focused on how agencies can address the unprovoked war.", "unprovoked",
     ("author", "")),
    ("The attention was focused on the brutal assault.", "brutal", ("author", "")),
    # a blame participle after a comma speaks for an unplaced subject too, but yields to any
    # other frame over it (round 42)
    ("The President of Syria expressed strong support for the operation, condemning the "
     "destabilising policy of the United States.", "condemning", ("reported", "")),
    ("Before Russia invaded Ukraine, Russian officials denied that it planned anything of the "
     "sort, denouncing the United States for stoking panic.", "denouncing",
     ("reported", "russia")),
    # "not only ..., but in ..." continues the reported clause; "..., but it would ..." does not
    ("The President also noted that the countries are developing cooperation not only in the "
     "security sector, but in almost all areas.", "almost", ("reported", "")),
    ("He said the talks failed, but it is probably not the end.", "probably", ("author", "")),
]  # fmt: skip

FRAMES_V68_HOME = [
    # "the Head of State" in the publisher's own text is the home's head (round 42); not "the
    # Head of State of Poland", not without a home
    ("President of Ukraine Volodymyr Zelenskyy met students. The Head of State noted that "
     "Ukraine will certainly win.", "certainly", "ukraine", ("reported", "ukraine")),
    ("President of Ukraine Volodymyr Zelenskyy met students. The Head of State noted that "
     "Ukraine will certainly win.", "certainly", "", ("reported", "")),
    ("The Head of State of Poland noted that Ukraine will certainly win.", "certainly",
     "ukraine", ("reported", "")),
]  # fmt: skip

FRAMES_V70_HOME = [
    # officials of the publisher's own presidential office (round 44): named after a title chain
    # ending in the office, or the chain itself as the subject; not another state's office, not
    # someone else's relative, not without a home
    ("President of Ukraine Volodymyr Zelenskyy met the envoys. Deputy Head of the Office of the "
     "President Ihor Zhovkva took part. \"It is worth paying attention to make it clear what is "
     "meant,\" said Ihor Zhovkva.", "make it clear", "ukraine", ("reported", "ukraine")),
    ("President of Ukraine Volodymyr Zelenskyy met the envoys. The Adviser to the Head of the "
     "President's Office noted that the enemy uses a lot of disinformation.", "disinformation",
     "ukraine", ("reported", "ukraine")),
    ("President of Ukraine Volodymyr Zelenskyy met the envoys. The head of the Office of the "
     "President said that the enemy uses a lot of disinformation.", "disinformation", "ukraine",
     ("reported", "ukraine")),
    ("President of Ukraine Volodymyr Zelenskyy met the envoys. According to the Adviser to the "
     "Head of the President's Office, the enemy uses a lot of disinformation.", "disinformation",
     "ukraine", ("reported", "ukraine")),
    ("President of Ukraine Volodymyr Zelenskyy met the envoys. The wife of the head of the Office "
     "of the President said that the enemy uses a lot of disinformation.", "disinformation",
     "ukraine", ("reported", "")),
    ("President of Ukraine Volodymyr Zelenskyy met the envoys. The ambassador to the President of "
     "France noted that the enemy uses a lot of disinformation.", "disinformation", "ukraine",
     ("reported", "")),
    ("The Adviser to the Head of the President's Office noted that the enemy uses a lot of "
     "disinformation.", "disinformation", "ukraine", ("reported", "")),
]  # fmt: skip

FRAMES_V71_HOME = [
    # the meeting's parties named together are the home's when its head is one of them (round
    # 45); not when they act on each other, not without the home's person or President
    ("Vladimir Putin had a telephone conversation with President of Azerbaijan Ilham Aliyev. The "
     "two presidents noted that it was possible, in part, to stabilise the situation.", "in part",
     "russia", ("reported", "russia")),
    ("Vladimir Putin met the President of Turkey. Both leaders stressed that the threat is "
     "probably serious.", "probably", "russia", ("reported", "russia")),
    ("Vladimir Putin met the President of Turkey. The heads of state stressed that the threat is "
     "probably serious.", "probably", "russia", ("reported", "russia")),
    ("Vladimir Putin met the President of Turkey. Both sides said the threat was probably serious "
     "to each other.", "probably", "russia", ("reported", "")),
    ("Vladimir Putin met the President of Turkey. The parties to the conflict stressed that the "
     "threat is probably serious.", "probably", "russia", ("reported", "")),
    ("Joe Biden met the President of Turkey. The two leaders stressed that the threat is probably "
     "serious.", "probably", "russia", ("reported", "")),
    # "he said" after a quotation: the home's Head of State of the sentence before
    ("President of Ukraine Volodymyr Zelenskyy spoke at the forum. The Head of State noted that "
     "the protection of values is a unifying factor. \"It will probably strengthen our forces,\" "
     "he said.", "probably", "ukraine", ("reported", "ukraine")),
    ("The Head of State of Moldova noted that the protection of values is a unifying factor. "
     "\"It will probably strengthen our forces,\" he said.", "probably", "ukraine",
     ("reported", "")),
]  # fmt: skip

_UA = "President of Ukraine Volodymyr Zelenskyy met with the delegation. "
FRAMES_V77_HOME = [
    # a minister the home's release introduces by portfolio only is the home's (round 50); not
    # a minister whose portfolio ends in a state's name, nor one after a nationality
    (_UA + "As noted by Minister of Infrastructure Oleksandr Kubrakov, details were discussed. "
     "\"I believe that our visit was quite successful,\" said the Minister of Infrastructure.",
     "believe", "ukraine", ("reported", "ukraine")),
    (_UA + "Deputy Prime Minister - Minister for Reintegration of the Temporarily Occupied "
     "Territories Iryna Vereshchuk announced the corridors. \"We really hope that this route will "
     "work,\" said the Deputy Prime Minister.", "really", "ukraine", ("reported", "ukraine")),
    (_UA + "Minister of Foreign Affairs of Latvia Edgars Rinkevics said that the sanctions are "
     "certainly needed.", "certainly", "ukraine", ("reported", "")),
    (_UA + "Hungarian Minister of Foreign Affairs Peter Szijjarto said that the sanctions are "
     "certainly needed.", "certainly", "ukraine", ("reported", "")),
    # the home's office holder as a subject is the antecedent of "he"; "expressed expectation"
    (_UA + "The Head of the President's Office is also convinced that sanctions matter. \"We "
     "believe that it creates the same illusion,\" he said.", "believe", "ukraine",
     ("reported", "ukraine")),
    (_UA + "The Deputy Head of the Office of the President met Mr Smith. \"We believe that it "
     "creates the same illusion,\" he said.", "believe", "ukraine", ("reported", "")),
    (_UA + "The Deputy Head of the Office of the President expressed expectation that Italy would "
     "clearly support the package.", "clearly", "ukraine", ("reported", "ukraine")),
]  # fmt: skip


FRAMES_V69 = [
    # "X called on Y to do Z" in running text: X's appeal (round 43); not the speaker's own, a
    # passive, or "called on the parties to the conflict" (no infinitive)
    ("The Head of State called on international companies to fully honour the sanctions on the Russian "
     "market.", "fully", ("reported", "")),
    ("From this rostrum, my country, the Islamic Republic of Mauritania, calls on the "
     "international community to possibly assume its responsibilities.", "possibly",
     ("author", "")),
    ("I call on everyone to fully support Ukraine.", "fully", ("author", "")),
    ("Putin was called on to fully honour the deal.", "fully", ("author", "")),
    ("Zelensky called on the parties to the brutal conflict.", "brutal", ("author", "")),
    # "made a point of noting that" (round 43)
    ("Vladimir Putin made a point of noting that the talks are possibly over.", "possibly",
     ("reported", "russia")),
    # "cannot imagine" + a noun phrase holds no belief (round 43); a clause still does
    ("We fight for all of those who cannot even imagine the extent of tyranny and censorship "
     "that exist in Russia.", "tyranny", ("author", "")),
    ("The problem was that people simply could not believe a major land war could possibly break "
     "out in Europe.", "possibly", ("reported", "vague")),
]  # fmt: skip

FRAMES_V70 = [
    # "X informed / briefed Y about / on Z" (round 44); not a passive, not "on Monday", not a
    # subject the rules cannot see; "informed him that" stays a speech frame
    ("Volodymyr Zelenskyy informed Eduard Heger about the aggravation of the situation, in "
     "particular the intensification of provocative shelling.", "provocative",
     ("reported", "ukraine")),
    ("Joe Biden briefed the Prime Minister on the brutal attacks.", "brutal",
     ("reported", "west_us")),
    ("Zelenskyy was briefed on the brutal attacks.", "brutal", ("author", "")),
    ("Joe Biden briefed reporters on Monday about the brutal attacks.", "brutal", ("author", "")),
    ("The data informs us about brutal attacks.", "brutal", ("author", "")),
    ("This allows people to make more informed decisions about brutal attacks.", "brutal",
     ("author", "")),
    ("Putin informed him that the attacks were brutal.", "brutal", ("reported", "russia")),
    # what a document "stipulates that" (round 44)
    ("The Executive Order stipulates that the measures will possibly be extended.", "possibly",
     ("reported", "")),
    ("The Executive Order was signed and the measures will possibly be extended.", "possibly",
     ("author", "")),
]  # fmt: skip

FRAMES_V76 = [
    # a postposed "as stated / reported / noted by X" reports the clause before it (its ";"
    # closes the scope); a fronted one the clause after it
    ("Russia is preparing brutal provocations, as stated by the Ukrainian ministry.", "brutal",
     ("reported", "ukraine")),
    ("Russia is preparing brutal provocations, as noted by John Smith.", "brutal",
     ("reported", "")),
    ("Russia is preparing brutal provocations; Kyiv is calm, as noted by Zelensky.", "brutal",
     ("author", "")),
    ("As stated by the Ukrainian ministry, Russia is preparing brutal provocations.", "brutal",
     ("reported", "ukraine")),
    # a state body's capitalised name before "of <actor>" is the actor's, in a tag of six words
    ("The Ministry of Defense of Ukraine said that Russia is preparing brutal provocations.",
     "brutal", ("reported", "ukraine")),
    ("The Main Intelligence Directorate of Ukraine said that Russia's attacks were brutal.",
     "brutal", ("reported", "ukraine")),
    ("Russia is preparing brutal provocations, the Ministry of Defense of Ukraine said.",
     "brutal", ("reported", "ukraine")),
    ("The wife of the President of Ukraine said that Russia's war is brutal.", "brutal",
     ("reported", "")),
    ("The Bank of Russia said that the sanctions are brutal.", "brutal", ("reported", "")),
]  # fmt: skip


FRAMES_V78 = [
    # an inverted tag without quotation marks reports the clause before it, when its subject
    # ends the sentence or meets a preposition; not "said the EU would ..."; a relative clause
    # of making after a claim noun is no content
    ("Judicial reform in Ukraine will definitely be completed, but it is a long process, said "
     "President Volodymyr Zelenskyy during the press marathon.", "definitely",
     ("reported", "ukraine")),
    ("Ukraine is to prosecute 80 suspected war criminals, said Ukraine's prosecutor general.",
     "suspected", ("reported", "ukraine")),
    ("Juncker, president of the Commission, said the European Union would certainly move ahead.",
     "certainly", ("reported", "")),
    ("The false claims that Russia has made about biolabs are absurd.", "absurd",
     ("author", "")),
    ("Russia claims that Ukraine made about 300 drones, which is absurd.", "about",
     ("reported", "russia")),
]  # fmt: skip

_UA78 = "President of Ukraine Volodymyr Zelenskyy met with the delegation. "
FRAMES_V78_HOME = [
    # the tag "the President of Ukraine summed up"; not another state's president
    (_UA78 + "\"But I think we will get them,\" the President of Ukraine summed up.", "think",
     "ukraine", ("reported", "ukraine")),
    (_UA78 + "\"But I think we will get them,\" the President of France summed up.", "think",
     "ukraine", ("reported", "")),
    (_UA78 + "\"But I think we will get them,\" the head of state said.", "think", "ukraine",
     ("reported", "ukraine")),
]  # fmt: skip


#: the tables of versions 51, 59, 62, 63, 65-70, 76 (no home) and of versions 58, 60-61,
#: 63-68, 70-71 (home)
FRAMES = (
    FRAMES_V51
    + FRAMES_V59
    + FRAMES_V62
    + FRAMES_V63
    + FRAMES_V65
    + FRAMES_V66
    + FRAMES_V67
    + FRAMES_V68
    + FRAMES_V69
    + FRAMES_V70
    + FRAMES_V76
    + FRAMES_V78
)
#: version 86 (round 57): a reporting verb in a ", which / who ..." clause closed by a comma
#: before the main verb reports nothing after the comma; a capitalised name right after an
#: actor ("Russia's Security Council") is that actor's, not a rival antecedent of "he"
RELATIVE_AND_BODIES = [
    ("A new Task Force, which was announced by the Vice President in June 2021, is "
     "prioritizing prosecutions against corrupt actors.", "corrupt", "", ("author", "")),
    ("The plan, which the President announced in June, is probably the best.", "probably", "",
     ("author", "")),
    ("The plan, which the President said was probably the best, failed.", "probably", "",
     ("reported", "")),
    ("Lavrov, who said that Kyiv, backed by the West, is probably lying, left.", "probably", "",
     ("reported", "russia")),
    ("Medvedev, who serves as deputy chairman of Russia’s Security Council, commented. He "
     "described the new PM as “an incompetent Russophobe.”", "incompetent", "russia",
     ("reported", "russia")),
    ("Medvedev, who is deputy chairman of the Russian Security Council, commented. He "
     "described the new PM as an “incompetent Russophobe.”", "incompetent", "russia",
     ("reported", "russia")),
    ("Lavrov met Russian businessman Oleg Deripaska. He described the new PM as an "
     "“incompetent Russophobe.”", "incompetent", "russia", ("reported", "")),
]  # fmt: skip


HOLDERS_WITH_HOME = (
    FRAMES_V58
    + FRAMES_V60
    + FRAMES_V63_HOME
    + FRAMES_V64_HOME
    + FRAMES_V65_HOME
    + FRAMES_V66_HOME
    + FRAMES_V67_HOME
    + FRAMES_V68_HOME
    + FRAMES_V70_HOME
    + FRAMES_V71_HOME
    + FRAMES_V77_HOME
    + FRAMES_V78_HOME
    + RELATIVE_AND_BODIES
)


@pytest.mark.parametrize(("text", "matched", "expected"), FRAMES, ids=[c[0][:45] for c in FRAMES])
def test_frames_since_version_51(lexicon, text, matched, expected):
    row = first_match(lexicon, text, matched)
    assert (row["voice"], row["source"]) == expected


@pytest.mark.parametrize(
    ("text", "matched", "home", "expected"),
    HOLDERS_WITH_HOME,
    ids=[c[0][:45] for c in HOLDERS_WITH_HOME],
)
def test_holders_with_home(text, matched, home, expected):
    assert _voice_source(text, matched, home) == expected


def _voice_source(text: str, matched: str, home: str) -> tuple[str, str]:
    """``(voice, source)`` of the first match ``matched`` of ``text`` analysed with ``home``."""
    m = framing.analyze(text, home=home).matches
    row = m[m["matched_text"] == matched]
    assert len(row), f"no match {matched!r}"
    return row.iloc[0]["voice"], row.iloc[0]["source"]


#: version 84 (round 56): the contracted first person is the author, curly or straight; a
#: contracted third person and "you'd" are not (known misses)
FIRST_PERSON_CONTRACTIONS = [
    ("I’ve said that this is probably wrong.", "probably", ("author", "")),
    ("I've said that this is probably wrong.", "probably", ("author", "")),
    ("We’ve made it clear that Russia’s war is brutal.", "brutal", ("author", "")),
    ("We're convinced that they will probably fail.", "probably", ("author", "")),
    ("I’d argue that this is probably wrong.", "probably", ("author", "")),
    ("Russia said that this is probably wrong.", "probably", ("reported", "russia")),
    # version 85: "you'd think" and an imperative "consider that" are the speaker's own
    ("You’d think the plan would probably work.", "probably", ("author", "")),
    ("You would think the plan would probably work.", "probably", ("author", "")),
    ("Russia would think that the plan will probably work.", "probably", ("reported", "russia")),
    ("In context, consider that El Salvador has about 30 million people.", "about",
     ("author", "")),
    ("Remember that this is probably the last chance.", "probably", ("author", "")),
    ("Experts note that this is probably the last chance.", "probably", ("reported", "vague")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "expected"),
    FIRST_PERSON_CONTRACTIONS,
    ids=[c[0][:45] for c in FIRST_PERSON_CONTRACTIONS],
)
def test_contracted_first_person_is_the_author(lexicon, text, matched, expected):
    row = first_match(lexicon, text, matched)
    assert (row["voice"], row["source"]) == expected


#: version 86 (round 57): the White House corpus has its home, the United States, so a
#: briefing's bare "the President" is the President of the United States
def test_white_house_president_is_the_home():
    text = (
        "President Biden spoke with Prime Minister Kishida.\n\nMS. PSAKI: Well, the President "
        "believes that sitting judges can make excellent Justices."
    )
    assert _voice_source(text, "believes", "west_us") == ("reported", "west_us")
    assert _voice_source(text, "believes", "") == ("reported", "")
    # the speaker label "THE PRESIDENT:" is no antecedent of "he" (attribution round 29's row)
    label = (
        "President Biden spoke.\n\nQ Are you confident that Vladimir Putin sees it that way?"
        "\n\nTHE PRESIDENT: I don’t care what he thinks."
    )
    assert _voice_source(label, "thinks", "west_us") == ("reported", "russia")


#: version 86 (round 57): "the former / outgoing / then president" is not the President the
#: publisher's text introduced ("President Biden ... the former president" is Trump)
FORMER_TITLES = [
    ("Nothing would be happening if the former president had not recklessly pulled out.",
     "recklessly", ("author", "", "")),
    ("Nothing would be happening if the President had not recklessly pulled out.",
     "recklessly", ("author", "", "west_us")),
    ("The former president believes that it is probably dead.", "probably",
     ("reported", "", "")),
    ("The President believes that it is probably dead.", "probably",
     ("reported", "west_us", "")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "expected"), FORMER_TITLES, ids=[c[0][:45] for c in FORMER_TITLES]
)
def test_former_title_is_not_the_introduced_holder(text, matched, expected):
    text = "President Biden spoke on Monday.\n\nThe deal is gone. " + text
    m = framing.analyze(text, home="west_us").matches
    row = m[m["matched_text"] == matched].iloc[0]
    assert (row["voice"], row["source"], row["target"]) == expected


#: version 87 (attribution round 58): in the home's own text its officials named by a title
#: alone, its agencies by acronym and a surname of the lexicon's full names are the home's; a
#: transcript label opening with such a title, or ending in such a surname, too
HOME_OFFICIALS = [
    ("Senator Warren said the plan would probably fail.", "probably", ("reported", "west_us")),
    ("Australian Senator Warren said the plan would probably fail.", "probably",
     ("reported", "")),
    ("Maryland Senator Chris Van Hollen: “We grew the fastest in nearly 40 years.”", "nearly",
     ("reported", "west_us")),
    ("The CDC said the vaccine is probably safe.", "probably", ("reported", "west_us")),
    ("National Security Advisor Jake Sullivan met the minister. Mr. Sullivan affirmed the "
     "commitment to ensuring that Iran never acquires a nuclear weapon.", "never",
     ("reported", "west_us")),
    ("THE PRESIDENT: Thank you.\n\nSENATOR STABENOW: I think it will work.", "think",
     ("reported", "west_us")),
    # the lexicon's own match wins ("SECRETARY GENERAL": the UN's); another title is no home's
    ("THE PRESIDENT: Thank you.\n\nSECRETARY GENERAL SMITH: I think it will work.", "think",
     ("reported", "un")),
    ("THE PRESIDENT: Thank you.\n\nPRIME MINISTER SMITH: I think it will work.", "think",
     ("reported", "")),
    ("THE PRESIDENT: Thank you.\n\nMS. SMITH: I think it will work.", "think",
     ("reported", "")),
    ("Jake Sullivan spoke.\n\nTHE PRESIDENT: Thank you.\n\nMR. SULLIVAN: I think it will "
     "work.", "think", ("reported", "west_us")),
    # version 90 (round 61): a department before the title; not after a foreign adjective
    ("Energy Secretary Granholm said the plan would probably fail.", "probably",
     ("reported", "west_us")),
    ("Navy Secretary Del Toro said the plan would probably fail.", "probably",
     ("reported", "west_us")),
    ("British Defense Secretary Wallace said the plan would probably fail.", "probably",
     ("reported", "")),
    ("The President has long believed that the plan would probably work.", "probably",
     ("reported", "west_us")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "expected"), HOME_OFFICIALS, ids=[c[0][:45] for c in HOME_OFFICIALS]
)
def test_home_officials_by_title_body_and_surname(text, matched, expected):
    text = "President Biden spoke on Monday.\n\n" + text
    assert _voice_source(text, matched, "west_us") == expected


def test_home_officials_need_the_home():
    text = "President Biden spoke on Monday. Senator Warren said it would probably fail."
    assert _voice_source(text, "probably", "") == ("reported", "")
    # version 89 (round 60): a transcript of the home that never writes "President X"
    label = "THE VICE PRESIDENT: Thank you.\n\nSECRETARY BECERRA: I think it will work."
    assert _voice_source(label, "think", "west_us") == ("reported", "west_us")
    assert _voice_source(label, "think", "") == ("reported", "")


#: version 90 (round 61): a release of the home that names no president: its capitalised "the
#: President" is the home's; never without the home, nor when the text names another president
BARE_PRESIDENT = [
    ("The President believes that our Nation has a sacred obligation.", "west_us", "west_us"),
    ("The President has long believed that America may be defined by hope.", "west_us",
     "west_us"),
    ("The President believes that our Nation has a sacred obligation.", "", ""),
    ("President Putin spoke. The President believes that our Nation has a sacred obligation.",
     "west_us", "russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "home", "source"), BARE_PRESIDENT)
def test_bare_president_of_the_home(text, home, source):
    matched = "believes" if "believes" in text else "believed"
    assert _voice_source(text, matched, home) == ("reported", source)


#: version 95 (round 64): in the home's text its departments and agencies by full name, the
#: advisers of its Executive Office by title, "the Vice President" of a release that names
#: only her, "the President and Vice President" together, and "she" past a body's name
VERSION_95 = [
    ("The Federal Trade Commission announced that it will ramp up enforcement against illegal "
     "repair restrictions.", "illegal", "west_us", ("reported", "west_us")),
    ("The Federal Trade Commission announced that it will ramp up enforcement against illegal "
     "repair restrictions.", "illegal", "", ("reported", "")),
    ("The Department of Veterans Affairs also announced that it will likely exceed its goal.",
     "likely", "west_us", ("reported", "west_us")),
    ("The Justice Department said it will likely appeal.", "likely", "west_us",
     ("reported", "west_us")),
    # another state's department of the same name is not the home's
    ("The Indian Department of Energy said it will likely exceed its goal.", "likely",
     "west_us", ("reported", "")),
    ("India's Department of Energy said it will likely exceed its goal.", "likely", "west_us",
     ("reported", "")),
    # version 101: a list's item and "My" own no body
    ("Tomorrow the Departments of Commerce, Education, Department of Energy will say that costs "
     "will likely rise.", "likely", "west_us", ("reported", "west_us")),
    ("My Department of Energy said costs will likely rise.", "likely", "west_us",
     ("reported", "west_us")),
    ("The Oklahoma Department of Energy said costs will likely rise.", "likely", "west_us",
     ("reported", "")),
    ("Gina McCarthy on CNN [Interview, 6/30/22]\n\nNational Climate Advisor Gina McCarthy: "
     "“We are actually going to double down.”", "actually", "west_us",
     ("reported", "west_us")),
    ("Surgeon General Vivek Murthy said it is likely that cases will rise.", "likely",
     "west_us", ("reported", "west_us")),
    ("The Vice President believes that our Nation has a sacred obligation.", "believes",
     "west_us", ("reported", "west_us")),
    ("The Vice President believes that our Nation has a sacred obligation.", "believes", "",
     ("reported", "")),
    ("As two former members of the committee, the President and Vice President emphasized that "
     "there are likely many qualified nominees.", "likely", "west_us", ("reported", "west_us")),
    ("The President and the Prime Minister emphasized that there are likely many qualified "
     "nominees.", "likely", "west_us", ("reported", "")),
    ("During the meeting, the Vice President conveyed the Administration’s commitment. She "
     "emphasized that the government should not interfere with the right of every American.",
     "interfere", "west_us", ("reported", "west_us")),
    ("During the meeting, the Vice President conveyed the Administration's commitment. She "
     "emphasized that the government should not interfere with the right of every American.",
     "interfere", "west_us", ("reported", "west_us")),
    # a person's name between them still competes as the antecedent of "she"
    ("During the meeting, the Vice President met Governor Smith. She emphasized that the "
     "government should not interfere with the right of every American.", "interfere",
     "west_us", ("reported", "")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "home", "expected"), VERSION_95, ids=[c[0][:45] for c in VERSION_95]
)
def test_home_agencies_advisers_and_vice_president(text, matched, home, expected):
    assert _voice_source(text, matched, home) == expected


#: version 96 (round 65): "he" opening a sentence continues the subject of the sentence before
#: when that one names several persons; the name of a state or a document is no person
VERSION_96 = [
    ("President Biden welcomed President Zelenskyy's openness. He said the war was brutal.",
     "brutal", ("reported", "west_us")),
    ("President Zelenskyy thanked President Biden for the aid. He said the war was brutal.",
     "brutal", ("reported", "ukraine")),
    # not when the pronoun does not open its sentence, nor after a possessor's person
    ("Biden met Putin. Later, he said the war was brutal.", "brutal", ("reported", "")),
    ("Biden's adviser met Putin. He said the war was brutal.", "brutal", ("reported", "")),
    ("President Biden raised the threats posed by the Democratic People's Republic of Korea, "
     "and he condemned Russia's brutal war.", "brutal", ("reported", "west_us")),
    ("President Biden spoke of the United Nations Charter. He said the war was brutal.",
     "brutal", ("reported", "west_us")),
    # a person's name still competes
    ("President Biden met John Smith. He said the war was brutal.", "brutal",
     ("reported", "")),
    ("President Biden met the delegation of the Russian Jewish Congress. He said the war was "
     "brutal.", "brutal", ("reported", "")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "expected"), VERSION_96, ids=[c[0][:45] for c in VERSION_96]
)
def test_subject_continuity_states_and_documents(text, matched, expected):
    assert _voice_source(text, matched, "west_us") == expected


#: version 97 (rounds 26-66): a speaker's generic or addressed "you" as the subject of a present
#: verb of perception, or of belief in a condition, after a modal, with a frequency adverb or
#: in a question, reports no one; a report around it keeps its holder
VERSION_97 = [
    ("If you think you might be eligible, the threat is probably real.", "might",
     ("author", "")),
    ("If you think you might be eligible, the threat is probably real.", "think",
     ("author", "")),
    ("When you think you're paying too much, the deal is probably a scam.", "probably",
     ("author", "")),
    ("If you agree that the invasion was brutal, join us.", "brutal", ("author", "")),
    ("You see that the invasion was brutal.", "brutal", ("author", "")),
    ("Sometimes you think the war will probably never end.", "probably", ("author", "")),
    ("You think the deer are probably wearing Kevlar vests?", "probably", ("author", "")),
    ("You might say the invasion was brutal.", "brutal", ("author", "")),
    ("You’ll see that they are completely excessive.", "completely", ("author", "")),
    # inside someone's report the report's holder stays
    ("Lavrov said that if you believe the sanctions are brutal, you are wrong.", "brutal",
     ("reported", "russia")),
    # not a past, perfect or other verb, not a question, not a part of the audience, not an
    # object before an imperative
    ("You said that Russia's invasion was illegal.", "illegal", ("reported", "")),
    ("You have said that the sanctions are brutal.", "brutal", ("reported", "")),
    ("Do you think the sanctions are brutal?", "brutal", ("reported", "")),
    ("I know some of you think the plan will probably fail.", "probably", ("reported", "vague")),
    ("I tell you, believe it or not, the plan will probably fail.", "probably", ("author", "")),
    ("They look at you and see that you will probably win.", "probably", ("reported", "")),
    ("You say the plan will probably fail.", "probably", ("reported", "")),
    # an asserted belief imputed to the audience stays a report, as does a past one
    ("Y'all think the invasion was probably a mistake.", "probably", ("reported", "")),
    ("You think I'm probably kidding.", "probably", ("reported", "")),
    ("You didn't think you'd probably have to quit.", "probably", ("reported", "")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "expected"), VERSION_97, ids=[c[0][:45] for c in VERSION_97]
)
def test_generic_you_reports_no_one(text, matched, expected):
    assert _voice_source(text, matched, "west_us") == expected


#: version 98 (round 68): a pronoun before "all" is the verb's subject ("You all think")
VERSION_98 = [
    ("You all think I'm probably kidding; I'm not.", "probably", ("reported", "")),
    ("Russian officials met. They all believe it will probably fail.", "probably",
     ("reported", "russia")),
    ("We all think it will probably fail.", "probably", ("author", "")),
    # "all" after a determiner's noun stays a determiner: no frame
    ("All the claims are probably false.", "probably", ("author", "")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "expected"), VERSION_98, ids=[c[0][:45] for c in VERSION_98]
)
def test_a_pronoun_before_all_is_the_subject(text, matched, expected):
    assert _voice_source(text, matched, "west_us") == expected


#: version 88 (attribution round 59): a document or estimate no one is named for is a vague
#: holder in running text too; "it's estimated that" is an expletive passive
UNNAMED_DOCUMENTS = [
    ("Surveys suggest that many parents are probably worried.", "probably", ("reported", "vague")),
    ("The aid matters, and studies suggest that it will probably help.", "probably",
     ("reported", "vague")),
    ("Studies estimate that nearly half of workers are affected.", "nearly", ("reported", "vague")),
    ("Recent industry analysis suggests that prices will probably fall.", "probably",
     ("reported", "vague")),
    ("It’s estimated that nearly half of workers are affected.", "nearly", ("reported", "vague")),
    ("It's estimated that nearly half of workers are affected.", "nearly", ("reported", "vague")),
    # a document the text identifies: no vague holder; identified data and figures suggest
    # the writer's inference (version 114, attribution rounds 73-74: "IFW figures suggest")
    ("The data suggest that the plan is probably dead.", "probably", ("author", "")),
    ("The agency's analysis suggests that the plan is probably dead.", "probably",
     ("reported", "")),
    ("Russia's data suggest that the plan is probably dead.", "probably", ("author", "")),
    ("Russia's report suggests that the plan is probably dead.", "probably",
     ("reported", "russia")),
    # a possessive "'s" is no "is"; "X is expected to" stays the writer's (version 55)
    ("Russia's accused spy said it would probably fail.", "probably", ("reported", "russia")),
    ("That's expected to probably fail.", "probably", ("author", "")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "expected"), UNNAMED_DOCUMENTS, ids=[c[0][:45] for c in UNNAMED_DOCUMENTS]
)
def test_unnamed_documents_are_vague(text, matched, expected):
    assert _voice_source(text, matched, "") == expected


#: version 91 (round 61): a restrictive relative's reporting verb has the noun before "who" as
#: its holder ("critics who say"), a generic antecedent is vague ("those who believe"), and its
#: scope closes at the main clause's verb or a comma; contracted negatives are auxiliaries
RESTRICTIVE_RELATIVES = [
    ("Critics who say that the plan may fail were ignored.", "may", ("reported", "vague")),
    ("Russian officials who claimed that Ukraine is probably weak were wrong.", "probably",
     ("reported", "russia")),
    ("Those who believe that the plan will probably work are wrong.", "probably",
     ("reported", "vague")),
    ("There are economists who don't think that inflation may fall.", "may",
     ("reported", "vague")),
    ("The man who said that the plan may fail left.", "may", ("reported", "")),
    ("President Biden spoke. The President doesn't believe that the West is probably weak.",
     "probably", ("reported", "west_us")),
    # the main clause after the relative clause is the author's
    ("Critics who say that the plan may fail were probably right.", "probably", ("author", "")),
    ("Anyone who suggests otherwise is probably wrong.", "probably", ("author", "")),
    ("Westerners who argue for peace, it seems, are probably right.", "probably",
     ("author", "")),
    # a bare plural is a generic group, people rather than a state (round 4's "adults")
    ("We lead in number of adults who believe that angels are probably real.", "probably",
     ("reported", "vague")),
    ("Russians who say that the war is probably lost are jailed.", "probably",
     ("reported", "vague")),
    ("Many adults who believe that it may fail were polled.", "may", ("reported", "vague")),
    # a definite or named group is not generic
    ("The Russians who say that the war is probably lost are jailed.", "probably",
     ("reported", "russia")),
    ("US officials who say that the war is probably lost are right.", "probably",
     ("reported", "west_us")),
    ("They polled Apple employees who believe that it may fail.", "may", ("reported", "")),
    # a question word, no relative
    ("I don't know who thinks that it is probably fair.", "probably", ("author", "")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "expected"),
    RESTRICTIVE_RELATIVES,
    ids=[c[0][:45] for c in RESTRICTIVE_RELATIVES],
)
def test_restrictive_relatives(text, matched, expected):
    assert _voice_source(text, matched, "") == expected


#: version 92 (round 62): verbs that report no one's stance; each row has a twin that still
#: reports (the rule must not swallow the frame it sits next to)
NO_REPORT = [
    # a report not made, a reason, a false start, a rhetorical question
    ("An attack that many elected Republicans still refuse to condemn.", "condemn",
     ("author", "")),
    ("Many elected Republicans condemn the attack.", "condemn", ("reported", "vague")),
    ("Lada agrees to meet me. She, too, refuses to believe that the soldiers did it.",
     "believe", ("reported", "")),
    ("There has been reason to think that this is probably moving backward.", "probably",
     ("author", "")),
    ("Critics think that this is probably moving backward.", "probably", ("reported", "vague")),
    ("And you think — and thanks to us, the price has fallen nearly $40.", "nearly",
     ("author", "")),
    ("And what the hell do you think grows the economies? It is probably us.", "probably",
     ("author", "")),
    ("Who in the hell do they think they are?", "think", ("author", "")),
    # a yes-no question asks; a false start repeated is a frame
    ("Q Do you think Mr. Fetterman can probably win?", "probably", ("reported", "")),
    ("But look, they’d probably think — they’d think they weren’t in America.", "think",
     ("reported", "")),
    # an appointment confirmed, not a content
    ("Having been confirmed by the Senate twice, Sarah was subject to baseless attacks.",
     "baseless", ("author", "")),
    ("It was confirmed by the Pentagon that the strike was probably deliberate.", "probably",
     ("reported", "west_us")),
    ("Their solace would be to see - and believe - that the war may end.", "may",
     ("reported", "")),
    ("As confirmed by the Pentagon, the strike was probably deliberate.", "probably",
     ("reported", "west_us")),
    ("The Russians really believe — and they told me — that democracy is probably dying.",
     "probably", ("reported", "russia")),
    # a noun, not the verb "fault"
    ("Workers who, through no fault of their own, had benefits cut, are fully eligible to have "
     "those benefits back.", "fully", ("author", "")),
    ("The critics fault the plan, which may fail.", "may", ("reported", "vague")),
    # announcing a thing is no report; announcing that, or a colon, is
    ("USDOT announced nearly $1.5 billion in funding.", "nearly", ("author", "")),
    ("FEMA announced a new effort that may make it easier.", "may", ("author", "")),
    ("The Pentagon announced the US would deliver some $675 million in arms.", "some",
     ("reported", "west_us")),
    ("DOE plans to announce new awards of approximately $178 million.", "approximately",
     ("author", "")),
    ("The Pentagon announced on Tuesday that it may withdraw.", "may", ("reported", "west_us")),
    ("Russia may withdraw, the Pentagon announced.", "may", ("reported", "west_us")),
    ("Russia may withdraw, the Pentagon announced on Monday.", "may", ("reported", "west_us")),
    # a title-case verb inside a name is no verb
    ("As the state’s shameful “Don’t Say Gay” law takes effect, officials act.", "shameful",
     ("author", "")),
    ("“Tell them it may fail,” the Pentagon said.", "may", ("reported", "west_us")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "matched", "expected"), NO_REPORT, ids=[c[0][:45] for c in NO_REPORT]
)
def test_verbs_that_report_nothing(text, matched, expected):
    assert _voice_source(text, matched, "") == expected
