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
# short documents are left out of both corpora (`framing.stats.MIN_DOC_TOKENS`, the same
# minimum as `framing compare`) because one match in a 40-word release is already 25 per 1,000.
# And because a short text lands in the tails more often than a long speech for reasons of
# length alone, the article is also compared with same-length excerpts of the documents.
#
# **What a title may say** (`framing.present.claims`): topic mentions (China, Russia, Ukraine,
# the UN, West / US, we / they) are shown apart from frames and stance — an article about China
# and Russia is bound to top them; a frame is named only with at least 3 matches in 2 sentences
# and the corpus median outside its interval; ties are named as ties; each category's audited
# precision is beside it, and below 0.80 it is exploratory.

# %%
import pandas as pd
from IPython.display import display

import framing
from framing.data import cache, datasets
from framing.present import charts, labels, saving, style, tables, titles
from framing.stats import MIN_DOC_TOKENS, space
from framing.stats.comparison import length_matched_position

# %% tags=["parameters", "needs-window"]
ARTICLE = "../data/article/globaltimes-2022-03-24-china-russia-mutual-trust.txt"
META = None  # metadata YAML (outlet, published, headline); None = NAME.yaml beside ARTICLE
TITLE_LINE = False  # True: the first line of ARTICLE is its headline
LABEL = None  # how figures name the article; None = "Outlet, 24 Mar 2022" from the metadata
DATE = None  # the article's date (YYYY-MM-DD); None = from the metadata
WINDOW = None  # (start, end) of the war window; None = the article's month and those either side
SEED = 0  # seed of the sentence bootstrap of the article's intervals
UNGD = "ungd-2022"  # first corpus: a dataset name, a name of `framing data add`, or a path
REFERENCE = "UNGD 2022 speeches"  # how titles name the first corpus (plural)
SRC_UNGD = "UN General Debate Corpus (Jankin, Baturo & Dasandi), session 77, 2022, CC0"
WAR_WINDOW = ("kremlin-zelenskyy-2021-2022", "whitehouse-2022")  # via datasets.war_window()
MARKED = ["CHN", "RUS", "USA", "UKR", "EU"]
MIN_TOKENS = MIN_DOC_TOKENS  # documents shorter than this are left out (as in framing compare)
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
# - `03-percentiles-ungd`, `03-percentiles-war-window` — the article's percentile per metric
#   (topics, frames and other measures apart), with its interval, its length-matched
#   percentile and each category's audited precision;
# - `03-strip-west-us`, `03-strip-accusation`, `03-strip-cold-war`, `03-strip-scare-quote` —
#   every document of both corpora by group, the article as a dashed line;
# - `03-framing-space` — PCA of the robustly standardised rates, the article projected;
# - `03-nearest-neighbours` — the documents with the most similar profile, against the
#   similarity of the median document (CSV: the table).

# %%
lexicon = framing.load_lexicon()
article = framing.read_article(ARTICLE, meta=META, title_line=TITLE_LINE)
LABEL = LABEL or labels.article_label(article)
DATE, WINDOW = datasets.article_dates(DATE or article.date, WINDOW, needs="window")
analysis = framing.analyze(article.body, lexicon)
art = analysis.metrics
art.name = LABEL
rates = tables.article_rates(analysis, seed=SEED)

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
ungd_all = ungd[[*COLS, "country", "text"]].merge(cache.cached_score(ungd, **opts), on="doc_id")
ungd_all = ungd_all.assign(
    corpus=REFERENCE,
    title=ungd_all["country"] + (" at the UN General Debate" if UNGD == "ungd-2022" else ""),
)
war = datasets.war_window(*WINDOW)
if len(war) == 0:  # a few days inside the corpora's span without a document
    raise ValueError(f"no war-window document between {WINDOW[0]} and {WINDOW[1]}: widen WINDOW")
war_home = datasets.home_options(war)  # the releases' publishers, their governments (as audited)
war_all = war[[*COLS, "text"]].merge(cache.cached_score(war, **opts, **war_home), on="doc_id")
war_all = war_all.assign(corpus="war-window documents")
ungd_scores = ungd_all[ungd_all["tokens"] >= MIN_TOKENS].reset_index(drop=True)
war_scores = war_all[war_all["tokens"] >= MIN_TOKENS].reset_index(drop=True)
kept = pd.concat(
    [
        pd.DataFrame(
            {
                "documents": d.groupby("corpus").size(),
                f"kept (>= {MIN_TOKENS} words)": k.groupby("corpus").size(),
            }
        )
        for d, k in ((ungd_all, ungd_scores), (war_all, war_scores))
    ]
)
print(f"{LABEL}; UNGD 2022: {len(ungd_scores)} speeches; war window {WINDOW[0]} to {WINDOW[1]}:")
display(kept)

# %% [markdown]
# ## Percentiles: the article against each corpus
#
# Mid-rank percentile of the article among the corpus documents (100 = higher than every
# document; ties count half). The whiskers are the percentiles of the ends of the article's
# 95% interval (sentence bootstrap, never narrower than exact Poisson): where a whisker reaches
# the median line the article's rate is not clearly different from a typical document. The
# hollow diamond is the **length-matched percentile**: the article among units of its own
# length, one per document — the document itself if within 20% of the article's length,
# else one excerpt of whole sentences from a seeded random start
# (`framing.stats.lengthmatch`, as in notebook 02); shorter documents are left out of it.
# Right: article vs corpus median, and the category's audited precision.
# For Flesch reading ease a *low* percentile means *harder* to read.

# %%
positions = {}
GENRE = {  # on the chart, so that a pasted figure says what the article is compared with
    REFERENCE: "speeches to the UN, not news",
    "war-window documents": "official press releases, speeches and briefings, not news",
}
for scores, name, corpus, src, inputs in (
    (ungd_scores, "03-percentiles-ungd", REFERENCE, SRC_UNGD, INPUTS_UNGD),
    (war_scores, "03-percentiles-war-window", "war-window documents", SRC_WAR, INPUTS_WAR),
):
    lm = length_matched_position(
        analysis, scores["text"], scores["doc_id"], intervals=rates, seed=SEED, jobs=JOBS
    )
    pos = tables.position_sections(
        tables.position_table(analysis, scores, METRICS, lexicon, rates=rates, length_matched=lm)
    )
    positions[corpus] = pos
    fig, ax = style.new_figure(
        titles.position_sentence(pos, corpus),
        subtitle=f"Percentile of the article among {pos['n'].iloc[0]} {corpus} ({GENRE[corpus]}; "
        f"rates per 1,000 words); whiskers: its 95% interval; "
        f"{titles.topics_sentence(pos, corpus)}",
        source=src,
        figsize=(9.4, 8.4),
    )
    charts.percentile_chart(
        ax,
        pos.assign(label=pos["label"].str.removesuffix(" per 1k")),
        label="label",
        note="note",
        note_title="vs median",
        precision="precision_note",
        focal_label=LABEL,
    )
    saving.save_figure(
        fig,
        name,
        data=tables.with_article(pos.drop(columns=["section"]), LABEL),
        caption=f"Percentile of {LABEL} among {corpus} for each metric (topic "
        "mentions apart from frames), with the percentiles of the ends of its 95% interval "
        "(sentence bootstrap widened to exact Poisson), its length-matched percentile (among "
        f"{int(lm['n_units'].iloc[0])} units of about {int(art['tokens'])} words: "
        f"{int(lm['n_whole'].iloc[0])} whole documents, {int(lm['n_excerpt'].iloc[0])} "
        "excerpts), the matches and sentences behind each rate and the category's audited "
        "precision.",
        inputs=inputs,
    )
cols = ["label", "count", "sentences", "article_value", "median", "percentile", "percentile_lo",
        "length_percentile", "precision_note"]  # fmt: skip
positions[REFERENCE][cols]

# %%
positions["war-window documents"][cols]

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
ungd_pos = positions[REFERENCE].set_index("metric")
war_pos = positions["war-window documents"].set_index("metric")
rate_rows = rates.set_index("category")
for metric in STRIP_METRICS:
    label = labels.metric_label(metric, lexicon)
    short = label.removesuffix(" per 1k")
    fig, ax = style.new_figure(
        titles.strip_sentence(
            short,
            rate_rows.loc[metric.removesuffix("_per_1k")],
            [
                (ungd_pos.loc[metric], REFERENCE),
                (war_pos.loc[metric], "war-window documents"),
            ],
        ),
        subtitle=f"{label}; rows CHN–other: UNGD 2022 speeches; last three rows: "
        f"war-window documents of at least {MIN_TOKENS} words; bars: group medians; "
        f"{ungd_pos.loc[metric, 'precision_note']}",
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
            both[["doc_id", "group", "tokens", metric.replace("_per_1k", "_count"), metric]],
            LABEL,
            {
                **{k: art[k] for k in ("tokens", metric.replace("_per_1k", "_count"), metric)},
                **{  # the interval and evidence the title quotes
                    k: rate_rows.loc[metric.removesuffix("_per_1k"), k]
                    for k in ("sentences", "lower", "upper")
                },
            },
        ),
        caption=f"{label} of every UNGD 2022 speech and war-window document, by group; "
        f"{LABEL} as a dashed line. CSV: the article's sentences and 95% interval beside its "
        "rate.",
        inputs=INPUTS_ALL,
    )

# %% [markdown]
# ## Framing space
#
# Principal components of the rates (and the West/US-frame sentence share), each robustly
# standardised (median, 1.4826 × MAD) and passed through asinh (extremes kept in order, none
# tied at a clipping bound), fitted on both corpora together; the article is projected with
# the corpus parameters, not fitted. Each axis is named after the metrics that move **the
# article** most along it (loading × the article's standardised value,
# `framing.stats.space.article_contributions`), not after the largest loadings, which can be
# variables on which the article sits at the centre; the arrows are those metrics.

# %%
fspace = space.framing_space(both, SPACE, focal=art)
pts = fspace.scores[~fspace.scores["is_focal"]]
focal_xy = fspace.scores.loc[fspace.scores["is_focal"], ["PC1", "PC2"]].iloc[0]
dist = tables.group_distances(fspace.scores)
contrib = {pc: space.article_contributions(fspace, pc) for pc in ("PC1", "PC2")}
above = {
    pc: titles.above_phrase(
        {"n": len(pts), "n_below": int((pts[pc] < focal_xy[pc]).sum())}, "documents"
    )
    for pc in ("PC1", "PC2")
}
movers = {pc: list(contrib[pc]["metric"].head(2)) for pc in ("PC1", "PC2")}
lead = {
    pc: titles.join_words([labels.metric_label(t, lexicon, unit=False) for t in movers[pc]])
    for pc in ("PC1", "PC2")
}
fig, ax = style.new_figure(
    f"On PC1 ({lead['PC1']}) the article is {above['PC1']}; on PC2 ({lead['PC2']}) {above['PC2']}",
    subtitle="PCA of robustly standardised, asinh-scaled per-1k rates; UNGD 2022 speeches and "
    "war-window documents; the article projected; axes named after what moves the article",
    source=f"{SRC_UNGD}; {SRC_WAR}",
    figsize=(8.2, 5.8),
)
arrows = list(dict.fromkeys(movers["PC1"] + movers["PC2"]))
charts.framing_space(
    ax,
    pts,
    focal=(focal_xy["PC1"], focal_xy["PC2"]),
    loadings=fspace.loadings.rename(index=lambda m: labels.metric_label(m, lexicon, unit=False)),
    explained=tuple(fspace.explained_variance_ratio[:2]),
    arrows=[labels.metric_label(m, lexicon, unit=False) for m in arrows],
    focal_label=LABEL,
)
saving.save_figure(
    fig,
    "03-framing-space",
    data=tables.with_article(fspace.scores, LABEL),
    caption="PCA of the robustly standardised, asinh-scaled framing rates of UNGD 2022 speeches "
    f"and war-window documents, with {LABEL} projected; arrows: the metrics that "
    "move the article most along each axis.",
    inputs=INPUTS_ALL,
)
display(contrib["PC1"].head(5), contrib["PC2"].head(5))
fspace.loadings.round(3)

# %%
display(dist)

# %% [markdown]
# ## Nearest neighbours
#
# Cosine similarity of the standardised profiles (same scaling as the framing space). A
# neighbour shares the article's *pattern* of above- and below-median rates, not its words.
# The dashed lines are the similarity of the median document and of the 90th percentile: a
# neighbour is only as telling as its distance above them.

# %%
nn = space.nearest_neighbours(  # each neighbour's words: the denominator of its rates
    both, art, SPACE, k=N_NEIGHBOURS, cols=("corpus", "group", "country", "title", "date", "tokens")
)
fig, ax = style.new_figure(
    titles.neighbours_sentence(nn),
    subtitle="Cosine similarity of robustly standardised, asinh-scaled framing profiles; bars "
    "coloured by group; dashed: the median document, dotted: the 90th percentile",
    source=f"{SRC_UNGD}; {SRC_WAR}",
    figsize=(7.6, 5.2),
)
doc_names = tables.doc_labels(nn.assign(group=nn["group"].replace({"other": "UNGD"})), width=64)
charts.neighbours_chart(
    ax, nn.assign(group=nn["group"].replace({"other": "UNGD other"})), doc_names
)
saving.save_figure(
    fig,
    "03-nearest-neighbours",
    data=tables.with_article(nn, LABEL),
    caption="The documents of both corpora whose standardised framing profile is most similar "
    f"to that of {LABEL} (cosine similarity), with their words and raw rates; the median and 90th "
    f"percentile of all {nn.attrs['baseline']['n']} documents' similarity as yardsticks.",
    inputs=INPUTS_ALL,
)
nn[["rank", "doc_id", "cosine_similarity", "corpus", "group", "title", "date"]]

# %% [markdown]
# ## Reading
#
# What the figures above state, generated from this article's numbers:

# %%
print(titles.position_sentence(positions[REFERENCE], REFERENCE) + ".")
print(titles.position_sentence(positions["war-window documents"], "war-window documents") + ".")
print(titles.neighbours_sentence(nn) + ".")

# %% [markdown]
# *For the focal article (Global Times, 24 March 2022) the reading was:* topic mentions first:
# the article names China, Russia and the West/US more than every UNGD speech and more than
# most war-window releases (the West/US at their 89th percentile) — it is an article about
# them — so those percentiles describe its subject, not its framing. Among frames
# and stance, only **accusation** and the **peace/cooperation frame** are clearly high against
# both corpora: at least 3 matches in 2 sentences, and the lower end of the 95% interval above
# the corpus median (eight frame and stance measures, each interval unadjusted for the others;
# and 6 of the 17 peace/cooperation matches are the word *cooperation*, the article's subject,
# notebook 02). Negative evaluation, Cold-War/hegemony vocabulary, distancing and scare
# quotes sit at the 97th–100th percentile as observed counts, but their intervals reach down to
# the corpus median: the four scare quotes are in one sentence, distancing rests on 2 matches
# (and the category's precision on official texts, 0.78, makes it exploratory here; on news it
# is 0.97), and one sentence more or less would
# move them a long way. The corpus side of the scare-quote comparison is weaker still: in the
# official texts only about one scare quote in five was one (precision round 22, 0.20; most are
# names, terms and the speaker's own phrases), and after the version-136 repairs still only about
# one in four on fresh official texts (round 25, 0.24: the Ukrainian presidency 0.43, the White
# House 0.13; over each group's latest round, with round 26's last fresh White House rows, 40
# of 170, 0.24), so the corpus
# medians near zero say little. Against same-length excerpts the positions barely change for the frames:
# the article's length does not explain them. In the framing space the article is pulled up by
# peace/cooperation and Cold-War vocabulary and out along PC1 by its Russia and Ukraine mentions;
# its nearest neighbours by profile (the UN speeches of Cuba, the Czech Republic, Russia, the US,
# Syria and the EU, two Kremlin texts, a Ukrainian presidency speech and a White House briefing)
# are far more similar to it than the median document, but the profile is
# dominated by the same topic mentions. *Whatever the article:* the percentile whiskers show
# which positions survive the uncertainty of a short text, and register matters: an opinion
# article argues, a press release reports, so accusation and scare-quote rates are expected to be
# higher in an article for reasons of genre alone; the
# comparison with official voices locates its framing, it does not measure a newspaper's bias.
