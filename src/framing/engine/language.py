"""Cheap sanity checks of input text: is it English prose, and is it HTML?

The lexicons are English. A text in another language still gets a row of metrics, but its rates
are near zero for the wrong reason; :func:`english_coverage` measures the share of word tokens
that are common English function words (in running English prose about 40-55%, in German,
French or Russian text under 10%), and :func:`low_coverage` flags texts under
:data:`LOW_COVERAGE_THRESHOLD`. Only the first :data:`SAMPLE_CHARS` characters are looked at, so
the check costs the same for a tweet and a 50 MB file.

HTML passed as text would count tag names and attribute values as words.
:func:`looks_like_html` detects markup and :func:`strip_html` blanks it out *without changing
the length of the text*: tags, comments and ``<script>``/``<style>`` blocks become spaces (a
newline first for block-level tags, so paragraphs stay apart), and character references become
the character they stand for padded with word joiners (U+2060, which matching skips), so
``&ldquo;order`` stays a quotation of *order* and ``don&rsquo;t`` one word for the lexicons
(word tokens are counted on the text as given: ``don’t`` counts two there). Every offset into
the result is an offset into the original file, so evidence spans stay valid.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = [
    "LOW_COVERAGE_THRESHOLD",
    "TextCheck",
    "check_text",
    "english_coverage",
    "looks_like_html",
    "low_coverage",
    "strip_html",
]

#: Share of English function words under which a text is flagged ``low_coverage``.
LOW_COVERAGE_THRESHOLD = 0.15
#: Fewer word tokens than this are too few to judge (never flagged).
MIN_WORDS = 20
#: Characters of a text examined by the checks.
SAMPLE_CHARS = 100_000

_FUNCTION_WORDS = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either few for
    from further had has have having he her here hers herself him himself his how i if in into
    is it its it's itself just may me might more most must my myself neither no nor not now of off on
    once only or other our ours ourselves out over own same shall she should so some such than
    that the their theirs them themselves then there these they this those through to too under
    until up upon us very was we were what when where which while who whom whose why will with
    would yet you your yours yourself yourselves
"""
#: The one list of English function words: the English-coverage check and the function-word
#: filter of distinctive-word tables and titles both use it.
ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())

_LETTERS = re.compile(r"[^\W\d_]+")
_TAG_NAMES = (
    r"!doctype|html|head|body|div|span|p|br|hr|a|b|i|u|em|strong|img|table|thead|tbody|tr|td|th"
    r"|ul|ol|li|h[1-6]|script|style|meta|link|title|section|article|header|footer|nav|main"
    r"|blockquote|pre|code|figure|figcaption|form|input|button|iframe|sup|sub|small|font|center"
)
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_BLOCK = re.compile(
    r"</?(?:p|br|hr|div|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|blockquote|pre"
    r"|figure|figcaption|title|head|body|html)\b",
    re.IGNORECASE,
)
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comments (an unterminated one runs to the end)
    # script / style blocks with their content; the tag stops at the next "<", so an unclosed
    # "<script" is not scanned to the end of the text from every start (linear, not quadratic)
    r"|<(script|style)\b[^<>]*+>.*?(?:</\1\s*>|\Z)"
    r"|<[!?/]?[A-Za-z][^<>]*>",  # any other tag
    re.IGNORECASE | re.DOTALL,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def english_coverage(text: str, sample_chars: int = SAMPLE_CHARS) -> tuple[float, int]:
    """Share of letter tokens that are English function words, and the number of tokens.

    Only the first ``sample_chars`` characters are examined; the share is NaN without tokens.
    """
    words = _LETTERS.findall(text[:sample_chars])
    if not words:
        return float("nan"), 0
    hits = sum(1 for w in words if w.lower() in ENGLISH_FUNCTION_WORDS)
    return hits / len(words), len(words)


def low_coverage(text: str, threshold: float = LOW_COVERAGE_THRESHOLD) -> bool:
    """True when ``text`` has at least :data:`MIN_WORDS` words and looks non-English."""
    share, n = english_coverage(text)
    return n >= MIN_WORDS and share < threshold


def looks_like_html(text: str, sample_chars: int = SAMPLE_CHARS) -> bool:
    """True when the start of ``text`` has a doctype / ``<html>`` tag or at least two HTML tags."""
    head = text[:sample_chars]
    if re.search(r"<!doctype\s+html|<html[\s>]", head, re.IGNORECASE):
        return True
    tags = _TAG.finditer(head)
    return next(tags, None) is not None and next(tags, None) is not None


def _blank(m: re.Match) -> str:
    s = m.group(0)
    first = "\n" if _BLOCK.match(s) else " "
    return first + re.sub(r"[^\n]", " ", s[1:])


#: Padding of a decoded entity: word joiners, which matching skips (:mod:`framing.engine.invisible`),
#: so ``so-called &ldquo;order`` and ``don&rsquo;t`` stay attached to their words.
ENTITY_PADDING = "\u2060"


def _entity(m: re.Match) -> str:
    s = m.group(0)
    out = html.unescape(s)
    if out == s or len(out) > len(s):
        return s
    return out + ENTITY_PADDING * (len(s) - len(out))


def strip_html(text: str) -> str:
    """``text`` with markup blanked out and entities decoded; the length is unchanged."""
    out = _ENTITY.sub(_entity, _MARKUP.sub(_blank, text))
    return out


@dataclass(frozen=True)
class TextCheck:
    """The result of :func:`check_text`: the text to analyse and what was noticed."""

    text: str
    is_html: bool
    coverage: float
    n_words: int
    low_coverage: bool


def check_text(text: str, strip: bool = True) -> TextCheck:
    """Detect HTML (and blank it out when ``strip``) and measure English coverage."""
    is_html = looks_like_html(text)
    if is_html and strip:
        text = strip_html(text)
    share, n = english_coverage(text)
    return TextCheck(text, is_html, share, n, n >= MIN_WORDS and share < LOW_COVERAGE_THRESHOLD)
