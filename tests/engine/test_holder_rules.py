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
    ("Portugal wildfires: Blaze threatens several villages", "threatens", ("author", "")),
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
    ("According to the recently adopted decisions, it will be completely banned.", "completely",
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


@pytest.mark.parametrize(
    ("text", "matched", "expected"), FRAMES_V51, ids=[c[0][:45] for c in FRAMES_V51]
)
def test_version_51_frames(lexicon, text, matched, expected):
    row = first_match(lexicon, text, matched)
    assert (row["voice"], row["source"]) == expected
