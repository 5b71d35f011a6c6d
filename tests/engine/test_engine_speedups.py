"""The fast engine paths give exactly what the slow reference implementations give.

References (``tests/engine/_reference.py``): brute-force matching (every entry at every start),
the sentence splitter as first written, ``len(WORD_RE.findall(text))``. The Hyperscan scan and
the regex detectors of the matcher are also checked against each other.
"""

from __future__ import annotations

import pickle
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.engine import multiscan
from framing.engine.document import Document
from framing.engine.lexicon import load_lexicon
from framing.engine.matcher import Matcher
from framing.engine.text import (
    _MAP,
    _MAP_RE,
    code_points,
    count_words,
    normalize_for_matching,
    sentence_spans,
)
from tests._lex import write_lexicon
from tests.engine._reference import (
    reference_hits,
    reference_sentence_spans,
    reference_word_count,
)
from tests.engine.test_scoring_fastpaths import CUSTOM, EDGE_TEXTS

needs_hyperscan = pytest.mark.skipif(not multiscan.available(), reason="hyperscan not installed")

TOKEN_CASES = [
    "",
    "a",
    "U.S.-led West's e.g. 1,000.5 don't US-led",
    "1.5km 2,000th 10:30am a.b.c U.S.A. www.un.org x.-y",
    "3.5. 1,000-year e.g.-style co-operation's \u2019tis rock\u2019n\u2019roll",
    "\u00e9t\u00e9 \u212aelvin \u00b2\u00b3 \u0661\u0662.\u0663 _under_score_ a_b-c'd",
    "--x-- ''y'' .z. ,w, :v:",
]
TOKEN_ALPHABET = "aZ1_ .,:'\u2019-\u00e9\u00b2\u212a\u0661\n\t\"("


@pytest.mark.parametrize("text", TOKEN_CASES)
def test_count_words_table(text):
    long = (text + " ") * 400  # above the size where numpy takes over
    assert count_words(text, code_points(text)) == reference_word_count(text)
    assert count_words(long) == reference_word_count(long)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=TOKEN_ALPHABET, max_size=60))
def test_count_words_equals_token_regex(text):
    assert count_words(text, code_points(text)) == reference_word_count(text)


SENTENCE_PIECES = [
    "a", "Z", "1", " ", ".", "?", "!", "\n", "\n\n", "  \n", "Mr", "mr.", "MRS.", "dr.", "J.",
    "5.", '"', "'", ")", "\u201c", "(", "-", "U.S.", "...", ",", "\t", "est.", "honest.",
    "\u212ao.", "x-Gen.", "first.", "No.", "Co.",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=30))
def test_sentence_spans_equal_reference(pieces):
    text = "".join(pieces)
    assert sentence_spans(text) == reference_sentence_spans(text)


def test_sentence_spans_equal_reference_on_article(article_body):
    assert sentence_spans(article_body) == reference_sentence_spans(article_body)


def test_normalize_vectorised_equals_regex():
    text = "\u201cUS\u201d \u2014 West\u2019s\u00a0\ufb01ne \u2018x\u2019 caf\u00e9 " * 300
    assert normalize_for_matching(text) == _MAP_RE.sub(lambda m: _MAP[m.group()], text)
    assert normalize_for_matching("caf\u00e9 " * 1000) == "caf\u00e9 " * 1000


def test_document_shares_one_preparation(article_body):
    doc = Document(article_body * 3)
    assert doc.n_tokens == reference_word_count(doc.text)
    assert doc.sentences == reference_sentence_spans(doc.text)
    assert len(doc.norm) == len(doc.low) == len(doc.text)
    assert doc.n_tokens == len(doc.words) == len(doc.tokens)


def test_to_bytes_keeps_offsets_and_classes():
    s = "a\u00e9 \u2028b\u00a7\u0661_"
    b = multiscan.to_bytes(s)
    assert len(b) == len(s)
    assert b == b"a_ \x20b\x7f__"


@pytest.fixture(scope="module")
def builtin():
    return load_lexicon()


def _spans(matches):
    return [(m.category, m.term, m.start, m.end) for m in matches]


def _random_texts(article_body, n=40, seed=3):
    rng = random.Random(seed)
    words = re.findall(r"\S+", article_body) + [
        "US-led", "U.S.", "the West", "Western", "Russians", "so-called", "not", "n't", "NATO's",
        "co-operation", "cold-war", "\u201cWest\u201d", "we", "WE", "Sino-US", "smear", "tests",
        "\u212aidnapped", "\u0130stanbul", "caf\u00e9", "accus", "accused", "\n\n", "blame",
    ]  # fmt: skip
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 200))) for _ in range(n)]


@needs_hyperscan
def test_hyperscan_and_regex_detectors_agree(builtin, article_body, tmp_path):
    d = write_lexicon(tmp_path)
    (d / "custom.yaml").write_text(CUSTOM, encoding="utf-8")
    custom = load_lexicon([d], include_builtin=False)
    texts = EDGE_TEXTS + [article_body, article_body.upper()] + _random_texts(article_body)
    for lex in (builtin, custom):
        fast, slow = Matcher(lex, use_hyperscan=True), Matcher(lex, use_hyperscan=False)
        assert fast._scan_ci is not None
        for t in texts:
            spans = sentence_spans(t)
            assert fast.find(t, spans) == slow.find(t, spans), t[:80]


@pytest.mark.parametrize("use_hyperscan", [False, True])
def test_matcher_equals_brute_force(builtin, article_body, use_hyperscan):
    if use_hyperscan and not multiscan.available():
        pytest.skip("hyperscan not installed")
    m = Matcher(builtin, use_hyperscan=use_hyperscan)
    for t in EDGE_TEXTS + [article_body] + _random_texts(article_body, n=15):
        assert _spans(m.find(t)) == reference_hits(t, builtin), t[:80]


@needs_hyperscan
def test_pickled_hyperscan_matcher(builtin, article_body):
    m = Matcher(builtin)
    clone = pickle.loads(pickle.dumps(m))
    assert clone._scan_ci is not None
    assert clone.find(article_body) == m.find(article_body)


@needs_hyperscan
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcstw -'\u00e9K\n", max_size=40))
def test_prefix_filters_find_every_start(text):
    """A glob/regex entry's Hyperscan prefix filter reports every start where it matches."""
    for src, flags in [
        (r"\bsmear(?:s|ed|ing)?\b", 0),
        (r"\bwhat\s+(?:\w+\s+){0,3}?(?:calls|called)\b", 0),
        (r"(?<!\w)-?led\b", 0),
        (r"\bthe\s+west(?=[.,]|'s?\b)", re.I),
        (r"\bc\w*t", 0),
        (r"ab+c", re.I),
    ]:
        rx = re.compile(src, flags)
        expr = multiscan.pattern_expr(rx, src.startswith(r"\b"))
        found = {a for _, a, _ in multiscan.MultiScan([expr]).scan(multiscan.to_bytes(text))}
        for pos in range(len(text) + 1):
            mm = rx.match(text, pos)
            if mm is not None and mm.end() > pos:
                assert pos in found, (src, text, pos)
