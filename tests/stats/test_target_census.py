"""The census of version 118's changed targets (docs/validation.md section 95): the recorded
judgements give the numbers the docs state, the Wilson intervals equal scipy's, a malformed
file is a one-line DataError, and (mirror) the current rules still give the recorded targets."""

from __future__ import annotations

import pandas as pd
import pytest
from scipy.stats import binomtest

from framing.core.errors import DataError
from framing.stats import attribution_audit as aa
from framing.stats import target_census as tc

ACTORS = {"west_us", "china", "russia", "ukraine", "un"}


@pytest.fixture(scope="module")
def census() -> pd.DataFrame:
    return tc.read_census()


def test_the_census_holds_19_changed_and_21_control_rows(census):
    assert census["kind"].value_counts().to_dict() == {"control": 21, "changed": 19}
    assert census["row"].is_unique
    assert not census.duplicated(["dataset", "doc_id", "category", "start"]).any()
    changed = census[census["kind"] == "changed"]
    assert (changed["target"] != "").all()  # version 118 only filled empty targets
    assert (census.loc[census["kind"] == "control", "target"] == "").all()
    assert not census.loc[census["kind"] == "control", "guided"].any()


@pytest.mark.parametrize("column", ["target", "reader1", "reader2"])
def test_every_value_is_a_category_or_empty(census, column):
    for value in census[column]:
        assert set(filter(None, value.split("+"))) <= ACTORS, value


# subset -> (n, both readers agree with the rules): the numbers of docs/validation.md §95
STATED = {
    "changed targets, all": (19, 16),
    "changed targets, passages that guided no rule": (14, 11),
    "changed targets, passages no attribution round showed": (5, 4),
    "controls (the rules give no target)": (21, 10),
}


@pytest.mark.parametrize(("subset", "stated"), STATED.items())
def test_census_table_gives_the_stated_numbers(census, subset, stated):
    row = tc.census_table(census).set_index("subset").loc[subset]
    assert (row["n"], row["both"]) == stated
    ci = binomtest(int(row["both"]), int(row["n"])).proportion_ci(method="wilson")
    assert row["lo"] == pytest.approx(ci.low, abs=1e-9)
    assert row["hi"] == pytest.approx(ci.high, abs=1e-9)


def test_actor_sets_compare_unordered():
    frame = pd.DataFrame(
        {"kind": ["changed"], "guided": [False], "shown_passage": [False],
         "target": ["russia+ukraine"], "reader1": ["ukraine+russia"], "reader2": ["russia"]}
    )  # fmt: skip
    row = tc.census_table(frame).iloc[0]
    assert (row["reader1"], row["reader2"], row["both"]) == (1, 0, 0)


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "missing"), ("row,kind\n1,changed\n", "columns missing")],
)
def test_a_malformed_census_is_one_line_data_error(tmp_path, content, message):
    path = tmp_path / "census.csv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message) as err:
        tc.read_census(path)
    assert "\n" not in str(err.value)


@pytest.mark.mirror
def test_the_current_rules_give_the_recorded_targets(mirror_env, census):
    current = aa.current_assignments(census)
    assert current["matched"].all()
    assert current["target"].tolist() == census["target"].tolist()
