"""``framing validate`` refuses options that would print or write less than asked."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.cli import main
from framing.stats import validation as v


def _no_tables(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("a table was computed although the options are refused")

    for name in ("unscon_units", "read_audit"):
        monkeypatch.setattr(v, name, boom)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--signal", "nope"], "unknown signal(s) 'nope'; known: "),
        (["--signal", "accusation", "--signal", "x"], "unknown signal(s) 'x'"),
        (["--no-unscon", "--signal", "accusation"], "--signal applies to the UNSCon table"),
        (["--no-unscon", "--out", "OUT"], "--out applies to the UNSCon table"),
        (["--no-unscon", "--no-audit", "--no-media"], "leave nothing to show"),
        (["--goals", "--seed", "3"], "--seed: --goals does not use it"),
        (["--goals", "--level", "clauses", "--no-media"], "--level, --no-media: --goals does"),
        (["--labels", "L.csv", "--boot", "50"], "--boot: --labels does not use it"),
    ],
)
def test_refused_options_are_one_line_errors(monkeypatch, capsys, tmp_path, argv, message):
    _no_tables(monkeypatch)
    out = tmp_path / "v.csv"
    argv = [str(out) if a == "OUT" else a for a in argv]
    assert main(["validate", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_signal_filters_the_written_table_as_the_printed_one(monkeypatch, capsys, tmp_path):
    rows = [
        {"level": "clauses", "split": "2014 (development)", "signal": s, "gold": "any_negative",
         "units": 10, "gold_units": 4, "flagged": 2, "precision": 0.5, "precision_lo": 0.1,
         "precision_hi": 0.9, "recall": 0.25, "recall_lo": 0.0, "recall_hi": 0.6, "f1": 0.33,
         "f1_lo": 0.0, "f1_hi": 0.7, "auc": 0.6, "auc_lo": 0.5, "auc_hi": 0.7}
        for s in ("accusation", "negative_evaluation")
    ]  # fmt: skip
    monkeypatch.setattr(v, "unscon_units", lambda level: pd.DataFrame())
    monkeypatch.setattr(v, "unscon_table", lambda units, n_boot, seed: pd.DataFrame(rows))
    monkeypatch.setattr(v, "target_table", lambda units, n_boot, seed: pd.DataFrame())
    monkeypatch.setattr(v, "attribution_target_table", lambda units, n_boot, seed: pd.DataFrame())
    out = tmp_path / "v.csv"
    argv = ["validate", "--level", "clauses", "--signal", "accusation", "--no-audit"]
    assert main([*argv, "--no-media", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "accusation" in printed and "negative_evaluation" not in printed
    assert pd.read_csv(out)["signal"].tolist() == ["accusation"]
