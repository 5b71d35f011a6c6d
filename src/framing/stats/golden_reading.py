"""The focal article's golden reading read again blind (``docs/validation.md`` section 125).

``validation_data/golden-reading-125.csv`` holds one line per judged field of a golden key of
``tests/engine/test_golden_attribution.py`` (``voice``, ``source``, ``target``) and of each
quotation of ``tests/engine/test_golden_article.py`` (``scare_quote``): the golden reading as
it stood (``first``), a blind second reader's (``second``) and the adjudicated value the golden
tests now pin (``adjudicated``), with the adjudicator's ``reason`` and the second reader's
(``second_reason``). ``golden-reading-125-extras.csv`` lists the stance expressions the second
reader found without a golden key, the reader's values and reason, and what the lexicon does with
each (``decision``, ``reason``).
"""

from __future__ import annotations

import math

import pandas as pd

from framing.core.errors import DataError
from framing.stats.agreement import cohen_kappa
from framing.stats.attribution_audit import ACTORS
from framing.stats.common import validation_dir

FILE = "golden-reading-125.csv"
EXTRAS_FILE = "golden-reading-125-extras.csv"
FIELDS = ("voice", "source", "target", "scare_quote")
_VALUES = {
    "voice": {"author", "reported", ""},
    "scare_quote": {"yes", "no"},
}
COLUMNS = [
    *("id", "sentence", "category", "text", "field"),
    *("first", "second", "adjudicated", "reason", "second_reason"),
]
EXTRA_COLUMNS = [
    *("sentence", "category", "text", "voice", "source", "target"),
    *("decision", "reason", "reader_reason"),
]
#: what the project does with a stance expression the golden has no key for
DECISIONS = ("count", "not_counted", "counted_elsewhere")


def _actors(value: str) -> str:
    """``value`` with its ``+``-joined actors in lexicon order (``russia+china`` = ``china+russia``)."""
    parts = {p for p in value.split("+") if p}
    return "+".join(a for a in (*ACTORS, "vague") if a in parts)


def _check_value(field: str, value: str, where: str) -> None:
    if field in _VALUES:
        if value not in _VALUES[field]:
            raise DataError(
                f"{where}: {field} value {value!r} is not one of {sorted(_VALUES[field])}"
            )
        return
    allowed = (*ACTORS, "vague") if field == "source" else ACTORS
    bad = [p for p in value.split("+") if p and p not in allowed]
    if bad:
        raise DataError(f"{where}: {field} value {value!r}: unknown actor {bad[0]!r}")


def read_golden_reading(path=None) -> pd.DataFrame:
    """The judged fields (columns :data:`COLUMNS`, all strings but ``sentence``).

    Raises
    ------
    DataError
        A missing column, an unknown field or value, or a field judged twice for one id.
    """
    path = validation_dir() / FILE if path is None else path
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise DataError(f"{path}: missing column(s) {', '.join(missing)}")
    for r in df.itertuples(index=False):
        where = f"{path.name if hasattr(path, 'name') else path}: id {r.id}"
        if r.field not in FIELDS:
            raise DataError(f"{where}: unknown field {r.field!r}")
        for col in ("first", "second", "adjudicated"):
            _check_value(r.field, getattr(r, col), where)
    if df.duplicated(["id", "field"]).any():
        dup = df[df.duplicated(["id", "field"])].iloc[0]
        raise DataError(f"{path}: id {dup['id']} has field {dup['field']} twice")
    return df.assign(sentence=df["sentence"].astype(int))[COLUMNS]


def read_extras(path=None) -> pd.DataFrame:
    """The second reader's stance expressions without a golden key (:data:`EXTRA_COLUMNS`).

    Raises
    ------
    DataError
        A missing column or a decision not in :data:`DECISIONS`.
    """
    path = validation_dir() / EXTRAS_FILE if path is None else path
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in EXTRA_COLUMNS if c not in df.columns]
    if missing:
        raise DataError(f"{path}: missing column(s) {', '.join(missing)}")
    bad = sorted(set(df["decision"]) - set(DECISIONS))
    if bad:
        raise DataError(f"{path}: unknown decision(s) {', '.join(bad)}")
    return df.assign(sentence=df["sentence"].astype(int))[EXTRA_COLUMNS]


def _pairs(df: pd.DataFrame, field: str, a: str, b: str) -> pd.DataFrame:
    """The lines of ``field`` both columns judge; for ``source`` only ids both call reported."""
    d = df[df["field"] == field]
    if field == "source":
        v = df[df["field"] == "voice"].set_index("id")
        both = set(v.index[(v[a] == "reported") & (v[b] == "reported")])
        d = d[d["id"].isin(both)]
    if field in ("source", "target"):
        d = d.assign(**{a: d[a].map(_actors), b: d[b].map(_actors)})
    return d


def field_agreement(df: pd.DataFrame, a: str = "first", b: str = "second") -> pd.DataFrame:
    """Agreement of columns ``a`` and ``b`` per field: ``n`` lines, ``agree`` alike,
    ``agreement`` (share) and Cohen's ``kappa`` (NaN when undefined). Sources are compared on
    the ids both columns call reported, targets and sources as sets of actors."""
    rows = []
    for field in FIELDS:
        d = _pairs(df, field, a, b)
        n = len(d)
        agree = int((d[a] == d[b]).sum())
        rows.append(
            {
                "field": field,
                "n": n,
                "agree": agree,
                "agreement": agree / n if n else math.nan,
                "kappa": cohen_kappa(list(d[a]), list(d[b])),
            }
        )
    return pd.DataFrame(rows)


def disagreements(df: pd.DataFrame, a: str = "first", b: str = "second") -> pd.DataFrame:
    """The lines where columns ``a`` and ``b`` differ (sources only on ids both call reported)."""
    parts = [_pairs(df, f, a, b) for f in FIELDS]
    d = pd.concat(parts)
    return df.loc[d.index[d[a] != d[b]]]
