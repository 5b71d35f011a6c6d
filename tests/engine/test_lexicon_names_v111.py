"""Issue 13, METRICS_VERSION 111, from attribution rounds 69-71 (named holders no lexicon placed,
vague holders missed): 2022 officials the news corpora quote most often join the actor
lexicons, surnames that others share only as full names; poll respondents, farmers, contractors
and a (Twitter) user are vague; a free relative ("what X said") reports no clause after it.
Each row is ``(sentence, matched word, voice, source)`` for the stance match; near misses keep
no source. Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from tests._lex import matched_texts, only_match

SOURCES = [
    # distinctive surnames
    ("Konashenkov said the strike may have missed.", "may", "reported", "russia"),
    ("Gladkov claimed the shelling was clearly deliberate.", "clearly", "reported", "russia"),
    ("Ukrainian media clearly showed it, Polyanskiy pointed out.", "clearly", "reported", "russia"),
    ("Venediktova said the suspects may flee.", "may", "reported", "ukraine"),
    ("Haidai said the town could fall.", "could", "reported", "ukraine"),
    ("Gaidai said the town could fall.", "could", "reported", "ukraine"),
    ("Arestovich said the offensive may stall.", "may", "reported", "ukraine"),
    ("Pompeo said Beijing was clearly responsible.", "clearly", "reported", "west_us"),
    ("Grossi said the plant may be at risk.", "may", "reported", "un"),
    ("Dujarric said the convoy may be delayed.", "may", "reported", "un"),
    # full names, and the bare surname after them in the same text
    ("Anatoly Antonov said the sanctions may backfire.", "may", "reported", "russia"),
    (
        "Vitali Klitschko spoke on Monday. Klitschko said the city may be attacked.",
        "may",
        "reported",
        "ukraine",
    ),
    ("Cui Tiankai said the tariffs may hurt both sides.", "may", "reported", "china"),
    ("William Burns said the Kremlin may escalate.", "may", "reported", "west_us"),
    ("Charles Michel said the summit may agree.", "may", "reported", "west_us"),
    # shared surnames without a first name place no one
    ("Antonov said the runway may be repaired.", "may", "reported", ""),
    ("The Bolton manager said the match may be postponed.", "may", "reported", ""),
    ("Ivan Fedorov said the town may be cut off.", "may", "reported", ""),
    ("Borisov said the coalition may collapse.", "may", "reported", ""),
    # vague holders
    ("Respondents believed the talks would fail.", "believed", "reported", "vague"),
    ("Farmers warn that prices may rise.", "may", "reported", "vague"),
    ("Afghan contractors said the pay was clearly too low.", "clearly", "reported", "vague"),
    ("Another Twitter user called the tweet disgraceful.", "disgraceful", "reported", "vague"),
    # "another" alone marks no vague holder
    (
        "Biden announced another $800 million in aid, saying Putin will never succeed.",
        "never",
        "reported",
        "west_us",
    ),
    ("It is another thing to blame Beijing for the delays.", "blame", "author", ""),
    # a free relative, "what X said", reports no clause after it
    ("What Lavrov said is clearly false.", "clearly", "author", ""),
    (
        "I endorse what Mr. Michel just said, since I have never seen war.",
        "never",
        "author",
        "",
    ),
    ("This is what Lavrov said: the plan may fail.", "may", "reported", "russia"),
    ("But what Lavrov said was certainly in line with the plan.", "certainly", "author", ""),
    # ... unless the relative's own clause goes on: the holder's words
    ("Kyiv rejected what Lavrov said would likely be a truce.", "likely", "reported", "russia"),
    (
        "Prisoners died in what Russia alleged to be a potential plot.",
        "potential",
        "reported",
        "russia",
    ),
    ("They fight what Lavrov says is in fact a neo-Nazi regime.", "in fact", "reported", "russia"),
    ("What Lavrov recognizes is that talks may fail.", "may", "reported", "russia"),
    ("Lavrov said that what Kiev wants may never happen.", "may", "reported", "russia"),
    ("Another Russian claim concerns the video.", "claim", "author", ""),
]


@pytest.mark.parametrize(
    ("text", "matched", "voice", "source"), SOURCES, ids=[s[:40] for s, *_ in SOURCES]
)
def test_named_and_vague_holders(text, matched, voice, source):
    row = only_match(text, matched)
    assert (row["voice"], row["source"]) == (voice, source)


ACTORS = [
    ("Antonov An-124 cargo planes landed", "russia", []),
    ("Yury Borisov, the head of Roscosmos", "russia", ["Yury Borisov", "Roscosmos"]),
    ("Former Bulgarian premier Boyko Borisov", "russia", []),
    ("Bolton beat Wigan on Saturday", "west_us", []),
    ("Oleksiy Danilov, the security council secretary", "ukraine", ["Oleksiy Danilov"]),
    ("Deputy Defence Minister Hanna Maliar", "ukraine", ["Maliar"]),
    ("Andrey Melnik, Kiev's envoy to Berlin", "ukraine", ["Andrey Melnik", "Kiev"]),
    ("Olha Melnyk, a volunteer", "ukraine", []),
]


@pytest.mark.parametrize(("text", "category", "expected"), ACTORS, ids=[s[:36] for s, *_ in ACTORS])
def test_names_and_their_near_misses(text, category, expected):
    assert matched_texts(text, category) == expected
