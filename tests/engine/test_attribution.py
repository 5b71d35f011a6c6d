"""Voice, source and target of matches on tricky sentences (one table per rule)."""

from __future__ import annotations

import pytest

import framing
from framing.engine.cues import load_cues
from tests._lex import only_match


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    m = framing.analyze(text).matches
    return list(m[["category", "matched_text", "voice", "source", "target"]].itertuples(False))


def _one(text: str, matched: str) -> tuple[str, str, str]:
    row = only_match(text, matched)
    return row["voice"], row["source"], row["target"]


# ------------------------------------------------------------------ voice and source
VOICE = [
    # belief verbs: the holder decides; first person is the author (op-ed "I" / "we")
    ("Western countries will think that China is helping Russia.", "think", "reported", "west_us"),
    (
        "Some in Western countries assumed that China is bailing Russia out.",
        "assumed",
        "reported",
        "vague",
    ),
    ("I believe the sanctions are illegal.", "believe", "author", ""),
    ("I believe the sanctions are illegal.", "illegal", "author", ""),
    ("We think this is a reckless move.", "reckless", "author", ""),
    ("China believes the sanctions are illegal.", "believes", "reported", "china"),
    ("China believes the sanctions are illegal.", "illegal", "reported", "china"),
    ("Assuming that the talks fail, prices may rise.", "may", "author", ""),
    ("It is hard to believe that the plan may work.", "may", "author", ""),
    # reporting verbs, before and after the clause, and attributed quotations
    ("Lavrov said the sanctions were illegal.", "illegal", "reported", "russia"),
    ('"The sanctions are illegal," Lavrov said.', "illegal", "reported", "russia"),
    (
        "The sanctions are illegal, the Chinese foreign ministry said.",
        "illegal",
        "reported",
        "china",
    ),
    ("The minister said that the deal may fail.", "may", "reported", ""),
    ('Kyiv called the vote "a cynical farce".', "cynical", "reported", "ukraine"),
    # "according to X"
    ("According to the Kremlin, the sanctions are illegal.", "illegal", "reported", "russia"),
    ("According to unnamed officials, the move was reckless.", "reckless", "reported", "vague"),
    ("According to the plan, the troops may leave.", "may", "author", ""),
    ("According to the actual situation, China may act.", "may", "author", ""),
    # reporting nouns: "X's claim that"
    (
        "Moscow's claim that the sanctions are illegal was rejected.",
        "illegal",
        "reported",
        "russia",
    ),
    # vague and anonymous holders
    ("Critics say the plan is reckless.", "reckless", "reported", "vague"),
    ("Officials said the move was reckless.", "reckless", "reported", "vague"),
    ("Unnamed US officials said the move was reckless.", "reckless", "reported", "vague"),
    ("US officials said the move was reckless.", "reckless", "reported", "west_us"),
    ("Many Americans believe the election was illegal.", "illegal", "reported", "vague"),
    ("It is widely believed that the sanctions are illegal.", "illegal", "reported", "vague"),
    ("The sanctions are reportedly illegal.", "illegal", "reported", "vague"),
    # blame speech acts carry the voice of their subject (or by-agent)
    ("The US accused China of hypocrisy.", "accused", "reported", "west_us"),
    ("The US accused China of hypocrisy.", "hypocrisy", "reported", "west_us"),
    ("China was accused by the US of hypocrisy.", "accused", "reported", "west_us"),
    ("China was accused of hypocrisy.", "accused", "reported", "vague"),
    (
        "The US and its allies accused Russia of reckless behaviour.",
        "accused",
        "reported",
        "west_us",
    ),
    ("China and Russia accused the US of hypocrisy.", "accused", "reported", "china+russia"),
    # distancing verbs stay the writer's own stance
    ("Moscow claimed that the strikes were precise.", "claimed", "author", ""),
    (
        "The US-led West is falsely claiming that China helps Russia.",
        "falsely claiming",
        "author",
        "",
    ),
    # "May"/"may" and "US"/"us"
    ("Theresa May said the deal may fail.", "may", "reported", ""),
    ("Let us say the plan may fail.", "may", "author", ""),
    ("The US may impose sanctions.", "may", "author", ""),
    ("They told us the plan may fail.", "may", "reported", ""),
    # no frame: the author's own stance
    ("The sanctions are clearly illegal.", "illegal", "author", ""),
    ("In fact, the West is arrogant.", "In fact", "author", ""),
]


@pytest.mark.parametrize(("text", "matched", "voice", "source"), VOICE)
def test_voice_and_source(text, matched, voice, source):
    got = _one(text, matched)
    assert got[:2] == (voice, source), (text, _rows(text))


# the scope of a frame: tags after the clause, "as X said", "but", nouns of fearing, labels
VOICE_SCOPE = [
    # a postposed tag followed by more text reports the clause before it, not after it
    ("Prices may rise further, the central bank warned, citing weak demand.", "may", "reported"),
    (
        "The pipeline may reopen soon, Moscow reported on Friday, but repairs lag.",
        "may",
        "reported",
    ),
    (
        '"We will talk later," the envoy said, without saying when talks might resume.',
        "might",
        "author",
    ),
    # "as X said": the clause the tag attaches to
    ("As Beijing has said, outside interference is unacceptable.", "interference", "reported"),
    ("Outside interference is unacceptable, as Beijing has said.", "interference", "reported"),
    # version 94: a tag that interrupts a phrase after "and," / "for," reports what follows it
    (
        "We really have a champion, and, as the governor mentioned, also the new law.",
        "really",
        "author",
    ),
    (
        "And as we all know, I thank you, for, as Doug said, being true patriots.",
        "as we all know",
        "author",
    ),
    (
        "Sanctions work, and, as Beijing has said, the war is certainly unjust.",
        "certainly",
        "reported",
    ),
    ("Sanctions really work, and, as Beijing has said, the war is unjust.", "really", "author"),
    # not after a content word: the clause before
    ("Russia is certainly the aggressor, as Beijing has said.", "certainly", "reported"),
    # the author's clause after ", but"
    (
        "The minister said that talks had failed, but the apparent stalemate suits nobody.",
        "apparent",
        "author",
    ),
    # nouns of fearing and forecasting carry their content
    ("The move revived fears that the truce might collapse.", "might", "reported"),
    ("The visit raised concerns over a possible naval standoff.", "possible", "reported"),
    ("Analysts issued a forecast that exports are expected to fall.", "expected to", "reported"),
    # a label given by a named holder is the holder's word
    ("Kyiv and the West call this a baseless pretext.", "baseless", "reported"),
    # an attributing adverb covers its own clause only
    ("Trump will reportedly sign an order on trade.", "reportedly", "author"),
    ("It was a provocation where the army allegedly found mass graves.", "provocation", "author"),
    # a participle after a comma is the writer's inference, not an inverted "..., said X"
    ("The siege lasted weeks, suggesting the toll could be far higher.", "could", "author"),
    # a negated participle keeps its subject
    ("Zelensky was not suggesting that the men had died.", "suggesting", "reported"),
]


@pytest.mark.parametrize(("text", "matched", "voice"), VOICE_SCOPE)
def test_voice_scope(text, matched, voice):
    assert _one(text, matched)[0] == voice, (text, _rows(text))


def test_phrasal_naming_verbs_name_nothing():
    # "calls on" is no label: a stance word in its object stays the author's; since version 69
    # the appeal's infinitive clause ("calls on China to stop ...") is the caller's
    assert _one("The US calls on China's reckless leaders.", "reckless")[0] == "author"
    assert _one("The US calls on China to stop its reckless drills.", "reckless")[:2] == (
        "reported",
        "west_us",
    )
    assert _one("The US called the drills reckless.", "reckless")[:2] == ("reported", "west_us")


# the sentence pre-filter (_candidates) must not change any result: compare with frames read
# from every sentence
PREFILTER = [
    "The states that signed the pact met. Some states say that the pact may fail.",
    "Many people came. Critics called on the board to act; critics call it a reckless plan.",
    "The report noted progress. Reports that the army left were denied by some officials.",
    "There are fears over a possible clash. Russia's concerns about NATO may grow.",
    "Observers were also repeatedly told that talks might resume. It is widely believed so.",
    "Self-reported gains were known. He reportedly said the deal was, as sources say, dead.",
    "Reports say the army left. Critics call it a reckless plan.",
]


@pytest.mark.parametrize("text", PREFILTER)
def test_candidate_prefilter_changes_nothing(text):
    from framing.engine.analysis import compute
    from framing.engine.attribution import cue_scan, frame_rules
    from framing.engine.clauses import SentenceView
    from framing.engine.document import Document

    lex = framing.load_lexicon()
    sentences, matches, quotes, _, got = compute(text, lex, False, False)
    doc = Document(text)
    cues = load_cues()
    kinds = {c: v.kind for c, v in lex.categories.items()}
    actors = {}
    for x in matches:
        if kinds[x.category] == "actor":
            actors.setdefault(x.sentence, []).append((x.start, x.end, x.category))
    brute = []
    for si, (s, e) in enumerate(sentences):
        v = SentenceView(doc.norm, s, e, actors.get(si, []), cues, {}, None)
        brute += [si for f in frame_rules.frames(v, cues) if f.holder.kind == "vague"]
    assert got.vague_sentences == brute
    # and every voiced match outside a candidate sentence has no frame over it
    framed, _ = cue_scan._candidates(cues, doc.low, [s for s, _ in sentences])
    for si, (s, e) in enumerate(sentences):
        v = SentenceView(doc.norm, s, e, actors.get(si, []), cues, {}, None)
        if frame_rules.frames(v, cues):
            assert si in framed, (si, text)


def test_fears_without_holder_are_vague_and_with_possessor_named():
    assert _one("The move revived fears that the truce might collapse.", "might")[1] == "vague"
    got = _one("Russia's fears that NATO might expand are old.", "might")
    assert got[:2] == ("reported", "russia"), _rows("Russia's fears that NATO might expand.")


# ------------------------------------------------------------------ target
TARGET = [
    # blame speech acts: the object, or the subject of a passive
    ("The US accused China of hypocrisy.", "accused", "china"),
    ("China was accused by the US of hypocrisy.", "accused", "china"),
    ("China and Russia were condemned by the G7.", "condemned", "china+russia"),
    ("Beijing blamed the crisis on Washington.", "blamed", "west_us"),
    ("The EU condemned Russia's illegal annexation of Crimea.", "condemned", "russia"),
    ("Russia's brutal invasion was condemned.", "condemned", "russia"),
    ("The accusations against China are groundless.", "accusations", "china"),
    # the complement of a blame verb: the one blamed
    ("The US accused China of hypocrisy.", "hypocrisy", "china"),
    # negative actions: the doer
    ("Russia threatened Ukraine.", "threatened", "russia"),
    ("Ukraine was threatened by Russia.", "threatened", "russia"),
    ("The US-led West has not stopped its attempt to coerce China.", "coerce", "west_us"),
    ("Justice has been arbitrarily twisted by a US-led circle.", "twisted", "west_us"),
    ("Justice has been arbitrarily twisted by a US-led circle.", "arbitrarily", "west_us"),
    ("In fact, the West's suppression of China is about power.", "suppression", "west_us"),
    ("From threatening sanctions on China, the deal collapsed.", "threatening", ""),
    ("The Kremlin denied that its troops had threatened civilians.", "threatened", ""),
    # evaluative words: possessor, modified noun, of/by, relative clause, copula subject
    ("Washington's hypocrisy is obvious.", "hypocrisy", "west_us"),
    ("Washington's unbridled arrogance and hegemony are a problem.", "hegemony", "west_us"),
    ("The US' arrogance is obvious.", "arrogance", "west_us"),
    ("The hypocrisy of the West is clear.", "hypocrisy", "west_us"),
    ("Hostile US policy hurts everyone.", "Hostile", "west_us"),
    ("The illegal Russian invasion continues.", "illegal", "russia"),
    (
        "It is the Cold War mentality that Western countries adhere to.",
        "Cold War mentality",
        "west_us",
    ),
    ("The US is arrogant.", "arrogant", "west_us"),
    ("Russia and Belarus are reckless.", "reckless", "russia"),
    ("A US-led circle decides.", "US-led circle", "west_us"),
    ("This is what the West calls a contradiction.", "what the West calls", "west_us"),
    # no actor attached: no target (and vague holders are never targets)
    ("Critics say the plan is reckless.", "reckless", ""),
    ("China believes the sanctions are illegal.", "illegal", ""),
    ("These groundless accusations highlight nothing.", "groundless", ""),
    ("A country that arbitrarily smears justice will be despised.", "smears", ""),
    ("A country that arbitrarily smears justice will be despised.", "despised", ""),
    # a pronoun resolves only to a single actor named before it
    ("Washington has not stopped its reckless campaign.", "reckless", "west_us"),
    ("Washington slammed Beijing for its coercion.", "coercion", ""),
]


# the rules of the second round: claimers, agents of containment, denials, reciprocal blame,
# object pronouns, labels, copulas after a parenthetical
TARGET_ROUND2 = [
    # distancing: the claimer, not the actor inside the claim
    ("Kyiv claimed that Moscow was shelling the plant.", "claimed", "ukraine"),
    ("Moscow denied the claims of poor health.", "claims", ""),
    ("Officials in Kyiv refuted these claims as misinformation.", "claims", ""),
    ("The minister rejected the charity's claim outright.", "claim", ""),
    ("The minister dismissed claims to the contrary made by Kyiv.", "claims", "ukraine"),
    ("Washington's claims about the plant were rejected.", "claims", "west_us"),
    ("Pundits moved from forecasts of collapse to claims that China faces ruin.", "claims", ""),
    ("The Russian news agency Interfax claimed the men could appeal.", "claimed", ""),
    ("The pipelines were damaged in an alleged act of sabotage.", "alleged", ""),
    ("Washington and Seoul claim Beijing is overreacting.", "claim", "west_us"),
    # containment, threat, blackmail: the agent, not the object
    ("Washington wants its allies to help contain China.", "contain China", "west_us"),
    ("The tariffs are aimed at blackmailing China.", "blackmailing", ""),
    # denied or negated actions cast nobody
    ("There is no evidence that China is interfering in the vote.", "interfering", ""),
    ("Nothing suggests that Chinese firms have threatened anyone.", "threatened", ""),
    ("The troops would not interfere in local affairs.", "interfere", ""),
    # reciprocal blame: both blamers
    (
        "Russia and Ukraine have accused each other of shelling the plant.",
        "accused",
        "russia+ukraine",
    ),
    ("Kyiv and Moscow keep trading blame for the strike.", "blame", "russia+ukraine"),
    (
        "The dam is the focus of mutual accusations by Moscow and Kiev.",
        "accusations",
        "russia+ukraine",
    ),
    # an object pronoun is not its clause's subject
    ("Biden hit back at Putin, accusing him of reckless threats.", "accusing", "russia"),
    ("Putin spoke. Biden has since labelled him a war criminal.", "war criminal", "russia"),
    # labels: "named X a <cue>", "called X <cue>"
    # (lex3: "currency manipulator" is a trade-law label, no longer an accusation match)
    ("Trump vowed to name China a manipulator of public opinion.", "manipulator", "china"),
    # copula subject across determiners and a parenthetical
    ("Ukraine, under its current leaders, is a terrorist state.", "terrorist state", "ukraine"),
    ("The claim that Ukraine is run by fascists is baseless.", "baseless", ""),
]


# the rules of the third round: pronouns, clause subjects of participles and coordinated
# verbs, agents and relational heads that are not the doer, "threaten to", attributive forms
TARGET_ROUND3 = [
    # "he"/"she" refer to a person-like actor (a leader, an actor word before a title), not to
    # a country or its troops; a capitalised name the lexicons lack competes as antecedent
    ("Russian troops shelled the town. He claimed that Moscow was to blame.", "claimed", ""),
    ("Putin spoke on Monday. He claimed that Kyiv was shelling the plant.", "claimed", "russia"),
    (
        "The Ukrainian defence minister spoke. He claimed that Moscow was lying.",
        "claimed",
        "ukraine",
    ),
    (
        "The US says North Korea is ready, since it claimed to have tested a warhead.",
        "claimed",
        "",
    ),
    (
        "Beijing says Canberra is seeking to stake its claim as the voice of the region.",
        "claim",
        "",
    ),
    (
        "Putin sends missiles to European cities. US President Joe Biden has labelled him a "
        "war criminal.",
        "war criminal",
        "russia",
    ),
    # a subject pronoun does not refer to the object of a preposition; "as"/"after" open clauses
    ("After talks with China failed, it threatened to impose tariffs.", "threatened", ""),
    (
        "The ban was orchestrated by the US, as part of its pressure tactics to contain China.",
        "contain China",
        "west_us",
    ),
    (
        "Russia has denied it was responsible. It even claims that it was not its missile.",
        "claims",
        "russia",
    ),
    # a participle after a comma or a verb after "and": the subject that opens the clause
    (
        "Russia warned the West against arming Ukraine, claiming that the war would drag on.",
        "claiming",
        "russia",
    ),
    ("Local activists oppose Ukrainian refugees and claim the war is a hoax.", "claim", ""),
    (
        "Kyiv put a Russian soldier on trial and accused him of killing a civilian.",
        "accused",
        "russia",
    ),
    (
        "The tariffs are aimed at hurting the Chinese economy and blackmailing China.",
        "blackmailing",
        "",
    ),
    (
        "If the US believes that China is a rival and continues to try and contain China, "
        "tensions will rise.",
        "contain China",
        "",
    ),
    # "threaten to": only an actor right before it; a second conjunct after "between"
    ("The talks between Pyongyang and Washington threaten to collapse.", "threaten", ""),
    ("Russia threatened to cut off gas.", "threatened", "russia"),
    # agents, relational heads, compounds and possessed bodies
    ("The sailor was captured by Russian troops, and was accused of spying.", "accused", ""),
    ("Washington accused US trade partners of cheating.", "accused", ""),
    (
        "The head of Russia's Security Council claimed that Kyiv shelled the plant.",
        "claimed",
        "russia",
    ),
    ("Sweden's ambassador to the UN claimed that the strike was illegal.", "claimed", ""),
    (
        "Vadim, a spokesman for Ukraine's intelligence directorate, claimed that Kyiv may strike.",
        "claimed",
        "ukraine",
    ),
    ("A Russia-backed separatist claimed that 300 fighters were trapped.", "claimed", ""),
    ("Crimea voted after the US-backed coup in Kiev.", "coup", "west_us"),
    ("Kyiv accused Moscow of stirring up anti-Ukrainian hysteria.", "hysteria", "russia"),
    ("The blacklist names all supposed enemies of Ukraine.", "supposed", ""),
    # attributive and verb uses, coordinated passives, denials, extraposed "it", tags
    ("Washington condemned the threatening drills.", "threatening", ""),
    ("Chinese workers have been overlooked or denigrated.", "denigrated", ""),
    ("Attempts to malign China's cooperation will fail.", "malign", ""),
    (
        "Officials have no credible evidence that China is interfering in the vote.",
        "interfering",
        "",
    ),
    ("A Russian rocket landed, and it would be stupid to stay.", "stupid", ""),
    ("Ukraine cancelled the assault, it claimed.", "claimed", ""),
    (
        "Her comments came after Kyiv and Moscow traded accusations over the strike.",
        "accusations",
        "russia+ukraine",
    ),
    (
        "With the United States intent on continuing with its unilateralism, Asia looks elsewhere.",
        "unilateralism",
        "west_us",
    ),
]

# targets the third round adds (recall): backers, "like X", blame on X, reciprocal blame,
# gerunds of means, fronted participial phrases, labels in quotation marks
TARGET_ROUND3_RECALL = [
    ("Crimea voted after the US-backed Maidan coup in Kiev.", "coup", "west_us"),
    (
        "In 2014 US-backed nationalists and neo-Nazis overthrew the government.",
        "neo-Nazis",
        "west_us",
    ),
    ("In an authoritarian country like Russia, polls mislead.", "authoritarian", "russia"),
    (
        'The legion complained of fewer recruits, blaming the decline on "Russian lies".',
        "blaming",
        "russia",
    ),
    (
        "The Kremlin reported fires, blaming some of them on Ukrainian strikes.",
        "blaming",
        "ukraine",
    ),
    ("Russia and Ukraine accused each other of atrocities.", "atrocities", "russia+ukraine"),
    (
        "US President Donald Trump raised a storm by threatening to end the trade deal.",
        "threatening",
        "west_us",
    ),
    (
        "While campaigning, Trump accused China of theft, and claimed it was cheating.",
        "claimed",
        "west_us",
    ),
    ('The mayor condemned the strike, describing it as "absolute evil".', "evil", ""),
]

# sources of the third round: person pronouns, state media, possessed bodies, and a clause
# opening with "the <title>" read like "he"
SOURCE_ROUND3 = [
    (
        '"We are ready," Peskov said. The official also suggested that talks may resume.',
        "may",
        "reported",
        "russia",
    ),
    ("Russian troops advanced. The minister said that talks may resume.", "may", "reported", ""),
    ("Putin met Scholz. The chancellor said that talks may resume.", "may", "reported", ""),
    ("Russian troops advanced. He said the sanctions were illegal.", "illegal", "reported", ""),
    ("Putin spoke. He said the sanctions were illegal.", "illegal", "reported", "russia"),
    (
        "Russia's state news agency reported that the blast was probably an accident.",
        "probably",
        "reported",
        "",
    ),
    (
        "The head of Russia's Security Council said the strikes were illegal.",
        "illegal",
        "reported",
        "russia",
    ),
]


@pytest.mark.parametrize(("text", "matched", "target"), TARGET_ROUND3)
def test_target_round3(text, matched, target):
    assert _one(text, matched)[2] == target, (text, _rows(text))


@pytest.mark.parametrize(("text", "matched", "target"), TARGET_ROUND3_RECALL)
def test_target_round3_recall(text, matched, target):
    assert _one(text, matched)[2] == target, (text, _rows(text))


@pytest.mark.parametrize(("text", "matched", "voice", "source"), SOURCE_ROUND3)
def test_source_round3(text, matched, voice, source):
    assert _one(text, matched)[:2] == (voice, source), (text, _rows(text))


# att4: the voice errors of attribution round 3 (frames the rules did not see), with near
# misses that must keep the author's voice
VOICE_ROUND4 = [
    # -ing forms of speech verbs open a frame before "that"; not otherwise
    (
        "NATO balked, with the White House declaring that membership may come later.",
        "may",
        "reported",
        "west_us",
    ),
    ("Denying any wrongdoing may not be enough for them.", "may", "author", ""),
    # "estimate" before "that": a belief held by its subject; "an estimated 5,000" is not
    (
        "In his latest comments he estimated that over 5,000 civilians had left.",
        "estimated",
        "reported",
        "",
    ),
    ("An estimated 5,000 people may have fled.", "may", "author", ""),
    # a relative "who" and a coordinated verb share the holder of their antecedent / clause
    ("Back home Alina, who still thinks more should be done, smiled.", "thinks", "reported", ""),
    ("Putin, who claimed that the West may attack, spoke.", "may", "reported", "russia"),
    (
        "China has criticized Russia for the attack, but blamed the US for the escalation.",
        "blamed",
        "reported",
        "china",
    ),
    # a verb with no holder of its own inside another's frame speaks for that frame's holder,
    # and a gerund after "by" for the subject of its clause
    (
        "The ministry claimed that Kiev wants to frame Moscow by accusing it of lying.",
        "accusing",
        "reported",
        "ukraine",
    ),
    ("It goes without saying that the three evil forces must be fought.", "evil", "author", ""),
    # naming by "dismiss ... as": the label after "as" is the holder's
    ("Navalny has dismissed the convictions as absurd.", "absurd", "reported", ""),
    ("Russia dismissed the allegation as a fantasy.", "allegation", "author", ""),
    # an indirect question is the asker's
    (
        "When asked how Russia can claim that it fights Nazis, Lavrov smiled.",
        "claim",
        "reported",
        "vague",
    ),
    ("He was asked by a student how often he showered.", "often", "reported", ""),
    ("He asked for help, and prices often rise.", "often", "author", ""),
    ("She was asked to leave when prices may rise.", "may", "author", ""),
]


@pytest.mark.parametrize(("text", "matched", "voice", "source"), VOICE_ROUND4)
def test_voice_round4(text, matched, voice, source):
    assert _one(text, matched)[:2] == (voice, source), (text, _rows(text))


# round 5 (attribution audit round 4's source and voice errors): persons named by surname or
# pronoun after an introduction, the quoted speaker's own frames, expletive belief, "revealed"
VOICE_ROUND5 = [
    (
        "Russian Defense Ministry spokesman Igor Konashenkov spoke on Monday. "
        "Konashenkov said Kiev staged a cynical provocation.",
        "cynical",
        "reported",
        "russia",
    ),
    # a name the document never introduced (and no lexicon lists) stays unresolved; version 111
    # lists Konashenkov, so the row uses an invented spokesman
    ("Sidorchuk said Kiev staged a cynical provocation.", "cynical", "reported", ""),
    # "she" through a sentence that also says "she", back to the introduction
    (
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke. She revealed that the row "
        "occurred on July 6. She said the remarks are Russophobic.",
        "Russophobic",
        "reported",
        "russia",
    ),
    # ... but not through a sentence about something else
    (
        "Russian President Vladimir Putin spoke. The weather was fine. He said the remarks "
        "are Russophobic.",
        "Russophobic",
        "reported",
        "",
    ),
    # the speaker of a quotation is not the holder of a frame inside it ("I think", "can say")
    (
        "Yuliia Svyrydenko, First Deputy Prime Minister of Ukraine, spoke. But Ms Svyrydenko "
        'warned those routes are short. "I think it would take us five years," she said.',
        "think",
        "reported",
        "ukraine",
    ),
    (
        'Russian Foreign Ministry spokeswoman Maria Zakharova wrote on Telegram that "only an '
        'ambassador of a terrorist regime can say such things."',
        "regime",
        "reported",
        "russia",
    ),
    # an expletive "it" with a belief verb and "that": a vague holder
    ("It had been expected that the economy might collapse.", "might", "reported", "vague"),
    ("It is widely hoped that talks may resume.", "may", "reported", "vague"),
    ("The economy is expected to collapse, and it may.", "may", "author", ""),
    ("It is not surprising that prices may rise.", "may", "author", ""),
    # "revealed that" reports; "revealed" + an object does not
    (
        "The UN mission revealed that Russian forces may have committed war crimes.",
        "may",
        "reported",
        "un",
    ),
    ("Russia revealed its new missile, which may fly far.", "may", "author", ""),
    # "the president", "the Defense Ministry", "the embassy": the one actor the document
    # introduced that title or body with (attribution audit round 5)
    (
        "Russian President Vladimir Putin spoke. Putin reiterated that Moscow and Donbass "
        "matter. The president said the US has ignored the spread of neo-Nazi ideology.",
        "neo-Nazi",
        "reported",
        "russia",
    ),
    (
        "The Russian Defense Ministry reported strikes. The army has hit Ukrainian neo-Nazi "
        "units, the Defense Ministry said on Sunday.",
        "neo-Nazi",
        "reported",
        "russia",
    ),
    (
        "The Russian embassy in Riga commented. A report on alleged losses is due, the "
        "embassy said.",
        "alleged",
        "reported",
        "russia",
    ),
    # a relative clause between the subject and its verb is skipped, actors in it too
    ("Biden, who met Putin in Geneva, said that the talks may fail.", "may", "reported", "west_us"),
    # a surname introduced after the body of "the deputy head of Zelensky's office"
    (
        "On Tuesday, the deputy head of Zelensky's office, Andrey Smirnov, spoke. He also "
        "suggested that the probe could end soon.",
        "suggested",
        "reported",
        "ukraine",
    ),
    # "X made it (crystal) clear that": X's speech act, its booster and its complement
    (
        "Beijing has made it crystal clear that the troubles stem from her refusal.",
        "made it crystal clear",
        "reported",
        "china",
    ),
    ("Russia made it clear that NATO may attack.", "may", "reported", "russia"),
    ("We have made it clear that the talks may fail.", "may", "author", ""),
    # a speech act that did not happen reports nothing
    (
        "Russia could have gone further and made it clear that NATO may attack.",
        "may",
        "author",
        "",
    ),
    ("They made it a priority to make peace, which may be hard.", "may", "author", ""),
    # round 6: a subjectless predicate after ", but" continues the report; a participle of
    # saying continues a report whose holder is no actor; nouns of alarm and anxiety are vague
    (
        "Mazepin said he did not agree with the sanctions, and would fight them, but now was "
        "probably not the right time.",
        "probably",
        "reported",
        "",
    ),
    (
        "Russia said the talks failed, but it is probably too early to tell.",
        "probably",
        "author",
        "",
    ),
    (
        "Claire Hoyland from Fire Aid said she was proud, adding that she spoke with them "
        "almost daily.",
        "almost",
        "reported",
        "",
    ),
    ("The battle raged for days, suggesting the toll could be higher.", "could", "author", ""),
    (
        "There is growing alarm about a potential disaster at the plant.",
        "potential",
        "reported",
        "vague",
    ),
    ("The fire alarm may ring again.", "may", "author", ""),
    # a booster inside a quotation of several paragraphs run together (BBC)
    (
        'Andrii said: "It is scary, I left at 2am. "I never imagined that this would happen."',
        "never",
        "reported",
        "",
    ),
    # two presidents introduced: "the president" stays unresolved
    (
        "Russian President Vladimir Putin met Ukrainian President Zelensky and Kenyan leaders. "
        "The president said the claims were neo-Nazi lies.",
        "neo-Nazi",
        "reported",
        "",
    ),
]


@pytest.mark.parametrize(("text", "matched", "voice", "source"), VOICE_ROUND5)
def test_voice_round5(text, matched, voice, source):
    assert _one(text, matched)[:2] == (voice, source), (text, _rows(text))


def test_named_person_is_a_target_like_a_leader():
    text = (
        "Ukraine's foreign minister, Dmytro Vrublevsky, spoke. Moscow accused Vrublevsky of lying."
    )
    assert _one(text, "accused")[2] == "ukraine", _rows(text)


@pytest.mark.parametrize(("text", "matched", "target"), TARGET_ROUND2)
def test_target_round2(text, matched, target):
    assert _one(text, matched)[2] == target, (text, _rows(text))


@pytest.mark.parametrize(("text", "matched", "target"), TARGET)
def test_target(text, matched, target):
    assert _one(text, matched)[2] == target, (text, _rows(text))


# ------------------------------------------------------------------ vague attributions
VAGUE = [
    ("Some in Western countries assumed that China is bailing Russia out.", 1),
    ("Critics say the plan will fail.", 1),  # counted whether or not a stance word follows
    ("It is said that the talks will resume.", 1),
    ("Russia is said to be planning an attack.", 1),
    ("There are reports that the army is moving.", 1),
    ("The troops reportedly left.", 1),
    ("According to anonymous sources, the talks failed.", 1),
    ("China was accused of hypocrisy.", 1),
    ("Some countries joined the talks.", 0),  # "some" without a frame
    ("Many people live in Kyiv.", 0),
    ("The minister said the talks will resume.", 0),  # a named holder
    ("The plan was announced on Monday.", 0),  # an agentless passive that reports nothing
    ("We believe the plan will work.", 0),
    ("", 0),
    # nouns of fearing without a possessor, and passives with adverbs between
    ("The talks revived fears that the truce might collapse.", 1),
    ("China was also repeatedly accused of hypocrisy.", 1),
    ("The states that signed the pact met.", 0),  # "states" names no frame here
]


@pytest.mark.parametrize(("text", "count"), VAGUE)
def test_vague_source_count(text, count):
    m = framing.analyze(text).metrics
    assert m["vague_source_count"] == count, _rows(text)


def test_match_columns_are_strings_and_empty_when_not_applicable():
    m = framing.analyze(
        "The US accused China of hypocrisy. Russia may act. Moscow said so."
    ).matches
    assert list(m.columns[-3:]) == ["voice", "source", "target"]
    assert all(isinstance(v, str) for c in ("voice", "source", "target") for v in m[c])
    actors = m[m["category"].isin(["west_us", "china", "russia"])]
    assert (actors[["voice", "source", "target"]] == "").all().all()
    cold = framing.analyze("The Cold War mentality of the West persists.").matches
    row = cold[cold["category"] == "cold_war"].iloc[0]
    assert (row["voice"], row["target"]) == ("", "west_us")  # cold_war has a target, no voice


def test_metrics_count_author_voice_and_targets():
    text = (
        "The US accused China of hypocrisy. Washington's arrogance is reckless. "
        "Critics say the plan is reckless."
    )
    a = framing.analyze(text)
    m, rows = a.metrics, a.matches
    for cat in ("accusation", "negative_evaluation", "hedge", "booster", "distancing"):
        n = int(((rows["category"] == cat) & (rows["voice"] == "author")).sum())
        assert m[f"{cat}_author_count"] == n
        assert m[f"{cat}_author_per_1k"] == pytest.approx(n * 1000 / m["tokens"])
    assert m["negative_evaluation_author_count"] == 2  # arrogance, the first reckless
    assert m["china_targeted_count"] == 2  # accused, hypocrisy
    assert m["west_us_targeted_count"] == 2  # arrogance, reckless (copula subject)
    assert m["china_targeted_sentence_share"] == pytest.approx(1 / 3)
    assert m["west_us_targeted_per_1k"] == pytest.approx(2000 / m["tokens"])
    assert m["vague_source_count"] == 1


def test_coordinated_target_counts_for_each_actor():
    m = framing.analyze("China and Russia were condemned by the G7.").metrics
    assert m["china_targeted_count"] == 1 and m["russia_targeted_count"] == 1


def test_cue_lists_are_derived_with_attribution():
    cues = load_cues()
    assert {"said", "claimed", "alleged", "warned"} <= cues.speech  # CAMEO 010/110/130
    assert {"accused", "condemned", "criticised", "blamed"} <= cues.blame  # CAMEO 111/112
    assert {"threatened", "pressured", "suppressed"} <= cues.negative_action  # CAMEO 13/17
    assert {"think", "believe", "assumed"} <= cues.belief
    assert {"spokesman", "minister", "ambassador", "officials"} <= cues.titles  # Phoenix agents
    assert "helicopter" not in cues.titles
    assert len(cues.fingerprint) == 64
    assert cues.role("accusation", "accusing") == "blame"
    assert cues.role("accusation", "coercion") == "negative_action"
    assert cues.role("negative_evaluation", "character") == "evaluative"


# ------------------------------------------------------------------ surfaces
TEXT = (
    "The US accused China of hypocrisy. Washington's arrogance is reckless. "
    "Critics say the plan is reckless."
)


def test_kwic_filters_by_voice_and_target():
    a = framing.analyze(TEXT)
    k = a.kwic(category="negative_evaluation", voice="reported")
    assert list(k["matched_text"]) == ["hypocrisy", "reckless"]
    assert list(k["source"]) == ["west_us", "vague"]
    assert list(a.kwic(target="china")["matched_text"]) == ["accused", "hypocrisy"]
    assert list(a.kwic(target="west_us", voice="author")["matched_text"]) == [
        "arrogance",
        "reckless",
    ]
    assert a.kwic(pattern="plan")[["voice", "source", "target"]].eq("").all().all()


@pytest.mark.parametrize(
    ("kw", "message"), [({"voice": "them"}, "voice"), ({"target": "mars"}, "target")]
)
def test_kwic_rejects_unknown_voice_or_target(kw, message):
    from framing.core.errors import InputError

    with pytest.raises(InputError, match=message):
        framing.analyze(TEXT).kwic(**kw)


def test_cli_kwic_voice_and_target(tmp_path, capsys):
    from framing.cli import main

    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert main(["kwic", "--category", "negative_evaluation", "--voice", "author", str(f)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and all("voice=author" in line for line in out)
    assert main(["kwic", "--category", "accusation", "--target", "china", str(f)]) == 0
    assert "[accused]" in capsys.readouterr().out
    assert main(["kwic", "--category", "accusation", "--target", "mars", str(f)]) == 2


def test_actor_frame_matrix_views():
    a = framing.analyze(TEXT)
    co = a.actor_frame_matrix()
    assert co.index.name == "actor" and co.loc["china", "accusation"] == 1  # co-occurrence
    tg = a.actor_frame_matrix(view="targeted")
    assert tg.index.name == "target"
    assert tg.loc["china", "accusation"] == 1 and tg.loc["china", "negative_evaluation"] == 1
    assert tg.loc["west_us", "negative_evaluation"] == 2 and tg.loc["west_us", "accusation"] == 0
    src = a.actor_frame_matrix(view="source")
    assert src.loc["west_us", "accusation"] == 1 and src.loc["vague", "negative_evaluation"] == 1
    blame = a.actor_frame_matrix(view="blame")
    assert blame.loc["west_us", "china"] == 2 and blame.loc["author", "west_us"] == 2
    assert int(blame.to_numpy().sum()) == 4


def test_scoring_cache_key_changes_with_the_cue_files(monkeypatch, tmp_path):
    from framing.data import cache
    from framing.engine import cues as cues_mod

    a = cache.shard_dir("L", {}, tmp_path)
    fake = cues_mod.load_cues()
    monkeypatch.setattr(cues_mod, "load_cues", lambda: type("C", (), {"fingerprint": "x"})())
    assert cache.shard_dir("L", {}, tmp_path) != a
    monkeypatch.setattr(cues_mod, "load_cues", lambda: fake)
    assert cache.shard_dir("L", {}, tmp_path) == a


def test_sentence_counts_add_up_to_the_metrics(article_body):
    a = framing.analyze(
        article_body + "\n\nCritics say it is reckless. It is said that Kyiv may act."
    )
    per_sentence = a.attribution_sentence_counts()
    assert len(per_sentence) == len(a.sentences)
    for col, total in per_sentence.sum().items():
        assert a.metrics[col] == total, col
    # the article's three (test_golden_attribution) and the two added sentences
    assert a.metrics["vague_source_count"] == 5


# round 8 (attribution audit, headlines): general repairs, with near misses that must not change
# text, matched term, (voice, source, target)
ROUND8 = [
    # "rejects X as Y": Y is the rejecter's label (a naming verb that needs "as")
    ("Kiev rejected the votes as illegitimate.", "illegitimate", ("reported", "ukraine", "")),
    ("Tehran rejected the West's accusations as unfounded.", "unfounded",
     ("reported", "", "west_us")),
    # ... the rejected accusation itself is no label: its accused is not the West; since
    # METRICS_VERSION 28 its voice is the West's (the accuser of a blame noun: rounds 15-17)
    ("Tehran rejected the West's accusations.", "accusations", ("reported", "west_us", "")),
    # a private person named by nationality is not the state
    ("A US woman was arrested for faking her kidnapping.", "faking", ("author", "", "")),
    ("A man who waits for a Ukrainian family believes the system may fail.", "believes",
     ("reported", "", "")),
    ("Kiev's National Security Council has alleged that Moscow lied.", "alleged",
     ("author", "", "ukraine")),
    # a participle with a particle before "by" is passive: the agent does it
    ("China says the war threat was hyped up by the U.S. to fuel the crisis.", "hyped",
     ("reported", "china", "west_us")),
    # the gerund after "blame X for / of" is X's act; not the blamer's when X is no actor
    ("Zelensky accused Moscow of repeatedly threatening Kyiv.", "threatening",
     ("reported", "ukraine", "russia")),
    ("A Chinese expert slammed Australia for hyping the spy ship.", "hyping",
     ("reported", "china", "")),
    ("China was accused of interfering in Hong Kong.", "interfering", ("reported", "vague", "china")),
    # ... and after "opposes / rejects / against" it is someone else's (unnamed)
    ("China opposes politicizing trade.", "politicizing", ("author", "", "")),
    ("The US keeps politicizing trade.", "politicizing", ("author", "", "west_us")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "expected"), ROUND8)
def test_round8_repairs(text, matched, expected):
    assert _one(text, matched) == expected, (text, _rows(text))
