"""VADER sentiment (vaderSentiment 3.3.2): per-sentence compounds, exactly as the library scores.

:func:`vader_compounds` scores every sentence of a document and :func:`vader_compound_mean`
averages them. Both give the numbers of the library's
``SentimentIntensityAnalyzer().polarity_scores(sentence)["compound"]`` (tested on tricky
sentences, random word soups of VADER's rule words and every sentence of 60 White House 2022
documents), with less work:

- **Words once per sentence.** A sentence's word list (whitespace split, punctuation strip per
  token, memoised per distinct token) and its lowercase form are built once; the library
  lowercases the whole list again for every rule of every lexicon word.
- **Only lexicon words are visited.** A set intersection (in C) tells whether a sentence holds
  any word of the lexicon; a sentence with none scores 0 without a loop over its words, and in
  the others only the positions of lexicon words are visited (the library calls its rules once
  per word).
- **A lexicon word far from every rule word keeps its lexicon valence.** VADER changes a word's
  valence only through words within three before and two after it: negations (``NEGATE``,
  ``n't``), ``no``, ``least``, ``so``/``this``, boosters, idioms (``SPECIAL_CASES``, multi-word
  boosters) and capitals. When none of the :data:`rule words <_rule_words>` lies in that window
  (one ``isdisjoint`` in C), no rule can fire, so the valence is the lexicon's; otherwise
  :meth:`_Scorer.valence` runs the library's rules (vaderSentiment 3.3.2, transcribed with the
  same arithmetic in the same order). Sentences with ``n't`` anywhere take the rules for every
  word.
- **Plain sentences without a per-word loop.** In a document, one pass codes each
  whitespace token (its lowercase word: lexicon word, rule word, ``but``; looked up once per
  distinct token, the word lists are built only for the sentences the rules score); with
  numpy, a sentence is *plain* when it has no ``but`` and none of its lexicon words is in
  capitals or has a rule word within three words before or two after it in the document (a
  wider window than the library's, which stops at the sentence's ends, so never plain by
  mistake). A plain sentence without ``n't`` scores the sum
  of its lexicon valences, added in order as the library adds them; the others take the rules
  above. Most sentences of speeches and news are plain (74 % on UNGD 2022).
- **Compound only.** ``pos``/``neg``/``neu`` are not needed; the compound is the library's sum,
  punctuation emphasis (skipped when the sentence has no ``!`` or ``?``: it is 0 then),
  ``normalize`` and rounding.
- Emojis (the library first replaces them by their descriptions) and a library whose internals
  moved go through the library's own ``polarity_scores``. Whether a document holds an emoji is
  one numpy lookup per code point (:class:`_EmojiTable`).

Reach-ins (documented because they can break on upgrade): the rule constants and helpers named
in :data:`_VADER_INTERNALS`. ``pyproject.toml`` bounds vaderSentiment to 3.3.x; should the
internals move anyway, the library's unmodified analyzer is used (same numbers, slower) with a
warning once per process (tested).
"""

from __future__ import annotations

import math
import weakref
from functools import lru_cache

from framing.core.errors import InternalsMoved, warn_fallback
from framing.engine import vocabulary
from framing.engine.text import bounded_spans, char_classes, code_points, sentence_spans

#: Names of vaderSentiment 3.3.2 that the fast path relies on.
_VADER_INTERNALS = (
    "NEGATE",
    "BOOSTER_DICT",
    "SPECIAL_CASES",
    "N_SCALAR",
    "C_INCR",
    "normalize",
    "SentiText._strip_punc_if_word",
    "SentimentIntensityAnalyzer.score_valence",
    "SentimentIntensityAnalyzer._but_check",
    "SentimentIntensityAnalyzer._punctuation_emphasis",
)


def _check_vader_internals(vs) -> None:
    for name in _VADER_INTERNALS:
        obj = vs
        for part in name.split("."):
            if not hasattr(obj, part):
                raise InternalsMoved(f"vaderSentiment has no {name}")
            obj = getattr(obj, part)


def _rule_words(vs) -> frozenset[str]:
    """Lowercase words that can change the valence of a nearby lexicon word.

    Every single-word negation and booster, ``no``/``least``/``so``/``this``, and one word of
    each multi-word idiom or booster (its longest: any match of the n-gram needs all its words,
    so needs that one). ``n't`` inside a word is checked separately.
    """
    words = set(vs.NEGATE) | {"no", "least", "so", "this", "never", "without"}
    for key in (*vs.BOOSTER_DICT, *vs.SPECIAL_CASES):
        parts = key.split()
        words.add(max(parts, key=len))  # first longest word (max keeps the first on ties)
    return frozenset(w.lower() for w in words)


_TOKEN_CACHE_SIZE = 200_000
#: Every live :class:`WordCache` (weakly held: a rebuilt scorer's caches are not kept alive),
#: emptied together by :func:`clear_caches`.
_WORD_CACHES: weakref.WeakValueDictionary[int, WordCache] = weakref.WeakValueDictionary()


class WordCache(dict):
    """Word -> ``fn(word)``, computed once per distinct word: ``cache[word]`` (a plain dict
    lookup once computed, several times cheaper than a bounded ``lru_cache`` hit) or
    ``cache(word)``. Emptied when it reaches :data:`_TOKEN_CACHE_SIZE` entries and by
    ``cache_clear()`` (named as for ``functools.lru_cache``)."""

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn
        _WORD_CACHES[id(self)] = self

    def __missing__(self, word: str):
        if len(self) >= _TOKEN_CACHE_SIZE:
            self.clear()
        out = self[word] = self.fn(word)
        return out

    def __call__(self, word: str):
        return self[word]

    def cache_clear(self) -> None:
        self.clear()


def _sentence_words(text: str, sentences, codes, n_words: int):
    """Word ranges of the sentences in ``text.split()``: ``(lo, hi, cut)`` numpy arrays, where
    sentence ``k`` holds words ``lo[k]:hi[k]`` unless ``cut[k]`` (a boundary inside a word);
    None when the whitespace classes disagree with ``str.split`` (never expected)."""
    import numpy as np

    if not sentences or not text:
        return None
    if codes is None:
        codes = (
            np.frombuffer(text.encode("ascii"), np.uint8) if text.isascii() else code_points(text)
        )
    space = char_classes()[codes] == 2
    nonspace = ~space
    starts = np.flatnonzero(nonspace & np.concatenate(([True], space[:-1])))
    if len(starts) != n_words:
        return None
    n = len(text)
    s = np.fromiter((x for x, _ in sentences), dtype=np.int64, count=len(sentences))
    e = np.fromiter((y for _, y in sentences), dtype=np.int64, count=len(sentences))
    joined = nonspace & np.concatenate((nonspace[1:], [False]))  # p and p + 1 both in a word
    cut = ((s > 0) & joined[np.maximum(s - 1, 0)]) | (
        (e < n) & (e > 0) & joined[np.maximum(e - 1, 0)]
    )
    return np.searchsorted(starts, s), np.searchsorted(starts, e), cut


class _Scorer:
    """The library's per-word rules over one sentence's word lists (see the module doc)."""

    def __init__(self, vs, analyzer) -> None:
        self.normalize = vs.normalize
        self.emphasis = analyzer._punctuation_emphasis
        self.lex = lexicon = analyzer.lexicon
        self.lexkeys = frozenset(lexicon)
        self.booster = vs.BOOSTER_DICT
        self.special = vs.SPECIAL_CASES
        self.negate = frozenset(vs.NEGATE)
        self.rule_words = _rule_words(vs)
        # Word codes for numpy: 1 a rule word, 2 "but", 4 a lexicon word (bits, summed).
        self.code_of = dict.fromkeys(self.lexkeys, 4)
        for w in self.rule_words:
            self.code_of[w] = self.code_of.get(w, 0) | 1
        self.code_of["but"] = self.code_of.get("but", 0) | 2
        self.n_scalar, self.c_incr = vs.N_SCALAR, vs.C_INCR
        strip = vs.SentiText._strip_punc_if_word
        self.stripped = WordCache(strip)
        self.lowered = WordCache(lambda token: self.stripped[token].lower())
        # token_code is a column of the token vocabulary, not read through the caches above: a
        # document codes every token, but builds word lists only for the sentences it scores
        self._strip = strip
        self._codes = object()  # the key of this scorer's column in the token vocabulary

    def words(self, text: str) -> tuple[list[str], list[str]]:
        """``SentiText(text).words_and_emoticons`` and its lowercase form."""
        toks = text.split()
        return list(map(self.stripped.__getitem__, toks)), list(map(self.lowered.__getitem__, toks))

    def token_code(self, token: str) -> int:
        """:attr:`code_of` the lowercase word of a whitespace token (0 when none)."""
        return self.code_of.get(self._strip(token).lower(), 0)

    def compounds(
        self, text: str, sentences: list[tuple[int, int]], codes=None, toks=None, encoded=None
    ) -> list[float]:
        """:meth:`compound` of every sentence span, sharing the word lists of the document.

        The document is split into words once (``toks``: ``text.split()`` when already
        computed; ``encoded``: their ids, :func:`framing.engine.vocabulary.encode`); the
        words of a sentence are a slice of that list when no sentence boundary
        cuts a word (checked with numpy; a sentence whose boundary does is scored on its own).
        Sentences without a lexicon word score 0.0 without a loop.
        """
        if toks is None:
            toks = text.split()
        bounds = _sentence_words(text, sentences, codes, len(toks))
        if bounds is None:
            return [self.compound(text[s:e]) for s, e in sentences]
        import numpy as np

        lo, hi, cut = bounds
        if encoded is None:
            encoded = vocabulary.encode(toks)
        # a token's code once per vocabulary (a column), the document's with one numpy gather
        codes = encoded.values(self._codes, self.token_code, np.int8)
        # Lexicon words of sentence k: hit_pos[first[k]:last[k]] (document word positions).
        hit_pos = np.flatnonzero(codes & 4)
        first, last = np.searchsorted(hit_pos, lo), np.searchsorted(hit_pos, hi)
        work = np.flatnonzero((last > first) | cut).tolist()
        plain = self._plain_sentences(toks, codes, hit_pos, lo, hi, first, last) & ~cut
        out = [0.0] * len(sentences)
        lo_l, hi_l, cut_l, plain_l = lo.tolist(), hi.tolist(), cut.tolist(), plain.tolist()
        first_l, last_l, hit_l = first.tolist(), last.tolist(), hit_pos.tolist()
        stripped, lowered = self.stripped.__getitem__, self.lowered.__getitem__
        lex_of, tok_of = self.lex.__getitem__, toks.__getitem__
        score, finish = self._score, self._finish
        for k in work:
            s, e = sentences[k]
            sentence = text[s:e]
            if plain_l[k] and not ("'" in sentence and "n't" in sentence.lower()):
                # every lexicon word keeps its lexicon valence: the library's sum, in order
                hits = hit_l[first_l[k] : last_l[k]]
                out[k] = finish(sentence, float(sum(map(lex_of, map(lowered, map(tok_of, hits))))))
            elif cut_l[k]:
                out[k] = self.compound(sentence)
            else:
                a, b = lo_l[k], hi_l[k]
                positions = [p - a for p in hit_l[first_l[k] : last_l[k]]]
                words = toks[a:b]
                out[k] = score(
                    sentence, list(map(stripped, words)), list(map(lowered, words)), positions
                )
        return out

    def _plain_sentences(self, toks, codes, hit_pos, lo, hi, first, last):
        """Boolean per sentence: no ``but`` and no lexicon word that a rule could reach, i.e.
        none in capitals and none with a :data:`rule word <_rule_words>` within three words
        before or two after it in the document (a superset of the library's window, which
        stops at the sentence's ends). ``n't`` is checked per sentence by the caller.
        ``codes``: :attr:`code_of` of each lowercase word of the document."""
        import numpy as np

        n = len(codes)
        rule = np.concatenate(([0], np.cumsum(codes & 1)))
        near = rule[np.minimum(hit_pos + 3, n)] > rule[np.maximum(hit_pos - 3, 0)]
        stripped = self.stripped.__getitem__
        hit_words = map(stripped, map(toks.__getitem__, hit_pos.tolist()))
        upper = np.fromiter(map(str.isupper, hit_words), dtype=bool, count=len(hit_pos))
        ruled = np.concatenate(([0], np.cumsum(near | upper)))
        but = np.concatenate(([0], np.cumsum((codes >> 1) & 1)))
        return (ruled[last] == ruled[first]) & (but[hi] == but[lo])

    def sentiments(self, text: str, words: list[str], low: list[str], positions=None) -> list:
        """The valence per word that ``polarity_scores`` collects, before ``_but_check``
        (``positions``: those of the lexicon words in ``low``, when already known)."""
        n = len(words)
        sentiments: list = [0] * n
        if positions is None:
            hits = self.lexkeys.intersection(low)
            if not hits:
                return sentiments
            positions = [i for i, w in enumerate(low) if w in hits]
        elif not positions:
            return sentiments
        n_up = sum(map(str.isupper, words))
        is_cap_diff = 0 < n - n_up < n
        rules_everywhere = "'" in text and "n't" in text.lower()
        lex, rule_words, valence = self.lex, self.rule_words, self.valence
        booster = self.booster
        for i in positions:
            w = low[i]
            if w in booster or (i < n - 1 and w == "kind" and low[i + 1] == "of"):
                continue  # polarity_scores appends 0 for "kind of"
            if (
                rules_everywhere
                or (is_cap_diff and words[i].isupper())
                or not rule_words.isdisjoint(low[i - 3 if i > 3 else 0 : i + 3])
            ):
                sentiments[i] = valence(words, low, i, is_cap_diff)
            else:
                sentiments[i] = lex[w]
        return sentiments

    def _negated1(self, w: str) -> bool:  # vs.negated([w]) for one lowercase word
        return w in self.negate or "n't" in w

    def valence(self, words: list[str], low: list[str], i: int, is_cap_diff: bool) -> float:
        """``sentiment_valence`` of lexicon word ``i`` (vaderSentiment 3.3.2, with
        ``scalar_inc_dec``, ``_negation_check``, ``_special_idioms_check`` and
        ``_least_check`` inlined; same arithmetic in the same order)."""
        lex, booster, n_scalar, c_incr = self.lex, self.booster, self.n_scalar, self.c_incr
        item, w = words[i], low[i]
        valence = lex[w]
        if w == "no" and i != len(words) - 1 and low[i + 1] in lex:
            valence = 0.0
        if (
            (i > 0 and low[i - 1] == "no")
            or (i > 1 and low[i - 2] == "no")
            or (i > 2 and low[i - 3] == "no" and low[i - 1] in ["or", "nor"])
        ):
            valence = lex[w] * n_scalar
        if item.isupper() and is_cap_diff:
            if valence > 0:
                valence += c_incr
            else:
                valence -= c_incr
        for start_i in range(0, 3):
            if i > start_i and low[i - (start_i + 1)] not in lex:
                prev = words[i - (start_i + 1)]
                s = 0.0  # scalar_inc_dec(prev, valence, is_cap_diff)
                prev_low = prev.lower()
                if prev_low in booster:
                    s = booster[prev_low]
                    if valence < 0:
                        s *= -1
                    if prev.isupper() and is_cap_diff:
                        if valence > 0:
                            s += c_incr
                        else:
                            s -= c_incr
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = self._negation(valence, low, start_i, i)
                if start_i == 2:
                    valence = self._idioms(valence, low, i)
        # _least_check
        if i > 1 and low[i - 1] not in lex and low[i - 1] == "least":
            if low[i - 2] != "at" and low[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and low[i - 1] not in lex and low[i - 1] == "least":
            valence = valence * n_scalar
        return valence

    def _negation(self, valence: float, low: list[str], start_i: int, i: int) -> float:
        n_scalar = self.n_scalar
        if start_i == 0 and self._negated1(low[i - 1]):
            valence = valence * n_scalar
        if start_i == 1:
            if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
                valence = valence * 1.25
            elif low[i - 2] == "without" and low[i - 1] == "doubt":
                valence = valence
            elif self._negated1(low[i - 2]):
                valence = valence * n_scalar
        if start_i == 2:
            if (
                low[i - 3] == "never"
                and (low[i - 2] == "so" or low[i - 2] == "this")
                or (low[i - 1] == "so" or low[i - 1] == "this")
            ):
                valence = valence * 1.25
            elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                valence = valence
            elif self._negated1(low[i - 3]):
                valence = valence * n_scalar
        return valence

    def _idioms(self, valence: float, low: list[str], i: int) -> float:
        special, booster = self.special, self.booster
        onezero = f"{low[i - 1]} {low[i]}"
        twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
        twoone = f"{low[i - 2]} {low[i - 1]}"
        threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
        threetwo = f"{low[i - 3]} {low[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in special:
                valence = special[seq]
                break
        if len(low) - 1 > i:
            zeroone = f"{low[i]} {low[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
        if len(low) - 1 > i + 1:
            zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in booster:
                valence = valence + booster[n_gram]
        return valence

    def compound(self, text: str) -> float:
        """``polarity_scores(text)["compound"]`` of a text without emojis."""
        words, low = self.words(text)
        return self._score(text, words, low)

    def _score(self, text: str, words: list[str], low: list[str], positions=None) -> float:
        sentiments = self.sentiments(text, words, low, positions)
        if "but" in low:
            sentiments = _but_check(low, sentiments)
        return self._finish(text, float(sum(sentiments)))

    def _finish(self, text: str, sum_s: float) -> float:
        """``score_valence``'s compound from the sum of the valences."""
        if sum_s == 0:  # no words, no sentiment or it cancels out: score_valence gives 0.0
            return 0.0
        if "!" not in text and "?" not in text:  # the library's emphasis would be 0.0
            return round(self.normalize(sum_s), 4)
        emphasis = self.emphasis(text)
        if sum_s > 0:
            sum_s += emphasis
        else:
            sum_s -= emphasis
        return round(self.normalize(sum_s), 4)


def _but_check(low: list[str], sentiments: list) -> list:
    """The library's ``_but_check(words, sentiments)`` (``low``: the words lowercased, as it
    lowercases them), with its quirks (``sentiments.index`` finds the *first* equal valence),
    visiting only the non-zero valences.

    Exact: step ``k`` of the library's loop only rewrites a position at or before ``k`` (the
    first one holding the value of position ``k``), so every position still holds its
    original value when its step comes; a zero valence's step rewrites a zero as a zero
    (``0 * 0.5``), which neither changes the sum nor what ``index`` finds for a non-zero value.
    Each rewrite is an assignment where the library pops and inserts at the same index.
    """
    bi = low.index("but")
    index = sentiments.index
    for k in [i for i, v in enumerate(sentiments) if v]:
        v = sentiments[k]
        si = index(v)
        if si < bi:
            sentiments[si] = v * 0.5
        elif si > bi:
            sentiments[si] = v * 1.5
    return sentiments


class _EmojiTable:
    """Whether a document holds one of the library's single-character emojis (it looks each
    character of a text up in its emoji table): one numpy lookup per code point instead of a
    set lookup per character. When no emoji is ASCII (vaderSentiment 3.3.2), ASCII texts are
    known to hold none without a lookup."""

    def __init__(self, chars) -> None:
        import numpy as np

        codes = [ord(c) for c in chars]
        self.ascii_free = min(codes, default=128) >= 128
        self.table = np.zeros(0x110000, dtype=bool)
        self.table[codes] = True

    def __call__(self, text: str, codes=None) -> bool:
        """``codes``: the code points of ``text`` (:func:`~framing.engine.text.code_points`)."""
        if self.ascii_free and text.isascii():
            return False
        if codes is None:
            codes = code_points(text)
        return bool(self.table[codes].any())


@lru_cache(maxsize=1)
def _vader():
    """One VADER analyzer per process (loading its lexicon takes ~0.1 s): the fast analyzer,
    or the library's own when its internals moved."""
    from vaderSentiment import vaderSentiment as vs

    try:
        _check_vader_internals(vs)
    except InternalsMoved as exc:
        warn_fallback("vaderSentiment", exc)
        return vs.SentimentIntensityAnalyzer()

    class FastAnalyzer(vs.SentimentIntensityAnalyzer):
        """The library's analyzer whose ``polarity_scores`` uses the shared word lists and
        skips words no rule can reach (:class:`_Scorer`); identical results (tested)."""

        def polarity_scores(self, text):
            if not self._emoji_chars.isdisjoint(text):  # the library converts emojis first
                return super().polarity_scores(text)
            text = text.strip()  # the library's character loop rebuilds it unchanged
            sc = self.scorer
            words, low = sc.words(text)
            sentiments = self._but_check(words, sc.sentiments(text, words, low))
            return self.score_valence(sentiments, text)

        def compound(self, text: str) -> float:
            """``polarity_scores(text)["compound"]``, computing only the compound."""
            if not self._emoji_chars.isdisjoint(text):
                return super().polarity_scores(text)["compound"]
            return self.scorer.compound(text)

    analyzer = FastAnalyzer()
    analyzer.scorer = _Scorer(vs, analyzer)
    analyzer._emoji_chars = frozenset(k for k in analyzer.emojis if len(k) == 1)
    analyzer.has_emoji = _EmojiTable(analyzer._emoji_chars)
    return analyzer


@lru_cache(maxsize=65_536)
def _compound(sentence: str) -> float:
    """VADER compound of one sentence (cached: boilerplate sentences recur across documents)."""
    analyzer = _vader()
    if hasattr(analyzer, "compound"):
        return analyzer.compound(sentence)
    return analyzer.polarity_scores(sentence)["compound"]


def clear_caches() -> None:
    """Empty the per-process caches (sentence compounds, token strips); for cold timings."""
    if hasattr(_compound, "cache_clear"):  # benchmarks/run.py swaps out the sentence cache
        _compound.cache_clear()
    # VADER's token strips, readability's word types and tokens
    for cache in list(_WORD_CACHES.values()):
        cache.clear()
    vocabulary.clear()  # the token ids and their columns (VADER codes, readability, MATTR)


def vader_compounds(
    text: str, sentences: list[tuple[int, int]], codes=None, tokens=None, encoded=None
) -> list[float]:
    """VADER compound of each sentence span of ``text`` (``codes``: its code points as from
    :func:`framing.engine.text.code_points`, ``tokens``: ``text.split()``, ``encoded``: their
    ids from :func:`framing.engine.vocabulary.encode`, when already computed)."""
    analyzer = _vader()
    scorer = getattr(analyzer, "scorer", None)
    if scorer is None:
        return [_compound(text[s:e]) for s, e in sentences]  # the library's analyzer
    if codes is None and not text.isascii():
        codes = code_points(text)
    if analyzer.has_emoji(text, codes):
        return [_compound(text[s:e]) for s, e in sentences]  # emojis: per sentence
    return scorer.compounds(text, sentences, codes, tokens, encoded)


def vader_compound_mean(
    text: str,
    sentences: list[tuple[int, int]] | None = None,
    codes=None,
    tokens=None,
    encoded=None,
) -> float:
    """Mean VADER compound score over sentences (NaN without sentences).

    A sentence longer than :data:`~framing.engine.text.MAX_SENTENCE_CHARS` counts as windows of
    that length (:func:`~framing.engine.text.bounded_spans`): the library is quadratic in the
    length of a sentence with many "but"s, and no real sentence is that long.
    """
    if sentences is None:
        sentences = sentence_spans(text)
    if not sentences:
        return math.nan
    sentences = bounded_spans(text, sentences)
    scores = vader_compounds(text, sentences, codes, tokens, encoded)
    return sum(scores) / len(scores)
