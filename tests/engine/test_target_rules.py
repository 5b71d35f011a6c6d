"""Target rules written from the empty targets of attribution round 13 (``METRICS_VERSION``
31): a word ending in -ly that is a negative action's noun ("bully") is not an adverb, a
coordinated predicate after a copula, an apposition between subject and verb, and the holder
of what a verb of giving up discards; and from the target errors of round 20 (version 33):
attributive participles, hypothetical acts, the contained country, an office's own state, the
doer of a purpose infinitive; and from the reading of UNSCon 2014's predicted targets
(version 46): acts done to someone ("brutal invasion of Ukraine"), spaced "anti - X", the doer
a pretext covers.
Sentences of our own; the whole pipeline."""

from __future__ import annotations

import pytest

import framing
from tests._lex import first_match

TARGETS = [
    # text, matched text, expected target
    ("The US is a bully.", "bully", "west_us"),
    ("Most people believe the US is a bully in the crisis: survey", "bully", "west_us"),
    # an -ly adverb still judges the doer of its clause
    ("The facts were arbitrarily twisted by Washington.", "arbitrarily", "west_us"),
    # a coordinated predicate after a copula
    ("Washington is reckless and arrogant.", "arrogant", "west_us"),
    ("The US is arrogant, reckless and irresponsible.", "irresponsible", "west_us"),
    # ... but not an adjective before its noun in the next clause
    ("The US is a partner and hostile forces remain.", "hostile", ""),
    ("They are rich, and arrogant Americans come.", "arrogant", "west_us"),
    # an apposition between subject and verb
    (
        "US, primary spreader of disinformation, manipulates global opinion",
        "manipulates",
        "west_us",
    ),
    ("Washington, on the other hand, alleges the attacks came from abroad.", "alleges", "west_us"),
    ("In Kyiv, after the talks, officials hyped the threat.", "hyped", ""),
    # what a verb of giving up discards belongs to the one asked to give it up, or to its doer
    (
        "China urges U.S., U.K., Australia to abandon Cold War mindset",
        "Cold War mindset",
        "west_us",
    ),
    ("Beijing calls on Washington to give up hegemony", "hegemony", "west_us"),
    ("The US should abandon the Cold War mentality.", "Cold War mentality", "west_us"),
    ("China asks the world to abandon hegemony.", "hegemony", ""),
    ("China rejects the Cold War mentality.", "Cold War mentality", ""),
]

ROUND20 = [
    # an attributive participle or hyphenated -ing compound qualifies its noun: no doer
    ("Chinese analysts slam highly politicized program", "politicized", ""),
    ("US Embassy in China promotes Nazi-whitewashing Ukrainian organization", "whitewashing", ""),
    # ... but a finite verb after an adverb still has its subject as doer
    ("Ukraine previously claimed it was not involved.", "claimed", "ukraine"),
    ("Kiev brutally suppressed protests in Kharkov", "suppressed", "ukraine"),
    # ... and an actor inside the compound is the one acted on
    ("Washington should learn to quit China-smearing addiction", "smearing", "west_us"),
    # a possible act casts no one yet
    ("Russia to strengthen flank in response to potential NATO expansion", "NATO expansion", ""),
    ("NATO expansion threatens Russia's security", "NATO expansion", "west_us"),
    # a country's name before a noun of containing is the contained; an abbreviation the doer
    ("US risks crisis with wrong China containment policy", "containment", ""),
    ("US containment policy fails", "containment", "west_us"),
    ("the Russia containment strategy of NATO", "containment", "west_us"),
    # the doer of a purpose infinitive after a gerund of blame
    (
        "Chinese FM criticizes US for drawing small circles to contain China",
        "contain China",
        "west_us",
    ),
    # an organisation named by nationality is no state
    ("the arrogant Ukrainian organization", "arrogant", ""),
    ("the arrogant Ukrainian government", "arrogant", "ukraine"),
]

ROUND21 = [
    # the object of a verb of holding belongs to its doer; an actor-modified noun before a
    # purpose infinitive is the doer (round 21's empty targets; version 44)
    ("U.S. quest to maintain world hegemony exacerbates conflicts", "hegemony", "west_us"),
    ("Washington pursues hegemony in Asia.", "hegemony", "west_us"),
    ("The West stokes conflict to preserve hegemony.", "hegemony", "west_us"),
    # ... but not a denied act or an opposing subject
    ("China will never seek hegemony.", "hegemony", ""),
    ("China opposes hegemony.", "hegemony", ""),
]

UNSCON = [
    # an act done to someone: "of X" is the one who suffers it (version 46, from the reading of
    # UNSCon 2014's predicted targets)
    ("The brutal invasion of Ukraine must end.", "brutal", ""),
    ("This is a flagrant violation of Ukraine's sovereignty.", "flagrant", ""),
    ("The reckless shelling of Ukrainian cities continued.", "reckless", ""),
    # ... its doer is a possessor, a modifier or "by X"
    ("Russia's brutal invasion of Ukraine must end.", "brutal", "russia"),
    ("the illegal Russian invasion of Ukraine", "illegal", "russia"),
    ("the illegal annexation of Crimea by Russia", "illegal", "russia"),
    ("a flagrant violation by Russia of its obligations", "flagrant", "russia"),
    (
        "despite several alleged violations of their airspace by Russian aircraft",
        "alleged",
        "russia",
    ),
    # ... or the owner of the pledges a violation breaks
    ("It is a blatant violation of Russia's international commitments.", "blatant", "russia"),
    ("It is a blatant violation of Ukraine's borders.", "blatant", ""),
    # ... and "of X" still names the one a quality belongs to
    ("We reject the hypocrisy of the West.", "hypocrisy", "west_us"),
    ("We saw the brutal aggression of the Russian Federation.", "brutal", "russia"),
    # "the bullying of X" is X's bullying in the corpora ("the trade bullying of the United
    # States"): "of X" stays the doer of a negative action's noun
    ("They stand up to the trade bullying of the United States.", "bullying", "west_us"),
    # a pretext covers the act of its clause's subject, not of the object next to it
    (
        "Russia invaded Ukraine under the pretext of denazification.",
        "under the pretext of",
        "russia",
    ),
    (
        "Under the pretext of protecting civilians, Russia attacked Ukraine.",
        "Under the pretext of",
        "russia",
    ),
    (
        "Kyiv says Moscow shells cities on the pretext of protecting Russian speakers.",
        "pretext",
        "russia",
    ),
    ("Russia used the claims as a pretext to invade Ukraine.", "pretext", "russia"),
    ("The pretext was flimsy.", "pretext", ""),
    ("US officials accused China of using the visit as a pretext for drills.", "pretext", "china"),
    # "as" after a verb of role is no tag: the people who identify as Ukrainian are not Ukraine
    # (version 48)
    (
        "implying that those who self-identify as Ukrainian threaten the unity of Russia",
        "threaten",
        "",
    ),
    ("The deal may collapse, as Moscow threatens to leave.", "threatens", "russia"),
    # "anti - X" with the hyphen spaced, as tokenised corpora write it, opposes X
    ("They ran aggressive anti - Ukrainian propaganda.", "propaganda", ""),
    ("They ran aggressive anti-Ukrainian propaganda.", "propaganda", ""),
    # ... a dash between words is no prefix
    ("Ukraine - in a propaganda campaign - smeared the talks.", "smeared", "ukraine"),
]

# version 73 (attribution round 47): the doer of a verb of doing is cast by the evaluated act it
# takes as object; not when the act is denied, nor through a pronoun subject
ROUND47 = [
    ("Russian troops commit heinous crimes against civilians.", "heinous", "russia"),
    ("Russian troops have continued treacherous shelling of the cities.", "treacherous", "russia"),
    ("Russia carried out these barbaric strikes on hospitals.", "barbaric", "russia"),
    ("Russia did not commit heinous crimes.", "heinous", ""),
    ("China gave support to Russia as it conducts brutal attacks on cities.", "brutal", ""),
    ("The court will continue brutal trials.", "brutal", ""),
]

# version 75 (attribution round 48, White House): a verb of a series takes the first verb's
# doer; a controlled infinitive ("prevent X from V-ing to V") is X's; a plural noun opening the
# clause is the antecedent of "their"; "make" an evaluated act; "labeled X a, quote, '...'"; a
# passive naming verb labels its subject, not its agent
ROUND48 = [
    (
        "The world watched a bunch of thugs attack the United States Capitol, threaten the "
        "lives of the Vice President.",
        "threaten",
        "",
    ),
    ("Moscow attacked the Ukrainian capital, threatened NATO.", "threatened", "russia"),
    (
        "IAEA chief Grossi, who also inspected the plant, claimed that Kiev shelled it.",
        "claimed",
        "un",
    ),
    ("The FTC acts to prevent employers from collaborating to suppress wages.", "suppress", ""),
    ("The sanctions prevent Russia from continuing to threaten Ukraine.", "threaten", "russia"),
    (
        "Smugglers moved migrants within the United States. The migrants or their families "
        "allegedly paid members of the organization.",
        "allegedly",
        "",
    ),
    ("Putin is making reckless nuclear threats.", "reckless", "russia"),
    ("That made a brutal winter worse.", "brutal", ""),
    ('Today President Biden labeled Putin a, quote, "war criminal."', "war criminal", "russia"),
    ("The claim was dismissed by Kiev as misinformation.", "misinformation", ""),
]

# version 76: the doer of prepare / stage / orchestrate / launch / mount and an evaluated act,
# also after "a"; not through a preposition
V76 = [
    ("Russia is preparing brutal provocations.", "brutal", "russia"),
    ("Russia launched a brutal attack on Kyiv.", "brutal", "russia"),
    ("Russia staged a cynical provocation.", "cynical", "russia"),
    ("We must prepare for a brutal winter.", "brutal", ""),
]

# version 78 (rounds 48-49): the maker of claims a relative clause names; the holder of "the
# ability to" after "deny X"; the possessor of an act that "threatens to"
V78 = [
    ("On the dirty bomb allegations that Moscow is making, what are the scenarios?",
     "allegations", "russia"),
    ("The false claims that Russia has made about biolabs are absurd.", "false claims", "russia"),
    ("Nations are coming together to deny Putin the ability to weaponize his energy.",
     "weaponize", "russia"),
    ("Russia's war of aggression threatens to disrupt the supply of grain.", "threatens",
     "russia"),
    ("Moscow denied that it threatens Ukraine.", "threatens", ""),
]  # fmt: skip

#: version 81: the possessor after "and" in a blame verb's object (round 53)
V81 = [
    ("The Vice President condemned the Democratic People's Republic of Korea's destabilizing "
     "missile tests and Russia's brutal and illegal invasion of Ukraine.", "condemned", "russia"),
    ("She condemned the violence and the Kremlin's brutal war.", "condemned", "russia"),
    ("Critics blame him for the collapse of the Soviet Union and Russia's loss of prestige.",
     "blame", ""),
    ("They condemned the strikes over the weekend and Russia's response.", "condemned", ""),
    ("He condemned the attacks, and Russia's envoy has left the room.", "condemned", ""),
    ("We condemn the tests and the invasion by Russia.", "condemn", "russia"),  # object()
]  # fmt: skip

#: version 82 (round 54, UN General Debate): the acted-on actor before an adverb, a State
#: that is a member of a UN body, an opposed attempt, "by what", a breach of the Charter
V82 = [
    ("The military aggression against Ukraine blatantly disregards international law.",
     "blatantly", ""),
    ("Russia's invasion of Ukraine flagrantly violates international law.", "flagrantly",
     "russia"),
    ("Russia shamelessly steals Ukrainian grain.", "shamelessly", "russia"),
    ("A permanent member of the Security Council has launched an unprovoked war.", "unprovoked",
     ""),
    ("The Security Council has launched an unprovoked attack on reason.", "unprovoked", "un"),
    ("China is firmly against attempts to politicize human rights.", "politicize", ""),
    ("China rejects any attempt to politicize the pandemic.", "politicize", ""),
    ("The US makes attempts to politicize the pandemic.", "politicize", "west_us"),
    ("Peace is threatened by what Secretary-General Guterres called a cauldron of crises.",
     "threatened", ""),
    ("Peace is threatened by Russia.", "threatened", "russia"),
    ("Such an attempt is a flagrant breach of the United Nations Charter.", "flagrant", ""),
]  # fmt: skip

#: version 83 (round 55): "of X into <actor>" names the doer; "hold" an evaluated act
V83 = [
    ("The memories resurfaced after the unprovoked invasion of Russia into Ukraine.",
     "unprovoked", "russia"),
    ("The brutal invasion of Ukraine into chaos.", "brutal", ""),
    ("The brutal invasion of Ukraine by Russia.", "brutal", "russia"),
    ("Russia plans to hold illegal referendums in the occupied territories.", "illegal",
     "russia"),
    ("We will not hold illegal elections, Russia said.", "illegal", ""),
]  # fmt: skip

#: version 99 (attribution round 69): "from X" right after a negative noun names its doer
V99 = [
    ("Pyongyang vows to take counter-measures against hostility from the United States and its "
     "allies.", "hostility", "west_us"),
    ("More blatant disinformation from our US colleagues.", "disinformation", "west_us"),
    ("Faced with this heightened intimidation from the US, China fought back.", "intimidation",
     "west_us"),
    ("Few countries stand up to the pressure and coercion from Washington.", "coercion",
     "west_us"),
    ("Kyiv again faces provocations from Russia.", "provocations", "russia"),
    # not after a verb ("to", a modal), not after a participle, not past the next word
    ("Kyiv does not give in to provocations from Russia.", "provocations", ""),
    ("The move was a reckless departure from US policy.", "reckless", ""),
    ("Refugees fled the brutal shelling from the east of Ukraine.", "brutal", ""),
]  # fmt: skip

#: version 104 (attribution round 70's misses): the doer of "it is ADJ for X to V", a bare verb
#: after a modal, "within X" after an evaluated noun, an actor word opening a copula's subject
V104 = [
    ("It is deceitful for the US to claim it wants peace.", "deceitful", "west_us"),
    ("It is deceitful for the US to claim it wants peace.", "claim", "west_us"),
    ("It would be reckless for Russia to escalate the war.", "reckless", "russia"),
    # no "for X": "it" stands for the clause; not extraposed: the subject
    ("It would be reckless to escalate the war.", "reckless", ""),
    ("Washington is notorious for its reckless moves.", "reckless", "west_us"),
    ("Russia will simply fake the result of the vote.", "fake", "russia"),
    # an -ly cue after a modal is no verb: "allegedly" distances the claim, not the subject
    ("We were told that the EU will allegedly fast-track Ukraine's membership.", "allegedly", ""),
    ("The Russian army is ruthless.", "ruthless", "russia"),
    # not after a modal: the adjective casts what it attaches to, if anyone
    ("The fake referendum was held in September.", "fake", ""),
    ("Ukraine fell victim to Russian lies.", "lies", "russia"),
    ("Officials warned of Russophobic sentiments within the EU.", "Russophobic", "west_us"),
    ("Officials warned of Russophobic sentiments within weeks.", "Russophobic", ""),
    # an actor word opening the copula's subject, before its head (and a short phrase)
    ("The US sanctions are illegal.", "illegal", "west_us"),
    ("Kyiv insists the Russian offensive was completely unprovoked.", "unprovoked", "russia"),
    ("The US crackdown on Huawei is a politicized attack.", "politicized", "west_us"),
    ("The US claims about China are groundless.", "groundless", "west_us"),
    ("The sanctions on the US are illegal.", "illegal", ""),
    ("The anti-Russian campaign is hysterical.", "hysterical", ""),
]  # fmt: skip

SOURCES_ROUND20 = [
    # an office in a place belongs to the state that names it
    ("The US Embassy in China said the report was groundless.", "groundless", "west_us"),
    ("The Russian embassy in Washington said the claims were groundless.", "groundless", "russia"),
]


@pytest.fixture(scope="module")
def lexicon():
    return framing.load_lexicon()


ALL = (
    TARGETS + ROUND20 + ROUND21 + UNSCON + ROUND47 + ROUND48 + V76 + V78 + V81 + V82 + V83 + V99
    + V104
)  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "target"), ALL, ids=[t[0][:45] for t in ALL])
def test_target_rules(lexicon, text, matched, target):
    assert first_match(lexicon, text, matched)["target"] == target


@pytest.mark.parametrize(("text", "matched", "source"), SOURCES_ROUND20)
def test_office_in_a_place_is_its_own_states(lexicon, text, matched, source):
    assert first_match(lexicon, text, matched)["source"] == source
