"""Packaging facts: dependency lists agree, the console script and version work."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

import framing

ROOT = Path(__file__).resolve().parents[1]
# conda-forge spells a few PyPI names differently.
CONDA_NAMES = {"dask[dataframe]": "dask", "jupyter-client": "jupyter_client"}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ ;]", requirement.strip(), maxsplit=1)[0].lower()


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, ver = line.partition("==")
            assert ver, f"not an exact pin: {line}"
            pins[name.lower().replace("_", "-")] = ver
    return pins


def _pyproject(*groups: str) -> dict[str, str]:
    """conda name → exact version (constraints.txt) of the runtime deps or the given extras."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = (
        project["dependencies"]
        if not groups
        else [r for g in groups for r in project["optional-dependencies"][g]]
    )
    pins = _pins()
    out = {}
    for r in reqs:
        name = _name(r)
        out[CONDA_NAMES.get(name, name)] = pins.get(re.sub(r"\[.*\]", "", name).replace("_", "-"))
    return out


def _environment(path: str) -> dict[str, str]:
    """name → version pinned with ``==`` in a conda environment file (pip section included)."""
    env = yaml.safe_load((ROOT / path).read_text())
    out = {}
    for dep in env["dependencies"]:
        for d in dep["pip"] if isinstance(dep, dict) else [dep]:
            if d.startswith("-e") or _name(d) in {"python", "pip"}:
                continue
            name, _, ver = d.partition("==")
            out[name.strip().lower()] = ver.strip() or None
    return out


def test_environment_yml_pins_the_runtime_versions_of_constraints():
    assert _environment("environment.yml") == _pyproject()


def test_environment_dev_yml_pins_the_dev_and_docs_tools():
    assert _environment("environment-dev.yml") == _pyproject("dev", "docs")


def test_constraints_pin_every_dependency_exactly():
    pins = _pins()
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = data["optional-dependencies"]
    for req in data["dependencies"] + extras["dev"] + extras["docs"]:
        name = re.sub(r"\[.*\]", "", _name(req)).replace("_", "-")
        assert name in pins, f"{name} has no exact version in constraints.txt"


def test_version_flag():
    out = subprocess.run(
        [sys.executable, "-m", "framing.cli", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert out.stdout.strip() == f"framing {framing.__version__}"


def test_help_lists_commands():
    out = subprocess.run(
        [sys.executable, "-m", "framing.cli", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0 and "usage: framing" in out.stdout


def test_unknown_command_is_one_line_exit_2():
    out = subprocess.run(
        [sys.executable, "-m", "framing.cli", "frobnicate"], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert out.stderr.strip().count("\n") == 0


def test_no_machine_paths_in_repository():
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    offenders = []
    for rel in tracked:
        path = ROOT / rel
        if path.suffix in {".png", ".parquet"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if re.search(r"/work/main|/root/|/home/\w+/|/tmp/pytest", text):
            offenders.append(rel)
    assert offenders == [] or offenders == ["tests/test_packaging.py"]


def test_every_data_file_of_the_package_is_declared_package_data():
    """A file under src/framing that is not Python must match a package-data glob, or a wheel
    would ship without it (as the validation data once did)."""
    from fnmatch import fnmatch

    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["framing"]
    pkg = ROOT / "src" / "framing"
    tracked = subprocess.run(
        ["git", "ls-files", "src/framing"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    data = [p for p in tracked if not p.endswith(".py")]
    assert data, "no package data found"
    missing = [
        p
        for p in data
        if not any(fnmatch(str(Path(p).relative_to("src/framing")), g) for g in globs)
    ]
    assert missing == []
    assert (pkg / "stats" / "validation_data" / "expected.yaml").is_file()


def test_build_backend_supports_pep_639_license():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert isinstance(data["project"]["license"], str)  # SPDX expression (PEP 639)
    assert any(r.startswith("setuptools>=77") for r in data["build-system"]["requires"])


def test_no_test_skips_on_an_import_of_the_project():
    """``pytest.importorskip`` of framing's own modules would turn an import error into a skip."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "tests").rglob("*.py")
        if re.search(r"importorskip\(\s*['\"]framing", p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def _ranges() -> dict[str, object]:
    """name → SpecifierSet of the runtime dependencies in pyproject.toml."""
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return {Requirement(r).name.lower(): Requirement(r).specifier for r in project["dependencies"]}


def test_the_pinned_versions_are_inside_the_declared_ranges():
    pins = _pins()
    for name, spec in _ranges().items():
        assert spec.contains(pins[name], prereleases=True), f"{name}=={pins[name]} not in {spec}"


#: Releases built against NumPy 1 whose metadata does not say ``numpy<2``: a resolver installs
#: them beside numpy 2 and the import fails (pyarrow 14.0.2 with numpy 2.0.2: "ImportError:
#: numpy.core.multiarray failed to import"). pyarrow 15.0.2, pandas 2.2.1, scipy 1.12.0 and
#: matplotlib 3.8.3 declare ``numpy<2``, so no resolver pairs them with numpy 2.
NUMPY_1_ONLY_UNCAPPED = {"pyarrow": "14.0.2"}


def test_every_admitted_pair_with_numpy_2_works():
    """pyarrow>=14 and numpy>=1.26 admitted pyarrow 14 with numpy 2, which fails at import."""
    ranges = _ranges()
    assert ranges["numpy"].contains("2.0.0")
    for name, old in NUMPY_1_ONLY_UNCAPPED.items():
        assert not ranges[name].contains(old), f"{name}{ranges[name]} admits {old}"
