"""docs/architecture.md names every module of the package once, and only entry points that exist.

A module is a ``.py`` file under ``src/framing`` (private ``_x`` modules included), named in the
table by its dotted path below ``framing`` (``engine.text``, ``cli._io``; the package itself is
``framing``). Left out: ``__main__.py`` shims and package ``__init__.py`` files that define no
function or class (they only document or re-export).
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "framing"
DOC = ROOT / "docs" / "architecture.md"
ROW = re.compile(r"^\| `([A-Za-z_.]+)` \| (.+?) \| (.+?) \|$", re.M)


def _defines_something(path: Path) -> bool:
    body = ast.parse(path.read_text(encoding="utf-8")).body
    return any(isinstance(n, ast.FunctionDef | ast.ClassDef) for n in body)


def package_modules() -> list[str]:
    names = []
    for p in sorted(PACKAGE.rglob("*.py")):
        parts = p.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            if not _defines_something(p):
                continue
            parts = parts[:-1]
        names.append(".".join(parts) or "framing")
    return names


def doc_rows() -> list[tuple[str, str, str]]:
    section = DOC.read_text(encoding="utf-8").split("## Module contracts", 1)[1]
    section = section.split("\n## ", 1)[0]
    return ROW.findall(section)


def _import(name: str):
    return importlib.import_module(name if name == "framing" else f"framing.{name}")


def test_the_table_is_found_and_the_rule_sees_the_package():
    mods = package_modules()
    assert {"framing", "engine.text", "cli._io", "data.registry", "present.report"} <= set(mods)
    assert "stats" not in mods and "cli.__main__" not in mods  # re-exports only; a shim
    assert len(doc_rows()) > 60


def test_every_module_has_one_row_and_every_row_is_a_module():
    named = [name for name, _, _ in doc_rows()]
    missing = sorted(set(package_modules()) - set(named))
    unknown = sorted(set(named) - set(package_modules()))
    twice = sorted({n for n in named if named.count(n) > 1})
    assert not missing, f"modules without a row in docs/architecture.md: {missing}"
    assert not unknown, f"rows of docs/architecture.md naming no module: {unknown}"
    assert not twice, f"modules with more than one row: {twice}"


@pytest.mark.parametrize("name,job,entries", doc_rows(), ids=[r[0] for r in doc_rows()])
def test_entry_points_exist(name, job, entries):
    module = _import(name)
    listed = re.findall(r"`([A-Za-z_][A-Za-z_0-9.]*)`", entries)
    assert listed, f"{name}: no entry point listed"
    for dotted in listed:
        obj = module
        for attr in dotted.split("."):
            assert hasattr(obj, attr), f"{name}: `{dotted}` does not exist"
            obj = getattr(obj, attr)


def test_the_lexicon_file_example_passes_lexicon_check(tmp_path):
    """The schema example of "Lexicon files" is a valid file (QA pass 7: it had invalid YAML
    and a stance id declared as a frame)."""
    from framing.engine.lexicon import check_lexicons

    text = DOC.read_text(encoding="utf-8")
    start = text.index("```yaml", text.index("## Lexicon files")) + len("```yaml\n")
    example = tmp_path / "example.yaml"
    example.write_text(text[start : text.index("```", start)], encoding="utf-8")
    problems = check_lexicons([example])
    assert not [p for p in problems if p.severity == "error"], problems
