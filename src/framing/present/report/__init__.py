"""The self-contained HTML evidence report (``framing report``).

One HTML file without external assets: inline CSS and JS, figures as base64 PNG. It shows the
article's metadata, its text with every lexicon match highlighted by category (overlapping
matches nest; a checkbox per category toggles it; the tooltip names category, subcategory, term,
negation, voice, source and target), scare quotes as their own layer, the metric table with exact Poisson 95%
intervals and, with a corpus, the corpus median and percentile of every metric.
"""

from __future__ import annotations

import base64
import html
import io
import math
import os
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import pandas as pd

from framing.present.report.highlight import (
    SCARE_COLOR,
    SCARE_LAYER,
    layer_colors,
    match_spans,
    render,
)
from framing.stats.intervals import poisson_interval
from framing.stats.ranks import percentile_rank

_esc = html.escape


def _rate_interval(count: float, tokens: float) -> tuple[float, float]:
    """Exact Poisson 95% interval of ``count`` as a rate per 1,000 ``tokens`` (NaN without tokens)."""
    if not tokens or tokens <= 0 or math.isnan(count):
        return (math.nan, math.nan)
    lo, hi = poisson_interval([int(round(count))])
    return (1000 * float(lo[0]) / tokens, 1000 * float(hi[0]) / tokens)


def _categories(analysis: Any) -> list[tuple[str, str, str]]:
    """``(id, label, kind)`` of every category, lexicon order, else from the metric names."""
    return [(k, c.label or k, c.kind) for k, c in analysis.lexicon.categories.items()]


def metric_tables(
    analysis: Any, scores: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per-category table (count, per 1k, 95% interval, negated[, corpus median, percentile])
    and a table of the other metrics (value[, corpus median, percentile])."""
    m = analysis.metrics
    tokens = float(m.get("tokens", math.nan))
    rows = []
    used = {"tokens", "sentences"}
    for cid, label, kind in _categories(analysis):
        count = float(m.get(f"{cid}_count", (analysis.matches["category"] == cid).sum()))
        per = float(m.get(f"{cid}_per_1k", 1000 * count / tokens if tokens else math.nan))
        lo, hi = _rate_interval(count, tokens)
        row = {
            "category": cid,
            "label": label,
            "kind": kind,
            "count": count,
            "per_1k": per,
            "lo": lo,
            "hi": hi,
            "negated": float(m.get(f"{cid}_negated_count", math.nan)),
        }
        col = f"{cid}_per_1k"
        if scores is not None and col in scores:
            row["median"] = float(pd.to_numeric(scores[col], errors="coerce").median())
            row["percentile"] = percentile_rank(scores[col], per)
            row["percentile_lo"] = percentile_rank(scores[col], lo)
            row["percentile_hi"] = percentile_rank(scores[col], hi)
        rows.append(row)
        used |= {f"{cid}_count", f"{cid}_per_1k", f"{cid}_negated_count"}
    cols = ["category", "label", "kind", "count", "per_1k", "lo", "hi", "negated"]
    cats = pd.DataFrame(rows, columns=list(dict.fromkeys(cols + [k for r in rows for k in r])))
    other = []
    for name, value in m.items():
        if name in used and name not in ("tokens", "sentences"):
            continue
        row = {"metric": name, "value": float(value)}
        if scores is not None and name in scores:
            row["median"] = float(pd.to_numeric(scores[name], errors="coerce").median())
            row["percentile"] = percentile_rank(scores[name], float(value))
        other.append(row)
    return cats, pd.DataFrame(
        other, columns=list(dict.fromkeys(["metric", "value"] + [k for r in other for k in r]))
    )


def _num(x: Any, fmt: str = "{:.2f}") -> str:
    try:
        return "–" if x is None or math.isnan(float(x)) else fmt.format(float(x))
    except (TypeError, ValueError):
        return _esc(str(x))


def _table(df: pd.DataFrame, columns: list[tuple[str, str, str | None]]) -> str:
    head = "".join(f'<th class="{"num" if f else ""}">{_esc(h)}</th>' for _, h, f in columns)
    body = []
    for _, r in df.iterrows():
        cells = []
        for key, _, fmt in columns:
            v = r.get(key)
            cells.append(
                f'<td class="num">{_num(v, fmt)}</td>' if fmt else f"<td>{_esc(str(v))}</td>"
            )
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _metrics_html(cats: pd.DataFrame, other: pd.DataFrame, corpus: str | None) -> str:
    cats = cats.assign(
        interval=[f"{_num(lo)}–{_num(hi)}" for lo, hi in zip(cats["lo"], cats["hi"], strict=True)]
    )
    cols: list[tuple[str, str, str | None]] = [
        ("label", "Category", None),
        ("kind", "Kind", None),
        ("count", "Count", "{:.0f}"),
        ("per_1k", "Per 1,000 words", "{:.2f}"),
        ("interval", "95% interval", None),
        ("negated", "Negated", "{:.0f}"),
    ]
    ocols: list[tuple[str, str, str | None]] = [
        ("metric", "Metric", None),
        ("value", "Value", "{:.3g}"),
    ]
    if corpus and "median" in cats:
        cols += [
            ("median", f"Median per 1k in {corpus}", "{:.2f}"),
            ("percentile", "Percentile", "{:.0f}"),
        ]
    if corpus and "median" in other:
        ocols += [
            ("median", f"Median in {corpus}", "{:.3g}"),
            ("percentile", "Percentile", "{:.0f}"),
        ]
    note = (
        '<p class="note">95% interval: exact Poisson interval of the count, per 1,000 words. '
        "Percentile: share of corpus documents with a lower rate (ties count half).</p>"
    )
    return _table(cats, cols) + note + _table(other, ocols)


def _png(fig) -> str:
    import matplotlib.pyplot as plt

    from framing.present.saving import PNG_METADATA
    from framing.present.style import DPI, fit_legends

    fit_legends(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata=PNG_METADATA)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def report_figures(
    cats: pd.DataFrame, corpus: str | None = None, focal_label: str = "the article"
) -> list[tuple[str, str]]:
    """``(caption, base64 PNG)`` of the key figures; ``focal_label`` names the article."""
    from framing.present import charts, style

    out = []
    c = cats[cats["count"] > 0].sort_values(
        ["per_1k", "label"], ascending=[False, True], kind="mergesort"
    )
    if len(c):
        top = c.iloc[0]
        fig, ax = style.new_figure(
            f"{top['label']} is the most frequent category ({top['per_1k']:.1f} per 1,000 words)",
            subtitle="Lexicon categories found in the article, with exact 95% Poisson intervals",
            source="the article; framing lexicons",
            figsize=(7.2, 1.6 + 0.28 * len(c)),
        )
        charts.interval_chart(
            ax,
            c,
            label="label",
            reference="median" if "median" in c else None,
            focal_label=focal_label,
        )
        out.append(("Rate of every category found in the article, per 1,000 words.", _png(fig)))
    if corpus and "percentile" in cats:
        p = cats.dropna(subset=["percentile"]).sort_values(
            ["percentile", "label"], ascending=[False, True], kind="mergesort"
        )
        if len(p):
            above = int((p["percentile"] > 50).sum())
            p = p.assign(
                note=[f"{a:.1f} vs {b:.1f}" for a, b in zip(p["per_1k"], p["median"], strict=True)]
            )
            fig, ax = style.new_figure(
                f"{above} of {len(p)} categories are above the {corpus} median",
                subtitle="Percentile of the article's rate among corpus documents; bars: its 95% interval",
                source=f"{corpus}; framing lexicons",
                figsize=(7.2, 1.8 + 0.28 * len(p)),
            )
            charts.percentile_chart(
                ax,
                p,
                label="label",
                note="note",
                note_title="per 1k vs median",
                focal_label=focal_label,
            )
            out.append((f"Where the article sits in {corpus}, category by category.", _png(fig)))
    return out


def _layers(cats: pd.DataFrame) -> tuple[dict[str, str], str]:
    colors = layer_colors(list(cats["category"]))
    css = "\n".join(f".c-{cid} {{ --c: {col}; --bg: {col}2e; }}" for cid, col in colors.items())
    return colors, css + f"\n:root {{ --sqc: {SCARE_COLOR}; }}"


def _legend(cats: pd.DataFrame, colors: dict[str, str], n_scare: int) -> str:
    items = []
    for cid, label, count in zip(cats["category"], cats["label"], cats["count"], strict=True):
        items.append(
            f'<label class="c-{_esc(cid)}"><input type="checkbox" data-layer="{_esc(cid)}" checked>'
            f'<span class="sw"></span>{_esc(str(label))} ({_num(count, "{:.0f}")})</label>'
        )
    items.append(
        f'<label><input type="checkbox" data-layer="{SCARE_LAYER}" checked>'
        f'<span class="sw sq"></span>Scare quotes ({n_scare})</label>'
    )
    buttons = '<button type="button" id="show-all">all</button><button type="button" id="show-none">none</button>'
    return f"<div>{buttons}{''.join(items)}</div>"


def _evidence(analysis: Any, labels: dict[str, str]) -> str:
    m = analysis.matches.copy()
    m["label"] = m["category"].map(lambda c: labels.get(c, c))
    m["negated"] = m["negated"].map(lambda b: "yes" if bool(b) else "")
    cols = [
        ("label", "Category", None),
        ("subcategory", "Subcategory", None),
        ("term", "Term", None),
        ("matched_text", "Matched text", None),
        ("negated", "Negated", None),
        *[(c, c.capitalize(), None) for c in ("voice", "source", "target") if c in m.columns],
        ("sentence", "Sentence", "{:.0f}"),
        ("start", "Start", "{:.0f}"),
    ]
    parts = [
        f"<details><summary>All {len(m)} matches</summary>{_table(m.fillna(''), cols)}</details>"
    ]
    q = getattr(analysis, "quotes", None)
    if q is not None and len(q):
        q = q.assign(scare=q["is_scare_quote"].map(lambda b: "yes" if bool(b) else ""))
        qcols = [
            ("text", "Quoted text", None),
            ("words", "Words", "{:.0f}"),
            ("scare", "Scare quote", None),
            ("reason", "Reason", None),
            ("sentence", "Sentence", "{:.0f}"),
        ]
        parts.append(
            f"<details><summary>All {len(q)} quotations</summary>{_table(q.fillna(''), qcols)}</details>"
        )
    return "\n".join(parts)


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render_report(
    article: Any,
    analysis: Any,
    scores: pd.DataFrame | None = None,
    corpus: str | None = None,
    figures: bool = True,
) -> str:
    """The report's HTML for ``article`` (an :class:`~framing.data.article.Article` or anything with
    ``title``) and its ``analysis``; ``scores`` (one row per corpus document, the columns of
    :func:`framing.score`) adds the corpus median and percentile of every metric."""
    from framing import __version__

    cats, other = metric_tables(analysis, scores)
    colors, layer_css = _layers(cats)
    labels = dict(zip(cats["category"], cats["label"], strict=True))
    spans = match_spans(analysis, labels)
    order = [SCARE_LAYER, *cats["category"]]
    text_html = render(analysis.text, spans, order, overlines=(SCARE_LAYER,))
    title = str(getattr(article, "title", None) or "Untitled text")
    meta = [
        getattr(article, "outlet", None),
        getattr(article, "section", None),
        getattr(article, "date", None),
        getattr(article, "byline", None),
    ]
    meta_html = " · ".join(_esc(str(x)) for x in meta if x)
    lex = getattr(analysis, "lexicon", None)
    prov = [f"framing {__version__}", f"{int(analysis.metrics.get('tokens', 0))} words"]
    if lex is not None and getattr(lex, "fingerprint", None):
        prov.append(f"lexicon sha256 {lex.fingerprint[:12]}")
    if corpus:
        prov.append(
            f"corpus: {corpus}" + (f" ({len(scores)} documents)" if scores is not None else "")
        )
    from framing.present.labels import article_label

    focal = article_label(article)
    figs = report_figures(cats, corpus if scores is not None else None, focal) if figures else []
    fig_html = ""
    if figs:
        items = "".join(
            f'<figure><img alt="{_esc(cap)}" src="data:image/png;base64,{b64}"><figcaption>{_esc(cap)}'
            "</figcaption></figure>"
            for cap, b64 in figs
        )
        fig_html = f'<section id="figures"><h2>Key figures</h2>{items}</section>'
    n_scare = sum(1 for s in spans if s.layer == SCARE_LAYER)
    return Template(_asset("template.html")).substitute(
        version=_esc(__version__),
        page_title=_esc(f"{title} — framing report"),
        title=_esc(title),
        meta=meta_html,
        provenance=_esc(" · ".join(prov)),
        css=_asset("report.css"),
        layer_css=layer_css,
        legend=_legend(cats, colors, n_scare),
        article=text_html,
        metrics=_metrics_html(cats, other, corpus if scores is not None else None),
        figures=fig_html,
        matches=_evidence(analysis, labels),
        footer=_esc(
            "Counts are lexicon matches on word boundaries after context exclusions; "
            "see the lexicon files for definitions and citations. Generated by framing "
            f"{__version__}."
        ),
        js=_asset("report.js"),
    )


def write_report(
    article,
    output: str | os.PathLike = "report.html",
    corpus: str | os.PathLike | pd.DataFrame | None = None,
    lexicon=None,
    force: bool = False,
    encoding: str | None = None,
    title_line: bool = False,
    corpus_name: str | None = None,
    cache: bool = True,
    inputs=(),
) -> Path:
    """Analyse the article and write the report atomically to ``output``.

    ``article`` is an :class:`~framing.data.article.Article` or a path (read by the title rule
    of :mod:`framing.data.article`); ``corpus`` a corpus DataFrame, path or name (its documents
    are scored with the article's lexicon through the scoring cache); ``lexicon`` a
    :class:`~framing.engine.lexicon.Lexicon` or lexicon file(s) added to the built-in one.
    ``inputs`` are files the output must never be (besides the article, corpus and lexicons).
    """
    from framing.api import as_analysis, load_corpus
    from framing.core.outputs import claim_output
    from framing.data.article import Article, read_txt
    from framing.data.cache import cached_score
    from framing.engine.scoring import score

    named = [] if isinstance(article, Article) else [article, Path(article).with_suffix(".yaml")]
    lexicons = [lexicon] if isinstance(lexicon, str | os.PathLike) else list(lexicon or [])
    paths = [x for x in lexicons if isinstance(x, str | os.PathLike)]
    corpus_path = [corpus] if isinstance(corpus, str | os.PathLike) else []
    with claim_output(output, force=force, inputs=[*named, *corpus_path, *paths, *inputs]) as claim:
        if not isinstance(article, Article):
            article = read_txt(article, encoding=encoding, title_line=title_line)
        analysis, _ = as_analysis(article, lexicon)
        scores = None
        if corpus is not None:
            docs = corpus if isinstance(corpus, pd.DataFrame) else load_corpus(corpus)
            scorer = cached_score if cache else score
            scores = scorer(docs, lexicon=analysis.lexicon)
            if corpus_name is None and not isinstance(corpus, pd.DataFrame):
                corpus_name = str(corpus)
        html_text = render_report(
            article,
            analysis,
            scores=scores,
            corpus=corpus_name or ("corpus" if scores is not None else None),
        )
        with claim.file() as tmp:
            tmp.write_text(html_text, encoding="utf-8", newline="\n")
    return Path(output)
