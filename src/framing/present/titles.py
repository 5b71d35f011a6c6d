"""Sentences that turn a table into a figure title stating the finding (and only the finding).

The rules that keep a title from over-claiming (ties, topics apart from frames, an evidence
minimum, overlapping intervals) live in :mod:`framing.present.claims`; the functions here word
the findings of particular tables with them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from framing.core.errors import DataError
from framing.present.claims import (
    MIN_MATCHES,
    MIN_SENTENCES,
    Claim,
    enough_evidence,
    is_topic,
    join_words,
    leaders_claim,
    name_top,
    position_claim,
)
from framing.present.labels import OWN_VOICE_WORDS
from framing.present.tables import READERS_ESTIMATE, top_terms

__all__ = [
    "above_phrase",
    "group_positions_sentence",
    "outlet_strip_sentence",
    "own_voice_positions_sentence",
    "strip_sentence",
    "topics_sentence",
    "audit_sentence",
    "join_words",
    "keyness_sentence",
    "month_sentence",
    "neighbours_sentence",
    "position_sentence",
    "plural",
    "profile_title",
    "rates_sentence",
    "target_sentence",
    "times_phrase",
    "voice_share_sentence",
]


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


def profile_title(rates: pd.DataFrame) -> str:
    """The finding of an article's rate profile (an :func:`~framing.present.tables.article_rates`
    table): its three highest topic mentions and its most frequent frame or stance with enough
    evidence (:func:`~framing.present.claims.enough_evidence`, lower end above 0); says so when
    there is none of either rather than leaving the claim empty."""
    seen = rates[rates["count"] > 0]
    topics = seen[seen["kind"].map(is_topic)]
    frames = seen[~seen["kind"].map(is_topic)]
    strong = frames[
        [enough_evidence(r.count, r.sentences, r.lower > 0) for r in frames.itertuples(index=False)]
    ]
    evidence = f"at least {MIN_MATCHES} matches in {MIN_SENTENCES} sentences"
    topic = rates_sentence(topics, 3) or "none"
    if strong.empty:
        return f"Topic mentions: {topic}; no frame or stance category has {evidence}"
    return (
        f"Topic mentions: {topic}; the most frequent frame or stance with {evidence}: "
        f"{rates_sentence(strong, 1)}"
    )


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
    top = float(t["per_1k"].max())
    if not np.isfinite(lo) and lead.named and top > 0:  # a rate without interval: a ratio
        if a == 0:
            return f"{head}; the article has none"
        return f"{head}; the article's {a:.1f} per 1k is {times_phrase(a, top)}"
    iv = f" (95% interval {lo:.1f}–{hi:.1f})" if np.isfinite(lo) else ""
    if np.isfinite(lo) and lo > t["upper"].max():
        return f"{head}; the article's {a:.1f} per 1k{iv} is above every source"
    if np.isfinite(lo):
        return f"{head}; the article's {a:.1f} per 1k{iv} overlaps them"
    return f"{head}; the article: {a:.1f} per 1k"


def _short(label: str) -> str:
    return str(label).removesuffix(" per 1k")


def _span(t: pd.DataFrame) -> str:
    return f"{t['per_1k'].min():.2f}–{t['per_1k'].max():.2f}"


def above_phrase(row: Mapping, corpus: str) -> str:
    """How many corpus documents the article exceeds, from a position-table row:
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


def strip_sentence(label: str, rate: Mapping, rows: Sequence[tuple[Mapping, str]]) -> str:
    """Title of a strip plot of one rate: the article's value with its interval, how many
    documents of each corpus it exceeds (:func:`above_phrase`), and — when the evidence is thin
    (:func:`framing.present.claims.enough_evidence` without the interval condition) — how many
    matches in how many sentences the rate rests on."""
    where = join_words([above_phrase(row, corpus) for row, corpus in rows])
    head, thin = _article_rate(rate)
    return f"{label}: {head} is {where}{thin}"


def _article_rate(rate: Mapping) -> tuple[str, str]:
    """("the article's 5.5 per 1k (95% interval 0.0–15.8)", ", but it rests on 4 matches in
    1 sentence") from a row of :func:`framing.present.tables.article_rates`; the second part
    is empty with at least :data:`MIN_MATCHES` matches in :data:`MIN_SENTENCES` sentences."""
    v, lo, hi = (float(rate[k]) for k in ("per_1k", "lower", "upper"))
    head = f"the article's {v:.1f} per 1k (95% interval {lo:.1f}–{hi:.1f})"
    count, sents = int(rate["count"]), int(rate["sentences"])
    if count < MIN_MATCHES or sents < MIN_SENTENCES:
        matches = plural(count, "match", "matches")
        return head, f", but it rests on {matches} in {plural(sents, 'sentence')}"
    return head, ""


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
    text = f"The article's {plural(k, 'nearest neighbour')}: {join_words(parts)}"
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


def target_coverage(matches: pd.DataFrame, categories: Sequence[str], label=str) -> str:
    """How many of a text's ``matches`` of the target ``categories`` the rules give a target,
    for the subtitle of a targets chart, which shows only those: ``the rules name a target
    for 11 of the text's 20 matches of the Accusation and Distancing categories; the others
    cast no actor the rules can place`` (``label``: a category's display name; ``categories``:
    those of the chart, e.g. the columns of ``Analysis.actor_frame_matrix(view="targeted")``)."""
    rows = matches[matches["category"].isin(list(categories))]
    named = int((rows["target"].fillna("") != "").sum())
    names = join_words([_tiny(label(c)) for c in categories])
    total = plural(len(rows), "match", "matches")
    head = f"the rules name a target for {named} of the text's {total}"
    if len(rows) == 0 or named == len(rows):
        return f"{head} of the {names} categories"
    return f"{head} of the {names} categories; the others cast no actor the rules can place"


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
    groups' (mid-rank) percentiles disagree most (one ≥ ``high``, another < ``split_below``).

    With the article's evidence in the table (``count``, ``sentences``, ``percentile_lo``), a
    metric is "above" only with :func:`~framing.present.claims.enough_evidence` in every group;
    with ``percentile_hi`` too, "below most" only when the upper end of the article's interval
    is below every group's median (``percentile_hi < 50``): two hedges in 729 words are not
    evidence of hedging less than a group whose median is five."""
    t = table[table["corpus"].isin(groups)].dropna(subset=["percentile"])
    topics_apart = "kind" in t.columns and bool(t["kind"].map(is_topic).any())
    if topics_apart:  # topic mentions are never findings about framing (framing.present.claims)
        t = t[~t["kind"].map(is_topic)]
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
    above = strictly_below[strictly_below >= high]
    evidence = {"count", "sentences", "percentile_lo"} <= set(t.columns)
    if evidence:  # enough matches, and the interval's lower end above the median everywhere
        first = t.drop_duplicates("label").set_index("label")
        lowest = wide("percentile_lo").min(axis=1)
        # a metrics Series does not say which sentences the matches are in: not checked then
        sents = first["sentences"].fillna(MIN_SENTENCES)
        above = above[
            [enough_evidence(first.loc[m, "count"], sents[m], lowest[m] > 50) for m in above.index]
        ]
    below = strictly_above[strictly_above >= 100 - low]
    if evidence and "percentile_hi" in t.columns:  # the interval's upper end below every median
        below = below[wide("percentile_hi").max(axis=1)[below.index] < 50]
    below = below.sort_values(ascending=False, kind="mergesort")
    parts = []
    if len(above):
        top = name_top([(_tiny(m), v) for m, v in above.items()], n=n, show_values=False)
        more = f" ({len(above)} metrics)" if len(above) > len(top.named) else ""
        clearly = " with enough evidence" if evidence else ""
        parts.append(f"above {high:.0f}% of every group's documents{clearly} on {top.text}{more}")
    if len(below):
        parts.append(f"below most on {join_words([_tiny(x) for x in below.index[:n]])}")
    split = (hi_ - lo_)[(hi_ >= high) & (lo_ < split_below)].sort_values(
        ascending=False, kind="mergesort"
    )
    if len(split):
        m = split.index[0]
        g_lo, g_hi = p.loc[m].idxmin(), p.loc[m].idxmax()
        where = (
            f"at the {_ordinal(p.loc[m, g_lo])} percentile of {_group_name(g_lo)}, "
            f"the {_ordinal(p.loc[m, g_hi])} of {_group_name(g_hi)}"
        )  # alone it follows "the article is": "at the 50th percentile of A on B, ..."
        parts.append(
            f"on {_tiny(m)} it is {where}" if parts else where.replace(", ", f" on {_tiny(m)}, ", 1)
        )
    if not parts:  # lower case after a prefix ("In the author's own voice: the article ...")
        head = "The article is " if not prefix else f"{prefix}the article is "
        return f"{head}within the usual range of every group"
    if topics_apart:
        head = "Topics apart, the article is " if not prefix else f"{prefix}topics apart, it is "
        return head + "; ".join(parts)
    head = "The article is " if not prefix else f"{prefix}the article is "
    return head + "; ".join(parts)


def voice_share_sentence(shares: pd.DataFrame, article: str, groups: Sequence[str]) -> str:
    """Finding of a :func:`~framing.present.tables.voice_share_rows` table: how many of the
    article's stance matches (group ``article``) are in its own voice, and each of ``groups``'
    share (their ``all`` rows), in the order given."""
    t = shares[shares["category"] == "all"].drop_duplicates("group").set_index("group")
    parts = [
        f"{_group_name(g)} {t.loc[g, 'share_author']:.0%}"
        for g in groups
        if g in t.index and t.loc[g, "matches"] > 0
    ]
    tail = f"; {join_words(parts)} (the rest quoted or reported)" if parts else ""
    if article not in t.index or t.loc[article, "matches"] == 0:
        return f"The article has no stance match{tail}"
    a = t.loc[article]
    return (
        f"The article states {int(a['author'])} of its "
        f"{plural(a['matches'], 'stance match', 'stance matches')} in its own voice{tail}"
    )


def voice_audit_note(shares: pd.DataFrame) -> str:
    """What a subtitle quotes of the attribution audit's voice rows, from the audited rows of a
    :func:`~framing.present.tables.voice_share_rows` table, in the table's order: "Western 125
    of 299 rows, the rules 151; RT …; rounds 69+70+82" (empty without audited rows)."""
    a = shares[shares["category"] == "audited"]
    if a.empty:
        return ""
    parts = [
        f"{r.audit_group} {int(r.author)} of {int(r.matches)} rows, the rules {int(r.rules_author)}"
        for r in a.itertuples()
    ]
    return f"{'; '.join(parts)}; rounds {a['pooled_rounds'].iloc[0]}"


def target_recall_note(rows: pd.DataFrame) -> str:
    """The audit's target recall per group of a
    :func:`~framing.present.tables.target_share_rows` table made with ``recall``, in the
    table's order: "Western 0.50, RT 0.52, China Daily 0.39" (empty without it)."""
    if "target_recall" not in rows:
        return ""
    r = rows[rows["target_recall"].notna()].drop_duplicates("group")
    return ", ".join(f"{x.audit_group} {x.target_recall:.2f}" for x in r.itertuples())


def target_share_sentence(rows: pd.DataFrame, article: str, groups: Sequence[str]) -> str:
    """Finding of a :func:`~framing.present.tables.target_share_rows` table: the actor each of
    ``groups`` casts most, by the readers' estimate where the table has one (else by the
    rules, said so), with its share, and the article's by the rules with its raw counts
    ("West / US (11 of 11)"). An actor whose interval reaches the top one's lower end is named
    beside it ("Ukraine (40%; West / US 31% within the intervals)"): the top is not then
    clearly first."""

    def top(d: pd.DataFrame, counts: bool = False) -> str:
        d = d.dropna(subset=["share"]).sort_values("share", ascending=False, kind="mergesort")
        r = d.iloc[0]
        name = str(r["label"]).removesuffix(READERS_ESTIMATE)
        value = (
            f"{int(r['targeted'])} of {int(r['targets'])}"
            if counts and pd.notna(r.get("targeted")) and pd.notna(r.get("targets"))
            else f"{r['share']:.0%}"
        )
        if {"lower", "upper"} <= set(d.columns) and pd.notna(r["lower"]):
            close = d.iloc[1:][d.iloc[1:]["upper"] >= r["lower"]]
            near = [
                f"{str(x['label']).removesuffix(READERS_ESTIMATE)} {x['share']:.0%}"
                for _, x in close.iterrows()
            ]
            if near:
                value += f"; {join_words(near)} within the intervals"
        return f"{name} ({value})"

    parts = []
    for g in groups:
        readers = rows[(rows["group"] == g) & (rows["view"] == "readers")]
        rules = rows[(rows["group"] == g) & (rows["view"] == "rules")]
        if readers["share"].notna().any():
            parts.append(f"{_group_name(g)} {top(readers)}")
        elif rules["share"].notna().any():
            parts.append(f"{_group_name(g)} {top(rules)} by the rules")
    art = rows[(rows["group"] == article) & (rows["view"] == "rules")]
    tail = (
        f"; the article {top(art, counts=True)} by the rules" if art["share"].notna().any() else ""
    )
    if not parts:
        return f"Whom each group casts negatively{tail}"
    return f"Cast negatively most, by readers' estimate: {join_words(parts)}{tail}"


def own_voice_positions_sentence(table: pd.DataFrame, groups: Sequence[str]) -> str:
    """:func:`group_positions_sentence` of the own-voice rows of a
    :func:`~framing.present.tables.positions_by_corpus` table (``*_author_per_1k``): where the
    article stands on what it asserts itself."""
    own = table[table["metric"].str.endswith("_author_per_1k")]
    own = own.assign(label=own["label"].str.replace(OWN_VOICE_WORDS, "", regex=False))
    return group_positions_sentence(own, groups, prefix="In the author's own voice: ")


def outlet_strip_sentence(
    scores: pd.DataFrame,
    metric: str,
    value: float,
    label: str,
    by: str,
    order: Sequence[str],
    rate: Mapping | None = None,
) -> str:
    """Finding of a strip plot by outlet: the range, over outlets, of the share of each outlet's
    documents strictly below the article (rounded down, so it never overstates), e.g.
    "Accusation: the article's 11.0 per 1k is above 93% (China Daily columns) to all (RT) of
    each outlet's documents". With ``rate`` (the article's row of
    :func:`framing.present.tables.article_rates`) the rate carries its 95% interval and, when
    the evidence is thin, the matches and sentences it rests on, as :func:`strip_sentence`."""
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

    head, thin = (
        _article_rate(rate) if rate is not None else (f"the article's {value:.1f} per 1k", "")
    )
    return (
        f"{short}: {head} is above {share(g_lo)} ({g_lo}) to {share(g_hi)} ({g_hi}) of each "
        f"outlet's documents{thin}"
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


#: What a chart's precision column says of where it was measured, per precision genre
#: (:data:`framing.stats.validation.PRECISION_GENRES`).
_PRECISION_WHERE = {
    "news": "precision audited on news (topic names: on official texts)",
    "official": "precision audited on official texts (scare quotes: on news)",
}


def precision_where(genre: str) -> str:
    """The subtitle phrase naming where the precision beside each category was measured
    (:func:`framing.present.tables.with_precision`'s ``genre``)."""
    try:
        return _PRECISION_WHERE[genre]
    except KeyError:
        raise DataError(
            f"unknown precision genre {genre!r}; known: {', '.join(_PRECISION_WHERE)}"
        ) from None
