"""Version 133 (session 57, the repairs of QA passes 15 and 16): a zero-width joiner between two
Latin letters no longer blocks a match (it stays in emoji and Indic or Arabic script); *it is
generally accepted / acknowledged / recognised that* is a vague attribution; *fully complete*
is no booster; *a small circle of donors* is no cold_war bloc; named speakers are not vague
sources."""

from __future__ import annotations

import pytest

from framing.engine.compose import compose
from tests._lex import matched_texts

ZWJ = "\u200d"

LATIN_JOINER = [
    (f"The US bla{ZWJ}med China for the outage.", "accusation", f"bla{ZWJ}med"),
    (f"Beijing accu{ZWJ}sed Washington of hegemony.", "accusation", f"accu{ZWJ}sed"),
    (f"Critics called it a so-cal{ZWJ}led election.", "distancing", f"so-cal{ZWJ}led"),
    (f"The Wes{ZWJ}t blamed Moscow.", "west_us", f"Wes{ZWJ}t"),
    (f"Die Verhandlungen in Gen{ZWJ}f: Russia may agree.", "hedge", "may"),  # beside, not in
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "written"), LATIN_JOINER)
def test_a_joiner_between_latin_letters_is_removed(text, category, written):
    import framing

    a = framing.analyze(text)
    clean = framing.analyze(text.replace(ZWJ, ""))
    assert list(a.matches["term"]) == list(clean.matches["term"])
    assert a.metrics["tokens"] == clean.metrics["tokens"]
    for r in a.matches.itertuples():
        assert text[r.start : r.end] == r.matched_text
    assert written in matched_texts(text, category)


KEPT_JOINER = [
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # a family emoji sequence
    "\u0915\u094d\u200d\u0937",  # Devanagari half form
    "\u0644\u200d\u0627",  # Arabic joining
    "a\u200d\U0001f600",  # a Latin letter beside an emoji
    "a\u200d\u200db",  # a run of joiners: no single joiner between two letters
    "7\u200d8",  # digits are no letters
]


@pytest.mark.parametrize("text", KEPT_JOINER)
def test_a_joiner_outside_latin_words_stays(text):
    assert compose(text) == (text, None)


def test_a_joiner_in_a_latin_word_maps_back():
    text = f"x bla{ZWJ}med y \U0001f468{ZWJ}\U0001f469"
    composed, spans = compose(text)
    assert composed == "x blamed y \U0001f468\u200d\U0001f469"
    start, end = composed.index("blamed"), composed.index("blamed") + len("blamed")
    assert text[spans.start(start) : spans.end(end)] == f"bla{ZWJ}med"
    assert text[spans.start(start) : spans.end(start + 3)] == "bla"  # ends before the joiner
    tail = composed.index("y")
    assert text[spans.start(tail) :] == f"y \U0001f468{ZWJ}\U0001f469"


ACCEPTED = [
    ("It is now generally accepted that the dam was sabotaged.", ["accepted"]),
    ("It is widely acknowledged that the ceasefire failed.", ["acknowledged"]),
    ("It has long been recognised that the border is porous.", ["recognised"]),
    # near misses: no expletive "it", no "that", a modal's "be" (the writer's own remark)
    ("She was accepted to a university in Boston.", []),
    ("She will hardly be accepted by the Taiwan people unless she changes course.", []),
    ("The offer was accepted on Monday.", []),
    ("Kosovo is not recognized as a state by Serbia.", []),
    ("It must be accepted that the dam was sabotaged.", []),
    ("It should be recognised that the border is porous.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), ACCEPTED)
def test_an_expletive_passive_of_acceptance_is_vague(text, words):
    import framing

    a = framing.analyze(text)
    assert list(a.kwic("vague_source")["matched_text"]) == words
    assert a.metrics["vague_source_count"] == len(words)


LEXICON = [
    ("The vaccine rollout is fully complete in the capital.", "booster", []),
    ("The bridge will be fully completed next year.", "booster", []),
    ("A small circle of donors funded the campaign.", "cold_war", []),
    ("A small circle of wealthy private sponsors paid for it.", "cold_war", []),
    # near misses: a commitment stressed, a bloc of states
    ("We fully support the plan.", "booster", ["fully"]),
    ("The sanctions are completely unfounded.", "booster", ["completely"]),
    ("Washington is forming a small circle of allies against China.", "cold_war",
     ["small circle"]),
    ("China opposes small circles of countries.", "cold_war", ["small circles"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "expected"), LEXICON)
def test_fully_complete_and_circles_of_donors(text, category, expected):
    assert matched_texts(text, category) == expected


NAMED = [
    # a noun of fearing expressed by a named or titled holder is the holder's
    ("Texas Governor Greg Abbott expressed concern that the border was open.", []),
    ("The governor of Kursk Region, Roman Starovoit, expressed concern over the shelling.", []),
    ("The Kremlin voiced concern over the drills near the border.", []),
    # a question put to a named person: the asker is unnamed, but no vague source
    ("Joe Biden was asked what critics think of the crackdown.", []),
    # read in RT: a possessive "his", "sounded the alarm", a phrase of circumstance between
    # the named subject and its verb
    ("Sergey Shoigu shared with his French and British colleagues his concern over the plan.",
     []),
    ("In June, Moscow sounded the alarm over weapons ending up with gangs.", []),
    ("Larry Summers expressed concern over a lack of clarity.", []),
    ("His press secretary, Sergey Nikiforov, in a comment to Ukrainian media, denied the "
     "information that Zelensky would go.", []),
    # near misses: a vague holder, a passive, no verb of expressing, an unnamed questioned
    ("Officials, in a statement, said the sanctions were unfair.", ["said"]),
    ("However, the public raised alarm over the situation in the video.", ["alarm over"]),
    ("Many analysts, in private, believe the sanctions are unfair.", ["believe"]),
    ("Officials expressed concern that the border was open.", ["concern that"]),
    ("Analysts voiced fears that the war would drag on.", ["fears that"]),
    ("There are growing fears that the war will drag on.",
     ["There are growing fears that", "fears that"]),
    ("Officials were asked what the US would do next.", ["asked what"]),
    ("The minister was asked what critics think of the crackdown.", ["asked what"]),
    ("With more people wanting to climb Everest, questions have been asked over whether the "
     "routes are too crowded.", ["asked over whether"]),
    # generic people as the subject of expressing stay vague (read on the news-media corpora)
    ("Investors have expressed their concerns over the trade war.", ["concerns over"]),
    ("Hundreds of Bulgarians gathered to express their fear that the government could fall.",
     ["fear that"]),
    ("Hundreds of Bulgarians took to the streets, voicing fears that the government could fall.",
     ["fears that"]),
    ("When asked how Russia can claim victory, some analysts laughed.", ["asked how"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), NAMED)
def test_named_speakers_are_not_vague_sources(text, words):
    import framing

    assert list(framing.analyze(text).kwic("vague_source")["matched_text"]) == words


def test_a_named_holder_of_concern_holds_the_frame():
    from tests._lex import only_match

    text = "The Kremlin expressed concern that the sanctions were illegal."
    row = only_match(text, "illegal")
    assert (row["voice"], row["source"]) == ("reported", "russia")


CIRCUMSTANCE = [
    ("Putin, in turn, claimed that Russia would not succumb to blackmail.", "blackmail", "russia"),
    ("Russia's Defense Ministry, meanwhile, in a post on its Telegram channel, accused Ukraine "
     "of shelling the town.", "accused", "russia"),
    ("The minister, at a briefing in Kyiv, accused Russia of blackmail.", "blackmail", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "source"), CIRCUMSTANCE)
def test_a_phrase_of_circumstance_after_the_subject(text, matched, source):
    from tests._lex import only_match

    assert only_match(text, matched)["source"] == source
