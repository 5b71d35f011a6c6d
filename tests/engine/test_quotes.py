"""Scare quotes: one row per rule of framing.engine.quotes, positive and negative.

Each row is ``(text, quoted, reason)``: the quotation whose inner text is ``quoted`` gets
``reason`` (``"scare quote"`` when it counts). Pairing rows check that mis-paired quotation
marks create no span. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from framing.engine.quote_marks import quoted_spans
from framing.engine.quotes import MAX_SCARE_QUOTE_WORDS, SCARE, quotes_frame
from framing.engine.text import sentence_spans

REASONS = [
    # attributed by a reporting verb anywhere earlier in its clause
    ('The EU said the move showed that Russia was "unreliable" as a partner.', "unreliable", "attributed speech (said)"),
    ('He told reporters the talks were "going nowhere" this week.', "going nowhere", "attributed speech (told)"),
    ('He called the vote a "sham" and left.', "sham", "attributed speech (called)"),
    ('Moscow described the move as "a goodwill gesture" aimed at talks.', "a goodwill gesture", "attributed speech (described)"),
    ('Critics dubbed the plan "a fantasy" last year.', "a fantasy", "attributed speech (dubbed)"),
    ('Journalists have been labelled "foreign agents" in Russia.', "foreign agents", "attributed speech (labelled)"),
    ('He was branded a "traitor" by state television.', "traitor", "attributed speech (branded)"),
    ('What the ministry termed "temporary measures" lasted for years.', "temporary measures", "attributed speech (termed)"),
    ('She praised the "remarkable courage" of the defenders.', "remarkable courage", "attributed speech (praised)"),
    ('Putin warned of a "lightning-fast" response to any intervention.', "lightning-fast", "attributed speech (warned)"),
    ('The crowd shouted "shame" outside the embassy.', "shame", "attributed speech (shouted)"),
    ('The White House accused Russia of "almost weaponising" its gas supplies.', "almost weaponising", "attributed speech (accused)"),
    # ... and by a reporting tag after the quotation
    ('Any intervention will meet a "lightning-fast" response, President Putin has warned.', "lightning-fast", "attributed speech (warned)"),
    ('"Glory to Ukraine," he said as the crowd cheered on the square.', "Glory to Ukraine,", "attributed speech (said)"),
    ('Kadyrov "spreads terror" in the region, Goncharenko continued.', "spreads terror", "attributed speech (continued)"),
    ('"Never," he went on, "will we give up our land to them."', "Never,", "attributed speech (went on)"),
    ('The shelling was "indiscriminate" - in the words of the local mayor - from the start.', "indiscriminate", "attributed speech (in the words of)"),
    # claim verbs attribute only with a named subject right before them
    ('Russia has claimed that the footage shows "fake dead bodies" in the street.', "fake dead bodies", "attributed speech (claimed)"),
    ('From hyping the idea that "China knew" to falsely claiming "China colluding with Russia", the accusations are groundless.', "China colluding with Russia", SCARE),
    ('From hyping the idea that "China knew" to falsely claiming "China colluding with Russia", the accusations are groundless.', "China knew", SCARE),
    # not attributed: "so-called" is no reporting verb; a verb in another clause does not count
    ('The so-called "referendum" was held at gunpoint.', "referendum", SCARE),
    ('He said nothing; the "liberators" arrived at dawn with tanks.', "liberators", SCARE),
    ('The "liberators" arrived at dawn with tanks and artillery.', "liberators", SCARE),
    # a speaker named in the previous sentence
    ('Peskov said the talks had stalled. "Unfriendly steps" by the West were to blame, he thinks.', "Unfriendly steps", "attributed speech (previous sentence)"),
    ('The talks stalled on Monday. "Peacekeepers" arrived with tanks and guns.', "Peacekeepers", SCARE),
    # a quotation after a colon or covering most of its sentence
    ('The message from Kyiv was blunt: "no more talks" until the troops leave.', "no more talks", "after a colon"),
    ('"We will rebuild everything."', "We will rebuild everything.", "covers most of its sentence"),
    ('It was a "special military operation" in name only, and everyone knew it.', "special military operation", SCARE),
    # a word mentioned as a word
    ('Putin avoids the word "war" in his speeches.', "war", "mention of a word"),
    ('The term "Rashism" spread quickly in Kyiv.', "Rashism", "mention of a word"),
    ('Placards reading "no war" were seized by the police.', "no war", "mention of a word"),
    ('Tanks bore a white "Z" on their sides.', "Z", "mention of a word"),
    ('"Rashism", a word coined in 2014, spread in the following years.', "Rashism", "mention of a word"),
    ('They waged a "war" against the word of law.', "war", SCARE),
    # a quoted proper name after (or before) a common noun
    ('The cruiser "Moskva" sank in April.', "Moskva", "proper name (cruiser)"),
    ('The newspaper "Izvestia" ran the story on its front page.', "Izvestia", "proper name (newspaper)"),
    ('Fighters of the "Azov" regiment surrendered in May.', "Azov", "proper name (regiment)"),
    ('Operation "Barbarossa" began in June 1941.', "Barbarossa", "proper name (operation)"),
    ('Russia\'s "special military operation" continues in the east.', "special military operation", SCARE),
    ('The ship carried "humanitarian aid" to the port city.', "humanitarian aid", SCARE),
    # titles, length, empty
    ('The book "War and Peace" is long.', "War and Peace", "title of a work"),
    (
        'A "one two three four five six seven eight nine" quote sits here, in a long sentence with many other words around it.',
        "one two three four five six seven eight nine",
        f"too long (9 words > {MAX_SCARE_QUOTE_WORDS})",
    ),
    ('The "..." was left where the name should be.', "...", "no words"),
    ('The so-called \u201cdemocracy\u201d.', "democracy", SCARE),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quoted", "reason"), REASONS, ids=[r[0][:45] for r in REASONS])
def test_reason(text, quoted, reason):
    q = quotes_frame(text, sentence_spans(text))
    row = q[q["text"].str.rstrip(",") == quoted.rstrip(",")]
    assert len(row) == 1, list(q["text"])
    assert row["reason"].iloc[0] == reason
    assert bool(row["is_scare_quote"].iloc[0]) is (reason == SCARE)


PAIRING = [
    # apostrophes are not quotation marks
    ("Russia's 'liberation' of the '90s towns", ["liberation"]),
    ("rock 'n' roll and the Ukrainians' homes", []),
    ("rock \u2019n\u2019 roll in the \u201890s", []),
    ("the Ukrainians\u2019 homes and the \u2018liberators\u2019 left", ["liberators"]),
    ("\u2018He said the Ukrainians\u2019 homes were destroyed,\u2019 she said.", ["He said the Ukrainians\u2019 homes were destroyed,"]),
    # unbalanced: a stray opener never pairs with the next quotation
    ('He said "we will win. Then "maybe" not.', ["maybe"]),
    ('"A paragraph left open\n\nThen "part" of the next', ["part"]),
    ("regime.\u201d Nor is Russia responsible for \u201cUkraine losing", []),
    # straight and curly marks never pair with each other
    ('\u201cfoo" bar "baz\u201d', []),
    ('\u201cfoo" and "bar"', ["bar"]),
    # crossing spans are dropped; nested ones are kept (the caller keeps the outer one)
    ("'a \"b' c\"", []),
    ('"They call it \'liberation\', we call it war," he said.', ["They call it 'liberation', we call it war,", "liberation"]),
    ("a \u00abspecial\u00bb operation", ["special"]),
    ('He is 5\'10" tall and "fit".', ["fit"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAIRING, ids=[r[0][:40] for r in PAIRING])
def test_pairing(text, expected):
    assert [text[s:e] for s, e in quoted_spans(text)] == expected


def test_nested_quotation_is_part_of_the_outer_one():
    t = "\"They call it 'liberation', we call it war,\" he said."
    assert list(quotes_frame(t, sentence_spans(t))["text"]) == [
        "They call it 'liberation', we call it war,"
    ]


def test_article_scare_quotes(article_body):
    # The author's distancing quotes around Western claims (p1, one sentence): kept.
    q = quotes_frame(article_body, sentence_spans(article_body))
    scare = [t.rstrip(",") for t in q.loc[q["is_scare_quote"], "text"]]
    assert scare == [
        "China had prior knowledge",
        "China colluding with Russia",
        "China willing to give military supports to Russia",
        "China weakens West's sanctions on Russia",
    ]
    assert len(q) == 4 and MAX_SCARE_QUOTE_WORDS == 8


def test_empty_and_quote_free_text():
    assert quotes_frame("").empty
    assert list(quotes_frame("it's the students' book").columns)[:3] == ["start", "end", "text"]
    assert quotes_frame("it's the students' book").empty
