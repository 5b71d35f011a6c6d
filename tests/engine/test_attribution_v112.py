"""Version 112: the voice repairs written from attribution round 72's errors (continued reports,
naming verbs' objects, participles as adjectives, "as X warned" tags, deliberation, denial of a
noun phrase, pointed fingers), each with a near miss the rule must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import matched_texts, only_match

VOICE = [
    # a participle that continues a report: the writer's verb, the holder's next speech act
    (
        "The guard's press service said in a statement, claiming that the troops had used "
        "heavy weaponry.",
        "claiming",
        "author",
        "",
    ),
    (
        'Raab told Sky News the decision will have "a damaging effect on Russia," adding that '
        "such moves could lead to a crisis.",
        "could",
        "reported",
        "",
    ),
    (
        "The Kremlin said the strikes were clearly a response, accusing Kiev of terrorism.",
        "accusing",
        "reported",
        "russia",
    ),
    (
        "US officials told reporters the talks had stalled, adding that Russia may escalate.",
        "may",
        "reported",
        "west_us",
    ),
    # near miss: the writer's inference keeps the old reading (the main report's scope)
    (
        "The Kremlin said the toll rose to 40, suggesting the strike may have been deliberate.",
        "may",
        "reported",
        "russia",
    ),
    # "referencing": the writer's gloss closes the report
    (
        'He vowed to host the contest in a "free" Mariupol, referencing the port city that is '
        "mostly under Russian control.",
        "mostly",
        "author",
        "",
    ),
    # a naming verb: its object is the writer's words, the label the holder's
    (
        'The Ukrainian presidential aide called the purported attacks a "counteroffensive".',
        "purported",
        "author",
        "",
    ),
    ("Biden called Putin a war criminal.", "war criminal", "reported", "west_us"),
    ("Lavrov called it a blatant lie.", "blatant", "reported", "russia"),
    ('They dubbed the brutal crackdown "Operation Z".', "brutal", "author", ""),
    ("Russia described the so-called sanctions as illegal.", "so-called", "author", ""),
    # a participle as an adjective after a possessive reports nothing
    (
        "Borrell called for a peace deal, but his suggested agreement is likely a non-starter.",
        "likely",
        "author",
        "",
    ),
    # near miss: the participle as a verb after a subject pronoun
    ("Borrell said he suggested that the deal is likely to fail.", "likely", "reported", "west_us"),
    # "as X say that": a reason clause whose verb reports what follows, not a tag
    (
        "The peace talks have stalled, as Western politicians say that Kiev should not be "
        "pressured into giving up territory.",
        "pressured",
        "reported",
        "",
    ),
    # a tag between subject and predicate reports both
    ("The deal, as some have warned, could lead to war.", "could", "reported", "vague"),
    (
        "Trump's withdrawal puts the deal in jeopardy, which in the worst case, as some have "
        "already warned, could lead to war.",
        "could",
        "reported",
        "vague",
    ),
    # near miss: a tag after the clause reports the clause before it only
    (
        "The deal is likely dead, as Beijing has said, and talks may resume.",
        "may",
        "author",
        "",
    ),
    (
        "The deal is likely dead, as Beijing has said, and talks may resume.",
        "likely",
        "reported",
        "china",
    ),
    # deliberation: "considering" before a gerund holds no belief
    (
        "Reports that Trump is considering imposing tariffs, with an announcement due this "
        "week, are worrying, because the move could spark a trade war.",
        "could",
        "author",
        "",
    ),
    # a denial of a noun phrase: the object is the writer's account
    ("Russia has denied any involvement in the atrocities.", "atrocities", "author", ""),
    ("Russia has denied that it committed atrocities.", "atrocities", "reported", "russia"),
    ("Russia denied it had committed atrocities.", "atrocities", "reported", "russia"),
    (
        "Moscow denied the allegations of brutal attacks, saying they were clearly staged.",
        "clearly",
        "reported",
        "russia",
    ),
    (
        "Moscow denied the allegations of brutal attacks, saying they were clearly staged.",
        "brutal",
        "author",
        "",
    ),
    # a pointed finger: the pointer's speech act
    ("The Kremlin points the finger at the West.", "points the finger", "reported", "russia"),
    (
        "Despite some still trying to point an accusing finger at China, the talks went on.",
        "point an accusing finger",
        "reported",
        "vague",
    ),
    (
        "Washington continues to point the finger at Beijing.",
        "point the finger",
        "reported",
        "west_us",
    ),
    # near miss: no one points
    ("It is time to stop pointing fingers at each other.", "pointing fingers", "author", ""),
    ("The Kremlin pinned the blame on Kiev.", "pinned the blame", "reported", "russia"),
    # a continued report after a postposed one; a quotation's "we" holds nothing
    (
        '"Some nations have policies that led to the result we are observing now," Putin said, '
        'adding that the behavior could be described as "predatory".',
        "could",
        "reported",
        "russia",
    ),
    # "in terms of" is a noun, no naming frame
    (
        "In terms of this specific strike and a reaction: Obviously, any loss of life is tragic.",
        "Obviously",
        "author",
        "",
    ),
    # a quoted label ends at its closing mark
    (
        'Others signed up through a program called the "Basic Health Plan" - a really '
        "tremendous period.",
        "really",
        "author",
        "",
    ),
    # "as it suggests that": the writer's evidence, a tag over the clause before
    (
        "This is an encouraging signal, as it suggests that the administration may be willing "
        "to cooperate.",
        "may",
        "author",
        "",
    ),
]


@pytest.mark.parametrize(("text", "matched", "voice", "source"), VOICE)
def test_voice_repairs_of_round_72(text, matched, voice, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == (voice, source)


TARGETS = [
    ("The Kremlin points the finger at the West.", "points the finger", "west_us"),
    (
        "Despite some still trying to point an accusing finger at China, the talks went on.",
        "point an accusing finger",
        "china",
    ),
    ("The Kremlin accuses the West of plotting Russia's downfall.", "accuses", "west_us"),
    ("Moscow accused the West of hypocrisy.", "accused", "west_us"),
]


@pytest.mark.parametrize(("text", "matched", "target"), TARGETS)
def test_targets_of_pointed_fingers_and_the_west_of(text, matched, target):
    assert only_match(text, matched)["target"] == target


WEST_OF = [
    ("Moscow accused the West of plotting.", ["West"]),
    ("Moscow accused the West of hypocrisy.", ["West"]),
    ("West of the river, troops advanced.", []),
    ("The village lies West of Kyiv.", []),
    ("He farms in the West of England.", []),
    ("West of here the road ends.", []),
]


@pytest.mark.parametrize(("text", "expected"), WEST_OF)
def test_the_west_of_is_an_actor_only_before_a_charge(text, expected):
    assert matched_texts(text, "west_us") == expected
