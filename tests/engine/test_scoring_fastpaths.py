"""The fast paths give exactly what the straightforward code gives (no timing here)."""

from __future__ import annotations

import math
import pickle
import random
import re
from collections import Counter

import pandas as pd
import pytest

from framing.engine.analysis import analyze
from framing.engine.lexicon import load_lexicon
from framing.engine.matcher import Matcher, _trie_regex, get_matcher
from framing.engine.readability import mattr
from framing.engine.scoring import score
from framing.engine.sentiment import _vader
from framing.engine.text import lower_same_length, normalize_for_matching, sentence_spans
from tests._lex import write_lexicon

EDGE_TEXTS = [
    "",
    "   \n\t ",
    "Hegemony! hegemonic-minded 'so-called' \u201cWest\u201d. The US-led bloc; NATO's expansion.",
    "\u017fome 5 dollars; about US$5; around 10 people. \u212aidnapped. \u0130stanbul accused.",
    "accusations\naccused\taccusing,blame.blamed-shifting the blame. point the finger",
    "I could not be more clear. It may 5 happen, may 2022. They were not satisfied.",
    "(Cold-war mentality)[zero-sum] win-win co-operation\u2014de-escalation...great power rivalry",
    "Sino-US ties. The West, the west's; Western media. western countries. Zelenskyy.",
]


@pytest.fixture(scope="module")
def builtin():
    return load_lexicon()


@pytest.fixture(scope="module")
def texts(article_body):
    return EDGE_TEXTS + [article_body, article_body[:1000], article_body.upper()[:3000]]


def test_score_equals_analyze_metrics(builtin, texts):
    table = score(texts, lexicon=builtin, progress=False)
    for i, t in enumerate(texts):
        exp = analyze(t, builtin).metrics
        got = table.iloc[i][exp.index].astype("float64")
        pd.testing.assert_series_equal(got, exp, check_names=False, check_exact=True)


def test_lexical_only_equals_full_counts(builtin, texts):
    full = score(texts, lexicon=builtin, progress=False)
    lex = score(texts, lexicon=builtin, progress=False, readability=False, sentiment=False)
    counts = [c for c in full.columns if c.endswith(("_count", "_per_1k")) or c == "tokens"]
    pd.testing.assert_frame_equal(full[counts], lex[counts])
    assert lex["vader_compound_mean"].isna().all() and lex["mattr"].isna().all()


def test_jobs_do_not_change_results(builtin, texts):
    get_matcher(builtin).find("warm the parent's matcher")  # a compiled matcher gets pickled
    docs = texts * 3
    one = score(docs, lexicon=builtin, progress=False)
    two = score(docs, lexicon=builtin, jobs=2, progress=False)
    pd.testing.assert_frame_equal(one, two, check_exact=True)


def test_pickled_matcher_keeps_exclusions(builtin):
    text = "I could not be more clear. It may 5 happen."
    before = get_matcher(builtin).find(text)
    clone = pickle.loads(pickle.dumps(builtin))
    assert get_matcher(clone).find(text) == before


# ---------------------------------------------------------------- matcher detectors
def _brute_pattern_hits(pats, text):
    out = []
    for pos in range(len(text) + 1):
        for cid, entry, rx in pats:
            m = rx.match(text, pos)
            if m is not None and m.end() > pos:
                out.append((cid, entry.pattern, pos, m.end()))
    return out


CUSTOM = """id: custom
label: Custom
definition: d
kind: frame
entries:
  - regex: 'ab+c'
  - regex: '(?a)\\bfoo\\w*'
  - regex: '\\b(x)\\1y'
  - regex: '\\bUS\\$\\d+'
  - regex: '(?<!\\w)-?led\\b'
  - regex: '\\bbar|baz'
  - glob: '*ward'
  - term: plain
"""


def test_pattern_detectors_find_every_hit(tmp_path, builtin, texts):
    d = write_lexicon(tmp_path)
    (d / "custom.yaml").write_text(CUSTOM, encoding="utf-8")
    custom = load_lexicon([d], include_builtin=False)
    extra = ["xxy abbc \u00e9foo foo\u00e9 US$5 us$5 US-led -led baz rebar toward forward"]
    for lex in (builtin, custom):
        m = Matcher(lex, use_hyperscan=False)
        for t in texts + extra:
            norm = normalize_for_matching(t)
            low = lower_same_length(norm)
            for ps, s in ((m._pat_ci, low), (m._pat_cs, norm)):
                got: list = []
                ps.hits(s, got)
                got = [(c, e.pattern, a, b) for c, e, a, b in got]
                assert got == _brute_pattern_hits(ps.pats, s), t[:60]


def test_literal_detector_equals_lookbehind_form(builtin, texts):
    m = Matcher(builtin, use_hyperscan=False)
    for table, detector, lower in ((m._ci, m._ci_re, True), (m._cs, m._cs_re, False)):
        slow = re.compile(r"(?<!\w)(?=(" + _trie_regex(list(table)) + "))")
        for t in texts:
            s = normalize_for_matching(t)
            s = lower_same_length(s) if lower else s
            exp = [(x.start(1), x.group(1)) for x in slow.finditer(s)]
            assert [(x.start(1), x.group(1)) for x in detector.finditer(s)] == exp


def test_sentence_splitter_regression():
    text = 'Hi!! "Yes." no? ok...  Next. U.S. Army. J. Smith. 5. apples\n\n x.\n \nEnd'
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "Hi!!",
        '"Yes."',
        "no?",
        "ok...  Next.",
        "U.S. Army.",
        "J. Smith.",
        "5. apples",
        "x.",
        "End",
    ]


# ---------------------------------------------------------------- readability / VADER
def _mattr_loop(tokens, window=50):
    n = len(tokens)
    if n == 0:
        return math.nan
    if n <= window:
        return len(set(tokens)) / n
    counts = Counter(tokens[:window])
    types = total = len(counts)
    for i in range(window, n):
        out, new = tokens[i - window], tokens[i]
        if out != new:
            counts[out] -= 1
            types -= counts[out] == 0
            counts[new] += 1
            types += counts[new] == 1
        total += types
    return total / ((n - window + 1) * window)


def test_mattr_equals_moving_window_loop(article_body):
    rng = random.Random(7)
    cases = [article_body.lower().split()]
    cases += [[rng.choice("abcdefg") for _ in range(rng.randint(0, 300))] for _ in range(40)]
    for toks in cases:
        for w in (1, 3, 50):
            a, b = mattr(toks, w), _mattr_loop(toks, w)
            assert (math.isnan(a) and math.isnan(b)) or a == b


def test_vader_analyzer_identical_to_library(article_body):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    base, fast = SentimentIntensityAnalyzer(), _vader()
    sents = [article_body[a:b] for a, b in sentence_spans(article_body)]
    sents += [
        "",
        "  padded  ",
        "never so good",
        "without doubt great",
        "It is not bad at all, but it is NOT GOOD",
        "kind of nice but awful",
        "the least bad",
        "at least good",
        "no no good",
        "no, or not good",
        "I \u2764 it \U0001f600 really",
        "VERY GOOD indeed!!! Really??",
        "sort of okay, kind of meh",
        "He isn't happy; they aren't sad.",
    ]
    for s in sents:
        assert fast.polarity_scores(s) == base.polarity_scores(s), s


def _same(a: dict, b: dict) -> bool:
    return list(a) == list(b) and all(
        a[k] == b[k] or (math.isnan(a[k]) and math.isnan(b[k])) for k in a
    )


@pytest.mark.parametrize(("readability", "sentiment"), [(True, True), (False, True), (True, False)])
def test_stage_batches_give_the_metrics_of_one_text_at_a_time(builtin, readability, sentiment):
    """compute_metrics runs each stage over the whole list; the values (and their order) are
    compute()'s, text by text, also for empty and sentence-less texts and headlines."""
    from framing.engine.analysis import compute, compute_metrics

    texts = [*EDGE_TEXTS, "China accused of coercion: experts", "Lavrov said it may end."]
    batch = compute_metrics(texts, builtin, readability, sentiment)
    alone = [compute(t, builtin, readability, sentiment)[3] for t in texts]
    assert all(_same(a, b) for a, b in zip(alone, batch, strict=True))


def test_score_in_small_batches_is_score_in_one(builtin, monkeypatch):
    """Batch edges change nothing: STAGE_BATCH 3 over 10 texts (4 batches, one short) gives the
    table of one batch, and the progress callback sees every text once."""
    from framing.engine import scoring

    texts = [*EDGE_TEXTS, "China accused of coercion: experts", "Lavrov said it may end."]
    whole = scoring._score_texts(texts, builtin, scoring.Stages())
    monkeypatch.setattr(scoring, "STAGE_BATCH", 3)
    seen: list[int] = []
    small = scoring._score_texts(texts, builtin, scoring.Stages(), done=seen.append)
    assert seen == [3, 3, 3, 1]
    assert pd.DataFrame(small).equals(pd.DataFrame(whole))


def test_a_scored_batch_leaves_no_cyclic_garbage(builtin):
    """Attribution's sentence views and closures refer to each other; they are unlinked when a
    document is done, so reference counting frees them and the paused collector has nothing
    left to walk (before: about 51,000 objects per 256 UNGD speeches)."""
    import gc

    from framing.engine import analysis

    texts = [
        "Lavrov said the West may end its sanctions. He claimed that Kyiv is lying.",
        "China accused of coercion: experts",
        "The US, which accused Beijing of 'genocide', said it would respond. Critics say so.",
    ]
    analysis.compute_metrics(texts, builtin)  # first calls fill caches (lru, compiled cues)
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        analysis.compute_metrics(texts, builtin)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_stage_batches_give_back_the_garbage_collector(builtin, monkeypatch):
    """compute_metrics pauses the cyclic collector for the batch and restores its state: on
    stays on, off stays off, also when a stage fails."""
    import gc

    from framing.engine import analysis

    assert gc.isenabled()
    analysis.compute_metrics(["The US may think so."], builtin)
    assert gc.isenabled()
    gc.disable()
    try:
        analysis.compute_metrics(["The US may think so."], builtin)
        assert not gc.isenabled()
    finally:
        gc.enable()

    def boom(*args):
        assert not gc.isenabled()  # paused while the batch is scored
        raise RuntimeError("stage failed")

    monkeypatch.setattr(analysis, "vader_compound_mean", boom)
    with pytest.raises(RuntimeError, match="stage failed"):
        analysis.compute_metrics(["The US may think so."], builtin)
    assert gc.isenabled()


def test_stage_batches_are_bounded_by_texts_and_characters(monkeypatch):
    from framing.engine import scoring

    monkeypatch.setattr(scoring, "STAGE_BATCH", 3)
    monkeypatch.setattr(scoring, "STAGE_CHARS", 10)
    texts = ["aaaa", "bbbb", "cc", "d", "e", "f", "g", "h" * 25, "i"]
    batches = list(scoring.stage_batches(texts))
    # 4+4 fit, +2 would make 10 (allowed), then three short ones cut by the count; a text longer
    # than the bound gets a batch of its own
    assert batches == [["aaaa", "bbbb", "cc"], ["d", "e", "f"], ["g"], ["h" * 25], ["i"]]
    assert [t for b in batches for t in b] == texts
    assert list(scoring.stage_batches([])) == []
