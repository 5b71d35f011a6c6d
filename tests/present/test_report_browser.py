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
    assert re.search(r'class="hl c-hedge[ "]', dom)
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


def _phone_frame(tmp_path: Path, page: str, width: int = 390) -> Path:
    """A page holding the report in a ``width``-pixel iframe (srcdoc: same origin, so the outer
    page can measure it); the outer body records whether the report overflows sideways and
    whether its legend starts collapsed. Headless Chromium will not lay a window out narrower
    than 500 px, an iframe can be."""
    import html

    probe = (
        "var f=document.getElementById('f');f.addEventListener('load',function(){"
        "var w=f.contentWindow,d=f.contentDocument.documentElement,b=document.body;"
        "b.setAttribute('data-width',String(w.innerWidth));"
        "b.setAttribute('data-scroll-width',String(d.scrollWidth));"
        "var g=f.contentDocument.getElementById('legend-box');"
        "b.setAttribute('data-legend-open',String(g.hasAttribute('open')));"
        "var img=f.contentDocument.querySelector('figure img');"
        "b.setAttribute('data-figure-width',String(img?img.getBoundingClientRect().width:0));"
        "var t=f.contentDocument.querySelector('table.sortable');"
        "t.tHead.rows[0].cells[1].click();"  # sort the evidence by category
        "var c=[].map.call(t.tBodies[0].rows,function(r){return r.cells[1].textContent;});"
        "b.setAttribute('data-sorted',c.join('|'));});"
    )
    out = tmp_path / "phone.html"
    out.write_text(
        '<!DOCTYPE html><html><body style="margin:0">'
        f'<iframe id="f" style="border:0;width:{width}px;height:3000px" '
        f'srcdoc="{html.escape(page, quote=True)}"></iframe><script>{probe}</script></body></html>',
        encoding="utf-8",
    )
    return out


def test_legible_on_a_390_pixel_phone(tmp_path, analysis):
    import pandas as pd

    scores = pd.DataFrame({"actor_per_1k": [0.0, 10.0, 300.0], "hedge_per_1k": [1.0, 2.0, 3.0]})
    page = render_report(ARTICLE, analysis, scores=scores, corpus="toy")
    run = chromium(tmp_path, _phone_frame(tmp_path, page).as_uri(), "--dump-dom",
                   "--window-size=800,900")  # fmt: skip
    assert console(run.stderr) == []
    body = re.search(r"<body[^>]*>", run.stdout).group()
    attrs = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body))
    assert attrs["width"] == "390"
    assert int(attrs["scroll-width"]) <= 391  # nothing wider than the phone: tables scroll
    assert attrs["legend-open"] == "false"  # the legend starts collapsed on a phone
    assert float(attrs["figure-width"]) >= 600  # figures keep a legible size (they scroll)
    sorted_labels = attrs["sorted"].split("|")
    assert len(sorted_labels) == len(analysis.matches) + int(
        analysis.quotes["is_scare_quote"].sum()
    )
    assert sorted_labels == sorted(sorted_labels, key=str.lower)  # a click on a header sorts
    shot = tmp_path / "phone.png"
    chromium(tmp_path, _phone_frame(tmp_path, page).as_uri(), f"--screenshot={shot}",
             "--window-size=390,3000")  # fmt: skip
    assert shot.exists()


def test_evidence_link_flashes_its_highlight(tmp_path, report):
    run = chromium(tmp_path, report.as_uri() + "#m-0", "--dump-dom")
    assert console(run.stderr) == []
    assert re.search(r'<span class="hl [^"]*flash[^"]*" id="m-0"', run.stdout)


def test_the_keyboard_moves_through_the_highlights_and_shows_their_tips(tmp_path, analysis):
    # QA pass 25: Tab reaches the text once, the arrow keys move from highlight to highlight,
    # the focused one shows its tip and is described by it; Escape hides the tip
    probe = (
        "document.addEventListener('DOMContentLoaded',function(){"
        "var b=document.body,box=document.getElementById('tipbox'),log=[];"
        "function key(k){document.activeElement.dispatchEvent("
        "new KeyboardEvent('keydown',{key:k,bubbles:true,cancelable:true}));}"
        "function note(){var a=document.activeElement;log.push([a.id,a.getAttribute('tabindex'),"
        "a.getAttribute('aria-describedby'),box.hidden?'':box.textContent].join('~'));}"
        # a window without focus (a loaded CI machine) moves the focus without focus events:
        # give the first highlight the "focusin" a focused window would
        "var first=document.querySelector('.article [tabindex=\"0\"]');first.focus();"
        "if(!document.hasFocus()){first.dispatchEvent(new FocusEvent('focusin',{bubbles:true}));}"
        "note();"
        "key('ArrowRight');note();key('End');note();key('Home');note();key('Escape');note();"
        "b.setAttribute('data-keys',log.join('|'));"
        "b.setAttribute('data-stops',String(document.querySelectorAll("
        "'.article [tabindex=\"0\"]').length));});"
    )
    page = render_report(ARTICLE, analysis, figures=False)
    path = tmp_path / "keys.html"
    path.write_text(page.replace("</body>", f"<script>{probe}</script></body>"), "utf-8")
    run = chromium(tmp_path, path.as_uri(), "--dump-dom")
    assert console(run.stderr) == []
    body = re.search(r"<body[^>]*>", run.stdout).group()
    attrs = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body))
    steps = [s.split("~") for s in attrs["keys"].split("|")]
    ids = [s[0] for s in steps]
    order = re.findall(r'<span class="hl[^"]*" id="(m-\d+)"', page.split('class="article">')[1])
    assert ids == [order[0], order[1], order[-1], order[0], order[0]]
    assert all(s[1] == "0" and s[2].startswith("t") for s in steps)  # roving, described
    assert steps[0][3] and "Hedges" in " ".join(s[3] for s in steps[:4])  # the tip shows
    assert steps[4][3] == ""  # Escape hid it
    assert attrs["stops"] == "1"  # still one stop in the text
