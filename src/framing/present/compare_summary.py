"""The Markdown digest of ``framing compare`` (``summary.md``); the CSV files hold every number."""

from __future__ import annotations

import numpy as np
import pandas as pd


def _fmt(x) -> str:
    if isinstance(x, float | np.floating):
        return "" if np.isnan(x) else f"{x:.4g}"
    return str(x)


def _md_table(df: pd.DataFrame) -> str:
    if df.empty:
        return "_(none)_\n"
    head = "| " + " | ".join(map(str, df.columns)) + " |"
    sep = "|" + "---|" * len(df.columns)
    rows = ["| " + " | ".join(_fmt(v) for v in r) + " |" for r in df.itertuples(index=False)]
    return "\n".join([head, sep, *rows]) + "\n"


def summary_markdown(title: str, settings: dict, tables: dict, n_docs: int) -> str:
    """A short human-readable digest; the CSV files hold every number.

    ``settings`` holds ``corpus``, ``by``, ``seed``, ``n_boot``, ``test`` and
    ``min_group_size`` as used for ``tables`` (from
    :func:`framing.stats.comparison.compare_article`).
    """
    pos = tables["position"]
    overall = pos[pos["group"] == "(all)"]
    extreme = overall[(overall["percentile"] >= 95) | (overall["percentile"] <= 5)]
    iv = tables["intervals"]
    load = tables["framing_space_loadings"]
    evr = load.attrs.get("explained", [np.nan, np.nan])
    g = tables["groups"]
    sizes = g.drop_duplicates("group")[["group", "n", "excluded_reason"]]
    cols = ["metric", "article_value", "n", "median", "percentile", "robust_z", "note"]
    lines = [
        f"# {title} vs {settings['corpus']}\n",
        f"Corpus: {n_docs} documents, grouped by `{settings['by']}`; seed {settings['seed']}, "
        f"{settings['n_boot']} bootstrap resamples, test `{settings['test']}`, min group size "
        f"{settings['min_group_size']}.\n",
        "## Group sizes\n",
        _md_table(sizes),
        "## Metrics where the article is in the outer 5% of the corpus\n",
        "Percentile is the mid-rank percentile; robust z = (x − median) / (1.4826 MAD).\n",
        _md_table(extreme[cols]),
        "## Article rates whose interval excludes the corpus median\n",
        "Exact Poisson 95% interval per 1,000 tokens (sentence bootstrap in intervals.csv). "
        "A corpus median of 0 lies outside the interval of any non-zero count; read the "
        "percentile beside it.\n",
        _md_table(
            iv[iv["corpus_median_outside_interval"]][
                ["category", "count", "tokens", "per_1k", "lower", "upper", "corpus_median"]
            ]
        ),
        "## Framing space\n",
        f"PC1 explains {_fmt(float(evr[0]))}, PC2 {_fmt(float(evr[1]))} of the variance of "
        "the robustly standardised rates (clipped at ±5). Constant metrics left out: "
        f"{', '.join(load.attrs.get('dropped', [])) or 'none'}.\n",
        "## Nearest neighbours (cosine similarity)\n",
        _md_table(tables["neighbours"].iloc[:5, :4]),
        "p-values in pairwise.csv are Benjamini–Hochberg adjusted within each metric (`p_adj`) "
        "and over the whole table (`p_adj_all`). See docs/statistics.md.\n",
    ]
    return "\n".join(lines)
