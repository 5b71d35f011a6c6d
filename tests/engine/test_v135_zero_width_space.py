"""Version 135 (session 58, QA pass 22): a run of zero-width spaces (U+200B) between two Latin
letters shows nothing, so it is removed before analysis with spans mapped back; beside a space,
punctuation or a digit, and in scripts written without spaces, it stays a token boundary."""

from __future__ import annotations

import pytest

from framing.engine.compose import compose

ZWSP = "\u200b"

INSIDE = [
    # the attribution of a blame verb split by a zero-width space was lost (voice author, no
    # source or target) while the matcher, which skips it, still counted the match
    (f"Russia bla{ZWSP}med the West for the war.", f"bla{ZWSP}med"),
    (f"Beijing accu{ZWSP}{ZWSP}sed Washington of hegemony.", f"accu{ZWSP}{ZWSP}sed"),
    (f"The We{ZWSP}st blamed Moscow for the outage.", f"We{ZWSP}st"),
    (f"The shortage of mental health service{ZWSP}s may be a crisis, critics say.", "may"),
    (f"The great moral values{ZWSP}{ZWSP}of Russia were attacked, Moscow claimed.", "claimed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "written"), INSIDE)
def test_a_zero_width_space_between_latin_letters_reads_as_nothing(text, written):
    import framing

    a = framing.analyze(text)
    clean = framing.analyze(text.replace(ZWSP, ""))
    cols = ["category", "term", "voice", "source", "target", "sentence", "negated"]
    assert a.matches[cols].equals(clean.matches[cols])
    assert a.metrics.equals(clean.metrics)
    for r in a.matches.itertuples():
        assert text[r.start : r.end] == r.matched_text
    assert written in list(a.matches["matched_text"])


def test_the_blame_keeps_its_holder_and_target():
    import framing

    row = framing.analyze(f"Russia bla{ZWSP}med the West for the war.").matches.iloc[1]
    assert (row["matched_text"], row["voice"], row["source"], row["target"]) == (
        f"bla{ZWSP}med",
        "reported",
        "russia",
        "west_us",
    )


KEPT = [
    f"values {ZWSP}{ZWSP}are",  # after a space (the mirror's most common place)
    f"launched{ZWSP} a",  # before a space
    f"COVID{ZWSP}-19",  # beside punctuation
    f"speed{ZWSP}\u201d and",
    f"7{ZWSP}8 and a{ZWSP}9",  # digits are no letters
    f"\u0e01\u0e02{ZWSP}\u0e04\u0e07",  # Thai: the zero-width space is the word break
    f"a\u200d{ZWSP}b",  # a joiner before it: no run of zero-width spaces between two letters
    f"{ZWSP}Videos posted",  # at the start
    f"Minnesota{ZWSP}\n\n12:15",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_zero_width_space_beside_no_latin_letter_stays(text):
    assert compose(text) == (text, None)


def test_a_removed_run_maps_back():
    text = f"x values{ZWSP}{ZWSP}of y and bla{ZWSP}med z{ZWSP} w"
    composed, spans = compose(text)
    assert composed == f"x valuesof y and blamed z{ZWSP} w"
    start = composed.index("blamed")
    assert text[spans.start(start) : spans.end(start + 6)] == f"bla{ZWSP}med"
    assert text[spans.start(start) : spans.end(start + 3)] == "bla"  # ends before the space
    v = composed.index("valuesof")
    assert text[spans.start(v) : spans.end(v + 8)] == f"values{ZWSP}{ZWSP}of"
    assert text[spans.start(v + 6) : spans.end(v + 8)] == "of"  # starts after the run
    assert text[spans.start(composed.index("z")) :] == f"z{ZWSP} w"


def test_tokens_join_across_the_space():
    import framing

    assert framing.analyze(f"The spokes{ZWSP}man said so.").metrics["tokens"] == 4
    assert framing.analyze(f"The spokes {ZWSP}man said so.").metrics["tokens"] == 5
