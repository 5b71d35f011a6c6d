"""``framing figures -p KEY=VALUE`` / ``--article``: parameters reach the notebooks that declare
them, unknown ones and the committed figures folder are refused, nothing else is run."""

from __future__ import annotations

from pathlib import Path

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


def test_dates_are_passed_as_text():
    """QA pass 11: ``-p DATE=2022-03-24`` reached the notebook as a date object, and the run
    ended in ``internal error: TypeError: Object of type date is not JSON serializable``."""
    got = parse_parameters(["DATE=2022-03-24", "WINDOW=[2022-04-01, 2022-06-30]", "N=3"])
    assert got == {"DATE": "2022-03-24", "WINDOW": ["2022-04-01", "2022-06-30"], "N": 3}


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


def _dated_notebook(tag: str, needs: str) -> str:
    return (
        HEADER
        + f"""
# %% tags=["parameters", "{tag}"]
ARTICLE = "default.txt"
META = None
DATE = None
WINDOW = None

# %%
import framing
from framing.data import datasets

article = framing.read_article(ARTICLE, meta=META)
datasets.article_dates(DATE or article.date, WINDOW, needs="{needs}")
open("ran-{needs}.txt", "w").write("yes")
"""
    )


@pytest.fixture()
def dated_project(project):
    root, nb, art = project
    (nb / "01-about.py").write_text(
        TAKES_ARTICLE.replace("from pathlib", 'open("ran-01.txt", "w").write("yes")\nfrom pathlib')
    )
    (nb / "03-window.py").write_text(_dated_notebook("needs-window", "window"))
    (nb / "05-date.py").write_text(_dated_notebook("needs-date", "date"))
    return root, nb, art


@pytest.mark.parametrize(
    ("published", "extra", "message"),
    [
        (None, [], "03-window.py: the article has no date (metadata 'published'): set DATE or "
         "WINDOW (-p NAME=VALUE); or leave it out: --only 01"),
        ("2019-05-10", [], "03-window.py: no Kremlin, President of Ukraine or White House "
         "document between 2019-04-01 and 2019-06-30 (they cover 24 Oct 2021-31 Dec 2022): set "
         "WINDOW, or DATE, within that span (-p NAME=VALUE); or leave it out: --only 01,05"),
        (None, ["--only", "01,05"], "05-date.py: the article has no date (metadata 'published'): "
         "set DATE (-p NAME=VALUE); or leave it out: --only 01"),
        ("2022-03-24", ["-p", "WINDOW=[2019-01-01, 2019-01-31]", "--only", "03"],
         "03-window.py: no Kremlin"),
    ],
)  # fmt: skip
def test_a_notebook_that_would_stop_for_want_of_a_date_is_refused_before_any_runs(
    dated_project, capsys, published, extra, message
):
    """QA pass 11, L5: an undated article, or one outside the official corpora's span, ran
    notebooks 01 and 02 (about 25 s) before notebook 03 stopped; 04 and 05 never ran."""
    root, nb, art = dated_project
    if published:
        (root / "mine.yaml").write_text(f"outlet: Harbour Post\npublished: {published}\n")
    out = root / "out"
    argv = ["figures", "--notebooks", str(nb), "--article", str(art), "--out", str(out), *extra]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert not any(nb.glob("ran-*.txt")) and not out.exists()  # no notebook ran


def test_a_dated_article_or_a_date_given_runs_the_dated_notebooks(dated_project, capsys):
    root, nb, art = dated_project
    argv = ["-q", "figures", "--notebooks", str(nb), "--article", str(art), "--out"]
    assert main([*argv, str(root / "a"), "-p", "DATE=2022-05-10"]) == 0, capsys.readouterr().err
    assert {p.name for p in nb.glob("ran-*.txt")} == {
        "ran-01.txt",
        "ran-window.txt",
        "ran-date.txt",
    }
    for p in nb.glob("ran-*.txt"):
        p.unlink()
    window = ["-p", "WINDOW=[2022-01-01, 2022-01-31]", "--only", "01,03"]  # undated, a window
    assert main([*argv, str(root / "b"), *window]) == 0, capsys.readouterr().err
    assert {p.name for p in nb.glob("ran-*.txt")} == {"ran-01.txt", "ran-window.txt"}


@pytest.mark.parametrize(
    ("date", "window", "needs", "expected"),
    [
        ("2022-03-24", None, "window", ("2022-02-01", "2022-04-30")),
        ("2021-10-01", None, "window", ("2021-09-01", "2021-11-30")),  # overlaps the span
        (None, ["2022-01-01", "2022-01-31"], "window", ("2022-01-01", "2022-01-31")),
        ("2019-05-10", None, "date", None),  # a date outside the span is a date
    ],
)
def test_article_dates(date, window, needs, expected):
    from framing.data.datasets import article_dates

    stamp, got = article_dates(date, window, needs)
    assert got == expected and (stamp is None) == (date is None)


@pytest.mark.parametrize(
    ("date", "window", "needs", "message"),
    [
        (None, None, "date", "set DATE"),
        (None, None, "window", "set DATE or WINDOW"),
        ("2023-02-15", None, "window", "between 2023-01-01 and 2023-03-31"),
        (None, ["2022-05-01", "2022-01-01"], "window", "its start is after its end"),
        (None, "2022-03", "window", "give two dates"),
        (None, ["2022-05-01"], "window", "give two dates"),
        ("soon", None, "date", "not a date"),
    ],
)
def test_article_dates_refused(date, window, needs, message):
    from framing.core.errors import InputError
    from framing.data.datasets import article_dates

    with pytest.raises(InputError, match=message):
        article_dates(date, window, needs)


def test_each_notebook_script_is_parsed_once_for_its_parameters(project, monkeypatch):
    """A run read each script's parameters cell up to four times (the declared names, the
    date check's needs and names, and again before executing it): now once, plus the parse
    that executes it; what reaches papermill is unchanged."""
    import jupytext
    import papermill

    root, nb, _ = project
    (nb / "03-dated.py").write_text(
        HEADER + '\n# %% tags=["parameters", "needs-date"]\nDATE = "2022-03-24"\nN = 1\n\n'
        "# %%\nprint(DATE)\n"
    )
    parses, passed = [], []
    real = jupytext.reads
    monkeypatch.setattr(jupytext, "reads", lambda *a, **k: parses.append(1) or real(*a, **k))

    def execute(nb_, out, parameters=None, **_):
        passed.append(parameters)
        Path(out).write_text("{}")

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    from framing.present.runner import run_notebooks

    done = run_notebooks(nb, root / "figures", root / "build", quiet=True,
                         parameters={"N": 5}, only=["02", "03"])  # fmt: skip
    assert [p.name for p in done] == ["02-other.ipynb", "03-dated.ipynb"]
    assert len(parses) == 2 * 2  # each: its parameters once, the run once
    assert passed == [{"N": 5}, {"N": 5}]
