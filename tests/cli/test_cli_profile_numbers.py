"""The profile table and the report print no number with an exponent: a text without sentence
punctuation has a mean sentence length of its whole length, which ``{:.4g}`` printed as
``1.553e+05`` (QA pass 15, R2; session 57). The machine formats stay exact."""

from __future__ import annotations

import io
import math

import pandas as pd
import pytest

from framing.cli import main
from framing.present.labels import significant_format
from framing.present.report.sections import metric_format, num


@pytest.mark.parametrize(
    ("x", "digits", "sep", "shown"),
    [
        (155277.0, 4, "", "155277"),
        (155277.4, 3, ",", "155,277"),
        (9999.6, 4, "", "10000"),  # {:.4g} rounds it up to 1e+04
        (12.345, 4, "", "12.35"),
        (0.5, 4, "", "0.5"),
        (-20143.7, 4, "", "-20144"),
        (0.00001234, 4, "", "0.00001234"),
        (0.0, 4, "", "0"),
        (math.nan, 4, "", "nan"),
    ],
)
def test_significant_format_has_no_exponent(x, digits, sep, shown):
    assert significant_format(x, digits, sep).format(x) == shown


def test_profile_table_prints_a_long_sentence_length_in_fixed_notation(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text(" ".join(["word"] * 12345), encoding="utf-8")  # no sentence punctuation
    assert main(["-q", "profile", str(art)]) == 0
    lines = capsys.readouterr().out.splitlines()
    (row,) = [line for line in lines if line.startswith("mean_sentence_length ")]
    assert row.split() == ["mean_sentence_length", "12345"], row  # was 1.234e+04
    assert not any("e+" in line for line in lines[1:-1])
    assert main(["-q", "profile", str(art), "--format", "csv"]) == 0  # exact, as before
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    value = table.set_index("metric").loc["mean_sentence_length", "value"]
    assert float(value) == 12345.0


def test_the_reports_other_measures_print_no_exponent():
    row = pd.Series({"metric": "mean_sentence_length", "value": 155277.0})
    assert num(row["value"], metric_format("value")(row)) == "155,277"  # was 1.55e+05
    row = pd.Series({"metric": "flesch_reading_ease", "value": 41.234})
    assert num(row["value"], metric_format("value")(row)) == "41.2"
