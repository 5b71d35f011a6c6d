"""The fresh precision audit of the news media (issue 13, item 7): are the matches what their
category says, on RT, on Western news and on China Daily opinion?

Population: every match of the built-in lexicon (and every scare quote) in the full texts of
``media-rt-2022`` (RT), ``media-western-2022`` (BBC, Guardian, AP, NBC; not the NYT lead
paragraphs) and ``chinadaily-opinion-2012-2019``, as loaded by
:func:`framing.data.datasets.load` (duplicates and boilerplate removed by the parsers). Matches
come from :func:`framing.stats.validation.corpus_matches` (cached Parquet in the data folder).

Sample: for each audited category and each outlet group, :data:`N_PER_CELL` matches drawn at
random (each round's own seed, see :data:`ROUNDS`) after leaving out the documents the lexicons
were tuned on (``validation_data/tuning-documents.csv``, by URL), every match judged by the
registry audit (``audit-*.csv``) and, from round 2 on, every document an earlier round showed
(:func:`earlier_documents`). The judgements live in ``validation_data/media-audit*.csv`` as
ids, offsets, label and a short reason — never corpus text;
:func:`framing.stats.validation.audit_context` re-derives a context from the corpus. A round
that guided rule changes cannot measure them: each category is measured in each outlet group
by the latest round that judged it there.

Reported per category and outlet group: precision with a Wilson 95% interval, matches per 1,000
words of the group (from the scored corpora), and the gap Western − state media (RT and China
Daily pooled) with Newcombe's hybrid score interval; :func:`media_audit_goals` checks the
goals of the issue.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.data import datasets
from framing.data.cache import cached_score
from framing.data.datasets import media
from framing.stats import attribution_audit as aa
from framing.stats import validation as v

DATASETS = ("media-rt-2022", "media-western-2022", "chinadaily-opinion-2012-2019")
#: Outlets of ``media-western-2022`` with full texts (the NYT rows are lead paragraphs).
WESTERN_OUTLETS = ("BBC", "Guardian", "AP", "NBC")
#: Outlet group key -> label. RT and China Daily are state media.
GROUPS = {"rt": "RT", "western": "Western", "china_daily": "China Daily"}
STATE_GROUPS = ("rt", "china_daily")
#: The pooled state-media column of the table (RT and China Daily judgements together).
STATE = "state"
CATEGORIES = (
    "hedge",
    "booster",
    "distancing",
    "negative_evaluation",
    "accusation",
    "cold_war",
    "peace_cooperation",
    v.SCARE_QUOTE,
)
#: The stance categories of issue 13 (item 1); the goals apply to them and to scare quotes.
STANCE = ("hedge", "booster", "accusation", "negative_evaluation", "distancing")
N_PER_CELL = 30


@dataclass(frozen=True)
class AuditRound:
    """One draw of the media audit: its seed, file (in ``validation_data/``), the categories
    it judged and what happened to it afterwards (``note``)."""

    number: int
    seed: int
    file: str
    categories: tuple[str, ...]
    note: str
    #: Categories for which "fresh" means: in a document no earlier media round showed *for this
    #: category* and no attribution round showed (:func:`earlier_documents`); used when the
    #: documents no round showed at all hold too few matches of the category.
    fresh_per_category: tuple[str, ...] = ()
    #: Categories a second reader judged too, independently (:func:`reader_agreement`).
    second_reader: tuple[str, ...] = ()
    #: Categories of ``fresh_per_category`` for which the attribution rounds' documents count as
    #: fresh too: their readers judged voice, source and target, not this category's sense, and
    #: no rule of this category was written from their rows (round 12: scare quotes).
    attribution_fresh: tuple[str, ...] = ()
    #: Outlet groups the round judged (round 13: no Western scare quote was left unread).
    groups: tuple[str, ...] = tuple(GROUPS)
    #: The last attribution round drawn before this one: the documents of attribution rounds
    #: up to it are left out (None: those numbered below this round, as rounds 1-14 were
    #: drawn; the two audits' numbers diverged after media round 11, so round 14 left out
    #: attribution rounds 1-13 only, not round 69's news documents).
    after_attribution: int | None = None


#: The rounds, as data in ``validation_data/`` (number, seed, file, categories, note and the
#: optional fields of :class:`AuditRound`); a round is appended before it is drawn.
ROUNDS_FILE = "media-audit-rounds.yaml"
_ROUND_KEYS = frozenset(
    {"number", "seed", "file", "categories", "note", "fresh_per_category", "second_reader",
     "attribution_fresh", "groups", "after_attribution"}
)  # fmt: skip
#: the keys that list categories, and with ``groups`` the keys read as tuples
_CATEGORY_KEYS = ("categories", "fresh_per_category", "second_reader", "attribution_fresh")
_TUPLE_KEYS = (*_CATEGORY_KEYS, "groups")


def load_rounds(path: str | Path | None = None) -> tuple[AuditRound, ...]:
    """The rounds of :data:`ROUNDS_FILE` (or ``path``), oldest first, checked: numbered 1, 2,
    ... in order, known keys, categories of :data:`CATEGORIES` and groups of :data:`GROUPS`.

    Raises
    ------
    DataError
        On a malformed file, naming the round and the problem.
    """
    p = Path(path) if path is not None else v.validation_dir() / ROUNDS_FILE
    rounds = []
    for where, e in v.round_entries(p, _ROUND_KEYS):
        fields = {k: tuple(v) if k in _TUPLE_KEYS else v for k, v in e.items()}
        cats = {c for k in _CATEGORY_KEYS for c in fields.get(k, ())}
        if bad := sorted(cats - set(CATEGORIES)):
            raise DataError(f"{where}: unknown categor(ies) {', '.join(bad)}")
        if bad := sorted(set(fields.get("groups", ())) - set(GROUPS)):
            raise DataError(f"{where}: unknown group(s) {', '.join(bad)}")
        rounds.append(AuditRound(**fields))
    return tuple(rounds)


#: The rounds, oldest first (:data:`ROUNDS_FILE`). A round that guided rule changes cannot
#: measure them: each category is measured in each outlet group by the latest round that
#: judged it there (:func:`read_media_audit`), and a later round leaves out every document an
#: earlier round (or the attribution audit) showed.
ROUNDS = load_rounds()
#: Lexicon patterns that earlier rounds judged and a later rule change retired or rewrote
#: (pattern as stored in the round files -> what happened), so that the round files still name
#: only lexicon patterns, never corpus text.
RETIRED_TERMS = {
    r"\bup\s+to(?=\s+(?:\$|US\$)?\d)": "lex7: up to + a number is no longer a hedge",
    r"\bwhat\s+(?!(?:we|i)\s+call\b)(?:\w+\s+){0,3}?(?:calls|called|call|describes|described"
    r"|terms(?!\s+of\b)|termed|dubs|dubbed|labels|labeled|labelled)\b": (
        "lex8: the pattern gained a lookahead that leaves out the impersonal what is called"
    ),
    r"\b(?:the\s+(?:end|height|collapse|close)\s+of\s+the\s+cold[- ]war|(?:end|height|collapse"
    r"|close)\s+of\s+the\s+cold[- ]war|post-cold[- ]war|cold[- ]war[- ](?:era|period|years|days"
    r"|history|times|historian|historians|relic|relics|rivals|rivalry|adversaries|arms\s+race"
    r"|standoff|nuclear))\b": (
        "version 117: 'Cold War relic(s)' left the period pattern for an entry of its own "
        "(cold_war_reference); the pattern's other matches are the same"
    ),
}
#: category -> the rounds pooled in the per-pattern precision table (``term_precision``) of
#: docs/validation.md: for hedges the rounds drawn since lex20 that no later rule was written
#: from (14, 16 and 17; lex21 changed 0.2% of the matches and none of their rows). Round 15 is left
#: out: 11 of its 12 errors are lex21's tuning sample, so as drawn it understates the current
#: rules and re-scored it would overstate them.
TERM_ROUNDS = {"hedge": (14, 16, 17)}
#: The seed of the first round (kept for the tools' defaults and older references).
SEED = ROUNDS[0].seed
GOAL_STANCE = 0.90
GOAL_SCARE_QUOTE = 0.80
GOAL_MAX_GAP = 0.10
COLUMNS = [
    "dataset",
    "doc_id",
    "outlet_group",
    "category",
    "start",
    "end",
    "term",
    "label",
    "reason",
]
LABELS = ("correct", "incorrect")
Z95 = 1.959963984540054


# ---------------------------------------------------------------- population
def outlet_group(dataset: str, outlet: str) -> str | None:
    """The outlet group key of a document (None: not audited, e.g. NYT lead paragraphs)."""
    if dataset == "media-rt-2022" and outlet == "RT":
        return "rt"
    if dataset == "media-western-2022" and outlet in WESTERN_OUTLETS:
        return "western"
    if dataset == "chinadaily-opinion-2012-2019" and outlet == "China Daily":
        return "china_daily"
    return None


def media_documents() -> pd.DataFrame:
    """The audited documents: dataset, doc_id, outlet, outlet_group, genre, url, text (full texts
    only, as loaded by :func:`framing.data.datasets.load`), sorted by dataset and doc_id."""
    parts = []
    for name in DATASETS:
        df = media.comparable(datasets.load(name))
        df = df.assign(dataset=name)
        df["outlet_group"] = [outlet_group(name, o) for o in df["outlet"]]
        parts.append(df[df["outlet_group"].notna()])
    cols = ["dataset", "doc_id", "outlet", "outlet_group", "genre", "url", "text"]
    out = pd.concat([p[cols] for p in parts], ignore_index=True)
    return out.sort_values(["dataset", "doc_id"], kind="stable").reset_index(drop=True)


def normalize_url(url) -> str:
    """A URL for comparison: no scheme, no ``www.``, no query or fragment, no trailing slash,
    lower case (empty for a missing URL)."""
    if url is None or (not isinstance(url, str) and pd.isna(url)):
        return ""
    u = re.sub(r"^[a-z]+://", "", str(url).strip().lower())
    u = re.sub(r"^www\.", "", u)
    return re.split(r"[?#]", u, maxsplit=1)[0].rstrip("/")


def tuning_urls() -> frozenset[str]:
    """Normalised URLs of the documents the issue-13 repairs were tuned on."""
    df = pd.read_csv(v.validation_dir() / "tuning-documents.csv", dtype=str)
    return frozenset(normalize_url(u) for u in df["url"] if normalize_url(u))


def media_matches(docs: pd.DataFrame | None = None, jobs: int | None = None) -> pd.DataFrame:
    """Every match and scare quote in the audited documents, with ``outlet_group`` and
    ``tuning`` (the document is a tuning document) columns."""
    docs = media_documents() if docs is None else docs
    m = v.corpus_matches(DATASETS, jobs=jobs, quotes=True)
    key = docs[["dataset", "doc_id", "outlet_group", "url"]]
    m = m.merge(key, on=["dataset", "doc_id"], how="inner", validate="many_to_one")
    tuned = tuning_urls()
    m["tuning"] = [normalize_url(u) in tuned for u in m["url"]]
    m = m.drop(columns="url")
    return m.sort_values(["dataset", "doc_id", "start", "category"], kind="stable").reset_index(
        drop=True
    )


# ---------------------------------------------------------------- sample
def draw_media_sample(
    matches: pd.DataFrame,
    categories: Iterable[str] = CATEGORIES,
    n: int = N_PER_CELL,
    seed: int = SEED,
    exclude: pd.DataFrame | None = None,
    exclude_documents: set[tuple[str, str]] | frozenset = frozenset(),
    groups: Iterable[str] = GROUPS,
) -> pd.DataFrame:
    """A seeded stratified sample: ``n`` matches of each category in each outlet group (all of
    them when fewer), drawn by :func:`framing.stats.validation.draw_audit_sample` within the
    stratum, after dropping matches in tuning documents and those in ``exclude`` (rows with
    dataset, doc_id, start, end: matches judged before) and every match in
    ``exclude_documents`` ((dataset, doc_id) pairs). Labels and reasons are empty."""
    m = matches[~matches["tuning"]] if "tuning" in matches else matches
    if exclude_documents:
        keys = zip(m["dataset"], m["doc_id"], strict=True)
        m = m[[k not in exclude_documents for k in keys]]
    if exclude is not None and len(exclude):
        e = exclude
        old = set(zip(e["dataset"], e["doc_id"], e["start"], e["end"], strict=True))
        keys = zip(m["dataset"], m["doc_id"], m["start"], m["end"], strict=True)
        m = m[[k not in old for k in keys]]
    parts = []
    for cat in categories:
        for group in groups:
            stratum = m[(m["category"] == cat) & (m["outlet_group"] == group)]
            s = v.draw_audit_sample(cat, n, seed, matches=stratum)
            s["outlet_group"] = group
            parts.append(s)
    out = pd.concat(parts, ignore_index=True)
    return out[COLUMNS].reset_index(drop=True)


def audit_round(number: int | None = None) -> AuditRound:
    """The round ``number`` (default: the latest)."""
    return v.pick_round(ROUNDS, number, "media")


def media_audit_path(round_: int | None = None):
    """The judgements of one round (default: the latest)."""
    return v.validation_dir() / audit_round(round_).file


def second_reader_path(round_: int | None = None):
    """The second reader's judgements of one round (same rows as the round's file; only the
    round's ``second_reader`` categories labelled)."""
    return media_audit_path(round_).with_name(f"{Path(audit_round(round_).file).stem}-reader2.csv")


def _read_round_file(path) -> pd.DataFrame:
    df = pd.read_csv(
        path,
        dtype={"doc_id": str, "label": str, "reason": str, "term": str},
        keep_default_na=False,
    )
    return df[COLUMNS]


def read_media_audit(path=None, round_: int | None = None) -> pd.DataFrame:
    """The media audit rows as stored (labels empty until judged).

    ``path`` or ``round_``: that file or round as stored. Neither: the current measure, each
    category's rows in each outlet group from the latest round that judged the category in that
    group (round 13 judged no Western scare quote: none was left), with a ``round`` column.
    """
    if path is not None:
        return _read_round_file(path)
    if round_ is not None:
        return _read_round_file(media_audit_path(round_))
    files = ((r, _read_round_file(media_audit_path(r.number))) for r in ROUNDS)
    out = v.latest_cells((r.number, df[df["category"].isin(r.categories)]) for r, df in files)
    order = {c: i for i, c in enumerate(CATEGORIES)}
    out = out.assign(_o=out["category"].map(order).fillna(len(order)))
    return out.sort_values(["_o", "round"], kind="stable").drop(columns="_o").reset_index(drop=True)


def earlier_documents(
    before: int,
    category: str | None = None,
    attribution: bool = True,
    after_attribution: int | None = None,
) -> set[tuple[str, str]]:
    """(dataset, doc_id) of every document shown by the media and the attribution audit rounds
    before round ``before``: a later round leaves them out, since the rules were changed while
    reading them.

    ``category``: only the media rounds' documents shown for that category (with every document
    of the attribution rounds, whose readers saw the reporting around every stance match, unless
    ``attribution`` is False). ``after_attribution``: the attribution rounds up to this number
    (default: those numbered below ``before``; see :attr:`AuditRound.after_attribution`).
    """
    media = [media_audit_path(r.number) for r in ROUNDS if r.number < before]
    shown = v.shown_documents(media, category)
    if attribution:
        last = before - 1 if after_attribution is None else after_attribution
        shown |= v.shown_documents([aa.audit_path(r.number) for r in aa.ROUNDS if r.number <= last])
    return shown


def round_exclusions(spec: AuditRound, category: str) -> set[tuple[str, str]]:
    """The documents round ``spec`` leaves out when it draws ``category``: every document an
    earlier round showed, or (for the round's ``fresh_per_category``) every document an earlier
    round showed for this category and every one the attribution audit showed (not those for
    the round's ``attribution_fresh``)."""
    per_category = category in spec.fresh_per_category
    return earlier_documents(
        spec.number,
        category if per_category else None,
        attribution=category not in spec.attribution_fresh,
        after_attribution=spec.after_attribution,
    )


def draw_round(
    spec: AuditRound,
    matches: pd.DataFrame,
    categories: Iterable[str] | None = None,
    n: int = N_PER_CELL,
    seed: int | None = None,
    exclude: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The sample of round ``spec``: :func:`draw_per_category`, each category leaving out
    :func:`round_exclusions` (default categories and seed: the round's own)."""
    return draw_per_category(
        matches,
        categories or spec.categories,
        n,
        spec.seed if seed is None else seed,
        lambda cat: round_exclusions(spec, cat),
        exclude=exclude,
    )


def draw_per_category(
    matches: pd.DataFrame,
    categories: Iterable[str],
    n: int,
    seed: int,
    exclusions: Callable[[str], set[tuple[str, str]]],
    exclude: pd.DataFrame | None = None,
    groups: Iterable[str] = GROUPS,
) -> pd.DataFrame:
    """:func:`draw_media_sample` of each category in turn, leaving out the documents
    ``exclusions(category)`` names (a round's freshness may differ by category), concatenated
    in category order."""
    parts = [
        draw_media_sample(
            matches,
            (cat,),
            n,
            seed,
            exclude=exclude,
            exclude_documents=exclusions(cat),
            groups=groups,
        )
        for cat in categories
    ]
    return pd.concat(parts, ignore_index=True)


# ---------------------------------------------------------------- statistics
def newcombe_diff(k1: int, n1: int, k2: int, n2: int, z: float = Z95) -> tuple[float, float, float]:
    """Difference of two independent proportions ``k1/n1 - k2/n2`` with Newcombe's hybrid
    score interval (Newcombe 1998, method 10: Wilson intervals of each proportion combined);
    NaNs when either ``n`` is 0."""
    if n1 <= 0 or n2 <= 0:
        return (math.nan, math.nan, math.nan)
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = v.wilson(k1, n1, z)
    l2, u2 = v.wilson(k2, n2, z)
    d = p1 - p2
    lo = d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    hi = d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return (d, max(-1.0, lo), min(1.0, hi))


def media_rates(
    docs: pd.DataFrame,
    scores: pd.DataFrame,
    groups: Iterable[str] = GROUPS,
    categories: Iterable[str] = CATEGORIES,
) -> pd.DataFrame:
    """Matches per 1,000 words of each category in each outlet group (pooled: all matches of
    the group over all its words). ``scores``: one row per document with ``doc_id``,
    ``tokens`` and ``<category>_count`` (``framing.score`` output)."""
    d = docs[["doc_id", "outlet_group"]].merge(scores, on="doc_id", validate="one_to_one")
    rows = []
    for cat in categories:
        for group in groups:
            g = d[d["outlet_group"] == group]
            words = int(g["tokens"].sum())
            count = int(g[f"{cat}_count"].sum())
            rows.append(
                {
                    "category": cat,
                    "outlet_group": group,
                    "documents": len(g),
                    "words": words,
                    "matches": count,
                    "per_1k": count * 1000 / words if words else math.nan,
                }
            )
    return pd.DataFrame(rows)


def media_scores(docs: pd.DataFrame | None = None, jobs: int = 2) -> pd.DataFrame:
    """Metric rows of the audited documents from the scoring cache (the options of notebook
    02, so both share the cache)."""
    docs = media_documents() if docs is None else docs
    return cached_score(docs[["doc_id", "text"]], readability=True, sentiment=False, jobs=jobs)


def _cell(judged: pd.DataFrame) -> dict:
    k, n = int((judged["label"] == "correct").sum()), len(judged)
    lo, hi = v.wilson(k, n)
    return {
        "n": n,
        "correct": k,
        "precision": k / n if n else math.nan,
        "lo": lo,
        "hi": hi,
    }


def media_audit_table(
    audit: pd.DataFrame | None = None,
    rates: pd.DataFrame | bool | None = None,
    groups: dict[str, str] = GROUPS,
    pools: dict[str, tuple[str, ...]] | None = None,
    compare: tuple[str, str] = ("western", STATE),
) -> pd.DataFrame:
    """One row per audited category: for each outlet group (``rt``, ``western``,
    ``china_daily``) and for state media pooled (``state`` = RT and China Daily judgements
    together) the judged ``n``, ``correct``, ``precision`` and its Wilson 95% interval as
    ``<group>_n``, ``<group>_correct``, ``<group>_precision``, ``<group>_lo``, ``<group>_hi``;
    ``<group>_per_1k``, matches per 1,000 words of the group; and ``gap`` = Western − state
    media precision with Newcombe's 95% interval (``gap_lo``, ``gap_hi``); ``round``, the audit
    round that judged the category, when ``audit`` has that column. Unjudged rows are left out.

    ``audit``: the judgements (default: ``media-audit.csv``). ``rates``: a :func:`media_rates`
    table; ``None`` computes it from the scored corpora (loads and scores the three datasets,
    cached), ``False`` leaves the ``_per_1k`` columns out.

    ``groups``, ``pools`` (pooled column -> its groups; default ``state`` = RT and China Daily)
    and ``compare`` (the two columns of the ``gap``, first minus second): another audit's outlet groups
    (:mod:`framing.stats.headline_audit`).
    """
    pools = {STATE: STATE_GROUPS} if pools is None else pools
    audit = read_media_audit() if audit is None else audit
    if rates is None:
        docs = media_documents()
        rates = media_rates(docs, media_scores(docs))
    elif rates is False:
        rates = None
    judged = audit[audit["label"].isin(LABELS)]
    unknown = set(judged["outlet_group"]) - set(groups)
    if unknown:
        raise ValueError(f"unknown outlet groups {sorted(unknown)}; known: {list(groups)}")
    cats = [c for c in CATEGORIES if c in set(judged["category"])]
    cats += sorted(set(judged["category"]) - set(CATEGORIES))
    rows = []
    for cat in cats:
        d = judged[judged["category"] == cat]
        rec: dict = {"category": cat}
        if "round" in d:
            rec["round"] = int(d["round"].max())
            for g in groups:
                rounds = d.loc[d["outlet_group"] == g, "round"]
                rec[f"{g}_round"] = int(rounds.max()) if len(rounds) else None
        cells = {g: _cell(d[d["outlet_group"] == g]) for g in groups}
        for pool, members in pools.items():
            cells[pool] = _cell(d[d["outlet_group"].isin(members)])
        for g, cell in cells.items():
            rec.update({f"{g}_{k}": val for k, val in cell.items()})
            if rates is not None:
                rec[f"{g}_per_1k"] = _pooled_rate(rates, cat, pools.get(g, (g,)))
        w, s = cells[compare[0]], cells[compare[1]]
        gap, lo, hi = newcombe_diff(w["correct"], w["n"], s["correct"], s["n"])
        rec.update({"gap": gap, "gap_lo": lo, "gap_hi": hi})
        rows.append(rec)
    return pd.DataFrame(rows)


def round_labels(table: pd.DataFrame, groups: dict[str, str] = GROUPS) -> pd.DataFrame:
    """``table`` with each category named with the round that measured it (``hedge (round
    2)``; a group an earlier round measured is named: ``scare_quote (round 13; Western: round
    12)``), for charts; unchanged when it has no ``round`` column."""
    if "round" not in table:
        return table
    names = []
    for _, row in table.iterrows():
        older = [
            f"{label}: round {int(row[f'{g}_round'])}"
            for g, label in groups.items()
            if not pd.isna(row.get(f"{g}_round")) and int(row[f"{g}_round"]) != int(row["round"])
        ]
        names.append(
            f"{row['category']} (round {int(row['round'])}{''.join('; ' + o for o in older)})"
        )
    return table.assign(category=names)


def reader_agreement(round_: int | None = None) -> pd.DataFrame:
    """Two independent readers of the same rows of round ``round_`` (default the latest): per
    category of the round's ``second_reader`` and outlet group (and ``all`` groups), ``n`` rows
    both judged, ``both_correct``, ``both_incorrect``, ``first_only`` (only the first reader
    judged it correct), ``second_only``, observed ``agreement``, Cohen's ``kappa``
    (:func:`framing.stats.validation.cohen_kappa`) and each reader's precision
    (``first_precision``, ``second_precision``)."""
    spec = audit_round(round_)
    return agreement_table(
        _read_round_file(media_audit_path(spec.number)),
        _read_round_file(second_reader_path(spec.number)),
        spec.second_reader,
        name=second_reader_path(spec.number).name,
    )


def agreement_table(
    first: pd.DataFrame,
    second: pd.DataFrame,
    categories: Iterable[str],
    groups: Iterable[str] = GROUPS,
    name: str = "second reader",
) -> pd.DataFrame:
    """:func:`reader_agreement` of two judgement tables with the same rows (``name``: the
    second one's, for the error when the rows differ)."""
    key = ["dataset", "doc_id", "category", "start", "end"]
    if not first[key].astype(str).equals(second[key].astype(str)):
        raise ValueError(f"{name}: rows differ from the round's")
    both = first.assign(second=second["label"])
    both = both[both["label"].isin(LABELS) & both["second"].isin(LABELS)]
    rows = []
    for cat in categories:
        d = both[both["category"] == cat]
        for group in [*groups, "all"]:
            g = d if group == "all" else d[d["outlet_group"] == group]
            a, b = g["label"] == "correct", g["second"] == "correct"
            n = len(g)
            rows.append(
                {
                    "category": cat,
                    "outlet_group": group,
                    "n": n,
                    "both_correct": int((a & b).sum()),
                    "both_incorrect": int((~a & ~b).sum()),
                    "first_only": int((a & ~b).sum()),
                    "second_only": int((~a & b).sum()),
                    "agreement": float((a == b).mean()) if n else math.nan,
                    "kappa": v.cohen_kappa(list(g["label"]), list(g["second"])),
                    "first_precision": float(a.mean()) if n else math.nan,
                    "second_precision": float(b.mean()) if n else math.nan,
                }
            )
    return pd.DataFrame(rows)


def _pooled_rate(rates: pd.DataFrame, cat: str, groups: tuple[str, ...]) -> float:
    r = rates[(rates["category"] == cat) & rates["outlet_group"].isin(groups)]
    words = r["words"].sum()
    return float(r["matches"].sum() * 1000 / words) if words else math.nan


def media_audit_goals(
    table: pd.DataFrame,
    groups: dict[str, str] = GROUPS,
    gap_label: tuple[str, str] = ("Western", "state media"),
) -> pd.DataFrame:
    """The goals of issue 13 for this audit, one row per goal × category: ``goal``,
    ``category``, ``value`` (the worst group's precision, or the gap), ``lo`` and ``hi`` (its 95%
    interval: Wilson, or Newcombe for the gap), ``where`` (which group), ``threshold``, ``met``.
    Precision goals must hold in every outlet group; the gap goal (Western at most 0.10 less
    precise than state media) is judged on the point estimate. Both are judged on the point
    estimate: the intervals say how far the sample can tell. ``groups`` and ``gap_label`` (the
    two sides of the table's ``gap``): another audit's outlet groups."""
    t = table.set_index("category")
    rows = []
    for cat in [*STANCE, v.SCARE_QUOTE]:
        if cat not in t.index:
            continue
        r = t.loc[cat]
        goal = GOAL_SCARE_QUOTE if cat == v.SCARE_QUOTE else GOAL_STANCE
        judged = [g for g in groups if r[f"{g}_n"] > 0]
        worst = min(judged, key=lambda g: (r[f"{g}_precision"], list(groups).index(g)))
        rows.append(
            {
                "goal": f"precision >= {goal:.2f} in every outlet group",
                "category": cat,
                "value": float(r[f"{worst}_precision"]),
                "lo": float(r[f"{worst}_lo"]),
                "hi": float(r[f"{worst}_hi"]),
                "where": groups[worst],
                "threshold": goal,
                "met": bool(all(r[f"{g}_precision"] >= goal for g in judged)),
            }
        )
    for cat in STANCE:
        if cat not in t.index:
            continue
        r = t.loc[cat]
        rows.append(
            {
                "goal": f"{gap_label[0]} at most {GOAL_MAX_GAP:.2f} less precise than {gap_label[1]}",
                "category": cat,
                "value": float(r["gap"]),
                "lo": float(r["gap_lo"]),
                "hi": float(r["gap_hi"]),
                "where": f"{gap_label[0]} - {gap_label[1]}",
                "threshold": -GOAL_MAX_GAP,
                "met": bool(r["gap"] >= -GOAL_MAX_GAP - 1e-12),
            }
        )
    return pd.DataFrame(rows)


def sample_composition(audit: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """Judged rows per outlet (BBC, Guardian, ... within Western) and category: how the sample
    spread over the outlets of a group, and how many distinct documents it touched."""
    d = audit.merge(docs[["dataset", "doc_id", "outlet"]], on=["dataset", "doc_id"], how="left")
    out = d.groupby(["outlet_group", "outlet"], sort=True).agg(
        rows=("doc_id", "size"), documents=("doc_id", "nunique")
    )
    return out.reset_index()


def error_type(reason: str) -> str:
    """The error type of an ``incorrect`` judgement: its reason up to the first colon (reasons
    are written ``type: detail``, e.g. ``ability: could of ability``)."""
    return str(reason).split(":", 1)[0].strip()


def error_counts(audit: pd.DataFrame, groups: Iterable[str] = GROUPS) -> pd.DataFrame:
    """Incorrect judgements per category, outlet group and error type, commonest first within
    a category; ``all`` sums the groups."""
    bad = audit[audit["label"] == "incorrect"].assign(error=lambda d: d["reason"].map(error_type))
    wide = pd.crosstab([bad["category"], bad["error"]], bad["outlet_group"])
    wide = wide.reindex(columns=list(groups), fill_value=0)
    wide["all"] = wide.sum(axis=1)
    out = wide.reset_index()
    return out.sort_values(["category", "all", "error"], ascending=[True, False, True]).reset_index(
        drop=True
    )


def judged_rounds(category: str, rounds: Iterable[int] | None = None) -> pd.DataFrame:
    """The first reader's judged rows of ``category`` from the media ``rounds`` (default: every
    round) that drew it, as drawn (not re-scored under later rules), with a ``round`` column."""
    wanted = None if rounds is None else set(rounds)
    parts = []
    for r in ROUNDS:
        if (wanted is not None and r.number not in wanted) or category not in r.categories:
            continue
        df = read_media_audit(round_=r.number)
        df = df[(df["category"] == category) & df["label"].isin(LABELS)]
        parts.append(df.assign(round=r.number))
    if not parts:
        return pd.DataFrame(columns=[*COLUMNS, "round"])
    return pd.concat(parts, ignore_index=True)


def term_precision(judged: pd.DataFrame, min_n: int = 5) -> pd.DataFrame:
    """Precision of each lexicon pattern (the ``term`` column) over judged rows, outlet groups
    pooled: ``n``, ``correct``, ``precision`` and its Wilson 95% interval (``lo``, ``hi``),
    commonest first. Patterns judged fewer than ``min_n`` times are pooled into one row
    ``other patterns (K)`` (K: how many), so no row is dropped; the last row, ``all``, is every
    judged row."""
    judged = judged[judged["label"].isin(LABELS)]
    counts = judged.groupby("term", sort=True).size().rename("n").reset_index()
    counts = counts.sort_values(["n", "term"], ascending=[False, True], kind="stable")
    common = counts.loc[counts["n"] >= min_n, "term"].tolist()
    rare = judged[~judged["term"].isin(common)]
    rows = [{"term": term, **_cell(judged[judged["term"] == term])} for term in common]
    if len(rare):
        name = f"other patterns ({rare['term'].nunique()})"
        rows.append({"term": name, **_cell(rare)})
    rows.append({"term": "all", **_cell(judged)})
    return pd.DataFrame(rows, columns=["term", "n", "correct", "precision", "lo", "hi"])
