"""Integration (reads FRAMING_MIRROR): the headline audit's recorded precision must not drop.

``expected.yaml`` records, for each category and outlet group of the current measure of the
headline audit (rounds 12-14), the precision of its judged rows. Recomputed on the rows whose
match the current lexicon and scare-quote rules still produce (edits can only remove judged
matches), a precision below ``recorded - tolerance`` fails; re-record with ``python
tools/audit_report.py --headlines``. The scare quotes of the rules before round 12 are a record
of the old rules, not a floor.
"""

from __future__ import annotations

import math

import pytest
import yaml

from framing.stats import attribution_audit as aa
from framing.stats import headline_audit as ha
from framing.stats import validation as v

pytestmark = pytest.mark.mirror


@pytest.fixture(scope="module", autouse=True)
def _env(mirror_env):
    """Mirror, quiet progress and a data folder (tests/stats/conftest.py)."""


@pytest.fixture(scope="module")
def audit():
    return ha.read_headline_audit()


def test_headline_audit_precision_does_not_drop(audit):
    expected = yaml.safe_load((v.validation_dir() / "expected.yaml").read_text(encoding="utf-8"))
    tol = expected["tolerance"]
    current = audit[audit["category"] != ha.OLD_SCARE_QUOTE]
    current = current[v.still_matched(current)]
    table = ha.headline_audit_table(current, rates=False).set_index("category")
    bad = []
    for cat, floors in expected["headline_audit_precision"].items():
        if cat == ha.OLD_SCARE_QUOTE:
            continue
        for group, want in floors.items():
            got = float(table.loc[cat, f"{group}_precision"])
            if math.isnan(got) or got < want - tol:
                bad.append(f"{cat}/{group}: {got:.4f} < {want}")
    assert not bad, "; ".join(bad)


def test_rounds_avoid_tuning_headlines_and_each_other():
    tuned = aa.tuning_headlines()
    seen: set[tuple[str, str]] = set()
    seen_for: dict[str, set[tuple[str, str]]] = {}
    for spec in ha.ROUNDS:
        rows = ha.read_headline_audit(spec.number)
        docs = set(zip(rows["dataset"], rows["doc_id"], strict=True))
        current = rows[rows["category"] != ha.OLD_SCARE_QUOTE]
        assert not set(zip(current["dataset"], current["doc_id"], strict=True)) & tuned
        # the old rules' sample of round 12 holds 6 headlines read for the new rule (a draw bug,
        # since fixed; that reading did not shape the old rules): recorded, not hidden
        old = rows[rows["category"] == ha.OLD_SCARE_QUOTE]
        assert len(set(zip(old["dataset"], old["doc_id"], strict=True)) & tuned) <= 6
        for cat, part in current.groupby("category"):
            keys = set(zip(part["dataset"], part["doc_id"], strict=True))
            if cat in spec.fresh_per_category:
                # fresh for this category: no earlier precision round showed it for the category
                assert not keys & ha.earlier_documents(spec.number, cat), (spec.number, cat)
                assert not keys & seen_for.get(cat, set()), (spec.number, cat)
            else:  # a later round leaves out what any earlier round of any audit showed
                assert not keys & seen, (spec.number, cat)
                assert not keys & ha.earlier_documents(spec.number), (spec.number, cat)
            seen_for.setdefault(cat, set()).update(keys)
        assert set(rows["outlet_group"]) <= set(ha.GROUPS)
        assert rows["label"].isin(["correct", "incorrect"]).all(), spec.number
        seen |= docs
