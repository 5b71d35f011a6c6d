"""Sentences that turn a table into a figure title stating the finding (and only the finding).

The rules that keep a title from over-claiming (ties, topics apart from frames, an evidence
minimum, overlapping intervals) live in :mod:`framing.present.claims`; the functions here word
the findings of particular tables with them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from framing.present.claims import (
    Claim,
    is_topic,
    join_words,
    leaders_claim,
    name_top,
    position_claim,
)
from framing.present.tables import top_terms

__all__ = [
    "above_phrase",
    "strip_sentence",
    "topics_sentence",
    "audit_sentence",
    "join_words",
    "keyness_sentence",
    "month_sentence",
    "neighbours_sentence",
    "position_sentence",
    "rates_sentence",
]


def rates_sentence(rates: pd.DataFrame, n: int = 3) -> str:
    """The ``n`` highest article rates as a phrase, ties named as ties:
    "China (53.5), Russia (41.2) and West / US (26.1) per 1k"."""
    claim = name_top(
        [(str(r.label), float(r.per_1k)) for r in rates.itertuples(index=False)],
        n=n,
        decimals=1,
        fmt="{:.1f}",
    )
    return f"{claim.text} per 1k" if claim.text else ""


def position_sentence(table: pd.DataFrame, corpus: str, threshold: float = 90.0) -> str:
    """The finding of a :func:`~framing.present.tables.position_table`
    (:func:`framing.present.claims.position_claim`): frame and stance measures above
    ``threshold`` percent of ``corpus`` with enough evidence, topics apart, ties as ties."""
    return position_claim(table, corpus, threshold).text


def topics_sentence(table: pd.DataFrame, corpus: str, threshold: float = 90.0) -> str:
    """The topic mentions (actor and pronoun categories) above ``threshold`` percent of
    ``corpus``, ties as ties — for a subtitle, apart from the frames."""
    t = table[table["kind"].map(is_topic) & table["percentile"].notna()]
    high = t[t["percentile"] >= threshold]
    if high.empty:
        return f"no topic mention is above {threshold:.0f}% of {corpus}"
    claim = name_top(
        [(str(r.label).removesuffix(" per 1k"), r.percentile) for r in high.itertuples()], n=4
    )
    more = len(high) - len(claim.named)
    return f"topic mentions above {threshold:.0f}%: {claim.text}" + (
        f" and {more} more" if more else ""
    )


def month_sentence(
    monthly: pd.DataFrame,
    category: str,
    label: str,
    month: str,
    article: Mapping[str, float] | pd.Series | float,
) -> str:
    """Finding for one category of :func:`~framing.present.tables.monthly_rates` in ``month``
    (``YYYY-MM``): which source used it most — only if its interval clears the others' — and
    whether the article's interval (``article``: ``per_1k``, ``lower``, ``upper``) lies above
    every source's."""
    m = pd.Timestamp(month)
    t = monthly[(monthly["category"] == category) & (monthly["month"] == m)]
    if t.empty:
        return f"No official texts in {m:%B %Y}"
    if isinstance(article, pd.Series):
        article = article.to_dict()
    if not isinstance(article, Mapping):
        article = {"per_1k": float(article), "lower": np.nan, "upper": np.nan}
    lead = leaders_claim(t)
    if lead.named:
        head = (
            f"In {m:%B %Y} the {lead.named[0]} used {label} most ({t['per_1k'].max():.2f} per 1k)"
        )
    else:
        head = f"In {m:%B %Y} the sources' rates of {label} overlap ({_span(t)} per 1k)"
    a, lo, hi = (float(article.get(k, np.nan)) for k in ("per_1k", "lower", "upper"))
    if not np.isfinite(a):
        return head
    iv = f" (95% interval {lo:.1f}–{hi:.1f})" if np.isfinite(lo) else ""
    if np.isfinite(lo) and lo > t["upper"].max():
        return f"{head}; the article's {a:.1f} per 1k{iv} is above every source"
    if np.isfinite(lo):
        return f"{head}; the article's {a:.1f} per 1k{iv} overlaps them"
    return f"{head}; the article: {a:.1f} per 1k"


def _span(t: pd.DataFrame) -> str:
    return f"{t['per_1k'].min():.2f}–{t['per_1k'].max():.2f}"


def above_phrase(row: Mapping, corpus: str) -> str:
    """How many corpus documents the article exceeds, from a position-table row:
    "higher than all 193 UNGD 2022 speeches" or "higher than 87% of UNGD 2022 speeches"
    (the share strictly below, rounded down, so it never overstates)."""
    n, below = int(row["n"]), int(row["n_below"])
    if n and below == n:
        return f"higher than all {n} {corpus}"
    return f"higher than {math.floor(100 * below / n) if n else 0}% of {corpus}"


def strip_sentence(label: str, rate: Mapping, rows: Sequence[tuple[Mapping, str]]) -> str:
    """Title of a strip plot of one rate: the article's value with its interval, how many
    documents of each corpus it exceeds (:func:`above_phrase`), and — when the evidence is thin
    (:func:`framing.present.claims.enough_evidence` without the interval condition) — how many
    matches in how many sentences the rate rests on."""
    from framing.present.claims import MIN_MATCHES, MIN_SENTENCES

    v, lo, hi = (float(rate[k]) for k in ("per_1k", "lower", "upper"))
    where = join_words([above_phrase(row, corpus) for row, corpus in rows])
    text = f"{label}: the article's {v:.1f} per 1k (95% interval {lo:.1f}–{hi:.1f}) is {where}"
    count, sents = int(rate["count"]), int(rate["sentences"])
    if count < MIN_MATCHES or sents < MIN_SENTENCES:
        s = "sentence" if sents == 1 else "sentences"
        text += f", but it rests on {count} matches in {sents} {s}"
    return text


def keyness_claim(table: pd.DataFrame, target: str, reference: str, n: int = 5) -> Claim:
    """Finding of a keyness table with a ``passes`` column (:func:`framing.stats.keyness.add_tests`):
    the words that pass the exact and the document-aware test after adjustment, on each side,
    listed by z (or G²); "no word passes" when none does."""
    stat = "z" if "z" in table.columns else "G2"
    passed = table[table["passes"].astype(bool)] if "passes" in table.columns else table.iloc[:0]
    pos = top_terms(passed, n, positive=True, z=stat, threshold=0.0)
    neg = top_terms(passed, n, positive=False, z=stat, threshold=0.0)
    n_pos = int((passed[stat] > 0).sum())
    n_neg = int((passed[stat] < 0).sum())
    if not pos and not neg:
        return Claim(
            f"No word separates {target} from {reference} once words are tested by document "
            f"and the {len(table)} words tested are accounted for"
        )
    words = [f"'{w}'" for w in pos]
    head = (
        f"{n_pos} of {len(table)} words {'sets' if n_pos == 1 else 'set'} {target} apart from "
        f"{reference}: {join_words(words)}"
        + (f" and {n_pos - len(pos)} more" if n_pos > len(pos) else "")
        if pos
        else f"No word is more typical of {target} than of {reference} beyond chance"
    )
    if neg:
        quoted = join_words([f"'{w}'" for w in neg])
        tail = f"{n_neg} more typical of {reference}: {quoted}"
    else:
        tail = f"none is more typical of {reference}"
    return Claim(f"{head}; {tail}", tuple(pos + neg))


def keyness_sentence(table: pd.DataFrame, target: str, reference: str, n: int = 5) -> str:
    """The text of :func:`keyness_claim`."""
    return keyness_claim(table, target, reference, n).text


def neighbours_sentence(nn: pd.DataFrame, k: int | None = None) -> str:
    """Finding of a nearest-neighbour table with columns ``corpus``, ``group`` and (for UN
    speeches) ``country``: how many neighbours come from each corpus, and which, with their
    similarity against the median document's (``attrs["baseline"]``) when known."""
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
    text = f"The article's {k} nearest neighbours: {join_words(parts)}"
    base = nn.attrs.get("baseline")
    if base and "cosine_similarity" in nn and np.isfinite(base.get("median", np.nan)):
        sims = nn["cosine_similarity"]
        text += (
            f"; cosine {sims.min():.2f}–{sims.max():.2f}, against {base['median']:.2f} for the "
            "median document"
        )
    return text


def audit_sentence(precision: pd.DataFrame, kinds: Mapping[str, str], bar: float = 0.9) -> str:
    """Finding of the precision audit, frames apart from name lists: "3 of 7 frame and stance
    categories are at least 90% precise; distancing (0.69) is below 0.80 and exploratory; the 7
    topic name lists are 0.98–1.00". ``precision`` has category, precision, exploratory."""
    p = precision.assign(topic=precision["category"].map(lambda c: is_topic(kinds.get(c))))
    frames, topics = p[~p["topic"]], p[p["topic"]]
    good = int((frames["precision"] >= bar).sum())
    verb = "is" if good == 1 else "are"
    text = f"{good} of {len(frames)} frame and stance categories {verb} at least {bar:.0%} precise"
    weak = frames[frames["exploratory"].astype(bool)].sort_values(["precision", "category"])
    if len(weak):
        names = [f"{r.category} ({r.precision:.2f})" for r in weak.itertuples()]
        verb = "is" if len(weak) == 1 else "are"
        text += f"; {join_words(names)} {verb} below 0.80 and exploratory"
    if len(topics):
        lo, hi = topics["precision"].min(), topics["precision"].max()
        text += f"; the {len(topics)} topic name lists are {lo:.2f}–{hi:.2f}"
    return text
