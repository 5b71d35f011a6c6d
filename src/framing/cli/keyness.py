"""``framing keyness ARTICLE --corpus NAME|PATH``: words over- and under-used by the article.

The screen shows the top terms of each side with the columns of the full table
(``count_target``/``count_reference`` are the article's and the corpus's counts, as in
:func:`framing.stats.keyness.log_odds_dirichlet`); ``--out PATH`` writes the full table (CSV,
Parquet or JSONL by extension), ``--format csv|jsonl|...`` prints it.
"""

from __future__ import annotations

import sys

import pandas as pd

from framing.cli._io import (
    add_article_encoding,
    add_article_options,
    add_document_options,
    add_table_output,
    claim_out,
    emit,
    input_paths,
    read_article_arg,
    read_comparison_corpus,
)
from framing.cli._options import add_article, add_drop_repeats, positive_float, positive_int
from framing.core.files import read_text

#: Default ``--min-count`` (count in article + corpus) per method: G² over-rates hapaxes of a
#: short text against a large corpus; the Dirichlet prior of log-odds already shrinks them.
DEFAULT_MIN_COUNT = {"g2": 3, "logodds": 1}


def register(sub) -> None:
    p = sub.add_parser("keyness", help="distinctive vocabulary of the article vs a corpus")
    add_article(p)
    p.add_argument(
        "--corpus",
        required=True,
        metavar="NAME|PATH",
        help="dataset or registered corpus name, or a path (documents)",
    )
    p.add_argument("--method", choices=["logodds", "g2"], default="logodds")
    p.add_argument(
        "--top", type=positive_int, default=20, metavar="N", help="rows per direction (20)"
    )
    p.add_argument("--ngram", type=int, choices=[1, 2], default=1)
    p.add_argument(
        "--min-count",
        type=positive_int,
        default=None,
        metavar="N",
        help="drop terms with article+corpus count < N (g2: 3, logodds: 1)",
    )
    p.add_argument("--stopwords", metavar="FILE", help="file with one stopword per line")
    p.add_argument(
        "--function-words",
        action="store_true",
        help="keep English function words (the, and, us, ...; left out by default)",
    )
    p.add_argument("--prior", choices=["reference", "pooled"], default="reference")
    p.add_argument(
        "--prior-scale",
        type=positive_float,
        default=None,
        metavar="A0",
        help="total prior pseudo-count alpha0 (1000)",
    )
    p.add_argument(
        "--williams",
        action="store_true",
        help="Williams correction of G2 (over-conservative for a short article: read p_exact)",
    )
    add_article_options(p)
    add_article_encoding(p)
    add_drop_repeats(p)
    add_document_options(p, what="the corpus and --stopwords")
    add_table_output(p, default_format="table")
    p.set_defaults(func=run)


def _stopwords(path: str | None, encoding: str | None = None) -> list[str] | None:
    if not path:
        return None
    lines = read_text(path, encoding).splitlines()
    return [w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#")]


def keyness_table(article_text: str, corpus_texts, args) -> pd.DataFrame:
    """The full keyness table of ``article_text`` against ``corpus_texts``.

    The corpus is counted per document, so every table has the document-aware test
    (``p_doc_adj``) and ``passes`` beside the token-level statistic.
    """
    from framing.stats import keyness as K

    min_count = args.min_count if args.min_count is not None else DEFAULT_MIN_COUNT[args.method]
    stop = _stopwords(args.stopwords, getattr(args, "encoding", None))
    drop_fw = not getattr(args, "function_words", False)
    target = K.term_counts(article_text, ngram=args.ngram)
    # the corpus side: per-document counts (the document-aware test needs them), cached on
    # disk by text hash and tokenizer version
    reference = K.cached_document_term_counts(list(corpus_texts), ngram=args.ngram)
    if args.method == "g2":
        return K.log_likelihood(
            target, reference, args.williams, min_count, stop, drop_function_words=drop_fw
        )
    scale = args.prior_scale if args.prior_scale is not None else K.DEFAULT_PRIOR_SCALE
    return K.log_odds_dirichlet(
        target, reference, args.prior, scale, min_count, stop, drop_function_words=drop_fw
    )


def _columns(method: str, df: pd.DataFrame) -> list[str]:
    stat = ["G2", "p_adj", "log_ratio"] if method == "g2" else ["z", "delta"]
    tests = [c for c in ("p_exact_adj", "p_doc_adj", "passes") if c in df.columns]
    return [
        "term",
        "count_target",
        "count_reference",
        "rate_target_per_1k",
        "rate_reference_per_1k",
        *stat,
        *tests,
    ]


def format_table(df: pd.DataFrame, method: str, top: int) -> str:
    """Top ``top`` over- and under-represented terms with raw counts beside the statistic."""
    from framing.stats.keyness import filter_summary

    cols = _columns(method, df)
    stat = cols[5]
    over = df[df[stat] > 0].head(top)[cols]
    under = df[df[stat] < 0].sort_values([stat, "term"], kind="stable").head(top)[cols]
    t = df.attrs.get("totals", {})
    out = [
        f"article: {t.get('target', 0):.0f} tokens; corpus: {t.get('reference', 0):.0f} tokens; "
        f"method {method}; target = the article, reference = the corpus"
        + (
            f" (prior {df.attrs.get('prior')}, alpha0 {df.attrs.get('alpha0'):g})"
            if method == "logodds"
            else ""
        ),
        filter_summary(df),
        _tests_line(df),
        *([_log_ratio_line(df)] if "log_ratio" in df.columns else []),
        "",
        "Over-represented in the article:",
        over.to_string(index=False, float_format=lambda x: f"{x:.3g}") if len(over) else "(none)",
        "",
        "Under-represented in the article:",
        under.to_string(index=False, float_format=lambda x: f"{x:.3g}") if len(under) else "(none)",
    ]
    return "\n".join(out)


def _log_ratio_line(df: pd.DataFrame) -> str:
    """What a zero count does to the log ratio, with the number of terms it leaves without one."""
    missing = int(df["log_ratio"].isna().sum())
    return (
        "log_ratio: a zero count is read as 0.5, so beside a zero it is a bound (the difference "
        f"is at least that large); NaN for {missing} term(s) that one side is too short to "
        "expect half an occurrence of"
    )


def _tests_line(df: pd.DataFrame) -> str:
    """How many terms pass the document-aware and exact tests, and what they are."""
    tests = df.attrs.get("tests", {})
    n_pass = int(df["passes"].sum()) if "passes" in df else 0
    return (
        f"{n_pass} of {len(df)} terms pass (Benjamini-Hochberg adjusted p < "
        f"{tests.get('alpha', 0.05):g} by the exact test and the document-aware test: "
        f"{tests.get('document', 'not computed')})"
    )


def run(args) -> int:
    with claim_out(args, input_paths(args, "article", "meta", "corpus", "stopwords")) as claim:
        article = read_article_arg(args)
        corpus = read_comparison_corpus(args, article.body)
        df = keyness_table(article.body, corpus["text"].fillna("").astype(str), args)
        screen = format_table(df, args.method, args.top)
        if claim is not None:
            print(screen)
        elif args.format != "table":  # machine formats on stdout: say what the filters removed
            from framing.stats.keyness import filter_summary

            print(f"framing keyness: {filter_summary(df)}", file=sys.stderr)
        emit(df, args, claim, screen=screen)
    return 0
