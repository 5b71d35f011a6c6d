"""Version 121: holders the rules missed or misread in attribution rounds 69-80 (sources of
quotations tagged after two sentences, anonymous and generic holders, "once" before a verb, "as
X said" after a conjunction), voices the rules gave a report with no one reporting ("Such
remarks are preposterous", "It is not known whether", "X cannot blame"), and the infinitive
after a comma, whose object had been taken for its holder ("Instead, he chose to accuse China"
gave China). Each rule has near misses it must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import only_match

PUTIN = "Russian President Vladimir Putin spoke on Monday. "

VOICES = [
    # a tag after a quotation of two sentences, with the verbs tags use besides "said"
    (PUTIN + "“Let them try. We haven’t even really started,” he claimed.", "really", "russia"),
    (PUTIN + "“Let them try. We have really started,” he wrote.", "really", "russia"),
    (PUTIN + "“Let them try. We have really started,” he argued.", "really", "russia"),
    # near miss: a verb that is no speech tag
    (PUTIN + "“Let them try. We have really started,” he smiled.", "really", ""),
    # anonymous and generic holders
    ("Locals blamed the shortage on the war.", "blamed", "vague"),
    ("A military source told me that about 140 came out.", "about", "vague"),
    ("The source said the plan may fail.", "may", "vague"),
    ("Yet a number of historians believe that this picture is misleading.", "believe", "vague"),
    ("Suppliers say they could send tanks.", "could", "vague"),
    # near misses: a source named in apposition, things that are no holder
    ("Russia may again try to take Kyiv, according to independent news source Meduza.", "may", ""),
    ("Her phone contacts suggested she was in touch with the FSB.", "suggested", ""),
    # "once" before the verb is an adverb, not a clause opener
    ("Putin once said that the plan may fail.", "may", "russia"),
    ("Yet as Putin once said, the plan may fail.", "may", "russia"),
    # near miss: "once" opening a clause still ends the subject's search
    ("He left once the minister said it may fail.", "may", ""),
]


@pytest.mark.parametrize(("text", "matched", "source"), VOICES)
def test_holders_of_version_121(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)


AUTHOR = [
    # a plural after "such" or an adjective is a noun, not a verb of saying
    ("Such remarks are preposterous.", "preposterous"),
    ("Such claims of success are probably exaggerated.", "probably"),
    (
        "China has repatriated 4,833 economic criminal suspects to hunt down such corrupt "
        "elements who have fled overseas.",
        "corrupt",
    ),
    # a negated agentless passive before "whether" reports no one
    ("It is not known, though, whether he always speaks this way.", "always"),
    ("It isn't known whether Russia may attack.", "may"),
    # "cannot blame": the writer's judgement that no one may blame
    ("Pyongyang cannot blame others if its steps are greeted with caution.", "blame"),
    ("They can't blame us for that.", "blame"),
    # an expletive's infinitive after a comma is the writer's, not a postposed report
    ("It is absurd, and even ill willed, to suggest the deal would push them into debt.", "absurd"),
    (
        "However, it would be wrong, or ill-intentioned, to perceive the vessel as a threat.",
        "ill-intentioned",
    ),
]


@pytest.mark.parametrize(("text", "matched"), AUTHOR)
def test_writer_voices_of_version_121(text, matched):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("author", "")


REPORTED = [
    # near misses of the noun readings: a subject before the verb keeps the report
    ("The FBI suspects that Russia may be involved.", "may", "west_us"),
    ("Critics say such deals may fail.", "may", "vague"),
    # near misses of the negated passive: "that" and plain passives stay vague reports
    ("It is not believed that Russia may attack.", "may", "vague"),
    ("It is known that Russia may attack.", "may", "vague"),
    # "cannot" elsewhere: the blame of a subject that can blame stays its own
    ("Moscow blamed Kyiv, which it says cannot be trusted.", "blamed", "russia"),
    # an infinitive after a verb of choosing, trying or seeming is its subject's act
    ("Instead, the Kremlin chose to accuse China of spreading lies.", "accuse", "russia"),
    (
        "Andrey Yermak, the head of Ukrainian President Vladimir Zelensky’s office, took to "
        "Telegram to accuse Russia of lying.",
        "accuse",
        "ukraine",
    ),
    ("Some critics in the West went on to claim that Beijing may lie.", "may", "vague"),
]


@pytest.mark.parametrize(("text", "matched", "source"), REPORTED)
def test_reports_kept_by_version_121(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)


def test_a_chosen_accusation_casts_the_object_not_the_holder():
    """The accused of "he chose to accuse China" is China's target, never its source."""
    row = only_match("Instead, he chose to accuse China of encouraging dependency.", "accuse")
    assert (row["voice"], row["source"], row["target"]) == ("reported", "", "china")


def test_an_unplaced_infinitive_yields_to_the_report_over_it():
    """Version 122 (attribution round 42): "attempts to blame" has no placed subject, so the
    report over it names the source."""
    text = (
        "Vladimir Putin emphasised that attempts to blame Russia for the disrupted supply were "
        "groundless."
    )
    row = only_match(text, "blame")
    assert (row["voice"], row["source"]) == ("reported", "russia")
