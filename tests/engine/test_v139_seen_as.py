"""Version 139: "X is seen / has been interpreted as" is a counted vague attribution, as "is
regarded / viewed as" was; a modal of proposal before it ("should / can / must be seen as"),
a time clause ("seen as he left") and a comparison of degree ("seen as early as") are not."""

from __future__ import annotations

import pytest

import framing

VAGUE_SOURCE_COUNT = [
    # counted now (before: a vague frame, but no vague_source row)
    ("China is seen as a possible rival.", 1),
    ("It has been interpreted as a possible sign.", 1),
    ("The move is widely seen as a provocation.", 1),
    ("Medvedchuk has long been seen as Putin's man in Kyiv.", 1),
    ("It would be seen as an attempt to provoke.", 1),  # unnamed future viewers
    ("The deal could be seen as a failure.", 1),  # a reading others may make
    ("He wanted to avoid being seen as weak.", 1),
    # the speaker's own proposal or reading: no one else's view (before: counted for
    # regarded / viewed / considered too)
    ("This should be seen as a start.", 0),
    ("This should be regarded as a positive development.", 0),
    ("The battle can be viewed as part of a shift.", 0),
    ("This should only be seen as a start.", 0),
    ("It needs to be seen as a crisis.", 0),
    ("It cannot be seen as friendly.", 0),
    ("This can't be seen as friendly.", 0),
    ("This show of force can by no means be interpreted as a goodwill gesture.", 0),
    ("Should it be seen as a substantive offer?", 0),
    # a time clause or a comparison after a participle of perception
    ("He was seen as he left the building.", 0),
    ("Protection was seen as early as two weeks after the dose.", 0),
    ("It was seen as well as heard.", 0),
    ("The missile was seen over Kyiv.", 0),
    # a named viewer is no vague source; a vague one after "by" still is
    ("This can be seen by critics as a provocation.", 1),
]


@pytest.mark.parametrize("sentence, count", VAGUE_SOURCE_COUNT, ids=lambda x: str(x)[:40])
def test_v139_vague_source_count(sentence, count):
    assert framing.analyze(sentence).metrics["vague_source_count"] == count


def test_v139_kwic_row_is_the_participle():
    rows = framing.analyze("China is seen as a possible rival.").kwic("vague_source")
    assert list(rows["matched_text"]) == ["seen"]


@pytest.mark.parametrize(
    "sentence, word, voice, source",
    [
        ("The move is widely seen as a provocation.", "provocation", "reported", "vague"),
        ("This should be seen as a provocation.", "provocation", "author", ""),
        ("This can be seen by critics as a provocation.", "provocation", "reported", "vague"),
    ],
)
def test_v139_voice_and_source_of_the_framed_match(sentence, word, voice, source):
    m = framing.analyze(sentence).matches
    row = m[m["matched_text"] == word].iloc[0]
    assert (row["voice"], row["source"]) == (voice, source)
