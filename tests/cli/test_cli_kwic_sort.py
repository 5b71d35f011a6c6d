"""``framing kwic --sort``: the rows of the API's ``sort=`` in every format (session 58)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.cli.kwic import SORTS as CLI_SORTS
from framing.engine.kwic import SORTS

TEXT = (
    "Russia accused the West of lying. The US accused China of hegemony. Critics accused "
    "Moscow of aggression. China accused the US of bullying; the West accused Russia again."
)


def test_the_options_are_the_engine_sorts():
    assert CLI_SORTS == SORTS


@pytest.mark.parametrize("sort", ["term", "left", "right"])
def test_kwic_sort_orders_the_rows_as_the_api(tmp_path, capsys, sort):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    argv = ["-q", "kwic", "--pattern", "accused|hegemony|aggression", "--sort", sort]
    want = framing.kwic([TEXT], pattern="accused|hegemony|aggression", sort=sort)
    assert list(want["start"]) != sorted(want["start"])  # not the position order
    assert main([*argv, "--format", "json", str(art)]) == 0
    assert [r["start"] for r in json.loads(capsys.readouterr().out)] == list(want["start"])
    out = tmp_path / "k.parquet"
    assert main([*argv, "--out", str(out), str(art)]) == 0
    assert list(pd.read_parquet(out)["start"]) == list(want["start"])
    assert main([*argv, str(art)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("[")[1].split("]")[0] for line in lines] == list(want["matched_text"])


def test_an_unknown_sort_is_a_usage_error(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:  # argparse's usage error, exit code 2
        main(["kwic", "--pattern", "x", "--sort", "alpha", str(art)])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "--sort" in err and "invalid choice: 'alpha'" in err
