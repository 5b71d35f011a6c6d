"""Open the report in headless Chromium: no console errors, JS ran, toggles work, not blank.

Skipped only when Chromium is missing and ``CI`` is unset; in CI it must run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from framing.present.report import render_report
from tests.present.conftest import ARTICLE

pytestmark = pytest.mark.slow
CHROMIUM = (
    shutil.which("chromium")
    or shutil.which("chromium-browser")
    or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
)
if CHROMIUM is None and not os.environ.get("CI"):
    pytest.skip(
        "chromium is not installed (CI installs it; apt-get install chromium)",
        allow_module_level=True,
    )

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
    "--virtual-time-budget=3000",
]


def chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    assert CHROMIUM, "chromium is required in CI (apt-get install chromium)"
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)


def console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if re.search(r"CONSOLE[:(]", line)]


@pytest.fixture(scope="module")
def report(tmp_path_factory, analysis) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report(ARTICLE, analysis), encoding="utf-8")
    return path


def test_console_errors_are_detected(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body><script>undefinedFunction();</script></body></html>")
    assert console(chromium(tmp_path, bad.as_uri(), "--dump-dom").stderr)


def test_loads_without_console_errors(tmp_path, report):
    run = chromium(tmp_path, report.as_uri(), "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    assert console(run.stderr) == []
    dom = run.stdout
    assert 'data-ready="1"' in dom  # report.js ran to the end
    assert re.search(r'class="hl c-hedge p\d', dom)
    assert not re.search(r'class="hl [^"]* off"', dom)


def test_fragment_hides_a_layer(tmp_path, report):
    run = chromium(tmp_path, report.as_uri() + "#off=hedge", "--dump-dom")
    assert console(run.stderr) == []
    classes = re.findall(r'class="(hl c-[a-z_]+[^"]*)"', run.stdout)
    assert all(("off" in c) == ("c-hedge" in c) for c in classes)
    assert any("c-hedge" in c for c in classes)


def test_screenshot_is_not_blank(tmp_path, report):
    from PIL import Image

    shot = tmp_path / "shot.png"
    run = chromium(tmp_path, report.as_uri(), f"--screenshot={shot}", "--window-size=1000,900")
    assert shot.exists(), run.stderr[-2000:]
    with Image.open(shot) as im:
        colors = im.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colors is not None and len(colors) > 50
