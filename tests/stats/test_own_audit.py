"""A precision audit of your own corpus (QA pass 14): tools/audit_draw.py --corpus, audit_label.py
--file, audit_print.py --file and ``framing validate --labels`` on a small made-up corpus."""

from __future__ import annotations

import importlib.util
import math
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from framing.cli import main
from framing.core.errors import InputError
from framing.stats import validation as v
from framing.stats.intervals import wilson

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "Officials said the talks could possibly resume, although it remains unclear.",
    "The ministry accused its rival of lies and denounced the aggression.",
    "Critics warned the new Cold War might return. Perhaps it already has.",
    "The summit produced a statement on peace and cooperation.",
]


def _tool(name: str, *args: str, stdin: str = "", cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / name), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )


@pytest.fixture
def corpus(tmp_path) -> Path:
    rows = [{"doc_id": f"d{i}", "text": t} for i, t in enumerate(TEXTS * 5)]
    pd.DataFrame(rows).to_csv(tmp_path / "corpus.csv", index=False)
    return tmp_path / "corpus.csv"


def _sample(rows: list[tuple[str, str, int, str]]) -> pd.DataFrame:
    """Audit rows (category, doc_id, start, label)."""
    return pd.DataFrame(
        [
            {"doc_id": d, "dataset": "own", "start": s, "end": s + 3, "category": c}
            | {"term": "t", "round": 1, "label": lab, "reason": ""}
            for c, d, s, lab in rows
        ],
        columns=v.AUDIT_COLUMNS,
    )


def _quadratic_wilson(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Wilson's interval as the roots of |p - k/n| = z sqrt(p (1 - p) / n)."""
    ph = k / n
    a, b, c = 1 + z * z / n, -(2 * ph + z * z / n), ph * ph
    d = math.sqrt(b * b - 4 * a * c)
    return (-b - d) / (2 * a), (-b + d) / (2 * a)


def test_precision_table_counts_each_category_and_pools_them():
    audit = _sample(
        [("hedge", f"d{i}", i, "correct" if i < 9 else "incorrect") for i in range(10)]
        + [("accusation", "a", 1, " correct "), ("accusation", "b", 1, "incorrect")]
        + [("accusation", "c", 1, "")]
    )
    t = v.precision_table(audit).set_index("category")
    assert t.loc["hedge", ["correct", "n", "unlabelled"]].tolist() == [9, 10, 0]
    assert t.loc["accusation", ["correct", "n", "unlabelled"]].tolist() == [1, 2, 1]
    assert t.loc["all", ["correct", "n", "unlabelled"]].tolist() == [10, 12, 1]
    assert t.index[-1] == "all"
    for cat, (k, n) in {"hedge": (9, 10), "all": (10, 12)}.items():
        lo, hi = _quadratic_wilson(k, n)
        assert t.loc[cat, "precision"] == pytest.approx(k / n)
        assert (t.loc[cat, "lo"], t.loc[cat, "hi"]) == pytest.approx((lo, hi), abs=1e-12)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("hedge", "a", 1, "corect")], "row 0: label 'corect' is not one of correct, incorrect"),
        (
            [("hedge", "a", 1, "correct"), ("hedge", "a", 1, "incorrect")],
            "row 1: the same match as an earlier row",
        ),
    ],
)
def test_precision_table_refuses_labels_that_would_miscount(rows, message):
    with pytest.raises(InputError, match=message):
        v.precision_table(_sample(rows))


def test_wilson_bounds_are_exact_at_none_and_all_correct():
    assert wilson(30, 30)[1] == 1.0
    assert wilson(0, 30)[0] == 0.0


def test_draw_is_seeded_fresh_and_says_when_a_category_runs_short(corpus, tmp_path):
    args = ["--corpus", str(corpus), "--category", "hedge", "--category", "cold_war"]
    args += ["--n", "4", "--seed", "5"]
    first = _tool("audit_draw.py", *args, "--out", "a.csv", cwd=tmp_path)
    again = _tool("audit_draw.py", *args, "--out", "b.csv", cwd=tmp_path)
    assert first.returncode == again.returncode == 0, first.stderr
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    more = _tool("audit_draw.py", *args, "--out", "a.csv", cwd=tmp_path)
    assert "cold_war: +1 rows (only 1 left of the 4 asked)" in more.stdout
    a = v.read_audit_file(tmp_path / "a.csv")
    assert a.groupby(["category", "round"]).size().to_dict() == {
        ("cold_war", 1): 4,
        ("cold_war", 2): 1,
        ("hedge", 1): 4,
        ("hedge", 2): 4,
    }
    assert not a.duplicated(["doc_id", "start", "end", "category"]).any()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--category", "hedgee"], "unknown category hedgee; known: accusation"),
        ([], "name a category"),
        (["--corpus", "{corpus}", "--category", "nope", "--out", "x.csv"], "unknown category nope"),
        (["--corpus", "{corpus}", "--all"], "--corpus and --out go together"),
    ],
)
def test_draw_refuses_unknown_categories_without_writing(corpus, tmp_path, argv, message):
    argv = [a.replace("{corpus}", str(corpus)) for a in argv]
    r = _tool("audit_draw.py", *argv, cwd=tmp_path)
    assert r.returncode == 2 and message in r.stderr
    assert "Traceback" not in r.stderr
    assert not (v.validation_dir() / "audit-hedgee.csv").exists()
    assert not (tmp_path / "x.csv").exists()


@pytest.fixture
def drawn(corpus, tmp_path) -> Path:
    args = ["--corpus", str(corpus), "--out", "s.csv", "--category", "hedge", "--n", "3"]
    assert _tool("audit_draw.py", *args, cwd=tmp_path).returncode == 0
    return tmp_path / "s.csv"


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("0 c ok\n1 x typo\n", "line 2: label 'x' is not c, i, correct or incorrect"),
        ("7 c ok\n", "line 1: no row 7 (the file has rows 0-2)"),
        ("0 c ok\n0 i again\n", "line 2: row 0 already labelled on line 1"),
        ("zero c ok\n", "line 1: row 'zero' is not a row number"),
        ("1\n", "line 1: expected '<row> <c|i> <reason>'"),
    ],
)
def test_label_lines_that_would_miscount_are_one_line_errors(drawn, stdin, message):
    before = drawn.read_bytes()
    r = _tool("audit_label.py", "hedge", "--file", str(drawn), stdin=stdin, cwd=drawn.parent)
    assert r.returncode == 2, r.stderr
    assert r.stderr.startswith(f"error: {message}") and len(r.stderr.splitlines()) == 1
    assert r.stderr.strip().endswith("nothing written")
    assert drawn.read_bytes() == before


def test_labels_with_windows_line_endings_and_spaces_then_precision(drawn, tmp_path, capsys):
    stdin = "  0   C   plain\t hedge \r\n1 i ability\r\n# comment\r\n\r\n2 correct x\r\n"
    r = _tool("audit_label.py", "hedge", "--file", str(drawn), stdin=stdin, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "3 labels written, 0 rows unlabelled" in r.stderr
    a = v.read_audit_file(drawn)
    assert a["label"].tolist() == ["correct", "incorrect", "correct"]
    assert a.loc[0, "reason"] == "plain hedge"
    out = tmp_path / "p.csv"
    assert main(["validate", "--labels", str(drawn), "--out", str(out)]) == 0
    assert "hedge                      2/3  0.67 [0.21,0.94]" in capsys.readouterr().out
    t = pd.read_csv(out)
    assert t[["category", "correct", "n"]].values.tolist() == [["hedge", 2, 3], ["all", 2, 3]]


def test_print_shows_the_contexts_of_an_own_sample(drawn, corpus, tmp_path):
    r = _tool(
        "audit_print.py", "hedge", "--file", str(drawn), "--corpus", str(corpus), cwd=tmp_path
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("[[") == 3


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--labels", "missing.csv"], "missing.csv: cannot read the audit sample"),
        (["--labels", "x.csv", "--goals"], "--goals and --labels are two different tables"),
    ],
)
def test_validate_labels_errors_are_one_line(capsys, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    assert main(["validate", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("tool", "message"),
    [
        ("audit_print.py", "error: unknown category hedgee; known: accusation"),
        ("audit_label.py", "error: no audit sample of 'hedgee'"),
    ],
)
def test_print_and_label_refuse_an_unknown_category_in_one_line(tmp_path, tool, message):
    r = _tool(tool, "hedgee", stdin="0 c ok\n", cwd=tmp_path)
    assert r.returncode == 2 and r.stderr.startswith(message)
    assert len(r.stderr.splitlines()) == 1


def _draw_tool():
    spec = importlib.util.spec_from_file_location("audit_draw", ROOT / "tools" / "audit_draw.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_second_registry_draw_is_the_next_round_not_round_1(tmp_path, monkeypatch, capsys):
    matches = pd.DataFrame(
        [
            {"doc_id": f"d{i}", "dataset": "ungd-2022", "category": "hedge",
             "subcategory": "", "term": "may", "start": 10 * i, "end": 10 * i + 3}
            for i in range(5)
        ]
    )  # fmt: skip
    monkeypatch.setattr(v, "corpus_matches", lambda *a, **k: matches)
    monkeypatch.setattr(v, "audit_path", lambda cat: tmp_path / f"audit-{cat}.csv")
    monkeypatch.setattr(
        v, "read_audit", lambda cat: v.read_audit_file(tmp_path / f"audit-{cat}.csv")
    )
    tool = _draw_tool()
    monkeypatch.setattr(sys, "argv", ["audit_draw.py", "--category", "hedge", "--n", "3"])
    for _ in range(2):
        assert tool.main() == 0
    drawn = v.read_audit_file(tmp_path / "audit-hedge.csv")
    assert drawn.groupby("round").size().to_dict() == {1: 3, 2: 2}  # was {1: 5}: pooled
    assert "hedge: +2 rows (only 2 left of the 3 asked) (round 2)" in capsys.readouterr().out
    assert not drawn.duplicated(["doc_id", "start", "end"]).any()
