"""Version 128: the doer of an evaluated act named by its agent past a participle of
perpetrating ("heinous crimes committed by Russian soldiers", "a puppet regime installed by
Moscow", "the atrocity allegedly committed by Russia", "a war being waged by Putin", "strikes
carried out by"), and modifiers coordinated before the noun they share ("a brutal, unprovoked
war unleashed by Russia", "brutal and cynical Russian aggression"); with near misses the rules
must leave alone (a coordinated predicate, a verb after the comma, an actor that is the object)."""

from __future__ import annotations

import pytest

from tests._lex import only_match

TARGETED = [
    # a participle of perpetrating between the evaluated noun and its agent
    ("They are heinous crimes committed by Russian soldiers.", "heinous", "russia"),
    ("They want his government replaced with a puppet regime installed by Moscow.", "puppet",
     "russia"),
    ("The illegal sanctions imposed by the US hurt farmers.", "illegal", "west_us"),
    ("The unilateral coercive measures imposed by Western States must be lifted.", "coercive",
     "west_us"),
    # "being", a "-ly" adverb or a particle between them
    ("It is a brutal war being waged by Putin.", "brutal", "russia"),
    ("It is the latest atrocity allegedly committed by Russia.", "atrocity", "russia"),
    ("These are barbaric strikes carried out by the Russian military.", "barbaric", "russia"),
    # modifiers coordinated before the noun they share
    ("This is a brutal, unprovoked war unleashed by Russia.", "brutal", "russia"),
    ("We have withstood brutal and unprovoked Russian aggression.", "brutal", "russia"),
    ("They suffer an unjustified, unprovoked, and premeditated attack by the Russian military.",
     "unjustified", "russia"),
    ("We warned that we were likely to see brutality and repression by Russia.", "brutality",
     "russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "target"), TARGETED)
def test_the_doer_is_cast(text, matched, target):
    assert only_match(text, matched)["target"] == target


UNTARGETED = [
    # a verb after the comma or the conjunction: the actor after it is its object
    ("The foreign ministry said the accusations are unwarranted, slander China and confuse "
     "right and wrong.", "unwarranted"),
    ("The prime minister bought into this farce and asked China to respect the rules.", "farce"),
    ("It is not a proxy war, but Russia clearly disagrees.", "proxy war"),
    ("They prosecute suspected war criminals, said Ukraine's prosecutor general.",
     "war criminals"),
    # a participle that is not of doing: the victim, not an agent
    ("What makes the superpower paranoid and feel threatened by China is unclear.", "paranoid"),
    # a coordinated predicate ends in no noun
    ("It was brutal, and Russia must pay.", "brutal"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched"), UNTARGETED)
def test_near_misses_cast_no_one(text, matched):
    assert only_match(text, matched)["target"] == ""
