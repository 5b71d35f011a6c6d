"""The self-contained HTML evidence report (``framing report``).

One HTML file without external assets: inline CSS and JS, figures as base64 PNG. It shows the
article's metadata, its text with every lexicon match highlighted by category (overlapping
matches nest; a checkbox per category toggles it, in a collapsible legend; the tooltip names
category, subcategory, what the entry counts in words, negation, voice, source and target),
scare quotes and vague attributions (``vague_source_count``) as their own layers, the metric tables — topic mentions apart from frames, each rate
with its 95% interval (sentence bootstrap, never narrower than exact Poisson) and its category's
audited precision (exploratory below 0.80) — and, with a corpus, the corpus median and
percentile of every metric and a note on register when the corpus is not news; then a sortable
evidence table (each match with its sentence and a link to its highlight) and what each
category counts in plain words. Legible on a 390-pixel phone screen (report.css).
"""

from __future__ import annotations

import base64
import html
import io
import math
import os
import warnings
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import pandas as pd

from framing import __version__
from framing.api import as_analysis, is_score_table, load_corpus
from framing.core.errors import FramingWarning, InputError
from framing.core.outputs import claim_output
from framing.data.article import Article, read_article
from framing.data.cache import cached_score
from framing.engine.scoring import score
from framing.present import claims, titles
from framing.present.entries import entry_descriptions
from framing.present.labels import article_label
from framing.present.report.highlight import (
    SCARE_COLOR,
    SCARE_LAYER,
    TINT_ALPHA,
    VAGUE_COLOR,
    VAGUE_LAYER,
    layer_colors,
    match_spans,
    render,
    tip_store,
    vague_spans,
)
from framing.present.report.sections import (
    categories_html,
    evidence_css,
    evidence_html,
    legend_html,
    metrics_html,
    register_note,
)
from framing.present.tables import article_rates
from framing.stats.common import MIN_DOC_TOKENS
from framing.stats.comparison import check_same_lexicon
from framing.stats.ranks import percentile_rank

_esc = html.escape


def metric_tables(
    analysis: Any, scores: pd.DataFrame | None = None, seed: int = 0, genre: str = "official"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per-category table and a table of the other metrics.

    Categories (lexicon order): category, label, kind, count, sentences, per_1k, lo, hi (the
    sentence-bootstrap interval widened to exact Poisson), poisson_lo, poisson_hi, own_voice
    (matches in the author's own voice; NaN for categories without a voice), negated,
    precision, precision_lower, precision_upper, exploratory, precision_note and, with
    ``scores``, median, percentile, percentile_lo, percentile_hi. Other metrics: metric,
    value[, median, percentile]. ``genre``: where the precision was measured
    (:func:`framing.present.tables.with_precision`).
    """
    m = analysis.metrics
    rates = article_rates(analysis, seed=seed, genre=genre)
    scare = rates[rates["category"] == SCARE_LAYER]
    cats = rates[rates["category"] != SCARE_LAYER].rename(
        columns={
            "lower": "lo",
            "upper": "hi",
            "poisson_lower": "poisson_lo",
            "poisson_upper": "poisson_hi",
        }
    )
    cats = cats.assign(
        own_voice=[float(m.get(f"{c}_author_count", math.nan)) for c in cats["category"]],
        negated=[float(m.get(f"{c}_negated_count", math.nan)) for c in cats["category"]],
    ).reset_index(drop=True)
    if scores is not None:
        for col, key in (("median", None), ("percentile", "per_1k"), ("percentile_lo", "lo"),
                         ("percentile_hi", "hi")):  # fmt: skip
            vals = []
            for r in cats.itertuples(index=False):
                name = f"{r.category}_per_1k"
                if name not in scores:
                    vals.append(math.nan)
                elif key is None:
                    vals.append(float(pd.to_numeric(scores[name], errors="coerce").median()))
                else:
                    vals.append(percentile_rank(scores[name], float(getattr(r, key))))
            cats[col] = vals
    used = {"tokens", "sentences"}
    for c in analysis.lexicon.categories:
        used |= {f"{c}_count", f"{c}_per_1k", f"{c}_negated_count", f"{c}_author_count"}
    other = []
    for name, value in m.items():
        if name in used and name not in ("tokens", "sentences"):
            continue
        row = {"metric": name, "value": float(value)}
        if scores is not None and name in scores:
            row["median"] = float(pd.to_numeric(scores[name], errors="coerce").median())
            row["percentile"] = percentile_rank(scores[name], float(value))
        other.append(row)
    # scare quotes are a layer, not a table row: their audited precision goes with the legend
    cats.attrs["scare_quote"] = scare.iloc[0].to_dict() if len(scare) else {}
    return cats, pd.DataFrame(
        other, columns=list(dict.fromkeys(["metric", "value"] + [k for r in other for k in r]))
    )


def _png(fig) -> tuple[str, str]:
    """The figure's text alternative (its finding and what it draws) and its base64 PNG."""
    # Lazy: matplotlib (pyplot, saving, style) is loaded only when a report draws its figures.
    import matplotlib.pyplot as plt

    from framing.present.saving import PNG_METADATA
    from framing.present.style import DPI, figure_alt, fit_legends

    fit_legends(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata=PNG_METADATA)
    alt = figure_alt(fig)
    plt.close(fig)
    return alt, base64.b64encode(buf.getvalue()).decode("ascii")


def report_figures(
    cats: pd.DataFrame, corpus: str | None = None, focal_label: str = "the article"
) -> list[tuple[str, str, str]]:
    """``(caption, alt text, base64 PNG)`` of the key figures; their titles follow
    :mod:`framing.present.claims` (ties as ties, topics apart, evidence minimum);
    ``focal_label`` names the article."""
    # Lazy: matplotlib (charts, style) is loaded only when a report draws its figures.
    from framing.present import charts, style

    out = []
    c = cats[cats["count"] > 0].sort_values(
        ["per_1k", "label"], ascending=[False, True], kind="mergesort"
    )
    if len(c):
        frames = c[~c["kind"].map(claims.is_topic)]
        strong = frames[
            [claims.enough_evidence(r.count, r.sentences, r.lo > 0) for r in frames.itertuples()]
        ]
        topics = c[c["kind"].map(claims.is_topic)]
        head = (
            f"Most frequent frame or stance with at least {claims.MIN_MATCHES} matches in "
            f"{claims.MIN_SENTENCES} sentences: {titles.rates_sentence(strong, 1)}"
            if len(strong)
            else "No frame or stance category has enough matches to lead"
        )
        if len(topics):
            head += f"; topic mentions: {titles.rates_sentence(topics, 3)}"
        fig, ax = style.new_figure(
            head,
            subtitle="Categories found in the article per 1,000 words; whisker: 95% interval "
            "(sentence bootstrap widened to exact Poisson), grey bar: exact Poisson alone; "
            "right: audited precision",
            source="the article; framing lexicons",
            figsize=(7.2, 1.9 + 0.3 * len(c)),
        )
        charts.interval_chart(
            ax,
            c,
            label="label",
            lo="lo",
            hi="hi",
            reference="median" if "median" in c else None,
            inner=("poisson_lo", "poisson_hi"),
            interval_label=charts.WIDENED_INTERVAL_LABEL,
            inner_label="exact Poisson",
            precision="precision_note",
            focal_label=focal_label,
        )
        out.append(("Rate of every category found in the article, per 1,000 words.", *_png(fig)))
    if corpus and "percentile" in cats:
        p = cats.dropna(subset=["percentile"])
        if len(p):
            p = p.assign(
                note=[f"{a:.1f} vs {b:.1f}" for a, b in zip(p["per_1k"], p["median"], strict=True)],
                section=[
                    "Topic mentions" if claims.is_topic(k) else "Frames and stance"
                    for k in p["kind"]
                ],
            ).sort_values(["section", "percentile", "label"], ascending=[True, False, True],
                          kind="mergesort")  # fmt: skip
            fig, ax = style.new_figure(
                claims.position_claim(p, corpus).text,
                subtitle="Percentile of the article's rate among corpus documents; whiskers: "
                "its 95% interval; right: rate vs corpus median, audited precision",
                source=f"{corpus}; framing lexicons",
                figsize=(8.6, 2.4 + 0.32 * len(p)),
            )
            charts.percentile_chart(
                ax,
                p,
                label="label",
                note="note",
                note_title="per 1k vs median",
                precision="precision_note",
                focal_label=focal_label,
            )
            out.append((f"Where the article sits in {corpus}, category by category.", *_png(fig)))
    return out


def _layers(cats: pd.DataFrame) -> tuple[dict[str, str], str]:
    colors = layer_colors(list(cats["category"]))
    colors[VAGUE_LAYER] = VAGUE_COLOR
    css = "\n".join(
        f".c-{cid} {{ --c: {col}; --bg: {col}{TINT_ALPHA}; }}" for cid, col in colors.items()
    )
    return colors, css + f"\n:root {{ --sqc: {SCARE_COLOR}; }}"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render_report(
    article: Any,
    analysis: Any,
    scores: pd.DataFrame | None = None,
    corpus: str | None = None,
    figures: bool = True,
    genres: list[str] | None = None,
    precision: str = "official",
) -> str:
    """The report's HTML for ``article`` (an :class:`~framing.data.article.Article` or anything with
    ``title``) and its ``analysis``; ``scores`` (one row per corpus document, the columns of
    :func:`framing.score`) adds the corpus median and percentile of every metric; ``genres``
    (the corpus's genre labels) decides the note on register; ``precision``: the genre whose
    audit measured the precision shown (``official`` or ``news``)."""
    cats, other = metric_tables(analysis, scores, genre=precision)
    _, layer_css = _layers(cats)
    labels = dict(zip(cats["category"], cats["label"], strict=True))
    describe = entry_descriptions(analysis.lexicon)
    vague = vague_spans(analysis)
    spans = match_spans(analysis, labels, describe=describe) + vague
    order = [SCARE_LAYER, *cats["category"], VAGUE_LAYER]
    tip_ids, tips_html = tip_store(spans)
    text_html = render(analysis.text, spans, order, overlines=(SCARE_LAYER,), tip_ids=tip_ids)
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
        short, min_tokens = scores.attrs.get("left_out", (0, 0)) if scores is not None else (0, 0)
        left = f"; {short} under {min_tokens} words left out" if short else ""
        prov.append(
            f"corpus: {corpus}"
            + (f" ({len(scores)} documents{left})" if scores is not None else "")
        )

    focal = article_label(article)
    figs = report_figures(cats, corpus if scores is not None else None, focal) if figures else []
    fig_html = ""
    if figs:
        items = "".join(
            f'<figure><div class="scroll fig"><img alt="{_esc(alt or cap)}" '
            f'src="data:image/png;base64,{b64}"></div><figcaption>{_esc(cap)}'
            "</figcaption></figure>"
            for cap, alt, b64 in figs
        )
        fig_html = f'<section id="figures"><h2>Key figures</h2>{items}</section>'
    n_scare = sum(1 for s in spans if s.layer == SCARE_LAYER)
    corpus_shown = corpus if scores is not None else None
    return Template(_asset("template.html")).substitute(
        version=_esc(__version__),
        page_title=_esc(f"{title} — framing report"),
        title=_esc(title),
        meta=meta_html,
        provenance=_esc(" · ".join(prov)),
        css=_asset("report.css"),
        layer_css=layer_css + "\n" + evidence_css(),
        legend=legend_html(cats, n_scare, len(vague)),
        article=text_html,
        tips=tips_html,
        register=register_note(genres, corpus_shown),
        html_note=HTML_NOTE if (getattr(article, "extra", None) or {}).get("html_blanked") else "",
        metrics=metrics_html(cats, other, corpus_shown, precision),
        figures=fig_html,
        matches=evidence_html(analysis, labels, describe, vague),
        categories=categories_html(analysis, cats, describe),
        footer=_esc(
            "Counts are lexicon matches on word boundaries after context exclusions; the "
            "categories section says what each one counts. Generated by framing "
            f"{__version__}."
        ),
        js=_asset("report.js"),
    )


#: Said beside the text of an article that looked like HTML (``Article.extra["html_blanked"]``).
HTML_NOTE = (
    " This file looked like HTML: what is shown is the text analysed, with its tags, scripts"
    " and styles blanked out as spaces and character references decoded (padded with invisible"
    " word joiners, so that every offset is still the file's)."
)


def _corpus_scores(
    df: pd.DataFrame, lexicon: Any, cache: bool, min_tokens: int = MIN_DOC_TOKENS
) -> tuple[pd.DataFrame, list[str]]:
    """Score the corpus ``df`` with ``lexicon`` (through the scoring cache with ``cache``;
    a table of scores, :func:`~framing.api.is_score_table`, is taken as it is once its
    categories are the lexicon's), without the documents shorter than ``min_tokens`` words
    (as ``framing compare`` and the notebooks; a warning counts them, an error when none is
    left); also its genre labels."""
    genres = sorted(df["genre"].dropna().astype(str).unique()) if "genre" in df else []
    if is_score_table(df):
        check_same_lexicon(lexicon, df)
        scores = df
    else:
        scores = (cached_score if cache else score)(df, lexicon=lexicon)
    kept = scores[scores["tokens"] >= min_tokens].reset_index(drop=True)
    if kept.empty:
        raise InputError(
            f"no corpus document has at least {min_tokens} words; nothing to compare with "
            "(--min-tokens sets the minimum)"
        )
    if len(kept) < len(scores):
        warnings.warn(
            f"left out {len(scores) - len(kept)} of {len(scores)} corpus documents under "
            f"{min_tokens} words (--min-tokens)",
            FramingWarning,
            stacklevel=3,
        )
    kept.attrs["left_out"] = (len(scores) - len(kept), int(min_tokens))
    return kept, genres


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
    precision: str = "official",
    min_tokens: int | None = None,
) -> Path:
    """Analyse the article and write the report atomically to ``output``.

    ``article`` is an :class:`~framing.data.article.Article` or a path (read by the title rule
    of :mod:`framing.data.article`); ``corpus`` a corpus DataFrame, path or name (its documents
    are scored with the article's lexicon through the scoring cache) or a DataFrame of
    :func:`framing.score` output made with the same lexicon; ``lexicon`` a
    :class:`~framing.engine.lexicon.Lexicon` or lexicon file(s) added to the built-in one.
    ``inputs`` are files the output must never be (besides the article, corpus and lexicons).
    ``precision``: the audit whose precision the report shows, ``official`` or ``news``;
    corpus documents under ``min_tokens`` words (default :data:`framing.stats.MIN_DOC_TOKENS`)
    are left out (a warning counts them).
    """
    named = [] if isinstance(article, Article) else [article, Path(article).with_suffix(".yaml")]
    lexicons = [lexicon] if isinstance(lexicon, str | os.PathLike) else list(lexicon or [])
    paths = [x for x in lexicons if isinstance(x, str | os.PathLike)]
    corpus_path = [corpus] if isinstance(corpus, str | os.PathLike) else []
    with claim_output(output, force=force, inputs=[*named, *corpus_path, *paths, *inputs]) as claim:
        if not isinstance(article, Article):
            article = read_article(article, encoding=encoding, title_line=title_line)
        analysis, _ = as_analysis(article, lexicon)
        scores = genres = None
        if corpus is not None:
            docs = corpus if isinstance(corpus, pd.DataFrame) else load_corpus(corpus)
            least = MIN_DOC_TOKENS if min_tokens is None else min_tokens
            scores, genres = _corpus_scores(docs, analysis.lexicon, cache, least)
            if corpus_name is None and not isinstance(corpus, pd.DataFrame):
                corpus_name = str(corpus)
        html_text = render_report(
            article,
            analysis,
            scores=scores,
            corpus=corpus_name or ("corpus" if scores is not None else None),
            genres=genres,
            precision=precision,
        )
        with claim.file() as tmp:
            tmp.write_text(html_text, encoding="utf-8", newline="\n")
    return Path(output)
