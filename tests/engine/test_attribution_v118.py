"""Version 118: targets written from the missed targets of attribution rounds 69-79 (the agent
after a participle of doing or origin, a cleft's focus before "to blame", a negative act in
-ing used as a verb), each with a near miss the rule must leave alone."""

from __future__ import annotations

import pytest

from tests._lex import only_match

TARGETS = [
    # the agent after a participle of doing: the noun's doer
    (
        "Ionov repeated the bogus claims pushed by the Kremlin that Nazis ruled.",
        "claims",
        "russia",
    ),
    (
        "Ionov repeated the bogus claims pushed by the Kremlin that Nazis ruled.",
        "bogus",
        "russia",
    ),
    (
        "Such claims are part of an anti-Russia propaganda campaign launched by the West.",
        "propaganda",
        "west_us",
    ),
    ("They helped stop the brutal war waged by Russia against Ukraine.", "brutal", "russia"),
    ("The Post checked 14 key claims made by Trump at the podium.", "claims", "west_us"),
    # a participle of origin before "from"
    (
        "They reported dubious official claims emanating from Washington.",
        "claims",
        "west_us",
    ),
    # near misses: no actor after "by"; a blame noun's maker is not the one it blames; a
    # participle of no doing ("claims supported by evidence")
    ("The claims made by some bloggers were false.", "claims", ""),
    ("Russia denied the accusations made by Ukraine.", "accusations", ""),
    ("These are baseless claims supported by no evidence from Kyiv.", "baseless", ""),
    # a cleft's focus before "to blame"
    (
        "Rather it is the pivot to the Asia-Pacific by the US that is to blame.",
        "blame",
        "west_us",
    ),
    (
        "It is the Trump administration's blitzkrieg on China's trade that is to blame.",
        "blame",
        "west_us",
    ),
    ("And it is Vladimir Putin who is to blame, period.", "blame", "russia"),
    # near misses: a focus with no actor; a plain "X is to blame"
    ("It is the weather that is to blame for the delay.", "blame", ""),
    ("The US is to blame for the decline.", "blame", "west_us"),
    # a negative act in -ing after "be" or a verb of aspect: its doer, not the one it wrongs
    ("The US is bullying China.", "bullying", "west_us"),
    ("The US has been bullying China for years.", "bullying", "west_us"),
    ("Washington keeps bullying China.", "bullying", "west_us"),
    # near misses: a finite verb and a passive keep their readings; a noun casts no one here
    ("The US bullies China.", "bullies", "west_us"),
    ("China will not be bullied by the US.", "bullied", "west_us"),
    ("The problem is bullying.", "bullying", ""),
]


@pytest.mark.parametrize(("text", "matched", "target"), TARGETS)
def test_target_repairs_of_version_118(text, matched, target):
    assert only_match(text, matched)["target"] == target
