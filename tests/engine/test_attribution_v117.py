"""Version 117: the repairs written from China Daily's named-target errors in attribution
rounds 69-77 (states outside the categories, blame laid "on" someone, a period of the Cold
War, a participle of saying after a "that" clause), each with a near miss the rule must leave
alone."""

from __future__ import annotations

import pytest

from tests._lex import matched_texts, only_match

TARGETS = [
    # a state outside the categories: its own act, not read past to a category actor
    ("Tokyo should not try and push its own zero-sum agenda.", "zero-sum", ""),
    (
        "The drills served Aquino III's ulterior motive of confronting China.",
        "ulterior motive",
        "",
    ),
    (
        "Trump said so, but the DPRK leader just threatened to pursue a new path.",
        "threatened",
        "",
    ),
    # near misses: the category actor is the subject or possessor; a title with no state
    ("Washington should not try and push its own zero-sum agenda.", "zero-sum", "west_us"),
    (
        "The drills served Beijing's ulterior motive of confronting Manila.",
        "ulterior motive",
        "china",
    ),
    (
        "Trump said so, but the leader just threatened to pursue a new path.",
        "threatened",
        "west_us",
    ),
    ("Russia and Belarus threatened to retaliate.", "threatened", "russia"),
    # the relative clause of a verb of regarding: the actor is the one regarded
    (
        "Australia needs to discard the Cold War mentality which views China as an adversary.",
        "Cold War mentality",
        "",
    ),
    # near misses: a relative clause whose subject holds the noun, or whose object is held
    ("It is the Cold War mentality that the US clings to.", "Cold War mentality", "west_us"),
    ("It is the Cold War mentality that still grips Washington.", "Cold War mentality", "west_us"),
    ("It is a brutal war that President Putin has started.", "brutal", "russia"),
    # blame laid on someone: the one it is laid on
    (
        "Many believe that blaming US trade deficits and job losses on China is wrong.",
        "blaming",
        "china",
    ),
    ("Russia has placed the blame for the shelling squarely on Kiev.", "blame", "ukraine"),
    # near misses: "on" inside the object before "for"; "for" after the object
    ("He also blamed EU sanctions on Russian banks for the shortage.", "blamed", "west_us"),
    ("They blamed Russia for attacks on Ukraine.", "blamed", "russia"),
    # a period of the Cold War casts no one; a relic is a label
    ("Russia held its largest post-Cold War military drill.", "post-Cold War", ""),
    ("This confirms that NATO is a Cold War relic.", "Cold War relic", "west_us"),
    # a participle of saying after the "that" clause of a verb of saying: the reporter's
    (
        "Germany's intelligence agency has claimed that China is using fake profiles to spy on "
        "officials, alleging it is part of a plot.",
        "alleging",
        "",
    ),
    (
        "Lukashenko suggested that the West had prepared the attack, claiming those powers "
        "want to destroy Russia.",
        "claiming",
        "",
    ),
    # near misses: not a verb of saying; no "that" clause before the comma
    (
        "The Pentagon said that Russia had attacked the plant, threatening Europe.",
        "threatening",
        "russia",
    ),
    ("Moscow shelled the plant, claiming Kyiv had done it.", "claiming", "russia"),
]


@pytest.mark.parametrize(("text", "matched", "target"), TARGETS)
def test_target_repairs_of_rounds_69_to_77(text, matched, target):
    assert only_match(text, matched)["target"] == target


SOURCES = [
    # officials and media of another state: a holder outside the categories
    ("Japanese officials said China was bullying its neighbours.", "bullying", "reported", ""),
    ("Turkish media said there were about 20 inspectors.", "about", "reported", ""),
    (
        "The former Norwegian prime minister said it was undoubtedly true.",
        "undoubtedly",
        "reported",
        "",
    ),
    # near misses: a category's officials; officials of no state; generic people of a state
    ("Russian officials said China was bullying its neighbours.", "bullying", "reported", "russia"),
    ("Officials said there were about 20 inspectors.", "about", "reported", "vague"),
    ("UK farmers say prices may rise.", "may", "reported", "vague"),
    # a state outside the categories is no antecedent of "he"; a person is
    (
        "Ankara could develop its gas infrastructure, Putin said. India is likely to be wary, "
        "he added.",
        "likely",
        "reported",
        "russia",
    ),
    ("Putin met Turkey's envoy. It was likely to work, he added.", "likely", "reported", "russia"),
    # near miss: a person competes ("Erdogan"), so "he" is no one the rules can place
    ("Putin met Erdogan. It was likely to work, he added.", "likely", "reported", ""),
    # a title after a state outside the categories: that state's; not a diplomat (round 6)
    (
        "Trump spoke first. The Japanese leader said it was likely to work.",
        "likely",
        "reported",
        "",
    ),
    (
        "Borrell is the EU's top diplomat. The Spanish diplomat argued the embargoes were not "
        "to blame for the pain.",
        "blame",
        "reported",
        "west_us",
    ),
    # a list and a conjunct: the category actor still holds
    ("U.S., ROK and Japan condemn DPRK's missile launches", "condemn", "reported", "west_us"),
    (
        "Neither Moscow nor Tehran confirmed the purported purchase.",
        "purported",
        "reported",
        "russia",
    ),
]


@pytest.mark.parametrize(("text", "matched", "voice", "source"), SOURCES)
def test_source_repairs_of_version_117(text, matched, voice, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == (voice, source)


def test_a_cold_war_relic_is_no_period():
    import framing

    m = framing.analyze("NATO is a Cold War relic. Since the Cold War, NATO grew.").matches
    subs = dict(zip(m["matched_text"], m["subcategory"], strict=False))
    assert subs["Cold War relic"] == "cold_war_reference"
    assert subs["Since the Cold War"] == "cold_war_history"
    assert matched_texts("NATO is a Cold War relic.", "cold_war") == ["Cold War relic"]
