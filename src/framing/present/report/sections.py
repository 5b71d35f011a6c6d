"""HTML sections of the report: the legend, the metric tables with each category's validity, the
evidence table (one row per match, its sentence, a link to its highlight), what each category
counts in plain words, and the note on register. Every string is escaped here."""

from __future__ import annotations

import html
import math
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd

from framing.present.claims import is_topic
from framing.present.labels import significant_format
from framing.present.report.highlight import SCARE_KEY_BASE, SCARE_LAYER, VAGUE_LAYER
from framing.present.titles import precision_where

_esc = html.escape

#: Genre words that make a corpus "news" (no note on register then).
NEWS_GENRES = ("news", "opinion", "editorial", "op-ed", "column", "newspaper", "article")


def num(x: Any, fmt: str = "{:.2f}") -> str:
    try:
        return "–" if x is None or math.isnan(float(x)) else fmt.format(float(x))
    except (TypeError, ValueError):
        return _esc(str(x))


#: A column's number format: a format string, or a function of the row that gives one.
Format = str | Callable[[Mapping[str, Any]], str] | None


def is_count(metric: str) -> bool:
    """True for a metric that counts (``tokens``, ``sentences``, ``*_count``)."""
    return metric in ("tokens", "sentences") or metric.endswith("_count")


def metric_format(key: str) -> Callable[[Mapping[str, Any]], str]:
    """The format of column ``key`` of a row of the metric table: a count's value as a whole
    number (``155,277``, where ``{:.3g}`` gave ``1.55e+05``), a corpus median of counts with
    one decimal when it falls between two; other metrics to 3 significant digits, never with
    an exponent (:func:`~framing.present.labels.significant_format`: a mean sentence length of
    155,277 words, not ``1.55e+05``)."""

    def fmt(row: Mapping[str, Any]) -> str:
        v = row.get(key)
        if not is_count(str(row["metric"])):
            return significant_format(v, 3, ",")
        whole = v is None or not math.isfinite(float(v)) or float(v).is_integer()
        return "{:,.0f}" if whole else "{:,.1f}"

    return fmt


def table(
    df: pd.DataFrame,
    columns: Sequence[tuple[str, str, Format]],
    sortable: bool = False,
    raw: Sequence[str] = (),
    cards: bool | str = False,
) -> str:
    """An HTML table in a horizontally scrolling box; ``fmt`` formats numbers (a format string,
    or a function of the row giving one); columns named in
    ``raw`` hold HTML already escaped; ``sortable`` tables sort by a click on a header
    (report.js); ``cards`` tables show each row as a card on a narrow screen (report.css), every
    cell labelled with its column: by a ``data-label`` on each cell, or, when ``cards`` is a
    class name, by the rules :func:`cards_css` writes for that class once, which also align
    its number columns; its cells and rows then leave out their optional end tags (HTML's
    rules close them) and a row its empty cells at the end: a long evidence table repeated
    every label in every row, a quarter of the page. A number's ``data-sort`` is left out when it is the text shown (report.js sorts
    a cell under a ``num`` header by its text then)."""
    # a sortable header holds a button, so that the keyboard reaches it (report.js sorts on a
    # click of the header cell, which the button's click and Enter / Space reach)
    label = (
        (lambda h: f'<button type="button" class="sort">{_esc(h)}</button>') if sortable else _esc
    )
    head = "".join(
        f'<th class="{"num" if f else ""}" scope="col">{label(h)}</th>' for _, h, f in columns
    )
    compact = isinstance(cards, str) and bool(cards)
    head_of = {key: "" if compact else f' data-label="{_esc(h)}"' for key, h, _ in columns}
    num_cls, end = ("", "") if compact else (' class="num"', "</td>")
    body = []
    for r in df.to_dict("records"):  # plain dicts: iterrows made a Series of every row
        cells = []
        for key, _, fmt in columns:
            v = r.get(key)
            lab = head_of[key]
            if key in raw:
                cells.append(f"<td{lab}>{v}{end}")
            elif fmt:
                sort = "" if v is None or (isinstance(v, float) and math.isnan(v)) else v
                shown = num(v, fmt(r) if callable(fmt) else fmt)
                key_attr = "" if _esc(str(sort)) == shown else f' data-sort="{_esc(str(sort))}"'
                cells.append(f"<td{num_cls}{lab}{key_attr}>{shown}{end}")
            else:
                cells.append(f"<td{lab}>{_esc(str(v))}{end}")
        while compact and cells and cells[-1] == "<td>":
            cells.pop()  # a row may end early: its missing cells are empty ones
        body.append("<tr>" + "".join(cells) + ("" if compact else "</tr>"))
    named = cards if compact else ""
    classes = " ".join(
        c for c, on in (("sortable", sortable), ("cards", bool(cards)), (named, named)) if on
    )
    cls = f' class="{classes}"' if classes else ""
    box = "scroll cards-box" if cards else "scroll"
    return (
        f'<div class="{box}"><table{cls}><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def _css_string(text: str) -> str:
    """``text`` as a CSS string (quoted; a ``<`` escaped, so that it cannot close the style)."""
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ")
    return '"' + out.replace("<", "\\3c ") + '"'


def cards_css(name: str, columns: Sequence[tuple[str, str, Format]]) -> str:
    """The stylesheet of the ``cards`` tables of class ``name``: their number columns aligned
    (``td:nth-child(N)``) and, on a narrow screen, each cell labelled with its column."""
    nums = ", ".join(
        f"table.{name} td:nth-child({i})" for i, (_, _, fmt) in enumerate(columns, start=1) if fmt
    )
    labels = "".join(
        f"table.cards.{name} td:nth-child({i})::before {{ content: {_css_string(h + ': ')}; }}"
        for i, (_, h, _) in enumerate(columns, start=1)
    )
    align = "text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap;"
    return (
        f"@media (min-width: 601px) {{ {nums} {{ {align} }} }}\n" if nums else ""
    ) + f"@media (max-width: 600px) {{ {labels} }}"


def legend_html(cats: pd.DataFrame, n_scare: int, n_vague: int = 0) -> str:
    """The layer toggles, in a collapsible box; a category's label says when it is exploratory;
    the last two are the scare quotes and the vague attributions (``vague_source_count``)."""
    items = []
    for r in cats.itertuples(index=False):
        flag = ' <em class="warn">exploratory</em>' if bool(r.exploratory) else ""
        items.append(
            f'<label class="c-{_esc(r.category)}"><input type="checkbox" '
            f'data-layer="{_esc(r.category)}" checked><span class="sw"></span>'
            f"{_esc(str(r.label))} ({num(r.count, '{:.0f}')}){flag}</label>"
        )
    scare = cats.attrs.get("scare_quote", {})
    flag = ' <em class="warn">exploratory</em>' if bool(scare.get("exploratory", False)) else ""
    note = str(scare.get("precision_note") or "")
    title = f' title="{_esc(note)}"' if note else ""
    items.append(
        f'<label{title}><input type="checkbox" data-layer="{SCARE_LAYER}" checked>'
        f'<span class="sw sq"></span>Scare quotes ({n_scare}){flag}</label>'
    )
    items.append(
        f'<label class="c-{VAGUE_LAYER}"><input type="checkbox" data-layer="{VAGUE_LAYER}" '
        f'checked><span class="sw"></span>Vague attributions ({n_vague})</label>'
    )
    buttons = (
        '<button type="button" id="show-all">all</button>'
        '<button type="button" id="show-none">none</button>'
    )
    return (
        f'<details id="legend-box" open><summary>Highlight layers ({len(items)})</summary>'
        f"<div>{buttons}{''.join(items)}</div></details>"
    )


def metrics_html(
    cats: pd.DataFrame, other: pd.DataFrame, corpus: str | None, genre: str = "official"
) -> str:
    """Topic mentions apart from frames and stance; each rate with its interval, the sentences
    its matches come from and the category's audited precision (measured in ``genre``, which
    the note names: :func:`framing.present.titles.precision_where`)."""
    cats = cats.assign(
        interval=[f"{num(lo)}–{num(hi)}" for lo, hi in zip(cats["lo"], cats["hi"], strict=True)],
        validity=[str(p).removeprefix("precision ") for p in cats["precision_note"]],
    )
    cols: list[tuple[str, str, Format]] = [
        ("label", "Category", None),
        ("count", "Count", "{:.0f}"),
        ("own_voice", "Own voice", "{:.0f}"),
        ("sentences", "Sentences", "{:.0f}"),
        ("per_1k", "Per 1,000 words", "{:.2f}"),
        ("interval", "95% interval", None),
        ("validity", "Audited precision (95% interval)", None),
        ("negated", "Negated", "{:.0f}"),
    ]
    ocols: list[tuple[str, str, Format]] = [
        ("metric", "Metric", None),
        ("value", "Value", metric_format("value")),
    ]
    if corpus and "median" in cats:
        cols += [
            ("median", f"Median per 1k in {corpus}", "{:.2f}"),
            ("percentile", "Percentile", "{:.1f}"),
        ]
    if corpus and "median" in other:
        ocols += [
            ("median", f"Median in {corpus}", metric_format("median")),
            ("percentile", "Percentile", "{:.1f}"),
        ]
    topic = cats["kind"].map(is_topic)
    scare = str(cats.attrs.get("scare_quote", {}).get("precision_note") or "")
    # said in words here, not only in the legend's tooltip (no tooltip on touch or keyboard)
    scare_html = (
        f'<p class="note">Scare quotes, a highlight layer rather than a rate: {_esc(scare)}.</p>'
        if scare
        else ""
    )
    note = (
        '<p class="note">95% interval: the article\'s sentences resampled (matches that '
        "cluster in a sentence widen it), never narrower than the exact Poisson interval of the "
        "count. Own voice: matches in the author's own voice, not inside a quotation or "
        "ascribed to someone else (the rest are reported; voice and its source in the evidence "
        f"table). Audited precision ({precision_where(genre)}): the share of randomly drawn matches "
        "that the readers judged to be what the category claims (docs/validation.md); below 0.80 "
        "a category is "
        "<em>exploratory</em>, its rate a lead rather than a measurement. Percentile: share of "
        "corpus documents with a lower rate (ties count half).</p>"
    )
    return (
        "<h3>Frames, stance and scare quotes</h3>"
        + table(cats[~topic], cols, cards=True)
        + scare_html
        + "<h3>Topic mentions (actors, pronouns)</h3>"
        + '<p class="note">What the text is about; an article about two countries names them '
        "often for that reason alone.</p>"
        + table(cats[topic], cols, cards=True)
        + note
        + "<h3>Other measures</h3>"
        + table(other, ocols)
    )


#: Characters of a match's sentence shown on each side of it in the evidence table (cut at a
#: space, an ellipsis marking the cut): the page grows with the matches, not with the matches
#: times the length of their sentences (50 KB without a full stop made a 192 MB page).
EVIDENCE_CONTEXT = 300


def _sentence_html(text: str, start: int, end: int, sent_start: int) -> str:
    """The sentence ``text`` (starting at ``sent_start``) with the match ``start:end`` marked,
    at most :data:`EVIDENCE_CONTEXT` characters of it on each side."""
    a, b = start - sent_start, end - sent_start
    if not (0 <= a <= b <= len(text)):
        a = b = 0
    lo, hi = max(0, a - EVIDENCE_CONTEXT), min(len(text), b + EVIDENCE_CONTEXT)
    if lo > 0:
        cut = text.find(" ", lo, a)
        lo = cut + 1 if cut >= 0 else lo
    if hi < len(text):
        cut = text.rfind(" ", b, hi)
        hi = cut if cut > b else hi
    marked = "<mark>" + _esc(text[a:b]) + "</mark>" if b > a else ""
    return (
        ("\u2026 " if lo > 0 else "")
        + _esc(text[lo:a])
        + marked
        + _esc(text[b:hi])
        + (" \u2026" if hi < len(text) else "")
    )


def _other_row(
    n: int, label: str, entry: str, source: str, link: tuple[int, str], span, idx: int, sents
) -> dict:
    """The evidence row of a scare quote or a vague attribution: ``link`` its highlight's key
    and text, ``span`` anything with ``start`` and ``end``, ``idx`` its sentence (-1: none)."""
    s = sents.iloc[idx] if 0 <= idx < len(sents) else None
    return {
        "n": n,
        "link": f'<a href="#m-{link[0]}">{_esc(link[1])}</a>',
        "label": label,
        "entry": entry,
        "negated": "",
        "voice": "",
        "source": source,
        "target": "",
        "sentence_no": idx + 1 if idx >= 0 else "",
        "sentence": _sentence_html(str(s["text"]), span.start, span.end, int(s["start"]))
        if s is not None
        else "",
    }


def evidence_html(
    analysis: Any,
    labels: Mapping[str, str],
    describe: Mapping[tuple[str, str], str],
    vague: Sequence[Any] = (),
) -> str:
    """One row per match, scare quote and vague attribution (``vague``: their highlight spans,
    :func:`~framing.present.report.highlight.vague_spans`): what matched, in which sentence (the
    match marked), what the entry counts in words, voice/source/target, and a link to its
    highlight."""
    sents = analysis.sentences
    texts, firsts = sents["text"].tolist(), sents["start"].tolist()  # not .iloc once a match
    rows = []
    for i, r in enumerate(analysis.matches.itertuples(index=False)):
        k = int(r.sentence)
        s = {"text": texts[k], "start": firsts[k]} if 0 <= k < len(texts) else None
        rows.append(
            {
                "n": i + 1,
                "link": f'<a href="#m-{i}">{_esc(str(r.matched_text))}</a>',
                "label": labels.get(r.category, r.category),
                "entry": describe.get((r.category, r.term), str(r.term)),
                "negated": "yes" if bool(r.negated) else "",
                **{c: str(getattr(r, c, "") or "") for c in ("voice", "source", "target")},
                "sentence_no": int(r.sentence) + 1,
                "sentence": _sentence_html(str(s["text"]), r.start, r.end, int(s["start"]))
                if s is not None
                else "",
            }
        )
    q = analysis.quotes
    scare = q[q["is_scare_quote"].astype(bool)] if len(q) else q
    for j, r in enumerate(scare.itertuples(index=False)):
        idx = int(r.sentence) if pd.notna(r.sentence) else -1
        link = (SCARE_KEY_BASE + j, str(r.text))
        rows.append(
            _other_row(len(rows) + 1, "Scare quotes", str(r.reason), "", link, r, idx, sents)
        )
    starts = sents["start"].tolist()
    for v in vague:
        idx = max(0, bisect_right(starts, v.start) - 1) if starts else -1
        link = (v.key, analysis.text[v.start : v.end])
        entry = "a reporting frame whose holder is vague or unnamed"
        rows.append(
            _other_row(len(rows) + 1, "Vague attributions", entry, "vague", link, v, idx, sents)
        )
    df = pd.DataFrame(rows)
    intro = (
        f'<p class="note">{len(df)} matches, scare quotes and vague attributions. Click a column '
        "heading to sort; click a matched word to see it highlighted in the text.</p>"
    )
    if df.empty:
        return intro
    return intro + table(
        df, EVIDENCE_COLUMNS, sortable=True, raw=("link", "sentence"), cards=EVIDENCE_CARDS
    )


#: The columns of the evidence table: ``(row key, header, number format)``.
EVIDENCE_COLUMNS: list[tuple[str, str, Format]] = [
    ("n", "#", "{:.0f}"),
    ("label", "Category", None),
    ("link", "Matched (link to the text)", None),
    ("sentence", "Sentence", None),
    ("entry", "The entry counts", None),
    # counted from 1 for the reader; kwic and the match table's `sentence` count from 0
    ("sentence_no", "Sentence (from 1)", "{:.0f}"),
    # mostly empty: last, where a row leaves its empty cells out
    ("negated", "Negated", None),
    *((c, c.capitalize(), None) for c in ("voice", "source", "target")),
]


#: The class of the evidence table, whose cells the stylesheet labels on a narrow screen.
EVIDENCE_CARDS = "evidence"


def evidence_css() -> str:
    """The evidence table's card labels (:func:`cards_css`), for the report's stylesheet."""
    return cards_css(EVIDENCE_CARDS, EVIDENCE_COLUMNS)


def categories_html(
    analysis: Any, cats: pd.DataFrame, describe: Mapping[tuple[str, str], str]
) -> str:
    """What each category counts: its definition, audited precision, subcategories and every
    entry in plain words (collapsed)."""
    out = []
    notes = dict(zip(cats["category"], cats["precision_note"], strict=True))
    for cid, c in analysis.lexicon.categories.items():
        subs = c.subcategories or {}
        entries = "".join(
            f"<li>{_esc(describe.get((cid, e.pattern), e.pattern))}"
            + (f" <span class='muted'>({_esc(str(subs.get(e.subcategory, e.subcategory)))})</span>"
               if e.subcategory else "")
            + (f" <span class='muted'>— except {len(e.exclude)} context"
               f"{'s' if len(e.exclude) != 1 else ''}</span>" if e.exclude else "")
            + "</li>"
            for e in c.entries
        )  # fmt: skip
        cites = "; ".join(map(str, c.citations or ()))
        out.append(
            f'<details class="cat c-{_esc(cid)}"><summary><span class="sw"></span>'
            f"{_esc(c.label or cid)} <span class='muted'>({_esc(c.kind)}; "
            f"{_esc(str(notes.get(cid, 'not audited')))})</span></summary>"
            f"<p>{_esc(str(c.definition or ''))}</p>"
            + (f"<p class='note'>{_esc(cites)}</p>" if cites else "")
            + f"<ul>{entries}</ul></details>"
        )
    return "".join(out)


def register_note(genres: Sequence[str] | None, corpus: str | None) -> str:
    """A note when the comparison corpus is not news: its differences from a newspaper article
    are of register (genre, audience, length) as well as of framing."""
    if not corpus:
        return ""
    g = [str(x) for x in (genres or []) if str(x).strip() and str(x) != "nan"]
    if any(w in x.lower() for x in g for w in NEWS_GENRES):
        return ""
    kinds = ", ".join(sorted(set(g))[:4]) if g else "not labelled as news"
    return (
        f'<p class="register"><strong>Register.</strong> The corpus {_esc(corpus)} is not news '
        f"({_esc(kinds)}). An opinion article argues where a speech or a press release states "
        "positions, so differences from this corpus are of register — genre, audience, length — "
        "as well as of framing.</p>"
    )
