"""Measurement validity: the lexical metrics against human judgement (docs/validation.md).

Two checks; this module is the second and the door to both:

1. **UNSCon** (UN Security Council Conflict Corpus): :mod:`framing.stats.unscon`, with the
   agreement statistics of :mod:`framing.stats.agreement` (P/R/F1, kappa, AUC, cluster
   bootstrap); both are re-exported here (``v.unscon_table``, ``v.prf``).
2. **Precision audit by reading**: seeded random samples of matches of every category drawn
   from the registry corpora (pooled), judged by a reader against the category's definition.
   The judgements live in ``framing/stats/validation_data/audit-<category>.csv`` (ids, offsets, label and a
   short reason; never corpus text: :func:`audit_context` re-derives the context); the audited
   precision of every category (:func:`audited_precision`) that the figures, the report and
   ``framing profile`` print beside the counts.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from framing.core import safe_yaml
from framing.core.errors import DataError, InputError
from framing.data import datasets
from framing.data.registry import data_dir
from framing.engine.analysis import METRICS_VERSION, analyze
from framing.engine.lexicon import load_lexicon
from framing.stats.agreement import (  # noqa: F401  (re-exported: v.prf, v.cluster_weights, ...)
    N_BOOT,
    SEED,
    _round,
    auc,
    bootstrap_auc,
    bootstrap_prf,
    cluster_weights,
    cohen_kappa,
    prf,
)
from framing.stats.common import validation_dir
from framing.stats.intervals import wilson  # noqa: F401  (re-exported: v.wilson)
from framing.stats.unscon import (  # noqa: F401  (re-exported: v.unscon_table, ...)
    ATTACK,
    GOLD,
    GOLD_ACTORS,
    LEVELS,
    READING_YEAR,
    SIGNALS,
    SPLITS,
    TARGET_READINGS,
    attribution_target_table,
    predicted_targets,
    read_target_reading,
    target_reading_table,
    target_table,
    unscon_table,
    unscon_units,
)

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


def audit_context(row, words: int = 25, texts: dict[str, str] | None = None) -> str:
    """The match of an audit row with ``words`` words on each side, re-derived from the
    downloaded corpus (or from ``texts``, doc_id -> text of your own corpus); the match is
    marked ``[[...]]``."""
    texts = _texts(str(row["dataset"])) if texts is None else texts
    text = texts[str(row["doc_id"])]
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


def own_corpus_matches(df: pd.DataFrame, name: str, quotes: bool = True) -> pd.DataFrame:
    """Every match of the built-in lexicon in a corpus of your own (``doc_id``, ``text``; as
    :func:`framing.data.corpus.load` returns it), in the layout of :func:`corpus_matches`, with
    ``dataset`` = ``name``; ``quotes``: scare quotes too (category :data:`SCARE_QUOTE`). Not
    cached."""
    docs = list(zip(df["doc_id"].astype(str), df["text"].fillna("").astype(str), strict=True))
    cols = ["doc_id", "dataset", "category", "subcategory", "term", "start", "end"]
    out = pd.DataFrame(_matches_one((name, docs, quotes)), columns=cols)
    return out.sort_values(["doc_id", "start", "category"]).reset_index(drop=True)


def draw_own_sample(
    matches: pd.DataFrame,
    categories: Iterable[str],
    n: int,
    seed: int,
    exclude: pd.DataFrame | None = None,
    round_: int = 1,
) -> pd.DataFrame:
    """A fresh seeded sample of ``n`` matches of each of ``categories`` (all of them when
    fewer are left) from :func:`own_corpus_matches`, leaving out the rows of ``exclude``
    (matches drawn before: same doc_id, start, end); the audit columns, labels empty."""
    parts = [
        draw_audit_sample(cat, n, seed, exclude=exclude, round_=round_, matches=matches)
        for cat in categories
    ]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=AUDIT_COLUMNS)


def read_audit_file(path: str | os.PathLike) -> pd.DataFrame:
    """An audit sample of your own (the :data:`AUDIT_COLUMNS` CSV that ``tools/audit_draw.py
    --corpus`` writes), as stored; :class:`~framing.core.errors.InputError` (one line) when it
    cannot be read or lacks a column."""
    try:
        df = pd.read_csv(
            path, dtype={"doc_id": str, "label": str, "reason": str}, keep_default_na=False
        )
    except (OSError, ValueError, pd.errors.ParserError) as e:
        raise InputError(
            f"{path}: cannot read the audit sample ({' '.join(str(e).split())})"
        ) from e
    missing = [c for c in AUDIT_COLUMNS if c not in df.columns]
    if missing:
        raise InputError(f"{path}: not an audit sample, missing column(s) {', '.join(missing)}")
    return df


LABELS = ("correct", "incorrect")
PRECISION_COLUMNS = ["category", "correct", "n", "unlabelled", "precision", "lo", "hi"]


def check_labels(audit: pd.DataFrame) -> None:
    """:class:`~framing.core.errors.InputError` when a label is neither empty nor one of
    :data:`LABELS`, or a match (category, doc_id, start, end) appears twice: both would
    miscount a precision."""
    labels = audit["label"].fillna("").astype(str).str.strip()
    bad = audit.index[~labels.isin(("", *LABELS))]
    if len(bad):
        i = bad[0]
        raise InputError(
            f"row {i}: label {audit.at[i, 'label']!r} is not one of {', '.join(LABELS)} "
            f"(or empty); {len(bad)} such row(s)"
        )
    key = ["category", "doc_id", "start", "end"]
    dup = audit.index[audit.duplicated(key, keep="first")]
    if len(dup):
        raise InputError(
            f"row {dup[0]}: the same match as an earlier row ({len(dup)} duplicate row(s)); "
            "each match may be judged once"
        )


def precision_table(audit: pd.DataFrame) -> pd.DataFrame:
    """Precision of each category of a judged sample, with raw counts and a Wilson 95%
    interval, and ``all`` (every judged row pooled) last: ``category``, ``correct``, ``n``
    (judged rows), ``unlabelled``, ``precision``, ``lo``, ``hi``. Labels are checked first
    (:func:`check_labels`)."""
    check_labels(audit)
    labels = audit["label"].fillna("").astype(str).str.strip()
    rows = []
    for cat, lab in [*labels.groupby(audit["category"], sort=True), ("all", labels)]:
        k, n = int((lab == "correct").sum()), int(lab.isin(LABELS).sum())
        lo, hi = wilson(k, n)
        prec = k / n if n else math.nan
        rows.append([cat, k, n, int((lab == "").sum()), prec, lo, hi])
    return pd.DataFrame(rows, columns=PRECISION_COLUMNS)


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


def changed_categories(lexicon) -> dict[str, tuple[str, ...]]:
    """Built-in categories whose entries ``lexicon`` changes (extended or replaced by the
    user's files), each with those files: the audits judged the built-in entries, so their
    precision does not apply to the changed category. Empty for None or the built-in lexicon.
    """
    if lexicon is None:
        return {}
    builtin = _builtin_lexicon()
    out = {}
    for cid, cat in lexicon.categories.items():
        base = builtin.categories.get(cid)
        if base is None or cat.sources == base.sources:  # the built-in files alone: unchanged
            continue
        if cat.canonical() != base.canonical():
            out[cid] = tuple(Path(s).name for s in cat.sources if s not in base.sources)
    return out


@lru_cache(maxsize=1)
def _builtin_lexicon():
    return load_lexicon()


def audited_precision(
    path: str | os.PathLike | None = None,
    media_path: str | os.PathLike | None = None,
    genre: str = "official",
    lexicon=None,
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
    repository's data). ``lexicon``: the categories it changes (:func:`changed_categories`)
    are left out, as not audited.
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
    changed = changed_categories(lexicon)
    if changed:
        out = out[~out["category"].isin(changed)].reset_index(drop=True)
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
    """``table`` with the ``other_*`` columns: for scare quotes, the precision the official
    scare-quote audit measured in the official corpora, the groups pooled
    (:func:`framing.stats.official_quote_audit.current_rows`: every group from its latest round,
    as the news measure takes every outlet group from its own; docs/validation.md sections 44
    and 123), beside the news measure; NaN elsewhere; ``other_where``: the group when one only
    was measured, else "official texts". A scare quote below the exploratory bar in either
    genre is exploratory."""
    out = _without_other(table)
    from framing.stats import official_quote_audit as oq  # it imports this module

    if not oq.audit_path().is_file() or SCARE_QUOTE not in set(out["category"]):
        return out
    judged = oq.current_rows()
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
    out.loc[row, "other_audit"] = f"official voices 2022 (scare-quote {oq.current_label(judged)})"
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
