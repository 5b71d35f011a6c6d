# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 03 — Where the article sits among official voices
#
# The article's rates (per 1,000 words), scare quotes, the share of sentences that join the
# West/US with accusation, negative evaluation or Cold-War terms, and readability, placed among
# two reference corpora (the article: by default the Global Times op-ed of 24 March 2022; any
# other with `ARTICLE`, or `framing figures --article PATH --out DIR`):
#
# - the **UN General Debate 2022** (all 193 speeches; China, Russia, the USA, Ukraine and the EU
#   named), and
# - the **war window**: Kremlin, President of Ukraine and White House documents of the article's
#   month and the months either side (1 February – 30 April 2022 for an article of
#   24 March 2022; these corpora cover October 2021 – December 2022).
#
# **These corpora are official voices — speeches, press releases, statements — not
# newspapers.** An opinion piece differs from them in register (genre, audience,
# length) as well as in framing, so a high percentile says "unusual for official statements",
# not "unusual for a newspaper". All rates are normalised by length (per 1,000 words); very
# short documents are left out of the war window (see `MIN_TOKENS`) because one match in a
# 40-word release is already 25 per 1,000.

# %%
import pandas as pd
from IPython.display import display

import framing
from framing.data import cache, datasets
from framing.present import charts, labels, saving, style, tables, titles
from framing.stats import space

# %% tags=["parameters"]
ARTICLE = "../data/article/globaltimes-2022-03-24-china-russia-mutual-trust.txt"
META = None  # metadata YAML (outlet, published, headline); None = NAME.yaml beside ARTICLE
TITLE_LINE = False  # True: the first line of ARTICLE is its headline
LABEL = None  # how figures name the article; None = "Outlet, 24 Mar 2022" from the metadata
DATE = None  # the article's date (YYYY-MM-DD); None = from the metadata
WINDOW = None  # (start, end) of the war window; None = the article's month and those either side
SEED = 0  # no randomness here; kept for a uniform interface
UNGD = "ungd-2022"  # first corpus: a dataset name, a name of `framing data add`, or a path
REFERENCE = "UNGD 2022 speeches"  # how titles name the first corpus (plural)
SRC_UNGD = "UN General Debate Corpus (Jankin, Baturo & Dasandi), session 77, 2022, CC0"
WAR_WINDOW = ("kremlin-zelenskyy-2021-2022", "whitehouse-2022")  # via datasets.war_window()
MARKED = ["CHN", "RUS", "USA", "UKR", "EU"]
MIN_TOKENS = 100  # war-window documents shorter than this are left out
JOBS = 2  # scoring processes
CACHE_DIR = None  # scoring cache; None = <FRAMING_DATA_DIR>/scores
N_NEIGHBOURS = 10
STRIP_METRICS = ["west_us_per_1k", "accusation_per_1k", "cold_war_per_1k", "scare_quote_per_1k"]

# %% [markdown]
# ## Inputs and outputs
#
# **Inputs:** the article `ARTICLE` (default `data/article/…-china-russia-mutual-trust.txt`);
# registry datasets `ungd-2022` (UN General Debate, session 77, CC0) and, through
# `framing.data.datasets.war_window(*WINDOW)`, `kremlin-zelenskyy-2021-2022` (CC BY 4.0) and
# `whitehouse-2022` (CC0). Scores come from `framing.data.cache.cached_score` (Parquet cache under
# `FRAMING_DATA_DIR`), with readability but without sentiment.
#
# **Figures written** (PNG, SVG, CSV in `figures/` or the `--out` folder):
#
# - `03-percentiles-ungd`, `03-percentiles-war-window` — the article's percentile per metric;
# - `03-strip-west-us`, `03-strip-accusation`, `03-strip-cold-war`, `03-strip-scare-quotes` —
#   every document of both corpora by group, the article as a dashed line;
# - `03-framing-space` — PCA of the robustly standardised rates, the article projected;
# - `03-nearest-neighbours` — the documents with the most similar profile (CSV: the table).

# %%
lexicon = framing.load_lexicon()
article = framing.read_article(ARTICLE, meta=META, title_line=TITLE_LINE)
LABEL = LABEL or labels.article_label(article)
DATE = pd.Timestamp(DATE or article.date) if (DATE or article.date) else None
if WINDOW is None and DATE is None:
    raise ValueError("the article has no date (metadata 'published'): set DATE or WINDOW")
WINDOW = tuple(WINDOW) if WINDOW is not None else datasets.window_around(DATE)
art = framing.analyze(article.body, lexicon).metrics
art.name = LABEL

RATES = [f"{c}_per_1k" for c in lexicon.categories] + ["scare_quote_per_1k"]
METRICS = RATES + ["west_us_frame_sentence_share", "flesch_reading_ease", "mean_sentence_length"]
SPACE = RATES + ["west_us_frame_sentence_share"]
COLS = ["doc_id", "group", "title", "date", "genre"]
SRC_WAR = (
    "en.kremlin.ru and president.gov.ua via PeiYiZhuo/zelenskyy-putin (CC BY 4.0); "
    f"White House briefing room via brian14708/wh-briefings (CC0); {labels.date_range(*WINDOW)}"
)
INPUTS_UNGD = [UNGD, ARTICLE]
INPUTS_WAR = [*WAR_WINDOW, ARTICLE]
INPUTS_ALL = [UNGD, *WAR_WINDOW, ARTICLE]
opts = dict(readability=True, sentiment=False, jobs=JOBS, cache_dir=CACHE_DIR)

ungd = framing.load_corpus(UNGD)
if "country" not in ungd.columns:  # a corpus of your own: its groups name the documents
    ungd = ungd.assign(country=ungd["group"].fillna(ungd["doc_id"]))
ungd_scores = ungd[[*COLS, "country"]].merge(cache.cached_score(ungd, **opts), on="doc_id")
ungd_scores = ungd_scores.assign(
    corpus=REFERENCE,
    title=ungd_scores["country"] + (" at the UN General Debate" if UNGD == "ungd-2022" else ""),
)
war = datasets.war_window(*WINDOW)
if len(war) == 0:
    raise ValueError(
        f"no Kremlin, President of Ukraine or White House document between {WINDOW[0]} and "
        f"{WINDOW[1]} (they cover Oct 2021-Dec 2022): set WINDOW, or skip notebook 03"
    )
war_all = war[COLS].merge(cache.cached_score(war, **opts), on="doc_id")
war_scores = war_all[war_all["tokens"] >= MIN_TOKENS].reset_index(drop=True)
war_scores = war_scores.assign(corpus="war-window documents")
kept = pd.DataFrame(
    {
        "documents": war_all.groupby("group").size(),
        f"kept (>= {MIN_TOKENS} words)": war_scores.groupby("group").size(),
    }
)
print(f"{LABEL}; UNGD 2022: {len(ungd_scores)} speeches; war window {WINDOW[0]} to {WINDOW[1]}:")
display(kept)

# %% [markdown]
# ## Percentiles: the article against each corpus
#
# Mid-rank percentile of the article among the corpus documents (100 = higher than every
# document; ties count half). The whiskers are the percentiles of the ends of the article's
# exact Poisson 95% interval: where a whisker reaches the median line the article's rate is
# not clearly different from a typical document. Numbers at the right: article vs corpus
# median. For Flesch reading ease a *low* percentile means *harder* to read.

# %%
pos_ungd = tables.position_table(art, ungd_scores, METRICS, lexicon)
pos_war = tables.position_table(art, war_scores, METRICS, lexicon)
for pos, name, corpus, src, inputs in (
    (pos_ungd, "03-percentiles-ungd", REFERENCE, SRC_UNGD, INPUTS_UNGD),
    (pos_war, "03-percentiles-war-window", "war-window documents", SRC_WAR, INPUTS_WAR),
):
    fig, ax = style.new_figure(
        titles.position_sentence(pos, corpus),
        subtitle=f"Percentile of the article among {pos['n'].iloc[0]} {corpus} (rates per "
        "1,000 words); whiskers: its 95% interval; right: article vs corpus median",
        source=src,
        figsize=(7.6, 7.4),
    )
    charts.percentile_chart(
        ax,
        pos.assign(label=pos["label"].str.removesuffix(" per 1k")),
        label="label",
        note="note",
        note_title="vs median",
        focal_label=LABEL,
    )
    saving.save_figure(
        fig,
        name,
        data=tables.with_article(pos, LABEL),
        caption=f"Percentile of {LABEL} among {corpus} for each metric, with the "
        "percentiles of its exact Poisson 95% interval.",
        inputs=inputs,
    )
pos_ungd[["label", "article_value", "median", "percentile", "percentile_lo", "percentile_hi"]]

# %%
pos_war[["label", "article_value", "median", "percentile", "percentile_lo", "percentile_hi"]]

# %% [markdown]
# ## Every document: strip plots
#
# One row per group; the UN rows are single speeches (CHN, RUS, USA, UKR, EU) and the other
# 188 speeches ("other"); the last three rows are the war-window documents. The bar is the
# group median, the dashed line the article.

# %%
both = pd.concat(
    [
        ungd_scores.assign(group=tables.display_groups(ungd_scores["group"], MARKED)),
        war_scores,
    ],
    ignore_index=True,
)
order = [*MARKED, "other", "Kremlin", "President of Ukraine", "White House"]
ungd_pos = pos_ungd.set_index("metric")
war_pos = pos_war.set_index("metric")
for metric in STRIP_METRICS:
    label = labels.metric_label(metric, lexicon)
    short = label.removesuffix(" per 1k")
    fig, ax = style.new_figure(
        f"{short}: the article's {art[metric]:.1f} per 1k is "
        f"{titles.above_phrase(ungd_pos.loc[metric], REFERENCE)} and "
        f"{titles.above_phrase(war_pos.loc[metric], 'war-window documents')}",
        subtitle=f"{label}; rows CHN–other: UNGD 2022 speeches; last three rows: "
        f"war-window documents of at least {MIN_TOKENS} words; bars: group medians",
        source=f"{SRC_UNGD}; {SRC_WAR}",
        figsize=(7.2, 5.2),
    )
    charts.strip_plot(
        ax, both, metric, order=order, focal=art[metric], xlabel=label, focal_label=LABEL
    )
    ax.get_legend().remove()  # the article is labelled at the top; medians in the subtitle
    saving.save_figure(
        fig,
        f"03-strip-{metric.removesuffix('_per_1k').replace('_', '-')}",
        data=tables.with_article(
            both[["doc_id", "group", "tokens", metric.replace("_per_1k", "_count"), metric]], LABEL
        ),
        caption=f"{label} of every UNGD 2022 speech and war-window document, by group; "
        f"{LABEL} as a dashed line.",
        inputs=INPUTS_ALL,
    )

# %% [markdown]
# ## Framing space
#
# Principal components of the rates (and the West/US-frame sentence share), each robustly
# standardised (median, 1.4826 × MAD) and clipped at ±5, fitted on both corpora together; the
# article is projected with the corpus parameters, not fitted. Arrows: the strongest loadings.

# %%
fspace = space.framing_space(both, SPACE, focal=art)
pts = fspace.scores[~fspace.scores["is_focal"]]
focal_xy = fspace.scores.loc[fspace.scores["is_focal"], ["PC1", "PC2"]].iloc[0]
dist = tables.group_distances(fspace.scores)
above = {
    pc: titles.above_phrase(
        {"n": len(pts), "n_below": int((pts[pc] < focal_xy[pc]).sum())}, "documents"
    )
    for pc in ("PC1", "PC2")
}
lead = {
    pc: titles.join_words(
        [
            labels.metric_label(t, lexicon, unit=False)
            for t in fspace.loadings[pc]
            .abs()
            .sort_values(ascending=False, kind="mergesort")
            .index[:2]
        ]
    )
    for pc in ("PC1", "PC2")
}
fig, ax = style.new_figure(
    f"The article sits at the edge of the framing space: on PC2 ({lead['PC2']}) it is "
    f"{above['PC2']}; on PC1 ({lead['PC1']}) {above['PC1']}",
    subtitle="PCA of robustly standardised per-1k rates; UNGD 2022 speeches and war-window "
    "documents; the article projected",
    source=f"{SRC_UNGD}; {SRC_WAR}",
    figsize=(7.6, 5.6),
)
charts.framing_space(
    ax,
    pts,
    focal=(focal_xy["PC1"], focal_xy["PC2"]),
    loadings=fspace.loadings.rename(index=lambda m: labels.metric_label(m, lexicon, unit=False)),
    explained=tuple(fspace.explained_variance_ratio[:2]),
    focal_label=LABEL,
)
saving.save_figure(
    fig,
    "03-framing-space",
    data=tables.with_article(fspace.scores, LABEL),
    caption="PCA of the robustly standardised framing rates of UNGD 2022 speeches and "
    f"war-window documents, with {LABEL} projected.",
    inputs=INPUTS_ALL,
)
fspace.loadings.round(3)

# %%
display(dist)

# %% [markdown]
# ## Nearest neighbours
#
# Cosine similarity of the standardised profiles (same scaling as the framing space). A
# neighbour shares the article's *pattern* of above- and below-median rates, not its words.

# %%
nn = space.nearest_neighbours(
    both, art, SPACE, k=N_NEIGHBOURS, cols=("corpus", "group", "country", "title", "date")
)
fig, ax = style.new_figure(
    titles.neighbours_sentence(nn),
    subtitle="Cosine similarity of robustly standardised framing profiles",
    source=f"{SRC_UNGD}; {SRC_WAR}",
    figsize=(7.6, 5.0),
)
doc_names = tables.doc_labels(nn.assign(group=nn["group"].replace({"other": "UNGD"})), width=64)
colors = [style.group_style(g)[0] for g in nn["group"]]
ax.barh(range(len(nn)), nn["cosine_similarity"], color=colors)
ax.set_yticks(range(len(nn)), doc_names, fontsize=8)
ax.set_ylim(len(nn) - 0.5, -0.5)
ax.set_xlim(0, 1)
ax.set_xlabel("cosine similarity to the article")
ax.grid(axis="y", visible=False)
saving.save_figure(
    fig,
    "03-nearest-neighbours",
    data=tables.with_article(nn, LABEL),
    caption="The documents of both corpora whose standardised framing profile is most similar "
    f"to that of {LABEL} (cosine similarity), with their raw rates.",
    inputs=INPUTS_ALL,
)
nn[["rank", "doc_id", "cosine_similarity", "corpus", "group", "title", "date"]]

# %% [markdown]
# ## Reading
#
# What the figures above state, generated from this article's numbers:

# %%
print(titles.position_sentence(pos_ungd, REFERENCE) + ".")
print(titles.position_sentence(pos_war, "war-window documents") + ".")
print(titles.neighbours_sentence(nn) + ".")

# %% [markdown]
# *For the focal article (Global Times, 24 March 2022) the reading was:* against UN speeches
# the article is at the top on most actor and framing rates: UN speeches address many countries
# and the multilateral agenda, while this article is about two states and their adversary.
# Against the war-window documents it is still above almost every document on accusation,
# Cold-War/hegemony vocabulary and the West/US-frame sentence share, while on West/US mentions
# alone many White House and President of Ukraine texts reach it (the West/US lexicon also
# counts the US government speaking about itself). In the framing space it lies at the edge,
# and its nearest neighbours by profile are UN speeches of states critical of the US (and the
# Russian and EU speeches) and Kremlin texts around the invasion. *Whatever the article:* the
# percentile whiskers show which positions survive the uncertainty of a short text, and
# register matters: an opinion article argues, a press release reports, so accusation and
# scare-quote rates are expected to be higher in an article for reasons of genre alone; the
# comparison with official voices locates its framing, it does not measure a newspaper's bias.
