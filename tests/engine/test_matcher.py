from framing.engine.matcher import get_matcher
from framing.engine.text import sentence_spans
from tests._lex import small_lexicon


def _find(tmp_path, text):
    return get_matcher(small_lexicon(tmp_path)).find(text, sentence_spans(text))


def test_longest_within_category_and_overlap_across(tmp_path):
    ms = _find(tmp_path, "The US-led West accuses. the West's hegemony.")
    west = [(m.matched_text, m.start) for m in ms if m.category == "west_us"]
    assert west == [("US-led West", 4), ("the West", 25)]
    assert ("accuses", "accusation") in [(m.matched_text, m.category) for m in ms]


def test_case_sensitive(tmp_path):
    ms = _find(tmp_path, "Let us go. The US and the U.S. agree.")
    assert [m.matched_text for m in ms if m.category == "west_us"] == ["US", "U.S."]


def test_us_inside_us_led(tmp_path):
    ms = _find(tmp_path, "a US-led circle")
    assert [(m.matched_text, m.start, m.end) for m in ms] == [("US", 2, 4)]


def test_exclude_and_negation(tmp_path):
    ms = _find(tmp_path, "It may 5 happen. It may happen. They are not satisfied, but satisfied.")
    hedges = [(m.matched_text, m.start, m.negated) for m in ms if m.category == "hedge"]
    assert hedges == [("may", 20, False), ("satisfied", 45, True), ("satisfied", 60, False)]


def test_regex_and_multiword_newline(tmp_path):
    ms = _find(tmp_path, "the so-called threat of the\nWest")
    assert [(m.category, m.matched_text) for m in ms] == [
        ("accusation", "so-called"),
        ("west_us", "the\nWest"),
    ]


def test_exclusion_needs_both_sides_of_an_item(tmp_path):
    # an item with "before" and "after" excludes a hit only when both are found; the matcher
    # searches "after" first (cheap when anchored), which must not change the answer
    d = tmp_path / "lex"
    d.mkdir()
    (d / "hedge.yaml").write_text(
        """id: hedge
label: Hedges
definition: d
kind: stance
entries:
  - term: could
    exclude:
      - before: '\\bwe\\s+$'
        after: '^\\s+not\\b'
      - after: '^\\s+be\\s+you\\b'
""",
        encoding="utf-8",
    )
    from framing.engine.lexicon import load_lexicon

    lex = load_lexicon([d], include_builtin=False)
    text = (
        "We could not go. They could not go. We could go. It could be you. "
        + "x " * 40
        + "we could not see."
    )
    found = [m.start for m in get_matcher(lex).find(text, sentence_spans(text))]
    assert found == [text.index("They could") + 5, text.index("We could go") + 3]
