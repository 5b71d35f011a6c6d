"""White House briefing room 2022: markdown pages with YAML front matter.

Each ``<folder>/<yyyy-mm>/<stem>.md`` is one document:

- ``doc_id``: ``<folder>/<stem>`` (stems repeat across folders); ``group``: "White House";
- ``genre`` from the top folder: ``speeches-remarks`` → "speech/remarks", ``press-briefings`` →
  "press briefing", ``statements-releases`` → "statement/release";
- front matter: ``date`` → ``date``, ``title`` → ``title`` (whitespace incl. NBSP collapsed),
  ``source_url`` → ``url``, ``tags`` and ``published_time`` kept as extra columns;
- ``speaker``: missing (a page often has several speakers);
- ``outlet_country``: "United States", the publisher's country (the ``home`` of
  :func:`framing.analyze` and ``home_col`` of :func:`framing.score`; since parser version 2):
  a bare "the President" of a briefing is the President of the United States;
- ``official``: True, the publisher is the home's own government (``official_col`` of
  :func:`framing.score`; since parser version 3): "The United States condemns ..." is the
  author's voice;
- ``text``: the markdown body as plain text (:func:`markdown_to_text`).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import yaml

from framing.core.errors import DataError
from framing.core.files import decode_bytes
from framing.core.progress import progress

PARSER_VERSION = 3
GROUP = "White House"
#: the publisher's country: the home of the corpus's documents
COUNTRY = "United States"
GENRES = {
    "speeches-remarks": "speech/remarks",
    "press-briefings": "press briefing",
    "statements-releases": "statement/release",
}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)

# --- markdown → plain text ---------------------------------------------------------------------
_ESCAPABLE = r"""!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~"""
_ESC_RE = re.compile(r"\\([" + _ESCAPABLE + r"])")
_PUA = 0xF0000  # escaped punctuation is parked in a private-use plane while parsing
_HR_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_HEADING_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_QUOTE_RE = re.compile(r"^ {0,3}>[ \t]?")
_LIST_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_FENCE_RE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]+\S+.*$")
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_LINK_RE = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_LOOSE_LINK_RE = re.compile(r"\[([^\]]*)\]\(\S+?\)")  # URL with unbalanced parentheses
_REFLINK_RE = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK_RE = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_TAGS = (
    "a|abbr|b|big|blockquote|br|caption|center|cite|code|col|colgroup|dd|del|div|dl|dt|em|"
    "figcaption|figure|font|h[1-6]|hr|i|img|ins|li|mark|ol|p|pre|q|s|small|span|strike|strong|"
    "sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul"
)
_BLOCK_TAG_RE = re.compile(
    r"</?(?:blockquote|br|caption|div|dl|dt|dd|figcaption|figure|h[1-6]|hr|li|ol|p|pre|table|"
    r"tbody|tfoot|thead|tr|ul)\b[^<>]*>",
    re.I,
)
_CELL_END_RE = re.compile(r"</t[dh]\s*>", re.I)
_TAG_RE = re.compile(r"</?(?:" + _TAGS + r")\b[^<>]*>", re.I)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_NOT_BLANK = r"(?:(?!\n[ \t]*\n).)"
_EMPH_RES = [
    re.compile(r"(\*{1,3})(?=\S)(" + _NOT_BLANK + r"+?)(?<=\S)\1", re.S),
    re.compile(r"(?<![\w\\])(_{1,3})(?=\S)(" + _NOT_BLANK + r"+?)(?<=\S)\1(?!\w)", re.S),
    re.compile(r"(~~)(?=\S)(" + _NOT_BLANK + r"+?)(?<=\S)\1", re.S),
]
_CODE_RE = re.compile(r"(`+)(.+?)\1", re.S)
_END_MARK_RE = re.compile(r"^[ \t]*#(?:[ \t]*#){2}[ \t]*$", re.M)
_SPACES_RE = re.compile(r"[ \t\f\v]{2,}|[\t\f\v]")
_LINE_EDGE_RE = re.compile(r" +\n *|\n +")
_BLANKS_RE = re.compile(r"\n{3,}")


_PARKED_RE = re.compile("[\U000f0000-\U000f007f]")


def _park(m: re.Match) -> str:
    return chr(_PUA + ord(m.group(1)))


def _unpark(text: str) -> str:
    if not _PARKED_RE.search(text):
        return text
    return _PARKED_RE.sub(lambda m: chr(ord(m.group()) - _PUA), text)


_BLOCK_CHARS = set("-*_=#>[+0123456789")


def _blocks(lines: list[str]) -> str:
    """Join lines into paragraphs: soft breaks → space, hard breaks and block starts → newline."""
    out: list[str] = []
    prev_hard = True
    in_fence = False
    for raw in lines:
        if raw[:4].lstrip()[:1] in "`~" and raw.strip() and _FENCE_RE.match(raw):
            in_fence = not in_fence
            out.append("\n")
            prev_hard = True
            continue
        hard = raw.endswith("  ") or raw.endswith("\\") or in_fence
        line = raw.rstrip()
        if line.endswith("\\"):
            line = line[:-1]
        if not line.strip():
            out.append("\n\n")
            prev_hard = True
            continue
        block = in_fence
        if not in_fence and line.lstrip()[:1] in _BLOCK_CHARS:
            if _HR_RE.match(line) or _SETEXT_RE.match(line) or _REFDEF_RE.match(line):
                out.append("\n")
                prev_hard = True
                continue
            while _QUOTE_RE.match(line):
                line = _QUOTE_RE.sub("", line, count=1)
                block = True
            m = _HEADING_RE.match(line)
            if m:
                line, block, hard = m.group(1) or "", True, True
            elif _LIST_RE.match(line):
                line, block = _LIST_RE.sub("", line, count=1), True
        out.append(("\n" if (block or prev_hard) else " ") + line.strip())
        prev_hard = hard
    return "".join(out)


def _inline(text: str) -> str:
    if "<!--" in text:
        text = _COMMENT_RE.sub("", text)
    if "`" in text:
        text = _CODE_RE.sub(lambda m: m.group(2).strip(), text)
    if "![" in text:
        text = _IMAGE_RE.sub(r"\1", text)
    for _ in range(3 if "[" in text else 0):  # links inside links / emphasis inside links
        new = _REFLINK_RE.sub(r"\1", _LINK_RE.sub(r"\1", text))
        if new == text:
            break
        text = new
    if "](" in text:
        text = _LOOSE_LINK_RE.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK_RE.sub(r"\1", text)
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = _CELL_END_RE.sub(" ", text)
        text = _TAG_RE.sub("", text)
    for _ in range(3):  # nested emphasis
        new = text
        for mark, rx in zip("*_~", _EMPH_RES, strict=True):
            if mark in new:
                new = rx.sub(r"\2", new)
        if new == text:
            break
        text = new
    return text


def markdown_to_text(md: str) -> str:
    """Plain text of a (pandoc-flavoured) markdown body.

    Links and images become their text, emphasis / strike-through / code marks, heading marks,
    list markers, block-quote marks, horizontal rules and HTML tags are removed (their text
    kept), backslash escapes and HTML entities are resolved, soft line breaks are joined with a
    space, hard breaks (two trailing spaces or a backslash) and block starts give a newline, and
    blank lines separate paragraphs. A line that is only ``###`` or ``# # #`` (the release end
    mark) is dropped. Runs of spaces are collapsed.
    """
    md = md.replace("\r\n", "\n").replace("\r", "\n")
    md = md.replace("\\\n", "  \n")  # backslash hard break
    md = md.replace("\\ ", "\u00a0")  # pandoc: escaped space is a non-breaking space
    md = _ESC_RE.sub(_park, md)
    text = _inline(_blocks(md.split("\n")))
    text = html.unescape(_unpark(text))
    text = text.replace("\u00a0", " ")
    if "#" in text:
        text = _END_MARK_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    text = _LINE_EDGE_RE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANKS_RE.sub("\n\n", text)
    return text.strip()


# --- front matter ------------------------------------------------------------------------------
def split_front_matter(text: str, name: str = "<text>") -> tuple[dict, str]:
    """Split ``---``-delimited YAML front matter from the body; ``({}, text)`` if there is none."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    m = FRONT_RE.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.load(m.group(1), Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise DataError(f"{name}: invalid YAML front matter{where}; the file is damaged") from None
    if not isinstance(meta, dict):
        raise DataError(f"{name}: front matter is not a mapping; the file is damaged")
    return meta, text[m.end() :]


def parse_page(text: str, rel: str) -> dict:
    """One markdown page → a standard-schema row (``rel``: path inside the upstream repo)."""
    meta, body = split_front_matter(text, rel)
    folder = rel.split("/", 1)[0]
    title = meta.get("title")
    tags = meta.get("tags")
    return {
        "doc_id": f"{folder}/{Path(rel).stem}",
        "text": markdown_to_text(body),
        "title": " ".join(str(title).split()) if title is not None else None,
        "date": str(meta["date"]) if meta.get("date") else None,
        "group": GROUP,
        "speaker": None,
        "genre": GENRES.get(folder, folder),
        "url": meta.get("source_url"),
        "tags": ", ".join(map(str, tags)) if isinstance(tags, list) else tags,
        "published_time": str(meta["published_time"]) if meta.get("published_time") else None,
        "path": rel,
        "outlet_country": COUNTRY,
        "official": True,
    }


def parse(files: dict[str, Path]) -> pd.DataFrame:
    """Parse the fetched files of ``whitehouse-2022``."""
    keys = sorted(k for k in files if k.endswith(".md"))
    rows = [
        parse_page(decode_bytes(files[k].read_bytes(), str(files[k])), k)
        for k in progress(keys, desc="parse whitehouse-2022", total=len(keys), unit="file")
    ]
    df = pd.DataFrame(rows)
    df["date"] = pd.to_datetime(df["date"], errors="coerce", format="mixed")
    return df
