"""The Markdown digest of ``framing compare`` (``summary.md``); the CSV files hold every number.

It leads with rates and effect sizes: the article's rates with their intervals and percentiles
(topic mentions apart from frames, each category's audited precision beside it), then how the
groups differ by Cliff's delta. Raw counts and document length are never listed as findings;
group sizes are summarised, small groups flagged, never listed one by one.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing.present.claims import (
    MIN_MATCHES,
    MIN_SENTENCES,
    enough_evidence,
    is_topic,
    join_words,
    precision_phrase,
    unaudited_phrase,
)
from framing.present.titles import precision_where
from framing.stats.comparison import ARTICLE_GROUP, NO_SPACE
from framing.stats.validation import audited_precision, changed_categories

#: Groups listed by name in the summary when there are at most this many.
MAX_GROUPS_LISTED = 12
#: A component of the framing space that explains less of the variance than this is not
#: described: its loadings are noise (two documents span one dimension; docs/statistics.md).
MIN_EXPLAINED = 0.01


_MD_ESCAPES = str.maketrans(
    {"|": "\\|", "*": "\\*", "`": "\\`", "<": "&lt;", ">": "&gt;", "\n": " ", "\r": " "}
)


def _md(text) -> str:
    """A label of the user's (a group, an id) as Markdown text: ``|`` would split a table cell,
    a line break a row, ``*`` and backticks would format, ``<`` would open HTML."""
    return str(text).translate(_MD_ESCAPES)


def _fmt(x) -> str:
    if isinstance(x, float | np.floating):
        return "" if np.isnan(x) else f"{x:.4g}"
    return _md(x)


def _md_table(df: pd.DataFrame) -> str:
    if df.empty:
        return "_(none)_\n"
    head = "| " + " | ".join(map(str, df.columns)) + " |"
    sep = "|" + "---|" * len(df.columns)
    rows = ["| " + " | ".join(_fmt(v) for v in r) + " |" for r in df.itertuples(index=False)]
    return "\n".join([head, sep, *rows]) + "\n"


def _group_sizes(tables: dict, min_group_size: int, by: str = "group") -> str:
    g = tables["groups"].drop_duplicates("group")[["group", "n", "excluded_reason"]]
    small = g[g["excluded_reason"] != ""]
    ok = g[g["excluded_reason"] == ""]
    n = g["n"]
    sizes = (
        f"of {int(n.min())} document{'s' if n.min() != 1 else ''} each"
        if n.min() == n.max()
        else f"of {int(n.min())}–{int(n.max())} documents (median {n.median():g})"
    )
    if len(g) == 1:
        head = f"1 group of {int(n.iloc[0])} document{'s' if n.iloc[0] != 1 else ''}"
        reason = ", too small to rank." if int(n.iloc[0]) < min_group_size else ", unlabelled."
        head += "; a single group has no pair to compare." if len(ok) else reason
    else:
        head = f"{len(g)} groups {sizes}; {len(ok)} have at least {min_group_size} documents"
        head += " and are compared." if len(ok) else ", so no group is compared."
    if len(g) > 1 and (n < min_group_size).sum() > len(g) / 2:  # unlabelled ones aside
        head += (
            f" Most groups are below the minimum size: is `{by}` a column with one value per "
            "document? Group by a column with fewer values (`--by`)."
        )
    if len(small):
        one = len(small) == 1
        head += (
            f" {len(small)} {'is' if one else 'are'} flagged (too small or unlabelled): "
            f"{'it keeps its row' if one else 'they keep their rows'} in groups.csv, with the "
            f"reason, but {'is' if one else 'are'} not ranked or tested (pairwise.csv lists "
            "the pairs of compared groups only)."
        )
    if 0 < len(ok) <= MAX_GROUPS_LISTED:
        head += (
            " Compared: " + join_words([f"{_md(r.group)} ({r.n})" for r in ok.itertuples()]) + "."
        )
    if 0 < len(small) <= MAX_GROUPS_LISTED:
        head += (
            " Flagged: " + join_words([f"{_md(r.group)} ({r.n})" for r in small.itertuples()]) + "."
        )
    docs = tables.get("documents")
    if docs is not None and len(docs):
        short, mt = int(docs["too_short"].sum()), int(docs["min_tokens"].iloc[0])
        head += f" {short} documents shorter than {mt} words were left out first (documents.csv)."
    return head + "\n"


def _rate_rows(tables: dict, audit: pd.DataFrame | None, changed=None) -> pd.DataFrame:
    """One row per category rate: interval, corpus median, percentiles, evidence, precision
    (``changed``: category -> the user's files that change it, not audited)."""
    changed = changed or {}
    pos = tables["position"]
    overall = pos[(pos["group"] == "(all)") & pos["metric"].str.endswith("_per_1k")]
    iv = tables["intervals"].set_index("category")
    lm = tables.get("length_matched")
    lm = lm.set_index("category") if lm is not None else None
    a = audit.set_index("category") if audit is not None and len(audit) else None
    rows = []
    for r in overall.itertuples(index=False):
        cat = r.metric.removesuffix("_per_1k")
        if cat not in iv.index or "kind" not in iv.columns:
            continue
        v = iv.loc[cat]
        if v["kind"] == "attribution":
            continue
        p = a.loc[cat] if a is not None and cat in a.index else None
        rows.append(
            {
                "category": cat,
                "kind": v["kind"],
                "per 1k": v["per_1k"],
                "95% interval": f"{v['lower']:.2f}–{v['upper']:.2f}",
                "corpus median": r.median,
                "percentile": r.percentile,
                "same-length percentile": lm.loc[cat, "percentile"]
                if lm is not None and cat in lm.index
                else np.nan,
                "evidence": "enough"
                if enough_evidence(v["count"], v.get("sentences", np.nan), v["lower"] > r.median)
                else "thin",
                "precision": _precision_cell(p)
                if cat not in changed
                else unaudited_phrase(changed[cat]),
            }
        )
    return pd.DataFrame(rows)


def _no_same_length(tables: dict) -> str:
    """Why the same-length column is empty, when it is: no corpus text reaches the length."""
    lm = tables.get("length_matched")
    if lm is None or lm.empty or (lm["n_units"] > 0).any():
        return ""
    short = int(lm["n_short"].iloc[0])
    long = int(lm["n_long"].iloc[0]) if "n_long" in lm else 0
    why = f"{short} documents are shorter" + (
        f"; {long} have a sentence too long to cut an excerpt of that length from" if long else ""
    )
    return (
        f" The same-length column is empty: no corpus document gives a unit of the article's "
        f"length of about {int(lm['target_words'].iloc[0])} words (± 20%), so there is none to "
        f"rank it among ({why})."
    )


def _precision_cell(p: pd.Series | None) -> str:
    """A category's audit row (:func:`framing.stats.validation.audited_precision`) as the
    summary's cell: ``0.85 (0.77–0.91)``, or ``not audited`` without a row."""
    if p is None:
        return unaudited_phrase()
    other = None
    if "other_precision" in p:
        other = tuple(
            p[k] for k in ("other_precision", "other_lower", "other_upper", "other_where")
        )
    phrase = precision_phrase(p["precision"], p["lower"], p["upper"], bool(p["exploratory"]), other)
    return phrase.removeprefix("precision ")


def _effects(tables: dict) -> str:
    pw = tables["pairwise"]
    tested = pw[pw["excluded_reason"] == ""]
    if tested.empty:
        return (
            "No pair of groups to compare: pairwise.csv is empty (it lists the pairs of "
            "compared groups only).\n"
        )
    rates = tested[tested["metric"].str.endswith("_per_1k")]
    neg = int((rates["magnitude"] == "negligible").sum())
    sig = rates[rates["p_adj_all"] < 0.05]
    top = rates.assign(_a=-rates["cliffs_delta"].abs()).sort_values(
        ["_a", "metric", "group1", "group2"], kind="mergesort"
    )
    cols = {
        "metric": "metric",
        "group1": "group 1",
        "group2": "group 2",
        "cliffs_delta": "Cliff's delta",
        "interval": "95% interval",
        "magnitude": "magnitude",
        "share_nonzero1": "share with a match (1)",
        "share_nonzero2": "share with a match (2)",
        "p_adj_all": "p (BH, all)",
    }
    top = top.head(10).assign(
        interval=[f"{a:.2f}–{b:.2f}" for a, b in zip(top.head(10)["delta_lower"],
                                                       top.head(10)["delta_upper"], strict=True)]
    )  # fmt: skip
    text = (
        f"{len(rates)} comparisons of rates between groups: {len(sig)} have BH-adjusted p < 0.05 "
        f"over the whole table, and {neg} of all {len(rates)} have a negligible effect "
        "(|delta| < 0.147), so read the effect size, not the p-value. The largest effects "
        "(delta > 0: group 1 tends to be higher; the share of documents with at least one "
        "match is the number to read when most documents have none):\n\n"
    )
    return text + _md_table(top[list(cols)].rename(columns=cols))


def _voice(tables: dict) -> str:
    """The ``all`` rows of the ``voice`` table: the share of stance in the author's own voice,
    the article's and each group's, with the matches behind them."""
    v = tables.get("voice")
    if v is None or v.empty:
        return (
            "_(no voice table: the lexicon has no stance category, or the corpus scores were "
            "made without attribution, `framing score --no-attribution`)_\n"
        )
    rows = v[v["category"] == "all"]
    g = tables["groups"].drop_duplicates("group")
    compared = set(g.loc[g["excluded_reason"] == "", "group"].astype(str))
    corpus = rows[rows["group"].astype(str).isin(compared)]
    listed = corpus if len(corpus) <= MAX_GROUPS_LISTED else corpus.iloc[:0]
    rows = pd.concat([rows[rows["group"] == ARTICLE_GROUP], listed])
    more = (
        f" The {len(corpus)} compared groups are in voice.csv."
        if len(corpus) > MAX_GROUPS_LISTED
        else ""
    )
    head = (
        "Share of the stance matches (hedges, boosters, accusations, negative evaluations, "
        "distancing) in the author's own voice, not quoted or ascribed to someone else; 95% "
        "interval: documents (the article: sentences) resampled, never narrower than Wilson's. "
        "A news report quotes where an op-ed argues: compare own-voice rates "
        "(`*_author_per_1k` in position.csv) where the shares differ. Per category: voice.csv; "
        f"how the rules' voice compares with readers': docs/statistics.md.{more}\n"
    )
    table = pd.DataFrame(
        {
            "group": rows["group"],
            "matches": rows["matches"],
            "own voice": rows["author"],
            "share": rows["share_author"].round(3),
            "95% interval": [
                f"{lo:.2f}–{hi:.2f}" if np.isfinite(lo) else "–"
                for lo, hi in zip(rows["lower"], rows["upper"], strict=True)
            ],
        }
    )
    return head + "\n" + _md_table(table)


def _no_space(tables: dict) -> str:
    """Why the framing space was not built (the ``documents`` table's ``attrs``), or ``""``."""
    if "framing_space_loadings" in tables:
        return ""
    docs = tables.get("documents")
    why = docs.attrs.get(NO_SPACE, "") if docs is not None else ""
    return why or "it could not be built"


def _space(tables: dict) -> str:
    """The share of the variance of each component (framing_space_components.csv) and what
    moves the article along the components that explain at least :data:`MIN_EXPLAINED`."""
    why = _no_space(tables)
    if why:
        return (
            f"Not built: {why}. framing_space.csv, framing_space_loadings.csv and "
            "framing_space_components.csv are not written; the other tables are.\n"
        )
    load = tables["framing_space_loadings"]
    comps = tables["framing_space_components"]
    shares = dict(zip(comps["component"], comps["explained_variance_ratio"], strict=True))
    said = [pc for pc, r in shares.items() if r >= MIN_EXPLAINED]
    movers = []
    for pc in said:
        t = load.assign(_a=-load[f"{pc}_contribution"].abs())
        t = t.sort_values(["_a", "metric"], kind="mergesort")
        movers.append(
            f"{pc} {join_words([m.removesuffix('_per_1k') for m in t['metric'].head(2)])}"
        )
    quiet = [pc for pc in shares if pc not in said]
    text = (
        join_words([f"{pc} explains {_fmt(float(r))}" for pc, r in shares.items()])
        + " of the variance of the robustly standardised, asinh-scaled rates "
        "(framing_space_components.csv). "
    )
    if movers:
        text += (
            f"What moves the article most: {'; '.join(movers)} (framing_space_loadings.csv: "
            "loadings, the article's values and contributions). "
        )
    if quiet:
        one = len(quiet) == 1
        text += (
            f"{join_words(quiet)} {'explains' if one else 'explain'} less than "
            f"{MIN_EXPLAINED:.0%} of the variance, too little to read (a corpus of two documents has "
            f"all of it on PC1), so {'its' if one else 'their'} loadings are noise and "
            f"{'it is' if one else 'they are'} not described. "
        )
    dropped = ", ".join(load.attrs.get("dropped", [])) or "none"
    return text + f"Metrics left out (constant, or missing in every document): {dropped}.\n"


def _neighbours(tables: dict, by: str) -> str:
    """The article's five nearest documents against the yardstick (neighbours_baseline.csv)."""
    if _no_space(tables):
        return (
            "None: the similarity is measured in the framing space, which was not built "
            "(neighbours.csv and neighbours_baseline.csv are not written).\n"
        )
    nn = tables["neighbours"]
    base = tables["neighbours_baseline"].iloc[0]
    head = (
        f"Against {base['median']:.2f} for the median document and {base['p90']:.2f} at the "
        f"90th percentile ({int(base['n'])} documents; neighbours_baseline.csv).\n\n"
        if base["n"] > 0
        else ""
    )
    cols = list(dict.fromkeys(["rank", "doc_id", "cosine_similarity", by]))
    return head + _md_table(nn[cols].head(5) if by in nn else nn.iloc[:5, :3])


def summary_markdown(
    title: str,
    settings: dict,
    tables: dict,
    n_docs: int,
    audit: pd.DataFrame | None = None,
    lexicon=None,
) -> str:
    """A short human-readable digest; the CSV files hold every number.

    ``settings`` holds ``corpus``, ``by``, ``seed``, ``n_boot``, ``test`` and
    ``min_group_size`` as used for ``tables`` (from
    :func:`framing.stats.comparison.compare_article`), and ``precision``, the genre of the
    audit (:data:`framing.stats.validation.PRECISION_GENRES`; default ``official``). ``audit``
    is the audited precision (:func:`framing.stats.validation.audited_precision`, read for
    that genre when not given). ``lexicon``: the built-in categories its files change get no
    audited precision (:func:`framing.stats.validation.changed_categories`).
    """
    genre = settings.get("precision", "official")
    if audit is None:
        try:
            audit = audited_precision(genre=genre)
        except Exception:  # noqa: BLE001 - a broken install: report without precision
            audit = None
    rates = _rate_rows(tables, audit, changed_categories(lexicon))
    lines = [
        f"# {_md(title)} vs {_md(settings['corpus'])}\n",
        f"Corpus: {n_docs} documents, grouped by `{settings['by']}`; seed {settings['seed']}, "
        f"{settings['n_boot']} bootstrap resamples, test `{settings['test']}`, min group size "
        f"{settings['min_group_size']}.\n",
        "## The article's rates\n",
        "Rates per 1,000 words with the 95% interval (sentence bootstrap, never narrower than "
        "the exact Poisson interval); percentile among corpus documents (mid-rank) and among "
        "units of the article's length, one per corpus document long enough (the whole "
        "document within 20%, else one excerpt of whole sentences: length_matched.csv); "
        "evidence is *enough* with at least "
        f"{MIN_MATCHES} matches in {MIN_SENTENCES} sentences and the interval above the corpus "
        f"median; precision is the category's {precision_where(genre)} "
        "(below 0.80: exploratory)." + _no_same_length(tables) + "\n",
        "### Frames, stance and scare quotes\n",
        _md_table(rates[~rates["kind"].map(is_topic)].drop(columns="kind"))
        if len(rates)
        else "_(none)_\n",
        "### Topic mentions (actors, pronouns)\n",
        "What the text is about: an article about two countries tops these by subject.\n",
        _md_table(rates[rates["kind"].map(is_topic)].drop(columns="kind"))
        if len(rates)
        else "_(none)_\n",
        "## Groups\n",
        _group_sizes(tables, settings["min_group_size"], settings["by"]),
        _effects(tables),
        "## Whose voice\n",
        _voice(tables),
        "## Framing space\n",
        _space(tables),
        "## Nearest neighbours (cosine similarity)\n",
        _neighbours(tables, settings["by"]),
        "p-values in pairwise.csv are Benjamini–Hochberg adjusted within each metric (`p_adj`) "
        "and over the whole table (`p_adj_all`). See docs/statistics.md.\n",
    ]
    return "\n".join(lines)
