"""Attribution rules from attribution audit rounds 10-13 (``METRICS_VERSION`` 21-23): headline
appeals and passives of saying, headline verbs that report without "that", unnamed person tags,
"amid" as the end of a headline's report, and attributive "suspected" / "alleged". Sentences of
our own that mimic the headline streams; the whole pipeline (``framing.analyze``)."""

from __future__ import annotations

import pytest

import framing

# text, the match (its term), the expected (voice, source, target)
CASES = [
    # an appeal reports in a headline: the characterisation is the appealer's
    ("Beijing urges Washington to stop smears of its firms", "smears", ("reported", "china", "")),
    ("Kyiv calls for talks, not hyping of the war", "hyping", ("reported", "ukraine", "")),
    # ... in running text a request with an object and "to" is its subject's too (version 63,
    # attribution round 37), but "called for" opens nothing and "amid" ends a complement
    ("Beijing urges Washington to stop the smears.", "smears", ("reported", "china", "")),
    ("The minister called for calm amid hyping of the war.", "hyping", ("author", "", "")),
    # "a call for" is a noun; no subject, no frame
    ("A call for calm, not hyping, from the region", "hyping", ("author", "", "")),
    # a headline passive of saying: someone unnamed urges or warns
    (
        "Capital urged to stop interfering in island affairs",
        "interfering",
        ("reported", "vague", ""),
    ),
    (
        "Party warned not to use patrol boats for manipulation",
        "manipulation",
        ("reported", "vague", ""),
    ),
    # ... with "is" in running text, no holder is named and the rules leave it (a known gap)
    ("The party was warned not to use boats for manipulation.", "manipulation", ("author", "", "")),
    # headline "suspected of": a suspicion held by someone unnamed
    ("Nurse suspected of illegal procedures", "suspected", ("reported", "vague", "")),
    # attributive "suspected" after a preposition is the writer's hedge, not a report
    ("Girl dies after suspected poisoning in town", "suspected", ("author", "", "")),
    ("Officers arrested for suspected bribery.", "suspected", ("author", "", "")),
    # ... but "identified as suspected" is a finding of its subject: not attributive
    ("Police identified six men as suspected smugglers.", "suspected", ("reported", "", "")),
    # a past tense after "since" is a verb, not an adjective
    (
        "Both Ukraine and Russia have since blamed each other for the blast.",
        "blamed",
        ("reported", "russia+ukraine", "russia+ukraine"),
    ),
    # attributive "alleged": the noun phrase it governs is an unnamed claim (readers' guide)
    ("A group of alleged neo-Nazis attacked the statue.", "neo-Nazis", ("reported", "vague", "")),
    ("Premier protests over alleged interference", "interference", ("reported", "vague", "")),
    # ... inside someone's report, the reporter's words
    (
        "Putin said the alleged atrocities were staged.",
        "atrocities",
        ("reported", "russia", ""),
    ),
    # a headline verb that reports without "that", right after its subject
    ("U.S. reports nearly 90,000 new cases", "nearly", ("reported", "west_us", "")),
    ("Experts fear tremors may trigger a quake", "may", ("reported", "vague", "")),
    # ... a noun after a modifier or before a preposition reports nothing
    (
        "Ministry answers unfounded British, U.S. reports on the city",
        "unfounded",
        ("author", "", ""),
    ),
    ("Russia studies U.S. reports of possible strikes", "possible", ("author", "", "")),
    # running text still needs "that"
    ("The U.S. reports nearly 90,000 new cases.", "nearly", ("author", "", "")),
    # an unnamed person as a tag is a vague holder, also after a common or national word
    ("Bigger conflicts may follow: expert", "may", ("reported", "vague", "")),
    (
        "Climate expert: Rich nations should drop their arrogance",
        "arrogance",
        ("reported", "vague", ""),
    ),
    ("Growth may slow: a senior economist", "may", ("reported", "vague", "")),
    ("Sanctions are always costly: scholars", "always", ("reported", "vague", "")),
    # ... a named one is not vague
    ("Growth may slow: Beijing economist", "may", ("reported", "china", "")),
    ("Growth may slow: economist Li Wei", "may", ("author", "", "")),
    # "amid" ends a headline's report: what follows is the writer's context
    (
        "Separatists warned not to be 'unworthy' amid rumor of relic transfer",
        "rumor",
        ("author", "", ""),
    ),
    ("Moscow says talks likely amid Kyiv's hostile moves", "hostile", ("author", "", "")),
    ("Moscow says talks likely amid Kyiv's hostile moves", "likely", ("reported", "russia", "")),
]


@pytest.fixture(scope="module")
def lexicon():
    return framing.load_lexicon()


def assigned(lexicon, text: str, term: str, home: str | None = None) -> tuple[str, str, str]:
    """(voice, source, target) of the first match of ``term`` in ``text`` (``home``: the
    publisher's country, as :func:`framing.analyze` takes it)."""
    m = framing.analyze(text, lexicon, home=home).matches
    row = m[[text[s:e] == term for s, e in zip(m["start"], m["end"], strict=True)]]
    assert len(row), f"no match {term!r}"
    r = row.iloc[0]
    return r["voice"], r["source"], r["target"]


@pytest.mark.parametrize(("text", "term", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_round12_voice_source_target(lexicon, text, term, expected):
    voice, source, target = assigned(lexicon, text, term)
    assert (voice, source, target if expected[2] else "") == expected  # target when given


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Bigger conflicts may follow: expert", 1),
        ("Capital urged to stop interfering in island affairs", 1),
        ("Growth may slow: economist Li Wei", 0),
        ("Beijing urges Washington to stop smears of its firms", 0),
    ],
)
def test_round12_vague_attributions_count(lexicon, text, vague):
    assert framing.analyze(text, lexicon).metrics["vague_source_count"] == vague


# Round 13 (from attribution round 12): "reveals" without "that", a hedge after "reports",
# "netizens" as a vague holder, the FAO as a UN agency.
ROUND13 = [
    ("Study reveals cooler nights may prolong lifespan", "may", ("reported", "vague", "")),
    ("US reports about 88,000 weekly cases", "about", ("reported", "west_us", "")),
    ("Brand accused again of cultural theft by netizens", "accused", ("reported", "vague", "")),
    ("Conflict could push millions into hunger: FAO", "could", ("reported", "un", "")),
    # a noun after "reveals" is no frame: "the report reveals" needs its subject first
    ("New details of possible deal revealed", "possible", ("author", "", "")),
]


@pytest.mark.parametrize(("text", "term", "expected"), ROUND13, ids=[c[0][:45] for c in ROUND13])
def test_round13_voice_source(lexicon, text, term, expected):
    assert assigned(lexicon, text, term)[:2] == expected[:2]  # the table gives no targets


@pytest.mark.parametrize(
    ("text", "term", "source"),
    [
        # private people after a nationality are a generic holder, not the state (round 13)
        ("Brand accused of cultural theft by Chinese netizens", "accused", "vague"),
        ("Most Chinese netizens believe the plan may fail", "may", "vague"),
        ("The American people believe the war may end soon.", "may", "vague"),
        # the state's own people speak for it
        ("Chinese officials believe the plan may fail", "may", "china"),
        ("US diplomats believe talks may resume", "may", "west_us"),
    ],
)
def test_round13_collective_holders(lexicon, text, term, source):
    assert assigned(lexicon, text, term)[1] == source


# Round 14 (from attribution round 13): number words make a noun, attributive "suspected"
# after a possessive or a number, "calls on X to", the writer's "amid" phrase, a capitalised
# first word as the subject of a headline report verb, media as no state.
ROUND14 = [
    ("Two suspects dead over potential bomb in bank incident", "potential", ("author", "", "")),
    ("Police arrest 8 suspected members of a gang.", "suspected", ("author", "", "")),
    ("Seoul fires missiles after Pyongyang's suspected launch", "suspected", ("author", "", "")),
    # (voice and source only: the target of "hyping" is Washington, a known miss)
    ("Beijing calls on Washington to stop hyping the war", "hyping", ("reported", "china")),
    ("Envoy upholds position amid pressure to condemn Moscow", "condemn", ("author", "")),
    (
        "Emerging markets may suffer amid Fed tightening, IMF official warns",
        "may",
        ("reported", "", ""),
    ),
    ("Japan reports first possible case of the disease", "possible", ("reported", "", "")),
    ("Western media twists athlete's role at Games", "twists", ("author", "", "")),
    ("Western media say the plan may fail", "may", ("reported", "vague", "")),
    # a number before a past tense leaves it a verb: "141 condemned" the invasion
    ("Of 193 states, 141 condemned the invasion.", "condemned", ("reported", "", "")),
]


@pytest.mark.parametrize(("text", "term", "expected"), ROUND14, ids=[c[0][:45] for c in ROUND14])
def test_round14_voice_source_target(lexicon, text, term, expected):
    assert assigned(lexicon, text, term)[: len(expected)] == expected


# Round 15 (from attribution rounds 11-14): verbs of attitude and finding in headlines, the
# adverb between a subject and its verb, plural scholars as vague holders.
ROUND15 = [
    ("Beijing opposes any interference in the island vote", "interference", ("reported", "china")),
    ("69 countries oppose interference in internal affairs", "interference", ("reported", "")),
    ("Beijing rejects groundless accusations of abuses", "groundless", ("reported", "china")),
    (
        "Scientists find potential link between particles and disease",
        "potential",
        ("reported", "vague"),
    ),
    ("Pyongyang fully supports Beijing's right to defend sovereignty", "fully", ("reported", "")),
    # not a verb: a noun after an adjective; not the subject's: a modal, or after "should" / "to"
    ("Minister seeking medical support after groping claim", "claim", ("author", "")),
    ("Hearings might tell us more about the riot", "might", ("author", "")),
    ("U.S. should fully clarify its labs: report", "fully", ("reported", "vague")),
    ("Beijing urges Washington to fully honour the agreement", "fully", ("reported", "china")),
    # in running text the verbs of attitude stay the author's
    ("The government opposes any interference.", "interference", ("author", "")),
    ("Researchers believe the attack may spread.", "may", ("reported", "vague")),
]


# Round 16 (from attribution round 15's source errors): a bare document as the subject of a
# final "..., X suggests", an agency's opening tag in capitals, a headline's list of names.
ROUND16 = [
    (
        "Oceans are warming faster than thought, research suggests",
        "suggests",
        ("reported", "vague"),
    ),
    ("Glaciers may vanish by 2100, a new study finds", "may", ("reported", "vague")),
    # ... a named or qualified document stays the holder it names
    ("Glaciers may vanish by 2100, U.N. report finds", "may", ("reported", "un")),
    ("U.S. CDC: Virus might be behind the new cases", "might", ("reported", "west_us")),
    # ... a transcript's speaker label in capitals is still the author's line
    ("THE PRESIDENT: I think that may be right.", "may", ("author", "")),
    ("MR. PRICE: It could happen", "could", ("author", "")),
    (
        "U.S., ROK and Japan condemn Pyongyang's missile launches",
        "condemn",
        ("reported", "west_us"),
    ),
    ("Washington, Seoul and Tokyo condemn the launches", "condemn", ("reported", "west_us")),
    # ... a comma that closes a fronted phrase still ends the subject
    ("After talks in Moscow, Smith and Jones condemn the launch", "condemn", ("reported", "")),
]


@pytest.mark.parametrize(
    ("text", "term", "expected"), ROUND15 + ROUND16, ids=[c[0][:45] for c in ROUND15 + ROUND16]
)
def test_round15_and_16_voice_source(lexicon, text, term, expected):
    assert assigned(lexicon, text, term)[: len(expected)] == expected


# Round 17 (from attribution rounds 14-15's source errors): a headline's unqualified spokesperson
# or organ of a state is the publisher's own state, when the document's home is known.
HOME = [
    # subjects and tags, home "China" (a name) or "china" (a category)
    ("Spokesperson slams Washington's bullying of small states", "bullying", "China", "china"),
    ("Spokesperson strongly condemns the sanctions on firms", "condemns", "china", "china"),
    ("Such sanctions are pure hypocrisy: FM spokesperson", "hypocrisy", "China", "china"),
    ("The island's leaders will surely fail: regional spokesperson", "surely", "China", "china"),
    ("No outside interference is needed: Defense Ministry", "interference", "China", "china"),
    ("Reunification will never be stopped: Commissioner's office", "never", "China", "china"),
    ("Mainland denounces the party's provocations", "denounces", "China", "china"),
    ("Ministry: Washington hypes up the border issue", "hypes", "China", "china"),
    ("FM: sanctions are a typical act of bullying", "bullying", "China", "china"),
    # another home: a Russian outlet's ministry is Russia's, a US outlet's embassy the US's
    ("Ministry condemns the shelling of the plant", "condemns", "Russia", "russia"),
    ("Claims of a cover-up are baseless: Embassy", "baseless", "United States", "west_us"),
    # no home, or a home the lexicon has no category for: the source stays empty
    ("Spokesperson slams Washington's bullying of small states", "bullying", None, ""),
    ("Spokesperson slams Washington's bullying of small states", "bullying", "United Kingdom", ""),
    # a qualified office keeps the holder it names, or none
    ("Libya's interior ministry condemns the clashes", "condemns", "China", ""),
    ("Cambodian FM: the talks may be postponed", "may", "China", ""),
    ("Moscow's ministry condemns the shelling", "condemns", "China", "russia"),
    # a government, an official or a person is not an office of the outlet's state
    ("Govt fears the row could hurt the polls", "could", "China", ""),
    ("Official: the recorder may be damaged", "may", "China", "vague"),
    # not at the start of the headline: the words before name someone else
    ("Pacific island's spokesperson condemns the deal", "condemns", "China", ""),
    # in running text the spokesperson is whoever the text named before (the home is not read)
    ("The spokesperson condemned the sanctions.", "condemned", "China", ""),
]


@pytest.mark.parametrize(
    ("text", "term", "home", "source"), HOME, ids=[f"{c[0][:40]}-{c[2]}" for c in HOME]
)
def test_headline_office_is_the_home_state(lexicon, text, term, home, source):
    voice, got, _ = assigned(lexicon, text, term, home=home)
    assert (voice, got) == ("reported", source)


def test_home_changes_sources_only(lexicon):
    """The home sets sources; matches, voices, targets and every metric stay the same."""
    text = "Spokesperson slams Washington's bullying of small states"
    plain, homed = framing.analyze(text, lexicon), framing.analyze(text, lexicon, home="China")
    assert plain.metrics.equals(homed.metrics)
    cols = ["category", "start", "end", "voice", "target"]
    assert plain.matches[cols].equals(homed.matches[cols])
    assert list(homed.matches["source"][homed.matches["voice"] == "reported"]) == ["china"]


# Round 17 (from attribution round 16's errors): "X (is) to blame" casts X and blames nobody;
# the verb an appeal's object is urged to perform holds no stance of that object; an opening
# attributive "Suspected"; "authorities" as a tag head; envoys and consulates as offices.
ROUND17 = [
    # text, term, home, (voice, source, target)
    ("Moscow is to blame for the war.", "blame", None, ("author", "", "russia")),
    ("Putin alone is to blame.", "blame", None, ("author", "", "russia")),
    ("Kyiv says Moscow is not to blame.", "blame", None, ("reported", "ukraine", "russia")),
    (
        "Envoy says Washington to blame for tension",
        "blame",
        "China",
        ("reported", "china", "west_us"),
    ),
    # ... an object after "to blame" keeps the verb a speech act of its subject
    (
        "Kyiv sought to blame Moscow for the attack.",
        "blame",
        None,
        ("reported", "ukraine", "russia"),
    ),
    # ... and without a form of be, "someone to blame" is the seekers' blaming, casting nobody
    ("The officials were looking for someone to blame.", "blame", None, ("reported", "vague", "")),
    # an appeal's object: the urger's words, not the object's belief
    (
        "Beijing urges Washington to believe its assurances",
        "believe",
        None,
        ("reported", "china", ""),
    ),
    # ... in running text the rule does not apply: the object's own act, as before (a known gap:
    # readers would hear Washington's appeal)
    (
        "Washington urged Kyiv to accuse Moscow of war crimes.",
        "accuse",
        None,
        ("reported", "ukraine", "russia"),
    ),
    # an opening attributive participle is the tag's, not a frame of its own
    (
        "Suspected leaks were malicious editing: authorities",
        "malicious",
        "China",
        ("reported", "", ""),
    ),
    (
        "Suspected leaks were malicious editing: authorities",
        "Suspected",
        "China",
        ("reported", "", ""),
    ),
    ("Suspected poisoning kills two in village", "Suspected", None, ("author", "", "")),
    # envoys and consulates of the outlet's state
    ("Consulate condemns the killings of students", "condemns", "China", ("reported", "china", "")),
    ("Deal is a sham: envoy", "sham", "China", ("reported", "china", "")),
]


# Round 18 (from attribution rounds 15-17): the accuser of a blame noun is its possessor or actor
# adjective, not the one who answers it; a vice FM is an office; economists are vague holders;
# "commission" and "group" close a headline's tag.
ROUND18 = [
    # text, term, home, (voice, source, target)
    (
        "Moscow rejects Kyiv's shelling accusations",
        "accusations",
        None,
        ("reported", "ukraine", ""),
    ),
    (
        "Beijing says the measures are lawful in response to Western accusations of overreach",
        "accusations",
        None,
        ("reported", "west_us", ""),
    ),
    (
        "The embassy answered the newspaper's accusations.",
        "accusations",
        None,
        ("reported", "", ""),
    ),
    (
        "Moscow rejects NATO secretary general's accusation",
        "accusation",
        None,
        ("reported", "west_us", ""),
    ),
    (
        "Moscow denied Ukrainian and Western accusations.",
        "accusations",
        None,
        ("reported", "ukraine+west_us", ""),
    ),
    # ... no possessor or actor: the author's words, or the frame's ("these groundless accusations")
    ("Beijing rejects these groundless accusations.", "accusations", None, ("author", "", "")),
    ("War accusations mount in the region", "accusations", None, ("author", "", "")),
    ("The visit is a farce: vice FM", "farce", "China", ("reported", "china", "")),
    ("Deputy FM says the dialogue is doubtful", "doubtful", "China", ("reported", "", "")),
    ("Economists warn of a possible bubble", "possible", None, ("reported", "vague", "")),
    (
        "Nearly half of the region may face drought: EU commission",
        "may",
        None,
        ("reported", "west_us", ""),
    ),
    ("Debt could reach record levels: budget watch group", "could", None, ("reported", "", "")),
    # a quantifier that opens its clause is a vague subject (METRICS_VERSION 29); after a verb
    # it determines a noun
    ("Some say the talks may fail.", "may", None, ("reported", "vague", "")),
    ("Many believe the war could end soon.", "could", None, ("reported", "vague", "")),
    ("It is not, as some suggest, a matter of pride.", "suggest", None, ("reported", "vague", "")),
    (
        "The plan, which many believe is unlawful, passed.",
        "believe",
        None,
        ("reported", "vague", ""),
    ),
    ("They deserve some blame for the crisis.", "blame", None, ("author", "", "")),
    ("Some reports say the talks may fail.", "may", None, ("reported", "vague", "")),
]


# Round 19 (from attribution round 18's errors): a postposed denial reports no words of the
# denier's; a postposed tag reports only the clause after a ";"; an attributive participle
# before a plain noun in a headline; "vice premier" as an office; "newspaper" as a tag head.
ROUND19 = [
    # text, term, home, (voice, source, target)
    ("Kyiv claims the plant was shelled, Moscow denies", "claims", None, ("author", "", "ukraine")),
    ("Kyiv staged the attack, Moscow claims", "claims", None, ("author", "", "russia")),
    (
        "Man detained for insulting war criminals; a selfish act, probe says",
        "war criminals",
        None,
        ("author", "", ""),
    ),
    ("Man detained; a selfish act, probe says", "selfish", None, ("reported", "", "")),
    (
        "Province investigates suspected abuse of the code system",
        "suspected",
        None,
        ("author", "", ""),
    ),
    ("Customs detects suspected smuggling case", "suspected", None, ("author", "", "")),
    # ... but not before an actor, a determiner, or as a predicate
    ("Moscow suspected Kyiv of sabotage", "suspected", None, ("reported", "russia", "")),
    ("Missing teenager presumed drowned in the river", "presumed", None, ("reported", "", "")),
    (
        "Central gov't fully supports the plan: vice premier",
        "fully",
        "China",
        ("reported", "china", ""),
    ),
    ("Washington should fully explain its labs: newspaper", "fully", None, ("reported", "", "")),
    # "Tory leadership:" stays a topic label
    (
        "Party leadership: rival dodging scrutiny, claims minister",
        "claims",
        None,
        ("author", "", ""),
    ),
]


@pytest.mark.parametrize(
    ("text", "term", "home", "expected"),
    ROUND17 + ROUND18 + ROUND19,
    ids=[c[0][:45] for c in ROUND17 + ROUND18 + ROUND19],
)
def test_rounds_17_to_19_voice_source_target(lexicon, text, term, home, expected):
    assert assigned(lexicon, text, term, home=home) == expected
