"""Whom a group casts negatively: the composition of its targets, by the rules and by readers.

An accusation, negative-evaluation, Cold-War or distancing match casts an actor negatively;
the rules name that actor (``target``) for about half of such matches in news text
(``docs/validation.md`` section 105). Two views of a group's targets:

- :func:`target_shares`, the rules: each actor's share of the group's named targets
  (``<actor>_targeted_count`` summed), with a bootstrap interval over whole units
  (documents, or an article's sentences);
- :func:`estimated_target_shares`, the attribution audit's readers: how many matches cast each
  actor as the readers saw them, estimated from the judged named-target and empty-target rows
  scaled to the frame's populations. This view has no recall gap, only the audit's sampling
  error.

Where the rules miss one actor more often than another, the two views differ. Trust a
difference between groups only where both views show it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from framing.core.errors import DataError, InputError
from framing.stats import attribution_audit as aa
from framing.stats.common import check_column, group_labels, seeded_rng
from framing.stats.groups import pooled_share_ci
from framing.stats.intervals import wilson


def target_shares(
    df: pd.DataFrame,
    actors: Sequence[str],
    group_col: str = "group",
    seed: int = 0,
    n_boot: int = 2000,
    level: float = 0.95,
    unit: str = "document",
) -> pd.DataFrame:
    """Per group and actor: the actor's share of the group's named targets, by the rules.

    Parameters
    ----------
    df : DataFrame
        One row per unit (a document of a score table, or an article's sentence from
        :func:`framing.stats.intervals.sentence_counts`) with ``<actor>_targeted_count``.
    actors : sequence of str
        Actor categories (the denominator is their targets together; a match that casts two
        actors counts once for each).
    group_col, seed, n_boot, level, unit
        Group column, bootstrap seed, resamples, interval level, name of the unit.

    Returns
    -------
    DataFrame
        Columns group, actor, unit, units, units_missing (a unit with any actor's count
        missing is left out), units_with_targets, targeted, targets, share, lower, upper,
        level, n_boot. Groups sorted, actors in the given order; the interval
        resamples whole units, widened to Wilson's
        (:func:`framing.stats.groups.pooled_share_ci`).
    """
    actors = list(actors)
    if not actors:
        raise InputError("target_shares needs at least one actor")
    for a in actors:
        check_column(df, f"{a}_targeted_count", "targeted count")
    labels = group_labels(df, group_col)
    rows = []
    for g in sorted(labels.unique()):
        sub = df.loc[(labels == g).to_numpy()]
        counts = {a: sub[f"{a}_targeted_count"].to_numpy(float) for a in actors}
        totals = np.sum([counts[a] for a in actors], axis=0)
        for a in actors:
            share, lo, hi = pooled_share_ci(
                counts[a], totals, n_boot, level, seeded_rng(seed, "targets", g, a)
            )
            known = np.isfinite(totals)  # a missing count of any actor: the unit is left out
            rows.append(
                {
                    "group": g,
                    "actor": a,
                    "unit": unit,
                    "units": int(len(sub)),
                    "units_missing": int(len(sub) - known.sum()),
                    "units_with_targets": int(np.count_nonzero(totals[known] > 0)),
                    "targeted": int(counts[a][known].sum()),
                    "targets": int(totals[known].sum()),
                    "share": share,
                    "lower": lo,
                    "upper": hi,
                    "level": level,
                    "n_boot": n_boot,
                }
            )
    return pd.DataFrame(rows)


def _casts(truths: pd.Series, actors: Sequence[str]) -> np.ndarray:
    """Rows x actors: 1 where the readers' ``target_truth`` ("china+russia") holds the actor."""
    sets = [set(str(t).split("+")) for t in truths]
    return np.array([[a in s for a in actors] for s in sets], dtype=float).reshape(
        len(sets), len(actors)
    )


def estimated_target_shares(
    named: pd.DataFrame,
    empty: pd.DataFrame,
    population: Mapping[str, Mapping[str, int]],
    actors: Sequence[str],
    groups: Sequence[str],
    n_boot: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Per group and actor: the matches that cast the actor as readers saw them, estimated.

    For group g with ``T`` matches the rules give a named target and ``E`` they leave empty
    (``population["target"][g]``, ``population["empty_target"][g]``), the estimate for actor a is
    ``T * q + E * r``: ``q`` is the share of the judged named rows (``named``) whose readers'
    ``target_truth`` holds a, and ``r`` the same share of the judged empty rows (``empty``).
    The share is that estimate over the sum for all actors. The interval is a percentile
    bootstrap that resamples the named and the empty rows of the group independently, widened
    to the Wilson interval of the actor's casts among all the judged rows' casts where that is
    wider (as :func:`framing.stats.groups.pooled_share_ci` does): an actor no judged row casts
    gets ``[0, upper]`` with ``upper > 0``, not the bootstrap's ``[0, 0]``.

    Parameters
    ----------
    named, empty : DataFrame
        Judged audit rows with ``group`` and ``target_truth`` (empty: no actor cast).
    population : mapping
        ``{"target": {group: T}, "empty_target": {group: E}}``.
    actors, groups : sequence of str
        Actor categories and groups, in output order.
    n_boot, level, seed
        Resamples, interval level, seed.

    Returns
    -------
    DataFrame
        Columns group, actor, named_rows, named_cast, empty_rows, empty_cast, frame_named,
        frame_empty, estimate (matches that cast the actor), share, lower, upper, level, n_boot.

    Raises
    ------
    DataError
        When a group has no judged named or no judged empty rows, or no population.
    """
    from scipy.stats import norm

    actors = list(actors)
    rows = []
    for g in groups:
        n, e = named[named["group"] == g], empty[empty["group"] == g]
        if not len(n) or not len(e):
            raise DataError(f"group {g!r}: no judged named or empty target rows to estimate from")
        try:
            t_pop, e_pop = int(population["target"][g]), int(population["empty_target"][g])
        except KeyError as err:
            raise DataError(f"group {g!r}: no frame population of targets") from err
        q, r = _casts(n["target_truth"], actors), _casts(e["target_truth"], actors)
        casts = t_pop * q.mean(axis=0) + e_pop * r.mean(axis=0)
        rng = seeded_rng(seed, "estimated-targets", g)
        boot = t_pop * q[rng.integers(0, len(q), (n_boot, len(q)))].mean(axis=1)
        boot = boot + e_pop * r[rng.integers(0, len(r), (n_boot, len(r)))].mean(axis=1)
        total = boot.sum(axis=1, keepdims=True)
        with np.errstate(invalid="ignore", divide="ignore"):
            boot_shares = boot / total
        tail = (1 - level) / 2 * 100
        z = float(norm.ppf(0.5 + level / 2))
        judged_casts = int(q.sum() + r.sum())
        for k, a in enumerate(actors):
            b = boot_shares[:, k][np.isfinite(boot_shares[:, k])]
            lo, hi = np.percentile(b, [tail, 100 - tail]) if len(b) else (np.nan, np.nan)
            w_lo, w_hi = wilson(int(q[:, k].sum() + r[:, k].sum()), judged_casts, z)
            if len(b) and judged_casts:
                lo, hi = min(lo, w_lo), max(hi, w_hi)
            rows.append(
                {
                    "group": g,
                    "actor": a,
                    "named_rows": len(q),
                    "named_cast": int(q[:, k].sum()),
                    "empty_rows": len(r),
                    "empty_cast": int(r[:, k].sum()),
                    "frame_named": t_pop,
                    "frame_empty": e_pop,
                    "estimate": float(casts[k]),
                    "share": float(casts[k] / casts.sum()) if casts.sum() else np.nan,
                    "lower": float(lo),
                    "upper": float(hi),
                    "level": level,
                    "n_boot": n_boot,
                }
            )
    return pd.DataFrame(rows)


def audited_target_shares(n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """:func:`estimated_target_shares` of the news groups (RT, Western, China Daily) from the
    latest full-text attribution round whose whole-frame recall is estimated
    (:func:`framing.stats.attribution_audit.whole_frame_recall`): its named and empty target
    rows pooled with the earlier rounds it names, scaled to its record's
    ``frame_population``; with columns ``round`` and ``pooled_rounds``."""
    rounds = [r for r in aa.ROUNDS if r.frame is aa.ARTICLES]
    found = ((r, aa.whole_frame_population(r)) for r in reversed(rounds))
    spec, population = next(((r, p) for r, p in found if p is not None), (None, None))
    if spec is None:
        raise DataError("no attribution round records the frame population of its targets")
    named = aa.judged(aa.pooled_audit(spec, "target"), "target")
    empty = aa.judged(aa.pooled_audit(spec, "empty target"), "empty target")
    out = estimated_target_shares(
        named, empty, population, aa.ACTORS, spec.frame.groups, n_boot=n_boot, seed=seed
    )
    return out.assign(round=spec.number, pooled_rounds=aa.pooled_rounds(spec, "target"))
