"""The focal article: parse raw news text into an :class:`Article`.

Raw text of the shape newspapers' "copy text" produces::

    Headline line
    Published: Mar 24, 2022 07:23 PM
    China Russia Photo: VCG          <- photo captions, possibly repeated
    <body paragraphs>
    The author is ...                <- byline

A committed article (``data/article/NAME.txt`` holding only the body, beside ``NAME.yaml``
holding the metadata) is read by :func:`read_article` as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from framing.core.errors import InputError
from framing.core.files import read_text

BEIJING = timezone(timedelta(hours=8), "UTC+08:00")
_PUBLISHED = re.compile(r"^\s*Published:\s*(?P<when>.+?)\s*$", re.IGNORECASE)
_CAPTION = re.compile(r"\bPhoto:\s*\S[^\n]*$")
_BYLINE = re.compile(r"^\s*The (?:author|authors|writer|writers) (?:is|are|was)\b", re.IGNORECASE)
_DATE_FORMATS = (
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y",
    "%B %d, %Y",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
)
MAX_CAPTION_WORDS = 25


@dataclass(frozen=True)
class Article:
    """A parsed article: the body is what metrics are computed on."""

    title: str
    body: str
    published: datetime | None = None
    byline: str | None = None
    captions: tuple[str, ...] = ()
    outlet: str | None = None
    section: str | None = None
    source: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def date(self) -> str | None:
        """Publication date as ``YYYY-MM-DD`` (local to the outlet)."""
        return self.published.date().isoformat() if self.published else None


def parse_published(value: str, tz: timezone = BEIJING) -> datetime | None:
    """Parse a "Published:" value such as ``Mar 24, 2022 07:23 PM`` (outlet-local time)."""
    value = re.sub(r"\s+", " ", value.strip())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=tz)
        except ValueError:
            continue
    return None


def _paragraphs(text: str) -> list[str]:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _is_caption(paragraph: str) -> bool:
    return (
        "\n" not in paragraph
        and bool(_CAPTION.search(paragraph))
        and len(paragraph.split()) <= MAX_CAPTION_WORDS
    )


def parse_article(text: str, tz: timezone = BEIJING) -> Article:
    """Split raw article text into title, publication time, captions, body and byline.

    Raises
    ------
    InputError
        If the text is empty or has no body once title, captions and byline are removed.
    """
    blocks = _paragraphs(text)
    # The header block (title, date, caption) is often separated by single newlines only.
    paragraphs = (
        [line.strip() for line in blocks[0].split("\n") if line.strip()] + blocks[1:]
        if blocks
        else []
    )
    if not paragraphs:
        raise InputError("article text is empty")
    title = paragraphs.pop(0)
    published = None
    extra: dict = {}
    while paragraphs and (m := _PUBLISHED.match(paragraphs[0])) and "\n" not in paragraphs[0]:
        extra["published_raw"] = m.group("when")
        published = parse_published(m.group("when"), tz)
        paragraphs.pop(0)
    captions = tuple(p for p in paragraphs if _is_caption(p))
    paragraphs = [p for p in paragraphs if not _is_caption(p)]
    byline = None
    if paragraphs and _BYLINE.match(paragraphs[-1]) and len(paragraphs[-1].split()) <= 60:
        byline = paragraphs.pop()
    if not paragraphs:
        raise InputError("article has a title but no body text")
    body = "\n\n".join(paragraphs)
    return Article(
        title=title, body=body, published=published, byline=byline, captions=captions, extra=extra
    )


def read_article(path: str | Path, encoding: str | None = None) -> Article:
    """Read an article from ``path``.

    If ``NAME.yaml`` sits beside ``NAME.txt`` the text file is the body and the YAML holds the
    metadata (the layout of ``data/article/``); otherwise the file is parsed as raw article text.
    """
    path = Path(path)
    meta_path = path.with_suffix(".yaml")
    text = read_text(path, encoding)
    if path.suffix == ".txt" and meta_path.exists():
        return _from_metadata(text, meta_path)
    art = parse_article(text)
    return Article(**{**art.__dict__, "source": str(path.name)})


def _from_metadata(body: str, meta_path: Path) -> Article:
    import yaml

    from framing.core import safe_yaml

    try:
        meta = safe_yaml.load(read_text(meta_path)) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{meta_path}: invalid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{meta_path}: metadata must be a mapping (headline, published, ...)")
    if "headline" not in meta:
        raise InputError(f"{meta_path}: metadata has no 'headline'")
    published = meta.get("published")
    if isinstance(published, str):
        published = datetime.fromisoformat(published)
    body = body.lstrip("\ufeff").replace("\r\n", "\n").strip()
    if not body:
        raise InputError(f"{meta_path.with_suffix('.txt')}: article body is empty")
    known = {
        "headline",
        "published",
        "author_line",
        "captions_removed",
        "outlet",
        "section",
        "source",
    }
    return Article(
        title=meta["headline"],
        body=body,
        published=published,
        byline=meta.get("author_line"),
        captions=tuple(meta.get("captions_removed") or ()),
        outlet=meta.get("outlet"),
        section=meta.get("section"),
        source=(meta.get("source") or {}).get("file")
        if isinstance(meta.get("source"), dict)
        else meta.get("source"),
        extra={k: v for k, v in meta.items() if k not in known},
    )
