"""Run the numbered notebooks headlessly (``framing figures``).

Decision: notebooks are committed as jupytext *percent* scripts ``notebooks/NN-name.py``
(reviewable diffs, never outputs). :func:`run_notebooks` converts each script to a notebook in
memory, executes it with papermill in a kernel started with **this** interpreter
(``sys.executable -m ipykernel_launcher``, whatever kernelspecs are installed) and working
directory ``notebooks/``, and writes the executed notebook to ``build/notebooks/`` (gitignored).
Figures go to ``figures/`` through :func:`framing.present.saving.save_figure`, file by file; each
call records the figure in the manifest (:mod:`framing.present.manifest`).

The kernel gets ``FRAMING_FIGURES_DIR`` (where ``save_figure`` writes), ``FRAMING_NOTEBOOK``
(recorded in the manifest), ``MPLBACKEND=Agg``, ``PYTHONHASHSEED=0`` and ``FRAMING_QUIET=1``.
A failing cell is reported as one line naming the notebook, cell and line. A notebook whose
parameters cell is tagged ``needs-date`` or ``needs-window`` is checked before any notebook
runs (:func:`check_dates`), so that an undated article stops the run at once, not after the
notebooks before it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from framing.core.errors import FramingError, FramingWarning, InputError
from framing.core.progress import is_quiet
from framing.data.article import read_article
from framing.data.datasets import article_dates
from framing.present.manifest import prune_manifest, write_manifest

NOTEBOOK_RE = re.compile(r"^(?P<num>\d{2})-[A-Za-z0-9_-]+\.py\Z")


KERNEL_NAME = "framing-current-python"


_CELL_MARKER = re.compile(r"^# %%(?!%)")


class NotebookFailed(FramingError):
    """A notebook cell raised; reported as one line, exit status 1."""

    exit_code = 1


def discover(notebooks: str | os.PathLike, only: Sequence[str] | None = None) -> list[Path]:
    """The ``NN-name.py`` scripts of ``notebooks`` in numbered order (``only``: keep these NN).

    Raises
    ------
    InputError
        If the folder is missing or ``only`` matches nothing.
    """
    folder = Path(notebooks)
    if not folder.is_dir():
        raise InputError(f"{folder}: notebooks folder does not exist")
    found = sorted((p for p in folder.iterdir() if NOTEBOOK_RE.match(p.name)), key=lambda p: p.name)
    if only:
        wanted = {str(n).zfill(2) for n in only}
        found = [p for p in found if NOTEBOOK_RE.match(p.name)["num"] in wanted]
        if not found:
            raise InputError(
                f"{folder}: no notebook numbered {', '.join(sorted(wanted))} (NN-name.py)"
            )
    return found


def parameter_comment(path: str | os.PathLike, name: str) -> str:
    """The comment after parameter ``name``'s assignment in a notebook script (``''`` if none):
    what the parameter does, in the notebook's own words."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{name} =") and "#" in line:
            return line.split("#", 1)[1].strip()
    return ""


def notebook_parameters(path: str | os.PathLike) -> dict[str, object]:
    """Names and default values of the ``parameters`` cell of a notebook script (papermill).

    Values that are not literals (e.g. ``keyness.DEFAULT_PRIOR_SCALE``) are given as their
    source text.
    """
    return _declared(_parameter_cells(path))


def _parameter_cells(path: str | os.PathLike) -> list:
    """The cells tagged ``parameters`` of a notebook script, in order (the one parse of the
    script that :func:`notebook_parameters` and :func:`notebook_needs` read)."""
    import jupytext

    nb = jupytext.reads(Path(path).read_text(encoding="utf-8"), fmt="py:percent")
    return [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]


def _declared(cells: Sequence) -> dict[str, object]:
    """The names and default values assigned in the parameters ``cells``."""
    import ast

    out: dict[str, object] = {}
    for cell in cells:
        for node in ast.parse(cell.source).body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        try:
                            out[target.id] = ast.literal_eval(node.value)
                        except ValueError:
                            out[target.id] = ast.get_source_segment(cell.source, node.value)
    return out


#: tags of a parameters cell saying what the notebook needs of the article's date
#: (:func:`framing.data.datasets.article_dates`): a date, or a war window around it
NEEDS_TAGS = {"needs-date": "date", "needs-window": "window"}


def notebook_needs(path: str | os.PathLike) -> str | None:
    """What a notebook needs of the article's date: ``"date"`` or ``"window"`` when its
    parameters cell is tagged ``needs-date`` or ``needs-window`` (:data:`NEEDS_TAGS`), else
    None."""
    return _needs(_parameter_cells(path))


def _needs(cells: Sequence) -> str | None:
    """What the first of the parameters ``cells`` says the notebook needs (see above)."""
    tags = cells[0].metadata.get("tags", []) if cells else []
    return next((NEEDS_TAGS[t] for t in tags if t in NEEDS_TAGS), None)


def check_dates(
    scripts: Sequence[Path],
    parameters: Mapping[str, object],
    cells: Mapping[Path, Sequence] | None = None,
) -> None:
    """Refuse, before any notebook runs, a run in which a notebook would stop for want of a
    date: the check of :func:`framing.data.datasets.article_dates` that the notebook makes
    itself, on the ``DATE``, ``WINDOW`` and article (``ARTICLE``, ``META``, ``TITLE_LINE``)
    it would get from ``parameters`` or its defaults (paths relative to its folder, as the
    kernel runs there).

    Raises
    ------
    InputError
        The notebook's own message, naming the notebook and the ``--only`` that leaves it out.

    ``cells``: each script's parameters cells when the caller has parsed them already.
    """
    cells = cells or {}
    problems = {
        s: _date_problem(s, parameters, cells[s] if s in cells else _parameter_cells(s))
        for s in scripts
    }
    failing = [(s, p) for s, p in problems.items() if p]
    if not failing:
        return
    script, problem = failing[0]
    others = [s.name[:2] for s, p in problems.items() if not p]
    skip = f"; or leave it out: --only {','.join(others)}" if others else ""
    raise InputError(f"{script.name}: {problem} (-p NAME=VALUE){skip}")


def _date_problem(script: Path, parameters: Mapping[str, object], cells: Sequence) -> str:
    """Why ``script`` (its parameters ``cells``) would stop for want of a date ('' when it
    would not)."""
    needs = _needs(cells)
    if needs is None:
        return ""
    declared = _declared(cells)
    p = {**declared, **{k: v for k, v in parameters.items() if k in declared}}  # as run_notebook
    date = p.get("DATE") or (_article_date(script.parent, p) if p.get("ARTICLE") else None)
    try:
        article_dates(date, p.get("WINDOW"), needs)
    except InputError as exc:
        return str(exc)
    return ""


def _article_date(folder: Path, parameters: Mapping[str, object]):
    """The date of the notebook's article (read quietly: the CLI or the notebook warns)."""
    import warnings

    meta = parameters.get("META")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FramingWarning)
        art = read_article(
            folder / str(parameters["ARTICLE"]),
            title_line=bool(parameters.get("TITLE_LINE")),
            meta=folder / str(meta) if meta else None,
            check=False,
        )
    return art.date


def check_notebook_format(path: str | os.PathLike) -> list[str]:
    """Problems of one committed notebook script (empty list when it is well-formed).

    A notebook must be a jupytext percent script with a cell tagged ``parameters`` and a
    markdown cell titled "Inputs and outputs".
    """
    import jupytext

    p = Path(path)
    text = p.read_text(encoding="utf-8")
    problems = []
    if not re.search(r"^#\s+format_name:\s*percent\s*$", text, re.MULTILINE):
        problems.append("no jupytext percent header (format_name: percent)")
    nb = jupytext.reads(text, fmt="py:percent")
    if not any("parameters" in c.metadata.get("tags", []) for c in nb.cells):
        problems.append('no cell tagged "parameters" (# %% tags=["parameters"])')
    if not any(
        c.cell_type == "markdown" and re.search(r"^#+\s*Inputs and outputs", c.source, re.M | re.I)
        for c in nb.cells
    ):
        problems.append('no markdown cell with a heading "Inputs and outputs"')
    return problems


def _kernel_manager_class():
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    class CurrentPythonKernelManager(AsyncKernelManager):
        """Start ipykernel with the interpreter running ``framing``, ignoring kernelspecs."""

        @property
        def kernel_spec(self) -> KernelSpec:
            return KernelSpec(
                argv=[
                    sys.executable,
                    "-m",
                    "ipykernel_launcher",
                    "-f",
                    "{connection_file}",
                    "--IPKernelApp.log_level=CRITICAL",
                ],
                display_name=f"Python ({sys.executable})",
                language="python",
                resource_dir="",
            )

    return CurrentPythonKernelManager


@contextlib.contextmanager
def _environ(**values: str) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _cell_lines(text: str) -> list[int]:
    """1-based line numbers of the percent cell markers of a script."""
    return [i for i, line in enumerate(text.splitlines(), 1) if _CELL_MARKER.match(line)]


def _load(path: Path):
    import jupytext

    text = path.read_text(encoding="utf-8")
    nb = jupytext.reads(text, fmt="py:percent")
    markers = _cell_lines(text)
    offset = len(nb.cells) - len(markers)  # a preamble cell before the first marker
    for i, cell in enumerate(nb.cells):
        cell.metadata["framing"] = {"cell": i + 1}
        j = i - offset
        if 0 <= j < len(markers):
            cell.metadata["framing"]["line"] = markers[j]
    nb.metadata["kernelspec"] = {
        "name": KERNEL_NAME,
        "display_name": "Python (framing)",
        "language": "python",
    }
    return nb


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _line_in_cell(output: Mapping, count: int | None) -> int:
    """Line of the failing statement within its cell (from IPython's "Cell In[N], line K")."""
    tb = _ANSI.sub("", "\n".join(output.get("traceback", [])))
    hits = [(int(n), int(k)) for n, k in re.findall(r"Cell In\[(\d+)\], line (\d+)", tb)]
    lines = [k for n, k in hits if count is None or n == count]
    return lines[-1] if lines else 0


def _failure(nb, script: Path, out: Path) -> str:
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error":
                info = cell.metadata.get("framing", {})
                where = f"cell {info.get('cell', '?')}"
                if "line" in info:
                    where += (
                        f" (line {info['line'] + _line_in_cell(o, cell.get('execution_count'))})"
                    )
                evalue = " ".join(str(o.get("evalue", "")).split())
                last = (
                    f"{o.get('ename', 'Error')}: {evalue}"
                    if evalue
                    else str(o.get("ename", "Error"))
                )
                return f"{script.name}: {where} failed: {last} (executed notebook: {out})"
    return f"{script.name}: execution failed (executed notebook: {out})"


#: The starts of jupyter_client's messages for a kernel that never became ready.
KERNEL_START_FAILURES = ("Kernel didn't respond", "Kernel died before replying")


def _kernel_did_not_start(script: Path, exc: RuntimeError) -> str:
    """The one-line error for a kernel that did not start, naming what to check."""
    return (
        f"{script.name}: the notebook kernel did not start ({exc}); check that "
        f"`{Path(sys.executable).name} -m ipykernel_launcher` runs in this environment and that "
        "the loopback interface (127.0.0.1) is up; on a busy machine, run again"
    )


def run_notebook(
    script: Path,
    figdir: Path,
    build: Path,
    timeout: int | None = 1800,
    quiet: bool = False,
    extra_env: Mapping[str, str] | None = None,
    parameters: Mapping[str, object] | None = None,
    declared: Mapping[str, object] | None = None,
) -> Path:
    """Execute one percent script; return the executed notebook's path.

    ``parameters`` are injected after the ``parameters`` cell (papermill); only those the
    notebook declares (``declared``: its :func:`notebook_parameters`, if known) are passed.

    Raises
    ------
    NotebookFailed
        Naming the script, the cell (and its line) and the exception's last line.
    """
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    logging.getLogger("papermill").setLevel(logging.ERROR)
    nb = _load(script)
    declared = notebook_parameters(script) if declared is None else declared
    params = {k: v for k, v in (parameters or {}).items() if k in declared}
    out = build / (script.stem + ".ipynb")
    tmp = build / f".{script.stem}.part.ipynb"
    env = {
        "FRAMING_FIGURES_DIR": str(figdir.resolve()),
        "FRAMING_NOTEBOOK": script.name,
        "FRAMING_QUIET": "1",
        "MPLBACKEND": "Agg",
        "PYTHONHASHSEED": "0",
        **(extra_env or {}),
    }
    bar = (
        False
        if quiet
        else {"desc": f"  {script.stem}", "unit": "cell", "file": sys.stderr, "leave": False}
    )
    try:
        with _environ(**env):
            papermill.execute_notebook(
                nb,
                str(tmp),
                kernel_name=KERNEL_NAME,
                language="python",
                progress_bar=bar,
                request_save_on_cell_execute=False,
                cwd=str(script.parent),
                execution_timeout=timeout,
                kernel_manager_class=_kernel_manager_class(),
                parameters=params or None,
            )
    except PapermillExecutionError as exc:
        if tmp.exists():
            os.replace(tmp, out)
            raise NotebookFailed(_failure(nbformat.read(out, as_version=4), script, out)) from None
        last = f"{exc.ename}: {' '.join(str(exc.evalue).split())}"
        raise NotebookFailed(f"{script.name}: cell {exc.cell_index + 1} failed: {last}") from None
    except RuntimeError as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if not str(exc).startswith(KERNEL_START_FAILURES):
            raise
        raise NotebookFailed(_kernel_did_not_start(script, exc)) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    os.replace(tmp, out)
    return out


def run_notebooks(
    notebooks: str | os.PathLike = "notebooks",
    figdir: str | os.PathLike = "figures",
    build: str | os.PathLike = "build/notebooks",
    only: Sequence[str] | None = None,
    quiet: bool | None = None,
    timeout: int | None = 1800,
    parameters: Mapping[str, object] | None = None,
    needs: str | None = None,
    implied: Mapping[str, object] | None = None,
) -> list[Path]:
    """Execute the notebooks in numbered order, stopping at the first failing cell.

    ``parameters`` are passed to every notebook that declares them (papermill); a name no
    notebook declares is an :class:`InputError`. ``implied`` parameters (set by ``--article``:
    ``META``, ``TITLE_LINE``, ``ARTICLE_ONLY``) go to the notebooks that declare them, unchecked.
    ``needs`` keeps only the notebooks that declare that parameter (``framing figures
    --article`` runs those that take ``ARTICLE``).
    After a full run (no ``only``, no ``parameters``) manifest records of figures no notebook
    saved are dropped and their files reported on stderr (not deleted). Returns the executed
    notebooks' paths.
    """
    quiet = is_quiet() if quiet is None else quiet
    scripts = discover(notebooks, only)
    cells = {s: _parameter_cells(s) for s in scripts}  # each script's parameters parsed once
    declared = {s: _declared(c) for s, c in cells.items()}
    known = set().union(*declared.values()) if declared else set()
    if needs and scripts and not any(needs in declared[s] for s in scripts):
        names = ", ".join(s.stem for s in scripts)
        raise InputError(
            f"--only {names}: takes no article ({needs}); leave --only out to run the notebooks "
            "that do"
        )
    unknown = sorted(set(parameters or {}) - known)
    if unknown:
        raise InputError(
            f"unknown notebook parameter {unknown[0]!r}; the notebooks take "
            f"{', '.join(sorted(known))}"
        )
    parameters = {**(implied or {}), **(parameters or {})}
    skipped = [s.name for s in scripts if needs and needs not in declared[s]]
    scripts = [s for s in scripts if s.name not in skipped]
    check_dates(scripts, parameters, cells)  # before any notebook runs, not after 01 and 02
    if skipped and not quiet:
        print(
            f"framing figures: skipping {', '.join(skipped)} (no {needs} parameter)",
            file=sys.stderr,
        )
    if parameters.get("ARTICLE_ONLY") and not quiet:  # say which figures are left out
        for s in scripts:
            if "ARTICLE_ONLY" in declared[s]:
                what = parameter_comment(s, "ARTICLE_ONLY").removeprefix("True: ")
                print(f"framing figures: {s.name} makes {what}", file=sys.stderr)
    if not scripts:  # nothing to run: leave figures/ untouched
        print(
            f"framing figures: no notebooks named NN-name.py in {notebooks}; nothing to do",
            file=sys.stderr,
        )
        return []
    figdir, build = Path(figdir), Path(build)
    if not figdir.is_dir():
        raise InputError(f"{figdir}: figures folder does not exist (create it or pass --out)")
    build.mkdir(parents=True, exist_ok=True)
    log = build / ".figures-saved"  # names of the figures the notebooks save; removed after
    log.write_text("", encoding="utf-8")
    done = []
    try:
        for i, script in enumerate(scripts, 1):
            t0 = time.perf_counter()
            if not quiet:
                print(f"[{i}/{len(scripts)}] {script.name}", file=sys.stderr, flush=True)
            done.append(
                run_notebook(
                    script,
                    figdir,
                    build,
                    timeout,
                    quiet,
                    {"FRAMING_FIGURE_LOG": str(log.resolve())},
                    parameters,
                    declared[script],
                )
            )
            if not quiet:
                print(
                    f"[{i}/{len(scripts)}] {script.name} done in {time.perf_counter() - t0:.1f} s",
                    file=sys.stderr,
                    flush=True,
                )
        saved = set(log.read_text(encoding="utf-8").split())
    finally:  # also after a failed notebook or Ctrl-C (QA pass 5, L7)
        log.unlink(missing_ok=True)
    if only or parameters or needs:
        write_manifest(figdir)
    else:
        stale = prune_manifest(figdir, saved, remove_files=True)
        if stale and not quiet:
            print(
                f"framing figures: removed {', '.join(stale)} (no notebook saves them any more)",
                file=sys.stderr,
            )
    return done
