"""``framing keyness ARTICLE --corpus NAME|PATH``: words over- and under-used by the article."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from framing.cli._options import add_raw_csv, positive_float, positive_int
from framing.core.files import read_text
from framing.core.outputs import claim_output
from framing.core.spreadsheet import to_csv

#: Default ``--min-count`` (count in article + corpus) per method: G² over-rates hapaxes of a
#: short text against a large corpus; the Dirichlet prior of log-odds already shrinks them.
DEFAULT_MIN_COUNT = {"g2": 3, "logodds": 1}


def register(sub) -> None:
    p = sub.add_parser("keyness", help="distinctive vocabulary of the article vs a corpus")
    p.add_argument(
        "article", metavar="ARTICLE", help="article .txt (raw, or body beside NAME.yaml)"
    )
    p.add_argument("--corpus", required=True, metavar="NAME|PATH", help="dataset name or path")
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
    p.add_argument("--prior", choices=["reference", "pooled"], default="reference")
    p.add_argument(
        "--prior-scale",
        type=positive_float,
        default=None,
        metavar="A0",
        help="total prior pseudo-count alpha0 (1000)",
    )
    p.add_argument("--williams", action="store_true", help="Williams correction of G2")
    p.add_argument("--out", metavar="FILE", help="write the full table as CSV")
    p.add_argument("--force", action="store_true", help="overwrite --out")
    p.add_argument(
        "--encoding",
        metavar="CODEC",
        help="text encoding of ARTICLE, a corpus path and --stopwords (UTF-8)",
    )
    add_raw_csv(p)
    p.set_defaults(func=run)


def _stopwords(path: str | None, encoding: str | None = None) -> list[str] | None:
    if not path:
        return None
    lines = read_text(path, encoding).splitlines()
    return [w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#")]


def keyness_table(article_text: str, corpus_texts, args) -> pd.DataFrame:
    """The full keyness table of ``article_text`` against ``corpus_texts``."""
    from framing.stats import keyness as K

    min_count = args.min_count if args.min_count is not None else DEFAULT_MIN_COUNT[args.method]
    stop = _stopwords(args.stopwords, getattr(args, "encoding", None))
    target = K.term_counts(article_text, ngram=args.ngram)
    # the corpus side: per-document counts cached on disk (text hash + tokenizer version)
    reference = K.cached_term_counts(list(corpus_texts), ngram=args.ngram)
    if args.method == "g2":
        return K.log_likelihood(target, reference, args.williams, min_count, stop)
    scale = args.prior_scale if args.prior_scale is not None else K.DEFAULT_PRIOR_SCALE
    return K.log_odds_dirichlet(target, reference, args.prior, scale, min_count, stop)


def _columns(method: str) -> list[str]:
    stat = ["G2", "p_adj", "log_ratio"] if method == "g2" else ["z", "delta"]
    return [
        "term",
        "count_target",
        "count_reference",
        "rate_target_per_1k",
        "rate_reference_per_1k",
        *stat,
    ]


def format_table(df: pd.DataFrame, method: str, top: int) -> str:
    """Top ``top`` over- and under-represented terms with raw counts beside the statistic."""
    from framing.stats.keyness import filter_summary

    cols = _columns(method)
    stat = cols[5]
    names = {
        "count_target": "n_article",
        "count_reference": "n_corpus",
        "rate_target_per_1k": "article_per_1k",
        "rate_reference_per_1k": "corpus_per_1k",
    }
    over = df[df[stat] > 0].head(top)[cols].rename(columns=names)
    under = (
        df[df[stat] < 0]
        .sort_values([stat, "term"], kind="stable")
        .head(top)[cols]
        .rename(columns=names)
    )
    t = df.attrs.get("totals", {})
    out = [
        f"article: {t.get('target', 0):.0f} tokens; corpus: {t.get('reference', 0):.0f} tokens; "
        f"method {method}"
        + (
            f" (prior {df.attrs.get('prior')}, alpha0 {df.attrs.get('alpha0'):g})"
            if method == "logodds"
            else ""
        ),
        filter_summary(df),
        "",
        "Over-represented in the article:",
        over.to_string(index=False, float_format=lambda x: f"{x:.3g}") if len(over) else "(none)",
        "",
        "Under-represented in the article:",
        under.to_string(index=False, float_format=lambda x: f"{x:.3g}") if len(under) else "(none)",
    ]
    return "\n".join(out)


def _print_table(args) -> pd.DataFrame:
    from framing.cli._io import load_corpus_frame, read_article_text

    _title, body = read_article_text(args.article, encoding=args.encoding)
    corpus = load_corpus_frame(args.corpus, encoding=args.encoding)
    df = keyness_table(body, corpus["text"].fillna("").astype(str), args)
    print(format_table(df, args.method, args.top))
    return df


def run(args) -> int:
    if not args.out:
        _print_table(args)
        return 0
    inputs = [args.article, Path(args.article).with_suffix(".yaml"), args.corpus, args.stopwords]
    with claim_output(args.out, force=args.force, inputs=inputs) as claim:
        df = _print_table(args)
        with claim.file() as tmp:
            to_csv(df, tmp, raw=args.raw_csv)
    return 0
