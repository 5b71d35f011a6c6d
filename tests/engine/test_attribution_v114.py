"""Version 114: the voice and target repairs written from attribution rounds 73 and 74 (evidence
that suggests, confirming not done, "refute", "indicate", a possessive before a noun in -s, the
writer's rebuttal, "despite being accused", the writer's parentheses, issued condemnations, names
after "with", distancing markers in a charge, "engaged in", a quoted act "by X"), each with a
near miss the rule must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import only_match

VOICE = [
    # evidence the text identifies suggests: the writer's inference
    ("IFW figures suggest that Poland has delivered all the weapons.", "suggest", "author", ""),
    (
        "The best performance has been shown by Poland, IFW figures suggest.",
        "suggest",
        "author",
        "",
    ),
    ("The data indicated that the war may last.", "may", "author", ""),
    # near misses: an unnamed document keeps its vague holder; a person suggests
    ("Studies suggest that the war may last.", "may", "reported", "vague"),
    ("Putin suggested that the war may last.", "may", "reported", "russia"),
    # a noun in -s after a possessive is no verb of saying
    (
        "Tillerson's remarks suggest the US may have adopted a more rational perspective.",
        "may",
        "author",
        "",
    ),
    ("His remarks came after the war may have begun.", "may", "author", ""),
    # near miss: the verb after a subject
    ("Lavrov remarks that the West may be lying.", "may", "reported", "russia"),
    # not confirming asserts nothing
    ("The BBC cannot independently confirm the allegations.", "allegations", "author", ""),
    ("The BBC has not been able to verify the claims.", "claims", "author", ""),
    ("Reuters was not able to confirm the allegations.", "allegations", "author", ""),
    ("Western leaders have not indicated that the war may end.", "may", "author", ""),
    # near miss: confirming is a report
    ("Officials confirmed that the war may last.", "may", "reported", "vague"),
    # "refute" a noun phrase: the object is the writer's; the label after "as" the refuter's
    ("Ukraine refuted these claims.", "claims", "author", ""),
    ('Ukraine refuted these claims as "misinformation."', "claims", "author", ""),
    ('Ukraine refuted these claims as "misinformation."', "misinformation", "reported", "ukraine"),
    # near miss: a headline's "refutes" reports its object in the refuter's words
    ("China refutes hypes about US maritime bullying", "bullying", "reported", "china"),
    # "indicate": a person's or a body's report, not a thing's
    ("The US and its allies indicated that the war may end soon.", "may", "reported", "west_us"),
    ("Previous local reporting also indicated that the war may end.", "may", "reported", "vague"),
    ("The current situation clearly indicates that the war may end.", "may", "author", ""),
    ("Prices rose, and it would indicate that the war may end.", "may", "author", ""),
    # the writer's rebuttal after ", when in reality"
    (
        "They claim that China is manipulating, when in reality it is they that denigrate China.",
        "denigrate",
        "author",
        "",
    ),
    # near miss: a "when" clause with no rebuttal stays in the report
    ("They claim that China is manipulating, when it may be the US.", "may", "reported", ""),
    # "despite being accused of ...," ends at its comma
    (
        "China, despite being accused of all sorts of things by US politicians, has never done "
        "anything as damaging.",
        "never",
        "author",
        "",
    ),
    # near miss: the blame reaches the end of its own clause
    ("China was accused by US politicians of never paying.", "never", "reported", "west_us"),
    # parentheses in a report are the writer's aside
    (
        "As historians have emphasized, no country supported liberation struggles (and this was "
        "invariably Western colonialism) more than the Soviet Union.",
        "invariably",
        "author",
        "",
    ),
    (
        "The Russian military says the missile has a range of 2,000 kilometers (about 1,250 "
        "miles).",
        "about",
        "author",
        "",
    ),
    # near miss: outside parentheses the report holds (unnamed historians are a vague holder
    # since version 121)
    (
        "As historians have emphasized, no country was invariably more supportive.",
        "invariably",
        "reported",
        "vague",
    ),
    # a blame noun issued by its subject
    (
        "The UN Security Council has issued another strongly worded condemnation.",
        "condemnation",
        "reported",
        "un",
    ),
    ("China voiced condemnation of the attack.", "condemnation", "reported", "china"),
    # near miss: no one named issues it
    ("The statement issued a condemnation.", "condemnation", "author", ""),
    # capitalised names after "with" are the participle's subject
    (
        "Tensions rose, with Baku and Yerevan accusing each other of military provocations.",
        "provocations",
        "reported",
        "",
    ),
    # a participle phrase between subject and verb, quoted words in it or not
    (
        "Russian President Putin, citing the limits, said that Russia will never stop.",
        "never",
        "reported",
        "russia",
    ),
    (
        'Israeli Defense Minister Benny Gantz, citing "the operational limitations," made it '
        "clear to Kyiv that Israel will not provide weapons.",
        "made it clear",
        "reported",
        "",
    ),
    # near miss: a participle phrase after the verb belongs to no subject before it
    ("The talks will never end, citing the limits.", "never", "author", ""),
    # a distancing marker in the charge of a blame is the writer's
    (
        "Moscow accused the special services of masterminding what it called a terrorist attack.",
        "what it called",
        "author",
        "",
    ),
    (
        'It was accused of being a "free-rider" for allegedly doing too little.',
        "allegedly",
        "author",
        "",
    ),
    # near misses: in the object of a condemnation, and in a report
    (
        "The US and France condemn Russia's disinformation regarding alleged chemical attacks.",
        "alleged",
        "reported",
        "west_us",
    ),
    ("Russia said Ukraine allegedly shelled the plant.", "allegedly", "reported", "russia"),
]


@pytest.mark.parametrize(("text", "matched", "voice", "source"), VOICE)
def test_voice_repairs_of_rounds_73_and_74(text, matched, voice, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == (voice, source)


TARGETS = [
    # the doer of an evaluated act that "engaged in" takes as object
    (
        "Washington engaged in an unfounded exacerbation of the situation.",
        "unfounded",
        "west_us",
    ),
    # near miss: a pronoun subject of a verb of doing
    ("Aid reached Russia as it conducts brutal attacks.", "brutal", ""),
    # a quoted act, then "by X"
    ('Lawmakers launched a platform against "suppression" by Beijing.', "suppression", "china"),
    ('Moscow called it a "staged provocation" by Ukraine.', "provocation", "ukraine"),
    # near miss: "by" a time, not an actor
    ('The "provocation" by Monday was denied.', "provocation", ""),
]


@pytest.mark.parametrize(("text", "matched", "target"), TARGETS)
def test_target_repairs_of_round_74(text, matched, target):
    assert only_match(text, matched)["target"] == target
