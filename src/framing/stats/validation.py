"""Measurement validity: the lexical metrics against human judgement (docs/validation.md).

Two checks:

1. **UNSCon** (UN Security Council Conflict Corpus; human labels of negative evaluation and
   challenges in Ukraine debates, 2014 and 2016). Does a unit (clause or sentence) that contains
   an ``accusation``, ``negative_evaluation``, ``distancing`` or ``cold_war`` match (or any of
   them: the *attack* signal) carry a gold label? Precision, recall and F1 with cluster
   bootstrap intervals (speeches are resampled, with all their units), ROC AUC of the
   per-1k-token rate (Mann–Whitney), and target checks (``west_us`` / ``russia`` references in
   units whose gold target is the USA / Russia). 2014 is the development split (lexicon edits
   may use it), 2016 the held-out split.
2. **Precision audit by reading**: seeded random samples of matches of every category drawn
   from the registry corpora (pooled), judged by a reader against the category's definition.
   The judgements live in ``framing/stats/validation_data/audit-<category>.csv`` (ids, offsets, label and a
   short reason; never corpus text: :func:`audit_context` re-derives the context).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from framing.core import safe_yaml
from framing.core.errors import DataError
from framing.data import datasets
from framing.data.registry import data_dir
from framing.engine.analysis import METRICS_VERSION, analyze
from framing.engine.lexicon import load_lexicon
from framing.engine.scoring import score
from framing.stats.intervals import wilson  # noqa: F401  (re-exported: v.wilson)

ATTACK = ("accusation", "negative_evaluation", "distancing", "cold_war")
SIGNALS = (*ATTACK, "attack")
GOLD = ("Direct_NegEval", "Indirect_NegEval", "Challenge", "any_negative")
LEVELS = ("clauses", "sentences")
SPLITS = {"2014 (development)": 2014, "2016 (held-out)": 2016}
AUDIT_DATASETS = ("ungd-2022", "kremlin-zelenskyy-2021-2022", "whitehouse-2022")
AUDIT_COLUMNS = [
    "doc_id",
    "dataset",
    "start",
    "end",
    "category",
    "term",
    "round",
    "label",
    "reason",
]
US_TARGETS = frozenset({"united_states_of_america"})
RUSSIA_TARGETS = frozenset({"russian_federation"})
UKRAINE_TARGETS = frozenset({"ukraine"})
#: Gold target (UNSCon A4/B3 country) -> actor category of the lexicons.
GOLD_ACTORS = (("USA", "west_us", "target_us"), ("Russia", "russia", "target_russia"),
               ("Ukraine", "ukraine", "target_ukraine"))  # fmt: skip
N_BOOT = 1000
SEED = 20240501
_YEAR_RE = re.compile(r"UNSC_(\d{4})_")


def validation_dir() -> Path:
    """The recorded validation data (package data ``framing/stats/validation_data``: audit
    judgements as ids and offsets, recorded numbers), in a checkout and in an installed wheel.

    Raises
    ------
    DataError
        If the folder is missing (a broken installation).
    """
    from importlib import resources

    path = Path(str(resources.files("framing.stats") / "validation_data"))
    if not (path / "expected.yaml").is_file():
        raise DataError(f"{path}: validation data missing; reinstall framing")
    return path


# ---------------------------------------------------------------- statistics
def prf(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    """Counts and precision / recall / F1 of ``pred`` against ``gold`` (NaN when undefined)."""
    g = np.asarray(gold, dtype=bool)
    p = np.asarray(pred, dtype=bool)
    if g.shape != p.shape:
        raise ValueError("gold and pred differ in length")
    tp = int(np.sum(g & p))
    fp = int(np.sum(~g & p))
    fn = int(np.sum(g & ~p))
    return {"tp": tp, "fp": fp, "fn": fn, **_prf_from_counts(tp, fp, fn)}


def _prf_from_counts(tp, fp, fn) -> dict[str, float]:
    tp, fp, fn = (np.asarray(x, dtype=float) for x in (tp, fp, fn))
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * tp / (2 * tp + fp + fn)
    out = {"precision": precision, "recall": recall, "f1": f1}
    return {k: (float(v) if v.ndim == 0 else v) for k, v in out.items()}


def cohen_kappa(first: Sequence, second: Sequence) -> float:
    """Cohen's kappa of two readers' labels of the same items: ``(p_o - p_e) / (1 - p_e)``,
    ``p_o`` the share of items they label alike, ``p_e`` the share expected by chance from
    each reader's own label shares (Cohen 1960). NaN without items or when chance agreement is
    1 (both readers gave every item one and the same label)."""
    a, b = list(first), list(second)
    if len(a) != len(b):
        raise ValueError(f"{len(a)} labels against {len(b)}")
    n = len(a)
    if n == 0:
        return math.nan
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / n
    p_e = sum((a.count(c) / n) * (b.count(c) / n) for c in set(a) | set(b))
    return math.nan if p_e == 1 else (p_o - p_e) / (1 - p_e)


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """ROC AUC via the Mann–Whitney relation: P(score of a positive > score of a negative),
    ties counted one half; computed from mid-ranks. NaN without positives or negatives."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    n1, n0 = int(y.sum()), int((~y).sum())
    if n1 == 0 or n0 == 0:
        return math.nan
    ranks = pd.Series(s).rank(method="average").to_numpy()
    u = ranks[y].sum() - n1 * (n1 + 1) / 2
    return float(u / (n1 * n0))


def _weighted_auc(scores: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """AUC for each row of ``weights`` (B x n unit weights), ties one half."""
    values, inv = np.unique(scores, return_inverse=True)
    onehot = np.zeros((len(scores), len(values)))
    onehot[np.arange(len(scores)), inv] = 1.0
    pos = weights @ (onehot * labels[:, None])
    neg = weights @ (onehot * (~labels)[:, None])
    below = np.cumsum(neg, axis=1) - neg
    wp, wn = pos.sum(axis=1), neg.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (pos * (below + 0.5 * neg)).sum(axis=1) / (wp * wn)


def cluster_weights(groups: Sequence, n_boot: int = N_BOOT, seed: int = SEED) -> np.ndarray:
    """B x n unit weights of a cluster bootstrap: clusters (``groups``) drawn with replacement,
    each unit weighted by how often its cluster was drawn. Deterministic for a seed."""
    codes, uniq = pd.factorize(pd.Series(list(groups)), sort=True)
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(uniq), size=(n_boot, len(uniq)))
    counts = np.zeros((n_boot, len(uniq)))
    np.add.at(counts, (np.repeat(np.arange(n_boot), len(uniq)), draws.ravel()), 1.0)
    return counts[:, codes]


def _ci(samples: np.ndarray) -> tuple[float, float]:
    s = samples[np.isfinite(samples)]
    if len(s) == 0:
        return (math.nan, math.nan)
    lo, hi = np.percentile(s, [2.5, 97.5])
    return (float(lo), float(hi))


def bootstrap_prf(
    gold: Sequence[bool],
    pred: Sequence[bool],
    groups: Sequence | None = None,
    n_boot: int = N_BOOT,
    seed: int = SEED,
    weights: np.ndarray | None = None,
) -> dict[str, tuple[float, float]]:
    """Percentile 95% intervals of precision, recall and F1. ``groups`` (e.g. speech ids) makes
    it a cluster bootstrap; without them every unit is its own cluster."""
    g = np.asarray(gold, dtype=bool)
    p = np.asarray(pred, dtype=bool)
    if weights is None:
        weights = cluster_weights(groups if groups is not None else range(len(g)), n_boot, seed)
    tp = weights @ (g & p)
    fp = weights @ (~g & p)
    fn = weights @ (g & ~p)
    est = _prf_from_counts(tp, fp, fn)
    return {k: _ci(v) for k, v in est.items()}


def bootstrap_auc(
    scores: Sequence[float],
    labels: Sequence[bool],
    groups: Sequence | None = None,
    n_boot: int = N_BOOT,
    seed: int = SEED,
    weights: np.ndarray | None = None,
) -> tuple[float, float]:
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    if weights is None:
        weights = cluster_weights(groups if groups is not None else range(len(s)), n_boot, seed)
    return _ci(_weighted_auc(s, y, weights))


# ---------------------------------------------------------------- UNSCon
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


def _round(x: float, nd: int = 4) -> float:
    return float(round(x, nd)) if np.isfinite(x) else math.nan


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


# ---------------------------------------------------------------- audit
@lru_cache(maxsize=4)
def _corpus(name: str) -> pd.DataFrame:
    return datasets.load(name)[["doc_id", "text"]].reset_index(drop=True)


@lru_cache(maxsize=8)
def _texts(name: str) -> dict[str, str]:
    df = _corpus(name)
    return dict(zip(df["doc_id"], df["text"], strict=True))


def _matches_one(args) -> list[tuple]:
    name, docs, quotes = args
    out = []
    for doc_id, text in docs:
        a = analyze(text)
        for r in a.matches.itertuples(index=False):
            out.append((doc_id, name, r.category, r.subcategory, r.term, r.start, r.end))
        if quotes:
            q = a.quotes
            for r in q[q["is_scare_quote"]].itertuples(index=False):
                out.append((doc_id, name, SCARE_QUOTE, "", SCARE_QUOTE_TERM, r.start, r.end))
    return out


#: Category (and term) of the scare-quote rows of :func:`corpus_matches` with ``quotes=True``.
SCARE_QUOTE = "scare_quote"
SCARE_QUOTE_TERM = "scare quote"


def corpus_matches(
    names: Iterable[str] = AUDIT_DATASETS, jobs: int | None = None, quotes: bool = False
) -> pd.DataFrame:
    """Every match of the built-in lexicon in the registry corpora ``names`` (doc_id, dataset,
    category, subcategory, term, start, end), cached as Parquet in the data folder keyed by the
    lexicon fingerprint and the metric definitions (``METRICS_VERSION``). Never written to the
    repository.

    ``quotes=True`` adds one row per scare quote (a quotation with ``is_scare_quote``; category
    :data:`SCARE_QUOTE`, term :data:`SCARE_QUOTE_TERM`, offsets of the quoted span).
    """
    names = tuple(names)
    fp = load_lexicon().fingerprint[:16]
    kind = "matches+quotes" if quotes else "matches"
    cache = _cache_dir() / f"{kind}-{fp}-v{METRICS_VERSION}-{'+'.join(names)}.parquet"
    if cache.exists():
        return pd.read_parquet(cache)
    tasks = []
    for name in names:
        df = _corpus(name)
        docs = list(zip(df["doc_id"], df["text"], strict=True))
        step = max(1, len(docs) // 16)
        tasks += [(name, docs[i : i + step], quotes) for i in range(0, len(docs), step)]
    jobs = jobs or min(8, os.cpu_count() or 1)
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs) as ex:
            parts = list(ex.map(_matches_one, tasks))
    else:
        parts = [_matches_one(t) for t in tasks]
    cols = ["doc_id", "dataset", "category", "subcategory", "term", "start", "end"]
    out = pd.DataFrame([r for p in parts for r in p], columns=cols)
    out = out.sort_values(["dataset", "doc_id", "start", "category"]).reset_index(drop=True)
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    out.to_parquet(tmp, index=False)
    tmp.replace(cache)
    return out


def _cache_dir() -> Path:
    try:
        return Path(data_dir()) / "validation"
    except Exception:  # noqa: BLE001 - fall back to FRAMING_DATA_DIR or a temp folder
        base = os.environ.get("FRAMING_DATA_DIR") or os.path.join(
            os.path.expanduser("~"), ".cache", "framing"
        )
        return Path(base) / "validation"


def draw_audit_sample(
    category: str,
    n: int = 100,
    seed: int = 0,
    terms: Iterable[str] | None = None,
    exclude: pd.DataFrame | None = None,
    round_: int = 1,
    matches: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """A seeded simple random sample of ``n`` matches of ``category``, pooled over the three
    registry corpora (so corpora are represented in proportion to their matches).

    ``terms`` restricts to these lexicon entries (re-audit of changed entries); ``exclude``
    (rows with doc_id, start, end) drops matches already judged. Returns the audit columns
    with empty ``label`` / ``reason``.
    """
    m = corpus_matches() if matches is None else matches
    m = m[m["category"] == category]
    if terms is not None:
        m = m[m["term"].isin(set(terms))]
    if exclude is not None and len(exclude):
        key = set(zip(exclude["doc_id"], exclude["start"], exclude["end"], strict=True))
        keep = [k not in key for k in zip(m["doc_id"], m["start"], m["end"], strict=True)]
        m = m[keep]
    m = m.sort_values(["dataset", "doc_id", "start", "end"]).reset_index(drop=True)
    take = m.sample(n=min(n, len(m)), random_state=seed) if len(m) else m
    out = take[["doc_id", "dataset", "start", "end", "category", "term"]].copy()
    out["round"] = round_
    out["label"] = ""
    out["reason"] = ""
    return out.reset_index(drop=True)[AUDIT_COLUMNS]


def audit_context(row, words: int = 25) -> str:
    """The match of an audit row with ``words`` words on each side, re-derived from the
    downloaded corpus; the match is marked ``[[...]]``."""
    text = _texts(str(row["dataset"]))[str(row["doc_id"])]
    start, end = int(row["start"]), int(row["end"])
    left = text[:start].split()
    right = text[end:].split()
    lpad = " " if start > 0 and text[start - 1].isspace() else ""
    rpad = " " if end < len(text) and text[end].isspace() else ""
    return (
        " ".join(left[-words:])
        + lpad
        + "[["
        + text[start:end]
        + "]]"
        + rpad
        + " ".join(right[:words])
    )


def audit_path(category: str) -> Path:
    return validation_dir() / f"audit-{category}.csv"


def read_audit(category: str | None = None) -> pd.DataFrame:
    """The judged audit rows of one category (or all), as stored."""
    paths = [audit_path(category)] if category else sorted(validation_dir().glob("audit-*.csv"))
    parts = [pd.read_csv(p, dtype={"doc_id": str, "label": str, "reason": str}) for p in paths]
    if not parts:
        return pd.DataFrame(columns=AUDIT_COLUMNS)
    df = pd.concat(parts, ignore_index=True)
    df["label"] = df["label"].fillna("")
    df["reason"] = df["reason"].fillna("")
    return df


def still_matched(audit: pd.DataFrame, matches: pd.DataFrame | None = None) -> pd.Series:
    """Whether each audit row is still a match of the current built-in lexicon.

    A row is still matched when a match of the same category covers its span (same offsets, or
    a longer match containing them: when an entry grows, as *Cold War* → *since the Cold War*
    or *U.S.* → *U.S. Secretary of State*, the judged word is still counted, and its judgement
    still applies). With ``matches`` (a :func:`corpus_matches` table) the rows are looked up in
    it; without, each row's match is re-derived locally: the built-in lexicon is run on the 300
    characters around it (exclusion windows are 60 characters, so the outcome is the same as on
    the whole document); a scare-quote row (category :data:`SCARE_QUOTE`) is looked up among
    the scare quotes of its whole document.
    """
    if matches is not None:
        spans: dict[tuple, list[tuple[int, int]]] = {}
        for d, c, s0, e0 in zip(
            matches["doc_id"], matches["category"], matches["start"], matches["end"], strict=True
        ):
            spans.setdefault((d, c), []).append((int(s0), int(e0)))
        rows = zip(audit["doc_id"], audit["category"], audit["start"], audit["end"], strict=True)
        return pd.Series(
            [
                any(s0 <= int(s) and int(e) <= e0 for s0, e0 in spans.get((d, c), ()))
                for d, c, s, e in rows
            ],
            index=audit.index,
        )

    out = []
    for r in audit.itertuples(index=False):
        text = _texts(str(r.dataset))[str(r.doc_id)]
        if r.category == SCARE_QUOTE:  # the rules read neighbouring sentences: whole document
            q = analyze(text).quotes
            q = q[q["is_scare_quote"]]
            out.append(bool(((q["start"] <= int(r.start)) & (q["end"] >= int(r.end))).any()))
            continue
        lo = max(0, int(r.start) - _LOCAL)
        m = analyze(text[lo : int(r.end) + _LOCAL]).matches
        hit = (
            (m["category"] == r.category)
            & (m["start"] <= int(r.start) - lo)
            & (m["end"] >= int(r.end) - lo)
        )
        out.append(bool(hit.any()))
    return pd.Series(out, index=audit.index)


_LOCAL = 300


def audit_precision(audit: pd.DataFrame, current: pd.Series | None = None) -> pd.DataFrame:
    """Precision per category with Wilson 95% intervals.

    ``round1``: the round-1 sample (the lexicon as audited). ``current``: round-1 rows still
    matched by the current lexicon (edits only remove matches, so they are a random sample of
    the current lexicon's matches). ``round2``: the re-audit of changed entries only.
    """
    judged = audit[audit["label"].isin(["correct", "incorrect"])]
    rows = []
    for cat, d in judged.groupby("category", sort=True):
        rec = {"category": cat}
        parts = {"round1": d[d["round"] == 1], "round2": d[d["round"] == 2]}
        if current is not None:
            r1 = d[d["round"] == 1]
            parts["current"] = r1[current.loc[r1.index]]
        for name, x in parts.items():
            k, n = int((x["label"] == "correct").sum()), len(x)
            lo, hi = wilson(k, n)
            rec.update(
                {
                    f"{name}_n": n,
                    f"{name}_correct": k,
                    f"{name}_precision": _round(k / n) if n else math.nan,
                    f"{name}_lo": _round(lo),
                    f"{name}_hi": _round(hi),
                }
            )
        rows.append(rec)
    return pd.DataFrame(rows)


def pick_round(rounds, number: int | None, audit: str):
    """The round of ``rounds`` (objects with a ``number``) numbered ``number``, default the
    latest; ``ValueError`` naming ``audit`` when there is none."""
    if number is None:
        return rounds[-1]
    for r in rounds:
        if r.number == number:
            return r
    raise ValueError(f"no {audit} audit round {number}; rounds: {[r.number for r in rounds]}")


def shown_documents(paths, category: str | None = None) -> set[tuple[str, str]]:
    """(dataset, doc_id) of every row of the audit CSVs in ``paths`` that exist (``category``:
    only its rows)."""
    cols = ["dataset", "doc_id"] + (["category"] if category is not None else [])
    seen: set[tuple[str, str]] = set()
    for p in paths:
        if Path(p).is_file():
            df = pd.read_csv(p, dtype=str, keep_default_na=False, usecols=cols)
            if category is not None:
                df = df[df["category"] == category]
            seen |= set(zip(df["dataset"], df["doc_id"], strict=True))
    return seen


def round_entries(path: str | os.PathLike, keys: frozenset[str]) -> list[tuple[str, dict]]:
    """The entries of an audit's rounds file (a YAML list, oldest first), each with the place
    an error names (``"FILE: round N"``), checked: numbered 1, 2, ... in order, no key outside
    ``keys``. The callers check their own values.

    Raises
    ------
    DataError
        On a malformed file, naming the round and the problem.
    """
    p = Path(path)
    entries = safe_yaml.load(p.read_text(encoding="utf-8")) or []
    out = []
    for i, e in enumerate(entries, start=1):
        where = f"{p.name}: round {e.get('number', '?') if isinstance(e, dict) else '?'}"
        if not isinstance(e, dict) or e.get("number") != i:
            raise DataError(f"{where}: rounds must be numbered 1, 2, ... in order (expected {i})")
        if unknown := set(e) - keys:
            raise DataError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        out.append((where, e))
    return out


def media_audit_files() -> list[tuple[int, Path]]:
    """(round, file) of the news-media audit in round order: ``media-audit.csv`` is round 1,
    ``media-audit-<n>.csv`` round n (:data:`framing.stats.media_audit.ROUNDS` names them)."""
    d = validation_dir()
    numbered = sorted(
        (int(m.group(1)), p)
        for p in d.glob("media-audit-*.csv")
        if (m := re.fullmatch(r"media-audit-(\d+)\.csv", p.name))
    )
    return [(1, d / "media-audit.csv"), *numbered]


def latest_cells(rounds: Iterable[tuple[int, pd.DataFrame]]) -> pd.DataFrame:
    """The rows of several audit rounds (``(number, rows)``, oldest first; rows with
    ``category`` and ``outlet_group``) that measure each cell now: every (category, outlet
    group) from the latest round that has rows of it, with a ``round`` column, latest round
    first. A round that judged no row of a group (none was left) leaves that group's earlier
    round in place."""
    parts, seen = [], set()
    for number, rows in reversed(list(rounds)):
        keys = list(zip(rows["category"], rows["outlet_group"], strict=True))
        keep = [k not in seen for k in keys]
        seen.update(keys)
        if any(keep):
            parts.append(rows[keep].assign(round=number))
    if not parts:
        return pd.DataFrame(columns=["category", "outlet_group", "round"])
    return pd.concat(parts, ignore_index=True)


#: Audited precision under which a category is marked exploratory.
EXPLORATORY_BELOW = 0.80


#: Where a precision was measured: ``official`` (the round-1 audit of the official voices of
#: 2022, the genre of notebooks 03 and 05) or ``news`` (the fresh audits of the news media: RT,
#: the Western outlets, China Daily opinion; the genre of notebook 02's comparison and of the
#: op-ed profiled in notebook 01).
PRECISION_GENRES = ("official", "news")
_ROUND1_AUDIT = "official voices 2022 (round 1)"


def audited_precision(
    path: str | os.PathLike | None = None,
    media_path: str | os.PathLike | None = None,
    genre: str = "official",
) -> pd.DataFrame:
    """The audited precision per category, one row each, measured in the ``genre`` compared.

    ``genre="official"`` (default): the categories of the round-1 audit
    (``precision-audit.csv``, written by ``tools/audit_report.py``): the round-1 matches still
    matched by the current lexicon, judged against the category's definition (official voices
    of 2022). Categories that audit did not cover — scare quotes — come from the news-media
    audit, so that no category is shown without the precision measured for it.

    ``genre="news"``: every category the news-media audit judged comes from it; the others
    (the topic names and pronoun groups, never audited on news) from round 1, which the
    ``audit`` column then names.

    News-media measures take each outlet group from the latest round that judged it there
    (:func:`media_audit_files`, :func:`latest_cells`, the groups then pooled;
    docs/validation.md sections 4, 6 and 71). ``media_path``: one media audit file instead.

    Columns: category, n (matches judged), correct, precision, lower, upper (Wilson 95%),
    exploratory (``precision < EXPLORATORY_BELOW``, 0.80: read its rates as leads, not
    measurements), audit (which audit); other_precision, other_lower, other_upper,
    other_audit, other_where: a second measure in another genre (``official`` only: scare
    quotes in the official corpora, :func:`_with_official_quotes`; NaN and "" elsewhere).
    Empty (same columns) when neither file is there (an installed package without the
    repository's data).
    """
    if genre not in PRECISION_GENRES:
        raise DataError(f"unknown precision genre {genre!r}; known: {', '.join(PRECISION_GENRES)}")
    cols = ["category", "n", "correct", "precision", "lower", "upper", "exploratory", "audit"]
    official = _round1_precision(path)
    files = [(1, Path(media_path))] if media_path is not None else media_audit_files()
    if genre == "news":
        news = _media_precision(files)
        rest = official[~official["category"].isin(news["category"])]
        rest = rest.assign(audit=_ROUND1_AUDIT + "; not audited on news")
        parts = [news, rest]
    else:
        parts = [official, _media_precision(files, skip=set(official["category"]))]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=[*cols, *_OTHER_COLUMNS])
    out = pd.concat(parts, ignore_index=True)
    out["exploratory"] = out["precision"] < EXPLORATORY_BELOW
    out = out[cols]
    return _with_official_quotes(out) if genre == "official" else _without_other(out)


def _round1_precision(path: str | os.PathLike | None) -> pd.DataFrame:
    """The round-1 audit's current measures (``precision-audit.csv``); empty when absent."""
    p = Path(path) if path is not None else validation_dir() / "precision-audit.csv"
    cols = ["category", "n", "correct", "precision", "lower", "upper", "audit"]
    if not p.is_file():
        return pd.DataFrame(columns=cols)
    raw = pd.read_csv(p)
    return pd.DataFrame(
        {
            "category": raw["category"].astype(str),
            "n": raw["current_n"].astype("int64"),
            "correct": raw["current_correct"].astype("int64"),
            "precision": raw["current_precision"].astype(float),
            "lower": raw["current_lo"].astype(float),
            "upper": raw["current_hi"].astype(float),
            "audit": _ROUND1_AUDIT,
        }
    )


def _media_precision(
    files: list[tuple[int, Path]], skip: set[str] | frozenset = frozenset(), by_group: bool = False
) -> pd.DataFrame:
    """Precision per category from the news-media audit's judged rows: each (category, outlet
    group) from its latest round, the groups pooled (``by_group``: one row per group, with an
    ``outlet_group`` column); categories in ``skip`` left out."""
    judged = []
    for number, m_path in files:
        if not m_path.is_file():
            continue
        m = pd.read_csv(m_path, dtype=str, keep_default_na=False)
        m = m[m["label"].isin(["correct", "incorrect"]) & ~m["category"].isin(skip)]
        judged.append((number, m if "outlet_group" in m else m.assign(outlet_group="")))
    latest = latest_cells(judged)
    keys = ["category", "outlet_group"] if by_group else ["category"]
    rows = []
    for key, g in latest.groupby(keys, sort=True):
        numbers = sorted(set(g["round"]))
        n, k = len(g), int((g["label"] == "correct").sum())
        lo, hi = wilson(k, n)
        which = f"round {numbers[0]}" if len(numbers) == 1 else f"rounds {numbers[0]}–{numbers[-1]}"
        rows.append(
            {**dict(zip(keys, key if by_group else (key[0],), strict=True)), "n": n,
             "correct": k, "precision": round(k / n, 4), "lower": round(lo, 4),
             "upper": round(hi, 4), "audit": f"news media 2022 (fresh audit, {which})"}
        )  # fmt: skip
    cols = [*keys, "n", "correct", "precision", "lower", "upper", "audit"]
    return pd.DataFrame(rows, columns=cols)


def news_precision_by_group(media_path: str | os.PathLike | None = None) -> pd.DataFrame:
    """The news-media audit's precision per category and outlet group (``rt``, ``western``,
    ``china_daily``), each from the latest round that judged it there: the cells of section 0
    of docs/validation.md, whose pooled values :func:`audited_precision` gives with
    ``genre="news"``. Columns: category, outlet_group, n, correct, precision, lower, upper
    (Wilson 95%), audit. ``media_path``: one media audit file instead of the rounds."""
    files = [(1, Path(media_path))] if media_path is not None else media_audit_files()
    return _media_precision(files, by_group=True)


def _without_other(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with empty ``other_*`` columns (no second genre's measure)."""
    return table.assign(
        other_precision=math.nan, other_lower=math.nan, other_upper=math.nan,
        other_audit="", other_where="",
    )  # fmt: skip


#: a second measure of a category in another genre (:func:`audited_precision`)
_OTHER_COLUMNS = ["other_precision", "other_lower", "other_upper", "other_audit", "other_where"]


def _with_official_quotes(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with the ``other_*`` columns: for scare quotes, the precision the latest
    round of the official scare-quote audit measured in the official corpora
    (:func:`framing.stats.official_quote_audit.audit_path`, all groups pooled;
    docs/validation.md section 44),
    beside the news measure; NaN elsewhere; ``other_where``: the group measured when the round
    drew one only (round 23: "White House"), else "official texts". A scare quote below the
    exploratory bar in either genre is exploratory."""
    out = _without_other(table)
    from framing.stats import official_quote_audit as oq  # it imports this module

    path = oq.audit_path()
    if not path.is_file() or SCARE_QUOTE not in set(out["category"]):
        return out
    judged = pd.read_csv(path, dtype=str, keep_default_na=False)
    judged = judged[judged["label"].isin(["correct", "incorrect"])]
    labels, groups = judged["label"], sorted(set(judged["outlet_group"]))
    if labels.empty:
        return out
    k, n = int((labels == "correct").sum()), len(labels)
    lo, hi = wilson(k, n)
    row = out["category"] == SCARE_QUOTE
    out.loc[row, "other_precision"] = round(k / n, 4)
    out.loc[row, "other_lower"] = round(lo, 4)
    out.loc[row, "other_upper"] = round(hi, 4)
    out.loc[row, "other_audit"] = (
        f"official voices 2022 (scare-quote round {oq.audit_round().number})"
    )
    out.loc[row, "other_where"] = oq.GROUPS[groups[0]] if len(groups) == 1 else "official texts"
    out.loc[row, "exploratory"] = out.loc[row, "exploratory"] | (k / n < EXPLORATORY_BELOW)
    return out


def headline(table: pd.DataFrame) -> pd.DataFrame:
    """The attack signal against any negative label, per level and split."""
    t = table[(table["signal"] == "attack") & (table["gold"] == "any_negative")]
    cols = [
        "level",
        "split",
        "units",
        "gold_units",
        "flagged",
        "precision",
        "precision_lo",
        "precision_hi",
        "recall",
        "recall_lo",
        "recall_hi",
        "f1",
        "f1_lo",
        "f1_hi",
        "auc",
        "auc_lo",
        "auc_hi",
    ]
    return t[cols].reset_index(drop=True)
