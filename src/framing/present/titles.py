"""Sentences that turn a table into a figure title stating the finding (and only the finding)."""

from __future__ import annotations

import math
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
