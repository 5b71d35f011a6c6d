"""Sentences that turn a table into a figure title stating the finding (and only the finding)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from framing.present.tables import top_terms


def plural(n: int | float, noun: str, plural_form: str | None = None) -> str:
    """``1 sentence``, ``0 sentences``, ``2 sentences`` (``plural_form`` for irregular nouns:
    ``plural(2, "speech", "speeches")``)."""
    n = int(n)
    return f"{n} {noun if n == 1 else (plural_form or noun + 's')}"


def times_phrase(value: float, reference: float) -> str:
    """How ``value`` compares with ``reference`` > 0, never "0.0× that": "3.2× that",
    "18× that", "about the same", "40% of that", "none"."""
    if not np.isfinite(value) or not np.isfinite(reference) or reference <= 0:
        return "not comparable"
    if value == 0:
        return "none"
    ratio = value / reference
    if 0.95 <= ratio < 1.05:
        return "about the same"
    if ratio >= 1.05:
        return f"{ratio:.1f}× that" if ratio < 10 else f"{ratio:.0f}× that"
    pct = 100 * ratio
    return f"{pct:.0f}% of that" if pct >= 1 else "under 1% of that"


def join_words(items: Sequence[str], conj: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def rates_sentence(rates: pd.DataFrame, n: int = 3) -> str:
    """The ``n`` highest article rates as a phrase: "China (53.5 per 1k), Russia (41.2) ..."."""
    t = rates.sort_values(["per_1k", "category"], ascending=[False, True], kind="mergesort")
    parts = []
    for i, r in enumerate(t.head(n).itertuples(index=False)):
        unit = " per 1k" if i == 0 else ""
        parts.append(f"{r.label} ({r.per_1k:.1f}{unit})")
    return join_words(parts)


def position_sentence(table: pd.DataFrame, corpus: str, threshold: float = 90.0, n: int = 3) -> str:
    """A finding sentence from a :func:`position_table`, e.g. "The article is above 90% of
    UNGD 2022 speeches on 7 of 17 metrics, most of all West / US, Cold War and scare quotes"."""
    t = table.dropna(subset=["percentile"])
    t = t.sort_values(["percentile", "metric"], ascending=[False, True], kind="mergesort")
    high = t[t["percentile"] >= threshold]
    if t.empty:
        return f"No metric could be compared with {corpus}"
    if high.empty:
        r = t.iloc[0]
        return (
            f"The article is within the usual range of {corpus}: its highest position is "
            f"{_short(r['label'])} (percentile {r['percentile']:.0f})"
        )
    names = [_short(x) for x in high["label"].head(n)]
    return (
        f"The article is above {threshold:.0f}% of {corpus} on {len(high)} of "
        f"{plural(len(t), 'metric')}, most of all {join_words(names)}"
    )


def _short(label: str) -> str:
    return str(label).removesuffix(" per 1k")


def month_sentence(
    monthly: pd.DataFrame, category: str, label: str, month: str, article_value: float
) -> str:
    """Finding for one category of :func:`monthly_rates` in ``month`` (``YYYY-MM``): which
    group used it most and how the article's rate compares."""
    m = pd.Timestamp(month)
    t = monthly[(monthly["category"] == category) & (monthly["month"] == m)]
    t = t.sort_values(["per_1k", "group"], ascending=[False, True], kind="mergesort")
    if t.empty:
        return f"No official texts in {m:%B %Y}"
    top = t.iloc[0]
    head = f"In {m:%B %Y} the {top['group']} used {label} most ({top['per_1k']:.2f} per 1k)"
    if top["per_1k"] > 0 and np.isfinite(article_value):
        if article_value == 0:
            return f"{head}; the article has none"
        return (
            f"{head}; the article's {article_value:.1f} per 1k is "
            f"{times_phrase(article_value, top['per_1k'])}"
        )
    return f"{head}; the article: {article_value:.1f} per 1k"


def above_phrase(row: Mapping, corpus: str) -> str:
    """How many corpus documents the article exceeds, from a :func:`position_table` row:
    "higher than all 193 UNGD 2022 speeches" or "higher than 87% of UNGD 2022 speeches"
    (the share strictly below, rounded down, so it never overstates)."""
    n, below = int(row["n"]), int(row["n_below"])
    if n == 0:
        return f"not comparable (no {corpus})"
    if n == 1:
        return f"{'higher' if below else 'not higher'} than the one document of {corpus}"
    if below == n:
        return f"higher than all {n} {corpus}"
    return f"higher than {math.floor(100 * below / n)}% of {corpus}"


def keyness_sentence(table: pd.DataFrame, target: str, reference: str, n: int = 5) -> str:
    """Finding of a log-odds table: the top content words of each side beyond ``|z| = 1.96``,
    e.g. "the article stands out by 'china', 'russia' ...; only 'we' marks UNGD 2022"."""
    pos = [f"'{w}'" for w in top_terms(table, n, positive=True, content_only=True)]
    neg_all = top_terms(table, n, positive=False)
    neg = [f"'{w}'" for w in top_terms(table, n, positive=False, content_only=True)] or [
        f"'{w}'" for w in neg_all
    ]
    head = (
        f"{target} stands out by {join_words(pos)}"
        if pos
        else f"No content word marks {target} beyond |z| = 1.96"
    )
    if not neg:
        tail = f"no word is significantly more typical of {reference}"
    elif len(neg_all) < n:
        verb = "marks" if len(neg) == 1 else "mark"
        tail = f"only {join_words(neg)} {verb} {reference}"
    else:
        tail = f"{reference} by {join_words(neg)}"
    return f"{head}; {tail}"


def neighbours_sentence(nn: pd.DataFrame, k: int | None = None) -> str:
    """Finding of a nearest-neighbour table with columns ``corpus``, ``group`` and (for UN
    speeches) ``country``: how many neighbours come from each corpus, and which."""
    k = len(nn) if k is None else k
    parts = []
    for corpus, rows in nn.groupby("corpus", sort=True):
        if "country" in rows and rows["country"].notna().all():
            who = join_words(rows["country"].astype(str).tolist())
        else:
            vc = rows["group"].value_counts()
            vc = vc.sort_index(kind="mergesort").sort_values(ascending=False, kind="mergesort")
            who = join_words([f"{n} {g}" for g, n in vc.items()])
        parts.append(f"{len(rows)} {corpus} ({who})")
    return f"The article's {plural(k, 'nearest neighbour')}: {join_words(parts)}"


def target_sentence(matrix: pd.DataFrame, label=str) -> str:
    """Finding of an actor × frame ``targeted`` matrix (matches that cast an actor
    negatively): the most targeted actor and how many matches target the others."""
    per_actor = matrix.sum(axis=1).sort_values(ascending=False, kind="mergesort")
    total = int(matrix.to_numpy().sum())
    if total == 0:
        return "No match casts an actor negatively"
    top, top_n = per_actor.index[0], int(per_actor.iloc[0])
    others = total - top_n
    rest = (
        "no other actor is cast negatively"
        if others == 0
        else f"{plural(others, 'match', 'matches')} target{'s' if others == 1 else ''} other actors"
    )
    of = f"{top_n} of the {plural(total, 'match', 'matches')}" if total > 1 else "the one match"
    return f"{label(top)} is the target of {of} that cast an actor negatively; {rest}"


def _tiny(label: str) -> str:
    """A metric label cut for a title: no unit, no trailing "frame", no parenthesis — unless
    the label is one word explained by it ("They (out-group pronouns)" → "out-group pronouns")."""
    m = re.match(r"^(.*?)\s*\((.*)\)$", _short(label))
    if m:
        return m.group(2) if len(m.group(1).split()) == 1 else m.group(1)
    return _short(label).removesuffix(" frame")


def _group_name(name: str) -> str:
    """The short form of a comparison group's name: the part before the first comma."""
    return str(name).split(",")[0].split(" (")[0]


def _ordinal(p: float) -> str:
    n = int(round(p))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def group_positions_sentence(
    table: pd.DataFrame,
    groups: Sequence[str],
    high: float = 90.0,
    low: float = 30.0,
    split_below: float = 75.0,
    n: int = 3,
    prefix: str = "",
) -> str:
    """Finding of a :func:`~framing.present.tables.positions_by_corpus` table over ``groups``:
    the metrics on which more than ``high``% of every group's documents are strictly below the
    article, those on which at least ``100 - low``% of every group's documents are strictly
    above it ("below most"; ties never count for the article), and the metric on which the
    groups' (mid-rank) percentiles disagree most (one ≥ ``high``, another < ``split_below``)."""
    t = table[table["corpus"].isin(groups)].dropna(subset=["percentile"])
    if t.empty:
        return f"{prefix}No metric could be compared"
    t = t.assign(
        below_pct=100 * t["n_below"] / t["n"],
        above_pct=100 * (t["n"] - t["n_below"] - t["n_equal"]) / t["n"],
    )

    def wide(col: str) -> pd.DataFrame:
        return t.pivot_table(index="label", columns="corpus", values=col)[list(groups)]

    p = wide("percentile")
    lo_, hi_ = p.min(axis=1), p.max(axis=1)
    strictly_below, strictly_above = wide("below_pct").min(axis=1), wide("above_pct").min(axis=1)
    above = strictly_below[strictly_below >= high].sort_values(ascending=False, kind="mergesort")
    below = strictly_above[strictly_above >= 100 - low].sort_values(
        ascending=False, kind="mergesort"
    )
    parts = []
    if len(above):
        names = join_words([_tiny(x) for x in above.index[:n]])
        more = f" ({len(above)} metrics)" if len(above) > n else ""
        parts.append(f"above {high:.0f}% of every group's documents on {names}{more}")
    if len(below):
        parts.append(f"below most on {join_words([_tiny(x) for x in below.index[:n]])}")
    split = (hi_ - lo_)[(hi_ >= high) & (lo_ < split_below)].sort_values(
        ascending=False, kind="mergesort"
    )
    if len(split):
        m = split.index[0]
        g_lo, g_hi = p.loc[m].idxmin(), p.loc[m].idxmax()
        parts.append(
            f"on {_tiny(m)} it is at the {_ordinal(p.loc[m, g_lo])} percentile of {_group_name(g_lo)}, "
            f"the {_ordinal(p.loc[m, g_hi])} of {_group_name(g_hi)}"
        )
    if not parts:
        return f"{prefix}The article is within the usual range of every group"
    head = "The article is " if not prefix else f"{prefix}the article is "
    return head + "; ".join(parts)


def outlet_strip_sentence(
    scores: pd.DataFrame,
    metric: str,
    value: float,
    label: str,
    by: str,
    order: Sequence[str],
) -> str:
    """Finding of a strip plot by outlet: the range, over outlets, of the share of each outlet's
    documents strictly below the article (rounded down, so it never overstates), e.g.
    "Accusation: the article's 11.0 per 1k is above 93% (China Daily columns) to all (RT) of
    each outlet's documents"."""
    below = {}
    for g in order:
        vals = scores.loc[scores[by] == g, metric].to_numpy(dtype=float)
        vals = vals[np.isfinite(vals)]
        if len(vals):
            below[g] = 100.0 * np.count_nonzero(vals < value) / len(vals)
    short = _short(label)
    if not below:
        return f"{short}: no outlet to compare"
    g_lo = min(below, key=lambda g: (below[g], g))
    g_hi = max(below, key=lambda g: (below[g], g))

    def share(g: str) -> str:
        return "all" if below[g] == 100 else f"{math.floor(below[g])}%"

    return (
        f"{short}: the article's {value:.1f} per 1k is above {share(g_lo)} ({g_lo}) to "
        f"{share(g_hi)} ({g_hi}) of each outlet's documents"
    )


def headline_week_sentence(weeks: pd.DataFrame, date: str, flag: str) -> str:
    """Finding of :func:`framing.stats.weekly.weekly_shares` for the week holding ``date``: the
    share of each outlet's headlines with ``flag`` (outlets with too few headlines left out)."""
    day = pd.Timestamp(date)
    w = day.normalize() - pd.Timedelta(days=day.day_of_week)
    t = weeks[(weeks["flag"] == flag) & (weeks["week"] == w) & ~weeks["few"]]
    t = t.sort_values(["share", "group"], ascending=[False, True], kind="mergesort")
    if t.empty:
        return f"No outlet has enough headlines in the week of {w:%-d %b %Y}"
    top = t.iloc[0]
    rest = [f"{r.group} {100 * r.share:.0f}%" for r in t.iloc[1:].itertuples(index=False)]
    left = weeks[(weeks["flag"] == flag) & (weeks["week"] == w) & weeks["few"]]["group"].tolist()
    tail = f" ({join_words(left)}: too few headlines)" if left else ""
    owner = f"{top.group}'" if str(top.group).endswith("s") else f"{top.group}'s"
    return (
        f"In the week of {w:%-d %b %Y}, {100 * top.share:.0f}% of {owner} headlines "
        f"named {flag} ({top.k} of {top.n}); {join_words(rest)}{tail}"
    )
