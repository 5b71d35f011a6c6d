"""Pair quotation marks into quoted spans without inventing spans from mis-paired marks.

Each quotation mark gets a role from its shape and its neighbours, then marks are paired within
one *family*, opener before closer:

- curly double (“ ” and the low „ ‟ openers), straight double (``"`` ``＂``), guillemets
  (« »), corner brackets (「 」 and 『 』), curly single (‘ ’ and the low ‚ opener) and straight
  single (``'``) are separate families, so a curly opener never pairs with a straight closer
  (mixed styles are usually an editing error);
- in a text that opens quotations with the low marks (the German and Central European
  convention, „Ratschlägen“ and ‚so‘), “ and ‘ after a non-space and before a space,
  punctuation or the end close a quotation;
- a straight mark opens after a space, a bracket, a dash or the start of the text and before a
  non-space (a straight double mark also right after a colon and before a letter or digit:
  the Kremlin's ``reads, in part:"Founded ...``); it closes after a non-space and before a
  space, punctuation or the end; anything else (``a"b``) is ignored;
- apostrophes are not quotation marks: ``’`` between letters (``Russia’s``), before a digit or
  an elided word (``’90s``, ``rock ’n’ roll``, ``’em``) and a straight ``'`` inside a word;
- an opener that meets another opener of its family before a closer is unbalanced and dropped
  (no span runs from a stray mark to the next quotation), unless, in a double family, a
  closer of the outer one follows the inner quotation's closer in its paragraph: a quotation
  inside a quotation in the same marks (``"... the "Diia" portal ...," he said``; one level
  deep); so is an opener without a closer in
  its paragraph (no span crosses a line break) or within :data:`MAX_SPAN` characters (a double
  quotation opened right after a colon, ``The message reads: "..."``, within
  :data:`COLON_MAX_SPAN`: a quoted message or statement runs long; so may one whose closer
  ends a sentence or clause and is followed by a speech tag, ``...," he said``), except
  under the multi-paragraph convention for double marks: a quotation whose paragraph ends at a
  sentence end, when the next paragraph opens with a mark of its family (on the next line, or
  after ". " where a scraper ran the paragraphs into one line), is that paragraph's quotation
  (``said: "... 2am. "I never imagined ... ."``);
- a single closer after ``s`` and before a lowercase word (``the Ukrainians’ homes``) is
  probably a plural possessive: it closes a quotation only when no clear closer follows;
- a double-quoted span that contains another double quotation mark (of any style) other than
  the marks of a quotation nested in it, and a span that partly overlaps another, are dropped;
  a span nested in another is left to the caller.

Offsets are into the original text; a span is the inner text, without the marks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from framing.engine.cues import load_cues

#: Longest quotation (characters) paired for double and single marks.
MAX_SPAN = {"double": 400, "single": 200}
#: Longest double quotation (characters) paired when its opener follows a colon (and a space).
COLON_MAX_SPAN = 3000

_DOUBLE_CURLY_OPEN = "\u201c\u201e\u201f"
_DOUBLE_CURLY_CLOSE = "\u201d"
_STRAIGHT_DOUBLE = '"\uff02'
_SINGLE_CURLY_OPEN = "\u2018\u201b\u201a"
_SINGLE_CURLY_CLOSE = "\u2019"
_STRAIGHT_SINGLE = "'\uff07"
_CORNER_OPEN, _CORNER_CLOSE = "\u300c\u300e", "\u300d\u300f"
_ALL_DOUBLE = (
    _DOUBLE_CURLY_OPEN + _DOUBLE_CURLY_CLOSE + _STRAIGHT_DOUBLE + "\u00ab\u00bb"
    + _CORNER_OPEN + _CORNER_CLOSE
)  # fmt: skip
#: low openers: a text holding one closes its quotations with “ and ‘ (the German convention)
_LOW_OPENERS = "\u201e\u201a"
_ALL_MARKS = _ALL_DOUBLE + _SINGLE_CURLY_OPEN + _SINGLE_CURLY_CLOSE + _STRAIGHT_SINGLE
_MARK_RE = re.compile("[" + re.escape(_ALL_MARKS) + "]")
#: any double quotation mark: one inside a double quotation (not a nested one's) drops it
_DOUBLE_RE = re.compile("[" + re.escape(_ALL_DOUBLE) + "]")
_SINGLE_SET = frozenset(_SINGLE_CURLY_OPEN + _SINGLE_CURLY_CLOSE + _STRAIGHT_SINGLE)
_OPEN_AFTER = set("([{<-/\u2013\u2014") | set(_ALL_MARKS)
_CLOSE_BEFORE = set(".,;:!?)]}>-/\u2013\u2014\u2026") | set(_ALL_MARKS)
# An apostrophe that starts a word: decades and elisions ('90s, 'n', 'em, 'til, 'cause).
_ELISION_RE = re.compile(r"(?:\d\d?s\b|\d\d\b|n[\u2019']|em\b|til\b|cause\b|tis\b|twas\b)", re.I)


class Mark(NamedTuple):
    """One quotation mark: position, family, ``open``/``close`` and whether a closer is weak."""

    pos: int
    family: str
    role: str
    weak: bool = False


def _family(ch: str) -> str:
    if ch in _DOUBLE_CURLY_OPEN or ch in _DOUBLE_CURLY_CLOSE:
        return "double_curly"
    if ch in _STRAIGHT_DOUBLE:
        return "double_straight"
    if ch in "\u00ab\u00bb":
        return "guillemet"
    if ch in _CORNER_OPEN or ch in _CORNER_CLOSE:
        return "corner"
    if ch in _SINGLE_CURLY_OPEN or ch in _SINGLE_CURLY_CLOSE:
        return "single_curly"
    return "single_straight"


def _is_space(c: str) -> bool:
    return c == "" or c.isspace()


def _weak_single_closer(text: str, i: int) -> bool:
    """``s’ word``: a plural possessive as likely as a closing quotation mark."""
    return text[i - 1 : i] in ("s", "S") and re.match(r"\s+[a-z]", text[i + 1 : i + 3]) is not None


def _low_closer(prev: str, nxt: str) -> bool:
    """A “ or ‘ in closing position (after a non-space, before a space, punctuation or the
    end): a closer in a text that opens with „ or ‚."""
    return not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSE_BEFORE)


def _role(text: str, i: int, fam: str, low: bool = False) -> tuple[str, bool] | None:
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if low and ch in "\u201c\u2018" and _low_closer(prev, nxt):
        return "close", False  # „Ratschlägen“, ‚so‘
    if fam == "double_curly":
        if ch in _DOUBLE_CURLY_OPEN:
            return ("open", False) if not _is_space(nxt) else None
        return ("close", False) if not _is_space(prev) else None
    if fam == "guillemet":
        return ("open", False) if ch == "\u00ab" else ("close", False)
    if fam == "corner":
        return ("open", False) if ch in _CORNER_OPEN else ("close", False)
    single = fam.startswith("single")
    if single and prev.isalnum() and nxt.isalnum():
        return None  # Russia's, don't
    if single and _ELISION_RE.match(text, i + 1) and not prev.isalnum():
        return None  # '90s, 'n', 'em
    if fam == "single_curly":
        if ch in _SINGLE_CURLY_OPEN:
            return ("open", False) if not _is_space(nxt) else None
        if _is_space(prev):
            return None
        return "close", _weak_single_closer(text, i)
    opens = (_is_space(prev) or prev in _OPEN_AFTER) and not _is_space(nxt)
    if fam == "double_straight" and prev == ":" and nxt.isalnum():
        opens = True  # 'reads, in part:"Founded ...' (no space after the colon)
    closes = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSE_BEFORE)
    if single:
        opens = opens and nxt.isalnum()
        closes = closes and (prev.isalnum() or prev in ".,!?")
    if opens == closes:  # both (between two marks) or neither (a"b): ambiguous
        return None
    if opens:
        return "open", False
    return "close", single and _weak_single_closer(text, i)


def quote_marks(text: str) -> list[Mark]:
    """Quotation marks of ``text`` with their roles (apostrophes and ambiguous marks left out)."""
    out = []
    last = len(text) - 1
    low = not text.isascii() and any(c in text for c in _LOW_OPENERS)
    for m in _MARK_RE.finditer(text):
        i = m.start()
        # most marks of English text are apostrophes between two letters (Russia's, don't):
        # skipped before the slower role rules, which would drop them too
        if (
            0 < i < last
            and text[i] in _SINGLE_SET
            and text[i - 1].isalnum()
            and text[i + 1].isalnum()
        ):
            continue
        fam = _family(text[i])
        role = _role(text, i, fam, low)
        if role is not None:
            out.append(Mark(i, fam, role[0], role[1]))
    return out


def _continues(text: str, pos: int) -> bool:
    """The opener at ``pos`` follows a sentence end and one space (". \"I never ..."): the
    next paragraph of a quotation whose paragraphs were joined into one line."""
    return pos >= 2 and text[pos - 1] == " " and text[pos - 2] in ".!?"


def _paragraph_quote_end(text: str, start: int, nxt: Mark) -> int | None:
    """End of an unclosed quotation opened at ``start`` when its paragraph ends at a sentence
    end and the next paragraph opens with the mark ``nxt`` (the multi-paragraph convention:
    only the last paragraph of a quotation closes); else None."""
    eol = text.find("\n", start)
    if eol < 0 or nxt.role != "open" or nxt.pos < eol or text[eol : nxt.pos].strip():
        return None
    end = len(text[start:eol].rstrip()) + start
    if end - start > MAX_SPAN["double"] or text[end - 1] not in ".!?":
        return None
    return end


@lru_cache(maxsize=1)
def _speech_tag() -> re.Pattern:
    """After a closing mark: a speech tag ('," he said', '," the Head of State stressed'), its
    verbs from the cue data (``pairing_tag_verbs``)."""
    verbs = "|".join(sorted(load_cues().pairing_tag_verbs, key=lambda w: (-len(w), w)))
    return re.compile(r"\s+(?:[\w.'’-]+\s+){0,8}?(?:" + verbs + r")\b")


def _tagged_closer(text: str, pos: int) -> bool:
    """The closer at ``pos`` follows sentence or clause punctuation and precedes a speech tag in
    its paragraph ('... huge," the President stressed'; version 59: the Ukrainian presidency's
    quotations of the President run past 400 characters)."""
    if text[pos - 1 : pos] not in (",", ".", "!", "?"):
        return False
    m = _speech_tag().match(text, pos + 1, pos + 120)
    return m is not None and "\n" not in m.group()


def _after_colon(text: str, pos: int) -> bool:
    """The opener at ``pos`` follows a colon, directly or after one space."""
    return text[max(0, pos - 2) : pos].rstrip(" ").endswith(":")


def _pair_family(text: str, marks: list[Mark]) -> list[tuple[int, int]]:
    single = marks[0].family.startswith("single")
    short = MAX_SPAN["single" if single else "double"]
    limit = short
    continued = not single  # the multi-paragraph convention is read for double marks only
    spans: list[tuple[int, int]] = []
    opener: Mark | None = None
    weak: Mark | None = None
    outer: tuple[Mark, int] | None = None  # a double quotation holding the open one, and its limit

    def close_with(m: Mark | None) -> None:
        if opener is not None and m is not None:
            spans.append((opener.pos + 1, m.pos))

    for m in marks:
        far = opener is not None and m.pos - opener.pos > limit
        if (
            far
            and m.role == "close"
            and not m.weak
            and m.pos - opener.pos <= COLON_MAX_SPAN
            and _tagged_closer(text, m.pos)
        ):
            far = False  # a long quotation its speech tag closes
        if opener is not None and (far or "\n" in text[opener.pos : m.pos]):
            end = _paragraph_quote_end(text, opener.pos, m) if continued and weak is None else None
            if end is not None and outer is None:  # the quotation goes on in the next paragraph
                spans.append((opener.pos + 1, end))
            else:
                close_with(weak)  # the opener's paragraph ended without a clear closer
            opener = weak = outer = None
        if m.role == "open":
            if opener is not None and weak is None and continued and _continues(text, m.pos):
                # a quotation over several paragraphs run together: each paragraph opens with a
                # mark and only the last one closes ('said: "... started. "I never ...')
                if outer is None:
                    spans.append((opener.pos + 1, m.pos - 1))  # up to the sentence end
                outer = None
            elif opener is not None and weak is None and outer is None and continued:
                # version 62: a quotation inside a quotation in the same marks ('"... the "Diia"
                # portal ...," he said'); the outer one is kept only if a closer follows the inner
                outer = (opener, limit)
            else:
                close_with(weak)  # an opener before any clear closer: the earlier one is unbalanced
                outer = None
            opener, weak = m, None
            limit = COLON_MAX_SPAN if not single and _after_colon(text, m.pos) else short
        elif opener is not None:
            if m.weak:
                weak = weak or m
                continue
            close_with(m)
            opener = weak = None
            if outer is not None:  # back in the quotation that holds the one just closed
                (opener, limit), outer = outer, None
    close_with(weak)
    return spans


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Inner spans ``(start, end)`` of well-paired quotations, sorted; nested spans are kept."""
    if not _MARK_RE.search(text):
        return []
    by_family: dict[str, list[Mark]] = {}
    for m in quote_marks(text):
        by_family.setdefault(m.family, []).append(m)
    paired = []
    for fam, marks in by_family.items():
        double = not fam.startswith("single")
        paired += [(s, e, double) for s, e in _pair_family(text, marks) if e > s]
    # the marks of paired quotations: a double quotation may hold them (a nested quotation)
    bounds = {p for s, e, _ in paired for p in (s - 1, e)}
    spans = [
        (s, e)
        for s, e, double in paired
        if not (double and any(m.start() not in bounds for m in _DOUBLE_RE.finditer(text, s, e)))
    ]
    spans.sort()
    crossed = _crossing(spans)
    return [s for i, s in enumerate(spans) if i not in crossed]


def _crossing(spans: list[tuple[int, int]]) -> set[int]:
    """Indices of sorted spans that partly overlap another (neither nested nor disjoint)."""
    bad: set[int] = set()
    for i, (_, e) in enumerate(spans):
        for j in range(i + 1, len(spans)):
            s2, e2 = spans[j]
            if s2 >= e:
                break
            if e2 > e:
                bad.update((i, j))
    return bad
