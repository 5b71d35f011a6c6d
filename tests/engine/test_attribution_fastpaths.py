"""The fast paths of attribution give exactly what the plain code gives (tricky text)."""

from __future__ import annotations

import pytest

from framing.engine import attribution, multiscan
from framing.engine.attribution import cue_scan, frame_rules, frame_scope, roles, speakers
from framing.engine.clauses import (
    _TOKEN_SPLIT,
    TOKEN_RE,
    SentenceView,
    _split_tokens,
    plain_ascii,
)
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
    assert cue_scan._cue_scan(cues) is not None
    assert sorted(cue_scan._cue_hits(cues, low)) == sorted(cue_scan._regex_cue_hits(cues, low))


def test_regex_cue_hits_are_whole_words():
    cues = load_cues()
    low = Document(TRICKY[3]).low
    got = [w for _, w in cue_scan._regex_cue_hits(cues, low)]
    assert "say" not in got and "many" not in got  # "essay", "Germany"
    assert "recall" in got and "see" in got  # "recall", "see-saw"


SENTENCES = TRICKY + [
    "  leading and trailing spaces  ",
    "file\x1cgroup\x1drecord\x1eunit\x1fsep said\x1c that \x0bvertical\x0cfeed\rreturn",
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
    """The plain loop of :func:`frame_scope._scope_end` (no shortcut)."""
    hi = view.n if limit is None else min(view.n, i + limit)
    for k in range(i, hi):
        if view.toks[k] == ";" or (limit is not None and view.toks[k] == ","):
            return k
        if view.low[k] in ("but", "yet") and k > i and view.toks[k - 1] == ",":
            if frame_scope._no_subject(view, k + 1):
                continue
            return k
    return hi


@pytest.mark.parametrize(
    "text",
    [
        "They said that the plan, but not the deal, failed; others agreed.",
        "They said that the plan, yet again, failed.",
        "But they said that it failed, But it did not.",
        "They said that it failed and it did.",
        "He said he would fight them, but now was not the time; others agreed.",
        "",
    ],
)
def test_scope_end_shortcut_equals_the_loop(text):
    v = SentenceView(text, 0, len(text), [], load_cues(), {}, None)
    for i in range(v.n + 1):
        for limit in (None, 3, 8):
            assert frame_scope._scope_end(v, i, limit) == _scope_end_loop(v, i, limit), (i, limit)


@pytest.mark.parametrize("text", SENTENCES)
def test_ascii_split_equals_the_unicode_split(text):
    # the ASCII split only where it is exact: U+001C..U+001F are spaces only to Unicode \\s
    assert _split_tokens(text) == _TOKEN_SPLIT(text)
    if plain_ascii(text):
        assert _split_tokens(text, True) == _TOKEN_SPLIT(text)
    assert plain_ascii(text) == (text.isascii() and not any("\x1c" <= c <= "\x1f" for c in text))


def test_ascii_split_of_every_ascii_character():
    for code in range(128):
        text = f"a{chr(code)}b {chr(code)} x{chr(code)}"
        assert _split_tokens(text) == _TOKEN_SPLIT(text), code


# ---------------------------------------------------------------- lazy equals eager
def _eager(text: str):
    """What :func:`attribute` gives when every sentence is read and framed (no skip):
    ``(rows, vague_sentences, got)`` with ``got`` the real (lazy) result."""
    import framing
    from framing.engine.analysis import compute

    lex = framing.load_lexicon()
    sentences, matches, quotes, _, got = compute(text, lex, False, False)
    norm = Document(text).norm
    cues = load_cues()
    kinds = {c: v.kind for c, v in lex.categories.items()}
    order = {c: i for i, c in enumerate(kinds)}
    voiced = {c for c, k in kinds.items() if k == "stance"} | set(cues.voice_categories)
    targeted = set(cues.target_categories)
    actors: dict[int, list] = {}
    for x in matches:
        if kinds.get(x.category) == "actor":
            person = x.subcategory in attribution._PERSON_SUBCATEGORIES
            actors.setdefault(x.sentence, []).append((x.start, x.end, x.category, person))
    views: dict[int, SentenceView] = {}

    def view(si):
        if si not in views:
            s, e = sentences[si]
            earlier = (lambda: view(si - 1)) if si > 0 else (lambda: None)
            views[si] = SentenceView(norm, s, e, actors.get(si, []), cues, order, earlier)
        return views[si]

    framed = [frame_rules.frames(view(si), cues) for si in range(len(sentences))]
    vague = [si for si, fs in enumerate(framed) for f in fs if f.holder.kind == "vague"]
    starts = [s for s, _ in sentences]
    rows = []
    for x in matches:
        cat = x.category
        if x.sentence < 0 or (cat not in voiced and cat not in targeted):
            rows.append(("", "", ""))
            continue
        v = view(x.sentence)
        first, last = v.span_tokens(x.start, x.end)
        voice = source = target = ""
        if cat in voiced:
            q = next((q for q in quotes if q[0] <= x.start and x.end <= q[1]), None)
            qh = None
            if q is not None:
                qh = speakers._quote_holder(
                    (q[0], q[1], q[6]), view, framed.__getitem__, starts, norm.lower(), cues
                )
            voice, source = roles._voice(v, framed[x.sentence], first, last, cat, qh, cues)
        if cat in targeted:
            role = cues.role(cat, x.subcategory)
            target = roles._target(v, first, last, role, cues, label=x.subcategory == "label")
        rows.append((voice, source, target))
    return rows, vague, got


LAZY = [
    "The states that signed the pact met. Some states say that the pact may fail.",
    "Critics call it a reckless plan. The US accused China of a reckless and illegal move.",
    "Reports say the army left. It is widely believed that Russia may have lied.",
    'Lavrov said: "The sanctions are illegal and may fail." The West denied it.',
    '"We may never agree," he said. China believes the US is arrogant, according to sources.',
    "Beijing, reportedly, thinks the plan is hostile. Washington's arrogance is shocking.",
    "The EU fears that Moscow may retaliate. There are reports that the talks may fail.",
    "He claimed the US-backed coup was illegal; it is said to be a hostile act.",
    "Probably the talks may fail. Nobody said anything. The US may be blamed for it.",
    "There are concerns over a reckless Russian move, and fears about NATO expansion.",
]


@pytest.mark.parametrize("text", LAZY)
def test_lazy_attribution_equals_eager(text):
    rows, vague, got = _eager(text)
    assert got.rows == rows
    assert got.vague_sentences == vague


# a "there are <noun> ... that" frame whose "that" is two or more words after the noun (further
# than _opens looks after the noun): the pre-filter once missed it
EXISTENTIAL = [
    "There are fears in Europe that the US may be lying.",
    "There are reports from Kyiv that Russia is probably retreating.",
]


@pytest.mark.parametrize("text", EXISTENTIAL)
def test_existential_frame_with_distant_that(text):
    rows, vague, got = _eager(text)
    assert got.rows == rows and got.vague_sentences == vague == [0]
    assert "reported" in [r[0] for r in rows]


@pytest.mark.parametrize("text", LAZY + EXISTENTIAL)
def test_framed_holds_every_sentence_with_a_frame(text):
    doc = Document(text)
    from framing.engine.text import sentence_spans

    sentences = sentence_spans(text)
    cues = load_cues()
    found = cue_scan._candidates(cues, doc.low, [s for s, _ in sentences])
    for si, (s, e) in enumerate(sentences):
        if frame_rules.frames(SentenceView(doc.norm, s, e, [], cues, {}, None), cues):
            assert si in found.framed, (si, text)
