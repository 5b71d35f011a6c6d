"""Tables for the analyst notebooks: deterministic (stable sorts, ties broken by name), raw counts
beside every rate.

- :func:`article_rates` — the article's per-1k rates with sentence-bootstrap intervals, the
  sentences the matches come from and each category's audited precision;
- :func:`highlighted_html` — the article's text with lexicon matches highlighted (HTML fragment);
- :func:`kwic_table` — keywords in context for every category;
- :func:`position_table` — the article's percentile per metric, with its interval's percentiles,
  evidence (matches, sentences), audited precision and the length-matched percentile;
- :func:`positions_by_corpus`, :func:`estimate_series` — positions in several corpora, side by side;
- :func:`display_groups` — corpus groups with only the named ones kept (others pooled);
- :func:`monthly_rates` — pooled monthly rates (sum of counts / sum of tokens × 1000) with
  document-bootstrap intervals and partial months marked;
- :func:`top_terms`, :func:`with_log_freq` — keyness tables for charts;
- :func:`group_distances`, :func:`doc_labels` — framing-space helpers.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from framing.engine.analysis import voiced_categories
from framing.engine.language import ENGLISH_FUNCTION_WORDS
from framing.present.claims import (
    group_precision_phrase,
    is_topic,
    precision_phrase,
    unaudited_phrase,
)
from framing.present.entries import entry_descriptions
from framing.present.labels import category_labels, fmt_number, metric_label
from framing.stats.common import seeded_rng
from framing.stats.goal_status import MIN_N
from framing.stats.groups import pooled_rate_ci
from framing.stats.intervals import analysis_rate_intervals, poisson_interval
from framing.stats.media_audit import GROUPS as MEDIA_GROUPS
from framing.stats.ranks import percentile_rank, position
from framing.stats.validation import (
    EXPLORATORY_BELOW,
    audited_precision,
    changed_categories,
    news_precision_by_group,
)

#: suffix of an own-voice category (``accusation_author``: accusation matches in the author's voice)
OWN_VOICE = "_author"


def with_precision(
    table: pd.DataFrame, category: str = "category", genre: str = "official", lexicon=None
) -> pd.DataFrame:
    """``table`` with the audited precision of each category, measured in ``genre``
    (:func:`framing.stats.validation.audited_precision`: ``official`` or ``news``; an own-voice
    row, ``accusation_author``, carries its category's: the audits judged the category's
    matches whatever their voice): precision, precision_lower, precision_upper, exploratory,
    ``precision_audit`` (which audit measured it) and the phrase ``precision_note``
    (:func:`framing.present.claims.precision_phrase`, with the official texts' measure where
    there is one: scare quotes); "not audited" where there is none, and "not audited (changed
    by FILE)" for a built-in category that ``lexicon``'s files extend or replace
    (:func:`framing.stats.validation.changed_categories`): the audits judged its built-in
    entries only."""
    a = audited_precision(genre=genre, lexicon=lexicon).set_index("category")
    cats = _audited_category(table[category], a.index)
    out = table.copy()
    out["precision"] = cats.map(a["precision"]).astype(float)
    out["precision_lower"] = cats.map(a["lower"]).astype(float)
    out["precision_upper"] = cats.map(a["upper"]).astype(float)
    out["exploratory"] = cats.map(a["exploratory"].astype(object)).eq(True)
    out["precision_audit"] = cats.map(a["audit"]).fillna("").astype(str)
    others = [
        tuple(a.loc[c, ["other_precision", "other_lower", "other_upper", "other_where"]])
        if c in a.index and "other_precision" in a.columns
        else None
        for c in cats
    ]
    out["precision_note"] = [
        precision_phrase(p, lo, hi, ex, other)
        for p, lo, hi, ex, other in zip(
            out["precision"],
            out["precision_lower"],
            out["precision_upper"],
            out["exploratory"],
            others,
            strict=True,
        )
    ]
    changed = changed_categories(lexicon)
    if changed:
        base = table[category].astype(str).str.removesuffix(OWN_VOICE)
        hit = base.isin(changed)
        out.loc[hit, "precision_note"] = [unaudited_phrase(changed[c]) for c in base[hit]]
    return out


def with_group_precision(
    table: pd.DataFrame, audit_group: Mapping[str, str], corpus: str = "corpus"
) -> pd.DataFrame:
    """``table`` (one row per ``corpus`` group and ``category``) with the precision the news
    audit measured in the audit group each corpus group belongs to
    (:func:`framing.stats.validation.news_precision_by_group`; ``audit_group``: corpus group ->
    ``rt``, ``western`` or ``china_daily``): ``group_precision``, its Wilson interval
    (``group_precision_lower``, ``_upper``) and the counts behind it (``group_precision_correct``
    of ``group_precision_n``); NaN where the group or the category was not audited on news. An
    own-voice row carries its category's."""
    g = news_precision_by_group().set_index(["category", "outlet_group"])
    cats = _audited_category(table["category"], g.index.get_level_values(0))
    keys = pd.MultiIndex.from_arrays([cats, table[corpus].map(audit_group)])
    found = g.reindex(keys)  # NaN where the group or the category was not audited
    out = table.copy()
    for col, src in (("group_precision", "precision"), ("group_precision_lower", "lower"),
                     ("group_precision_upper", "upper")):  # fmt: skip
        out[col] = found[src].to_numpy(dtype=float)
    for col, src in (("group_precision_correct", "correct"), ("group_precision_n", "n")):
        out[col] = pd.array(found[src].to_numpy(dtype=float), dtype="Int64")  # empty: not audited
    return out


def precision_notes(
    categories: Sequence[str], genre: str = "official", lexicon=None
) -> dict[str, str]:
    """Each category's audited precision as a phrase (:func:`with_precision`, measured in
    ``genre``; none for the categories ``lexicon`` changes): ``{"hedge": "precision 0.93
    (0.89–0.96)", ...}``."""
    table = with_precision(pd.DataFrame({"category": list(categories)}), genre=genre,
                           lexicon=lexicon)  # fmt: skip
    return dict(zip(table["category"], table["precision_note"], strict=True))


def news_precision_note(category: str, groups: Mapping[str, str] = MEDIA_GROUPS) -> str:
    """What the news audit measured of ``category`` in each outlet group, for a figure of
    those groups (a strip plot's subtitle): ``precision audited in news media 2022 (fresh audit,
    round 18), rows judged right: China Daily 28/30 (0.93), RT 29/30 (0.97), Western 27/30
    (0.90)``
    (:func:`framing.stats.validation.news_precision_by_group`, the cells of section 0 of
    docs/validation.md; ``groups``: audit group -> label, in the order written); the pooled
    precision and where it was measured when the news audit judged no group of it (``west_us``:
    the official texts); ``not audited`` when no audit did."""
    pooled = audited_precision(genre="news").set_index("category")
    if category not in pooled.index:
        return "not audited"
    p = pooled.loc[category]
    by_group = news_precision_by_group()
    by_group = by_group[by_group["category"] == category].set_index("outlet_group")
    if by_group.empty:
        phrase = precision_phrase(p["precision"], p["lower"], p["upper"], p["exploratory"])
        return f"{phrase}, audited in {p['audit']}"
    rows = [
        (label, int(by_group.loc[g, "correct"]), int(by_group.loc[g, "n"]))
        for g, label in groups.items()
        if g in by_group.index
    ]
    phrase = group_precision_phrase(rows, EXPLORATORY_BELOW, MIN_N)
    return f"precision audited in {p['audit']}, rows judged right: {phrase}"


def _audited_category(categories: pd.Series, audited) -> pd.Series:
    """The category whose audit measures each row: its own, or for an own-voice row
    (``accusation_author``) that is no audited category of its own, its base category (the
    audits judged a category's matches whatever their voice)."""
    cats = categories.astype(str)
    return cats.where(cats.isin(audited), cats.str.removesuffix(OWN_VOICE))


def article_rates(
    analysis,
    level: float = 0.95,
    n_boot: int = 2000,
    seed: int = 0,
    own_voice: bool = False,
    genre: str = "official",
) -> pd.DataFrame:
    """The article's rate per 1,000 words per category (lexicon order, scare quotes last) with
    the interval of :func:`framing.stats.intervals.analysis_rate_intervals` (sentence bootstrap
    widened to the exact Poisson interval; both kept), the number of sentences the matches come
    from and the category's audited precision (:func:`with_precision`, measured in ``genre``).
    ``own_voice`` adds a row per voiced category for its matches in the author's own voice
    (``hedge_author``).

    Columns: category, label, kind, count, sentences, tokens, per_1k, lower, upper, method,
    level, poisson_lower, poisson_upper, bootstrap_lower, bootstrap_upper, precision,
    precision_lower, precision_upper, exploratory, precision_audit, precision_note.
    """
    cats = [*analysis.lexicon.categories, "scare_quote"]
    if own_voice:
        cats += [f"{c}{OWN_VOICE}" for c in voiced_categories(analysis.lexicon)]
    iv = analysis_rate_intervals(analysis, level=level, n_boot=n_boot, seed=seed)
    out = iv.set_index("category").loc[cats].reset_index()
    kinds = {cid: c.kind for cid, c in analysis.lexicon.categories.items()}
    out.insert(1, "label", [metric_label(c, analysis.lexicon) for c in out["category"]])
    kind_of = [kinds.get(c, kinds.get(c.removesuffix(OWN_VOICE), "quote")) for c in out["category"]]
    out.insert(2, "kind", kind_of)
    out["sentences"] = out["sentences"].astype("int64")
    return with_precision(out, genre=genre, lexicon=analysis.lexicon)


#: label of the row that gives the readers' own-voice share of a group's audited voice rows
AUDITED_ROW = "All stance, read in the audit"


def voice_share_rows(
    shares: pd.DataFrame,
    lexicon=None,
    audit: pd.DataFrame | None = None,
    audit_groups: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """:func:`framing.stats.groups.voice_shares` tables (groups stacked) with a readable
    ``label`` per category (``all`` → "All stance"), ready for
    :func:`framing.present.charts.voice_share_chart`; with ``audit``
    (:func:`framing.stats.attribution_audit.audited_voice_shares`) a last row per group: the
    share of its judged voice rows the readers put in the author's own voice (Wilson interval;
    ``matches`` = rows judged), ``audit_groups`` mapping the audit's group names to the
    table's. The audit's rows also carry what a subtitle quotes of the audit
    (:func:`framing.present.titles.voice_audit_note`): ``audit_group`` (the audit's name),
    ``rules_author`` (the rules' own-voice count on the same rows) and ``pooled_rounds`` (the
    rounds judged, "69+70+82", or the one round). Groups keep their order of appearance."""
    labels = category_labels(lexicon)
    out = shares.copy()
    out.insert(
        2,
        "label",
        ["All stance" if c == "all" else labels.get(c, c) for c in out["category"]],
    )
    if audit is None:
        return out.reset_index(drop=True)
    names = dict(audit_groups or {})
    a = audit[audit["group"].isin(names)]
    rows = pd.DataFrame(
        {
            "group": a["group"].map(names),
            "category": "audited",
            "label": AUDITED_ROW,
            "unit": "judged match",
            "units": a["rows"],
            "units_with_matches": a["rows"],
            "matches": a["rows"],
            "author": a["readers_author"],
            "reported": a["rows"] - a["readers_author"],
            "share_author": a["share_readers"],
            "lower": a["readers_lower"],
            "upper": a["readers_upper"],
            "level": 0.95,
            "n_boot": 0,
            "audit_group": a["group"],
            "rules_author": a.get("rules_author", np.nan),
            "pooled_rounds": _rounds(a),
        }
    )
    order = {g: i for i, g in enumerate(dict.fromkeys(out["group"]))}
    both = pd.concat([out, rows], ignore_index=True)
    return both.sort_values("group", key=lambda g: g.map(order), kind="mergesort").reset_index(
        drop=True
    )


def _rounds(audit: pd.DataFrame) -> pd.Series | str:
    """The rounds behind each audit row: ``pooled_rounds``, else the ``round`` (as text)."""
    if "round" not in audit:
        return ""
    pooled = audit.get("pooled_rounds", pd.Series("", index=audit.index)).fillna("")
    return pooled.where(pooled.astype(str) != "", audit["round"].astype(str))


#: suffix of the rows of :func:`target_share_rows` that hold the readers' estimate
READERS_ESTIMATE = ", readers' estimate"


def target_share_rows(
    rules: pd.DataFrame,
    readers: pd.DataFrame | None = None,
    readers_groups: Mapping[str, str] | None = None,
    lexicon=None,
    recall: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Whom each group casts negatively, ready for
    :func:`framing.present.charts.target_share_chart`: the rules' rows
    (:func:`framing.stats.targets.target_shares`, groups stacked) with a readable ``label`` per
    actor, and after each actor a row of the readers' estimate
    (:func:`framing.stats.targets.estimated_target_shares`; ``readers_groups`` maps its
    group names to the table's; ``label`` ends with :data:`READERS_ESTIMATE`). Columns: group,
    actor, view (``rules`` / ``readers``), label, share, lower, upper, and the raw counts of
    each view (``targeted`` and ``targets``; ``named_cast``, ``empty_cast``, their rows and the
    frame's populations). With ``recall`` (the ``target recall`` rows of
    :func:`framing.stats.attribution_audit.latest_measures`: group, share, lo, hi), every row
    of a group of ``readers_groups`` also carries ``audit_group`` (the audit's name) and the
    audit's estimate of the share of the targets a reader sees that the rules name
    (``target_recall``, ``target_recall_lower``, ``target_recall_upper``), which a subtitle
    quotes (:func:`framing.present.titles.target_recall_note`). Groups keep their order of
    appearance."""
    labels = category_labels(lexicon)
    out = rules.assign(view="rules", label=[labels.get(a, a) for a in rules["actor"]])
    if readers is not None:
        names = dict(readers_groups or {})
        r = readers[readers["group"].isin(names)]
        out = pd.concat(
            [
                out,
                r.assign(
                    group=r["group"].map(names),
                    view="readers",
                    label=[labels.get(a, a) + READERS_ESTIMATE for a in r["actor"]],
                ),
            ],
            ignore_index=True,
        )
    actors = {a: i for i, a in enumerate(dict.fromkeys(rules["actor"]))}
    groups = {g: i for i, g in enumerate(dict.fromkeys(rules["group"]))}
    key = out["actor"].map(actors) * 2 + (out["view"] == "readers")
    out = out.assign(_key=key, _group=out["group"].map(groups))
    out = out.sort_values(["_key", "_group"], kind="mergesort").drop(columns=["_key", "_group"])
    first = ["group", "actor", "view", "label", "share", "lower", "upper"]
    out = out[first + [c for c in out.columns if c not in first]].reset_index(drop=True)
    return out if recall is None else _with_recall(out, recall, readers_groups or {})


def _with_recall(
    rows: pd.DataFrame, recall: pd.DataFrame, groups: Mapping[str, str]
) -> pd.DataFrame:
    """``rows`` with the audit's target recall of each group mapped by ``groups`` (audit name →
    table name) in columns ``audit_group`` and ``target_recall`` (with ``_lower``, ``_upper``)."""
    r = recall[recall["group"].isin(groups)].set_index("group")
    names = {table: audit for audit, table in groups.items() if audit in r.index}
    audit = rows["group"].map(names)
    return rows.assign(
        audit_group=audit,
        target_recall=audit.map(r["share"]),
        target_recall_lower=audit.map(r["lo"]),
        target_recall_upper=audit.map(r["hi"]),
    )


def highlighted_html(analysis, categories: Sequence[str] | None = None) -> str:
    """The text with every lexicon match (and scare quote) highlighted, as an HTML fragment.

    Uses the span renderer and colours of :mod:`framing.present.report` (overlapping matches nest;
    hovering shows category, subcategory and what the entry counts, in words). ``categories``
    limits the layers shown.
    """
    # Lazy: an import cycle, importing framing.present.report.highlight runs
    # framing.present.report/__init__, which imports this module.
    from framing.present.report.highlight import (
        SCARE_COLOR,
        SCARE_LAYER,
        TINT_ALPHA,
        layer_colors,
        match_spans,
        render,
    )

    labels = category_labels(analysis.lexicon)
    order = [c for c in analysis.lexicon.categories if categories is None or c in categories]
    colors = layer_colors(order)
    spans = match_spans(analysis, labels, categories, describe=entry_descriptions(analysis.lexicon))
    q = analysis.quotes
    body = render(analysis.text, spans, [SCARE_LAYER, *order], overlines=(SCARE_LAYER,))
    css = [
        ".fr-ev{font-family:Georgia,serif;line-height:2.1;white-space:pre-wrap;max-width:52rem}",
        # the tint behind the words only: every underline lies on the white page (3:1)
        ".fr-ev .hl{border-bottom:3px solid var(--c);background:var(--bg);"
        "background-clip:content-box}",
        ".fr-ev .hl.neg{border-bottom-style:dashed}",
        ".fr-ev .p1{padding-bottom:4px}.fr-ev .p2{padding-bottom:8px}"
        ".fr-ev .p3{padding-bottom:12px}.fr-ev .p4{padding-bottom:16px}"
        ".fr-ev .p5{padding-bottom:20px}.fr-ev .p6{padding-bottom:24px}"
        ".fr-ev .p7{padding-bottom:28px}",
        f".fr-ev .c-{SCARE_LAYER}{{border-bottom:0;background:none;"
        f"border-top:2px dotted {SCARE_COLOR};font-style:italic}}",
        ".fr-lg span{display:inline-block;margin:0 .8em .2em 0;font-size:.9em}",
        ".fr-lg i{display:inline-block;width:1.4em;height:.8em;margin-right:.3em;"
        "border-bottom:3px solid var(--c);background:var(--bg)}",
    ]
    css += [f".c-{c}{{--c:{col};--bg:{col}{TINT_ALPHA}}}" for c, col in colors.items()]
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

    Columns: category, label, left, matched_text, right, sentence, start, end.
    """
    labels = category_labels(analysis.lexicon)
    cats = [c for c in analysis.lexicon.categories if categories is None or c in categories]
    k = analysis.kwic(window=window)
    k = k[k["category"].isin(cats)].copy()
    k["_o"] = k["category"].map({c: i for i, c in enumerate(cats)})
    k = k.sort_values(["_o", "start"], kind="mergesort").drop(columns="_o")
    k.insert(1, "label", k["category"].map(labels))
    cols = ["category", "label", "left", "matched_text", "right", "sentence", "start", "end"]
    return k[cols].reset_index(drop=True)


#: the sections of a position chart, in order (:func:`position_sections`)
POSITION_SECTIONS = (
    "Topic mentions (actors, pronouns)",
    "Frames, stance and scare quotes",
    "Other",
)


def position_sections(table: pd.DataFrame) -> pd.DataFrame:
    """A :func:`position_table` with a ``section`` column, its rows ordered by section.

    Topic mentions (:func:`framing.present.claims.is_topic` of ``kind``) come first, apart
    from frames and stance, and the measures without counts (``kind`` "other": reading ease,
    sentence length) last (:data:`POSITION_SECTIONS`). Within a section the rows keep their
    order.
    """
    sec = [
        POSITION_SECTIONS[0] if is_topic(k) else POSITION_SECTIONS[2] if k == "other"
        else POSITION_SECTIONS[1]
        for k in table["kind"]
    ]  # fmt: skip
    order = [POSITION_SECTIONS.index(x) for x in sec]
    out = table.assign(section=sec, _order=order)
    return out.sort_values("_order", kind="mergesort").drop(columns="_order").reset_index(drop=True)


def position_table(
    article,
    scores: pd.DataFrame,
    metrics: Sequence[str],
    lexicon=None,
    level: float = 0.95,
    rates: pd.DataFrame | None = None,
    length_matched: pd.DataFrame | None = None,
    genre: str = "official",
) -> pd.DataFrame:
    """:func:`framing.stats.ranks.position` of the article per metric, with a readable ``label``
    and ``kind``, the evidence behind each rate and the percentiles of its interval's ends.

    ``article`` is an :class:`~framing.engine.analysis.Analysis` (or a metrics Series).
    ``rates`` (from :func:`article_rates`; computed from an Analysis when not given) supplies
    ``count``, ``sentences``, the interval (sentence bootstrap widened to Poisson) and the
    audited precision; with a metrics Series and no ``rates``, the interval is the exact
    Poisson one — the least uncertainty, not all of it — and ``sentences`` is unknown.
    ``percentile_lo``/``percentile_hi`` are the percentiles of the interval's ends (rates per
    1k only). ``length_matched`` (from
    :func:`framing.stats.comparison.length_matched_position`) adds ``length_percentile``.
    ``note`` is "article vs median". ``genre``: where the precision beside each category was
    measured (:func:`with_precision`).
    """
    metrics_s = article if isinstance(article, pd.Series) else article.metrics
    if rates is None and not isinstance(article, pd.Series):
        rates = article_rates(article, level=level, genre=genre)
    if lexicon is None and not isinstance(article, pd.Series):
        lexicon = article.lexicon
    pos = position(metrics_s, scores, metrics=list(metrics))
    tokens = float(metrics_s.get("tokens", np.nan))
    r = rates.set_index("category") if rates is not None else None
    rows = []
    for m in pos["metric"]:
        base = m[: -len("_per_1k")] if m.endswith("_per_1k") else None
        row = dict.fromkeys(
            ["count", "sentences", "lower", "upper", "percentile_lo", "percentile_hi"], np.nan
        )
        if base and r is not None and base in r.index:
            row.update({k: float(r.loc[base, k]) for k in ("count", "sentences", "lower", "upper")})
        elif base and np.isfinite(metrics_s.get(f"{base}_count", np.nan)) and tokens > 0:
            row["count"] = float(metrics_s[f"{base}_count"])
            lo, hi = poisson_interval([row["count"]], level)
            row["lower"], row["upper"] = float(lo[0]) * 1000 / tokens, float(hi[0]) * 1000 / tokens
        if np.isfinite(row["lower"]):
            vals = scores[m].to_numpy(float)
            row["percentile_lo"] = percentile_rank(vals, row["lower"])
            row["percentile_hi"] = percentile_rank(vals, row["upper"])
        rows.append(row)
    extra = pd.DataFrame(rows, index=pos.index)
    kinds = {}
    if lexicon is not None:
        kinds = {f"{cid}_per_1k": c.kind for cid, c in lexicon.categories.items()}
        kinds |= {f"{cid}{OWN_VOICE}_per_1k": c.kind for cid, c in lexicon.categories.items()}
    kinds["scare_quote_per_1k"] = "quote"
    pos.insert(1, "label", [metric_label(m, lexicon) for m in pos["metric"]])
    pos.insert(2, "kind", [kinds.get(m, "other") for m in pos["metric"]])
    for col in extra.columns:
        pos[col] = extra[col]
    pos["category"] = pos["metric"].str.removesuffix("_per_1k")
    pos = with_precision(pos, genre=genre, lexicon=lexicon)
    if length_matched is not None:
        lm = length_matched.set_index("category")["percentile"]
        pos["length_percentile"] = pos["category"].map(lm).astype(float)
    pairs = zip(pos["article_value"], pos["median"], strict=True)
    pos["note"] = [f"{fmt_number(a)} vs {fmt_number(b)}" for a, b in pairs]
    return pos


def display_groups(
    groups: pd.Series, keep: Sequence[str], other: str = "other", prefix: str = ""
) -> pd.Series:
    """``groups`` with labels not in ``keep`` replaced by ``other``; ``prefix`` is prepended
    to every label (e.g. ``"UNGD "``)."""
    g = groups.astype(str)
    out = g.where(g.isin(list(keep)), other)
    return prefix + out if prefix else out


#: A month whose dates are covered by a source for less than this share is marked partial.
PARTIAL_MONTH_BELOW = 0.9


def monthly_rates(
    scores: pd.DataFrame,
    categories: Sequence[str],
    date_col: str = "date",
    group_col: str = "group",
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> pd.DataFrame:
    """Pooled monthly rates per group: ``sum(<cat>_count) / sum(tokens) × 1000``, with a
    document-bootstrap interval (:func:`framing.stats.groups.pooled_rate_ci`: the month's
    documents resampled).

    Pooling weights every word equally (a 40-word release does not count as much as a
    4,000-word speech), unlike the mean of the documents' rates. ``scores`` needs
    ``date_col``, ``group_col``, ``tokens`` and ``<cat>_count`` for each of ``categories``
    (``scare_quote`` included). Long format, one row per group, month and category:
    group, month (first day), month_mid (the 15th, where a chart should draw the month),
    n_docs, tokens, covered (share of the month's days between the group's first and last
    document), partial (``covered < PARTIAL_MONTH_BELOW``: the source's data start or end in
    that month), category, count, per_1k, lower, upper.
    Documents without a date are left out (their number is in ``attrs["n_undated"]``).
    """
    cols = [f"{c}_count" for c in categories]
    d = scores[[date_col, group_col, "tokens", *cols]].copy()
    undated = int(d[date_col].isna().sum())
    d = d[d[date_col].notna()]
    d[date_col] = pd.to_datetime(d[date_col])
    d["month"] = d[date_col].dt.to_period("M").dt.to_timestamp()
    agg = d.groupby([group_col, "month"], sort=True).agg(
        n_docs=("tokens", "size"), tokens=("tokens", "sum"), **{c: (c, "sum") for c in cols}
    )
    agg = agg.reset_index()
    span = d.groupby(group_col)[date_col].agg(["min", "max"])
    first = agg[group_col].map(span["min"]).dt.normalize()
    last = agg[group_col].map(span["max"]).dt.normalize()
    month_end = agg["month"] + pd.offsets.MonthEnd(0)
    days = agg["month"].dt.days_in_month
    start = np.maximum(first.to_numpy(), agg["month"].to_numpy())
    stop = np.minimum(last.to_numpy(), month_end.to_numpy())
    agg["covered"] = ((stop - start) / np.timedelta64(1, "D") + 1) / days
    agg["partial"] = agg["covered"] < PARTIAL_MONTH_BELOW
    long = agg.melt(
        id_vars=[group_col, "month", "n_docs", "tokens", "covered", "partial"],
        value_vars=cols,
        var_name="category",
        value_name="count",
    )
    long["category"] = long["category"].str.removesuffix("_count")
    long["per_1k"] = np.where(long["tokens"] > 0, long["count"] * 1000 / long["tokens"], np.nan)
    docs = {k: v for k, v in d.groupby([group_col, "month"], sort=True)}
    lo, hi = [], []
    for g, month, cat in zip(long[group_col], long["month"], long["category"], strict=True):
        sub = docs[(g, month)]
        _, a, b = pooled_rate_ci(
            sub[f"{cat}_count"], sub["tokens"], n_boot, level, seeded_rng(seed, g, month, cat)
        )
        lo.append(a)
        hi.append(b)
    long["lower"], long["upper"] = lo, hi
    order = {c: i for i, c in enumerate(categories)}
    long = long.assign(_o=long["category"].map(order))
    long = long.sort_values(["_o", group_col, "month"], kind="mergesort").drop(columns="_o")
    long = long.rename(columns={group_col: "group"}).reset_index(drop=True)
    long.insert(2, "month_mid", long["month"] + pd.Timedelta(days=14))
    long.attrs["n_undated"] = undated
    return long


def top_terms(
    table: pd.DataFrame,
    n: int = 10,
    positive: bool = True,
    z: str = "z",
    threshold: float = 1.96,
    content_only: bool = False,
) -> list[str]:
    """The ``n`` terms with the largest (``positive``) or smallest z beyond ``±threshold``,
    ties by term; ``content_only`` skips :data:`ENGLISH_FUNCTION_WORDS`."""
    t = table.sort_values(
        [z, "term"], ascending=[not positive, True], kind="mergesort"
    ).reset_index(drop=True)
    t = t[t[z] >= threshold] if positive else t[t[z] <= -threshold]
    if content_only:
        t = t[~t["term"].isin(ENGLISH_FUNCTION_WORDS)]
    return t["term"].head(n).tolist()


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


def with_article(
    data: pd.DataFrame, label: str, values: Mapping[str, float] | None = None
) -> pd.DataFrame:
    """``data`` with a first column ``article`` = ``label``: a figure's CSV names its article
    even when it travels without the figure. ``values`` are the article's own numbers that the
    figure draws beside the rows (its rate as a dashed line, its interval in a side panel), as
    last columns ``article_<name>`` (QA pass 11: the CSV held every row but not the article)."""
    out = data.reset_index(drop=True) if not isinstance(data.index, pd.RangeIndex) else data
    out = out.copy()
    if "article" in out.columns:
        out = out.drop(columns="article")
    out.insert(0, "article", label)
    for name, value in (values or {}).items():
        out[f"article_{name}"] = float(value)
    return out


def positions_by_corpus(
    article_metrics,
    corpora: Mapping[str, pd.DataFrame],
    metrics: Sequence[str],
    lexicon=None,
    rates: pd.DataFrame | None = None,
    genre: str = "official",
) -> pd.DataFrame:
    """:func:`position_table` of the article in each corpus (``name → scores``), stacked with a
    ``corpus`` column first, corpora in the given order, metrics in ``metrics`` order.

    ``article_metrics`` is an Analysis (intervals by sentence bootstrap, the sentences behind
    each rate) or a metrics Series (exact Poisson intervals); ``rates`` as in
    :func:`position_table`, computed once from an Analysis when not given; ``genre``: where
    the precision beside each category was measured (:func:`with_precision`)."""
    if rates is None and not isinstance(article_metrics, pd.Series):
        rates = article_rates(article_metrics, genre=genre)
    frames = []
    for name, scores in corpora.items():
        pos = position_table(article_metrics, scores, metrics, lexicon, rates=rates, genre=genre)
        order = {m: i for i, m in enumerate(metrics)}
        pos = pos.sort_values("metric", key=lambda s: s.map(order), kind="mergesort")
        frames.append(pos.assign(corpus=name))
    out = pd.concat(frames, ignore_index=True)
    return out[["corpus", *[c for c in out.columns if c != "corpus"]]]


def estimate_series(
    long: pd.DataFrame,
    by: str = "corpus",
    label: str = "label",
    value: str = "percentile",
    lo: str = "percentile_lo",
    hi: str = "percentile_hi",
    n: str | None = None,
) -> tuple[pd.DataFrame, list[tuple[str, str, str, str]]]:
    """A long table (one row per ``label`` and ``by``) as the wide table and ``series`` of
    :func:`framing.present.charts.estimate_chart`: one (name, value, lo, hi) column set per
    value of ``by``, in order of appearance; rows keep the order of the first group. With ``n``
    (a column of document counts) a group's name reads "name (n=1,139)", so that the legend of
    a figure pasted alone says how many documents each estimate rests on; rows whose ``unit``
    is not ``document`` (the article's sentences) and missing counts add nothing."""
    names = list(dict.fromkeys(long[by]))
    rows = list(dict.fromkeys(long[label]))
    wide = pd.DataFrame({label: rows})
    series = []
    for k, name in enumerate(names):
        part = long[long[by] == name].set_index(label)
        cols = (f"{value}_{k}", f"{lo}_{k}", f"{hi}_{k}")
        for col, src in zip(cols, (value, lo, hi), strict=True):
            wide[col] = part[src].reindex(rows).to_numpy()
        series.append((_with_n(long[long[by] == name], str(name), n), *cols))
    return wide, series


def _with_n(rows: pd.DataFrame, name: str, n: str | None) -> str:
    """``name (n=N)`` with the largest document count of ``rows``; ``name`` without one."""
    if not n or n not in rows:
        return name
    if "unit" in rows:
        rows = rows[rows["unit"] == "document"]
    counts = pd.to_numeric(rows[n], errors="coerce").dropna()
    return f"{name} (n={int(counts.max()):,})" if len(counts) else name


def outlet_overview(docs: pd.DataFrame, by: str = "outlet", words: str = "words") -> pd.DataFrame:
    """Documents, genre, first and last date and median length per ``by`` (e.g. outlet), in
    order of appearance — the table that says what each comparison group is."""
    rows = []
    for key, g in docs.groupby(by, sort=False):
        rows.append(
            {
                by: key,
                "documents": len(g),
                "genre": ", ".join(sorted(g["genre"].dropna().astype(str).unique())),
                "first": g["date"].min().date() if g["date"].notna().any() else None,
                "last": g["date"].max().date() if g["date"].notna().any() else None,
                "median_words": float(g[words].median()) if words in g else np.nan,
            }
        )
    return pd.DataFrame(rows)
