"""Agreement of a signal with gold labels and between readers: precision, recall and F1, Cohen's kappa,
ROC AUC (Mann-Whitney), and their cluster bootstrap (whole speeches resampled), with the rounding
the recorded tables use."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from framing.stats.intervals import wilson

N_BOOT = 1000
SEED = 20240501


def prf(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    """Counts and precision / recall / F1 of ``pred`` against ``gold`` (NaN when undefined)."""
    g = np.asarray(gold, dtype=bool)
    p = np.asarray(pred, dtype=bool)
    if g.shape != p.shape:
        raise ValueError("gold and pred differ in length")
    tp = int(np.sum(g & p))
    fp = int(np.sum(~g & p))
    fn = int(np.sum(g & ~p))
    return {"tp": tp, "fp": fp, "fn": fn, **_prf_from_counts(tp, fp, fn)}


def _prf_from_counts(tp, fp, fn) -> dict[str, float]:
    tp, fp, fn = (np.asarray(x, dtype=float) for x in (tp, fp, fn))
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * tp / (2 * tp + fp + fn)
    out = {"precision": precision, "recall": recall, "f1": f1}
    return {k: (float(v) if v.ndim == 0 else v) for k, v in out.items()}


def cohen_kappa(first: Sequence, second: Sequence) -> float:
    """Cohen's kappa of two readers' labels of the same items: ``(p_o - p_e) / (1 - p_e)``,
    ``p_o`` the share of items they label alike, ``p_e`` the share expected by chance from
    each reader's own label shares (Cohen 1960). NaN without items or when chance agreement is
    1 (both readers gave every item one and the same label)."""
    a, b = list(first), list(second)
    if len(a) != len(b):
        raise ValueError(f"{len(a)} labels against {len(b)}")
    n = len(a)
    if n == 0:
        return math.nan
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    p_e = sum((a.count(c) / n) * (b.count(c) / n) for c in set(a) | set(b))
    return math.nan if p_e == 1 else (p_o - p_e) / (1 - p_e)


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """ROC AUC via the Mann–Whitney relation: P(score of a positive > score of a negative),
    ties counted one half; computed from mid-ranks. NaN without positives or negatives."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    n1, n0 = int(y.sum()), int((~y).sum())
    if n1 == 0 or n0 == 0:
        return math.nan
    ranks = pd.Series(s).rank(method="average").to_numpy()
    u = ranks[y].sum() - n1 * (n1 + 1) / 2
    return float(u / (n1 * n0))


def _weighted_auc(scores: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """AUC for each row of ``weights`` (B x n unit weights), ties one half."""
    values, inv = np.unique(scores, return_inverse=True)
    onehot = np.zeros((len(scores), len(values)))
    onehot[np.arange(len(scores)), inv] = 1.0
    pos = weights @ (onehot * labels[:, None])
    neg = weights @ (onehot * (~labels)[:, None])
    below = np.cumsum(neg, axis=1) - neg
    wp, wn = pos.sum(axis=1), neg.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (pos * (below + 0.5 * neg)).sum(axis=1) / (wp * wn)


def cluster_weights(groups: Sequence, n_boot: int = N_BOOT, seed: int = SEED) -> np.ndarray:
    """B x n unit weights of a cluster bootstrap: clusters (``groups``) drawn with replacement,
    each unit weighted by how often its cluster was drawn. Deterministic for a seed."""
    codes, uniq = pd.factorize(pd.Series(list(groups)), sort=True)
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(uniq), size=(n_boot, len(uniq)))
    counts = np.zeros((n_boot, len(uniq)))
    np.add.at(counts, (np.repeat(np.arange(n_boot), len(uniq)), draws.ravel()), 1.0)
    return counts[:, codes]


def _ci(samples: np.ndarray) -> tuple[float, float]:
    s = samples[np.isfinite(samples)]
    if len(s) == 0:
        return (math.nan, math.nan)
    lo, hi = np.percentile(s, [2.5, 97.5])
    return (float(lo), float(hi))


def bootstrap_prf(
    gold: Sequence[bool],
    pred: Sequence[bool],
    groups: Sequence | None = None,
    n_boot: int = N_BOOT,
    seed: int = SEED,
    weights: np.ndarray | None = None,
) -> dict[str, tuple[float, float]]:
    """Percentile 95% intervals of precision, recall and F1, never narrower than the Wilson
    intervals of precision and recall (and F1 of their ends). ``groups`` (e.g. speech ids) makes
    it a cluster bootstrap; without them every unit is its own cluster. A resample in which a
    measure is undefined (no predicted unit for precision, no gold unit for recall) is left out
    of that measure's interval, which is therefore conditional on the measure being defined
    (with a handful of predictions, check that few resamples lack one)."""
    g = np.asarray(gold, dtype=bool)
    p = np.asarray(pred, dtype=bool)
    if weights is None:
        weights = cluster_weights(groups if groups is not None else range(len(g)), n_boot, seed)
    tp = weights @ (g & p)
    fp = weights @ (~g & p)
    fn = weights @ (g & ~p)
    est = _prf_from_counts(tp, fp, fn)
    return _at_least_wilson({k: _ci(v) for k, v in est.items()}, g, p)


def _at_least_wilson(ci: dict, gold: np.ndarray, pred: np.ndarray) -> dict:
    """``ci`` widened to the Wilson intervals of precision (tp of the flagged units) and recall
    (tp of the gold units) where those are wider, and F1 to the F1 of their ends: a bootstrap
    collapses to a point when every resample gives the same value (0 of 2 flagged units right
    gave precision [0, 0]; Wilson gives [0, 0.66])."""
    tp, fp, fn = (int(np.sum(x)) for x in (gold & pred, ~gold & pred, gold & ~pred))
    out = dict(ci)
    bounds = {}
    for m, n in (("precision", tp + fp), ("recall", tp + fn)):
        w = wilson(tp, n)
        bounds[m] = w
        lo, hi = ci[m]
        if n and not math.isnan(lo):
            out[m] = (min(lo, w[0]), max(hi, w[1]))

    def f1(pr: float, rc: float) -> float:
        return 0.0 if pr + rc == 0 else 2 * pr * rc / (pr + rc)

    (p_lo, p_hi), (r_lo, r_hi) = bounds["precision"], bounds["recall"]
    lo, hi = ci["f1"]
    if not any(math.isnan(x) for x in (p_lo, r_lo, lo)):
        out["f1"] = (min(lo, f1(p_lo, r_lo)), max(hi, f1(p_hi, r_hi)))
    return out


def bootstrap_auc(
    scores: Sequence[float],
    labels: Sequence[bool],
    groups: Sequence | None = None,
    n_boot: int = N_BOOT,
    seed: int = SEED,
    weights: np.ndarray | None = None,
) -> tuple[float, float]:
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    if weights is None:
        weights = cluster_weights(groups if groups is not None else range(len(s)), n_boot, seed)
    return _ci(_weighted_auc(s, y, weights))


def _round(x: float, nd: int = 4) -> float:
    return float(round(x, nd)) if np.isfinite(x) else math.nan
