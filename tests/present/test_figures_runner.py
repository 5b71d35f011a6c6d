"""framing figures: percent scripts run in order headlessly; a failing cell stops with one line."""

from __future__ import annotations

import json

import pytest

from framing.cli import main
from framing.present.runner import check_notebook_format, discover

pytestmark = pytest.mark.slow

HEADER = """# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---
"""

GOOD = (
    HEADER
    + """
# %% [markdown]
# # A tiny figure
#
# ## Inputs and outputs
# No inputs; writes figures/01-line.{png,svg,csv}.

# %% tags=["parameters"]
n = 4

# %%
import os
import sys

import pandas as pd

from framing.present import charts, saving, style

fig, ax = style.new_figure("A line rises", source="made up")
ax.plot(range(n), range(n))
saving.save_figure(fig, "01-line", pd.DataFrame({"x": range(n)}), caption="a rising line",
                  inputs={"toy": "f" * 64})
print(sys.executable)
print(os.getcwd())
"""
)

SECOND = (
    HEADER
    + """
# %% tags=["parameters"]
x = 1

# %%
open("order.txt", "a").write("02\\n")
"""
)

BAD = (
    HEADER
    + """
# %% tags=["parameters"]
x = 1

# %%
y = 2

# %%
raise ValueError("the corpus is\\nempty")
"""
)


@pytest.fixture()
def project(tmp_path):
    nb = tmp_path / "notebooks"
    nb.mkdir()
    (tmp_path / "figures").mkdir()
    (nb / "01-line.py").write_text(GOOD)
    (nb / "02-second.py").write_text(SECOND)
    (nb / "helpers.py").write_text("raise SystemExit('not a notebook')\n")
    return tmp_path


def _run(project, *extra):
    return main(
        [
            "figures",
            "--notebooks",
            str(project / "notebooks"),
            "--figures",
            str(project / "figures"),
            "--build",
            str(project / "build"),
            *extra,
        ]
    )


def test_runs_in_order_and_writes_outputs(project, capsys, monkeypatch):
    import sys

    monkeypatch.setattr("framing.core.progress._quiet", False)  # other tests may have set it
    monkeypatch.delenv("FRAMING_QUIET", raising=False)

    assert _run(project) == 0
    figs = project / "figures"
    assert sorted(p.name for p in figs.iterdir()) == [
        "01-line.csv",
        "01-line.png",
        "01-line.svg",
        "README.md",
        "manifest.yaml",
    ]
    assert "01-line.py" in (figs / "manifest.yaml").read_text()
    assert "a rising line" in (figs / "README.md").read_text()
    assert (project / "notebooks" / "order.txt").read_text() == "02\n"  # cwd = notebooks/
    assert sorted(p.name for p in (project / "build").glob("*.ipynb")) == [
        "01-line.ipynb",
        "02-second.ipynb",
    ]
    nb = json.loads((project / "build" / "01-line.ipynb").read_text())
    out = "".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", []))
    assert sys.executable in out  # kernel = this interpreter
    assert not (project / "build" / ".figures-saved").exists()
    err = capsys.readouterr().err
    assert "[1/2] 01-line.py" in err and "[2/2] 02-second.py" in err


def test_only_and_rerun_identical(project):
    assert _run(project, "--only", "01", "--quiet") == 0
    first = {p.name: p.read_bytes() for p in (project / "figures").iterdir()}
    assert _run(project, "--only", "1", "--quiet") == 0
    assert {p.name: p.read_bytes() for p in (project / "figures").iterdir()} == first
    assert not (project / "notebooks" / "order.txt").exists()


def test_failing_cell_one_line_and_status_1(project, capsys):
    (project / "notebooks" / "02-second.py").write_text(BAD)
    (project / "notebooks" / "03-never.py").write_text(SECOND)
    assert _run(project, "--quiet") == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "02-second.py" in err and "cell 3" in err and "line 16" in err
    assert "ValueError: the corpus is empty" in err
    assert (project / "build" / "02-second.ipynb").exists()
    assert not (project / "notebooks" / "order.txt").exists()  # stopped before 03
    assert not (project / "build" / ".figures-saved").exists()  # the run's log is removed


def test_missing_folder_and_unknown_number(project, capsys):
    assert main(["figures", "--notebooks", str(project / "nope"), "--quiet"]) == 2
    assert _run(project, "--only", "07") == 2
    assert "no notebook numbered 07" in capsys.readouterr().err


def test_empty_folder_is_a_no_op(tmp_path, capsys):
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "figures").mkdir()
    assert (
        main(
            [
                "figures",
                "--notebooks",
                str(tmp_path / "notebooks"),
                "--figures",
                str(tmp_path / "figures"),
            ]
        )
        == 0
    )
    assert list((tmp_path / "figures").iterdir()) == []
    assert "nothing to do" in capsys.readouterr().err


def test_out_is_created_and_holds_the_executed_notebooks(project):
    """``--out NEW`` without parameters (QA pass 7): NEW is created (was refused, "create it or
    pass --out") and holds the executed notebooks (they went to the checkout's build/)."""
    out = project / "elsewhere" / "figs"
    argv = ["figures", "--notebooks", str(project / "notebooks"), "--out", str(out)]
    assert main([*argv, "--only", "01", "--quiet"]) == 0
    assert (out / "01-line.png").is_file() and (out / "notebooks" / "01-line.ipynb").is_file()
    assert not (project / "build").exists()


def test_discover_and_format(project):
    assert [p.name for p in discover(project / "notebooks")] == ["01-line.py", "02-second.py"]
    assert check_notebook_format(project / "notebooks" / "01-line.py") == []
    problems = check_notebook_format(project / "notebooks" / "02-second.py")
    assert problems == ['no markdown cell with a heading "Inputs and outputs"']


def test_global_quiet_reaches_figures(tmp_path, capsys):
    """``framing --quiet figures`` must not be undone by the subcommand's own --quiet default."""
    from framing.cli import build_parser

    args = build_parser().parse_args(["--quiet", "figures"])
    assert args.quiet is True
    args = build_parser().parse_args(["figures", "--quiet"])
    assert args.quiet is True


def test_a_kernel_that_does_not_start_is_one_line_naming_what_to_check(
    project, capsys, monkeypatch
):
    """jupyter_client's RuntimeError (no loopback, a machine too busy) is not an internal error."""
    import papermill

    def no_kernel(*args, **kwargs):
        raise RuntimeError("Kernel didn't respond in 60 seconds")

    monkeypatch.setattr(papermill, "execute_notebook", no_kernel)
    assert _run(project, "--only", "01", "--quiet") == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "internal error" not in err, err
    assert "01-line.py: the notebook kernel did not start" in err
    assert "ipykernel_launcher" in err and "127.0.0.1" in err
    assert not list((project / "build").glob(".*.part.ipynb"))
