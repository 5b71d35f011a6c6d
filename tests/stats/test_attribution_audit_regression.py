"""Integration (reads FRAMING_MIRROR): the attribution audit's recorded floors must hold.

``media-audit-attribution.yaml`` records, per assignment (voice, source, target, empty target)
and outlet group, the share of correct assignments judged by reading. The sampled matches are
re-derived from the media corpora with the current rules, re-labelled through the reader's
recorded values (:func:`framing.stats.attribution_audit.rescore`) and must not fall below
``floor - tolerance``: a rule change that costs correctness on the media audit must be justified
and the floors re-recorded (``python tools/audit_attribution.py floors``).
"""

from __future__ import annotations

import pytest

from framing.stats import attribution_audit as aa

pytestmark = pytest.mark.mirror


@pytest.fixture(scope="module", autouse=True)
def _env(mirror_env):
    """Mirror, quiet progress and a data folder (tests/stats/conftest.py)."""


@pytest.fixture(scope="module", params=aa.ROUNDS, ids=lambda r: f"round{r.number}")
def spec(request) -> aa.AttributionRound:
    return request.param


@pytest.fixture(scope="module")
def rescored(spec):
    audit = aa.read_attribution_audit(round_=spec.number)
    current = aa.current_assignments(audit)
    return audit, current, aa.rescore(audit, current)


def test_sampled_matches_still_exist(rescored):
    audit, current, _ = rescored
    assert current["matched"].mean() >= 0.95, "lexicon changed: re-draw or re-judge the audit"
    assert len(current) == len(audit)


def test_attribution_floors_hold(rescored, spec):
    _, _, new = rescored
    record = aa.read_record(round_=spec.number)
    table = aa.attribution_audit_table(new, record["population"], n_boot=50)
    table = table.set_index(["assignment", "group"])
    tol = record["tolerance"]
    bad = [
        f"{f['assignment']}/{f['group']}: {table.loc[(f['assignment'], f['group']), 'share']:.3f}"
        f" < {f['share']:.3f} - {tol}"
        for f in record["floors"]
        if not table.loc[(f["assignment"], f["group"]), "share"] >= f["share"] - tol
    ]
    assert not bad, "; ".join(bad)
