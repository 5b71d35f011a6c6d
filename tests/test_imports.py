"""Imports of the package: at module level, except the lazy ones listed here with their reason.

``framing/cli`` is lazy by design (each command imports the library inside ``run()`` so that
``framing --help`` stays fast, see docs/architecture.md) and is not checked. Everywhere else an
import of a ``framing`` module inside a function needs an entry in :data:`LAZY`: the importing
module, the imported module (or a name in it) and the reason — an import cycle, or a heavy
optional dependency the importing module must not load at import time.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "framing"

#: (importing module, imported module or name) -> why the import stays inside a function.
LAZY: dict[tuple[str, str], str] = {
    ("framing.engine.lexicon", "framing.engine.matcher.glob_regex"): (
        "cycle: engine.matcher imports engine.lexicon (Entry, Lexicon); lexicon check compiles "
        "a glob as the matcher does to find the terms it shadows"
    ),
    ("framing.data.local", "framing.data.corpus"): (
        "cycle: data.corpus imports data.local to resolve the names of registered corpora"
    ),
    ("framing.stats.attribution_audit", "framing.stats.media_audit"): (
        "cycle: stats.media_audit imports stats.attribution_audit; each leaves out the "
        "documents the other's earlier rounds showed"
    ),
    ("framing.stats.attribution_audit", "framing.stats.headline_audit"): (
        "cycle: stats.headline_audit imports stats.attribution_audit; an attribution round "
        "leaves out the headlines the precision rounds showed"
    ),
    ("framing.stats.validation", "framing.stats.official_quote_audit"): (
        "cycle: stats.official_quote_audit imports stats.validation; audited_precision reads "
        "the official scare-quote round through its judged_rows"
    ),
    ("framing.present.tables", "framing.present.report.highlight"): (
        "cycle: importing present.report.highlight runs present/report/__init__, "
        "which imports present.tables"
    ),
    ("framing.present.report", "framing.present.saving"): (
        "heavy dependency: matplotlib is loaded only when a report draws its figures"
    ),
    ("framing.present.report", "framing.present.style"): (
        "heavy dependency: matplotlib is loaded only when a report draws its figures"
    ),
    ("framing.present.report", "framing.present.charts"): (
        "heavy dependency: matplotlib is loaded only when a report draws its figures"
    ),
}

#: Third-party packages that only the functions needing them import (slow to import, or optional).
HEAVY = (
    "matplotlib", "scipy", "dask", "distributed", "papermill", "nbformat", "nbclient",
    "textstat", "vaderSentiment", "nltk", "pooch",
)  # fmt: skip
#: Modules that draw figures and therefore import matplotlib at module level.
#: the plotting modules (a package counts with its modules)
PLOTTING = ("framing.present.charts", "framing.present.style", "framing.present.saving")


def _plotting(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in PLOTTING)


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> list[tuple[str, Path]]:
    return sorted((_module_name(p), p) for p in PACKAGE.rglob("*.py"))


def _function_level_imports(path: Path) -> list[tuple[int, str]]:
    """``(line, imported module or module.name)`` of every ``framing`` import inside a function."""
    found = []
    for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = "." * node.level + (node.module or "")
                targets = [f"{base}.{a.name}" for a in node.names]
            else:
                continue
            found += [(node.lineno, t) for t in targets if t.split(".")[0] in ("framing", "")]
    return sorted(set(found))


def _allowed(module: str, target: str) -> bool:
    return any(m == module and (target == t or target.startswith(t + ".")) for m, t in LAZY)


def _checked() -> list[tuple[str, Path]]:
    return [(m, p) for m, p in _modules() if not m.startswith("framing.cli")]


def test_the_check_sees_the_package_and_lazy_imports():
    mods = dict(_modules())
    assert len(mods) > 80 and "framing.engine.analysis" in mods
    assert "framing.cli.compare" in mods  # present, but lazy by design and not checked
    assert _function_level_imports(mods["framing.cli.compare"])  # the check does see them


def test_framing_imports_are_at_module_level_outside_the_cli():
    bad = [
        f"{p.relative_to(SRC)}:{line}: {target} (move it to module level, or add it to LAZY "
        "with the reason)"
        for module, p in _checked()
        for line, target in _function_level_imports(p)
        if not _allowed(module, target)
    ]
    assert not bad, "\n".join(bad)


def test_every_lazy_entry_is_still_needed():
    seen = {(m, t) for m, p in _checked() for _, t in _function_level_imports(p)}
    stale = [
        (module, name)
        for module, name in LAZY
        if not any(m == module and (t == name or t.startswith(name + ".")) for m, t in seen)
    ]
    assert not stale, f"no longer imported lazily, remove from LAZY: {stale}"


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_every_module_imports_on_its_own():
    """No import cycle, whichever module is imported first (a fresh ``framing`` each time)."""
    names = [m for m, _ in _modules() if not m.endswith("__main__")]
    out = _run(
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    for k in [k for k in sys.modules if k == 'framing' or k.startswith('framing.')]:\n"
        "        del sys.modules[k]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as exc:\n"
        "        print(name, repr(exc))\n"
    )
    assert out == ""


def test_import_framing_loads_nothing_but_the_package():
    """``framing/__init__`` is lazy: the API and the stages load on first use."""
    out = _run("import sys, framing; print(sorted(k for k in sys.modules if 'framing' in k))")
    assert out.strip() == "['framing']"
    assert "pandas" not in _run("import sys, framing; print(sorted(sys.modules))")


@pytest.mark.parametrize("stage", ["core", "engine", "data", "stats", "api", "present"])
def test_modules_load_no_heavy_dependency_at_import(stage):
    names = [
        m
        for m, _ in _modules()
        if m.startswith(f"framing.{stage}") and not m.endswith("__main__") and not _plotting(m)
    ]
    out = _run(
        f"import importlib, sys\nfor n in {names!r}:\n    importlib.import_module(n)\n"
        f"print(sorted({{k.split('.')[0] for k in sys.modules}} & set({HEAVY!r})))"
    )
    assert out.strip() == "[]", f"framing.{stage} loads {out.strip()} at import time"


def test_plotting_modules_are_the_ones_that_load_matplotlib():
    for name in PLOTTING:
        assert "True" in _run(f"import sys, {name}; print('matplotlib' in sys.modules)")
