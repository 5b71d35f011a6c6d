"""Integration (reads FRAMING_MIRROR): the attribution audit's recorded floors must hold.

``media-audit-attribution.yaml`` records, per assignment (voice, source, target, empty target)
and outlet group, the share of correct assignments judged by reading. The sampled matches are
re-derived from the media corpora with the current rules, re-labelled through the reader's
recorded values (:func:`framing.stats.attribution_audit.rescore`) and must not fall below
``floor - tolerance``: a rule change that costs correctness on the media audit must be justified
and the floors re-recorded (``python tools/audit_attribution.py floors``), or, for a round
judged under older rules, a cell's floor lowered in the record's ``lowered_floors`` with a note
saying why (each lowered floor must be below the judged one: :func:`test_lowered_floors_say_why`).
"""

from __future__ import annotations

import pandas as pd
import pytest

from framing.stats import attribution_audit as aa
from framing.stats.census import census_confirms

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


def test_sampled_matches_still_exist(rescored, spec):
    """At least 95% of the sampled matches still exist, counting the rows a round's record
    lists as ``retired_rows`` (a lexicon repair removed them on purpose, with a note); a listed
    row must really be gone."""
    audit, current, _ = rescored
    retired = set()
    for entry in aa.read_record(round_=spec.number).get("retired_rows", []):
        assert len(entry["note"].split()) >= 10
        retired.update(entry["rows"])
    gone = set(audit.index[~current["matched"].to_numpy()])
    assert retired <= gone, f"retired rows still matched: {sorted(retired - gone)}"
    kept = 1 - len(gone - retired) / len(audit)
    assert kept >= 0.95, "lexicon changed: re-draw or re-judge the audit"
    assert len(current) == len(audit)


def test_pooled_rounds_still_get_the_same_values(spec):
    """A round that pools an assignment with earlier rounds (``pooled_with``) may do so only
    while the current rules give every sampled row of those rounds that still matches the value
    its readers judged it under, or its readers' own value (a later repair of an error, version
    114: that can only raise the pooled share, which then stays a lower bound), or the value
    both readers of a later census gave the row (:func:`framing.stats.census.census_confirms`:
    a blind re-reading that disagrees with the round's reader, version 121): then the rounds
    are fresh samples of one set of outputs, or of outputs that are right on more rows."""
    for assignment, earlier in spec.pooled_with.items():
        column = {"empty target": "target"}.get(assignment, assignment)
        for number in earlier:
            audit = aa.read_attribution_audit(round_=number)
            rows = aa.judged(audit, assignment)
            current = aa.current_assignments(rows)
            kept = current["matched"].astype(bool)
            changed = rows[kept & (rows[column] != current[column])]
            truth = changed[f"{column}_truth"] if len(changed) else changed.index.to_series()
            repaired = [
                aa.agrees(assignment, current.loc[i, column], truth.loc[i])
                # a named target emptied where its readers saw no actor (version 117): the row
                # leaves the named targets, whose pooled share stays a lower bound
                or (assignment == "target" and not current.loc[i, column] and not truth.loc[i])
                # an empty target now given the actor its readers saw (version 127): the row
                # leaves the empty targets, whose pooled share (and recall) stays a lower bound
                or (
                    assignment == "empty target"
                    and bool(current.loc[i, column])
                    and aa.agrees("target", current.loc[i, column], truth.loc[i])
                )
                or census_confirms(changed.loc[i], column, current.loc[i, column])
                for i in changed.index
            ]
            changed = changed[[not r for r in repaired]]
            assert changed.empty, (
                f"round {number}'s {assignment} changed in rows {list(changed.index)}: "
                f"round {spec.number} may no longer pool with it"
            )


def test_attribution_floors_hold(rescored, spec):
    """Each cell's share under the current rules stays at its recorded floor, or at the share the
    reader gave the rows still sampled when that is lower: a row the lexicon no longer matches
    (a false positive removed) takes its judgement with it, right or wrong."""
    audit, current, new = rescored
    record = aa.read_record(round_=spec.number)
    groups = spec.frame.groups
    table = aa.attribution_audit_table(new, record["population"], n_boot=50, groups=groups)
    table = table.set_index(["assignment", "group"])
    kept = audit[aa.surviving(audit, current)]
    judged = aa.attribution_audit_table(kept, record["population"], n_boot=50, groups=groups)
    judged = judged.set_index(["assignment", "group"])["share"]
    tol = record["tolerance"]
    lowered = {(f["assignment"], f["group"]): f["share"] for f in record.get("lowered_floors", [])}
    bad = []
    for f in record["floors"]:
        key = (f["assignment"], f["group"])
        floor = min(f["share"], judged.loc[key], lowered.get(key, 1.0))
        if not table.loc[key, "share"] >= floor - tol:
            bad.append(f"{key[0]}/{key[1]}: {table.loc[key, 'share']:.3f} < {floor:.3f} - {tol}")
    assert not bad, "; ".join(bad)


def test_floors_follow_the_rows_still_sampled():
    """A hand-worked case: a correct row the lexicon no longer matches lowers the bar (1/2 left,
    not the recorded 2/3); changing an assignment of a kept row still fails."""
    audit = pd.DataFrame({"sample": ["voice", "voice", "voice"]})
    current = pd.DataFrame({"matched": [True, True, False], "target": ["", "", ""]})
    assert aa.surviving(audit, current).tolist() == [True, True, False]
    both = pd.DataFrame({"sample": ["target", "empty_target"]})
    now = pd.DataFrame({"matched": [True, True], "target": ["", "china"]})
    assert aa.surviving(both, now).tolist() == [False, False]


@pytest.mark.parametrize("spec", aa.ROUNDS, ids=lambda r: f"round{r.number}")
def test_lowered_floors_say_why(spec):
    record = aa.read_record(round_=spec.number)
    judged = {(f["assignment"], f["group"]): f["share"] for f in record["floors"]}
    for f in record.get("lowered_floors", []):
        assert f["share"] < judged[(f["assignment"], f["group"])]
        assert len(f["note"].split()) >= 10


def test_recorded_frame_population_is_the_current_rules():
    """A round's ``frame_population`` (the whole frame's named and empty targets, to which
    :func:`framing.stats.attribution_audit.whole_frame_recall` scales the pooled rows) is what
    the current rules give: after a rule change, ``tools/audit_attribution.py
    frame-population`` records it again."""
    recorded = {
        r.number: (r, aa.read_record(round_=r.number).get("frame_population")) for r in aa.ROUNDS
    }
    recorded = {n: v for n, v in recorded.items() if v[1] is not None}
    assert 82 in recorded
    for number, (spec, population) in recorded.items():
        assert population == aa.frame_population(spec.frame), number
