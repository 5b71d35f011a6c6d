"""Check 1 of docs/validation.md: the attack categories against the UN Security Council Conflict
Corpus (UNSCon; human labels of negative evaluation and challenges in the Ukraine debates of 2014
and 2016).

Does a unit (clause or sentence) with an ``accusation``, ``negative_evaluation``, ``distancing``
or ``cold_war`` match (or any of them: the *attack* signal) carry a gold label? Precision, recall
and F1 with cluster bootstrap intervals (speeches resampled with all their units), ROC AUC of the
per-1k rate, and the rules' targets against the gold targets (``west_us`` / ``russia`` /
``ukraine``). 2014 is the development split (lexicon edits may use it), 2016 the held-out split."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from framing.core.errors import DataError
from framing.data import datasets
from framing.engine.scoring import score
from framing.stats.agreement import (
    N_BOOT,
    SEED,
    _round,
    auc,
    bootstrap_auc,
    bootstrap_prf,
    cluster_weights,
    prf,
)
from framing.stats.common import validation_dir

ATTACK = ("accusation", "negative_evaluation", "distancing", "cold_war")
SIGNALS = (*ATTACK, "attack")
GOLD = ("Direct_NegEval", "Indirect_NegEval", "Challenge", "any_negative")
LEVELS = ("clauses", "sentences")
SPLITS = {"2014 (development)": 2014, "2016 (held-out)": 2016}
US_TARGETS = frozenset({"united_states_of_america"})
RUSSIA_TARGETS = frozenset({"russian_federation"})
UKRAINE_TARGETS = frozenset({"ukraine"})
#: Gold target (UNSCon A4/B3 country) -> actor category of the lexicons.
GOLD_ACTORS = (("USA", "west_us", "target_us"), ("Russia", "russia", "target_russia"),
               ("Ukraine", "ukraine", "target_ukraine"))  # fmt: skip
_YEAR_RE = re.compile(r"UNSC_(\d{4})_")


def unscon_units(level: str = "sentences", lexicon=None) -> pd.DataFrame:
    """One row per UNSCon unit: ids, year, speech, gold labels, targets, and for each category
    of the lexicon its count and per-1k rate (tokens of the unit's text)."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}")
    df = datasets.load("unscon")[level]
    text_col = "EDU_text" if level == "clauses" else "sentence_text"
    year = df["file_id"].str.extract(_YEAR_RE)[0].astype(int)  # also for ids with %20
    a0 = df["A0"].fillna("").astype(str)
    b1 = df["B1"].fillna("").astype(str)
    a4 = df["A4"].fillna("").astype(str)
    b3 = df["B3"].fillna("").astype(str)
    out = pd.DataFrame(
        {
            "unit_id": df["unit_id"].astype(str),
            "level": level,
            "year": year,
            "speech": df["file_id"].astype(str).str.replace(r"_neg.*$", "", regex=True),
            "text": df[text_col].fillna("").astype(str),
            "Direct_NegEval": a0.eq("Direct_NegEval"),
            "Indirect_NegEval": a0.eq("Indirect_NegEval"),
            "Challenge": b1.eq("Challenge"),
        }
    )
    out["any_negative"] = out[["Direct_NegEval", "Indirect_NegEval", "Challenge"]].any(axis=1)
    neg_a = a0.ne("")
    chal = b1.eq("Challenge")
    out["target_us"] = (neg_a & a4.isin(US_TARGETS)) | (chal & b3.isin(US_TARGETS))
    out["target_russia"] = (neg_a & a4.isin(RUSSIA_TARGETS)) | (chal & b3.isin(RUSSIA_TARGETS))
    out["target_ukraine"] = (neg_a & a4.isin(UKRAINE_TARGETS)) | (chal & b3.isin(UKRAINE_TARGETS))
    scores = score(
        out.rename(columns={"unit_id": "doc_id"})[["doc_id", "text"]],
        lexicon=lexicon,
        readability=False,
        sentiment=False,
    )
    cats = [c[: -len("_count")] for c in scores.columns if c.endswith("_count")]
    cats = [c for c in cats if c not in ("scare_quote",) and not c.endswith("_negated")]
    out["tokens"] = scores["tokens"].to_numpy()
    for c in cats:
        out[f"{c}_count"] = scores[f"{c}_count"].to_numpy()
    out["attack_count"] = sum(out[f"{c}_count"] for c in ATTACK)
    for c in [*cats, "attack"]:
        out[f"{c}_per_1k"] = np.where(
            out["tokens"] > 0, out[f"{c}_count"] * 1000 / out["tokens"].clip(lower=1), 0.0
        )
    return out


def unscon_table(
    units: dict[str, pd.DataFrame] | None = None,
    n_boot: int = N_BOOT,
    seed: int = SEED,
    lexicon=None,
) -> pd.DataFrame:
    """Signal x gold label x level x split: counts, P/R/F1 and AUC with 95% cluster bootstrap
    intervals (speeches resampled)."""
    units = units or {lv: unscon_units(lv, lexicon) for lv in LEVELS}
    rows = []
    for level, u in units.items():
        for split, yr in SPLITS.items():
            d = u[u["year"] == yr].reset_index(drop=True)
            w = cluster_weights(d["speech"], n_boot, seed)
            for sig in SIGNALS:
                pred = d[f"{sig}_count"].to_numpy() > 0
                rate = d[f"{sig}_per_1k"].to_numpy()
                for lab in GOLD:
                    gold = d[lab].to_numpy()
                    a = auc(rate, gold)
                    alo, ahi = bootstrap_auc(rate, gold, weights=w)
                    rows.append(
                        {
                            "level": level,
                            "split": split,
                            "signal": sig,
                            "gold": lab,
                            **_prf_columns(gold, pred, w),
                            "auc": _round(a),
                            "auc_lo": _round(alo),
                            "auc_hi": _round(ahi),
                        }
                    )
    return pd.DataFrame(rows)


def _prf_columns(gold: np.ndarray, pred: np.ndarray, weights: np.ndarray) -> dict:
    """Unit counts, tp/fp/fn and precision/recall/F1 with bootstrap intervals, as table columns."""
    est = prf(gold, pred)
    ci = bootstrap_prf(gold, pred, weights=weights)
    return {
        "units": len(gold),
        "gold_units": int(gold.sum()),
        "flagged": int(pred.sum()),
        **{k: est[k] for k in ("tp", "fp", "fn")},
        **{
            f"{m}{suf}": _round(v)
            for m in ("precision", "recall", "f1")
            for suf, v in (("", est[m]), ("_lo", ci[m][0]), ("_hi", ci[m][1]))
        },
    }


def _scoped_units(units: dict[str, pd.DataFrame]):
    """``(level, split, scope, units)`` for every level, split and scope (``all units``, and
    ``negative units``: those with any gold label)."""
    for level, u in units.items():
        for split, yr in SPLITS.items():
            for scope in ("all units", "negative units"):
                d = u[u["year"] == yr]
                if scope == "negative units":
                    d = d[d["any_negative"]]
                yield level, split, scope, d.reset_index(drop=True)


def target_table(
    units: dict[str, pd.DataFrame] | None = None,
    n_boot: int = N_BOOT,
    seed: int = SEED,
    lexicon=None,
) -> pd.DataFrame:
    """Does a unit whose gold target is the USA carry a ``west_us`` reference (Russia:
    ``russia``)? Scope ``all units`` and ``negative units`` (units with any gold label)."""
    units = units or {lv: unscon_units(lv, lexicon) for lv in LEVELS}
    rows = []
    for level, split, scope, d in _scoped_units(units):
        w = cluster_weights(d["speech"], n_boot, seed)
        for target, cat in (("USA", "west_us"), ("Russia", "russia")):
            gold = d["target_us" if target == "USA" else "target_russia"].to_numpy()
            pred = d[f"{cat}_count"].to_numpy() > 0
            rows.append(
                {"level": level, "split": split, "scope": scope, "target": target,
                 "reference": cat, **_prf_columns(gold, pred, w)}
            )  # fmt: skip
    return pd.DataFrame(rows)


def attribution_target_table(
    units: dict[str, pd.DataFrame] | None = None,
    n_boot: int = N_BOOT,
    seed: int = SEED,
    lexicon=None,
) -> pd.DataFrame:
    """The ``target`` of the attribution rules against UNSCon's gold targets.

    A unit is predicted to target an actor when a match in it has that actor in its ``target``
    (``<actor>_targeted_count > 0``); the baseline ``reference`` predicts it when the unit merely
    names the actor (``<actor>_count > 0``). Gold: the unit's negative evaluation (A4) or
    challenge (B3) targets the country (USA -> west_us, Russia -> russia, Ukraine -> ukraine).
    Rows per level, split, scope (all units / negative units), predictor and target, plus
    ``all three`` pooling the unit-actor pairs (micro average). Intervals: speeches resampled.
    """
    units = units or {lv: unscon_units(lv, lexicon) for lv in LEVELS}
    rows = []
    for level, split, scope, d in _scoped_units(units):
        w = cluster_weights(d["speech"], n_boot, seed)
        w_all = cluster_weights(list(d["speech"]) * len(GOLD_ACTORS), n_boot, seed)
        for predictor, suffix in (("target", "_targeted_count"), ("reference", "_count")):
            key = {"level": level, "split": split, "scope": scope, "predictor": predictor}
            golds, preds = [], []
            for name, cat, gold_col in GOLD_ACTORS:
                golds.append(d[gold_col].to_numpy())
                preds.append(d[f"{cat}{suffix}"].to_numpy() > 0)
                rows.append(
                    {**key, "target": f"{name} -> {cat}", **_prf_columns(golds[-1], preds[-1], w)}
                )
            micro = _prf_columns(np.concatenate(golds), np.concatenate(preds), w_all)
            rows.append({**key, "target": "all three (micro)", **micro})
    return pd.DataFrame(rows)


#: How each predicted target of the UNSCon 2014 sentences was read
#: (``validation_data/unscon-target-reading.csv``; rules of ``METRICS_VERSION`` 45).
TARGET_READINGS = {
    "right": "the gold target: annotators and reading agree",
    "right_unlabelled": "cast negatively by reading; the unit has no negative label (or a "
    "Correction)",
    "reported_blame": "the one blamed in a reported accusation (the rules' definition); the "
    "annotators name whom the speaker evaluates, the accuser",
    "victim": "rule error: the actor suffers the act (anti-X, invasion of X)",
    "wrong_doer": "rule error: another actor does the act",
    "place": "rule error: the actor is a place",
}


READING_YEAR = 2014


def predicted_targets(units: pd.DataFrame, year: int = READING_YEAR) -> set[tuple[str, str]]:
    """``(unit_id, actor)`` for the units of ``year`` whose matches target a gold actor
    (``<actor>_targeted_count > 0``; actors of :data:`GOLD_ACTORS`)."""
    d = units[units["year"] == year]
    return {
        (uid, cat)
        for _, cat, _ in GOLD_ACTORS
        for uid in d.loc[d[f"{cat}_targeted_count"] > 0, "unit_id"]
    }


def read_target_reading() -> pd.DataFrame:
    """The reading of the predicted targets (unit_id, actor, gold_target, reading, note)."""
    df = pd.read_csv(validation_dir() / "unscon-target-reading.csv", keep_default_na=False)
    bad = sorted(set(df["reading"]) - set(TARGET_READINGS))
    if bad:
        raise DataError(f"unscon-target-reading.csv: unknown reading code(s) {bad}")
    return df


def target_reading_table(reading: pd.DataFrame, predicted: set[tuple[str, str]]) -> pd.DataFrame:
    """Rows read per reading code, and how many of them the current rules still predict;
    a last row counts the current predictions nobody has read."""
    now = [(u, a) in predicted for u, a in zip(reading["unit_id"], reading["actor"], strict=True)]
    reading = reading.assign(still_predicted=now)
    rows = [
        {
            "reading": code,
            "meaning": meaning,
            "read": int((reading["reading"] == code).sum()),
            "still_predicted": int(
                reading.loc[reading["reading"] == code, "still_predicted"].sum()
            ),
        }
        for code, meaning in TARGET_READINGS.items()
    ]
    read_pairs = set(zip(reading["unit_id"], reading["actor"], strict=True))
    rows.append(
        {
            "reading": "not read",
            "meaning": "predicted by the current rules, not in the reading",
            "read": 0,
            "still_predicted": len(predicted - read_pairs),
        }
    )
    return pd.DataFrame(rows)
