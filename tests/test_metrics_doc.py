"""docs/metrics.md's claims about the focal article and its example sentences, rerun.

The section "The focal article" is read as written: every row of its table (the count and the
hits it lists), every metric it states as "`<metric>` N" and the matches it says target
`west_us`, compared with ``framing.analyze`` on the article. ``EXAMPLES`` are example phrases
the page quotes with what they give, ``ATTRIBUTION`` its "*phrase* → value" examples of voice,
source and target; each must still be on the page (whitespace normalised) and still give that.
The windows and limits the page states in numbers are read from it and compared with the
constants of the engine.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import framing
from framing.engine.lexicon import load_lexicon
from framing.engine.matcher import EXCLUDE_WINDOW
from framing.engine.negation import NEGATION_WINDOW
from framing.engine.quote_marks import COLON_MAX_SPAN, MAX_SPAN
from framing.engine.quotes import MAX_SCARE_QUOTE_WORDS, SENTENCE_SHARE
from framing.engine.readability import MATTR_WINDOW

DOC = Path(__file__).resolve().parents[1] / "docs" / "metrics.md"
ITEM = re.compile(r"\*([^*]+)\*(?: ×(\d+))?")
DOC_TEXT = " ".join(DOC.read_text(encoding="utf-8").split())
ASIDE = re.compile(r"\s\([^()]*(?:\([^()]*\)[^()]*)*\)")  # " (negated: ...)", not "West('s)"


def section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def hits(cell: str) -> Counter:
    """The matched texts a Hits cell lists: ``*x* ×2`` twice, asides in parentheses left out,
    an optional possessive written ``('s)`` dropped."""
    items = Counter()
    for word, times in ITEM.findall(ASIDE.sub("", cell)):
        items[word.replace("('s)", "")] += int(times or 1)
    return items


def table_rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in section("The focal article").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3 and cells[1] not in ("Count", "---:"):
            rows.append((cells[0], cells[1], cells[2]))
    return rows


@pytest.fixture(scope="module")
def analysis(article_body):
    return framing.analyze(article_body)


def matched(analysis, category: str) -> Counter:
    m = analysis.matches
    return Counter(m.loc[m["category"] == category, "matched_text"])


def test_the_table_lists_every_category(analysis):
    named = set()
    for name, _, _ in table_rows():
        named |= {n.strip() for n in name.split("/")}
    assert named == set(analysis.lexicon.categories) | {"scare quotes"}


@pytest.mark.parametrize("row", table_rows(), ids=lambda r: r[0])
def test_table_row(analysis, row):
    name, count, cell = row
    if name == "scare quotes":
        assert analysis.metrics["scare_quote_count"] == int(count)
        return
    names = [n.strip() for n in name.split("/")]
    counts = [int(c) for c in count.split("/")]
    for category, n in zip(names, counts, strict=True):
        assert analysis.metrics[f"{category}_count"] == n, category
    got = sum((matched(analysis, c) for c in names), Counter())
    listed = hits(cell)
    if cell.startswith("incl."):
        assert listed <= got, (listed, got)  # a selection
    elif listed:
        assert listed == got


def test_stated_metrics(analysis):
    text = " ".join(section("The focal article").split())
    stated = re.findall(r"`(\w+_count)` (?:is )?(\d+)", text)
    assert len(stated) >= 4
    for metric, value in stated:
        assert analysis.metrics[metric] == int(value), metric


def test_matches_targeting_the_west(analysis):
    text = " ".join(section("The focal article").split())
    n, listed = re.search(r"(\d+) matches target `west_us` \(([^)]*)\)", text).groups()
    m = analysis.matches
    got = m.loc[m["target"].str.split("+").map(lambda t: "west_us" in t), "matched_text"]
    assert len(got) == int(n)
    words = [w.strip() for span, _ in ITEM.findall(listed) for w in span.split(",")]
    assert Counter(words) == Counter(got.drop_duplicates())
    assert "none targets China" in text
    assert not m["target"].str.contains("china").any()


def test_reported_stance_matches(analysis):
    text = " ".join(section("The focal article").split())
    said = re.search(
        r"every other stance match is the author's but two `reported` ones: (.*?), so `", text
    )
    assert said
    m = analysis.matches
    kinds = {c: v.kind for c, v in analysis.lexicon.categories.items()}
    stance = m[m["category"].map(kinds).isin(["stance", "frame"]) & (m["voice"] != "")]
    reported = set(stance.loc[stance["voice"] != "author", "matched_text"])
    named = {w for w, _ in ITEM.findall(said.group(1))}
    assert reported - {"think", "assumed"} <= named  # the hedges are stated just before
    assert {"think", "assumed"} <= reported


# (phrase as the page quotes it in *italics*, category, matched texts of that category in the
# phrase alone): the rules of "How matching works" and the decisions of "Categories", each
# example checked against framing.analyze when this file was written (QA pass 24).
EXAMPLES = [
    ("US-led West", "west_us", ["US-led West"]),
    ("falsely claiming", "distancing", ["falsely claiming"]),
    ("pin the blame", "accusation", ["pin the blame"]),
    ("what the West calls", "distancing", ["what the West calls"]),
    ("what the West calls", "west_us", ["West"]),
    ("a clearly defined interest", "booster", []),
    ("Really?", "booster", []),
    ("Really!", "booster", []),
    ("Suspects still at large", "hedge", []),
    ("Police hunt suspects", "hedge", []),
    ("illegal immigration attempts", "negative_evaluation", []),
    ("fake Disney toys", "accusation", []),
    ("Heat wave claims 19", "distancing", []),
    ("totally destroyed", "booster", []),
    ("fully blocked", "booster", []),
    ("completely justified", "booster", ["completely"]),
    ("utterly horrified", "booster", ["utterly"]),
    ("completely unfounded", "booster", ["completely"]),
    ("destroyed so totally", "booster", ["totally"]),
    ("completely disconnected", "booster", ["completely"]),
    ("entirely full", "booster", ["entirely"]),
    ("fully complete", "booster", []),
    ("chip fabrication", "accusation", []),
    ("non-interference", "accusation", []),
    ("tensions threaten to boil over", "accusation", []),
    ("threatened species", "accusation", []),
    ("the gas woes are threatening a recession", "accusation", []),
    ("does not feel threatened by the growing trade", "accusation", []),
    ("the big lie", "accusation", ["lie"]),
    ("a blatant lie", "accusation", ["lie"]),
    ("the lie of the land", "accusation", []),
    ("a fake referendum", "accusation", ["fake"]),
    ("fake fur", "accusation", []),
    ("fake news", "accusation", ["fake news"]),
    ("circumstances dictate", "accusation", []),
    ("these claims of torture", "distancing", ["claims"]),
    ("a claim over our waters", "distancing", []),
    ("a claim on the Islands", "distancing", []),
    ("claimed thousands of lives", "distancing", []),
    ("claims of victims", "distancing", []),
    ("allegiance", "distancing", []),
    ("as a pretext for war", "distancing", ["pretext"]),
    ("under the pretext of", "distancing", ["under the pretext of"]),
    ("claimed full control of the city", "distancing", []),
    ("claimed a seat", "distancing", []),
    ("didn't claim any lives", "distancing", []),
    ("claimed the life of", "distancing", []),
    ("claims Taiwan as its own territory", "distancing", []),
    ("the territory Russia has claimed", "distancing", []),
    ("the islands that Tokyo claims", "distancing", []),
    ("claim the moral high ground", "distancing", []),
    ('the so-called "kindness backpacks"', "distancing", []),
    ("claim some achievement from the invasion", "distancing", []),
    ("claimed success", "distancing", []),
    ("claimed independence", "distancing", []),
    ("claim statehood", "distancing", []),
    ("claimed success was near", "distancing", ["claimed"]),
    ("claims of success", "distancing", ["claims"]),
    ("claim independence from party politics", "distancing", ["claim"]),
    ("a Universal Credit claim", "distancing", []),
    ("claims for relief funds", "distancing", []),
    ("the claim is processed", "distancing", []),
    ("the so-called Donetsk People's Republic", "distancing", ["so-called"]),
    ("so-called referendums", "distancing", ["so-called"]),
    ("so-called Islamic State", "distancing", ["so-called"]),
    ("the so-called rules-based order", "distancing", ["so-called"]),
    ("so-called militants", "distancing", ["so-called"]),
    ("so-called security reasons", "distancing", ["so-called"]),
    ("so-called democracies", "distancing", ["so-called"]),
    ("the so-called Free University", "distancing", []),
    ("so-called next-generation reactors", "distancing", []),
    ("the so-called World Uygur Congress", "distancing", ["so-called"]),
    ("so-called high-level members", "distancing", ["so-called"]),
    ("what is called", "distancing", []),
    ("what could be described as", "distancing", []),
    ("claim of responsibility", "distancing", []),
    ("what Russians call the Great Patriotic War", "distancing", ["what Russians call"]),
    ("an island Beijing claims", "distancing", []),
    ("rigged with explosives", "negative_evaluation", []),
    ("a war criminal", "negative_evaluation", ["war criminal"]),
    ("the belligerent parties", "negative_evaluation", []),
    ("the Kiev regime", "negative_evaluation", ["regime"]),
    ("the Putin regime", "negative_evaluation", ["regime"]),
    ("the Iranian regime", "negative_evaluation", ["regime"]),
    ("the regime in Kiev", "negative_evaluation", ["regime in Kiev"]),
    ("the sanctions regime", "negative_evaluation", []),
    ("the Non-Proliferation regime", "negative_evaluation", []),
    ("the Nazi regime", "negative_evaluation", []),
    ("the 2014 coup", "negative_evaluation", ["coup"]),
    ("the US-backed coup", "negative_evaluation", ["coup"]),
    ("the coup in Kiev", "negative_evaluation", ["coup"]),
    ("the Myanmar coup", "negative_evaluation", []),
    ("any hostile Russian force", "negative_evaluation", []),
    ("a hostile takeover", "negative_evaluation", []),
    ("a hostile environment", "negative_evaluation", []),
    ("hostile forces", "negative_evaluation", ["hostile"]),
    ("hostile to China", "negative_evaluation", ["hostile"]),
    ("Washington's hostility", "negative_evaluation", ["hostility"]),
    ("US hostility", "negative_evaluation", ["hostility"]),
    ("competition does not mean hostility", "negative_evaluation", []),
    ("decades of hostility between the two countries", "negative_evaluation", []),
    ("distrust and hostility", "negative_evaluation", []),
    ("the annexation is illegal", "negative_evaluation", ["illegal"]),
    ("referendums held under occupation would be illegal", "negative_evaluation", ["illegal"]),
    ("invaded Crimea illegally", "negative_evaluation", ["illegally"]),
    ("entered the country illegally", "negative_evaluation", []),
    ("Cold War mentality", "cold_war", ["Cold War mentality"]),
    ("the small circle of martial arts writers", "cold_war", []),
    ("a small circle of loyalists", "cold_war", []),
    ("a small circle of donors", "cold_war", []),
    ("since the Cold War", "cold_war", ["since the Cold War"]),
    ("the museum's Cold War exhibit", "cold_war", ["Cold War"]),
    ("satellite states", "cold_war", ["satellite states"]),
    ("unilateral sanctions", "cold_war", ["unilateral sanctions"]),
    ("sanctions", "cold_war", []),
    ("US-led coalition", "cold_war", []),
    ("confrontation", "cold_war", []),
    ("non-confrontation", "peace_cooperation", ["non-confrontation"]),
    ("trust", "peace_cooperation", []),
    ("rest in peace", "peace_cooperation", []),
    ("in cooperation with the police", "peace_cooperation", []),
    ("the Shanghai Cooperation Organization", "peace_cooperation", []),
    ("the Nobel Peace Prize", "peace_cooperation", []),
    ("the Forum on China-Africa Cooperation", "peace_cooperation", []),
    ("Gulf Cooperation Council", "peace_cooperation", []),
    ("markets stabilized", "peace_cooperation", ["stabilized"]),
    ("partnership of coordination", "peace_cooperation", ["partnership of coordination"]),
    ("win-win", "peace_cooperation", ["win-win"]),
    ("West of the river", "west_us", []),
    ("sanctions from the west", "west_us", []),
    ("western Ukraine", "west_us", []),
    ("Western Sahara", "west_us", []),
    ("Western Balkans", "west_us", []),
    ("Western Europe", "west_us", []),
    ("Western Union", "west_us", []),
    ("Western Front", "west_us", []),
    ("the Americas", "west_us", []),
    ("Washington State", "west_us", []),
    ("George Washington", "west_us", []),
    ("the University of Washington", "west_us", []),
    ("Vice President Harris", "west_us", ["Vice President Harris"]),
    ("US Secretary of State Antony Blinken", "west_us", ["US Secretary of State", "Blinken"]),
    ("the Secretary of State for Defence", "west_us", []),
    ("UK Defense Secretary", "west_us", []),
    ("Russian Defense Ministry", "west_us", []),
    ("the Anglo-Saxons", "west_us", ["Anglo-Saxons"]),
    ("South China", "china", []),
    ("East China", "china", []),
    ("Indo-China", "china", []),
    ("China Daily", "china", []),
    ("Chinaware", "china", []),
    ("Chinese Taipei", "china", []),
    ("Chinese ships", "china", ["Chinese"]),
    ("in Chinese hands", "china", ["Chinese"]),
    ("Xi'an", "china", []),
    ("HKSAR government", "china", ["HKSAR government"]),
    ("Hong Kong", "china", []),
    ("the HKSAR", "china", []),
    ("Dmitry Polyansky", "russia", ["Polyansky"]),
    ("chicken Kiev", "ukraine", []),
    ("United Nations Security Council", "un", ["United Nations Security Council"]),
    ("the National Security Council", "un", []),
    ("NATO Secretary-General", "un", []),
    ("Secretary-General of NATO", "un", []),
    # hedge
    ("May God bless you", "hedge", []),
    ("May I ask", "hedge", []),
    ("may 9", "hedge", []),
    ("in may", "hedge", []),
    ("and may God protect our troops", "hedge", []),
    ("may I ask", "hedge", []),
    ("PRICES MAY FALL", "hedge", []),
    ("sanctions could backfire", "hedge", ["could"]),
    ("said the West would impose sanctions", "hedge", []),
    ("what would the world be like", "hedge", []),
    ("around 40 countries", "hedge", ["around"]),
    ("some 2,000 troops", "hedge", ["some"]),
    ("talk about", "hedge", []),
    ("around the world", "hedge", []),
    ("some in Western countries", "hedge", []),
    ("appears to be", "hedge", ["appears"]),
    ("appeared on television", "hedge", []),
    ("think tank", "hedge", []),
    ("the suspect", "hedge", []),
    ("military might", "hedge", []),
    ("the might of", "hedge", []),
    ("as soon as possible", "hedge", []),
    ("all possible", "hedge", []),
    ("made it possible", "hedge", []),
    ("the war could have been avoided", "hedge", []),
    ("a move that could have paved the way", "hedge", []),
    ("could have been recruited", "hedge", []),
    ("whatever is possible", "hedge", []),
    ("the best possible", "hedge", []),
    ("I expected to win", "hedge", []),
    ("an apparent bid", "hedge", ["apparent"]),
    ("it became apparent that", "hedge", []),
    ("heir apparent", "hedge", []),
    ("a potential conflict", "hedge", ["potential"]),
    ("the potential for", "hedge", []),
    ("economic potential", "hedge", []),
    ("suspected sabotage", "hedge", ["suspected"]),
    ("anyone suspected of", "hedge", ["suspected"]),
    ("two suspects", "hedge", []),
    ("could not attend", "hedge", []),
    ("as many guests as they could", "hedge", []),
    ("did everything they could to help", "hedge", []),
    ("the belongings they could carry", "hedge", []),
    ("all of them could face charges", "hedge", ["could"]),
    ("explosions could be heard", "hedge", []),
    ("could hear", "hedge", []),
    ("could be seen as", "hedge", ["could"]),
    ("they could teach their children", "hedge", []),
    ("surcharges could be relaxed", "hedge", []),
    ("went up to 7,000", "hedge", []),
    ("not nearly enough", "hedge", []),
    ("she wishes she could go home", "hedge", []),
    ("if only we could", "hedge", []),
    ("so that they could vote", "hedge", []),
    ("were told they could return", "hedge", []),
    ("he could speak five languages", "hedge", []),
    ("what we could discuss", "hedge", []),
    ("how they could help", "hedge", []),
    ("what could possibly go wrong", "hedge", []),
    ("more than we can possibly give", "hedge", []),
    ("make the transfer possible.", "hedge", []),
    ("the soldiers could run for hours", "hedge", ["could"]),
    ("grain could be transferred", "hedge", []),
    ("could safely ship", "hedge", []),
    ("so she could", "hedge", []),
    ("could be catastrophic", "hedge", ["could"]),
    ("could be one of", "hedge", ["could"]),
    ("could be forced to", "hedge", ["could"]),
    ("could be targeted", "hedge", ["could"]),
    ("could start a war", "hedge", ["could"]),
    ("they could teach", "hedge", []),
    ("could ship", "hedge", []),
    ("could meet", "hedge", []),
    ("Moscow could use the blasts", "hedge", ["could"]),
    ("it is possible to imagine", "hedge", []),
    ("if it is possible", "hedge", []),
    ("before he could cause damage", "hedge", []),
    ("too often", "hedge", []),
    ("be that as it may", "hedge", []),
    ("so often", "hedge", []),
    ("a possible visit", "hedge", ["possible"]),
    ("it is possible that", "hedge", ["possible"]),
    ("wouldn't be possible without", "hedge", []),
    ("possible only through", "hedge", []),
    ("an escalation became increasingly possible", "hedge", []),
    ("US might.", "hedge", []),
    ("You may also like", "hedge", []),
    ("I think 38 times", "hedge", ["think"]),
    ("many suspect", "hedge", ["suspect"]),
    ("the stiffest step he could take", "hedge", ["could"]),
    ("there could be no question of", "hedge", ["could"]),
    ("assume the rotating chair", "hedge", ["assume"]),
    ("Moscow could use the blasts", "hedge", ["could"]),
    ("could load nuclear fuel", "hedge", []),
]


@pytest.mark.parametrize("phrase, category, expected", EXAMPLES, ids=lambda x: str(x)[:30])
def test_example(phrase, category, expected):
    assert f"*{phrase}*" in DOC_TEXT, "no longer quoted on the page: update EXAMPLES"
    m = framing.analyze(phrase).matches
    assert list(m.loc[m["category"] == category, "matched_text"]) == expected


# (phrase the page quotes with "→", what is run: the phrase followed by this, or this with
# the phrase for its "*", the matched text, the field and the value the page gives)
ATTRIBUTION = [
    ("Kyiv and the West call this a baseless pretext", "", "pretext", "source", "ukraine+west_us"),
    ("Kiev wants to frame Moscow by accusing it", ".", "accusing", "source", "ukraine"),
    (
        "the US and its allies indicated that",
        " talks failed.",
        "indicated that",
        "source",
        "west_us",
    ),
    ("bullied by the US", "", "bullied", "target", "west_us"),
    ("blaming US trade deficits on China", "", "blaming", "target", "china"),
    ("NATO is a Cold War relic", "", "Cold War relic", "target", "west_us"),
    (
        "Ukrainian officials and the European Union blamed Russia",
        "",
        "blamed",
        "source",
        "ukraine+west_us",
    ),
    (
        "The sanctions, the Chinese ambassador said, are a form of bullying",
        "",
        "bullying",
        "source",
        "china",
    ),
    ("It's even believed that", " it works.", "believed", "source", "vague"),
    ("China and Russia accused", " the US of hypocrisy.", "accused", "source", "china+russia"),
    ("the US-backed coup", "", "coup", "target", "west_us"),
    ("Washington's claims", " were false.", "claims", "target", "west_us"),
    ("claims to the contrary made by Kyiv", "He dismissed *.", "claims", "target", "ukraine"),
    ("Moscow denied the claims", ".", "claims", "target", ""),
    ("Kyiv and Moscow trade blame", "", "blame", "target", "russia+ukraine"),
    (
        "Trump vowed to name China a manipulator of public opinion",
        ".",
        "manipulator",
        "target",
        "china",
    ),
    (
        "Ukraine, under its current leaders, is a terrorist state",
        "",
        "terrorist state",
        "target",
        "ukraine",
    ),
    ("Kyiv put a Russian soldier on trial and accused him", "", "accused", "target", "russia"),
    ("Russia threatened to cut off gas", "", "threatened", "target", "russia"),
    ("Washington slammed Beijing for its coercion", "", "coercion", "target", ""),
]


@pytest.mark.parametrize("phrase, rest, word, field, value", ATTRIBUTION, ids=lambda x: str(x)[:30])
def test_attribution_example(phrase, rest, word, field, value):
    assert f"{phrase}* →" in DOC_TEXT.replace("**", ""), "no longer quoted on the page"
    text = rest.replace("*", phrase) if "*" in rest else phrase + rest
    m = framing.analyze(text).matches
    assert list(m.loc[m["matched_text"] == word, field]) == [value]


def test_stated_constants():
    def said(pattern: str) -> tuple[str, ...]:
        m = re.search(pattern, DOC_TEXT)
        assert m, pattern
        return m.groups()

    assert said(r"a regex tested on the (\d+) characters right before the match") == (
        str(EXCLUDE_WINDOW),
    )
    assert said(r"occurs within the (\d+) word tokens before it") == (str(NEGATION_WINDOW),)
    double, single, colon = said(
        r"within (\d+) characters for double marks and (\d+) for single ones \(([\d,]+) for"
    )
    assert (int(double), int(single)) == (MAX_SPAN["double"], MAX_SPAN["single"])
    assert int(colon.replace(",", "")) == COLON_MAX_SPAN
    assert said(r"Quotations \(well-paired quotation marks\) of at most (\d+) words") == (
        str(MAX_SCARE_QUOTE_WORDS),
    )
    assert said(r"`covers most of its sentence` \(≥ (\d+)% of its words\)") == (
        str(round(SENTENCE_SHARE * 100)),
    )
    assert said(r"over windows of (\d+) lowercase tokens") == (str(MATTR_WINDOW),)


# the vague_source_count row of the metric table: (phrase it quotes, sentence run, count)
VAGUE_SOURCES = [
    ("critics say", "Critics say the plan may fail.", 1),
    ("some in Western countries assumed", "Some in Western countries assumed that it failed.", 1),
    ("unnamed officials said", "Unnamed officials said the plan failed.", 1),
    ("according to anonymous sources", "According to anonymous sources, the plan failed.", 1),
    ("it is widely believed that", "It is widely believed that the plan failed.", 1),
    ("X is said to", "The minister is said to be ill.", 1),
    ("X is regarded / viewed as", "China is regarded as a rival. Russia is viewed as one.", 2),
    ("there are reports that", "There are reports that the plan failed.", 1),
    ("China was accused of", "China was accused of lying.", 1),
    ("reportedly", "The plan reportedly failed.", 1),
    ("allegedly", "The plan allegedly failed.", 1),
    ("X is expected / estimated to", "Talks are expected to fail. Costs are estimated to rise.", 0),
    (
        "X is seen / regarded / viewed / perceived / considered / interpreted as",
        "China is seen as a possible rival. It has been interpreted as a sign.",
        2,
    ),
    ("should / can / must be seen as", "This should be seen as a start.", 0),
]


@pytest.mark.parametrize("phrase, sentence, count", VAGUE_SOURCES, ids=lambda x: str(x)[:30])
def test_vague_source_examples(phrase, sentence, count):
    assert f"*{phrase}*" in DOC_TEXT
    a = framing.analyze(sentence)
    assert a.metrics["vague_source_count"] == count


def test_seen_as_is_a_vague_source_of_its_match():
    # the frame is vague, and counted since version 139
    m = framing.analyze("China is seen as a possible rival.").matches
    assert list(m.loc[m["matched_text"] == "possible", "source"]) == ["vague"]


def test_named_officials_counted_as_stated():
    def officials(category: str) -> int:
        entries = load_lexicon().categories[category].entries
        return sum(e.subcategory == "official" for e in entries)

    def said(pattern: str) -> int:
        m = re.search(pattern, DOC_TEXT)
        assert m, pattern
        return int(m.group(1))

    assert said(r"the `official` names of (\d+) \(19 since `METRICS_VERSION` 54") == officials(
        "russia"
    )
    assert said(r"(\d+) entries with two spellings\) of the Ukrainian") == officials("ukraine")
    assert said(r"the `official` names of (\d+) heads and spokespeople of UN bodies") == (
        officials("un")
    )


# Scare quotes: (phrase the page quotes, a sentence around it, the reason the page gives)
QUOTE_REASONS = [
    (
        'warned of an alleged "offensive"',
        'The governor warned of an alleged "offensive" soon.',
        "attributed speech",
    ),
    ('the cruiser "Moskva"', 'The cruiser "Moskva" sank.', "proper name"),
    (
        'its "freedom of navigation" operations',
        'Its "freedom of navigation" operations continue.',
        "scare quote",
    ),
    ('the "red" zone/level', 'The region is in the "red" zone now.', "proper name"),
    ('fears "…"', 'He fears "a wider war" in the region.', "attributed speech (belief)"),
    ('"We will take care of it."', '"We will take care of it." Officials left.', "quoted sentence"),
    (
        '"Pro-independence" cries',
        '"Pro-independence" cries grew louder across the island as the vote neared and tensions rose.',
        "scare quote",
    ),
    (
        'the "leave" campaign',
        'Voters backed the "leave" campaign in large numbers across the north of England last summer.',
        "proper name",
    ),
    (
        '"golden week"',
        'Tourists enjoyed "golden week" in large numbers across the country and spent a lot of money.',
        "proper name",
    ),
    (
        'the "kindness" bags',
        'Shoppers filled the "kindness" bags with food and toys for the children of the town last winter.',
        "scare quote",
    ),
    (
        'allow imports as a "temporary measure"',
        'Officials allow imports as a "temporary measure" for the coming months of the winter season.',
        "scare quote",
    ),
    (
        'the West sees China as a "threat"',
        'The West sees China as a "threat" to its dominance in the region and around the wider world.',
        "attributed speech",
    ),
    (
        '"gold", "silver" and "bronze"',
        'Athletes won "gold", "silver" and "bronze" medals at the games held in the capital last year.',
        "mention of a word (list)",
    ),
    (
        'Oleh "Bison" Marchenko',
        'Oleh "Bison" Marchenko led the unit in the battle for the city during the first months of the war.',
        "proper name (nickname)",
    ),
    (
        'the so-called "Deltacron" strain',
        'The so-called "Deltacron" strain spread quickly across the region during the winter months.',
        "proper name",
    ),
    (
        'the "…" (1966-76)',
        'The film covered the "Cultural Revolution" (1966-76) in great detail for a young audience today.',
        "proper name (dated)",
    ),
    (
        'a "recreational" vehicle',
        'Many drivers use a "recreational" vehicle for their holidays across the region in the summer.',
        "scare quote",
    ),
    (
        'touting X as a sign of its "independence"',
        'The government is touting the deal as a sign of its "independence" from the old powers of the region.',
        "scare quote",
    ),
]


@pytest.mark.parametrize("phrase, sentence, reason", QUOTE_REASONS, ids=lambda x: str(x)[:30])
def test_quote_reason_example(phrase, sentence, reason):
    assert phrase in DOC_TEXT
    reasons = list(framing.analyze(sentence).quotes["reason"])
    assert reasons and all(r.startswith(reason) for r in reasons), reasons
