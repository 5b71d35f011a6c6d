"""Remove boilerplate: text units repeated in many documents of one outlet (or any group).

A *unit* is a paragraph (blocks separated by a blank line), a line, or a sentence
(:func:`framing.engine.text.sentence_spans`, cut again at line breaks). Runs of three or more
``_``, ``-``, ``*`` or ``=`` (the section rules of wire copy, e.g. AP's ``___``) also end a unit
and are units of their own. ``unit="auto"`` picks, per group, paragraphs if at least half of
its documents contain a blank line, else lines if at least half contain a line break, else
sentences (RT's and most scraped texts have no line breaks at all).

A unit is **boilerplate** of a group when, compared case-insensitively with quotes, dashes and
spaces normalised, it occurs in at least ``max(min_docs, ceil(min_share × n))`` of the group's
``n`` documents. Defaults ``min_docs=5``, ``min_share=0.01`` (1%), chosen on the media corpora
(see ``docs/data.md``): RT's background sentences occur in 26-211 of its 1,628 articles, the
BBC footer in 184 of 849, the regional BBC sign-offs in 8-25; ordinary news sentences that
recur (a quotation reused in a follow-up story) occur in 2-4 documents of an outlet. The 1%
share keeps a large corpus from losing sentences that are merely common; the floor of 5
documents keeps a small group (NBC: 150 articles) from losing a sentence two stories share.
Units that start with a lowercase letter (``he said.`` after a quotation: the rest of a
sentence the splitter cut) or have fewer than 3 non-space characters are never boilerplate.

Two more passes catch boilerplate that the unit split misses:

- *partial*: a unit that ends with a boilerplate unit of two or more words, after whitespace
  (``Follow Joel on Twitter © 2022 BBC.``: no full stop before the footer, so no sentence
  break), or starts with one that ends a sentence, loses that part;
- *near*: a unit of at least ``NEAR_MIN_WORDS`` words whose set of lowercased words has a
  Jaccard similarity of at least ``near`` (default 0.8) with a boilerplate unit of the same
  group is removed too (RT's background paragraph exists in reworded variants: "Pyotr" or
  "Petro" Poroshenko, "the neighboring state" or "Ukraine").

Nothing is hand-listed: the boilerplate is whatever repeats in the data given.

Offsets stay honest. For every document the removed spans are recorded in the coordinates of
the text *before* cleaning (each span swallows the whitespace after it, or before it at the end
of the text); :func:`original_offset` and :func:`original_span` map an offset of the cleaned
text back. :func:`clean_corpus` cleans a corpus DataFrame group by group and reports what it
removed.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from framing.engine.text import lower_same_length, normalize_for_matching, sentence_spans

__all__ = [
    "MIN_DOCS",
    "MIN_SHARE",
    "NEAR",
    "SPANS_COL",
    "Boilerplate",
    "BoilerplateReport",
    "clean_corpus",
    "cut",
    "find_boilerplate",
    "original_offset",
    "original_span",
    "remove",
    "spans_from_json",
    "unit_key",
    "unit_spans",
]

MIN_DOCS = 5
MIN_SHARE = 0.005
NEAR = 0.6
NEAR_MIN_WORDS = 8
MIN_UNIT_CHARS = 3
SPANS_COL = "boilerplate_spans"
UNIT_KINDS = ("paragraph", "line", "sentence")
TOP_UNITS = 5
DISPLAY_CHARS = 70

_RULE_RE = re.compile(r"(?<!\S)(?P<cut>_{3,}|-{3,}|\*{3,}|={3,})(?!\S)")
_PARA_RE = re.compile(r"(?P<cut>\n[ \t\r\f\v]*\n)")
_LINE_RE = re.compile(r"(?P<cut>\n)")
# Extra sentence-unit cuts where scrapes lost a line break: a line break itself; the
# whitespace after a URL before a capital (a URL never ends with a full stop, so the sentence
# splitter cannot cut); a sentence end glued to the next sentence ("forces.”In February").
_EXTRA_CUT_RE = re.compile(
    r"(?P<nl>\n)|https?://\S+(?P<cut>\s+)(?=[A-Z\"\u201c(])"
    r"|(?<=[a-z0-9%)][.?!])(?=[A-Z][a-z])|(?<=[.?!][\"\u201d\u2019])(?=[A-Z][a-z])"
)
_KEY_EXTRA = str.maketrans({"\u00b4": "'", "`": "'"})
_WORD_RE = re.compile(r"\w+")
_NONSPACE_RE = re.compile(r"\S+")
_LONG_RULE_RE = re.compile(r"([_\-*=])\1{3,}")
_SENTENCE_END = (".", "!", "?", ")", '"', "'")

Span = tuple[int, int]


def unit_key(text: str, start: int, end: int) -> str:
    """The comparison key of the unit ``text[start:end]`` (as boilerplate units are compared)."""
    return _key(_norm(text[start:end]))


def _norm(text: str) -> str:
    """Lowercase, quotes/dashes/spaces normalised; the same length as ``text``."""
    return lower_same_length(normalize_for_matching(text)).translate(_KEY_EXTRA)


def _key(norm_unit: str) -> str:
    """Comparison key of a normalised unit: single spaces, every rule shortened to 3 marks."""
    return _LONG_RULE_RE.sub(r"\1\1\1", " ".join(norm_unit.split()))


def _eligible(unit: str) -> bool:
    stripped = "".join(unit.split())
    return len(stripped) >= MIN_UNIT_CHARS and not stripped[0].islower()


def _split_at(text: str, spans: list[Span], pattern: re.Pattern) -> list[Span]:
    """Cut ``spans`` at the matches of ``pattern`` (group ``cut`` or the whole match); the
    matches of :data:`_RULE_RE` become spans of their own."""
    cuts = [
        m.span("cut") if m.group("cut") is not None else m.span() for m in pattern.finditer(text)
    ]
    if not cuts:
        return spans
    keep_cuts = pattern is _RULE_RE
    out: list[Span] = []
    i = 0
    for start, end in spans:
        while i < len(cuts) and cuts[i][1] <= start:
            i += 1
        pos = start
        j = i
        while j < len(cuts) and cuts[j][0] < end:
            a, b = max(cuts[j][0], start), min(cuts[j][1], end)
            out.extend(_trim(text, pos, a))
            if keep_cuts:
                out.append((a, b))
            pos = b
            j += 1
        out.extend(_trim(text, pos, end))
    return out


def _trim(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


def unit_spans(text: str, kind: str) -> list[Span]:
    """Spans of the units of ``text`` (``kind``: paragraph, line or sentence), in order."""
    if kind == "paragraph":
        spans = _split_at(text, _trim(text, 0, len(text)), _PARA_RE)
    elif kind == "line":
        spans = _split_at(text, _trim(text, 0, len(text)), _LINE_RE)
    elif kind == "sentence":
        spans = _split_at(text, sentence_spans(text), _EXTRA_CUT_RE)
    else:
        raise ValueError(f"unit must be one of {', '.join(UNIT_KINDS)} or auto, not {kind!r}")
    return _split_at(text, spans, _RULE_RE)


def choose_unit(texts: Sequence[str]) -> str:
    """``paragraph`` if half the texts have a blank line, ``line`` if half have a line break,
    else ``sentence``."""
    n = max(len(texts), 1)
    if sum(bool(_PARA_RE.search(t)) for t in texts) * 2 >= n:
        return "paragraph"
    if sum("\n" in t.strip() for t in texts) * 2 >= n:
        return "line"
    return "sentence"


@dataclass
class Boilerplate:
    """The boilerplate units of one group and the rule that found them."""

    unit: str
    n_docs: int
    min_docs: int
    units: dict[str, int]  # key -> number of documents it occurs in
    examples: dict[str, str] = field(default_factory=dict)  # key -> one original spelling
    near: float | None = NEAR

    def __post_init__(self):
        self._near_sets = [
            (k, set(_WORD_RE.findall(k))) for k in self.units if len(k.split()) >= NEAR_MIN_WORDS
        ]
        # boilerplate units of 2+ words by their last and by their first word -> word counts
        self._by_last: dict[str, set[int]] = {}
        self._by_first: dict[str, set[int]] = {}
        for k in self.units:
            words = k.split()
            if len(words) >= 2:
                self._by_last.setdefault(words[-1], set()).add(len(words))
                if k.endswith(_SENTENCE_END):
                    self._by_first.setdefault(words[0], set()).add(len(words))

    def __contains__(self, key: str) -> bool:
        return key in self.units

    def near_match(self, key: str) -> str | None:
        """The boilerplate unit ``key`` is a near-duplicate of, if any."""
        if self.near is None or not self._near_sets or len(key.split()) < NEAR_MIN_WORDS:
            return None
        words = set(_WORD_RE.findall(key))
        n = len(words)
        for bkey, bwords in self._near_sets:
            m = len(bwords)
            if min(n, m) < self.near * max(n, m):  # Jaccard <= min/max: cannot reach it
                continue
            inter = len(words & bwords)
            if inter and inter / (n + m - inter) >= self.near:
                return bkey
        return None

    def partial_match(self, norm: str, start: int, end: int) -> tuple[Span, str] | None:
        """A boilerplate unit of two or more words that ends the unit ``norm[start:end]``, or
        starts it and ends a sentence; ``norm`` is the normalised text (see :func:`_norm`)."""
        piece = norm[start:end].split()
        if len(piece) < 3 or (piece[-1] not in self._by_last and piece[0] not in self._by_first):
            return None
        words = [m.span() for m in _NONSPACE_RE.finditer(norm, start, end)]
        last = norm[words[-1][0] : words[-1][1]]
        for n in sorted(self._by_last.get(last, ())):
            if n < len(words):
                key = " ".join(norm[a:b] for a, b in words[-n:])
                if key in self.units:
                    return (words[-n][0], end), key
        first = norm[words[0][0] : words[0][1]]
        for n in sorted(self._by_first.get(first, ())):
            if n < len(words):
                key = " ".join(norm[a:b] for a, b in words[:n])
                if key in self.units:
                    return (start, words[n - 1][1]), key
        return None


def find_boilerplate(
    texts: Sequence[str],
    unit: str = "auto",
    min_docs: int = MIN_DOCS,
    min_share: float = MIN_SHARE,
    near: float | None = NEAR,
) -> Boilerplate:
    """The units repeated in at least ``max(min_docs, ceil(min_share × len(texts)))`` texts."""
    texts = ["" if t is None or (not isinstance(t, str) and pd.isna(t)) else t for t in texts]
    kind = choose_unit(texts) if unit == "auto" else unit
    threshold = max(min_docs, math.ceil(min_share * len(texts)))
    counts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for text in texts:
        norm = _norm(text)
        seen = set()
        for s, e in unit_spans(text, kind):
            if _eligible(text[s:e]):
                key = _key(norm[s:e])
                seen.add(key)
                examples.setdefault(key, text[s:e])
        counts.update(seen)
    units = {k: n for k, n in counts.items() if n >= threshold}
    units = dict(sorted(units.items(), key=lambda kv: (-kv[1], kv[0])))
    return Boilerplate(kind, len(texts), threshold, units, {k: examples[k] for k in units}, near)


def _extend(text: str, start: int, end: int) -> Span:
    """Swallow the whitespace after the span, or before it when it ends the text."""
    n = len(text)
    after = end
    while after < n and text[after].isspace():
        after += 1
    if after == n:
        while start > 0 and text[start - 1].isspace():
            start -= 1
        return start, n
    return start, after


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def remove(text: str, bp: Boilerplate) -> tuple[str, list[Span], Counter]:
    """``text`` without the boilerplate of ``bp``, the removed spans and what was removed.

    Returns the cleaned text, the removed spans in the coordinates of ``text`` (sorted,
    non-overlapping; each includes the whitespace it swallowed) and a Counter of
    ``(pass, unit key)`` with pass ``exact``, ``partial`` or ``near``.
    """
    hits: list[Span] = []
    what: Counter = Counter()
    norm = _norm(text)
    for s, e in unit_spans(text, bp.unit):
        key = _key(norm[s:e])
        if key in bp:
            hits.append((s, e))
            what["exact", key] += 1
            continue
        near = bp.near_match(key)
        if near is not None:
            hits.append((s, e))
            what["near", near] += 1
            continue
        part = bp.partial_match(norm, s, e)
        if part is not None:
            hits.append(part[0])
            what["partial", part[1]] += 1
    cleaned, spans = cut(text, hits)
    return cleaned, spans, what


def cut(text: str, hits: list[Span]) -> tuple[str, list[Span]]:
    """``text`` without the spans ``hits``, and the removed spans (sorted, merged, each with the
    whitespace after it, or before it at the end of the text) for :func:`original_span`."""
    spans = _merge([_extend(text, s, e) for s, e in _merge(hits)])
    if spans and spans[-1][1] == len(text):  # the text ends with a removal: no space before it
        s, e = spans[-1]
        while s > 0 and text[s - 1].isspace():
            s -= 1
        spans[-1] = (s, e)
        spans = _merge(spans)
    pieces, pos = [], 0
    for s, e in spans:
        pieces.append(text[pos:s])
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces), spans


def original_offset(offset: int, spans: Sequence[Sequence[int]]) -> int:
    """The offset in the original text of ``offset`` in the cleaned text.

    ``spans`` are the removed spans (original coordinates, sorted) of :func:`remove`. The
    character at ``offset`` of the cleaned text is the character at the result in the original.
    """
    out = offset
    for s, e in spans:
        if s <= out:
            out += e - s
        else:
            break
    return out


def original_span(start: int, end: int, spans: Sequence[Sequence[int]]) -> Span:
    """Map a span ``[start, end)`` of the cleaned text to the original text.

    The end is mapped as the position after its last character, so a span that ends right
    before removed text does not take that text in; a span across a removal contains it.
    """
    if end <= start:
        pos = original_offset(start, spans)
        return pos, pos
    return original_offset(start, spans), original_offset(end - 1, spans) + 1


def spans_to_json(spans: Sequence[Span]) -> str:
    """Removed spans as a compact JSON list of ``[start, end]`` pairs (``[]`` if none)."""
    return json.dumps([[int(s), int(e)] for s, e in spans], separators=(",", ":"))


def spans_from_json(value) -> list[Span]:
    """Inverse of :func:`spans_to_json`; missing values give ``[]``."""
    if value is None or (not isinstance(value, str | list) and pd.isna(value)):
        return []
    data = json.loads(value) if isinstance(value, str) else value
    return [(int(s), int(e)) for s, e in data]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= DISPLAY_CHARS else text[: DISPLAY_CHARS - 1] + "…"


@dataclass
class BoilerplateReport:
    """What :func:`clean_corpus` removed, per group.

    ``table``: one row per group (unit kind, documents, threshold, boilerplate units, units
    removed by pass, documents affected, characters removed and their share); ``top``: the most
    frequent removed units per group, truncated for display.
    """

    table: pd.DataFrame
    top: pd.DataFrame

    def to_dict(self) -> dict:
        """Plain lists and numbers (JSON-serialisable, e.g. for ``df.attrs``)."""
        return {"table": _records(self.table), "top": _records(self.top)}

    @classmethod
    def from_dict(cls, data: dict) -> BoilerplateReport:
        """Inverse of :meth:`to_dict`."""
        return cls(pd.DataFrame(data.get("table", [])), pd.DataFrame(data.get("top", [])))

    def summary(self) -> str:
        """A few lines per group: counts and the most frequent removed units."""
        if self.table.empty:
            return "boilerplate: nothing checked"
        lines = []
        for row in self.table.itertuples(index=False):
            lines.append(
                f"{row.group}: {row.removed_units} {row.unit} unit(s) removed from "
                f"{row.documents_affected} of {row.documents} documents "
                f"({row.boilerplate_units} boilerplate units in >= {row.min_documents} documents;"
                f" partial {row.removed_partial}, near-duplicate {row.removed_near}; "
                f"{row.share_chars_removed:.1%} of characters)"
            )
            top = self.top[self.top["group"] == row.group] if not self.top.empty else self.top
            for t in top.itertuples(index=False):
                lines.append(f"    {t.documents:>5} docs  {t.unit_text}")
        return "\n".join(lines)


def _records(df: pd.DataFrame) -> list[dict]:
    return [
        {k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()}
        for row in df.to_dict(orient="records")
    ]


def clean_corpus(
    df: pd.DataFrame,
    by: str | None = "group",
    text_col: str = "text",
    unit: str = "auto",
    min_docs: int = MIN_DOCS,
    min_share: float = MIN_SHARE,
    near: float | None = NEAR,
) -> tuple[pd.DataFrame, BoilerplateReport]:
    """Remove each group's boilerplate from ``df[text_col]``.

    Parameters
    ----------
    df
        A corpus; rows keep their order and all columns.
    by
        Column whose values are the groups (outlets) whose repeated units are found separately;
        None (or a missing column) treats the whole corpus as one group.

    Returns
    -------
    (DataFrame, BoilerplateReport)
        ``df`` with the cleaned text and a :data:`SPANS_COL` column (JSON list of the removed
        ``[start, end]`` spans in the original text, ``[]`` if nothing was removed), and the
        report. Texts that become empty are kept (empty); callers decide whether to drop them.
    """
    out = df.copy()
    texts = out[text_col].fillna("").astype(str).tolist()
    keys = out[by].fillna("(missing)").astype(str).tolist() if by in out.columns else None
    groups: dict[str, list[int]] = {}
    for i in range(len(texts)):
        groups.setdefault(keys[i] if keys else "(all)", []).append(i)
    cleaned, spans_col = list(texts), ["[]"] * len(texts)
    rows, top = [], []
    for group in sorted(groups):
        idx = groups[group]
        bp = find_boilerplate([texts[i] for i in idx], unit, min_docs, min_share, near)
        removed: Counter = Counter()
        per_unit: Counter = Counter()  # unit key -> documents it was removed from
        affected = chars = total = 0
        for i in idx:
            total += len(texts[i])
            if not bp.units:
                continue
            clean, spans, what = remove(texts[i], bp)
            if spans:
                cleaned[i], spans_col[i] = clean, spans_to_json(spans)
                affected += 1
                chars += len(texts[i]) - len(clean)
                removed.update(what)
                per_unit.update({key for _, key in what})
        by_pass = Counter()
        for (kind, _), n in removed.items():
            by_pass[kind] += n
        rows.append(
            {
                "group": group,
                "unit": bp.unit,
                "documents": len(idx),
                "min_documents": bp.min_docs,
                "boilerplate_units": len(bp.units),
                "removed_units": sum(by_pass.values()),
                "removed_exact": by_pass["exact"],
                "removed_partial": by_pass["partial"],
                "removed_near": by_pass["near"],
                "documents_affected": affected,
                "chars_removed": chars,
                "share_chars_removed": chars / total if total else 0.0,
            }
        )
        for key, n in sorted(per_unit.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_UNITS]:
            top.append({"group": group, "documents": n, "unit_text": _short(bp.examples[key])})
    out[text_col] = cleaned
    out[SPANS_COL] = spans_col
    cols = ["group", "documents", "unit_text"]
    return out, BoilerplateReport(pd.DataFrame(rows), pd.DataFrame(top, columns=cols))
