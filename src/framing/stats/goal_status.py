"""Where every validation goal stands: one row per goal, corpus and group.

The goals are issue 13's (item 7): every stance category at least 0.90 precise and scare quotes
at least 0.80 in every outlet group; Western news at most 0.10 less precise than state media;
voice and named targets at least 0.85 correct. Each cell comes from the latest audit round that
measured it (the audits' own tables; nothing is judged or recomputed here), so cells of one
table can come from different rounds and rules: the ``round`` column says which. Measures the
issue set no goal for (the source of reported stance, rightly empty targets, target recall) are
listed beside them as ``no goal``, so the unflattering ones stay in view.

A cell is judged on its point estimate, as the audits' own goal tables are; ``decided`` says
whether the 95% interval lies wholly on one side of the threshold (the sample can tell). A cell
with fewer than :data:`MIN_N` judged rows is ``too few`` and is not judged.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd

from framing.stats import attribution_audit as aa
from framing.stats import headline_audit as ha
from framing.stats import media_audit as ma
from framing.stats import official_quote_audit as oq
from framing.stats import validation as v

#: judged rows below which a cell is shown but not judged
MIN_N = 10
COLUMNS = [
    "goal",
    "corpus",
    "measure",
    "group",
    "correct",
    "n",
    "value",
    "lo",
    "hi",
    "threshold",
    "status",
    "decided",
    "round",
]
STATUSES = ("met", "not met", "too few", "no goal")
#: sampling frame of the attribution audit -> the corpus label of the table
FRAME_CORPUS = {
    "articles": "news media, full texts",
    "headlines": "headline streams 2022",
    "official": "presidential releases",
    "white-house": "White House 2022",
    "ungd": "UN General Debate 2022",
}
MEDIA_CORPUS = FRAME_CORPUS["articles"]
HEADLINE_CORPUS = FRAME_CORPUS["headlines"]
OFFICIAL_QUOTE_CORPUS = "official corpora"
#: attribution assignment -> the goal it carries (None: the issue set none)
ASSIGNMENT_GOALS = {
    "voice": f"voice >= {aa.GOAL:.2f}",
    "target": f"named target >= {aa.GOAL:.2f}",
    "source": None,
    "empty target": None,
    "target recall": None,
}
_EPS = 1e-12
#: the measure label of an invariance (gap) cell starts with this
GAP_PREFIX = "precision gap: "


def status(value: float, threshold: float, n: int | None) -> str:
    """``met`` / ``not met`` on the point estimate, ``too few`` below :data:`MIN_N` judged rows
    (``n`` None: an estimate that is not a count, judged as it is), ``no goal`` without a threshold."""
    if threshold is None or math.isnan(threshold):
        return "no goal"
    if n is not None and n < MIN_N:
        return "too few"
    if value is None or math.isnan(value):
        return "too few"  # nothing judged
    return "met" if value >= threshold - _EPS else "not met"


def decided(lo: float, hi: float, threshold: float) -> bool:
    """The 95% interval lies wholly on one side of ``threshold`` (the sample can tell)."""
    if any(x is None or math.isnan(x) for x in (lo, hi, threshold)):
        return False
    return bool(lo >= threshold - _EPS or hi < threshold - _EPS)


def _row(goal, corpus, measure, group, correct, n, value, lo, hi, threshold, round_) -> dict:
    threshold = math.nan if threshold is None else float(threshold)
    st = status(value, threshold, n)
    return {
        "goal": goal or "no goal",
        "corpus": corpus,
        "measure": measure,
        "group": group,
        "correct": correct,
        "n": n,
        "value": value,
        "lo": lo,
        "hi": hi,
        "threshold": threshold,
        "status": st,
        "decided": st in ("met", "not met") and decided(lo, hi, threshold),
        "round": round_,
    }


def _round_of(r: pd.Series) -> int | None:
    """The audit round of a table row (None when the table has no ``round``)."""
    return int(r["round"]) if "round" in r and not pd.isna(r["round"]) else None


def _group_round(r: pd.Series, key: str) -> int | None:
    """The round that judged group ``key`` of a table row (``<key>_round`` when the table has
    it, as the media audit's does; else the row's round)."""
    col = f"{key}_round"
    if col in r and not pd.isna(r[col]):
        return int(r[col])
    return _round_of(r)


def _precision_goal(category: str) -> tuple[str, float]:
    if category == v.SCARE_QUOTE:
        return f"scare-quote precision >= {ma.GOAL_SCARE_QUOTE:.2f}", ma.GOAL_SCARE_QUOTE
    return f"stance precision >= {ma.GOAL_STANCE:.2f}", ma.GOAL_STANCE


def precision_cells(table: pd.DataFrame, corpus: str, groups: Mapping[str, str]) -> pd.DataFrame:
    """The precision goals of an audit table (:func:`framing.stats.media_audit.media_audit_table`
    layout: ``<group>_n``, ``_correct``, ``_precision``, ``_lo``, ``_hi``, ``round``): one row per
    stance category and scare quotes in each of ``groups`` (key -> label); a group with no
    judged row is listed as ``too few`` (it could not be measured)."""
    rows = []
    t = table.set_index("category")
    for cat in [*ma.STANCE, v.SCARE_QUOTE]:
        if cat not in t.index:
            continue
        r = t.loc[cat]
        goal, threshold = _precision_goal(cat)
        for key, label in groups.items():
            n = int(r[f"{key}_n"])
            rows.append(
                _row(
                    goal,
                    corpus,
                    f"precision: {cat}",
                    label,
                    int(r[f"{key}_correct"]),
                    n,
                    float(r[f"{key}_precision"]),
                    float(r[f"{key}_lo"]),
                    float(r[f"{key}_hi"]),
                    threshold,
                    _group_round(r, key),
                )
            )
    return pd.DataFrame(rows, columns=COLUMNS)


def gap_cells(
    table: pd.DataFrame, corpus: str, sides: tuple[str, str], labels: tuple[str, str]
) -> pd.DataFrame:
    """The invariance goal (first side at most 0.10 less precise than the second) of each stance
    category: ``value`` = the table's ``gap`` with Newcombe's interval; too few when either side
    has fewer than :data:`MIN_N` judged rows; ``n`` = the smaller side."""
    rows = []
    t = table.set_index("category")
    goal = f"{labels[0]} at most {ma.GOAL_MAX_GAP:.2f} less precise than {labels[1]}"
    for cat in ma.STANCE:
        if cat not in t.index:
            continue
        r = t.loc[cat]
        n = min(int(r[f"{sides[0]}_n"]), int(r[f"{sides[1]}_n"]))
        rows.append(
            _row(
                goal,
                corpus,
                f"{GAP_PREFIX}{cat}",
                f"{labels[0]} - {labels[1]}",
                None,
                n,
                float(r["gap"]),
                float(r["gap_lo"]),
                float(r["gap_hi"]),
                -ma.GOAL_MAX_GAP,
                _round_of(r),
            )
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def attribution_cells(measures: pd.DataFrame, corpus: str) -> pd.DataFrame:
    """Voice and named-target goals (and the assignments without a goal) of one sampling
    frame's :func:`framing.stats.attribution_audit.latest_measures`, per group (the pooled rows
    mix rounds and are left out). Target recall is a weighted estimate, not a count: its
    ``correct`` and ``n`` are left empty. A cell whose round pools the assignment with earlier
    rounds (:attr:`framing.stats.attribution_audit.AttributionRound.pooled_with`) names them in
    its measure; a pooled recall is the whole frame's
    (:func:`framing.stats.attribution_audit.whole_frame_recall`) and says so."""
    rows = []
    m = measures[(measures["group"] != aa.POOLED) & (measures["n"] > 0)]
    for r in m.itertuples(index=False):
        goal = ASSIGNMENT_GOALS[r.assignment]
        count = r.assignment != "target recall"
        label = aa.ASSIGNMENT_LABELS[r.assignment]
        pooled = getattr(r, "pooled_rounds", "")  # every latest_measures row has one
        if pooled and not count:  # pooled recall is scaled to the whole frame (whole_frame_recall)
            label = f"{label} over the whole frame"
        if pooled:
            label = f"{label}, rounds {pooled.replace('+', ', ')} pooled"
        rows.append(
            _row(
                goal,
                corpus,
                label,
                r.group,
                int(r.correct) if count else None,
                int(r.n) if count else None,
                float(r.share),
                float(r.lo),
                float(r.hi),
                aa.GOAL if goal else None,
                int(r.round),
            )
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def official_quote_tables() -> list[pd.DataFrame]:
    """:func:`framing.stats.official_quote_audit.audit_table` of every official scare-quote
    round (its rows pooled with those of the rounds it pools with,
    :func:`~framing.stats.official_quote_audit.judged_rows`), oldest first, each with a
    ``round`` column."""
    return [oq.audit_table(oq.judged_rows(r)).assign(round=r.number) for r in oq.ROUNDS]


def latest_per_group(
    tables: list[pd.DataFrame], groups: Mapping[str, str]
) -> tuple[pd.DataFrame, dict[str, int]]:
    """One-category tables of several rounds (oldest first, each with a ``round`` column) as
    one table whose every group's cell is that of the latest round that judged the group, and
    that round per group key (groups no round judged keep the first table's empty cell)."""
    out = tables[0].iloc[[0]].drop(columns="round").copy()
    rounds: dict[str, int] = {}
    for t in tables:
        first = t.iloc[0]
        for g in groups:
            if int(first[f"{g}_n"]) > 0:
                for col in ("n", "correct", "precision", "lo", "hi"):
                    out[f"{g}_{col}"] = first[f"{g}_{col}"]
                rounds[g] = int(first["round"])
    return out, rounds


def official_quote_cells(tables: list[pd.DataFrame] | None = None) -> pd.DataFrame:
    """The scare-quote goal in the official corpora, each group from the latest round that judged
    it (a group no round could judge: ``too few``, no round)."""
    tables = official_quote_tables() if tables is None else tables
    merged, rounds = latest_per_group(tables, oq.GROUPS)
    cells = precision_cells(merged, OFFICIAL_QUOTE_CORPUS, oq.GROUPS)
    key = {label: k for k, label in oq.GROUPS.items()}
    cells["round"] = [rounds.get(key[g]) for g in cells["group"]]
    pooled = {r.number: oq.rounds_label(r) for r in oq.ROUNDS if r.pooled_with}
    cells["measure"] = [
        f"{m}, {pooled[r]}" if r in pooled else m
        for m, r in zip(cells["measure"], cells["round"], strict=True)
    ]
    return cells


def goal_status(n_boot: int = 1000) -> pd.DataFrame:
    """Every goal cell of every audit, in the order: news media, headline streams, official
    scare quotes, then the attribution frames (full texts, headlines, presidential releases,
    White House, UN General Debate). Reads only the judgements in ``validation_data/``."""
    media = ma.media_audit_table(ma.read_media_audit(), rates=False)
    headlines = ha.headline_audit_table(rates=False)
    parts = [
        precision_cells(media, MEDIA_CORPUS, ma.GROUPS),
        gap_cells(media, MEDIA_CORPUS, ("western", ma.STATE), ("Western", "state media")),
        precision_cells(headlines, HEADLINE_CORPUS, ha.GROUPS),
        gap_cells(headlines, HEADLINE_CORPUS, ("bbc", "chinese_state"), ha.GAP_LABEL),
        official_quote_cells(),
    ]
    for frame in (aa.ARTICLES, aa.HEADLINES, aa.OFFICIAL, aa.WHITE_HOUSE, aa.UNGD):
        parts.append(attribution_cells(aa.latest_measures(n_boot, frame), FRAME_CORPUS[frame.name]))
    out = pd.concat([p for p in parts if len(p)], ignore_index=True)
    out["round"] = out["round"].astype("Int64")
    out["correct"] = out["correct"].astype("Int64")
    out["n"] = out["n"].astype("Int64")
    return out[COLUMNS]


def totals(cells: pd.DataFrame) -> dict[str, int]:
    """Cells that carry a goal (``cells``) and how many are ``met``, ``not met`` and ``too
    few``: the count line of the goal table and of ``framing validate --goals``."""
    judged = cells["status"][cells["status"] != "no goal"]
    return {"cells": len(judged), **{s: int((judged == s).sum()) for s in STATUSES[:3]}}


def status_counts(cells: pd.DataFrame) -> pd.DataFrame:
    """Cells per goal and status (``met``, ``not met``, ``too few``), goals in table order;
    ``no goal`` rows are left out."""
    judged = cells[cells["status"] != "no goal"]
    order = list(dict.fromkeys(judged["goal"]))
    counts = (
        judged.groupby(["goal", "status"]).size().unstack(fill_value=0).reindex(order, fill_value=0)
    )
    for s in STATUSES[:3]:
        if s not in counts:
            counts[s] = 0
    counts = counts[list(STATUSES[:3])]
    counts["cells"] = counts.sum(axis=1)
    return counts.reset_index()


def chart_parts(cells: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The two panels of the goal figure: shares (precision, voice, named targets, and target
    recall, which has no goal but is the measure most often low) and the precision gaps."""
    gap = cells["measure"].str.startswith(GAP_PREFIX)
    recall = cells["measure"].str.startswith(aa.ASSIGNMENT_LABELS["target recall"])
    shares = cells[~gap & ((cells["status"] != "no goal") | recall)]
    return shares.reset_index(drop=True), cells[gap].reset_index(drop=True)


def finding(cells: pd.DataFrame) -> str:
    """A one-line finding for the goal figure's title: how many judged cells meet their goal
    and which goal is missed most."""
    judged = cells[cells["status"].isin(("met", "not met"))]
    missed = judged[judged["status"] == "not met"]
    text = f"{len(judged) - len(missed)} of {len(judged)} judged goal cells are met"
    if len(missed):
        order = list(dict.fromkeys(missed["goal"]))  # ties: the goal listed first
        goal = max(order, key=lambda g: (int((missed["goal"] == g).sum()), -order.index(g)))
        k, total = int((missed["goal"] == goal).sum()), int((judged["goal"] == goal).sum())
        text += f"; the misses are mostly {goal.split(' >= ')[0]} ({k} of {total} cells)"
    return text
