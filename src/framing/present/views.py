"""Tables and sentences for the analyst notebooks (``notebooks/NN-name.py``).

The notebooks stay thin: they load data, call these functions and the chart functions of
:mod:`framing.present.style`, and interpret the results in prose. Everything here is deterministic
(stable sorts, ties broken by name) and keeps raw counts beside every rate.

- :func:`metric_label` — readable names of metric columns;
- :func:`article_rates` — the article's per-1k rates with exact Poisson intervals;
- :func:`highlighted_html` — the article's text with lexicon matches highlighted (HTML fragment);
- :func:`kwic_table` — keywords in context for every category;
- :func:`position_table` — the article's percentile per metric, with its interval's percentiles;
- :func:`display_groups` — corpus groups with only the named ones kept (others pooled);
- :func:`monthly_rates` — pooled monthly rates (sum of counts / sum of tokens × 1000);
- :func:`group_keyness` — log-odds (informative Dirichlet prior) of each group against the rest;
- small sentence builders that turn a table into a figure title that states the finding.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

__all__ = [
    "metric_label",
    "article_rates",
    "highlighted_html",
    "kwic_table",
    "position_table",
    "display_groups",
    "monthly_rates",
    "group_keyness",
    "top_terms",
    "join_words",
    "rates_sentence",
    "position_sentence",
]

_OTHER_LABELS = {
    "scare_quote": "Scare quotes",
    "west_us_frame_sentence_share": "West/US-frame sentence share",
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning fog index",
    "mean_sentence_length": "Mean sentence length (words)",
    "mattr": "MATTR (lexical diversity)",
    "vader_compound_mean": "VADER sentiment (mean)",
    "tokens": "Words",
    "sentences": "Sentences",
}


def _labels(lexicon=None) -> dict[str, str]:
    if lexicon is None:
        from framing.engine.lexicon import load_lexicon

        lexicon = load_lexicon()
    return {cid: (c.label or cid) for cid, c in lexicon.categories.items()}


def metric_label(metric: str, lexicon=None, unit: bool = True) -> str:
    """Readable name of a metric column: ``west_us_per_1k`` → ``West / US per 1k``."""
    labels = _labels(lexicon)
    for suffix, tail in (("_per_1k", " per 1k"), ("_count", " (count)")):
        if metric.endswith(suffix):
            base = metric[: -len(suffix)]
            name = labels.get(base) or _OTHER_LABELS.get(base, base)
            return name + (tail if unit else "")
    return labels.get(metric) or _OTHER_LABELS.get(metric, metric)


# --- the article ---------------------------------------------------------------------------


def article_rates(analysis, level: float = 0.95) -> pd.DataFrame:
    """The article's rate per 1,000 words per category (lexicon order, scare quotes last) with
    the exact Poisson interval of :func:`framing.stats.intervals.article_rate_intervals`.

    Columns: category, label, kind, count, tokens, per_1k, lower, upper, method, level.
    """
    from framing.stats.intervals import article_rate_intervals

    m = analysis.metrics
    cats = list(analysis.lexicon.categories)
    counts = m[[f"{c}_count" for c in cats] + ["scare_quote_count"]]
    out = article_rate_intervals(counts, int(m["tokens"]), level=level)
    kinds = {cid: c.kind for cid, c in analysis.lexicon.categories.items()}
    out.insert(1, "label", [metric_label(c, analysis.lexicon) for c in out["category"]])
    out.insert(2, "kind", [kinds.get(c, "quote") for c in out["category"]])
    return out


def highlighted_html(analysis, categories: Sequence[str] | None = None) -> str:
    """The text with every lexicon match (and scare quote) highlighted, as an HTML fragment.

    Uses the span renderer and colours of :mod:`framing.present.report` (overlapping matches nest;
    hovering shows category, subcategory and term). ``categories`` limits the layers shown.
    """
    from framing.present.report.highlight import (
        SCARE_COLOR,
        SCARE_LAYER,
        layer_colors,
        match_spans,
        render,
    )

    labels = _labels(analysis.lexicon)
    order = [c for c in analysis.lexicon.categories if categories is None or c in categories]
    colors = layer_colors(order)
    spans = match_spans(analysis, labels, categories)
    q = analysis.quotes
    body = render(analysis.text, spans, [SCARE_LAYER, *order], overlines=(SCARE_LAYER,))
    css = [
        ".fr-ev{font-family:Georgia,serif;line-height:2.1;white-space:pre-wrap;max-width:52rem}",
        ".fr-ev .hl{border-bottom:3px solid var(--c);background:var(--bg)}",
        ".fr-ev .hl.neg{border-bottom-style:dashed}",
        ".fr-ev .p1{padding-bottom:4px}.fr-ev .p2{padding-bottom:8px}"
        ".fr-ev .p3{padding-bottom:12px}.fr-ev .p4{padding-bottom:16px}",
        f".fr-ev .c-{SCARE_LAYER}{{border-bottom:0;background:none;"
        f"border-top:2px dotted {SCARE_COLOR};font-style:italic}}",
        ".fr-lg span{display:inline-block;margin:0 .8em .2em 0;font-size:.9em}",
        ".fr-lg i{display:inline-block;width:1.4em;height:.8em;margin-right:.3em;"
        "border-bottom:3px solid var(--c);background:var(--bg)}",
    ]
    css += [f".c-{c}{{--c:{col};--bg:{col}2e}}" for c, col in colors.items()]
    n = analysis.matches["category"].value_counts()
    legend = "".join(
        f'<span class="c-{c}"><i></i>{html.escape(labels.get(c, c))} ({int(n.get(c, 0))})</span>'
        for c in order
    )
    legend += (
        f'<span><i style="border:0;border-top:2px dotted {SCARE_COLOR};background:none"></i>'
        f"Scare quotes ({int(q['is_scare_quote'].astype(bool).sum())})</span>"
    )
    return (
        f"<style>{''.join(css)}</style><div class='fr-lg'>{legend}</div>"
        f"<div class='fr-ev'>{body}</div>"
    )


def kwic_table(analysis, categories: Sequence[str] | None = None, window: int = 8) -> pd.DataFrame:
    """Keywords in context for every category (lexicon order, then position in the text).

    Columns: category, label, left, match, right, sentence, start, end.
    """
    labels = _labels(analysis.lexicon)
    cats = [c for c in analysis.lexicon.categories if categories is None or c in categories]
    k = analysis.kwic(window=window)
    k = k[k["category"].isin(cats)].copy()
    k["_o"] = k["category"].map({c: i for i, c in enumerate(cats)})
    k = k.sort_values(["_o", "start"], kind="mergesort").drop(columns="_o")
    k.insert(1, "label", k["category"].map(labels))
    cols = ["category", "label", "left", "match", "right", "sentence", "start", "end"]
    return k[cols].reset_index(drop=True)


# --- position in a corpus ------------------------------------------------------------------


def position_table(
    article_metrics: pd.Series,
    scores: pd.DataFrame,
    metrics: Sequence[str],
    lexicon=None,
    level: float = 0.95,
) -> pd.DataFrame:
    """:func:`framing.stats.ranks.position` of the article per metric, with a readable ``label``,
    the percentiles of the article's exact Poisson interval bounds (rates per 1k only;
    ``percentile_lo``/``percentile_hi``) and a ``note`` "article vs median".
    """
    from framing.stats.intervals import poisson_interval
    from framing.stats.ranks import percentile_rank, position

    pos = position(article_metrics, scores, metrics=list(metrics))
    tokens = float(article_metrics.get("tokens", np.nan))
    lo_p, hi_p = [], []
    for m in pos["metric"]:
        base = m[: -len("_per_1k")] if m.endswith("_per_1k") else None
        count = article_metrics.get(f"{base}_count", np.nan) if base else np.nan
        if base and np.isfinite(count) and tokens > 0:
            lo, hi = poisson_interval([count], level)
            vals = scores[m].to_numpy(float)
            lo_p.append(percentile_rank(vals, float(lo[0]) * 1000 / tokens))
            hi_p.append(percentile_rank(vals, float(hi[0]) * 1000 / tokens))
        else:
            lo_p.append(np.nan)
            hi_p.append(np.nan)
    pos.insert(1, "label", [metric_label(m, lexicon) for m in pos["metric"]])
    pos["percentile_lo"] = lo_p
    pos["percentile_hi"] = hi_p
    pairs = zip(pos["article_value"], pos["median"], strict=True)
    pos["note"] = [f"{_fmt(a)} vs {_fmt(b)}" for a, b in pairs]
    return pos


def _fmt(x: float) -> str:
    if x is None or not np.isfinite(x):
        return "–"
    return f"{x:.2f}" if abs(x) < 1 else f"{x:.1f}"


def display_groups(
    groups: pd.Series, keep: Sequence[str], other: str = "other", prefix: str = ""
) -> pd.Series:
    """``groups`` with labels not in ``keep`` replaced by ``other``; ``prefix`` is prepended
    to every label (e.g. ``"UNGD "``)."""
    g = groups.astype(str)
    out = g.where(g.isin(list(keep)), other)
    return prefix + out if prefix else out


# --- monthly rates -------------------------------------------------------------------------


def monthly_rates(
    scores: pd.DataFrame,
    categories: Sequence[str],
    date_col: str = "date",
    group_col: str = "group",
) -> pd.DataFrame:
    """Pooled monthly rates per group: ``sum(<cat>_count) / sum(tokens) × 1000``.

    Pooling weights every word equally (a 40-word release does not count as much as a
    4,000-word speech), unlike the mean of the documents' rates. ``scores`` needs
    ``date_col``, ``group_col``, ``tokens`` and ``<cat>_count`` for each of ``categories``
    (``scare_quote`` included). Long format, one row per group, month and category:
    group, month (first day), month_mid (the 15th, where a chart should draw the month),
    n_docs, tokens, category, count, per_1k.
    Documents without a date are left out (their number is in ``attrs["n_undated"]``).
    """
    cols = [f"{c}_count" for c in categories]
    d = scores[[date_col, group_col, "tokens", *cols]].copy()
    undated = int(d[date_col].isna().sum())
    d = d[d[date_col].notna()]
    d["month"] = pd.to_datetime(d[date_col]).dt.to_period("M").dt.to_timestamp()
    agg = d.groupby([group_col, "month"], sort=True).agg(
        n_docs=("tokens", "size"), tokens=("tokens", "sum"), **{c: (c, "sum") for c in cols}
    )
    agg = agg.reset_index()
    long = agg.melt(
        id_vars=[group_col, "month", "n_docs", "tokens"],
        value_vars=cols,
        var_name="category",
        value_name="count",
    )
    long["category"] = long["category"].str.removesuffix("_count")
    long["per_1k"] = np.where(long["tokens"] > 0, long["count"] * 1000 / long["tokens"], np.nan)
    order = {c: i for i, c in enumerate(categories)}
    long = long.assign(_o=long["category"].map(order))
    long = long.sort_values(["_o", group_col, "month"], kind="mergesort").drop(columns="_o")
    long = long.rename(columns={group_col: "group"}).reset_index(drop=True)
    long.insert(2, "month_mid", long["month"] + pd.Timedelta(days=14))
    long.attrs["n_undated"] = undated
    return long


# --- keyness -------------------------------------------------------------------------------


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


#: English function words, used only to pick content words for figure titles (plots and CSVs
#: keep every word).
FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "it's",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "also",
        "us",
        "must",
        "shall",
        "may",
        "might",
        "upon",
    ]
)


def top_terms(
    table: pd.DataFrame,
    n: int = 10,
    positive: bool = True,
    z: str = "z",
    threshold: float = 1.96,
    content_only: bool = False,
) -> list[str]:
    """The ``n`` terms with the largest (``positive``) or smallest z beyond ``±threshold``,
    ties by term; ``content_only`` skips :data:`FUNCTION_WORDS`."""
    t = table.sort_values(
        [z, "term"], ascending=[not positive, True], kind="mergesort"
    ).reset_index(drop=True)
    t = t[t[z] >= threshold] if positive else t[t[z] <= -threshold]
    if content_only:
        t = t[~t["term"].isin(FUNCTION_WORDS)]
    return t["term"].head(n).tolist()


# --- sentences for titles ------------------------------------------------------------------


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
        f"The article is above {threshold:.0f}% of {corpus} on {len(high)} of {len(t)} metrics, "
        f"most of all {join_words(names)}"
    )


def _short(label: str) -> str:
    return str(label).removesuffix(" per 1k")


def with_log_freq(table: pd.DataFrame) -> pd.DataFrame:
    """A keyness table with ``total_count`` and ``log_freq`` (log10 of the count on both sides),
    the x axis of :func:`framing.present.style.fightin_words`."""
    total = table["count_target"] + table["count_reference"]
    out = table.assign(total_count=total, log_freq=np.log10(total.clip(lower=1)))
    out.attrs = dict(table.attrs)
    return out


def group_distances(
    scores: pd.DataFrame, x: str = "PC1", y: str = "PC2", group: str = "group"
) -> pd.DataFrame:
    """Distance of the focal row (``is_focal``) to each group's median point in a 2-D space.

    Columns: group, n, x_median, y_median, distance; sorted by distance, ties by group.
    """
    focal = scores[scores["is_focal"].astype(bool)]
    if focal.empty:
        raise ValueError("no focal row (is_focal) in scores")
    fx, fy = float(focal[x].iloc[0]), float(focal[y].iloc[0])
    rest = scores[~scores["is_focal"].astype(bool)]
    med = rest.groupby(group, sort=True).agg(
        n=(x, "size"), x_median=(x, "median"), y_median=(y, "median")
    )
    med["distance"] = np.hypot(med["x_median"] - fx, med["y_median"] - fy)
    med = med.reset_index().rename(columns={group: "group"})
    return med.sort_values(["distance", "group"], kind="mergesort").reset_index(drop=True)


def doc_labels(df: pd.DataFrame, width: int = 60) -> list[str]:
    """``group: title (YYYY-MM-DD)`` per row (the doc_id when there is no title), shortened
    to ``width`` characters."""
    out = []
    for r in df.itertuples(index=False):
        title = getattr(r, "title", None)
        title = title if isinstance(title, str) and title.strip() else str(r.doc_id)
        date = getattr(r, "date", None)
        when = f" ({pd.Timestamp(date):%Y-%m-%d})" if date is not None and pd.notna(date) else ""
        head = f"{r.group}: "
        room = max(10, width - len(head) - len(when))
        title = " ".join(title.split())
        title = title if len(title) <= room else title[: room - 1].rstrip() + "…"
        out.append(head + title + when)
    return out


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
        ratio = article_value / top["per_1k"]
        times = f"{ratio:.1f}" if ratio < 10 else f"{ratio:.0f}"
        return f"{head}; the article's {article_value:.1f} per 1k is {times}× that"
    return f"{head}; the article: {article_value:.1f} per 1k"


def above_phrase(row: Mapping, corpus: str) -> str:
    """How many corpus documents the article exceeds, from a :func:`position_table` row:
    "higher than all 193 UNGD 2022 speeches" or "higher than 87% of UNGD 2022 speeches"
    (the share strictly below, rounded down, so it never overstates)."""
    n, below = int(row["n"]), int(row["n_below"])
    if n and below == n:
        return f"higher than all {n} {corpus}"
    return f"higher than {math.floor(100 * below / n) if n else 0}% of {corpus}"


def keyness_sentence(table: pd.DataFrame, target: str, reference: str, n: int = 5) -> str:
    """Finding of a log-odds table: the top content words of each side beyond |z| = 1.96,
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
    return f"The article's {k} nearest neighbours: {join_words(parts)}"
