"""Highlights of matches in a text: the spans of an analysis, and their rendering as nested HTML.

:func:`match_spans` is the one place that turns an analysis's matches and scare quotes into
highlight spans (used by the HTML report and by the notebooks); :func:`render` splits the text at
every span boundary so that overlapping highlights render as nested ``<span>`` elements.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import NamedTuple

#: Fifteen colours after Kelly's (1965) "twenty-two colours of maximum contrast", ordered so that
#: each is as far as possible (CIELAB) from those before it and from the scare-quote colour; any
#: two differ by ΔE*ab > 25, where the earlier Okabe–Ito + Tol list had pairs at 14, and every
#: one has a contrast of at least 3:1 against the white page (WCAG 1.4.11: the underline is the
#: mark of a match; Kelly's orange, yellow-green, pink, buff, yellow, pink and light blue, at
#: 1.7-2.6, were darkened in lightness and the light blue replaced by indigo; both checked in
#: tests/present/test_report.py).
LAYER_COLORS = [
    "#0067A5",
    "#E07900",
    "#7CA000",
    "#2B3D26",
    "#F66540",
    "#008856",
    "#BE0032",
    "#A79250",
    "#B49000",
    "#848482",
    "#DF7195",
    "#3D5AFE",
    "#882D17",
    "#875692",
    "#654522",
]
#: Alpha (two hex digits) of a layer's tint behind its words, 12.5%: the ink (#222) keeps 4.5:1
#: on eight nested tints of the darkest colours (4.7:1; with the 18% used before it fell below
#: 4.5:1 from five nested layers, 3.4:1 at eight); the tint stays behind the text
#: (``background-clip: content-box``), so every underline lies on the white page
#: (tests/present/test_report_accessibility.py).
TINT_ALPHA = "20"
SCARE_LAYER = "scare_quote"
SCARE_COLOR = "#882255"
#: Keys of scare-quote spans start here (matches take 0, 1, 2, ...).
SCARE_KEY_BASE = 10**6
#: The layer of the vague attributions (``vague_source_count``; ``Analysis.kwic("vague_source")``)
VAGUE_LAYER = "vague_source"
#: Dark grey, 8.4:1 on the white page, far in lightness from the lexicon's grey (#848482).
VAGUE_COLOR = "#4D4D4D"
#: Keys of vague-attribution spans start here.
VAGUE_KEY_BASE = 2 * 10**6
#: The tooltip of a vague attribution.
VAGUE_TIP = "Vague attribution — a reporting frame whose holder is vague or unnamed (source: vague)"


class Span(NamedTuple):
    """One highlight: ``[start, end)`` in the text, a layer id and a tooltip line."""

    start: int
    end: int
    layer: str
    tip: str
    key: int
    negated: bool = False


def segments(text: str, spans: Sequence[Span]) -> list[tuple[int, int, list[Span]]]:
    """``(start, end, active spans)`` for consecutive pieces of ``text`` covering all of it.

    Spans are clipped to the text; empty spans are dropped. Active spans keep the input order.
    """
    n = len(text)
    clipped = (s._replace(start=max(0, int(s.start)), end=min(n, int(s.end))) for s in spans)
    good = [s for s in clipped if s.start < s.end]
    cuts = sorted({0, n, *(s.start for s in good), *(s.end for s in good)})
    order = {id(s): i for i, s in enumerate(good)}
    starts: dict[int, list[Span]] = {}
    for s in good:
        starts.setdefault(s.start, []).append(s)
    active: list[Span] = []
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        active.sort(key=lambda s: order[id(s)])
        out.append((a, b, list(active)))
    return out


def render(
    text: str,
    spans: Sequence[Span],
    layer_order: Sequence[str],
    overlines: Sequence[str] = (),
    tip_ids: Mapping[str, str] | None = None,
) -> str:
    """HTML of ``text`` with every span as a nested ``<span>`` (all text escaped).

    Each piece nests one ``span.hl`` per active layer in ``layer_order`` (outermost first) with
    class ``c-LAYER``, a padding class ``pN`` that stacks underlines (layers in ``overlines`` are
    drawn above the text and take no underline slot), and ``data-m`` keys. The piece where a
    span starts carries ``id="m-KEY"`` on that span's element, the target of links from an
    evidence table.

    Without ``tip_ids`` the innermost element of a piece carries a ``title`` listing every
    active span's tip. With ``tip_ids`` (tip -> number, :func:`tip_store`) the markup is
    compact and no tip is repeated inline: each span's first element (its key in its id,
    without ``data-m``) names its tip by number (``data-t="N"``, the element ``#tN``), which
    report.js makes its ``aria-describedby`` on loading and shows on hover and focus; the first
    of the text has ``tabindex="0"``, the one stop of the text in the tab order, which report.js
    moves with the arrow keys (a roving focus: the others get ``tabindex="-1"`` when they are
    reached); ``p0`` (no underline below) is left out.
    """
    rank = {lay: i for i, lay in enumerate(layer_order)}
    parts = []
    first = True
    for a, b, active in segments(text, spans):
        piece = html.escape(text[a:b], quote=False)
        if not active:
            parts.append(piece)
            continue
        layers = sorted(active, key=lambda s: (rank.get(s.layer, len(rank)), s.layer, s.key))
        depth = len(layers)
        tip = "" if tip_ids is not None else _title(layers)
        opened = []
        under = [s.layer not in overlines for s in layers]
        for i, s in enumerate(layers):
            pad = min(sum(under[i + 1 :]), 7)
            cls = f"hl c-{s.layer}" + (f" p{pad}" if pad or tip_ids is None else "")
            cls += " neg" if s.negated else ""
            attrs = f' data-m="{s.key}"'
            if s.start == a and tip_ids is not None:  # the key is in the id
                attrs = f' id="m-{s.key}"' + (' tabindex="0"' if first else "")
                attrs += f' data-t="{tip_ids[s.tip]}"'
                first = False
            elif s.start == a:
                attrs += f' id="m-{s.key}"'
            attrs += f' title="{tip}"' if tip and i == depth - 1 else ""
            opened.append(f'<span class="{cls}"{attrs}>')
        parts.append("".join(opened) + piece + "</span>" * depth)
    return "".join(parts)


def _title(layers: Sequence[Span]) -> str:
    """The ``title`` of a piece: the tip of every active span, once each, one a line."""
    return html.escape("\n".join(dict.fromkeys(s.tip for s in layers)), quote=True)


def tip_store(spans: Sequence[Span]) -> tuple[dict[str, str], str]:
    """Every distinct tip of ``spans`` once: ``(tip -> number, HTML)``, the HTML a hidden
    ``div#tips`` of ``<span id="tN">`` elements in order of first use (a text with 11,000
    matches has about 400 distinct tips; each was repeated in every highlight's ``title``)."""
    ids: dict[str, str] = {}
    for s in spans:
        ids.setdefault(s.tip, str(len(ids)))
    items = "".join(f'<span id="t{i}">{html.escape(t, quote=False)}</span>' for t, i in ids.items())
    return ids, f'<div id="tips" hidden>{items}</div>'


def layer_colors(categories: Sequence[str]) -> dict[str, str]:
    """Colour of each category layer, in the given order."""
    return {c: LAYER_COLORS[i % len(LAYER_COLORS)] for i, c in enumerate(categories)}


def match_tip(
    row, labels: Mapping[str, str], describe: Mapping[tuple[str, str], str] | None = None
) -> str:
    """Tooltip line of one match: ``Label › subcategory — term: TERM (negated) — voice:
    reported (source: west_us), target: china``; with ``describe`` (``(category, term) ->
    plain-language description``, :func:`framing.present.entries.entry_descriptions`) the entry
    is described in words instead of its pattern: ``Accusation › accusing — the forms “blame”,
    “blames”, “blamed” or “blaming”``."""
    sub = row.subcategory if isinstance(row.subcategory, str) and row.subcategory else ""
    tip = f"{labels.get(row.category, row.category)}{f' › {sub}' if sub else ''}"
    words = (describe or {}).get((row.category, row.term))
    tip += f" — {words}" if words else f" — term: {row.term}"
    return tip + (" (negated)" if bool(row.negated) else "") + attribution_tip(row)


def attribution_tip(row) -> str:
    """``" — voice: reported (source: west_us), target: china"`` for a match row, or ``""``."""
    voice = str(getattr(row, "voice", "") or "")
    source = str(getattr(row, "source", "") or "")
    target = str(getattr(row, "target", "") or "")
    parts = []
    if voice:
        parts.append(f"voice: {voice}" + (f" (source: {source})" if source else ""))
    if target:
        parts.append(f"target: {target}")
    return (" — " + ", ".join(parts)) if parts else ""


def vague_spans(analysis) -> list[Span]:
    """Highlight spans of the vague attributions (the reporting words of each one, key =
    :data:`VAGUE_KEY_BASE` + its number), the rows of ``analysis.kwic("vague_source")``."""
    k = analysis.kwic(VAGUE_LAYER)
    return [
        Span(int(s), int(e), VAGUE_LAYER, VAGUE_TIP, VAGUE_KEY_BASE + j)
        for j, (s, e) in enumerate(zip(k["start"], k["end"], strict=True))
    ]


def match_spans(
    analysis,
    labels: Mapping[str, str],
    categories: Sequence[str] | None = None,
    describe: Mapping[tuple[str, str], str] | None = None,
) -> list[Span]:
    """Highlight spans of every match (key = its row number in ``analysis.matches``) and every
    scare quote (key = :data:`SCARE_KEY_BASE` + its number), limited to ``categories`` (category
    ids and/or :data:`SCARE_LAYER`) when given; ``describe`` as in :func:`match_tip`."""
    keep = None if categories is None else set(categories)
    spans = []
    for i, r in enumerate(analysis.matches.itertuples(index=False)):
        if keep is None or r.category in keep:
            tip = match_tip(r, labels, describe)
            spans.append(Span(int(r.start), int(r.end), r.category, tip, i, bool(r.negated)))
    if keep is None or SCARE_LAYER in keep:
        q = analysis.quotes
        for j, r in enumerate(q[q["is_scare_quote"].astype(bool)].itertuples(index=False)):
            tip = "scare quote" if r.reason == "scare quote" else f"scare quote — {r.reason}"
            spans.append(Span(int(r.start), int(r.end), SCARE_LAYER, tip, SCARE_KEY_BASE + j))
    return spans
