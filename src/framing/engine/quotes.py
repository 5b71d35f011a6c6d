"""Scare (distancing) quotes: short quoted spans that are neither reported speech nor titles.

A quoted span counts as a scare quote when it has at most :data:`MAX_SCARE_QUOTE_WORDS` words
(longer quotations are almost always reported speech or excerpts), no speech verb is near it
(``said``, ``told``, ``according to``, ... within the same sentence just before or after it:
attributed speech), and it is not the title of a work (``the report "..."`` or Title Case of
two or more words). Verbs that report a claim without a speaker, such as ``claiming`` or
``hyping the idea that``, do not attribute: they are exactly how distancing quotes are framed.
The limit of 8 words keeps "China willing to give military supports to Russia" (8 words) in.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pandas as pd

from framing.engine.text import WORD_RE, normalize_for_matching

#: Longest quoted span (in word tokens) that can count as a scare quote.
MAX_SCARE_QUOTE_WORDS = 8
_CONTEXT = 80
COLUMNS = ["start", "end", "text", "words", "is_scare_quote", "reason", "sentence"]

# Double quotes (straight, or curly after normalisation); curly single quotes; straight single
# quotes only when clearly quotation marks (not apostrophes): opened after a space or bracket,
# closed before a space or punctuation.
_DOUBLE_RE = re.compile(r'"([^"\n]{1,400}?)"')
_CURLY_SINGLE_RE = re.compile("(?<!\\w)\u2018([^\u2018\u2019\n]{1,200}?)\u2019(?!\\w)")
_STRAIGHT_SINGLE_RE = re.compile(
    r"(?=')(?:(?<=^)|(?<=[\s(\[]))'(\w[^'\n]{0,200}?[\w.,!?])'(?=[\s.,;:!?)\]]|$)"
)
_SPEECH = (
    r"said|says|say|saying|told|tells|tell|according\s+to|noted|notes|stated|states|asked|asks"
    r"|added|adds|declared|declares|quoted|quoting|wrote|writes|explained|explains|remarked"
    r"|replied|insisted|announced|warned|tweeted|posted"
)
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH})\b[^.!?\"]{{0,40}}$", re.I)
_SPEECH_AFTER = re.compile(rf"^[\s,]{{0,3}}(?:\S+\s+){{0,4}}?(?:{_SPEECH})\b", re.I)
_TITLE_BEFORE = re.compile(
    r"\b(?:book|film|movie|report|operation|newspaper|article|song|album|play|novel|series"
    r"|documentary|programme|program|show|magazine|essay|poem|column|paper|headline|titled"
    r"|entitled)\s*[,:]?\s*$",
    re.I,
)
_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "at", "by", "from"}


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL]
    return len(words) >= 2 and bool(content) and all(w[0].isupper() for w in content)


def find_quotes(
    text: str, sentences: list[tuple[int, int]] | None = None, norm: str | None = None
) -> list[tuple]:
    """Quoted spans as tuples in the order of :data:`COLUMNS` (inner text, without the marks)."""
    if norm is None:
        norm = normalize_for_matching(text)
    if '"' not in norm and "'" not in norm:
        return []
    spans = [m.span(1) for m in _DOUBLE_RE.finditer(norm)]
    if "\u2018" in text:
        spans += [m.span(1) for m in _CURLY_SINGLE_RE.finditer(text)]
    if "'" in text:
        spans += [m.span(1) for m in _STRAIGHT_SINGLE_RE.finditer(text)]
    spans.sort()
    starts = [s for s, _ in sentences] if sentences else []
    out = []
    last_end = -1
    for start, end in spans:
        if start < last_end:
            continue
        last_end = end
        inner = text[start:end]
        words = WORD_RE.findall(inner)
        si = bisect_right(starts, start) - 1 if starts else -1
        s_lo = sentences[si][0] if si >= 0 else 0
        s_hi = sentences[si][1] if si >= 0 else len(text)
        before = norm[max(s_lo, start - 1 - _CONTEXT) : max(s_lo, start - 1)]
        after = norm[end + 1 : min(len(norm), end + 1 + _CONTEXT, max(s_hi, end + 1))]
        reason = _reason(words, before, after)
        out.append((start, end, inner, len(words), reason == "", reason or "scare quote", si))
    return out


def _reason(words: list[str], before: str, after: str) -> str:
    """Empty for a scare quote, else why it is not one."""
    if not words:
        return "no words"
    if len(words) > MAX_SCARE_QUOTE_WORDS:
        return f"too long ({len(words)} words > {MAX_SCARE_QUOTE_WORDS})"
    if (m := _SPEECH_BEFORE.search(before)) or (m := _SPEECH_AFTER.search(after)):
        verb = m.group().strip(" ,").split()[-1]
        return f"attributed speech ({verb})"
    if _TITLE_BEFORE.search(before) or _is_title_case(words):
        return "title of a work"
    return ""


def quotes_frame(text: str, sentences: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Quoted spans of ``text`` as a DataFrame (:data:`COLUMNS`)."""
    return pd.DataFrame(find_quotes(text, sentences), columns=COLUMNS)
