"""``framing compare ARTICLE --corpus NAME|PATH --out DIR``: the article against a corpus.

Writes into ``DIR`` (all files appear together or not at all): ``position.csv`` (percentile
and robust z of every metric, in the whole corpus and per group), ``intervals.csv`` (the
article's rates with exact Poisson and sentence-bootstrap intervals, flagged where the
corpus median lies outside), ``groups.csv`` (group medians with bootstrap CIs),
``pairwise.csv`` (Mann–Whitney / permutation tests, BH-adjusted, Cliff's delta),
``framing_space.csv`` + ``framing_space_loadings.csv`` (robust PCA), ``neighbours.csv`` and
``summary.md``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from framing.cli._io import check_texts, lexicon_from_args, read_article_text
from framing.core.errors import InputError, OutputError
from framing.core.files import default_mode, interrupted

#: Non-rate metrics compared between groups besides every ``*_per_1k``.
EXTRA_METRICS = (
    "west_us_frame_sentence_share",
    "mean_sentence_length",
    "mattr",
    "vader_compound_mean",
    "flesch_reading_ease",
)


def register(sub) -> None:
    p = sub.add_parser("compare", help="the article against a corpus and its groups")
    p.add_argument(
        "article", metavar="ARTICLE", help="article .txt (raw, or body beside NAME.yaml)"
    )
    p.add_argument("--corpus", required=True, metavar="NAME|PATH", help="dataset name or path")
    p.add_argument("--by", default="group", metavar="COLUMN", help="grouping column (group)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder")
    p.add_argument("--force", action="store_true", help="replace an existing output folder")
    p.add_argument("--lexicon", action="append", metavar="FILE", help="extra lexicon YAML")
    p.add_argument("--seed", type=int, default=0, help="seed of bootstrap/permutations (0)")
    p.add_argument("--n-boot", type=int, default=2000, help="bootstrap resamples (2000)")
    p.add_argument("--min-group-size", type=int, default=5, help="smallest group tested (5)")
    p.add_argument("--test", choices=["mannwhitney", "permutation"], default="mannwhitney")
    p.add_argument("--neighbours", type=int, default=10, metavar="K", help="neighbours (10)")
    p.add_argument("--jobs", type=int, default=1, help="worker processes for scoring")
    p.add_argument(
        "--encoding", metavar="CODEC", help="text encoding of ARTICLE and a corpus path (UTF-8)"
    )
    p.set_defaults(func=run)


def _check_out_dir(out: Path, force: bool) -> None:
    if out.exists() and not force:
        raise OutputError(f"{out}: already exists; pass --force to replace it")
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{parent}: output folder's parent does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{parent}: not writable")


def write_dir_atomically(out: Path, files: dict[str, str], force: bool) -> None:
    """Write ``files`` (name → text) into a fresh folder, then rename it onto ``out``."""
    _check_out_dir(out, force)
    parent = out.parent if str(out.parent) else Path(".")
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=parent))
    old = None
    try:
        os.chmod(tmp, default_mode(folder=True))  # as mkdir would, not mkdtemp's 0o700
        for name, text in files.items():
            (tmp / name).write_text(text, encoding="utf-8", newline="\n")
        if interrupted():  # a Ctrl-C swallowed on its way up: do not publish
            raise KeyboardInterrupt
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=parent))
            os.replace(out, old / "x")
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not out.exists():
            with contextlib.suppress(OSError):
                os.replace(old / "x", out)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def load_corpus_frame(name_or_path: str, encoding: str | None = None) -> pd.DataFrame:
    """``framing.data.corpus.load_corpus`` checked for one table with doc_id and text.

    HTML is blanked out as in the inputs of ``framing score`` (with a warning).
    """
    from framing.data.corpus import load_corpus

    kw = {"encoding": encoding} if encoding else {}
    df = load_corpus(name_or_path, **kw)
    if isinstance(df, dict):
        parts = ", ".join(map(str, df))
        raise InputError(
            f"{name_or_path}: dataset has several tables ({parts}); export one "
            "to CSV/Parquet and pass its path"
        )
    for col in ("doc_id", "text"):
        if col not in df.columns:
            raise InputError(f"{name_or_path}: corpus has no {col!r} column")
    if len(df) == 0:
        raise InputError(f"{name_or_path}: corpus has no documents")
    return check_texts(df, "doc_id", what=f"corpus {name_or_path}", quiet_corpus=True)


def sentence_count_table(analysis) -> pd.DataFrame:
    """One row per sentence of the article: tokens and ``<category>_count`` columns."""
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


def _metric_table(corpus: pd.DataFrame, lexicon, jobs: int, by: str) -> pd.DataFrame:
    from framing.engine.scoring import score

    table = score(corpus, text_col="text", id_col="doc_id", lexicon=lexicon, jobs=jobs)
    for col in dict.fromkeys([by, "group", "title", "date"]):
        if col in corpus.columns and col not in table.columns:
            table[col] = corpus[col].to_numpy()
    return table


def build_tables(article_metrics, analysis, table: pd.DataFrame, args) -> dict[str, pd.DataFrame]:
    """Every output table of ``framing compare`` (no files written)."""
    from framing.stats import compare as C

    by = args.by
    rates = [c for c in article_metrics.index if c.endswith("_per_1k") and c in table.columns]
    tested = rates + [c for c in EXTRA_METRICS if c in table.columns]
    pos = C.position(article_metrics, table, group_col=by)
    pos.insert(0, "group", "(all)")
    pos = pd.concat([pos, C.position_by_group(article_metrics, table, group_col=by)])
    tokens = int(article_metrics["tokens"])
    iv = C.article_rate_intervals(article_metrics, tokens)
    boot = C.article_rate_intervals(
        article_metrics,
        tokens,
        "bootstrap",
        sentence_counts=sentence_count_table(analysis),
        n_boot=args.n_boot,
        seed=args.seed,
    )
    iv["bootstrap_lower"], iv["bootstrap_upper"] = boot["lower"], boot["upper"]
    iv = C.flag_outside(iv, table[rates].median())
    groups = pd.concat(
        [C.group_summary(table, m, by, args.seed, args.n_boot, args.min_group_size) for m in tested]
    )
    pw = pd.concat(
        [C.pairwise_tests(table, m, by, args.test, args.seed, args.min_group_size) for m in tested]
    )
    pw.insert(pw.columns.get_loc("p_adj") + 1, "p_adj_all", C.bh_adjust(pw["p"].to_numpy(float)))
    focal = article_metrics.rename("ARTICLE")
    fs = C.framing_space(table, rates, focal=focal, keep=[c for c in (by, "title") if c])
    nn = C.nearest_neighbours(
        table,
        focal,
        rates,
        k=args.neighbours,
        cols=list(dict.fromkeys([by, "group", "title", "date"])),
    )
    loadings = fs.loadings.reset_index()
    loadings["scale_kind"] = loadings["metric"].map(fs.scaler.scale_kind)
    evr = fs.explained_variance_ratio
    loadings.attrs["explained"] = evr[:2]
    loadings.attrs["dropped"] = fs.scaler.dropped
    return {
        "position": pos.reset_index(drop=True),
        "intervals": iv,
        "groups": groups.reset_index(drop=True),
        "pairwise": pw.reset_index(drop=True),
        "framing_space": fs.scores,
        "framing_space_loadings": loadings,
        "neighbours": nn,
    }


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


def summary_markdown(title: str, args, tables: dict, n_docs: int) -> str:
    """A short human-readable digest; the CSV files hold every number."""
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
        f"# {title} vs {args.corpus}\n",
        f"Corpus: {n_docs} documents, grouped by `{args.by}`; seed {args.seed}, "
        f"{args.n_boot} bootstrap resamples, test `{args.test}`, min group size "
        f"{args.min_group_size}.\n",
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


def run(args) -> int:
    from framing.engine.analysis import analyze

    out = Path(args.out)
    _check_out_dir(out, args.force)
    lexicon = lexicon_from_args(args)
    title, body = read_article_text(args.article, encoding=args.encoding)
    analysis = analyze(body, lexicon)
    corpus = load_corpus_frame(args.corpus, encoding=args.encoding)
    if args.by not in corpus.columns:
        cols = ", ".join(map(str, corpus.columns))
        raise InputError(f"corpus has no column {args.by!r} for --by (columns: {cols})")
    table = _metric_table(corpus, lexicon, args.jobs, args.by)
    tables = build_tables(analysis.metrics, analysis, table, args)
    files = {f"{name}.csv": df.to_csv(index=False) for name, df in tables.items()}
    files["summary.md"] = summary_markdown(title, args, tables, len(corpus))
    write_dir_atomically(out, files, args.force)
    return 0
