"""``framing validate --goals``: where every validation goal stands, from the judgements alone
(no corpus, no UNSCon download); the printed lines and the written table against
``framing.stats.goal_status``."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from framing.cli import main
from framing.cli.validate import _print_goals
from framing.stats import goal_status as gs


@pytest.fixture(scope="module")
def cells() -> pd.DataFrame:
    return gs.goal_status(n_boot=50)


def test_goals_prints_the_count_and_one_line_per_cell(cells, capsys):
    assert main(["validate", "--goals", "--boot", "50"]) == 0
    out = capsys.readouterr().out.splitlines()
    judged = cells[cells["status"] != "no goal"]
    met = int((judged["status"] == "met").sum())
    missed = int((judged["status"] == "not met").sum())
    assert f"{len(judged)} cells carry a goal, {met} met, {missed} not met" in out[0]
    assert out[1].startswith("goal ") and out[1].rstrip().endswith("round")
    rows = out[2:]
    assert len(rows) == len(cells)
    assert sum("NOT MET" in line for line in rows) == missed
    cd = cells[
        (cells["measure"] == "precision: hedge")
        & (cells["group"] == "China Daily")
        & (cells["corpus"] == gs.MEDIA_CORPUS)
    ].iloc[0]
    line = next(x for x in rows if "precision: hedge" in x and "China Daily" in x)
    assert f"{cd.correct}/{cd.n}" in line and f"{cd.value:.2f} [{cd.lo:.2f},{cd.hi:.2f}]" in line
    assert line.rstrip().endswith(f"r{cd['round']}")
    # an estimate shows no count, a gap its smaller side
    assert all(" est. " in x for x in rows if "target recall" in x)
    assert all(" >=" in x for x in rows if "precision gap" in x)
    # the Kremlin's scare quotes, first judged in official round 24
    k = cells[(cells["measure"] == "precision: scare_quote") & (cells["group"] == "Kremlin")].iloc[
        0
    ]
    kremlin = next(x for x in rows if "scare_quote" in x and "Kremlin" in x)
    assert f"{k.correct}/{k.n}" in kremlin and kremlin.rstrip().endswith(f"r{k['round']}")


def test_goals_prints_a_dash_for_a_group_no_round_judged(cells):
    """A group no round could judge (the Kremlin's scare quotes before official round 24)."""
    unjudged = cells.copy()
    row = (unjudged["measure"] == "precision: scare_quote") & (unjudged["group"] == "Kremlin")
    unjudged.loc[row, ["correct", "n", "round"]] = [0, 0, pd.NA]
    unjudged.loc[row, ["value", "lo", "hi"]] = float("nan")
    unjudged.loc[row, "status"] = "too few"
    out = io.StringIO()
    _print_goals(unjudged, out)
    kremlin = next(x for x in out.getvalue().splitlines() if "scare_quote" in x and "Kremlin" in x)
    assert "0/0" in kremlin and kremlin.rstrip().endswith("-") and "too few" in kremlin


def test_goals_out_writes_the_table_and_refuses_to_overwrite(cells, tmp_path, capsys):
    path = tmp_path / "goals.csv"
    assert main(["validate", "--goals", "--boot", "50", "--out", str(path)]) == 0
    written = pd.read_csv(path)
    assert list(written.columns) == gs.COLUMNS and len(written) == len(cells)
    assert list(written["status"]) == list(cells["status"])
    capsys.readouterr()
    assert main(["validate", "--goals", "--out", str(path)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already exists" in err[0]
