"""Every table of a comparison of one article with a corpus, built from the statistics modules.

:func:`compare_article` is what ``framing compare`` writes (one DataFrame per CSV file) and what
a script calls directly; no argument parsing and no files here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from framing.core.errors import InputError
from framing.stats import groups, intervals, ranks, space

#: Non-rate metrics compared between groups besides every ``*_per_1k``.
EXTRA_METRICS = (
    "west_us_frame_sentence_share",
    "mean_sentence_length",
    "mattr",
    "vader_compound_mean",
    "flesch_reading_ease",
)
#: Metadata columns of the corpus kept beside the scores (when present).
KEEP_COLUMNS = ("group", "title", "date")


def sentence_count_table(analysis) -> pd.DataFrame:
    """One row per sentence of the article: ``tokens`` and a ``<category>_count`` column per
    category (and ``scare_quote_count``, the author-voice, targeted and vague-source counts of
    :meth:`~framing.engine.analysis.Analysis.attribution_sentence_counts`) — the input of the
    sentence bootstrap."""
    from framing.engine.text import count_words

    sents = analysis.sentences
    table = pd.DataFrame({"tokens": [count_words(t) for t in sents["text"]]})
    m = analysis.matches
    for cat in analysis.lexicon.categories:
        hits = m.loc[m["category"] == cat, "sentence"].to_numpy(int)
        table[f"{cat}_count"] = np.bincount(hits, minlength=len(sents))[: len(sents)]
    q = analysis.quotes
    scare = q.loc[q["is_scare_quote"].astype(bool), "sentence"].dropna().to_numpy(int)
    table["scare_quote_count"] = np.bincount(scare, minlength=len(sents))[: len(sents)]
    extra = analysis.attribution_sentence_counts()  # author voice, targets, vague sources
    return pd.concat([table, extra.set_axis(table.index)], axis=1)


def corpus_scores(
    corpus: pd.DataFrame, lexicon=None, by: str = "group", jobs: int = 1
) -> pd.DataFrame:
    """:func:`framing.score` of ``corpus`` with its ``by`` column and metadata kept.

    Scores come through the Parquet scoring cache (:func:`framing.data.cache.cached_score`):
    documents scored before with the same lexicon and version are not scored again.
    """
    from framing.data.cache import cached_score

    if by not in corpus.columns:
        cols = ", ".join(map(str, corpus.columns))
        raise InputError(f"corpus has no column {by!r} to group by (columns: {cols})")
    table = cached_score(corpus, lexicon=lexicon, text_col="text", id_col="doc_id", jobs=jobs)
    for col in dict.fromkeys([by, *KEEP_COLUMNS]):
        if col in corpus.columns and col not in table.columns:
            table[col] = corpus[col].to_numpy()
    return table


def compare_article(
    analysis,
    scores: pd.DataFrame,
    by: str = "group",
    seed: int = 0,
    n_boot: int = 2000,
    min_group_size: int = 5,
    test: str = "mannwhitney",
    neighbours: int = 10,
    metrics: Sequence[str] | None = None,
) -> dict[str, pd.DataFrame]:
    """The article (an :class:`~framing.engine.analysis.Analysis`) against corpus ``scores``
    (one row per document, from :func:`corpus_scores` or :func:`framing.score`).

    Returns the tables ``position``, ``intervals``, ``groups``, ``pairwise``,
    ``framing_space``, ``framing_space_loadings`` and ``neighbours``.
    """
    article_metrics = analysis.metrics
    if by not in scores.columns:
        raise InputError(f"corpus scores have no column {by!r} to group by")
    rates = [c for c in article_metrics.index if c.endswith("_per_1k") and c in scores.columns]
    if metrics is not None:
        rates = [c for c in rates if c in metrics]
    if not rates:
        raise InputError(
            "the article and the corpus scores share no *_per_1k metric "
            "(were they scored with different lexicons?)"
        )
    tested = rates + [c for c in EXTRA_METRICS if c in scores.columns]
    pos = ranks.position(article_metrics, scores, group_col=by)
    pos.insert(0, "group", "(all)")
    pos = pd.concat([pos, ranks.position_by_group(article_metrics, scores, group_col=by)])
    tokens = int(article_metrics["tokens"])
    iv = intervals.article_rate_intervals(article_metrics, tokens)
    boot = intervals.article_rate_intervals(
        article_metrics,
        tokens,
        "bootstrap",
        sentence_counts=sentence_count_table(analysis),
        n_boot=n_boot,
        seed=seed,
    )
    iv["bootstrap_lower"], iv["bootstrap_upper"] = boot["lower"], boot["upper"]
    iv = intervals.flag_outside(iv, scores[rates].median())
    summary = pd.concat(
        [groups.group_summary(scores, m, by, seed, n_boot, min_group_size) for m in tested]
    )
    pw = pd.concat(
        [groups.pairwise_tests(scores, m, by, test, seed, min_group_size) for m in tested]
    )
    pw.insert(
        pw.columns.get_loc("p_adj") + 1, "p_adj_all", groups.bh_adjust(pw["p"].to_numpy(float))
    )
    focal = article_metrics.rename("ARTICLE")
    fs = space.framing_space(scores, rates, focal=focal, keep=[c for c in (by, "title") if c])
    nn = space.nearest_neighbours(
        scores, focal, rates, k=neighbours, cols=list(dict.fromkeys([by, *KEEP_COLUMNS]))
    )
    loadings = fs.loadings.reset_index()
    loadings["scale_kind"] = loadings["metric"].map(fs.scaler.scale_kind)
    loadings.attrs["explained"] = fs.explained_variance_ratio[:2]
    loadings.attrs["dropped"] = fs.scaler.dropped
    return {
        "position": pos.reset_index(drop=True),
        "intervals": iv,
        "groups": summary.reset_index(drop=True),
        "pairwise": pw.reset_index(drop=True),
        "framing_space": fs.scores,
        "framing_space_loadings": loadings,
        "neighbours": nn,
    }
