"""The fast VADER path gives exactly the library's compound (vaderSentiment 3.3.2)."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from vaderSentiment import vaderSentiment as vs

from framing.engine import sentiment as sn
from framing.engine.text import code_points, sentence_spans

BASE = vs.SentimentIntensityAnalyzer()


def _library(sentence: str) -> float:
    return BASE.polarity_scores(sentence)["compound"]


TRICKY = [
    "",
    "   ",
    "  padded good  ",
    "The food is good.",
    "The food is not good.",
    "The food isn't good.",
    "The food isn\u2019t good.",  # curly apostrophe: not a VADER negation
    "It ain't bad, it wasn't awful and it won't hurt.",
    "Never so good.",
    "never this bad",
    "Without doubt a great day.",
    "without any doubt great",
    "It is good but it is terrible.",
    "Good, BUT terrible, but fine.",
    "but",
    "good but",
    "The plan is very good.",
    "The plan is VERY good.",
    "The plan is extremely, incredibly good.",
    "slightly good",
    "The plan is GOOD.",
    "THE PLAN IS GOOD.",  # all caps: no capital emphasis
    "The plan is GOOD and BAD.",
    "kind of nice",
    "It was kind of awful but sort of fine.",
    "kind",
    "That was the least bad option.",
    "at least it was good",
    "very least good",
    "least",
    "no good",
    "no no good",
    "No, or not good",
    "no or nor good",
    "no",
    "He is the bomb.",
    "They cut the mustard.",
    "a hard rock concert, yeah right",
    "It was a bad ass show.",
    "What the hell, this is good!!!",
    "Great?? Great??? Great????",
    "Bad!!!!!!",
    "good :) bad :(",
    ":D <3 lol",
    "I \u2764 it \U0001f600 really",
    "\U0001f600\U0001f600",
    "sad\U0001f622",
    "Not a single good word, nor a bad one.",
    "Despite the good news, rarely happy, seldom sad.",
    "Hardly good, barely fine, scarcely bad.",
    "The deal is dead - it's a dead end.",
    "This is not the most brilliant, but the least awful.",
    "--good-- ((bad)) ..great..",
    "GOOD good GOOD good",
    "ok",
    "\u00c9norme succ\u00e8s, tr\u00e8s bien",
    "\u0130stanbul good \u03a3\u039f\u03a6\u039f\u03a3",
]


@pytest.mark.parametrize("sentence", TRICKY)
def test_compound_equals_library_on_tricky_sentences(sentence):
    fast = sn._vader()
    assert fast.compound(sentence) == _library(sentence)
    assert fast.polarity_scores(sentence) == BASE.polarity_scores(sentence)
    assert sn.vader_compounds(sentence, [(0, len(sentence))]) == [_library(sentence)]


def _rule_word_pool() -> list[str]:
    lexicon = BASE.lexicon
    pool = list(vs.NEGATE) + list(vs.BOOSTER_DICT) + list(vs.SPECIAL_CASES)
    pool += ["no", "nor", "or", "least", "at", "very", "so", "this", "never", "without", "doubt"]
    pool += ["but", "BUT", "kind", "of", "sort", "isn't", "don't", "n't"]
    pool += sorted(lexicon)[::97]  # a spread of lexicon words
    pool += ["good", "bad", "great", "terrible", "happy", "sad", "love", "hate", "war", "peace"]
    pool += ["the", "a", "policy", "people", "we", "they", ":)", ":(", "!", "?", ",", "..."]
    return pool


def _soup(rng: random.Random, pool: list[str], n: int) -> str:
    words = []
    for _ in range(n):
        w = rng.choice(pool)
        r = rng.random()
        if r < 0.15:
            w = w.upper()
        elif r < 0.2:
            w = w.capitalize()
        elif r < 0.27:
            w = rng.choice(["(", '"', "--"]) + w + rng.choice([".", "!", "?", ",", "!!", '"', ")"])
        words.append(w)
    return rng.choice([" ", "  ", " \n"]).join(words) + rng.choice(["", ".", "!", "?", "!!!", "??"])


def test_compound_equals_library_on_random_soups_of_rule_words():
    """Property test: word soups dense in negations, boosters, idioms, caps and 'but'."""
    rng = random.Random(20221)
    pool = _rule_word_pool()
    fast = sn._vader()
    n_nonzero = 0
    for _ in range(3000):
        s = _soup(rng, pool, rng.randint(1, 14))
        expected = _library(s)
        assert fast.compound(s) == expected, s
        n_nonzero += expected != 0
    assert n_nonzero > 2000  # the soups do carry sentiment


def test_document_path_equals_library_per_sentence():
    """:func:`vader_compounds` slices one word list of the whole document; sentence spans that
    cut a word, overlap, are empty or hold only spaces are scored as the library would."""
    rng = random.Random(3)
    pool = _rule_word_pool()
    for _ in range(200):
        sents = [_soup(rng, pool, rng.randint(0, 10)) for _ in range(rng.randint(1, 8))]
        text = " ".join(sents) * rng.choice([1, 40])  # long texts take the numpy path
        spans = sentence_spans(text)
        n = len(text)
        for _ in range(5):  # arbitrary spans, boundaries inside words included
            a = rng.randint(0, n)
            spans.append((a, min(n, a + rng.randint(0, 60))))
        spans.append((n, n))
        got = sn.vader_compounds(text, spans)
        assert got == [_library(text[a:b]) for a, b in spans], text[:200]


def test_document_with_an_emoji_is_scored_per_sentence_by_the_library():
    text = "What a day \U0001f600. It was not good. Bad \U0001f622 news!"
    spans = sentence_spans(text)
    assert len(spans) == 3
    assert sn.vader_compounds(text, spans) == [_library(text[a:b]) for a, b in spans]


def test_mean_over_sentences():
    text = "It is not good. It is great! Nothing here."
    spans = sentence_spans(text)
    expected = sum(_library(text[a:b]) for a, b in spans) / len(spans)
    assert sn.vader_compound_mean(text) == pytest.approx(expected, abs=0)
    assert math.isnan(sn.vader_compound_mean(""))
    assert math.isnan(sn.vader_compound_mean("text", []))


@pytest.mark.mirror
def test_document_path_equals_library_on_white_house_2022(mirror):
    """Every sentence of 60 White House 2022 documents, scored through the document path."""
    from framing.data import datasets

    docs = datasets.load("whitehouse-2022").sort_values("doc_id").head(60)
    n = 0
    for text in docs["text"]:
        spans = sentence_spans(text)
        got = sn.vader_compounds(text, spans)
        for (a, b), g in zip(spans, got, strict=True):
            assert g == _library(text[a:b]), text[a:b][:200]
        n += len(spans)
    assert n > 1000


def test_clear_caches_empties_the_token_and_sentence_caches():
    sn.vader_compounds("Good news. Bad \U0001f622 news.", [(0, 10), (11, 26)])
    scorer = sn._vader().scorer
    assert scorer.stripped and sn._compound.cache_info().currsize
    sn.clear_caches()
    assert not scorer.stripped and not scorer.lowered
    assert sn._compound.cache_info().currsize == 0


# Documents whose sentences take the document-level "plain" path (lexicon words no rule can
# reach, summed without the per-word rules) next to sentences that need the rules; rule words
# at the end of one sentence sit within three words of lexicon words of the next one.
DOCUMENTS = [
    "Good day. Not good. Very good. Good, but bad.",
    "It is not. Good news for all.",  # "not" ends the previous sentence
    "We are so. Happy people win.",
    "Good people win. Never so good!",
    "Peace!!! Peace? Peace?? Peace???? War!",  # emphasis only where ! or ? occurs
    "The GOOD news. The good NEWS. I am HAPPY.",  # capitals: rules, except all-caps
    "THE GOOD NEWS. the good news.",
    "It isn't good. It is good. Don't worry, be happy.",
    "kind of good. Of kind good. A kind man.",
    "At least good. The least good. Good at least.",
    "No good. No. Good. no or nor good.",
    "good " * 60 + ". bad " * 30,
    "\u0130stanbul is great. \u00c9norme succ\u00e8s, great!",
    "He cut the mustard. The bomb is bad. Bad ass.",
    "Great. " * 200,
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_document_level_plain_sentences_equal_library(text):
    spans = sentence_spans(text)
    assert sn.vader_compounds(text, spans) == [_library(text[a:b]) for a, b in spans]
    # the same sentences, with boundaries that cut words (scored one by one)
    cuts = [(max(0, a - 1), max(0, b - 2)) for a, b in spans]
    assert sn.vader_compounds(text, cuts) == [_library(text[a:b]) for a, b in cuts]


def test_plain_sentences_are_those_no_rule_can_reach():
    scorer = sn._vader().scorer
    text = "Good day. Not good. Very good. Good, but bad. The GOOD news. A fine day."
    toks = text.split()
    low = list(map(scorer.lowered.__getitem__, toks))
    hit_pos = np.flatnonzero([w in scorer.lexkeys for w in low])
    codes = np.array([scorer.code_of.get(w, 0) for w in low], dtype=np.int8)
    spans = sentence_spans(text)
    lo, hi, _ = sn._sentence_words(text, spans, None, len(toks))
    first, last = np.searchsorted(hit_pos, lo), np.searchsorted(hit_pos, hi)
    plain = scorer._plain_sentences(toks, codes, hit_pos, lo, hi, first, last)
    # "Good day." is within three words of "Not"; "A fine day." is far from every rule word
    assert plain.tolist() == [False, False, False, False, False, True]


def test_emoji_table_finds_exactly_the_library_emoji_characters():
    """The code point table that sends documents with emojis to the library agrees with the
    library's per-character lookup on every code point, and on texts."""
    analyzer = sn._vader()
    singles = {k for k in analyzer.emojis if len(k) == 1}
    table = analyzer.has_emoji
    assert table.ascii_free
    assert {chr(c) for c in np.flatnonzero(table.table)} == singles
    for text in ["", "plain", "caf\u00e9 \u2014 \u201cquoted\u201d", "\ud800 lone surrogate"]:
        assert not table(text)
    for text in ["\U0001f600", "a \u2764 b", "caf\u00e9 \U0001f622" * 300]:
        assert table(text)
        assert table(text, code_points(text))


def _library_but_check(words, sentiments):
    return vs.SentimentIntensityAnalyzer._but_check(words, list(sentiments))


@pytest.mark.parametrize("seed", range(40))
def test_but_check_equals_the_library(seed):
    """Repeated valences (the library's ``index`` finds the first), values that become equal to
    later ones after scaling, int and float zeros, "but" anywhere (or twice)."""
    rng = random.Random(seed)
    n = rng.randint(1, 30)
    pool = [0, 0, 0, 0.0, 1.5, -1.5, 0.75, 3.0, 2.0, -0.5, 1.0, 0.5, -2.0]
    sentiments = [rng.choice(pool) for _ in range(n)]
    low = [rng.choice(["good", "bad", "the", "x"]) for _ in range(n)]
    for _ in range(rng.randint(1, 2)):
        low[rng.randrange(n)] = "but"
    expected = _library_but_check(low, sentiments)
    got = sn._but_check(low, list(sentiments))
    assert [v for v in got if v] == [v for v in expected if v]
    assert got == expected  # zeros compare equal whatever their type
    assert float(sum(got)) == float(sum(expected))
