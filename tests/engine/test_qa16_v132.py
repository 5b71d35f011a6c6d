"""Version 132 (QA pass 16, session 57: fresh adversarial sentences): the bugs the sentences
showed, each with the near misses the rules must leave alone. A plural title after an actor
word is a conjunct of a coordinated holder; adverbs such as *now, still, often* inside a passive
verb group; a medial reporting tag (*The plan, he said, was absurd*); *illegal* as the
predicate of a conduct noun after a verb of naming; *threaten* after a cost, price or rate with an
of-complement or after *floodwaters*; *West* after a title; *Kiev cake*."""

from __future__ import annotations

import pytest

from tests._lex import matched_texts, only_match

COORDINATED = [
    ("Ukrainian officials and the European Union blamed Russia for the blackout.", "blamed",
     "ukraine+west_us"),
    ("Chinese diplomats and the Kremlin condemned the raid.", "condemned", "china+russia"),
    ("The EU and Ukrainian officials blamed Russia.", "blamed", "ukraine+west_us"),
    # near misses: a head that is not a title, a single actor
    ("Local residents and the Kremlin blamed Kyiv.", "blamed", "russia"),
    ("Ukrainian officials blamed Russia.", "blamed", "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "source"), COORDINATED)
def test_a_titled_conjunct_holds_the_frame_too(text, matched, source):
    assert only_match(text, matched)["source"] == source


PASSIVE_ADVERBS = [
    # a time or frequency adverb inside the passive: the subject is accused, not the accuser
    ("The US is now accused of hypocrisy.", "accused", "vague", "west_us"),
    ("Russia is still blamed for the crash.", "blamed", "vague", "russia"),
    ("China was often accused by Washington of dumping steel.", "accused", "west_us", "china"),
    # near misses: the active voice keeps its subject as the holder
    ("Beijing has always condemned such provocations.", "condemned", "china", ""),
    ("Kyiv now accuses Moscow of shelling the town.", "accuses", "ukraine", "russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "source", "target"), PASSIVE_ADVERBS)
def test_adverbs_inside_a_passive(text, matched, source, target):
    row = only_match(text, matched)
    assert (row["source"], row["target"]) == (source, target)


EXPLETIVE = [
    ("It is now widely assumed in Brussels that the governor will step down.", 1),
    ("It is still believed that the governor will step down.", 1),
    ("It was once thought that the governor would step down.", 1),
    # near misses: a pronoun subject of an active verb, a plain statement
    ("It now seems that the governor will step down.", 0),
    ("It is now clear that the governor will step down.", 0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "vague"), EXPLETIVE)
def test_an_adverb_in_an_expletive_passive(text, vague):
    import framing

    assert framing.analyze(text).metrics["vague_source_count"] == vague


MEDIAL = [
    ("The sanctions, the Chinese ambassador said, are a form of bullying.", "bullying",
     "reported", "china"),
    ("Russia and China, Kyiv said, have launched a brutal campaign.", "brutal", "reported",
     "ukraine"),
    ("The ceasefire, the minister said on Monday, will probably hold.", "probably", "reported",
     ""),
    # near misses: a final tag reports the clause before it only; a clause with its own verb
    # before the tag keeps what follows the tag's comma for the author
    ("The vote was held, Moscow said, and the result is a sham.", "sham", "author", ""),
    ("Kyiv will win, the minister said. The losses are brutal.", "brutal", "author", ""),
    # a relative clause with a stranded preposition is no tag (read in RT, version 132)
    ("Meduza, the site Ms Yapparova writes for, has been banned, like almost all outlets.",
     "almost", "author", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "matched", "voice", "source"), MEDIAL)
def test_a_medial_tag_reports_the_predicate(text, matched, voice, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == (voice, source)


ILLEGAL = [
    ("Russia's foreign ministry called the sanctions illegal and hypocritical.", ["illegal"]),
    ("The court declared the referendum illegal.", ["illegal"]),
    ("Kyiv branded Moscow's annexation illegal.", ["illegal"]),
    # near misses: legal categories stay excluded
    ("They called the immigrants illegal.", []),
    # "consider X illegal" is not read: its belief frame is not built, so the match would be
    # the author's (read in RT, version 132)
    ("Ukraine and its Western allies consider the vote illegal.", []),
    ("The council declared parking on the verge illegal.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ILLEGAL)
def test_illegal_after_a_verb_of_naming(text, expected):
    assert [t for t in matched_texts(text, "negative_evaluation") if t == "illegal"] == expected


THREATEN = [
    ("The rising cost of fuel threatens to push thousands into poverty.", []),
    ("The price of bread threatens unrest in the capital.", []),
    ("Floodwaters threatened hundreds of homes along the river.", []),
    # near misses: an actor with an of-phrase, another head with one, an actor subject
    ("The president of Russia threatened Kyiv with new strikes.", ["threatened"]),
    ("Russia's war of aggression threatens to disrupt supplies.", ["threatens"]),
    ("The Kremlin threatened to halt grain shipments to Lithuania.", ["threatened"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THREATEN)
def test_threaten_with_an_abstract_subject(text, expected):
    assert matched_texts(text, "accusation") == expected


ACTORS = [
    ("Mr. West told reporters he would appeal.", "west_us", []),
    ("Dr West presented the findings.", "west_us", []),
    ("The West told Moscow it would respond.", "west_us", ["West"]),
    ("Kiev cake and chicken Kiev were on the menu.", "ukraine", []),
    ("Kiev condemned the strike.", "ukraine", ["Kiev"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "expected"), ACTORS)
def test_names_and_dishes(text, category, expected):
    assert matched_texts(text, category) == expected
