"""Slow, obviously-correct reference implementations the fast engine code is checked against.

Kept in the tests on purpose: the checks must not depend on the engine's own code staying around.

- :func:`reference_hits` — every lexicon entry tried at every start position with its own regex
  (terms: the words with ``\\s+`` between them and word boundaries at word characters; globs:
  ``*`` = ``\\w*``; regexes as written), exclusions applied, then per category the longest
  leftmost match, ties between entries of one category broken by: terms before globs/regexes,
  case-insensitive before case-sensitive entries, then file order.
- :func:`reference_sentence_spans` — the sentence splitter as first written (one ``_is_break``
  call per candidate).
- :func:`reference_word_count` — ``len(WORD_RE.findall(text))``.
"""

from __future__ import annotations

import re

from framing.engine.lexicon import Lexicon
from framing.engine.text import ABBREVIATIONS, WORD_RE, lower_same_length, normalize_for_matching

EXCLUDE_WINDOW = 60


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def entry_regex(entry) -> tuple[re.Pattern, bool]:
    """(compiled regex of one entry, whether it runs on the lowercased text)."""
    if entry.kind == "term":
        key = " ".join(normalize_for_matching(entry.pattern.strip()).split())
        if not entry.case_sensitive:
            key = lower_same_length(key)
        body = "".join(r"\s+" if c == " " else re.escape(c) for c in key)
        pre = r"(?<!\w)" if _is_word(key[0]) else ""
        post = r"(?!\w)" if _is_word(key[-1]) else ""
        return re.compile(pre + body + post), not entry.case_sensitive
    if entry.kind == "glob":
        g = entry.pattern
        parts = [r"\w*" if ch == "*" else (r"\s+" if ch == " " else re.escape(ch)) for ch in g]
        pre = r"(?<!\w)" if g[0] == "*" or _is_word(g[0]) else ""
        post = r"(?!\w)" if g[-1] == "*" or _is_word(g[-1]) else ""
        src = pre + "".join(parts) + post
    else:
        src = entry.pattern
    if entry.case_sensitive:
        return re.compile(src), False
    flags = re.I if re.search(r"[A-Z]", re.sub(r"\\.", "", src)) else 0
    return re.compile(src, flags), True


def reference_hits(text: str, lexicon: Lexicon) -> list[tuple[str, str, int, int]]:
    """``(category, entry pattern, start, end)`` of the kept matches, sorted by start, category."""
    norm = normalize_for_matching(text)
    low = lower_same_length(norm)
    order = {c: i for i, c in enumerate(lexicon.categories)}
    raw = []
    for cid, cat in lexicon.categories.items():
        seen = set()
        for idx, e in enumerate(cat.entries):
            if e.kind == "term":  # one entry per (category, pattern) as the lexicon dedups terms
                if (e.pattern, bool(e.case_sensitive)) in seen:
                    continue
                seen.add((e.pattern, bool(e.case_sensitive)))
            rx, lower = entry_regex(e)
            s = low if lower else norm
            rank = (e.kind != "term", bool(e.case_sensitive), idx)
            excl = [
                (
                    re.compile(x.before, 0 if x.case_sensitive else re.I) if x.before else None,
                    re.compile(x.after, 0 if x.case_sensitive else re.I) if x.after else None,
                )
                for x in (e.exclude or [])
            ]
            for pos, end in _all_starts(rx, s):
                if any(
                    (b is None or b.search(norm[max(0, pos - EXCLUDE_WINDOW) : pos]))
                    and (a is None or a.search(norm[end : end + EXCLUDE_WINDOW]))
                    for b, a in excl
                ):
                    continue
                raw.append((order[cid], pos, pos - end, rank, cid, e.pattern, end))
    raw.sort()
    kept = []
    last_cat, last_end = None, -1
    for o, pos, _, _, cid, pat, end in raw:
        if o != last_cat:
            last_cat, last_end = o, -1
        if pos >= last_end:
            kept.append((pos, o, end, cid, pat))
            last_end = end
    kept.sort()
    return [(cid, pat, pos, end) for pos, _, end, cid, pat in kept]


def _all_starts(rx: re.Pattern, s: str):
    """``(start, end)`` of ``rx.match(s, start)`` for every start where it matches non-empty.

    ``rx.search(s, pos)`` returns the match at the first start >= pos where one exists, which
    is what ``rx.match`` there returns; searching again from the next offset enumerates every
    start (the C search skips the impossible ones quickly).
    """
    pos = 0
    while pos <= len(s):
        m = rx.search(s, pos)
        if m is None:
            return
        start = m.start()
        if m.end() > start:
            yield start, m.end()
        pos = start + 1


def reference_word_count(text: str) -> int:
    return len(WORD_RE.findall(text))


_BREAK_RE = re.compile(
    r"[.?!\n](?:(?<=[.?!])(?P<punct>[.?!]*)"
    r"(?P<close>[\"')\]}\u2018\u2019\u201c\u201d\u00ab\u00bb]*)"
    r"(?=(?P<space>\s+)(?P<next>\S))"
    r"|(?<=\n)(?P<para>[ \t\r\f\v]*\n\s*))"
)


def _is_break(text: str, m: re.Match) -> bool:
    punct = text[m.start() : m.end("punct")]
    if "?" in punct or "!" in punct:
        return True
    if len(punct) > 1:
        return False
    start = m.start()
    head = text[max(0, start - 40) : start].rsplit(None, 1)
    prev = head[-1] if head else ""
    prev = prev.lstrip("\"'([{\u2018\u201c\u00ab")
    typ = prev.lower()
    if not typ:
        return True
    if typ in ABBREVIATIONS or typ.rsplit("-", 1)[-1] in ABBREVIATIONS:
        return False
    nxt = m.group("next")
    if len(typ) == 1 and typ.isalpha() and nxt.isupper():
        return False
    return not (typ.replace(",", "").replace(".", "").isdigit() and nxt.islower())


def reference_sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK_RE.finditer(text):
        if m.group("para") is not None:
            end = m.start()
        elif _is_break(text, m):
            end = m.end()
        else:
            continue
        _add_span(text, start, end, spans)
        start = end
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text, start, end, spans):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
