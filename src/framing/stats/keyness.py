"""Distinctive vocabulary: G² (log-likelihood), log ratio and log-odds with a Dirichlet prior.

Input are term frequencies from :func:`term_counts` (a :class:`collections.Counter`). Every
output table has the raw counts and rates per 1,000 tokens beside the statistic, is sorted
by the statistic with ties broken by term, and records in ``df.attrs["filters"]`` how many
terms each filter removed (nothing is dropped silently). Formulas: ``docs/statistics.md``.
"""

from __future__ import annotations

import math
import numbers
import re
import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from framing.core.errors import InputError
from framing.data.cache import HASH_COL, text_hash
from framing.data.token_cache import cached_counts, document_rows
from framing.engine.compose import compose
from framing.engine.language import ENGLISH_FUNCTION_WORDS
from framing.engine.text import normalize_for_matching, sentence_spans, word_tokens
from framing.stats.groups import bh_adjust

#: Default total prior pseudo-count ``α0`` of :func:`log_odds_dirichlet` (about one document).
DEFAULT_PRIOR_SCALE = 1000.0
#: Pseudo-count given to a term with a zero prior count (and added to zero counts in log ratio).
ZERO_COUNT = 0.5

_AUTO = object()


def _check_min_count(min_count) -> None:
    if isinstance(min_count, bool) or not isinstance(min_count, numbers.Integral) or min_count < 0:
        raise InputError(f"min_count must be an integer >= 0, got {min_count!r}")


def _drop_function_words(drop_function_words: bool, function_words: bool | None) -> bool:
    """The old keyword ``function_words=`` (which removed them) still works, with a warning."""
    if function_words is None:
        return bool(drop_function_words)
    warnings.warn(
        "function_words= is renamed drop_function_words= (True removes the function words; "
        "the CLI's --function-words keeps them)",
        FutureWarning,
        stacklevel=3,
    )
    return bool(function_words)


class TermCounts(Counter):
    """A :class:`~collections.Counter` of terms with how it was made.

    ``n_total`` is the number of n-gram instances before stopword removal (the denominator of
    rates); ``n_docs`` the number of texts; ``stopwords_removed`` the n-gram instances removed.
    """

    ngram: int = 1
    n_docs: int = 0
    n_total: int = 0
    stopwords_removed: int = 0
    sentence_aware: bool = False


def _default_tokenizer(text: str) -> list:
    return word_tokens(text)


def _default_sentences(text: str) -> list[tuple[int, int]]:
    return sentence_spans(text)


def _tokens_by_sentence(
    text: str, tokenizer: Callable, splitter: Callable | None
) -> list[list[str]]:
    """Token strings of ``text`` grouped by sentence (one group if no splitter/offsets)."""
    toks = list(tokenizer(text))
    if not toks:
        return []
    if splitter is None or isinstance(toks[0], str):
        return [[t if isinstance(t, str) else t[0] for t in toks]]
    starts = [s for s, _ in splitter(text)]
    groups: dict[int, list[str]] = {}
    for t in toks:
        groups.setdefault(bisect_right(starts, t[1]) - 1, []).append(t[0])
    return [groups[k] for k in sorted(groups)]


_DOTTED = re.compile(r"^((?:[A-Z]\.){2,})(.*)$")


def _caps(word: str) -> bool:
    """An upper-case word of at least two letters (``US``, ``NATO``, ``THE``)."""
    return word.isupper() and sum(ch.isalpha() for ch in word) >= 2


def fold_case(words: Sequence[str]) -> list[str]:
    """Lowercase word tokens, except upper-case acronyms that would merge with a function word.

    ``U.S.`` and ``US`` become ``US`` and stay apart from the pronoun ``us``; the rule is
    general: an upper-case token of at least two letters whose lowercase form is in
    :data:`~framing.engine.language.ENGLISH_FUNCTION_WORDS` keeps its case (``US``, ``IT``),
    unless it sits in an all-capitals run (both neighbours upper case, as in a headline "ALL OF
    US MUST"), where it is folded. Dotted acronyms lose their dots (``U.N.`` → ``UN`` → ``un``,
    ``U.S.-led`` → ``us-led``), so the dotted and undotted spellings are one term.
    """
    out = []
    n = len(words)
    for i, w in enumerate(words):
        dotted = _DOTTED.match(w)
        if dotted:
            w = dotted.group(1).replace(".", "") + dotted.group(2)
        low = w.lower()
        if _caps(w) and low in ENGLISH_FUNCTION_WORDS:
            neighbours = [words[j] for j in (i - 1, i + 1) if 0 <= j < n]
            shouting = bool(neighbours) and all(_caps(x) for x in neighbours)
            if dotted or not shouting:
                out.append(w)
                continue
        out.append(low)
    return out


def _text_grams(
    text: str, ngram: int, lowercase: bool, tok: Callable, splitter: Callable | None
) -> list[list[str]]:
    """The n-grams of ``text``, one list per sentence (apostrophes and quotes normalised)."""
    out = []
    for sent in _tokens_by_sentence(normalize_for_matching(compose(text)[0]), tok, splitter):
        out.append(_ngrams(fold_case(sent) if lowercase else sent, ngram))
    return out


def _resolve_tokenizer(tokenizer, sentence_splitter, ngram):
    if ngram not in (1, 2):
        raise InputError(f"ngram must be 1 or 2, got {ngram!r}")
    if sentence_splitter is _AUTO:
        sentence_splitter = _default_sentences if tokenizer is None else None
    return tokenizer or _default_tokenizer, sentence_splitter


def term_counts(
    texts: str | Iterable[str],
    ngram: int = 1,
    lowercase: bool = True,
    tokenizer: Callable | None = None,
    stopwords: Collection[str] | None = None,
    sentence_splitter: Callable | None | object = _AUTO,
) -> TermCounts:
    """Frequencies of word n-grams (``ngram`` 1 or 2) in ``texts``; bigrams are ``"w1 w2"``.

    Decomposed accents are composed (:mod:`framing.engine.compose`), and curly and modifier
    apostrophes and quotation marks (’ ‘ ʼ ′ “ ”) are mapped to ASCII before tokenising (:func:`framing.engine.text.normalize_for_matching`), so ``Russia’s`` and
    ``Russia's`` are one term. ``lowercase`` folds case with :func:`fold_case` (``US`` stays
    apart from ``us``). ``tokenizer(text)`` returns tokens (``Token(text, start, end)`` or
    plain strings); the default is :func:`framing.engine.text.word_tokens` (punctuation is not
    a token). Bigrams do not cross sentence boundaries: sentences come from
    ``sentence_splitter(text) -> [(start, end)]`` (default
    :func:`framing.engine.text.sentence_spans` with the default tokenizer, none with a custom
    one); tokens without offsets (plain strings) cannot be assigned to sentences, so then
    bigrams only respect text boundaries. ``stopwords`` removes unigrams in the list and
    bigrams containing one; the removed instances are counted in ``stopwords_removed`` and
    rates still use the total before removal. Filtering in :func:`log_likelihood` /
    :func:`log_odds_dirichlet` is usually preferable.
    """
    tok, splitter = _resolve_tokenizer(tokenizer, sentence_splitter, ngram)
    if isinstance(texts, str):
        texts = [texts]
    elif not isinstance(texts, Iterable):
        raise InputError(f"texts must be a string or an iterable of strings, not {texts!r}")
    stop = {s.lower() if lowercase else s for s in stopwords} if stopwords else set()
    counts = TermCounts()
    n_docs = total = removed = 0
    for text in texts:
        n_docs += 1
        if not isinstance(text, str):
            continue
        for grams in _text_grams(text, ngram, lowercase, tok, splitter):
            total += len(grams)
            if stop:
                kept = [g for g in grams if not (set(g.split(" ")) & stop)]
                removed += len(grams) - len(kept)
                grams = kept
            counts.update(grams)
    counts.ngram, counts.n_docs, counts.n_total = ngram, n_docs, total
    counts.stopwords_removed = removed
    counts.sentence_aware = splitter is not None
    return counts


class DocumentTermCounts:
    """Term counts per document: ``matrix`` (documents × terms, ``scipy.sparse`` CSR of
    counts), ``terms`` (sorted) and ``tokens`` (n-grams per document, the rate denominators).

    Made by :func:`document_term_counts`; :meth:`total` pools the documents into a
    :class:`TermCounts`. The document rows are what :func:`dispersion` needs.
    """

    def __init__(self, matrix, terms: np.ndarray, tokens: np.ndarray, ngram: int = 1):
        self.matrix = matrix.tocsr()
        self.terms = np.asarray(terms, dtype=object)
        self.tokens = np.asarray(tokens, dtype="float64")
        self.ngram = ngram

    @property
    def n_docs(self) -> int:
        return int(self.matrix.shape[0])

    def total(self) -> TermCounts:
        sums = np.asarray(self.matrix.sum(axis=0)).ravel()
        out = TermCounts({t: int(c) for t, c in zip(self.terms, sums, strict=True) if c > 0})
        out.ngram, out.n_docs, out.n_total = self.ngram, self.n_docs, int(self.tokens.sum())
        out.sentence_aware = True
        return out


def document_term_counts(
    texts: Iterable[str],
    ngram: int = 1,
    lowercase: bool = True,
    tokenizer: Callable | None = None,
    sentence_splitter: Callable | None | object = _AUTO,
) -> DocumentTermCounts:
    """Counts of every n-gram in every text (same tokens as :func:`term_counts`).

    A text that is not a string counts as an empty document.
    """
    from scipy import sparse

    tok, splitter = _resolve_tokenizer(tokenizer, sentence_splitter, ngram)
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    tokens: list[int] = []
    for i, text in enumerate([texts] if isinstance(texts, str) else texts):
        n = 0
        if isinstance(text, str):
            for grams in _text_grams(text, ngram, lowercase, tok, splitter):
                n += len(grams)
                cols.extend(vocab.setdefault(g, len(vocab)) for g in grams)
                rows.extend([i] * len(grams))
        tokens.append(n)
    names = np.array(list(vocab), dtype=object)
    order = np.argsort(names.astype(str), kind="stable")
    remap = np.empty(len(names), dtype="int64")
    remap[order] = np.arange(len(names))
    m = sparse.csr_matrix(
        (
            np.ones(len(cols), dtype="int64"),
            (np.asarray(rows, "int64"), remap[np.asarray(cols, "int64")]),
        ),
        shape=(len(tokens), len(names)),
    )
    m.sum_duplicates()
    return DocumentTermCounts(m, names[order], np.asarray(tokens), ngram)


def cached_term_counts(
    texts: Iterable[str], ngram: int = 1, cache_dir=None, progress: bool = True
) -> TermCounts:
    """:func:`term_counts` of ``texts`` with the default tokenizer, per-document counts cached
    on disk (:mod:`framing.data.token_cache`: text hash + tokenizer version); equal results."""

    def one(text: str) -> tuple[TermCounts, int]:
        c = term_counts(text, ngram=ngram)
        return c, c.n_total

    texts = list(texts)
    summed, total = cached_counts(texts, ngram, one, cache_dir=cache_dir, progress=progress)
    counts = TermCounts(summed)
    counts.ngram, counts.n_docs, counts.n_total = ngram, len(texts), total
    counts.stopwords_removed = 0
    counts.sentence_aware = True
    return counts


def cached_document_term_counts(
    texts: Iterable[str], ngram: int = 1, cache_dir=None, progress: bool = True
) -> DocumentTermCounts:
    """:func:`document_term_counts` of ``texts`` with the default tokenizer, from the per-document
    counts cached on disk (:mod:`framing.data.token_cache`); equal results."""
    from scipy import sparse

    def one(text: str) -> tuple[TermCounts, int]:
        c = term_counts(text, ngram=ngram)
        return c, c.n_total

    texts = ["" if not isinstance(t, str) else t for t in texts]
    rows = document_rows(texts, ngram, one, cache_dir=cache_dir, progress=progress)
    hashes = [text_hash(t) for t in texts]
    if rows is None or rows.empty:
        return DocumentTermCounts(
            sparse.csr_matrix((len(texts), 0)), np.array([]), np.zeros(len(texts)), ngram
        )
    # integer codes throughout: one code per distinct text of ``texts``, a matrix per distinct
    # text, then one row per document (a repeated text: each copy); tables and dicts keyed by
    # the hash strings cost kilobytes per document
    distinct = pd.Index(pd.unique(np.asarray(hashes, dtype=object)))
    code = distinct.get_indexer(rows[HASH_COL])
    mine = code >= 0  # the cache holds the texts of every corpus counted before
    code = code[mine]
    term = rows["term"].to_numpy(dtype=object)[mine]
    count = rows["count"].to_numpy(dtype="int64")[mine]
    is_total = term == ""
    tokens_of = np.zeros(len(distinct), dtype="float64")
    tokens_of[code[is_total]] = count[is_total]
    cols, terms = pd.factorize(term[~is_total], sort=True)
    terms = np.asarray(terms, dtype=object)
    per_text = sparse.csr_matrix(
        (count[~is_total], (code[~is_total], cols.astype("int64"))),
        shape=(len(distinct), len(terms)),
    )
    of_doc = distinct.get_indexer(hashes)
    m = per_text[of_doc]
    tokens = tokens_of[of_doc]
    return DocumentTermCounts(m, terms, tokens, ngram)


def _ngrams(words: list[str], n: int) -> list[str]:
    if n == 1:
        return list(words)
    return [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


# --------------------------------------------------------------------------------------
# Shared table construction and filters
# --------------------------------------------------------------------------------------


def _as_counter(counts) -> Mapping[str, float]:
    if isinstance(counts, DocumentTermCounts):
        return counts.total()
    if isinstance(counts, pd.Series):
        return counts.to_dict()
    if isinstance(counts, Mapping):
        return counts
    raise InputError(f"term counts must be a Counter, dict or Series, not {type(counts).__name__}")


def _total(counts) -> float:
    if isinstance(counts, DocumentTermCounts):
        return float(counts.tokens.sum())
    total = getattr(counts, "n_total", 0)
    if isinstance(total, int | float) and total > 0:
        return float(total)
    return float(sum(_as_counter(counts).values()))


def _count_array(counts: Mapping, terms: np.ndarray, which: str) -> np.ndarray:
    """Counts of ``terms`` as floats; :class:`InputError` naming the first term whose count
    is not a whole number >= 0 (NaN, a string, a negative or fractional count: G² and the exact
    test are defined for counts)."""
    values = [counts.get(w, 0) for w in terms]
    out = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy("float64")
    with np.errstate(invalid="ignore"):
        bad = ~np.isfinite(out) | (out < 0) | (out != np.floor(out))
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"the {which}'s count of {terms[i]!r} is {values[i]!r}: counts must be whole "
            "numbers >= 0"
        )
    return out


def _base_table(target, reference) -> pd.DataFrame:
    t, r = _as_counter(target), _as_counter(reference)
    terms = np.array(sorted(set(t) | set(r), key=str), dtype=object)
    a = _count_array(t, terms, "target")
    b = _count_array(r, terms, "reference")
    n1, n2 = _total(target), _total(reference)
    if n1 <= 0 or n2 <= 0:
        which = "target" if n1 <= 0 else "reference"
        raise InputError(f"the {which} has no tokens; keyness needs text on both sides")
    df = pd.DataFrame(
        {
            "term": terms.astype(str),
            "count_target": a.astype("int64"),
            "count_reference": b.astype("int64"),
            "rate_target_per_1k": a * 1000.0 / n1,
            "rate_reference_per_1k": b * 1000.0 / n2,
        }
    )
    df.attrs["totals"] = {"target": n1, "reference": n2}
    return df


def _stop_key(word: str) -> str:
    """How a word of a term is compared with a stopword list: lowercased, except an upper-case
    acronym kept by :func:`fold_case` (``US`` is not the stopword ``us``)."""
    return word if _caps(word) else word.lower()


def _apply_filters(
    df: pd.DataFrame,
    min_count: int,
    stopwords: Collection[str] | None,
    drop_function_words: bool = False,
) -> pd.DataFrame:
    """Remove function words (``drop_function_words=True``: the built-in
    :data:`~framing.engine.language.ENGLISH_FUNCTION_WORDS`), then stopword terms, then terms
    with ``count_target + count_reference < min_count``.

    A term is removed when any of its words is in the list. The number of terms each filter
    removed is recorded in ``attrs["filters"]``, the minimum count in ``attrs["min_count"]``.
    """
    _check_min_count(min_count)
    n0 = len(df)
    filters = []
    lists = []
    if drop_function_words:
        lists.append(
            (
                "function_words",
                ENGLISH_FUNCTION_WORDS,
                f"{len(ENGLISH_FUNCTION_WORDS)} English function words "
                "(framing.engine.language; any word of the term)",
            )
        )
    if stopwords:
        stop = {s.lower() for s in stopwords}
        lists.append(("stopwords", stop, f"{len(stop)} stopwords (any word of the term)"))
    for name, words, rule in lists:
        hit = df["term"].map(lambda w, ws=words: any(_stop_key(x) in ws for x in w.split(" ")))
        hit = hit.to_numpy(bool)
        filters.append({"filter": name, "rule": rule, "removed": int(hit.sum())})
        df = df.loc[~hit]
    if min_count and min_count > 1:
        low = (df["count_target"] + df["count_reference"]).to_numpy() < min_count
        filters.append(
            {
                "filter": "min_count",
                "rule": f"count_target + count_reference >= {min_count}",
                "removed": int(low.sum()),
            }
        )
        df = df.loc[~low]
    df = df.reset_index(drop=True)
    df.attrs["filters"] = filters
    df.attrs["min_count"] = int(max(1, min_count or 1))
    df.attrs["n_terms_before_filters"] = n0
    df.attrs["n_terms"] = len(df)
    return df


def _sort(df: pd.DataFrame, col: str) -> pd.DataFrame:
    order = np.lexsort((df["term"].to_numpy(str), -df[col].to_numpy(float)))
    out = df.iloc[order].reset_index(drop=True)
    out.attrs = dict(df.attrs)
    return out


def filter_summary(df: pd.DataFrame) -> str:
    """One line saying how many terms each filter removed (for CLI output and reports)."""
    parts = [
        f"{f['filter']} ({f['rule']}): {f['removed']} removed" for f in df.attrs.get("filters", [])
    ]
    head = f"{df.attrs.get('n_terms', len(df))} of {df.attrs.get('n_terms_before_filters', len(df))} terms kept"
    return head + ("; " + "; ".join(parts) if parts else "; no filters")


# --------------------------------------------------------------------------------------
# G² (log-likelihood) and log ratio
# --------------------------------------------------------------------------------------


def g2_2x2(a, b, n1: float, n2: float, williams: bool = False) -> np.ndarray:
    """Unsigned G² of the 2×2 tables ``[[a, b], [n1 - a, n2 - b]]`` (expected from margins).

    All four cells are used (Dunning 1993); the two-cell form of Rayson & Garside (2000)
    omits the "other words" row and is slightly smaller for frequent terms. With
    ``williams=True`` G² is divided by Williams' (1976) ``q = 1 + (N Σ1/R_i − 1)(N Σ1/C_j
    − 1) / (6N)``.
    """
    from scipy.special import xlogy

    a, b = np.asarray(a, float), np.asarray(b, float)
    n = n1 + n2
    r1, r2 = a + b, n - a - b
    obs = (a, b, n1 - a, n2 - b)
    exp = (n1 * r1 / n, n2 * r1 / n, n1 * r2 / n, n2 * r2 / n)
    with np.errstate(invalid="ignore", divide="ignore"):
        g2 = 2 * sum(xlogy(o, o / e) for o, e in zip(obs, exp, strict=True))
        if williams:
            q = 1 + (n * (1 / r1 + 1 / r2) - 1) * (n * (1 / n1 + 1 / n2) - 1) / (6 * n)
            g2 = g2 / q
    return np.maximum(np.nan_to_num(g2, nan=0.0), 0.0)


def log_ratio(a, b, n1: float, n2: float) -> np.ndarray:
    """Hardie's (2014) log ratio: ``log2((a / n1) / (b / n2))``, zero counts replaced by 0.5.

    With a zero count the value is a bound (the difference is at least this large), and it is
    NaN where the 0.5 would point the other way: a term absent from a side too small to expect
    half an occurrence of it (``b / n2 * n1 < 0.5``) has no measurable effect size there.
    Both counts zero: NaN.
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.log2(
            (np.where(a == 0, ZERO_COUNT, a) / n1) / (np.where(b == 0, ZERO_COUNT, b) / n2)
        )
    wrong_way = ((a == 0) & (value >= 0)) | ((b == 0) & (value <= 0))
    return np.where(wrong_way, np.nan, value)


# --------------------------------------------------------------------------------------
# Tests that respect documents and small counts (Lijffijt et al. 2016)
# --------------------------------------------------------------------------------------


def term_dispersion(docs: DocumentTermCounts) -> pd.DataFrame:
    """Quasi-Poisson dispersion of every term across the documents of ``docs``.

    With ``y_d`` the term's count in document ``d`` of ``n_d`` tokens, the pooled rate
    ``r = Σy_d / Σn_d`` and expected counts ``μ_d = r n_d``, the Pearson estimate is
    ``φ̂ = Σ_d (y_d − μ_d)² / μ_d / (D − 1)`` over the ``D`` documents with tokens
    (McCullagh & Nelder 1989, §4.5). ``φ̂ = 1`` for words spread like independent draws, larger
    when they cluster in some documents. Columns: term, dispersion (``max(1, φ̂)``: less than
    Poisson variation is not credited), dispersion_raw (φ̂, NaN for a term absent from every
    document), docs_with_term; ``attrs["n_docs"] = D``.
    """
    keep = docs.tokens > 0
    y = docs.matrix[keep]
    n = docs.tokens[keep]
    d = int(keep.sum())
    b = np.asarray(y.sum(axis=0)).ravel().astype(float)
    r = b / n.sum() if d else np.zeros_like(b)
    s = np.asarray(y.multiply(y).T @ (1.0 / n)).ravel() if d else np.zeros_like(b)
    with np.errstate(invalid="ignore", divide="ignore"):
        x2 = np.where(b > 0, s / r - b, np.nan)
        raw = x2 / (d - 1) if d > 1 else np.full_like(b, np.nan)
    out = pd.DataFrame(
        {
            "term": docs.terms.astype(str),
            "dispersion": np.where(np.isfinite(raw), np.maximum(raw, 1.0), 1.0),
            "dispersion_raw": raw,
            "docs_with_term": np.asarray((y > 0).sum(axis=0)).ravel().astype("int64"),
        }
    )
    out.attrs["n_docs"] = d
    return out


def exact_binomial_p(a, b, n1: float, n2: float) -> np.ndarray:
    """Two-sided exact conditional test of each term: given ``k = a + b`` occurrences, is the
    target's share ``a`` compatible with ``Binomial(k, n1 / (n1 + n2))``?

    The conditional (binomial) test of two Poisson rates (Przyborowski & Wileński 1940); the
    two-sided p-value sums the probabilities of outcomes no more likely than ``a``
    (:func:`scipy.stats.binomtest`). Exact for any count, so it is the test to read for
    small counts, where the χ² approximation of G² is poor. ``k = 0`` gives 1.
    """
    from scipy.stats import binomtest

    p0 = n1 / (n1 + n2)
    a = np.asarray(a, dtype="int64")
    k = a + np.asarray(b, dtype="int64")
    memo: dict[tuple[int, int], float] = {}
    out = np.empty(a.size)
    for i, (x, n) in enumerate(zip(a.tolist(), k.tolist(), strict=True)):
        if (x, n) not in memo:
            memo[(x, n)] = 1.0 if n == 0 else float(binomtest(x, n, p0).pvalue)
        out[i] = memo[(x, n)]
    return out


def poisson_lr(a, b, n1: float, n2: float) -> np.ndarray:
    """Likelihood-ratio statistic of two Poisson rates with exposures ``n1``, ``n2``:
    ``2 [a ln(a/E_a) + b ln(b/E_b)]`` with ``E_a = (a + b) n1 / (n1 + n2)`` (the two-cell form of
    Rayson & Garside 2000). It is the drop in deviance when a log-linear Poisson model of the
    documents' counts (offset log tokens) gets a term for the target, which is why the
    quasi-Poisson test divides this statistic, not the four-cell G², by the dispersion."""
    from scipy.special import xlogy

    a, b = np.asarray(a, float), np.asarray(b, float)
    k = a + b
    ea, eb = k * n1 / (n1 + n2), k * n2 / (n1 + n2)
    with np.errstate(invalid="ignore", divide="ignore"):
        lr = 2 * (xlogy(a, a / ea) + xlogy(b, b / eb))
    return np.maximum(np.nan_to_num(lr, nan=0.0), 0.0)


#: Significance level of :func:`add_tests` after Benjamini–Hochberg adjustment.
ALPHA = 0.05
#: Fewest reference documents from which a dispersion is estimated.
MIN_DISPERSION_DOCS = 10


def _dispersion_table(dispersion) -> pd.DataFrame | None:
    if dispersion is None:
        return None
    if isinstance(dispersion, DocumentTermCounts):
        dispersion = term_dispersion(dispersion)
    if not isinstance(dispersion, pd.DataFrame) or "dispersion" not in dispersion:
        raise InputError("dispersion must be a DocumentTermCounts or a term_dispersion() table")
    return dispersion


def add_tests(df: pd.DataFrame, dispersion=None, alpha: float = ALPHA) -> pd.DataFrame:
    """Add the exact and the document-aware test of every term to a keyness table.

    Columns added: ``p_exact`` (:func:`exact_binomial_p`) and ``p_exact_adj``
    (Benjamini–Hochberg over the table's terms); with a ``dispersion`` (a
    :func:`term_dispersion` table, or the :class:`DocumentTermCounts` to estimate it from, of
    at least :data:`MIN_DISPERSION_DOCS` documents): ``dispersion`` (φ, 1 for a term the
    documents never use), ``p_doc`` — the quasi-Poisson test, ``F = LR / φ`` (``LR`` the
    two-cell :func:`poisson_lr`, not the four-cell G²) against ``F(1, D − 1)`` (Wedderburn
    1974; McCullagh & Nelder 1989) — and ``p_doc_adj`` (BH); and
    ``passes``: the term is distinctive at level ``alpha`` after adjustment by both tests (by
    the exact test alone when no dispersion is available). Requiring both is an
    intersection–union test: its level is at most ``alpha`` (Berger 1982).
    ``attrs["tests"]`` records what was done.
    """
    from scipy.stats import f as f_dist

    n1, n2 = df.attrs["totals"]["target"], df.attrs["totals"]["reference"]
    a, b = df["count_target"].to_numpy(float), df["count_reference"].to_numpy(float)
    df["p_exact"] = exact_binomial_p(a, b, n1, n2)
    df["p_exact_adj"] = bh_adjust(df["p_exact"].to_numpy())
    passes = df["p_exact_adj"].to_numpy() < alpha
    disp = _dispersion_table(dispersion)
    info = {"alpha": alpha, "exact": "conditional binomial, BH-adjusted"}
    n_docs = int(disp.attrs.get("n_docs", 0)) if disp is not None else 0
    if disp is not None and n_docs >= MIN_DISPERSION_DOCS:
        phi = df["term"].map(disp.set_index("term")["dispersion"]).fillna(1.0).to_numpy(float)
        df["dispersion"] = phi
        df["p_doc"] = f_dist.sf(poisson_lr(a, b, n1, n2) / phi, 1, n_docs - 1)
        df["p_doc_adj"] = bh_adjust(df["p_doc"].to_numpy())
        passes &= df["p_doc_adj"].to_numpy() < alpha
        info["document"] = f"quasi-Poisson F(1, {n_docs - 1}), dispersion from {n_docs} documents"
    elif disp is not None:
        info["document"] = f"not computed: dispersion needs >= {MIN_DISPERSION_DOCS} documents"
    else:
        info["document"] = "not computed: no documents given"
    df["passes"] = passes
    df.attrs["tests"] = info
    return df


def _sides(target_counts, reference_counts, dispersion):
    """Pooled counts of both sides; the reference's documents give the dispersion by default."""
    if dispersion is None and isinstance(reference_counts, DocumentTermCounts):
        dispersion = reference_counts
    if isinstance(target_counts, DocumentTermCounts):
        target_counts = target_counts.total()
    if isinstance(reference_counts, DocumentTermCounts):
        reference_counts = reference_counts.total()
    return target_counts, reference_counts, dispersion


def log_likelihood(
    target_counts,
    reference_counts,
    williams: bool = False,
    min_count: int = 1,
    stopwords: Collection[str] | None = None,
    drop_function_words: bool = False,
    dispersion=None,
    alpha: float = ALPHA,
    *,
    function_words: bool | None = None,
) -> pd.DataFrame:
    """Keyness of every term by signed G² (positive: over-represented in the target).

    Columns: term, count_target, count_reference, rate_target_per_1k,
    rate_reference_per_1k, G2, p_value (χ², 1 df, token-level), p_adj (Benjamini–Hochberg over
    the terms kept), log_ratio, then the columns of :func:`add_tests` (``passes`` is the one
    to read). ``reference_counts`` may be a :class:`DocumentTermCounts`: its documents then
    give the dispersion of the document-aware test (or pass ``dispersion``). ``min_count``
    applies to ``count_target + count_reference``; ``drop_function_words=True``
    removes the built-in English function words (``function_words=``, its old name, still
    works with a :class:`FutureWarning`); ``df.attrs["filters"]`` records the terms each filter
    removed and ``attrs["totals"]`` the token totals. Sorted by G² descending, ties by term.
    """
    from scipy.stats import chi2

    target_counts, reference_counts, dispersion = _sides(
        target_counts, reference_counts, dispersion
    )
    df = _base_table(target_counts, reference_counts)
    n1, n2 = df.attrs["totals"]["target"], df.attrs["totals"]["reference"]
    drop = _drop_function_words(drop_function_words, function_words)
    df = _apply_filters(df, min_count, stopwords, drop)
    a, b = df["count_target"].to_numpy(float), df["count_reference"].to_numpy(float)
    g2 = g2_2x2(a, b, n1, n2, williams)
    sign = np.sign(a / n1 - b / n2)
    df["G2"] = sign * g2
    df["p_value"] = chi2.sf(g2, 1)
    df["p_adj"] = bh_adjust(df["p_value"].to_numpy())
    df["log_ratio"] = log_ratio(a, b, n1, n2)
    df.attrs.update(
        {"method": "g2", "williams": williams, "totals": {"target": n1, "reference": n2}}
    )
    df = add_tests(df, dispersion, alpha)
    return _sort(df, "G2")


# --------------------------------------------------------------------------------------
# Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008)
# --------------------------------------------------------------------------------------


def _prior_counts(prior, target, reference, terms: np.ndarray) -> np.ndarray:
    t, r = _as_counter(target), _as_counter(reference)
    if isinstance(prior, str):
        if prior == "reference":
            src = [r]
        elif prior == "pooled":
            src = [t, r]
        else:
            raise InputError(f"unknown prior {prior!r}; use 'reference', 'pooled' or a Counter")
    else:
        src = [_as_counter(prior)]
    counts = np.zeros(terms.size)
    for c in src:
        counts += np.fromiter((c.get(w, 0) for w in terms), dtype="float64", count=terms.size)
    return np.where(counts > 0, counts, ZERO_COUNT)


def log_odds_dirichlet(
    target_counts,
    reference_counts,
    prior="reference",
    prior_scale: float = DEFAULT_PRIOR_SCALE,
    min_count: int = 1,
    stopwords: Collection[str] | None = None,
    drop_function_words: bool = False,
    dispersion=None,
    alpha: float = ALPHA,
    *,
    function_words: bool | None = None,
) -> pd.DataFrame:
    """Monroe, Colaresi & Quinn's (2008) log-odds ratio with an informative Dirichlet prior.

    ``α_w = α0 · π_w`` where ``π_w`` is the prior frequency of ``w`` — from the reference
    counts (``prior="reference"``), target + reference (``"pooled"``), or a given Counter —
    and ``α0 = prior_scale`` (default 1000 pseudo-tokens, about one document, so the prior
    shrinks the target's rates as much as one extra document would). A term with prior count
    0 gets 0.5 before normalising, so its α is positive. Then, with ``y`` the counts and
    ``n`` the totals of target ``i`` and reference ``j``::

        δ_w = log((y_iw+α_w)/(n_i+α0−y_iw−α_w)) − log((y_jw+α_w)/(n_j+α0−y_jw−α_w))
        var(δ_w) ≈ 1/(y_iw+α_w) + 1/(y_jw+α_w),   z_w = δ_w / sqrt(var)

    Columns: term, count_target, count_reference, rates, alpha, delta, var, z, then the
    columns of :func:`add_tests`: z ranks terms, ``passes`` says which differ beyond the
    spread of words over documents and small-count noise, after adjustment for the number of
    terms. Sorted by z descending, ties by term. Filters, ``dispersion`` and
    :class:`DocumentTermCounts` inputs as in :func:`log_likelihood`.
    """
    if (
        isinstance(prior_scale, bool)
        or not isinstance(prior_scale, numbers.Real)
        or not math.isfinite(prior_scale)
        or prior_scale <= 0
    ):
        raise InputError(f"prior_scale must be a positive number, got {prior_scale!r}")
    target_counts, reference_counts, dispersion = _sides(
        target_counts, reference_counts, dispersion
    )
    if isinstance(prior, DocumentTermCounts):
        prior = prior.total()
    df = _base_table(target_counts, reference_counts)
    n1, n2 = df.attrs["totals"]["target"], df.attrs["totals"]["reference"]
    pc = _prior_counts(prior, target_counts, reference_counts, df["term"].to_numpy(object))
    alpha_all = prior_scale * pc / pc.sum()
    df["alpha"] = alpha_all
    drop = _drop_function_words(drop_function_words, function_words)
    df = _apply_filters(df, min_count, stopwords, drop)
    a0 = float(prior_scale)
    y1, y2 = df["count_target"].to_numpy(float), df["count_reference"].to_numpy(float)
    alpha_w = df.pop("alpha").to_numpy()
    delta = np.log((y1 + alpha_w) / (n1 + a0 - y1 - alpha_w)) - np.log(
        (y2 + alpha_w) / (n2 + a0 - y2 - alpha_w)
    )
    var = 1 / (y1 + alpha_w) + 1 / (y2 + alpha_w)
    df["alpha"] = alpha_w
    df["delta"] = delta
    df["var"] = var
    df["z"] = delta / np.sqrt(var)
    prior_name = prior if isinstance(prior, str) else "custom"
    df.attrs.update(
        {
            "method": "logodds",
            "prior": prior_name,
            "alpha0": a0,
            "totals": {"target": n1, "reference": n2},
        }
    )
    df = add_tests(df, dispersion, alpha)
    return _sort(df, "z")


def _check_groups(texts, groups, text_col: str, group_col: str) -> None:
    """:class:`InputError` unless ``texts`` has both columns and ``groups`` names at least two
    distinct groups, each with documents."""
    if not isinstance(texts, pd.DataFrame):
        raise InputError(f"texts must be a DataFrame, not {type(texts).__name__}")
    for col in (text_col, group_col):
        if col not in texts.columns:
            cols = ", ".join(map(str, texts.columns))
            raise InputError(f"no column {col!r} (columns: {cols})")
    if isinstance(groups, str) or len(set(groups)) < 2:
        raise InputError(f"groups must name at least two groups, got {groups!r}")
    if len(set(groups)) != len(groups):
        raise InputError(f"groups names a group twice: {list(groups)!r}")
    present = set(texts[group_col].dropna())
    missing = [g for g in groups if g not in present]
    if missing:
        have = ", ".join(sorted(map(str, present))[:10])
        raise InputError(f"no documents in group {missing[0]!r} (groups: {have})")


def group_keyness(
    texts: pd.DataFrame,
    groups: Sequence[str],
    text_col: str = "text",
    group_col: str = "group",
    prior_scale: float | None = None,
    min_count: int = 1,
    drop_function_words: bool = False,
    prior: str = "corpus",
    *,
    function_words: bool | None = None,
) -> pd.DataFrame:
    """Log-odds with an informative Dirichlet prior (:func:`log_odds_dirichlet`) of each group
    against the other groups pooled.

    ``prior="corpus"`` (default) takes the prior from every text of ``texts`` — the full
    corpus, not only the groups compared — as Monroe et al. (2008) recommend: a word's expected
    frequency comes from the whole debate. ``prior="reference"`` uses the pooled other groups.
    The document-aware test's dispersion is estimated from every document of ``texts`` (one
    speech per group cannot show how a word spreads over speeches; the corpus can).
    Long format: ``target`` (the group), ``reference`` (the others, joined by "+"), then the
    columns of ``log_odds_dirichlet``; ``n_target`` / ``n_reference`` are the token totals.
    """
    if prior not in ("corpus", "reference"):
        raise InputError(f"unknown prior {prior!r}; use 'corpus' or 'reference'")
    drop = _drop_function_words(drop_function_words, function_words)
    _check_groups(texts, groups, text_col, group_col)
    docs = document_term_counts(texts[text_col].tolist())
    corpus_total = docs.total()
    disp = term_dispersion(docs)
    labels = texts[group_col].to_numpy()
    counts = {}
    for g in groups:
        rows = np.flatnonzero(labels == g)
        counts[g] = DocumentTermCounts(docs.matrix[rows], docs.terms, docs.tokens[rows]).total()
    frames = []
    for g in groups:
        others = [o for o in groups if o != g]
        ref = TermCounts()
        for o in others:
            ref.update(counts[o])
        ref.n_total = sum(counts[o].n_total for o in others)
        t = log_odds_dirichlet(
            counts[g],
            ref,
            prior=corpus_total if prior == "corpus" else "reference",
            prior_scale=prior_scale or DEFAULT_PRIOR_SCALE,
            min_count=min_count,
            drop_function_words=drop,
            dispersion=disp,
        )
        t.attrs["prior"] = prior
        t.insert(0, "target", g)
        t.insert(1, "reference", "+".join(others))
        t["n_target"] = int(counts[g].n_total)
        t["n_reference"] = int(ref.n_total)
        frames.append(t)
    out = pd.concat(frames, ignore_index=True)
    out.attrs = {k: v for k, v in frames[0].attrs.items() if k != "totals"} if frames else {}
    return out
