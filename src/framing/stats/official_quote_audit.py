"""Precision of scare quotes in the official corpora (issue 13, item 7; precision round 22).

The notebooks compare the focal article with UN General Debate speeches, Kremlin and Ukrainian
presidency releases and White House texts, and ``scare_quote_count`` enters those comparisons;
the precision rounds 1-21 measured scare quotes only in news. Population: every scare quote (a
quotation with ``is_scare_quote``) in ``ungd-2022``, ``kremlin-zelenskyy-2021-2022`` and
``whitehouse-2022``, in four groups (:data:`GROUPS`: the speeches, the two presidencies, the
White House). Sample: :data:`N_PER_CELL` scare quotes of each group at random (the round's
seed), all of them where fewer are left, after leaving out every document an attribution round
showed (their readers saw the quotations near the stance matches, and rules were written from
those rounds). The scare-quote rules were never tuned on these corpora, so every round here is
fresh for them. Statistics: Wilson intervals per group and pooled
(:func:`framing.stats.media_audit.media_audit_table`), with the population of each group beside
them. The judging rules are those of the news rounds (``docs/validation.md``, section 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from framing.data import datasets
from framing.stats import attribution_audit as aa
from framing.stats import media_audit as ma
from framing.stats import validation as v

DATASETS = ("ungd-2022", "kremlin-zelenskyy-2021-2022", "whitehouse-2022")
#: group key -> label
GROUPS = {
    "ungd": "UNGD",
    "kremlin": "Kremlin",
    "ukraine": "Ukraine presidency",
    "white_house": "White House",
}
POOLED = "pooled"
#: the ``group`` column of ``kremlin-zelenskyy-2021-2022`` -> group key
_PUBLISHER = {"Kremlin": "kremlin", "President of Ukraine": "ukraine"}
_DATASET_GROUP = {"ungd-2022": "ungd", "whitehouse-2022": "white_house"}
N_PER_CELL = 30


@dataclass(frozen=True)
class QuoteRound:
    """One draw: its number (in the series of the precision rounds), seed, file in
    ``validation_data/``, what it measured (``note``), how many rows per group it draws and the
    last attribution round before it (whose documents it leaves out; later rounds do not move
    its draw); ``pooled_with``: earlier rounds whose rows of the groups it drew pool with its own
    (:func:`judged_rows`: fresh samples of the same outputs, the rules between them leaving the
    earlier round's population unchanged)."""

    number: int
    seed: int
    file: str
    note: str
    per_cell: int = N_PER_CELL
    after_attribution: int = 45
    pooled_with: tuple[int, ...] = ()


ROUNDS = (
    QuoteRound(
        22,
        20270189,
        "official-quote-audit-22.csv",
        "scare quotes of the official corpora after METRICS_VERSION 70, from documents no "
        "attribution round showed; two blind readers with the news rounds' judging rules",
    ),
    QuoteRound(
        23,
        20270191,
        "official-quote-audit-23.csv",
        "scare quotes of the White House after METRICS_VERSION 71 (written from round 22's "
        "errors), from documents no attribution round and no earlier official round showed; "
        "the other groups have none left; two blind readers",
        per_cell=60,
    ),
    QuoteRound(
        24,
        20270307,
        "official-quote-audit-24.csv",
        "scare quotes of the official corpora after METRICS_VERSION 135, before any change, "
        "from documents no earlier official scare-quote round showed (the attribution rounds' "
        "documents count as fresh, as in the news rounds: only 17 White House scare quotes lie "
        "outside them); two blind readers",
        per_cell=60,
        after_attribution=0,
    ),
    QuoteRound(
        25,
        20270308,
        "official-quote-audit-25.csv",
        "scare quotes of the official corpora after METRICS_VERSION 136 (written from round "
        "24's errors), from documents no earlier official scare-quote round showed (the "
        "attribution rounds' documents count as fresh, as in round 24); two blind readers",
        per_cell=60,
        after_attribution=0,
    ),
    QuoteRound(
        26,
        20270315,
        "official-quote-audit-26.csv",
        "the last White House scare quotes after METRICS_VERSION 139, before any change, from "
        "documents no earlier official scare-quote round showed (the attribution rounds' "
        "documents count as fresh, as in rounds 24-25); no other group has one left; two blind "
        "readers; pooled with round 25's White House rows (versions 137-139 leave round 25's "
        "population as it was)",
        per_cell=60,
        after_attribution=0,
        pooled_with=(25,),
    ),
)


def audit_round(number: int | None = None) -> QuoteRound:
    """The round ``number`` (default: the latest)."""
    return v.pick_round(ROUNDS, number, "official scare-quote")


def audit_path(round_: int | None = None) -> Path:
    """The first reader's judgements of a round (default: the latest)."""
    return v.validation_dir() / audit_round(round_).file


def second_reader_path(round_: int | None = None) -> Path:
    """The second reader's judgements of the same rows."""
    path = audit_path(round_)
    return path.with_name(f"{path.stem}-reader2.csv")


def group_of(dataset: str, publisher: str) -> str | None:
    """The group key of a document (``publisher``: the corpus's ``group`` column)."""
    return _DATASET_GROUP.get(dataset) or _PUBLISHER.get(publisher)


def shown_documents(spec: QuoteRound | None = None) -> set[tuple[str, str]]:
    """(dataset, doc_id) of every document an attribution round up to ``spec``'s
    ``after_attribution`` showed, and every document of an official scare-quote round before
    ``spec`` (default: the latest round)."""
    spec = audit_round() if spec is None else spec
    earlier = [v.validation_dir() / r.file for r in ROUNDS if r.number < spec.number]
    attribution = [aa.audit_path(r.number) for r in aa.ROUNDS if r.number <= spec.after_attribution]
    return v.shown_documents(attribution + earlier)


def official_quotes() -> pd.DataFrame:
    """Every scare quote of the official corpora with its ``outlet_group`` (the media audit's
    column name) and ``tuning`` (False: no document of these corpora was read to write the
    scare-quote rules), sorted by dataset, doc_id and start."""
    m = v.corpus_matches(DATASETS, quotes=True)
    m = m[m["category"] == v.SCARE_QUOTE]
    groups = {}
    for name in DATASETS:
        df = datasets.load(name)
        for d, g in zip(df["doc_id"].astype(str), df["group"].astype(str), strict=True):
            groups[(name, d)] = group_of(name, g)
    keys = zip(m["dataset"], m["doc_id"].astype(str), strict=True)
    m = m.assign(outlet_group=[groups.get(k) for k in keys], tuning=False)
    m = m[m["outlet_group"].notna()]
    return m.sort_values(["dataset", "doc_id", "start"], kind="stable").reset_index(drop=True)


def _outside(quotes: pd.DataFrame, exclude: set[tuple[str, str]]) -> pd.DataFrame:
    """The rows of ``quotes`` in documents not in ``exclude``."""
    keys = zip(quotes["dataset"], quotes["doc_id"].astype(str), strict=True)
    return quotes[[k not in exclude for k in keys]]


def population(quotes: pd.DataFrame, exclude: set[tuple[str, str]]) -> dict[str, int]:
    """Scare quotes per group in documents not in ``exclude`` (the draw's population)."""
    left = _outside(quotes, exclude)
    return {g: int((left["outlet_group"] == g).sum()) for g in GROUPS}


def draw(spec: QuoteRound, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The round's seeded sample: ``spec.per_cell`` scare quotes per group (all where fewer),
    drawn by :func:`framing.stats.media_audit.draw_media_sample`; labels empty."""
    quotes = official_quotes() if quotes is None else quotes
    return ma.draw_media_sample(
        quotes,
        (v.SCARE_QUOTE,),
        spec.per_cell,
        spec.seed,
        exclude_documents=shown_documents(spec),
        groups=GROUPS,
    )


#: Columns of a round's population file (ids, offsets and groups; no corpus text).
POPULATION_COLUMNS = ["dataset", "doc_id", "category", "term", "start", "end", "outlet_group"]


def population_path(spec: QuoteRound | None = None) -> Path:
    """The scare quotes a round drew from (:func:`draw_population`), beside its judgements."""
    path = audit_path(None if spec is None else spec.number)
    return path.with_name(f"{path.stem}-population.csv")


def draw_population(spec: QuoteRound, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The scare quotes of ``quotes`` (default: today's rules) that round ``spec`` draws from:
    those in documents :func:`shown_documents` leaves in, as :data:`POPULATION_COLUMNS`. Kept
    with the round, so that its seeded draw stays reproducible after later rule changes remove
    or add scare quotes (version 100 removed 3 of round 23's 138)."""
    quotes = official_quotes() if quotes is None else quotes
    kept = _outside(quotes, shown_documents(spec))
    return kept[POPULATION_COLUMNS].reset_index(drop=True)


def read_population(spec: QuoteRound | None = None) -> pd.DataFrame:
    """A round's recorded population (:func:`population_path`), ready for :func:`draw`."""
    return pd.read_csv(population_path(spec), dtype={"doc_id": str, "term": str})


def read_audit(path: Path | None = None) -> pd.DataFrame:
    """A round's rows as stored (default: the latest round's first reader)."""
    path = audit_path() if path is None else path
    df = pd.read_csv(path, dtype={"doc_id": str, "label": str, "reason": str, "term": str})
    return df.fillna({"label": "", "reason": ""})[ma.COLUMNS]


def judged_rows(spec: QuoteRound | None = None) -> pd.DataFrame:
    """The first reader's rows of round ``spec`` (default: the latest) and, in the groups it
    drew, those of the rounds it pools with (:attr:`QuoteRound.pooled_with`), with a ``round``
    column."""
    spec = audit_round() if spec is None else spec
    own = read_audit(audit_path(spec.number))
    parts = [own.assign(round=spec.number)]
    for number in spec.pooled_with:
        rows = read_audit(audit_path(number))
        parts.append(rows[rows["outlet_group"].isin(set(own["outlet_group"]))].assign(round=number))
    return pd.concat(parts, ignore_index=True)


def current_rows() -> pd.DataFrame:
    """The first reader's rows that measure each group now: every group from the latest round
    that judged it, with the rounds that round pools with (:func:`judged_rows`), and a ``round``
    column. A group no later round could draw (none left) keeps its earlier round."""
    parts, seen = [], set()
    for spec in reversed(ROUNDS):
        if not audit_path(spec.number).is_file():
            continue
        rows = judged_rows(spec)
        parts.append(rows[~rows["outlet_group"].isin(seen)])
        seen.update(rows["outlet_group"])
    return pd.concat(parts, ignore_index=True)


def current_label(rows: pd.DataFrame) -> str:
    """``rounds 22, 24, 25, 26: each group's latest`` for :func:`current_rows`'s rows (or
    :func:`rounds_label`'s wording when they come from one round)."""
    numbers = sorted(set(rows["round"].astype(int)))
    if len(numbers) == 1:
        return f"round {numbers[0]}"
    return f"rounds {', '.join(map(str, numbers))}: each group's latest"


def rounds_label(spec: QuoteRound | None = None) -> str:
    """``round N`` or, for a round pooled with earlier ones, ``rounds M, N pooled``."""
    spec = audit_round() if spec is None else spec
    numbers = sorted({*spec.pooled_with, spec.number})
    if len(numbers) == 1:
        return f"round {spec.number}"
    return f"rounds {', '.join(map(str, numbers))} pooled"


def audit_table(audit: pd.DataFrame | None = None) -> pd.DataFrame:
    """Precision per group and pooled: ``<group>_n``, ``_correct``, ``_precision``, ``_lo``,
    ``_hi`` (Wilson 95%), one row (scare quotes)."""
    audit = read_audit() if audit is None else audit
    table = ma.media_audit_table(
        audit,
        rates=False,
        groups=GROUPS,
        pools={POOLED: tuple(GROUPS)},
        compare=(next(iter(GROUPS)), POOLED),
    )
    return table.drop(columns=["gap", "gap_lo", "gap_hi"])


def agreement(first: pd.DataFrame | None = None, second: pd.DataFrame | None = None):
    """Two readers of the same rows per group and ``all``: rows, both correct, both incorrect,
    agreement, Cohen's kappa and each reader's precision
    (:func:`framing.stats.media_audit.agreement_table`); default: the latest round's files."""
    first = read_audit() if first is None else first
    second = read_audit(second_reader_path()) if second is None else second
    return ma.agreement_table(first, second, (v.SCARE_QUOTE,), groups=GROUPS)
