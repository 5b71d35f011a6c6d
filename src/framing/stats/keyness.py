"""Distinctive vocabulary: G² (log-likelihood), log ratio and log-odds with a Dirichlet prior.

Input are term frequencies from :func:`term_counts` (a :class:`collections.Counter`). Every
output table has the raw counts and rates per 1,000 tokens beside the statistic, is sorted
by the statistic with ties broken by term, and records in ``df.attrs["filters"]`` how many
terms each filter removed (nothing is dropped silently). Formulas: ``docs/statistics.md``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from framing.core.errors import InputError

#: Default total prior pseudo-count ``α0`` of :func:`log_odds_dirichlet` (about one document).
DEFAULT_PRIOR_SCALE = 1000.0
#: Pseudo-count given to a term with a zero prior count (and added to zero counts in log ratio).
ZERO_COUNT = 0.5

_AUTO = object()


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
    from framing.engine.text import word_tokens

    return word_tokens(text)


def _default_sentences(text: str) -> list[tuple[int, int]]:
    from framing.engine.text import sentence_spans

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


def term_counts(
    texts: str | Iterable[str],
    ngram: int = 1,
    lowercase: bool = True,
    tokenizer: Callable | None = None,
    stopwords: Collection[str] | None = None,
    sentence_splitter: Callable | None | object = _AUTO,
) -> TermCounts:
    """Frequencies of word n-grams (``ngram`` 1 or 2) in ``texts``; bigrams are ``"w1 w2"``.

    ``tokenizer(text)`` returns tokens (``Token(text, start, end)`` or plain strings); the
    default is :func:`framing.engine.text.word_tokens` (punctuation is not a token). Bigrams do not
    cross sentence boundaries: sentences come from ``sentence_splitter(text) -> [(start,
    end)]`` (default :func:`framing.engine.text.sentence_spans` with the default tokenizer, none
    with a custom one); tokens without offsets (plain strings) cannot be assigned to
    sentences, so then bigrams only respect text boundaries. ``stopwords`` removes unigrams
    in the list and bigrams containing one; the removed instances are counted in
    ``stopwords_removed`` and rates still use the total before removal. Filtering in
    :func:`log_likelihood` / :func:`log_odds_dirichlet` is usually preferable.
    """
    if ngram not in (1, 2):
        raise InputError(f"ngram must be 1 or 2, got {ngram!r}")
    if isinstance(texts, str):
        texts = [texts]
    if sentence_splitter is _AUTO:
        sentence_splitter = _default_sentences if tokenizer is None else None
    tok = tokenizer or _default_tokenizer
    stop = {s.lower() if lowercase else s for s in stopwords} if stopwords else set()
    counts = TermCounts()
    n_docs = total = removed = 0
    for text in texts:
        n_docs += 1
        if not isinstance(text, str):
            continue
        for sent in _tokens_by_sentence(text, tok, sentence_splitter):
            words = [w.lower() for w in sent] if lowercase else sent
            grams = _ngrams(words, ngram)
            total += len(grams)
            if stop:
                kept = [g for g in grams if not (set(g.split(" ")) & stop)]
                removed += len(grams) - len(kept)
                grams = kept
            counts.update(grams)
    counts.ngram, counts.n_docs, counts.n_total = ngram, n_docs, total
    counts.stopwords_removed = removed
    counts.sentence_aware = sentence_splitter is not None
    return counts


def cached_term_counts(
    texts: Iterable[str], ngram: int = 1, cache_dir=None, progress: bool = True
) -> TermCounts:
    """:func:`term_counts` of ``texts`` with the default tokenizer, per-document counts cached
    on disk (:mod:`framing.data.token_cache`: text hash + tokenizer version); equal results."""
    from framing.data.token_cache import cached_counts

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


def _ngrams(words: list[str], n: int) -> list[str]:
    if n == 1:
        return list(words)
    return [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


# --------------------------------------------------------------------------------------
# Shared table construction and filters
# --------------------------------------------------------------------------------------


def _as_counter(counts) -> Mapping[str, float]:
    if isinstance(counts, pd.Series):
        return counts.to_dict()
    if isinstance(counts, Mapping):
        return counts
    raise InputError(f"term counts must be a Counter, dict or Series, not {type(counts).__name__}")


def _total(counts) -> float:
    total = getattr(counts, "n_total", 0)
    if isinstance(total, int | float) and total > 0:
        return float(total)
    return float(sum(_as_counter(counts).values()))


def _base_table(target, reference) -> pd.DataFrame:
    t, r = _as_counter(target), _as_counter(reference)
    terms = np.array(sorted(set(t) | set(r)), dtype=object)
    a = np.fromiter((t.get(w, 0) for w in terms), dtype="float64", count=terms.size)
    b = np.fromiter((r.get(w, 0) for w in terms), dtype="float64", count=terms.size)
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


def _apply_filters(
    df: pd.DataFrame, min_count: int, stopwords: Collection[str] | None
) -> pd.DataFrame:
    """Remove stopword terms, then terms with ``count_target + count_reference < min_count``.

    The number of terms each filter removed is recorded in ``attrs["filters"]``.
    """
    n0 = len(df)
    filters = []
    if stopwords:
        stop = {s.lower() for s in stopwords}
        hit = df["term"].map(lambda w: bool(set(w.lower().split(" ")) & stop)).to_numpy(bool)
        filters.append(
            {
                "filter": "stopwords",
                "rule": f"{len(stop)} stopwords (any word of the term)",
                "removed": int(hit.sum()),
            }
        )
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
    """Hardie's (2014) log ratio: ``log2((a / n1) / (b / n2))``, zero counts replaced by 0.5."""
    a = np.where(np.asarray(a, float) == 0, ZERO_COUNT, a)
    b = np.where(np.asarray(b, float) == 0, ZERO_COUNT, b)
    return np.log2((a / n1) / (b / n2))


def log_likelihood(
    target_counts,
    reference_counts,
    williams: bool = False,
    min_count: int = 1,
    stopwords: Collection[str] | None = None,
) -> pd.DataFrame:
    """Keyness of every term by signed G² (positive: over-represented in the target).

    Columns: term, count_target, count_reference, rate_target_per_1k,
    rate_reference_per_1k, G2, p_value (χ², 1 df), p_adj (Benjamini–Hochberg over the
    terms kept), log_ratio. ``min_count`` applies to ``count_target + count_reference``;
    ``df.attrs["filters"]`` records the terms each filter removed and ``attrs["totals"]``
    the token totals. Sorted by G² descending, ties by term.
    """
    from scipy.stats import chi2

    from framing.stats.groups import bh_adjust

    df = _base_table(target_counts, reference_counts)
    n1, n2 = df.attrs["totals"]["target"], df.attrs["totals"]["reference"]
    df = _apply_filters(df, min_count, stopwords)
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

    Columns: term, count_target, count_reference, rates, alpha, delta, var, z; sorted by z
    descending, ties by term. Filters as in :func:`log_likelihood` (recorded in attrs).
    """
    if not prior_scale or prior_scale <= 0:
        raise InputError(f"prior_scale must be positive, got {prior_scale!r}")
    df = _base_table(target_counts, reference_counts)
    n1, n2 = df.attrs["totals"]["target"], df.attrs["totals"]["reference"]
    pc = _prior_counts(prior, target_counts, reference_counts, df["term"].to_numpy(object))
    alpha_all = prior_scale * pc / pc.sum()
    df["alpha"] = alpha_all
    df = _apply_filters(df, min_count, stopwords)
    a0 = float(prior_scale)
    y1, y2 = df["count_target"].to_numpy(float), df["count_reference"].to_numpy(float)
    alpha = df.pop("alpha").to_numpy()
    delta = np.log((y1 + alpha) / (n1 + a0 - y1 - alpha)) - np.log(
        (y2 + alpha) / (n2 + a0 - y2 - alpha)
    )
    var = 1 / (y1 + alpha) + 1 / (y2 + alpha)
    df["alpha"] = alpha
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
    return _sort(df, "z")


def group_keyness(
    texts: pd.DataFrame,
    groups: Sequence[str],
    text_col: str = "text",
    group_col: str = "group",
    prior_scale: float | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Log-odds with an informative Dirichlet prior of each group against the other groups
    pooled (:func:`framing.stats.keyness.log_odds_dirichlet`, prior = the pooled reference).

    Long format: ``target`` (the group), ``reference`` (the others, joined by "+"), then the
    columns of ``log_odds_dirichlet``. The target's and reference's total tokens are in
    ``n_target`` / ``n_reference``.
    """
    from framing.stats.keyness import (
        DEFAULT_PRIOR_SCALE,
        TermCounts,
        log_odds_dirichlet,
        term_counts,
    )

    counts = {g: term_counts(texts.loc[texts[group_col] == g, text_col].tolist()) for g in groups}
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
            prior_scale=prior_scale or DEFAULT_PRIOR_SCALE,
            min_count=min_count,
        )
        t.insert(0, "target", g)
        t.insert(1, "reference", "+".join(others))
        t["n_target"] = int(counts[g].n_total)
        t["n_reference"] = int(ref.n_total)
        frames.append(t)
    return pd.concat(frames, ignore_index=True)
