import math
import os
import random
import subprocess
import sys

import numpy as np
import pyphen
import pytest
import textstat

from framing.engine import readability as rd
from framing.engine.readability import mattr, readability
from framing.engine.resources import ensure_cmudict

TEXTS = [
    "",
    "Hello world. This is it.",
    "Don't stop 'n rock's \"quoted\" words\u2014dash. 1,000.5 x",
    "The hegemony of arbitrarily twisted international affairs! Really? Yes...",
]


def test_equals_textstat(article_body):
    ensure_cmudict()
    for t in TEXTS + [article_body, article_body[:500]]:
        r = readability(t)
        assert abs(r["flesch_reading_ease"] - textstat.flesch_reading_ease(t)) < 1e-9
        assert abs(r["flesch_kincaid_grade"] - textstat.flesch_kincaid_grade(t)) < 1e-9
        assert abs(r["gunning_fog"] - textstat.gunning_fog(t)) < 1e-9


# Tricky text for the syllable and difficult-word caches, the pyphen count and the ASCII fast
# path of difficult words: contractions, possessives, hyphens, numbers, underscores, non-ASCII
# letters whose lowercase form is longer ("\u0130"), ligatures, all caps, one word, long text.
TRICKY = [
    "",
    "   ",
    "Word",
    "Incomprehensibility.",
    "Don't won't can't shouldn't've y'all 'tis rock 'n' roll o'clock.",
    "The people's republic; the peoples' republics. James' hat.",
    "Well-known, state-of-the-art, co-operation -- re-elected — self–determination.",
    "In 2022, 1,000.5 people paid $3.50 (12%) on 24/03/2022 at 10:30.",
    "snake_case_identifier and __dunder__ names",
    "İstanbul İSTİKLAL naïve café élève ÜBERMENSCH straße",
    "ﬁnancial ﬂuctuations: an unpredictable ﬁscal environment.",
    "UNITED NATIONS GENERAL ASSEMBLY. UNPRECEDENTED MULTILATERALISM!",
    "ΕΛΛΑΔΑ ΑΘΗΝΑ Москва 北京 is far.",
    "a. b. c. d e f. g!",
    "Xylophonist Zbigniew Brzezinski's unpronounceable Szczebrzeszyn pseudopseudohypoparathyroidism.",
    " ".join(["The international community must act decisively and immediately."] * 200),
]


@pytest.mark.parametrize("text", TRICKY)
def test_equals_textstat_on_tricky_text(text):
    ensure_cmudict()
    textstat.set_lang("en_US")
    r = readability(text)
    assert abs(r["flesch_reading_ease"] - textstat.flesch_reading_ease(text)) < 1e-9
    assert abs(r["flesch_kincaid_grade"] - textstat.flesch_kincaid_grade(text)) < 1e-9
    assert abs(r["gunning_fog"] - textstat.gunning_fog(text)) < 1e-9


@pytest.mark.parametrize("text", TRICKY)
def test_difficult_words_and_syllables_equal_textstat_per_word(text):
    ensure_cmudict()
    textstat.set_lang("en_US")
    for word in rd._list_words(text):
        assert rd._difficult[word] == textstat.is_difficult_word(word, 3), word
        syllables = sum(rd._syllables_lower[x] for x in rd._list_words(word))
        assert syllables == textstat.syllable_count(word), word


PYPHEN_WORDS = [
    "",
    "a",
    "ab",
    "abc",
    "hyphenation",
    "HYPHENATION",
    "İstanbul",  # lowercase form one character longer
    "co-operation",
    "don't",
    "x" * 80,  # longer than any pattern
    "ǅemal",
    "ﬁnance",
    "straße",
    "123",
    "e.g",
    "pseudopseudohypoparathyroidism",
]


@pytest.mark.parametrize("word", PYPHEN_WORDS)
def test_pyphen_count_equals_pyphen(word):
    count = rd._resources()[1]
    assert count(word) == len(pyphen.Pyphen(lang="en_US").positions(word))


def test_pyphen_count_equals_pyphen_on_cmudict_sample():
    cmu, count, _, _ = rd._resources()
    reference = pyphen.Pyphen(lang="en_US")
    words = sorted(cmu)[::40]
    assert len(words) > 2500
    assert [count(w) for w in words] == [len(reference.positions(w)) for w in words]


def test_cmudict_syllables_equal_textstat_on_the_whole_dictionary():
    """The one-pass file reader gives textstat's count for every word NLTK's reader gives."""
    from textstat.backend.utils._get_cmudict import get_cmudict

    root = ensure_cmudict()
    reference = get_cmudict.__wrapped__("en_US")
    expected = {w: sum(1 for p in prons[0] if p[-1].isdigit()) for w, prons in reference.items()}
    assert len(expected) > 100_000
    assert rd.cmudict_syllables(root / "corpora" / "cmudict" / "cmudict") == expected


def test_cmudict_syllables_reads_nltk_format(tmp_path):
    f = tmp_path / "cmudict"
    f.write_text("READ 1 R EH1 D\nREAD 2 R IY1 D\n\n  \nA 1 AH0\nRHYTHM 1 R IH1 DH AH0 M\n")
    assert rd.cmudict_syllables(f) == {"read": 1, "a": 1, "rhythm": 2}


def test_word_caches_clear_and_stay_bounded(monkeypatch):
    from framing.engine import sentiment as sn

    rd._syllables_lower["hyphenation"]
    assert "hyphenation" in rd._syllables_lower
    rd._syllables_lower.cache_clear()
    assert not rd._syllables_lower
    monkeypatch.setattr(sn, "_TOKEN_CACHE_SIZE", 3)
    for w in ["one", "two", "three", "four"]:
        assert rd._difficult(w) is False
    assert len(rd._difficult) == 1  # emptied when full


def _mattr_reference(tokens, window=50):
    """The definition: types of every window of ``min(window, n)`` tokens, one at a time."""
    if not tokens:
        return math.nan
    width = min(window, len(tokens))
    starts = range(len(tokens) - width + 1)
    return sum(len(set(tokens[s : s + width])) for s in starts) / (len(starts) * width)


_RNG = random.Random(17)
MATTR_CASES = {
    "empty": [],
    "one token": ["word"],
    "one window": [f"w{i % 7}" for i in range(50)],
    "window plus one": [f"w{i % 7}" for i in range(51)],
    "all the same": ["the"] * 120,
    "all distinct": [f"w{i}" for i in range(120)],
    "contractions and hyphens": ["don't", "do", "n't", "well-known", "well", "known", "don't"] * 20,
    "non-ascii": ["İstanbul", "i̇stanbul", "café", "café", "ß", "ss"] * 15,
    "numbers": [str(_RNG.randint(0, 30)) for _ in range(300)],
    "long random": [_RNG.choice("abcdefghijklmnopqrstuvwxyz") * 2 for _ in range(3000)],
}


@pytest.mark.parametrize("tokens", MATTR_CASES.values(), ids=MATTR_CASES.keys())
@pytest.mark.parametrize("window", [1, 3, 50])
def test_mattr_equals_reference(tokens, window):
    got, expected = mattr(tokens, window), _mattr_reference(tokens, window)
    assert (math.isnan(got) and math.isnan(expected)) or got == expected


def test_mattr():
    assert math.isnan(mattr([]))
    assert mattr(["a", "b", "a"]) == 2 / 3
    toks = ["a", "b"] * 60
    assert mattr(toks, window=50) == 2 / 50


def test_offline_empty_home(tmp_path, article_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NLTK")}
    env.update(
        HOME=str(tmp_path),
        FRAMING_NLTK_DATA=str(tmp_path / "nltk"),
        XDG_CACHE_HOME=str(tmp_path / "c"),
    )
    code = (
        "import sys, nltk; nltk.download = lambda *a, **k: sys.exit('download');"
        "from framing.engine.readability import text_metrics;"
        "print(text_metrics(open(sys.argv[1]).read())['flesch_reading_ease'])"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(article_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert 0 < float(proc.stdout) < 80


# ------------------------------------------------- whitespace tokens shared with MATTR and VADER
SPLIT_CASES = TRICKY + [
    "U.S.-led e.g. a.b. U.S. 1,000.5 3:30 x-y 's rock'n'roll Washington\u2019s -5 .5 'quoted'",
    "tab\tnew\nline\rcr\x0bvt\x0cff\x1cfs\x1dgs\x1ers\x1fus\x85nel\xa0nbsp\u2028ls\u3000ideo",
    "end. U.S.\u00a0forces, 1,000\u2009km\u202fnarrow\u205fmath: a'\u00a0'b n'\tt",
    "'tis 'twas don' t isn 't ' ' '' ''' -- -x- .,:",
]


def test_split_whitespace_is_regex_whitespace_and_never_a_word_character():
    """What makes the whitespace-token shortcuts exact, over all code points: every character
    ``str.split`` splits on is ``\\s`` for ``re`` (readability's punctuation removal never
    joins two tokens) and neither a word character nor one WORD_RE joins words with (no
    MATTR token crosses a whitespace token's edge)."""
    import re

    space, word = re.compile(r"\s"), re.compile(r"[\w.,:'\u2019-]")
    splits = [c for c in map(chr, range(sys.maxunicode + 1)) if len(("a" + c + "a").split()) == 2]
    assert len(splits) > 20
    assert all(space.match(c) and not word.match(c) for c in splits)


@pytest.mark.parametrize("text", SPLIT_CASES)
def test_mattr_tokens_equal_the_token_regex(text):
    from framing.engine.text import WORD_RE

    assert rd.mattr_tokens(text) == [w.lower() for w in WORD_RE.findall(text)]
    assert rd.mattr_tokens(text, text.split()) == rd.mattr_tokens(text)


@pytest.mark.parametrize("text", SPLIT_CASES)
def test_token_counts_equal_the_word_list(text):
    ensure_cmudict()
    words = rd._list_words(text)
    assert rd.token_counts(text.split()) == (
        len(words),
        sum(map(rd._syllables_lower.__getitem__, words)),
        sum(map(rd._difficult.__getitem__, words)),
    )


#: Letters-only tokens take a shortcut in _token_counts and mattr_word_ids: cmudict words,
#: words pyphen counts (not in cmudict), easy words of three syllables (not difficult), capitals
#: and a non-ASCII word (no shortcut).
LETTER_TOKENS = ["the", "The", "THE", "Government", "family", "hegemony", "Hegemony", "mentality", "Zelenskyy",
                 "xinjiang", "geopolitics", "a", "I", "about", "ABOUT", "unilateralism", "Straße"]  # fmt: skip


@pytest.mark.parametrize("token", LETTER_TOKENS)
def test_the_letter_token_shortcut_counts_as_the_word_list(token):
    ensure_cmudict()
    words = rd._list_words(token)
    assert rd._token_counts(token) == (
        len(words),
        sum(map(rd._syllables_lower.__getitem__, words)),
        sum(map(rd._difficult.__getitem__, words)),
    )
    assert rd.mattr_tokens(token) == [token.lower()]


def test_letter_tokens_share_a_number_with_their_lowercase_form():
    ids = rd.mattr_word_ids(["The", "the", "THE", "war", "War.", "war,"]).tolist()
    assert ids[:3] == [ids[0]] * 3 and ids[3:] == [ids[3]] * 3 and ids[0] != ids[3]


@pytest.mark.parametrize("text", SPLIT_CASES)
def test_mattr_word_ids_number_the_mattr_tokens(text):
    """Equal numbers exactly for equal words, in the order of :func:`mattr_tokens`."""
    words = rd.mattr_tokens(text)
    ids = rd.mattr_word_ids(text.split()).tolist()
    assert len(ids) == len(words)
    assert len(set(zip(words, ids, strict=True))) == len(set(words)) == len(set(ids))
    expected, got = rd.mattr(words), rd.mattr_of_ids(np.array(ids, dtype=np.int64))
    assert got == expected or (math.isnan(got) and math.isnan(expected))


MIRROR_CORPORA = [
    "ungd-2022",
    "whitehouse-2022",
    "media-rt-2022",
    "media-western-2022",
    "chinadaily-opinion-2012-2019",
]


@pytest.mark.mirror
@pytest.mark.parametrize("corpus", MIRROR_CORPORA)
def test_whitespace_token_shortcuts_on_the_mirror_corpora(mirror, corpus):
    """MATTR's tokens and readability's word list, rebuilt from whitespace tokens, equal the
    whole-text regexes on every document of the corpus."""
    from framing.data import datasets
    from framing.engine.text import WORD_RE

    ensure_cmudict()
    texts = datasets.load(corpus)["text"]
    for text in texts:
        tokens = text.split()
        assert rd.mattr_tokens(text, tokens) == [w.lower() for w in WORD_RE.findall(text)]
        words = rd._list_words(text)
        assert [w for t in tokens for w in rd._list_words(t)] == words
        assert rd.token_counts(tokens)[0] == len(words)
        ids = rd.mattr_word_ids(tokens)
        assert rd.mattr_of_ids(ids) == pytest.approx(rd.mattr(rd.mattr_tokens(text)), abs=0)
    assert len(texts) > 100


@pytest.mark.parametrize("n", [65_535, 65_536, 65_537])
def test_mattr_equals_reference_around_the_radix_sort_limit(n):
    """Up to 65 536 tokens the ids are sorted as uint16 (radix sort), beyond as int64."""
    rng = random.Random(n)
    tokens = [f"w{int(rng.paretovariate(1.2)) % 5000}" for _ in range(n)]
    tokens[-1] = "last"  # a new type at the last id
    assert mattr(tokens) == _mattr_reference(tokens, 50)
