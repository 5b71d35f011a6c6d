"""The fast paths of attribution give exactly what the plain code gives (tricky text)."""

from __future__ import annotations

import pytest

from framing.engine import attribution as attr
from framing.engine import multiscan
from framing.engine.clauses import TOKEN_RE, SentenceView
from framing.engine.cues import load_cues
from framing.engine.document import Document

TRICKY = [
    "",
    "said",
    "Said so. They said: 'reportedly' (allegedly) claims; critics",
    "an essay about Germany, unsaid words, recalled and recall, see-saw, say2 and 2say",
    "_said said_ said__ __claims x_claims claims_x",
    "éclaimed claimé claimed\u00e9 \u00e9 claimed \u0130said said\u0130 said\u2019s",
    "critics\u00a0say\u2003that\tofficials\nreportedly\u200bsaid fears\u2060that",
    "\u0662said said\u0662 \u00b2said said\u00b2 \U0001f600said said\U0001f600",
    "Some people, many observers and several sources said it is widely believed that",
    "There are fears that it was alleged; according to some, it is said to be known.",
]


@pytest.mark.skipif(not multiscan.available(), reason="Hyperscan wheel not installed")
@pytest.mark.parametrize("text", TRICKY)
def test_hyperscan_cue_hits_equal_the_regex(text):
    cues = load_cues()
    low = Document(text).low
    assert attr._cue_scan(cues) is not None
    assert sorted(attr._cue_hits(cues, low)) == sorted(attr._regex_cue_hits(cues, low))


def test_regex_cue_hits_are_whole_words():
    cues = load_cues()
    low = Document(TRICKY[3]).low
    got = [w for _, w in attr._regex_cue_hits(cues, low)]
    assert "say" not in got and "many" not in got  # "essay", "Germany"
    assert "recall" in got and "see" in got  # "recall", "see-saw"


SENTENCES = TRICKY + [
    "  leading and trailing spaces  ",
    "don't US-led U.S.-backed 1,000.5 www.un.org \u201cquoted\u201d \u2014 dash",
    "a\u0301ccent combining\u0301 marks, \u0130stanbul's \u00dfe STRASSE",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("cut", [0, 1, 3])
def test_sentence_view_tokens_equal_finditer(text, cut):
    # a window may start and end inside a word (bounded_spans cuts at the limit)
    s, e = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    v = SentenceView(text, s, e, [], load_cues(), {}, None)
    found = list(TOKEN_RE.finditer(text, s, e))
    assert v.toks == [m.group() for m in found]
    assert v.starts == [m.start() for m in found]
    assert v.low == [m.group().lower() for m in found]
    for off in range(s, e + 1):  # tok_at with token ends from starts and lengths
        i = next((k for k, m in enumerate(found) if m.end() > off), len(found) - 1)
        i = -1 if not found else max(0, min(i, len(found) - 1))
        if found and off < found[0].start():
            i = 0
        assert v.tok_at(off) == i, (off, text)


def _scope_end_loop(view, i, limit=None):
    """The plain loop of :func:`attr._scope_end` (no shortcut)."""
    hi = view.n if limit is None else min(view.n, i + limit)
    for k in range(i, hi):
        if view.toks[k] == ";" or (limit is not None and view.toks[k] == ","):
            return k
        if view.low[k] in ("but", "yet") and k > i and view.toks[k - 1] == ",":
            return k
    return hi


@pytest.mark.parametrize(
    "text",
    [
        "They said that the plan, but not the deal, failed; others agreed.",
        "They said that the plan, yet again, failed.",
        "But they said that it failed, But it did not.",
        "They said that it failed and it did.",
        "",
    ],
)
def test_scope_end_shortcut_equals_the_loop(text):
    v = SentenceView(text, 0, len(text), [], load_cues(), {}, None)
    for i in range(v.n + 1):
        for limit in (None, 3, 8):
            assert attr._scope_end(v, i, limit) == _scope_end_loop(v, i, limit), (i, limit)
