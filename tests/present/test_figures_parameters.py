"""``framing figures -p KEY=VALUE`` / ``--article``: parameters reach the notebooks that declare
them, unknown ones and the committed figures folder are refused, nothing else is run."""

from __future__ import annotations

import pytest

from framing.cli import main
from framing.cli.figures import parse_parameters
from framing.present.runner import notebook_parameters

pytestmark = pytest.mark.slow

HEADER = """# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---
"""

TAKES_ARTICLE = (
    HEADER
    + """
# %% tags=["parameters"]
ARTICLE = "default.txt"
LABEL = None
N = 2

# %%
from pathlib import Path

import pandas as pd

from framing.present import saving, style

fig, ax = style.new_figure(f"About {LABEL or Path(ARTICLE).name}", source="made up")
ax.plot(range(N), range(N))
saving.save_figure(fig, "01-about", pd.DataFrame({"article": [Path(ARTICLE).name], "n": [N]}),
                   caption=f"{LABEL}")
"""
)

NO_ARTICLE = (
    HEADER
    + """
# %% tags=["parameters"]
N = 1

# %%
open("ran-02.txt", "w").write("yes")
"""
)


@pytest.fixture()
def project(tmp_path):
    nb = tmp_path / "notebooks"
    nb.mkdir()
    (nb / "01-about.py").write_text(TAKES_ARTICLE)
    (nb / "02-other.py").write_text(NO_ARTICLE)
    (tmp_path / "figures").mkdir()
    art = tmp_path / "mine.txt"
    art.write_text("The West accused China of hegemony.")
    return tmp_path, nb, art


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["N=3"], {"N": 3}),
        (["LABEL=Harbour Post, 10 May 2022"], {"LABEL": "Harbour Post, 10 May 2022"}),
        (["WINDOW=[2022-04-01, 2022-06-30]"], {"WINDOW": ["2022-04-01", "2022-06-30"]}),
        (["DATE="], {"DATE": None}),
    ],
)
def test_parse_parameters(items, expected):
    got = parse_parameters(items)
    assert {
        k: [str(x) for x in v] if isinstance(v, list) else v for k, v in got.items()
    } == expected


def test_notebook_parameters(project):
    _, nb, _ = project
    assert notebook_parameters(nb / "01-about.py") == {
        "ARTICLE": "default.txt",
        "LABEL": None,
        "N": 2,
    }


def test_article_run_goes_to_its_folder_and_skips_notebooks_without_article(project, capsys):
    root, nb, art = project
    out = root / "mine-figures"
    argv = ["-q", "figures", "--notebooks", str(nb), "--article", str(art), "--out", str(out),
            "-p", "LABEL=Mine, 1 Jan 2022", "-p", "N=3"]  # fmt: skip
    assert main(argv) == 0, capsys.readouterr().err
    assert (out / "01-about.csv").read_text() == "article,n\nmine.txt,3\n"
    assert "Mine, 1 Jan 2022" in (out / "manifest.yaml").read_text()
    assert not (nb / "ran-02.txt").exists()  # 02 takes no ARTICLE: not run
    assert list((root / "figures").iterdir()) == []  # the committed folder untouched


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["-p", "NOPE=1", "--out", "{root}/x"], "unknown notebook parameter 'NOPE'"),
        (["-p", "N=1"], "give --out DIR"),
        (["--article", "{art}", "--out", "{root}/figures"], "committed figures folder"),
        (["--article", "{root}/missing.txt", "--out", "{root}/x"], "no such file"),
        (["-p", "bad"], "use KEY=VALUE"),
        # QA pass 11: an empty --only (a shell variable left unset) ran every notebook
        (["--only", ""], "not an empty value"),
        (["--only", " , "], "not an empty value"),
        # QA pass 11, L8: a folder inside figures/ was accepted and left untracked files there
        (["--out", "{root}/figures/sub"], "inside the committed figures folder"),
        (["--article", "{art}", "--out", "{root}/figures/sub"], "inside the committed figures"),
    ],
)
def test_bad_parameters_are_one_line_exit_2(project, capsys, extra, message):
    root, nb, art = project
    argv = ["figures", "--notebooks", str(nb), *[a.format(root=root, art=art) for a in extra]]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert list((root / "figures").iterdir()) == []


@pytest.mark.parametrize("value", ["0", "-5"])
def test_a_timeout_below_one_second_is_refused(project, capsys, value):
    """QA pass 11, L8: ``--timeout 0`` silently meant no timeout at all."""
    root, nb, _ = project
    with pytest.raises(SystemExit) as exc:
        main(["figures", "--notebooks", str(nb), "--timeout", value])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--timeout: must be at least 1" in err[0], err
    assert list((root / "figures").iterdir()) == []


def test_a_refused_run_leaves_no_empty_output_folder(project, capsys):
    root, nb, art = project
    out = root / "x"
    argv = ["figures", "--notebooks", str(nb), "--article", str(art), "--out", str(out)]
    assert main([*argv, "-p", "NOPE=1"]) == 2
    assert not out.exists()


def test_the_notebooks_are_found_from_any_folder(project, monkeypatch, tmp_path):
    from framing.cli import figures
    from framing.core.errors import InputError

    root, nb, _ = project
    monkeypatch.chdir(root)
    assert figures.notebooks_folder(None) == figures.Path("notebooks")  # ./notebooks first
    assert figures.notebooks_folder(str(nb)) == nb
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    found = figures.notebooks_folder(None)  # the checkout's, beside src/
    assert found.name == "notebooks" and any(found.glob("02-*.py"))
    monkeypatch.setattr(figures, "__file__", str(tmp_path / "x" / "a" / "b" / "c" / "f.py"))
    with pytest.raises(InputError, match="pass --notebooks DIR"):
        figures.notebooks_folder(None)


def test_article_only_notebooks_say_what_they_leave_out(project, capsys):
    root, nb, art = project
    src = (nb / "01-about.py").read_text()
    (nb / "01-about.py").write_text(
        src.replace("N = 2\n", "N = 2\nARTICLE_ONLY = False  # True: only the figures about it\n")
    )
    argv = ["figures", "--notebooks", str(nb), "--article", str(art), "--out", str(root / "o")]
    assert main(argv) == 0
    assert "01-about.py makes only the figures about it" in capsys.readouterr().err
