"""docs/metrics.md's claims about the focal article and its example sentences, rerun.

The section "The focal article" is read as written: every row of its table (the count and the
hits it lists), every metric it states as "`<metric>` N" and the matches it says target
`west_us`, compared with ``framing.analyze`` on the article. ``EXAMPLES`` are example phrases
the page quotes with what they give; each must still be on the page (whitespace normalised)
and still give that.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import framing

DOC = Path(__file__).resolve().parents[1] / "docs" / "metrics.md"
ITEM = re.compile(r"\*([^*]+)\*(?: ×(\d+))?")
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


# (phrase as the page quotes it, category, matched texts of that category in the phrase)
EXAMPLES = [
    # How matching works
    ("US-led West", "west_us", ["US-led West"]),
    ("falsely claiming", "distancing", ["falsely claiming"]),
    ("pin the blame", "accusation", ["pin the blame"]),
    ("what the West calls", "distancing", ["what the West calls"]),
    ("what the West calls", "west_us", ["West"]),
    ("West’s", "west_us", ["West"]),
]


@pytest.mark.parametrize("phrase, category, expected", EXAMPLES, ids=lambda x: str(x)[:30])
def test_example(phrase, category, expected):
    assert f"*{phrase}*" in " ".join(DOC.read_text(encoding="utf-8").split()) or f"`{phrase}`" in (
        DOC.read_text(encoding="utf-8")
    )
    m = framing.analyze(phrase).matches
    assert list(m.loc[m["category"] == category, "matched_text"]) == expected
