"""Precision of the stance categories and scare quotes on the 2022 headline streams (issue 13,
round 12): BBC against the Chinese state outlets.

Population: every match of the built-in lexicon and every scare quote in the headlines of
``china-media-headlines-2022`` by BBC, CGTN, China Daily, Global Times and Xinhua
(:data:`framing.stats.attribution_audit.HEADLINE_GROUP`). Sample: :data:`N_PER_CELL` matches of
each category in each outlet group at random (the round's seed), leaving out the headlines read
to write rules (``validation_data/headline-tuning-documents.csv``) and every headline an earlier
round of the media or the attribution audit showed. The statistics are those of
:mod:`framing.stats.media_audit` (Wilson intervals, Newcombe's interval for the gap BBC −
Chinese state media). Headlines are another genre than the full texts of the media audit: the
two are shown apart and never pooled.

Round 12 also judged quotations that the rules before round 12 (``METRICS_VERSION`` 16) called
scare quotes (category :data:`OLD_SCARE_QUOTE`, drawn with the same exclusions by
``tools/audit_draw.py --headlines``): the precision the old count had on headlines, and
(:func:`old_rule_recall`) how many of its right scare quotes the current rules keep.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.data import datasets
from framing.data.cache import cached_score
from framing.stats import attribution_audit as aa
from framing.stats import media_audit as ma
from framing.stats import validation as v

#: Outlet group key -> label.
GROUPS = {"bbc": "BBC", "chinese_state": "Chinese state"}
#: outlet -> outlet group key
OUTLET_GROUP = {o: "bbc" if g == "BBC" else "chinese_state" for o, g in aa.HEADLINE_GROUP.items()}
#: Scare quotes of the rules before round 12 (judged in round 12 to measure the old count).
OLD_SCARE_QUOTE = "scare_quote_v16"
CATEGORIES = (*ma.STANCE, v.SCARE_QUOTE)
N_PER_CELL = ma.N_PER_CELL
GAP_LABEL = ("BBC", "Chinese state media")


@dataclass(frozen=True)
class HeadlineRound:
    """One draw of the headline audit: seed, file in ``validation_data/``, the categories it
    judged, the categories a second reader judged too, and what it measured (``note``)."""

    number: int
    seed: int
    file: str
    categories: tuple[str, ...]
    note: str
    second_reader: tuple[str, ...] = ()
    #: Categories for which "fresh" means: in a headline no earlier round of this audit (or of
    #: the media audit) showed *for this category*; the attribution rounds' headlines count as
    #: fresh, their readers judged voice, source and target, not a category's sense, and no
    #: sense rule was written from them (as media round 12 did for scare quotes). Used when
    #: the headlines no round showed at all hold too few matches (round 71).
    fresh_per_category: tuple[str, ...] = ()


#: Numbered after the media audit's rounds (1-11), whose documents it leaves out.
ROUNDS = (
    HeadlineRound(
        12,
        20270109,
        "headline-audit-12.csv",
        (*CATEGORIES, OLD_SCARE_QUOTE),
        "drawn after the headline scare-quote rule (a headline quotation is a source's words "
        "unless an author's distancing frame), from headlines neither the tuning reading nor "
        "any earlier round showed; blind readers",
        (v.SCARE_QUOTE, OLD_SCARE_QUOTE),
    ),
    HeadlineRound(
        13,
        20270111,
        "headline-audit-13.csv",
        ("hedge", "accusation", "distancing"),
        "drawn after the lex12 word senses from the errors of round 12 (an armed group claims an "
        "attack, a prize or a sum; claimed 200-plus lives; a claim to a disputed area; "
        "threatened by a natural force or with no agent after a thing; the noun potential at "
        "the end of a headline), from headlines no earlier round of any audit showed; booster, "
        "negative_evaluation and scare quotes were not changed, so round 12 still measures "
        "them; blind readers",
        ("hedge", "accusation", "distancing"),
    ),
    HeadlineRound(
        14,
        20270113,
        "headline-audit-14.csv",
        ("hedge", "accusation", "distancing"),
        "drawn after the lex13 word senses from the errors of round 13 (X beat Y to claim; "
        "rumours denied with no one charged; a fake police station; the noun suspect after "
        "its crime; a legislator suggests a measure; an uncertain future; 'not possible' in "
        "quotes), from headlines no earlier round of any audit showed; blind readers",
        ("hedge", "accusation", "distancing"),
    ),
    HeadlineRound(
        21,
        20270137,
        "headline-audit-21.csv",
        ("booster", "negative_evaluation", v.SCARE_QUOTE),
        "drawn after lex14 (the factual extent of 'fully', from round 12's booster errors) and "
        "the attribution rules up to METRICS_VERSION 32, from headlines no earlier round of any "
        "audit showed (numbered after attribution round 20, so that its headlines are left out "
        "too); booster, negative_evaluation and scare quotes, last measured in round 12; blind "
        "readers",
        ("booster", "negative_evaluation", v.SCARE_QUOTE),
    ),
    HeadlineRound(
        71,
        20270245,
        "headline-audit-71.csv",
        ma.STANCE,
        "every stance category measured again with the rules of METRICS_VERSION 105 (lex15's "
        "repair of round 21's booster errors, for certain before a noun and in fact sheet, had "
        "no fresh headline to measure it; the hedge and accusation senses changed since rounds "
        "13-14 with lex15-lex21), numbered after attribution round 70; no headline is left "
        "that no round of any audit showed, so each category is drawn from headlines no "
        "earlier round showed for that category (fresh_per_category; the attribution rounds' "
        "headlines count as fresh) and never from the tuning headlines; scare quotes: none "
        "left; blind readers",
        ma.STANCE,
        fresh_per_category=ma.STANCE,
    ),
    HeadlineRound(
        72,
        20270249,
        "headline-audit-72.csv",
        ("booster", "hedge", "negative_evaluation"),
        "the three categories lex22 (METRICS_VERSION 106) changed most, measured after it: "
        "booster (idioms, no basis in reality), hedge (the headline noun suspects) and "
        "negative_evaluation (illegal immigration attempts), from headlines no earlier round "
        "showed for that category (round 71's included; fresh_per_category as in round 71) and "
        "never from the tuning headlines; BBC has no fresh booster or negative_evaluation "
        "left and 3 hedges; blind readers",
        ("booster", "hedge", "negative_evaluation"),
        fresh_per_category=("booster", "hedge", "negative_evaluation"),
    ),
    HeadlineRound(
        73,
        20270251,
        "headline-audit-73.csv",
        ("accusation", "negative_evaluation"),
        "the two categories that missed 0.90 in Chinese-state headlines after rounds 71-72, "
        "measured again with the same rules (METRICS_VERSION 106; no rule was written from "
        "round 72), a replication: accusation (round 71: 0.83, version 105) and "
        "negative_evaluation (round 72: 0.87), from headlines no earlier round showed for the "
        "category (rounds 71-72 included) and never from the tuning headlines; BBC has none "
        "left; blind readers",
        ("accusation", "negative_evaluation"),
        fresh_per_category=("accusation", "negative_evaluation"),
    ),
)


def audit_round(number: int | None = None) -> HeadlineRound:
    """The round ``number`` (default: the latest)."""
    return v.pick_round(ROUNDS, number, "headline")


def headline_audit_path(round_: int | None = None) -> Path:
    """The judgements of one round (default: the latest)."""
    return v.validation_dir() / audit_round(round_).file


def second_reader_path(round_: int | None = None) -> Path:
    """The second reader's judgements of one round (same rows, its ``second_reader``
    categories labelled)."""
    path = headline_audit_path(round_)
    return path.with_name(f"{path.stem}-reader2.csv")


def _read(path: Path) -> pd.DataFrame:
    df = pd.read_csv(
        path, dtype={"doc_id": str, "label": str, "reason": str, "term": str}, keep_default_na=False
    )
    return df[ma.COLUMNS]


def read_headline_audit(round_: int | None = None, second: bool = False) -> pd.DataFrame:
    """The judgements of round ``round_`` as stored (``second``: the second reader's). No round:
    the current measure, each category's rows in each outlet group from the latest round that
    judged that cell, with a ``round`` column (a round that guided rule changes no longer
    measures them; where a later round found no match left in a group, as BBC after round
    12, the earlier round's rows stay)."""
    if round_ is not None:
        return _read(second_reader_path(round_) if second else headline_audit_path(round_))
    files = ((r, _read(headline_audit_path(r.number))) for r in ROUNDS)
    out = v.latest_cells((r.number, df[df["category"].isin(r.categories)]) for r, df in files)
    order = {c: i for i, c in enumerate((*CATEGORIES, OLD_SCARE_QUOTE))}
    out = out.assign(_o=out["category"].map(order))
    return out.sort_values(["_o", "round"], kind="stable").drop(columns="_o").reset_index(drop=True)


def earlier_documents(before: int, category: str | None = None) -> set[tuple[str, str]]:
    """(dataset, doc_id) of every headline shown by a round of any audit before ``before``:
    the media and attribution audits' (:func:`framing.stats.media_audit.earlier_documents`)
    and this audit's. ``category``: only the headlines this audit's and the media audit's
    rounds showed for that category (:attr:`HeadlineRound.fresh_per_category`)."""
    paths = [headline_audit_path(r.number) for r in ROUNDS if r.number < before]
    if category is not None:
        media = ma.earlier_documents(before, category, attribution=False)
        return media | v.shown_documents(paths, category)
    return ma.earlier_documents(before) | v.shown_documents(paths)


def headline_documents() -> pd.DataFrame:
    """The audited headlines: dataset, doc_id, outlet, outlet_group, text, sorted."""
    parts = []
    for name in aa.HEADLINE_DATASETS:
        df = datasets.load(name)
        df = df[df["outlet"].isin(OUTLET_GROUP)].assign(dataset=name)
        df["outlet_group"] = df["outlet"].map(OUTLET_GROUP)
        parts.append(df[["dataset", "doc_id", "outlet", "outlet_group", "text"]])
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["dataset", "doc_id"], kind="stable").reset_index(drop=True)


def headline_matches(docs: pd.DataFrame | None = None, jobs: int | None = None) -> pd.DataFrame:
    """Every match and scare quote in the audited headlines, with ``outlet_group`` and
    ``tuning`` (a headline read to write rules) columns."""
    docs = headline_documents() if docs is None else docs
    m = v.corpus_matches(aa.HEADLINE_DATASETS, jobs=jobs, quotes=True)
    key = docs[["dataset", "doc_id", "outlet_group"]]
    m = m.merge(key, on=["dataset", "doc_id"], how="inner", validate="many_to_one")
    tuned = aa.tuning_headlines()
    m["tuning"] = [k in tuned for k in zip(m["dataset"], m["doc_id"], strict=True)]
    return m.sort_values(["dataset", "doc_id", "start", "category"], kind="stable").reset_index(
        drop=True
    )


def draw_round(
    spec: HeadlineRound, matches: pd.DataFrame, n: int = N_PER_CELL, exclude=None
) -> pd.DataFrame:
    """The sample of round ``spec`` of the current rules' categories (not
    :data:`OLD_SCARE_QUOTE`, which only the rules of its time can draw), each leaving out
    :func:`earlier_documents` (per category for the round's ``fresh_per_category``)."""
    return ma.draw_per_category(
        matches,
        [c for c in spec.categories if c != OLD_SCARE_QUOTE],
        n,
        spec.seed,
        lambda cat: earlier_documents(spec.number, cat if cat in spec.fresh_per_category else None),
        exclude=exclude,
        groups=GROUPS,
    )


def headline_scores(docs: pd.DataFrame | None = None, jobs: int = 2) -> pd.DataFrame:
    """Metric rows of the audited headlines (scoring cache)."""
    docs = headline_documents() if docs is None else docs
    return cached_score(docs[["doc_id", "text"]], readability=True, sentiment=False, jobs=jobs)


def headline_audit_table(
    audit: pd.DataFrame | None = None, rates: pd.DataFrame | bool | None = None
) -> pd.DataFrame:
    """:func:`framing.stats.media_audit.media_audit_table` of a headline round (default the
    current measure): columns ``bbc_*``, ``chinese_state_*`` and ``all_*`` (both groups
    pooled), ``gap`` = BBC − Chinese state precision, ``round``. ``rates``: as there (``None``
    scores the headlines)."""
    audit = read_headline_audit() if audit is None else audit
    if rates is None:
        docs = headline_documents()
        rates = ma.media_rates(docs, headline_scores(docs), GROUPS, CATEGORIES)
    return ma.media_audit_table(
        audit, rates, GROUPS, pools={"all": tuple(GROUPS)}, compare=("bbc", "chinese_state")
    )


def headline_goals(table: pd.DataFrame) -> pd.DataFrame:
    """The goals of issue 13 (:func:`framing.stats.media_audit.media_audit_goals`) on the
    headline table: every stance category >= 0.90 and scare quotes >= 0.80 in both groups,
    BBC at most 0.10 less precise than the Chinese state outlets."""
    return ma.media_audit_goals(table, GROUPS, GAP_LABEL)


def old_rule_recall(audit: pd.DataFrame, current: pd.DataFrame) -> pd.DataFrame:
    """Of the :data:`OLD_SCARE_QUOTE` rows judged ``correct`` (a scare quote by the readers),
    how many the current rules still count: per outlet group and ``all``, ``n`` (right old
    scare quotes), ``kept``, ``share`` with its Wilson interval (``lo``, ``hi``). ``current``:
    the current scare quotes (rows with dataset, doc_id, start, end, e.g. the
    :data:`~framing.stats.validation.SCARE_QUOTE` rows of :func:`headline_matches`)."""
    right = audit[(audit["category"] == OLD_SCARE_QUOTE) & (audit["label"] == "correct")]
    key = ["dataset", "doc_id", "start", "end"]
    now = set(current[key].itertuples(index=False, name=None))
    kept = [k in now for k in right[key].itertuples(index=False, name=None)]
    right = right.assign(kept=kept)
    rows = []
    for group in [*GROUPS, "all"]:
        g = right if group == "all" else right[right["outlet_group"] == group]
        n, k = len(g), int(g["kept"].sum())
        lo, hi = v.wilson(k, n)
        rows.append(
            {
                "outlet_group": group,
                "n": n,
                "kept": k,
                "share": k / n if n else math.nan,
                "lo": lo,
                "hi": hi,
            }
        )
    return pd.DataFrame(rows)


def reader_agreement(round_: int | None = None) -> pd.DataFrame:
    """:func:`framing.stats.media_audit.agreement_table` of the round's two readers."""
    spec = audit_round(round_)
    return ma.agreement_table(
        read_headline_audit(spec.number),
        read_headline_audit(spec.number, second=True),
        spec.second_reader,
        GROUPS,
        name=second_reader_path(spec.number).name,
    )


def judged_spans(rounds=None) -> pd.DataFrame:
    """Every judged row of the headline rounds (default all), one per match (dataset, doc_id,
    category, start, end; the latest round's judgement when two rounds read the same span),
    with a ``round`` column."""
    rounds = ROUNDS if rounds is None else rounds
    parts = [read_headline_audit(r.number).assign(round=r.number) for r in rounds]
    rows = pd.concat(parts, ignore_index=True)
    rows = rows[rows["label"].isin(("correct", "incorrect"))]
    key = ["dataset", "doc_id", "category", "start", "end"]
    return rows.drop_duplicates(key, keep="last").reset_index(drop=True)


def population_census(
    matches: pd.DataFrame, judged: pd.DataFrame, categories: tuple[str, ...] = CATEGORIES
) -> pd.DataFrame:
    """Every current match of ``categories`` outside the tuning headlines (``matches`` as
    :func:`headline_matches` gives them) against the judged rows (:func:`judged_spans`), span
    by span, per category and outlet group: ``current`` matches, ``judged`` (of them, read by a
    round), ``correct`` (judged right), ``unjudged``, ``gone`` (judged rows the current rules no
    longer count) and ``gone_correct``. A census of what the rules count now, not a sample:
    judged rows guided later rules (section 117 of ``docs/validation.md``)."""
    key = ["dataset", "doc_id", "category", "start", "end"]
    m = matches[~matches["tuning"]] if "tuning" in matches else matches
    rows = []
    for cat in categories:
        for group in GROUPS:
            cur = m[(m["category"] == cat) & (m["outlet_group"] == group)]
            j = judged[(judged["category"] == cat) & (judged["outlet_group"] == group)]
            now = set(cur[key].itertuples(index=False, name=None))
            label = dict(zip(j[key].itertuples(index=False, name=None), j["label"], strict=True))
            read = [label[k] for k in now if k in label]
            gone = [lab for k, lab in label.items() if k not in now]
            rows.append(
                {
                    "category": cat,
                    "outlet_group": group,
                    "current": len(now),
                    "judged": len(read),
                    "correct": read.count("correct"),
                    "unjudged": len(now) - len(read),
                    "gone": len(gone),
                    "gone_correct": gone.count("correct"),
                }
            )
    return pd.DataFrame(rows)
