"""Integration (reads FRAMING_MIRROR): the recorded validation numbers must not drop.

src/framing/stats/validation_data/expected.yaml records, for the UNSCon attack signals, precision and F1, and for
every lexicon category the audit precision of the current lexicon (round-1 judgements whose
match the current lexicon still produces). A recomputed value below ``recorded - tolerance``
fails: a lexicon edit that costs precision against human judgement must be justified and the
numbers re-recorded (``python tools/audit_report.py``).
"""

from __future__ import annotations

import math

import pytest
import yaml

from framing.stats import validation as v

pytestmark = pytest.mark.mirror

EXPECTED = v.validation_dir() / "expected.yaml"


@pytest.fixture(scope="module", autouse=True)
def _env(mirror_env):
    """Mirror, quiet progress and a data folder (tests/stats/conftest.py)."""


@pytest.fixture(scope="module")
def expected():
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))


def _floor_ok(got: float, want: float, tol: float) -> bool:
    if want is None or (isinstance(want, float) and math.isnan(want)):
        return True
    return not (isinstance(got, float) and math.isnan(got)) and got >= want - tol


def test_unscon_precision_and_f1_do_not_drop(expected):
    table = v.unscon_table(n_boot=50)
    tol = expected["tolerance"]
    bad = []
    for rec in expected["unscon"]:
        row = table[
            (table["level"] == rec["level"])
            & (table["split"] == rec["split"])
            & (table["signal"] == rec["signal"])
            & (table["gold"] == rec["gold"])
        ]
        assert len(row) == 1, rec
        for m in ("precision", "f1"):
            got = float(row[m].iloc[0])
            if not _floor_ok(got, rec[m], tol):
                bad.append(f"{rec['level']}/{rec['split']}/{rec['gold']} {m}: {got} < {rec[m]}")
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
