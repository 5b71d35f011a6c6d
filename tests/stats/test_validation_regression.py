"""Integration (reads FRAMING_MIRROR): the recorded validation numbers must not drop, and must
be those of the current rules.

src/framing/stats/validation_data/expected.yaml records, for the UNSCon attack signals and the
rules' targets, precision and F1, and for every lexicon category the audit precision of the
current lexicon (round-1 judgements whose match the current lexicon still produces). A
recomputed value below ``recorded - tolerance`` fails: a lexicon edit that costs precision
against human judgement must be justified and the numbers re-recorded
(``python tools/audit_report.py``). The tables recorded beside it (``unscon*.csv``,
``precision-audit.csv``, the generated block of docs/validation.md) must show the current
counts: a rule change that moves them without a re-record fails too.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import yaml

from framing.stats import validation as v

pytestmark = pytest.mark.mirror

EXPECTED = v.validation_dir() / "expected.yaml"


@pytest.fixture(scope="module", autouse=True)
def _env(mirror_env):
    """Mirror, quiet progress and a data folder (tests/stats/conftest.py)."""


@pytest.fixture(scope="module")
def units():
    return {lv: v.unscon_units(lv) for lv in v.LEVELS}


@pytest.fixture(scope="module")
def expected():
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))


def _floor_ok(got: float, want: float, tol: float) -> bool:
    if want is None or (isinstance(want, float) and math.isnan(want)):
        return True
    return not (isinstance(got, float) and math.isnan(got)) and got >= want - tol


def _drops(table, records, keys: tuple[str, ...], tol: float, **fixed) -> list[str]:
    """The recorded floors (``records``: rows of ``keys`` with precision and F1) that the
    recomputed ``table`` (restricted to the ``fixed`` column values) falls below."""
    bad = []
    for rec in records:
        want = {**fixed, **{k: rec[k] for k in keys}}
        row = table[np.logical_and.reduce([table[k] == val for k, val in want.items()])]
        assert len(row) == 1, rec
        for m in ("precision", "f1"):
            got = float(row[m].iloc[0])
            if not _floor_ok(got, rec[m], tol):
                bad.append(f"{'/'.join(str(rec[k]) for k in keys)} {m}: {got} < {rec[m]}")
    return bad


def test_unscon_precision_and_f1_do_not_drop(expected, units):
    table = v.unscon_table(units, n_boot=50)
    keys = ("level", "split", "signal", "gold")
    bad = _drops(table, expected["unscon"], keys, expected["tolerance"])
    assert not bad, "; ".join(bad)


def test_audit_precision_does_not_drop(expected):
    audit = v.read_audit()
    prec = v.audit_precision(audit, v.still_matched(audit)).set_index("category")
    tol = expected["tolerance"]
    bad = [
        f"{cat}: {prec.loc[cat, 'current_precision']} < {want}"
        for cat, want in expected["audit_current_precision"].items()
        if not _floor_ok(float(prec.loc[cat, "current_precision"]), want, tol)
    ]
    assert not bad, "; ".join(bad)


def test_unscon_target_attribution_does_not_drop(expected, units):
    table = v.attribution_target_table(units, n_boot=50)
    records = expected["unscon_attribution_targets"]
    keys = ("level", "split", "scope")
    fixed = {"predictor": "target", "target": "all three (micro)"}
    bad = _drops(table, records, keys, expected["tolerance"], **fixed)
    assert not bad, "; ".join(bad)


#: Columns that do not depend on the bootstrap: what a re-record must reproduce exactly.
_EXACT = ("units", "gold_units", "flagged", "tp", "fp", "fn", "precision", "recall", "f1")


@pytest.mark.parametrize(
    ("recorded", "compute"),
    [
        ("unscon.csv", lambda u: v.unscon_table(u, n_boot=10)),
        ("unscon-targets.csv", lambda u: v.target_table(u, n_boot=10)),
        ("unscon-attribution-targets.csv", lambda u: v.attribution_target_table(u, n_boot=10)),
    ],
)
def test_recorded_unscon_tables_are_current(recorded, compute, units):
    want = pd.read_csv(v.validation_dir() / recorded, keep_default_na=False, na_values=[""])
    got = compute(units)
    keys = [c for c in want.columns if want[c].dtype == object]
    cols = [c for c in _EXACT if c in want.columns]
    assert list(got[keys].astype(str).itertuples(index=False)) == list(
        want[keys].astype(str).itertuples(index=False)
    ), f"{recorded}: rows differ; re-record with python tools/audit_report.py"
    stale = []
    for c in cols:
        a, b = got[c].to_numpy(float), want[c].to_numpy(float)
        same = np.isclose(a, b, atol=5e-5, equal_nan=True)
        stale += [f"{c} row {i}: recorded {b[i]}, now {a[i]}" for i in np.flatnonzero(~same)]
    assert not stale, f"{recorded} is stale (python tools/audit_report.py): " + "; ".join(stale[:5])


def test_recorded_precision_audit_is_current():
    audit = v.read_audit()
    got = v.audit_precision(audit, v.still_matched(audit)).set_index("category")
    want = pd.read_csv(v.validation_dir() / "precision-audit.csv").set_index("category")
    cols = ["current_n", "current_correct"]
    assert got[cols].astype(int).equals(want[cols].astype(int)), (
        "precision-audit.csv is stale (python tools/audit_report.py)"
    )


def test_recorded_target_reading_is_current(units):
    got = v.target_reading_table(v.read_target_reading(), v.predicted_targets(units["sentences"]))
    want = pd.read_csv(v.validation_dir() / "unscon-target-reading-table.csv")
    assert got[["reading", "read", "still_predicted"]].equals(
        want[["reading", "read", "still_predicted"]]
    ), "unscon-target-reading-table.csv is stale (python tools/audit_report.py)"


def test_target_reading_agrees_with_the_gold_labels(units):
    """A row read as ``right`` is one whose unit carries that gold target, and only those."""
    reading = v.read_target_reading()
    d = units["sentences"].set_index("unit_id")
    gold_col = {cat: col for _, cat, col in v.GOLD_ACTORS}
    gold = [
        bool(d.loc[u, gold_col[a]])
        for u, a in zip(reading["unit_id"], reading["actor"], strict=True)
    ]
    assert gold == list(reading["gold_target"].astype(bool))
    assert list(reading["gold_target"].astype(bool)) == list(reading["reading"] == "right")
