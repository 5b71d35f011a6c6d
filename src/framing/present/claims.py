"""What a title computed from data may claim: pure rules, each one a function with a table test.

A figure title states a finding, and a finding must not say more than the table behind it:

- **Ties are named as ties.** Values equal at the precision shown are one group; a list of
  "the highest" takes whole groups (never the alphabetically first members of a tie), and a
  group larger than the list is reported by its size (:func:`name_top`).
- **Topics apart from framing.** Actor and pronoun categories (China, Russia, Ukraine, the UN,
  West / US, we / they) count what a text is *about*; an article on China and Russia is bound
  to top them. They are never mixed with frame and stance categories in a finding
  (:func:`is_topic`).
- **Enough evidence.** A category is named as high only with at least :data:`MIN_MATCHES`
  matches in at least :data:`MIN_SENTENCES` sentences and the corpus median outside the
  article's interval, i.e. the interval's lower end above the median (:func:`enough_evidence`).
- **Precision beside the number.** Every category carries its audited precision with its
  interval, and categories below :data:`~framing.stats.validation.EXPLORATORY_BELOW` are marked
  exploratory (:func:`precision_phrase`).

Functions return :class:`Claim` (the sentence and the items it names), so tests can check what
a title names against the data independently of its wording.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

#: Category kinds that are topic mentions, not framing.
TOPIC_KINDS = frozenset({"actor", "pronoun"})
#: Fewest matches of a category named in a title.
MIN_MATCHES = 3
#: Fewest sentences those matches must come from.
MIN_SENTENCES = 2
#: A percentile at or above this is "high" in a title.
HIGH_PERCENTILE = 90.0


@dataclass(frozen=True)
class Claim:
    """A finding: ``text`` and the items it names (``named``), for checking against data."""

    text: str
    named: tuple[str, ...] = field(default_factory=tuple)

    def __str__(self) -> str:
        return self.text


def is_topic(kind: str | None) -> bool:
    """Actor and pronoun categories are topic mentions, not frames or stance."""
    return str(kind) in TOPIC_KINDS


def enough_evidence(count: float, sentences: float, lower_above_median: bool) -> bool:
    """At least :data:`MIN_MATCHES` matches in at least :data:`MIN_SENTENCES` sentences, and the
    corpus median below the article's interval (``lower_above_median``)."""
    ok = _finite(count) and _finite(sentences)
    return bool(ok and count >= MIN_MATCHES and sentences >= MIN_SENTENCES and lower_above_median)


def _finite(x) -> bool:
    try:
        return x is not None and math.isfinite(float(x))
    except (TypeError, ValueError):
        return False


def join_words(items: Sequence[str], conj: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def tie_groups(items: Sequence[tuple[str, float]], decimals: int = 0) -> list[list[str]]:
    """Names grouped by value as shown (rounded to ``decimals``), highest first, names sorted
    within a group."""
    key = {name: round(float(v), decimals) for name, v in items}
    order = sorted(key, key=lambda n: (-key[n], n))
    groups: list[list[str]] = []
    for name in order:
        if groups and key[groups[-1][0]] == key[name]:
            groups[-1].append(name)
        else:
            groups.append([name])
    return groups


def name_top(
    items: Sequence[tuple[str, float]],
    n: int = 3,
    decimals: int = 0,
    fmt: str = "{:.0f}",
    show_values: bool = True,
) -> Claim:
    """The highest items as a phrase, ties named as ties.

    Whole tie groups are taken while they fit in ``n`` names; a first group larger than ``n``
    is given by its size ("7 tie at 100: A, B, C and 4 more"); a later group that does not fit
    is left out whole, never cut alphabetically. ``show_values=False`` leaves the values out
    ("A and B (tied); C"; "A, B, C and 4 more (all tied)").
    """
    groups = tie_groups(items, decimals)
    if not groups:
        return Claim("")
    values = {name: round(float(v), decimals) for name, v in items}
    if len(groups[0]) > n:
        g = groups[0]
        v = fmt.format(values[g[0]])
        if show_values:
            text = f"{len(g)} tie at {v}: {', '.join(g[:n])} and {len(g) - n} more"
        else:  # inside a sentence ("above 90% ... on A, B, C and 1 more (all tied)")
            text = f"{', '.join(g[:n])} and {len(g) - n} more (all tied)"
        return Claim(text, tuple(g))
    parts, named = [], []
    for g in groups:
        if len(named) + len(g) > n:
            break
        v = fmt.format(values[g[0]])
        if not show_values:
            parts.append(f"{join_words(g)} (tied)" if len(g) > 1 else g[0])
        else:
            parts.append(f"{join_words(g)} (tied at {v})" if len(g) > 1 else f"{g[0]} ({v})")
        named += g
    if any(len(g) > 1 for g in groups[: len(parts)]):
        return Claim("; ".join(parts), tuple(named))  # "and" inside a tie, ";" between groups
    return Claim(join_words(parts), tuple(named))


def unaudited_phrase(files=()) -> str:
    """``not audited``, or ``not audited (changed by a.yaml, b.yaml)`` for a built-in category
    the user's lexicon ``files`` change (:func:`framing.stats.validation.changed_categories`)."""
    return f"not audited (changed by {', '.join(files)})" if files else "not audited"


def precision_phrase(
    precision: float,
    lower: float,
    upper: float,
    exploratory: bool,
    other: tuple | None = None,
) -> str:
    """``precision 0.85 (0.77–0.91)``, with ``, exploratory`` below the bar; ``not audited``
    without a precision. ``other``: (precision, lower, upper[, where]) measured in the official
    texts as well (scare quotes), written after the first: ``precision 0.62 (0.52–0.72); White
    House 0.12 (0.06–0.22), exploratory`` (``where``, default "official texts")."""
    if not _finite(precision):
        return "not audited"
    text = f"precision {precision:.2f} ({lower:.2f}–{upper:.2f})"
    if other is not None and _finite(other[0]):
        where = other[3] if len(other) > 3 and other[3] else "official texts"
        text += f"; {where} {other[0]:.2f} ({other[1]:.2f}–{other[2]:.2f})"
    return text + (", exploratory" if exploratory else "")


def group_precision_phrase(
    rows: Sequence[tuple[str, int, int]], exploratory_below: float, min_n: int
) -> str:
    """``China Daily 16/30 (0.53), RT 15/30 (0.50), exploratory`` (rows judged right) from ``rows`` of
    (group, correct, n), in their order: each group's counts with its share; a group judged on
    fewer than ``min_n`` rows shows ``too few`` instead of a share; ``, exploratory`` when a
    judged share is below ``exploratory_below``; ``not audited by group`` without rows."""
    if not rows:
        return "not audited by group"
    parts, low = [], False
    for group, correct, n in rows:
        if n < min_n:
            parts.append(f"{group} {correct}/{n} (too few)")
            continue
        share = correct / n
        low = low or share < exploratory_below
        parts.append(f"{group} {correct}/{n} ({share:.2f})")
    return ", ".join(parts) + (", exploratory" if low else "")


def short_label(label: str) -> str:
    return str(label).removesuffix(" per 1k")


def position_claim(table: pd.DataFrame, corpus: str, threshold: float = HIGH_PERCENTILE) -> Claim:
    """The finding of a position table (one row per metric) among ``corpus`` documents.

    Reads ``label``, ``kind``, ``percentile``, ``count``, ``sentences`` and ``percentile_lo``
    (the percentile of the lower end of the article's interval). Only frame, stance and quote
    rates with an interval are candidates; topic mentions and metrics without counts are never
    named. A candidate is named when its percentile is at least ``threshold`` and it has
    :func:`enough_evidence` (the lower end of its interval above the corpus median:
    ``percentile_lo > 50``); names are listed by percentile with ties named as ties.
    """
    t = table[table["percentile"].notna()]
    frames = t[~t["kind"].map(is_topic) & t["count"].notna() & t["percentile_lo"].notna()]
    ok = [
        enough_evidence(r.count, r.sentences, r.percentile_lo > 50)
        for r in frames.itertuples(index=False)
    ]
    strong = frames[pd.Series(ok, index=frames.index, dtype=bool)]
    strong = strong[strong["percentile"] >= threshold]
    m = len(frames)
    if strong.empty:
        return Claim(
            f"No frame or stance measure puts the article clearly above {threshold:.0f}% of "
            f"{corpus} (at least {MIN_MATCHES} matches in {MIN_SENTENCES} sentences, interval "
            "above the median)"
        )
    top = name_top([(short_label(r.label), r.percentile) for r in strong.itertuples()], n=3)
    rest = len(strong) - len(top.named)
    tail = f", and {rest} more" if rest > 0 else ""
    return Claim(
        f"Topics apart, the article is clearly above {threshold:.0f}% of {corpus} on "
        f"{len(strong)} of {m} frame and stance measure{'' if m == 1 else 's'}: {top.text}{tail}",
        top.named,
    )


def leaders_claim(
    rows: pd.DataFrame, label: str = "group", value: str = "per_1k", lower="lower", upper="upper"
) -> Claim:
    """Which row is highest, only if its interval clears every other row's: "A (0.71)" or, when
    the intervals overlap, "A, B and C overlap (0.44–0.71)"."""
    t = rows.dropna(subset=[value]).sort_values([value, label], ascending=[False, True])
    if t.empty:
        return Claim("")
    top = t.iloc[0]
    others = t.iloc[1:]
    if others.empty or top[lower] > others[upper].max():
        return Claim(f"{top[label]} ({top[value]:.2f})", (str(top[label]),))
    names = [str(x) for x in t[label]]
    lo, hi = t[value].min(), t[value].max()
    return Claim(f"{join_words(sorted(names))} overlap ({lo:.2f}–{hi:.2f})", ())
