"""Every relative link and anchor of README.md and docs/*.md resolves (no network).

A link is ``[text](target)`` outside code spans and fenced blocks (a regular expression in a
table cell, ``[^)](?:e|es)``, is no link). A target is a file or folder of the checkout relative to
the page, with an optional ``#anchor`` that must be a heading of that page (GitHub's slug: lower
case, punctuation dropped, spaces as hyphens, ``-1`` for a repeat) or an ``<a id=...>`` in it.
Addresses with a scheme (``https:``, ``mailto:``) are left alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)
CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)
ANCHOR = re.compile(r"<a\s+(?:id|name)=\"([^\"]+)\"", re.I)


def prose(text: str) -> str:
    """``text`` without fenced blocks and code spans (their brackets are no links)."""
    return CODE.sub("", FENCE.sub("", text))


def slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, markup and punctuation dropped, spaces as -."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text.strip().lower())
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """The anchors a page offers: its headings' slugs (repeats numbered) and explicit ids."""
    text = page.read_text(encoding="utf-8")
    seen: dict[str, int] = {}
    found = set(ANCHOR.findall(text))
    for heading in HEADING.findall(FENCE.sub("", text)):
        base = slug(heading)
        n = seen.get(base, 0)
        found.add(base if n == 0 else f"{base}-{n}")
        seen[base] = n + 1
    return found


def links(page: Path) -> list[str]:
    return LINK.findall(prose(page.read_text(encoding="utf-8")))


def broken(page: Path) -> list[str]:
    """The relative links of ``page`` whose file or anchor does not exist."""
    bad = []
    for target in links(page):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
            continue
        path, _, anchor = target.partition("#")
        dest = (page.parent / path).resolve() if path else page
        if not dest.exists():
            bad.append(f"{target} (no file {path})")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            bad.append(f"{target} (no anchor #{anchor} in {dest.name})")
    return bad


def test_the_checker_sees_links_and_catches_bad_ones(tmp_path):
    assert "scaling.md#why-it-is-fast-and-still-exact" in links(ROOT / "docs" / "data.md")
    assert "#lexicon-booster" in links(ROOT / "docs" / "metrics.md")
    assert not any(t.startswith("?:") for t in links(ROOT / "docs" / "metrics.md"))
    assert slug("Why it is fast (and still exact)") == "why-it-is-fast-and-still-exact"
    assert slug("`--jobs N`: worker processes") == "--jobs-n-worker-processes"
    page = tmp_path / "p.md"
    page.write_text(
        "# Top\n\n## Top\n\n[a](#top-1) [b](#nowhere) [c](missing.md) [d](p.md#top)\n"
        "`[e](not-a-link.md)` [f](https://example.org/x#y)\n```\n[g](in-a-fence.md)\n```\n",
        encoding="utf-8",
    )
    assert broken(page) == [
        "#nowhere (no anchor #nowhere in p.md)",
        "missing.md (no file missing.md)",
    ]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_relative_links_resolve(page):
    assert not broken(page), f"{page.relative_to(ROOT)}: broken links {broken(page)}"
