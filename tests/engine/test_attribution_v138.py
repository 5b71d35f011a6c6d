"""Version 138: a chair or chairman of a state body speaks for its state as its head does, and a
subject "they" right after a vague holder's verb of saying resumes that holder ("Officials say
they believe"), with near misses the rules must leave alone (attribution rounds 79-84, and the
census of the changed sources: an endowed chair, a church's department, a news agency's head)."""

from __future__ import annotations

import pytest

from tests._lex import only_match

SOURCES = [
    # "the chair / chairman of BODY" as "the head of BODY"
    (
        "The chair of the Ukrainian National Security Council suggested that Tbilisi could act.",
        "suggested",
        "ukraine",
    ),
    (
        "Alexander Khinshtein, the chairman of the Duma committee on information policy, said "
        "it was probably propaganda.",
        "probably",
        "russia",
    ),
    (
        "Andrey Kartapolov, the chairman of the Duma Defense Committee, said the army would "
        "probably advance.",
        "probably",
        "russia",
    ),
    # ... and the surname later in the text
    (
        "Alexander Khinshtein, the chairwoman of the Duma committee on information policy, "
        "spoke on Monday. Khinshtein said it was probably propaganda.",
        "probably",
        "russia",
    ),
    # a pronoun subject of a vague holder's complement is the same vague holder
    ("Security officials say they believe the expulsions will work.", "believe", "vague"),
    ("Analysts said that they now believe the war will last.", "believe", "vague"),
]


@pytest.mark.parametrize(("text", "matched", "source"), SOURCES)
def test_sources_of_version_138(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)


NEAR_MISSES = [
    # a chair of a body outside the categories, and the furniture: no source
    ("The chairman of Gazprom said it was probably over.", "probably", ""),
    ("He sat in the chair and said it was probably over.", "probably", ""),
    # an endowed chair is no office in a place; a church or a news agency is no state body
    (
        "Scott Kennedy, deputy director of Freeman Chair in China Studies at the Center for "
        "Strategic and International Studies, believes the US should stop.",
        "believes",
        "",
    ),
    (
        "Metropolitan Hilarion, chairman of the Moscow Patriarchate's Department for External "
        "Church Relations, stated that it seems true.",
        "seems",
        "",
    ),
    ("The head of the Russian news agency said it was probably over.", "probably", ""),
    # an actor antecedent still wins over the vague rule
    ("Russian officials say they believe the war will last.", "believe", "russia"),
    ("Lavrov said he believes the war will last.", "believes", "russia"),
    # a named holder of the verb of saying: the pronoun is that person, outside the categories
    ("Scholz said he believes the war will last.", "believes", ""),
    # "he" / "she" more often stand for a person named before: left alone
    ("An official said he believed the war would last.", "believed", ""),
    # a coordinated verb's subject stands before the coordination, not where the walk finds it
    (
        "Iryna praised the efforts of British people and said they believed shelter was near.",
        "believed",
        "",
    ),
    # a pronoun in the next sentence is no complement of the vague verb
    ("Officials spoke on Monday. They believe the war will last.", "believe", ""),
]


@pytest.mark.parametrize(("text", "matched", "source"), NEAR_MISSES)
def test_near_misses_of_version_138(text, matched, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == ("reported", source)
