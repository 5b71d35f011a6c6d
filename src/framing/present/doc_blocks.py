"""Generated blocks of the markdown documents: the text between a start and an end marker.

A generator renders a block; :func:`update_block` writes it between the markers (atomically,
only when it changed) and a test compares :func:`generated_block` with the rendering, so a
committed document cannot drift from the data it reports.
"""

from __future__ import annotations

from pathlib import Path

from framing.core.files import atomic_write


def split(doc: str, start: str, end: str, path: str | Path = "document") -> tuple[str, str]:
    """The text up to and including ``start`` and the text from ``end`` on.

    Raises
    ------
    ValueError
        When a marker is missing or the two are out of order.
    """
    i, j = doc.find(start), doc.find(end)
    if i < 0 or j < 0 or j < i:
        raise ValueError(f"{path}: markers {start} ... {end} not found (in that order)")
    return doc[: i + len(start)], doc[j:]


def generated_block(path: str | Path, start: str, end: str) -> str:
    """The text currently between the markers of the document at ``path``."""
    doc = Path(path).read_text(encoding="utf-8")
    head, tail = split(doc, start, end, path)
    return doc[len(head) : len(doc) - len(tail)]


def update_block(path: str | Path, start: str, end: str, body: str) -> bool:
    """Put ``body`` between the markers of ``path``; True when the file changed."""
    path = Path(path)
    doc = path.read_text(encoding="utf-8")
    head, tail = split(doc, start, end, path)
    new = head + body + tail
    if new == doc:
        return False
    atomic_write(path, new)
    return True
