"""The focal article: parse raw news text into an :class:`Article`.

Raw text of the shape newspapers' "copy text" produces::

    Headline line
    Published: Mar 24, 2022 07:23 PM
    China Russia Photo: VCG          <- photo captions, possibly repeated
    <body paragraphs>
    The author is ...                <- byline

A committed article (``data/article/NAME.txt`` holding only the body, beside ``NAME.yaml``
holding the metadata) is read by :func:`read_article` as well.

**The title rule** (the same for every command and function that reads a ``.txt``, see
:func:`read_txt`): the title comes from metadata (``NAME.yaml`` beside ``NAME.txt``, or a
metadata file given explicitly) or, with ``title_line=True``, from the first line of the text (the
copy-text layout above is then parsed). Otherwise the whole file is the body and the article has
no title: a first paragraph is never dropped silently. :attr:`Article.title_source` records which
rule applied.
"""

from __future__ import annotations

import contextlib
import os
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from framing.core import safe_yaml
from framing.core.errors import FramingWarning, InputError
from framing.core.files import read_text
from framing.engine.invisible import INVISIBLE
from framing.engine.language import check_text

BEIJING = timezone(timedelta(hours=8), "UTC+08:00")
_PUBLISHED = re.compile(r"^\s*Published:\s*(?P<when>.+?)\s*$", re.IGNORECASE)
_CAPTION = re.compile(r"\bPhoto:\s*\S[^\n]*$")
_BYLINE = re.compile(r"^\s*The (?:author|authors|writer|writers) (?:is|are|was)\b", re.IGNORECASE)
_DATE_FORMATS = (
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y",
    "%B %d, %Y",
    "%Y-%m-%d %I:%M %p",
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
    #: Where the title came from: ``"metadata"``, ``"title line"`` or ``"none"`` (whole text
    #: analysed).
    title_source: str = "none"

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
        title=title,
        body=body,
        published=published,
        byline=byline,
        captions=captions,
        extra=extra,
        title_source="title line",
    )


def looks_like_copy_text(text: str) -> bool:
    """True when line 2 of ``text`` is a ``Published:`` line (a headline above it)."""
    lines = [x for x in text.lstrip("\ufeff").splitlines() if x.strip()]
    return len(lines) > 2 and bool(_PUBLISHED.match(lines[1]))


def metadata_path(path: str | os.PathLike) -> Path | None:
    """``NAME.yaml`` beside ``NAME.txt`` if it exists (the layout of ``data/article/``)."""
    p = Path(path)
    meta = p.with_suffix(".yaml")
    return meta if p.suffix.lower() == ".txt" and meta.is_file() else None


def read_txt(
    path: str | os.PathLike,
    encoding: str | None = None,
    title_line: bool = False,
    meta: str | os.PathLike | Mapping | None = None,
    allow_empty: bool = False,
) -> Article:
    """Read one text file by the title rule of this module.

    Parameters
    ----------
    path
        A text file.
    encoding
        Text encoding (default UTF-8 with or without BOM).
    title_line
        Take the first line as the headline and parse the copy-text layout (``Published:``
        line, photo captions, closing author line).
    meta
        Metadata (a YAML file or a mapping: ``headline``/``title``, ``outlet``,
        ``published``/``date``, ``section``, ``author_line``); default ``NAME.yaml`` beside
        ``NAME.txt`` when it exists.
    allow_empty
        Return an empty body for an empty file (a corpus document) instead of raising.

    Raises
    ------
    InputError
        Unreadable or empty file, invalid metadata, a title line without a body.
    """
    p = Path(path)
    text = read_text(p, encoding)
    meta = meta if meta is not None else metadata_path(p)
    return article_from_text(text, p, title_line, meta, allow_empty)


def article_from_text(
    text: str,
    p: Path,
    title_line: bool = False,
    meta: str | os.PathLike | Mapping | None = None,
    allow_empty: bool = False,
    kind: str = "file",
) -> Article:
    """The :class:`Article` of ``text`` read from ``p`` (a file, or ``stdin``) by the title
    rule (:func:`read_txt`, which reads the file and finds ``NAME.yaml``); ``kind`` names the
    input in the error for an empty text (``file``, ``input``)."""
    if meta is not None:
        data = _read_meta(meta) if not isinstance(meta, Mapping) else dict(meta)
        where = str(meta) if not isinstance(meta, Mapping) else "metadata"
        if title_line:
            art = _parse_or_explain(text, p)
            return _with_metadata(art.body, data, where, p, base=art)
        return _with_metadata(text, data, where, p)
    if title_line:
        art = _parse_or_explain(text, p)
        return replace(art, source=p.name)
    body = text.lstrip("\ufeff")  # as in the file: match offsets are file offsets
    if not _visible(body) and not allow_empty:
        raise InputError(f"{p}: the {kind} is empty or whitespace only; nothing to analyse")
    return Article(title="", body=body, source=p.name, title_source="none")


def _parse_or_explain(text: str, p: Path) -> Article:
    try:
        return parse_article(text)
    except InputError as exc:
        raise InputError(f"{p}: {exc} (read with --title-line / title_line=True)") from None


def _visible(text: str) -> bool:
    """Whether ``text`` has a character that shows: not only spaces and invisible characters
    (zero-width space, soft hyphen, word joiner, BOM: :data:`framing.engine.invisible.INVISIBLE`)."""
    return bool(text.translate(_HIDDEN).strip())


def read_article(
    path: str | os.PathLike,
    encoding: str | None = None,
    title_line: bool = False,
    meta: str | os.PathLike | Mapping | None = None,
    check: bool = True,
) -> Article:
    """Read an article from ``path`` by the title rule of this module (see :func:`read_txt`).

    If ``NAME.yaml`` sits beside ``NAME.txt`` the text file is the body and the YAML holds the
    metadata (the layout of ``data/article/``); with ``title_line`` the file is parsed as raw
    copy text (headline, ``Published:``, captions, body, byline); otherwise the whole file is
    the body. With ``check`` (default) the body is checked as every command checks it
    (:func:`check_article`): HTML blanked out, warnings for HTML, non-English text and copy
    text read without ``title_line``.
    """
    art = read_txt(path, encoding=encoding, title_line=title_line, meta=meta)
    return check_article(art, path, encoding) if check else art


def check_article(
    art: Article, path: str | os.PathLike, encoding: str | None = None, raw: str | None = None
) -> Article:
    """``art`` with HTML in its body blanked out (offsets kept), and a
    :class:`~framing.core.errors.FramingWarning` for HTML, for non-English text and for a file
    that looks like copy text (a ``Published:`` line) read without ``title_line``: one article
    gives one set of numbers in ``profile``, ``report``, ``compare`` and the notebooks. ``raw``
    is the text as read (standard input, which cannot be read again); else ``path`` is read."""
    p = Path(path)
    if art.title_source == "none":
        if raw is None:
            with warnings.catch_warnings():  # read again: its warnings were given by read_txt
                warnings.simplefilter("ignore", FramingWarning)
                raw = read_text(p, encoding)
        if looks_like_copy_text(raw):
            _warn(
                f"{p}: line 2 is a 'Published:' line, so line 1 looks like a headline; it is "
                "analysed as text (pass --title-line, title_line=True, to take it as the title)"
            )
    c = check_text(art.body)
    if c.is_html:
        _warn(f"{p}: looks like HTML; tags, scripts and styles were blanked out (offsets kept)")
    if c.low_coverage:
        _warn(
            f"{p}: looks non-English: {c.coverage:.0%} of {c.n_words} words are English function "
            "words (low_coverage); the lexicons are English, so rates are near zero for that reason"
        )
    extra = {**art.extra, "html_blanked": True} if c.is_html else art.extra
    return replace(art, body=c.text, extra=extra)


def _warn(message: str) -> None:
    warnings.warn(message, FramingWarning, stacklevel=4)


def _read_meta(meta_path: str | os.PathLike) -> dict:
    import yaml

    meta_path = Path(meta_path)
    try:
        data = safe_yaml.load(read_text(meta_path)) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{meta_path}: invalid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise InputError(f"{meta_path}: metadata must be a mapping of keys to values")
    return data


_HIDDEN = dict.fromkeys(map(ord, INVISIBLE))

_KNOWN_META = {
    "headline",
    "title",
    "published",
    "date",
    "author_line",
    "captions_removed",
    "outlet",
    "section",
    "source",
}


def _published(value, where: str) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    parsed = None
    with contextlib.suppress(ValueError):
        parsed = datetime.fromisoformat(str(value))
    parsed = parsed or parse_published(str(value), tz=None)
    if parsed is None:
        raise InputError(f"{where}: cannot read the date {value!r}; use YYYY-MM-DD")
    return parsed


#: Metadata fields that hold one piece of text.
_TEXT_META = ("headline", "title", "author_line", "outlet", "section")


def _check_meta(meta: dict, where: str) -> None:
    """:class:`InputError` for a text field given as a list or mapping; a
    :class:`~framing.core.errors.FramingWarning` for a key that looks like a misspelt known one
    (``publishd``): other keys are the user's own and are kept in ``extra``."""
    import difflib

    for key in _TEXT_META:
        value = meta.get(key)
        if isinstance(value, list | dict | set | tuple):
            kind = "a mapping" if isinstance(value, dict) else "a list"
            raise InputError(f"{where}: {key!r} must be text, got {kind}")
    for key in meta:
        if key in _KNOWN_META or not isinstance(key, str):
            continue
        near = difflib.get_close_matches(key, sorted(_KNOWN_META), n=1, cutoff=0.8)
        if near:
            warnings.warn(
                f"{where}: unknown key {key!r}, did you mean {near[0]!r}? (kept as extra "
                "metadata, not used)",
                FramingWarning,
                stacklevel=5,
            )


def _with_metadata(
    body: str, meta: dict, where: str, path: Path, base: Article | None = None
) -> Article:
    body = body.lstrip("\ufeff").replace("\r\n", "\n").strip()
    if not _visible(body):
        raise InputError(f"{path}: article body is empty")
    _check_meta(meta, where)
    title = meta.get("headline", meta.get("title"))
    source = meta.get("source")
    return Article(
        title=str(title) if title else (base.title if base else ""),
        body=body,
        published=_published(meta.get("published", meta.get("date")), where)
        or (base.published if base else None),
        byline=meta.get("author_line") or (base.byline if base else None),
        captions=tuple(meta.get("captions_removed") or (base.captions if base else ())),
        outlet=meta.get("outlet"),
        section=meta.get("section"),
        source=source.get("file") if isinstance(source, dict) else (source or path.name),
        extra={k: v for k, v in meta.items() if k not in _KNOWN_META},
        title_source="metadata" if title else (base.title_source if base else "none"),
    )
