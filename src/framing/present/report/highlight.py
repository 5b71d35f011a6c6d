"""Split a text at every span boundary so that overlapping highlights render as nested spans."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import NamedTuple


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
    text: str, spans: Sequence[Span], layer_order: Sequence[str], overlines: Sequence[str] = ()
) -> str:
    """HTML of ``text`` with every span as a nested ``<span>`` (all text escaped).

    Each piece nests one ``span.hl`` per active layer in ``layer_order`` (outermost first) with
    class ``c-LAYER``, a padding class ``pN`` that stacks underlines (layers in ``overlines`` are
    drawn above the text and take no underline slot), and ``data-m`` keys; the innermost carries
    a ``title`` listing every active span of the piece.
    """
    rank = {lay: i for i, lay in enumerate(layer_order)}
    parts = []
    for a, b, active in segments(text, spans):
        piece = html.escape(text[a:b], quote=False)
        if not active:
            parts.append(piece)
            continue
        layers = sorted(active, key=lambda s: (rank.get(s.layer, len(rank)), s.layer, s.key))
        tip = html.escape("\n".join(dict.fromkeys(s.tip for s in layers)), quote=True)
        depth = len(layers)
        opened = []
        under = [s.layer not in overlines for s in layers]
        for i, s in enumerate(layers):
            cls = f"hl c-{s.layer} p{min(sum(under[i + 1 :]), 7)}" + (" neg" if s.negated else "")
            title = f' title="{tip}"' if i == depth - 1 else ""
            opened.append(f'<span class="{cls}" data-m="{s.key}"{title}>')
        parts.append("".join(opened) + piece + "</span>" * depth)
    return "".join(parts)
