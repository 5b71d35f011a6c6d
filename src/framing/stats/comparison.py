"""Every table of a comparison of one article with a corpus, built from the statistics modules.

:func:`compare_article` is what ``framing compare`` writes (one DataFrame per CSV file) and what
a script calls directly; no argument parsing and no files here.
"""

from __future__ import annotations

import numbers
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

from framing.core.errors import FramingWarning, InputError
from framing.core.progress import progress
from framing.data.cache import cached_score
from framing.data.datasets import home_options
from framing.engine.analysis import metric_columns
from framing.engine.lexicon import as_lexicon
from framing.engine.scoring import check_record, score
from framing.stats import groups, intervals, ranks, space
from framing.stats.common import (
    ALL_GROUP,
    ARTICLE_GROUP,
    MIN_DOC_TOKENS,
    check_group_labels,
    group_labels,
)
from framing.stats.lengthmatch import UNIT_KINDS, length_matched

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
#: The tables of the framing space and of the nearest neighbours in it: left out together when
#: the space cannot be built (:func:`framing.stats.space.space_problem`).
SPACE_TABLES = (
    "framing_space",
    "framing_space_loadings",
    "framing_space_components",
    "neighbours",
    "neighbours_baseline",
)
#: The ``attrs`` key of the ``documents`` table that holds why the framing space was not built.
NO_SPACE = "no_framing_space"


def corpus_scores(
    corpus: pd.DataFrame, lexicon=None, by: str = "group", jobs: int = 1, cache: bool = True
) -> pd.DataFrame:
    """:func:`framing.score` of ``corpus`` with its ``by`` column and metadata kept.

    With ``cache`` (default) scores come through the Parquet scoring cache
    (:func:`framing.data.cache.cached_score`): documents scored before with the same lexicon
    and version are not scored again. A corpus with an ``outlet_country`` column is scored with
    each publisher's home (:func:`framing.data.datasets.home_options`), as the notebooks do.
    """
    if by not in corpus.columns:
        cols = ", ".join(map(str, corpus.columns))
        raise InputError(f"corpus has no column {by!r} to group by (columns: {cols})")
    if by in metric_columns(as_lexicon(lexicon)):
        raise InputError(
            f"the corpus column {by!r} has the name of a score column (framing computes its "
            "own); rename the column to group by it"
        )
    kw = dict(text_col="text", id_col="doc_id", lexicon=lexicon, jobs=jobs)
    kw.update(home_options(corpus))
    table = cached_score(corpus, **kw) if cache else score(corpus, **kw)
    for col in dict.fromkeys([by, *KEEP_COLUMNS]):
        if col in corpus.columns and col not in table.columns:
            table[col] = corpus[col].to_numpy()
    return table


def length_matched_position(
    analysis,
    texts: Sequence[str],
    doc_ids: Sequence[str],
    intervals: pd.DataFrame | None = None,
    tolerance: float = 0.2,
    seed: int = 0,
    jobs: int = 1,
) -> pd.DataFrame:
    """The article among units of its own length: one per corpus text, the whole text if within
    ``tolerance`` of the article's word count, else one seeded excerpt of whole sentences
    (:func:`framing.stats.lengthmatch.length_matched`; shorter texts are left out), each scored
    with the article's lexicon.

    One row per category (and scare quotes): category, target_words, n_units, n_whole,
    n_excerpt, n_short, n_long (an excerpt over the tolerance: left out), median (of the units' rates per 1k), percentile (mid-rank, of the
    article's rate among the units') and, with ``intervals``, percentile_lo / percentile_hi (of
    the ends of the article's interval).
    """
    m = analysis.metrics
    target = int(m["tokens"])
    docs = pd.DataFrame({"doc_id": [str(d) for d in doc_ids], "text": list(texts)})
    units = length_matched(docs, target, tolerance, seed=seed)
    kinds = units["kind"].value_counts()
    use = units[units["kind"].isin(UNIT_KINDS)].reset_index(drop=True)
    cats = [*analysis.lexicon.categories, "scare_quote"]
    if len(use):
        rates = score(use[["doc_id", "text"]], lexicon=analysis.lexicon, readability=False,
                      sentiment=False, jobs=jobs)  # fmt: skip
    else:
        rates = pd.DataFrame(columns=[f"{c}_per_1k" for c in cats])
    iv = intervals.set_index("category") if intervals is not None else None
    rows = []
    for c in cats:
        col = f"{c}_per_1k"
        vals = rates[col].to_numpy(float) if col in rates else np.array([])
        row = {
            "category": c,
            "target_words": target,
            "n_units": int(len(use)),
            "n_whole": int(kinds.get("whole", 0)),
            "n_excerpt": int(kinds.get("excerpt", 0)),
            "n_short": int(kinds.get("too short", 0)),
            "n_long": int(kinds.get("too long", 0)),
            "median": float(np.median(vals)) if vals.size else np.nan,
            "percentile": ranks.percentile_rank(vals, float(m.get(col, np.nan))),
        }
        if iv is not None:
            lo, hi = (iv.loc[c, k] if c in iv.index else np.nan for k in ("lower", "upper"))
            row["percentile_lo"] = ranks.percentile_rank(vals, float(lo))
            row["percentile_hi"] = ranks.percentile_rank(vals, float(hi))
        rows.append(row)
    return pd.DataFrame(rows)


def drop_short_documents(
    scores: pd.DataFrame, by: str = "group", min_tokens: int = MIN_DOC_TOKENS
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``scores`` without documents of fewer than ``min_tokens`` word tokens, and a table of
    what was kept per group (group, documents, kept, too_short, min_tokens) — nothing is dropped
    silently."""
    short = scores["tokens"].to_numpy(float) < min_tokens
    labels = group_labels(scores, by)
    table = (
        pd.DataFrame({"group": labels.to_numpy(), "short": short})
        .groupby("group", sort=True)
        .agg(documents=("short", "size"), too_short=("short", "sum"))
        .reset_index()
    )
    table.insert(2, "kept", table["documents"] - table["too_short"])
    table["min_tokens"] = int(min_tokens)
    return scores.loc[~short].reset_index(drop=True), table


def scored_categories(scores: pd.DataFrame) -> list[str]:
    """Lexicon categories of a score table: those with a ``<category>_negated_count`` column
    (derived metrics such as ``<category>_author_count`` have none)."""
    return [
        c[: -len("_negated_count")] for c in scores.columns if str(c).endswith("_negated_count")
    ]


def check_same_lexicon(lexicon, scores: pd.DataFrame) -> None:
    """Raise when ``scores`` were not made with the categories of ``lexicon``.

    A category of the article's lexicon missing from the corpus scores (a custom category and
    scores made without it) would otherwise leave that category silently out of the comparison.

    Raises
    ------
    InputError
        Naming the categories on each side only; or, for scores that record what they were
        made with (a Parquet file of ``framing score``), another lexicon or rules version
        (:func:`framing.engine.scoring.check_record`).
    """
    ours = list(lexicon.categories)
    theirs = scored_categories(scores)
    missing = [c for c in ours if c not in theirs]
    extra = [c for c in theirs if c not in ours]
    if not missing and not extra:
        check_record(scores, lexicon)  # the lexicon and rules version a Parquet table records
        return
    parts = []
    if missing:
        parts.append(f"the corpus scores lack {', '.join(missing)}")
    if extra:
        parts.append(f"the article's lexicon lacks {', '.join(extra)}")
    raise InputError(
        "the article and the corpus were scored with different lexicons ("
        + "; ".join(parts)
        + "); score both with the same --lexicon files"
    )


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
    min_tokens: int = MIN_DOC_TOKENS,
    texts: Sequence[str] | None = None,
    jobs: int = 1,
) -> dict[str, pd.DataFrame]:
    """The article (an :class:`~framing.engine.analysis.Analysis`) against corpus ``scores``
    (one row per document, from :func:`corpus_scores` or :func:`framing.score`).

    Documents with fewer than ``min_tokens`` words are left out first (:data:`MIN_DOC_TOKENS`,
    the same as in the notebooks; counted in ``documents``). ``texts`` (the corpus texts, in
    the order of ``scores``) adds ``length_matched``: the article among units of its own length
    (:func:`length_matched_position`).

    Returns the tables ``documents``, ``position``, ``intervals`` (sentence bootstrap widened
    to the exact Poisson interval, both kept), ``groups``, ``pairwise`` (the pairs of groups
    with at least ``min_group_size`` documents; smaller groups are flagged in ``groups``),
    the framing-space tables (:data:`SPACE_TABLES`, :func:`space_tables`), with ``texts``
    ``length_matched``, and with stance categories ``voice`` (:func:`voice_table`).

    When the framing space cannot be built (:func:`framing.stats.space.space_problem`: fewer
    than 2 documents left, or fewer than 2 rates that vary across them) the framing-space tables
    are left out with one :class:`~framing.core.errors.FramingWarning`, and the reason is kept
    in ``documents.attrs["no_framing_space"]`` (:data:`NO_SPACE`) for the summary.
    """
    for name, value, least in (("n_boot", n_boot, 1), ("neighbours", neighbours, 0),
                               ("min_group_size", min_group_size, 1)):  # fmt: skip
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < least:
            raise InputError(f"{name} must be an integer of at least {least}, got {value!r}")
    article_metrics = analysis.metrics
    if by not in scores.columns:
        raise InputError(f"corpus scores have no column {by!r} to group by")
    check_group_labels(scores, by)
    if metrics is None:
        check_same_lexicon(analysis.lexicon, scores)
    if texts is not None and len(texts) != len(scores):
        raise InputError("texts and scores differ in length")
    keep = scores["tokens"].to_numpy(float) >= min_tokens
    scores, documents = drop_short_documents(scores, by, min_tokens)
    if scores.empty:
        raise InputError(
            f"no corpus document has at least {min_tokens} words; nothing to compare with"
        )
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
    pos.insert(0, "group", ALL_GROUP)
    pos = pd.concat([pos, ranks.position_by_group(article_metrics, scores, group_col=by)])
    iv = intervals.analysis_rate_intervals(analysis, n_boot=n_boot, seed=seed)
    kinds = {cid: c.kind for cid, c in analysis.lexicon.categories.items()}
    kinds["scare_quote"] = "quote"
    iv.insert(1, "kind", [kinds.get(c, "attribution") for c in iv["category"]])
    iv = intervals.flag_outside(iv, scores[rates].median())
    lengths = None
    if texts is not None:
        kept_texts = [t for t, k in zip(texts, keep, strict=True) if k]
        lengths = length_matched_position(
            analysis, kept_texts, scores["doc_id"], intervals=iv, seed=seed, jobs=jobs
        )
    # the bootstraps of each metric take most of a large corpus's time: a bar per pass
    summary = pd.concat(
        [
            groups.group_summary(scores, m, by, seed, n_boot, min_group_size)
            for m in progress(tested, desc="group intervals", unit="metric")
        ]
    )
    pw = pd.concat(
        [
            groups.pairwise_tests(
                scores, m, by, test, seed, min_group_size, n_boot=n_boot, untested=False
            )
            for m in progress(tested, desc="pairwise tests", unit="metric")
        ]
    )
    pw.insert(
        pw.columns.get_loc("p_adj") + 1, "p_adj_all", groups.bh_adjust(pw["p"].to_numpy(float))
    )
    out = {
        "documents": documents,
        "position": pos.reset_index(drop=True),
        "intervals": iv,
        "groups": summary.reset_index(drop=True),
        "pairwise": pw.reset_index(drop=True),
    }
    problem = space.space_problem(
        scores, rates, what=f"corpus documents of at least {min_tokens} words"
    )
    if problem:
        documents.attrs[NO_SPACE] = f"it {problem}"
        warnings.warn(
            f"the framing space was not built: it {problem}; left out: {', '.join(SPACE_TABLES)}",
            FramingWarning,
            stacklevel=2,
        )
    else:
        out |= space_tables(scores, article_metrics.rename("ARTICLE"), rates, by, neighbours)
    if lengths is not None:
        out["length_matched"] = lengths
    voice = voice_table(analysis, scores, by, seed=seed, n_boot=n_boot)
    if voice is not None:
        out["voice"] = voice
    return out


def space_tables(
    scores: pd.DataFrame, focal: pd.Series, rates: Sequence[str], by: str, neighbours: int
) -> dict[str, pd.DataFrame]:
    """The framing space of ``scores`` with the article (``focal``) in it and the article's
    ``neighbours`` nearest documents (:data:`SPACE_TABLES`): ``framing_space`` (scores),
    ``framing_space_loadings`` (with the article's values and contributions),
    ``framing_space_components`` (each component's share of the variance) and
    ``neighbours_baseline`` (the median and 90th percentile of every document's similarity)."""
    fs = space.framing_space(scores, rates, focal=focal, keep=[c for c in (by, "title") if c])
    nn = space.nearest_neighbours(
        scores, focal, rates, k=neighbours, cols=list(dict.fromkeys([by, *KEEP_COLUMNS]))
    )
    loadings = fs.loadings.reset_index()
    loadings["scale_kind"] = loadings["metric"].map(fs.scaler.scale_kind)
    names = list(fs.loadings.columns)
    explained = fs.explained_variance_ratio[: len(names)]
    loadings.attrs["explained"] = explained
    loadings.attrs["dropped"] = fs.scaler.dropped
    loadings["article_z"] = loadings["metric"].map(fs.focal_z)
    for pc in names:
        loadings[f"{pc}_contribution"] = loadings[pc] * loadings["article_z"]
    base = nn.attrs["baseline"]
    return {
        "framing_space": fs.scores,
        "framing_space_loadings": loadings,
        "framing_space_components": pd.DataFrame(
            {"component": names, "explained_variance_ratio": explained}
        ),
        "neighbours": nn,
        "neighbours_baseline": pd.DataFrame([{k: base[k] for k in ("n", "median", "p90")}]),
    }


def article_voice_shares(
    analysis,
    label: str = ARTICLE_GROUP,
    categories: Sequence[str] | None = None,
    level: float = 0.95,
    n_boot: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """:func:`framing.stats.groups.voice_shares` of one analysed text, as group ``label``: the
    share of each voiced category's matches (``categories``, default every category with an
    own-voice count) in the author's own voice, its sentences the units resampled for the
    interval (few matches give wide intervals)."""
    if categories is None:
        m = analysis.metrics
        categories = [c for c in analysis.lexicon.categories if f"{c}_author_count" in m.index]
    counts = intervals.sentence_counts(analysis).assign(group=label)
    return groups.voice_shares(counts, categories, "group", seed, n_boot, level, unit="sentence")


def voice_table(
    analysis, scores: pd.DataFrame, by: str = "group", seed: int = 0, n_boot: int = 2000
) -> pd.DataFrame | None:
    """How much of each group's stance, and of the article's, is in the author's own voice
    (:func:`framing.stats.groups.voice_shares`): the article first (group ``(article)``, its
    sentences resampled), then the corpus groups (documents resampled). None when the article
    and the scores share no category with an own-voice count (a lexicon without stance)."""
    m = analysis.metrics
    cats = [
        c
        for c in analysis.lexicon.categories
        if f"{c}_author_count" in m.index
        and {f"{c}_count", f"{c}_author_count"} <= set(scores.columns)
    ]
    if not cats:
        return None
    article = article_voice_shares(analysis, categories=cats, n_boot=n_boot, seed=seed)
    corpus = groups.voice_shares(scores, cats, by, seed, n_boot)
    return pd.concat([article, corpus], ignore_index=True)
