# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 01 — Profile of the article
#
# What the lexicons find in one article — by default the focal article of this project, the
# Global Times opinion piece of 24 March 2022, *"Mutual trust between China and Russia is a
# valuable asset for global stability"*; any other with `ARTICLE` (or `framing figures
# --article PATH --out DIR`): the rate of every category per 1,000 words with its 95% interval
# (sentence bootstrap, never narrower than the exact Poisson interval) and audited precision,
# the text with every match highlighted, keywords in context per category, and which actors are
# cast negatively by which frames. Nothing is compared with other texts here
# (see notebooks 02 and 03).

# %%
from IPython.display import HTML, display

import framing
from framing.present import charts, labels, saving, style, tables, titles

# %% tags=["parameters"]
ARTICLE = "../data/article/globaltimes-2022-03-24-china-russia-mutual-trust.txt"
META = None  # metadata YAML (outlet, published, headline); None = NAME.yaml beside ARTICLE
TITLE_LINE = False  # True: the first line of ARTICLE is its headline
LABEL = None  # how figures name the article; None = "Outlet, 24 Mar 2022" from the metadata
SEED = 0  # seed of the sentence bootstrap
LEVEL = 0.95  # confidence level of the rate intervals
PRECISION = "news"  # precision printed beside each category: "news" audits or "official"
KWIC_WINDOW = 8  # words of context on each side

# %% [markdown]
# ## Inputs and outputs
#
# **Input:** the article `ARTICLE` (default
# `data/article/globaltimes-2022-03-24-china-russia-mutual-trust.txt`, body only, metadata in the
# `.yaml` beside it or in `META`), read with `framing.read_article` by its title rule, and the
# built-in lexicons (`src/framing/engine/lexicons/*.yaml`, definitions in `docs/metrics.md`).
# No registry dataset is used.
#
# **Figures written** (PNG, SVG and the CSV of the data, to `figures/` or the `--out` folder):
#
# - `01-article-rates` — rate per 1,000 words of every category, with 95% intervals and audited
#   precision;
# - `01-actor-frame` — matches of each frame/stance category whose target (the actor cast
#   negatively) is each actor, by the attribution rules.

# %%
LEX = framing.load_lexicon()
article = framing.read_article(ARTICLE, meta=META, title_line=TITLE_LINE)
LABEL = LABEL or labels.article_label(article)
SOURCE = f"{labels.article_source(article, LABEL)}; framing lexicons {LEX.fingerprint[:12]}"
INPUTS = [ARTICLE]

analysis = framing.analyze(article.body)
m = analysis.metrics
print(f"{LABEL}: {article.title or '(no title: the whole file is the text)'}")
print(f"{int(m['tokens'])} words, {int(m['sentences'])} sentences, {len(analysis.matches)} matches")

# %% [markdown]
# ## Rates with their uncertainty
#
# A rate is `count × 1000 / words`. With a few hundred words most counts are small, and matches
# cluster in sentences (all four scare quotes of the focal article sit in one). Each rate
# therefore carries a **sentence bootstrap** 95% interval (the article's sentences resampled),
# widened where needed to the **exact Poisson** interval, which is the least uncertainty a count carries (words as
# independent draws; drawn as the grey bar inside the whisker). A category with 2 matches is
# compatible with anything from 0 to about 10 per 1,000 words. Beside each rate is the
# category's audited precision (share of matches that are what the category claims, judged by
# reading; `docs/validation.md`), as measured on news media, the genre of an op-ed
# (`PRECISION`; the official texts' round 1 with `"official"`): below 0.80 a category is
# **exploratory**. Topic mentions
# (actors, pronouns) are kept apart from frames and stance: they say what the text is about.

# %%
rates = tables.article_rates(analysis, level=LEVEL, seed=SEED, genre=PRECISION)
display(rates)

# %%
fig, axes = style.new_figure(
    titles.profile_title(rates),
    subtitle=f"Matches per 1,000 words ({int(m['tokens'])} words) with {LEVEL:.0%} intervals: "
    "sentence bootstrap widened to exact Poisson (whisker), exact Poisson alone (grey bar); "
    f"right: {titles.precision_where(PRECISION)}",
    source=SOURCE,
    ncols=2,
    figsize=(10.4, 5.4),
)
charts.profile_chart(axes, rates, LABEL)
saving.save_figure(
    fig,
    "01-article-rates",
    data=tables.with_article(rates, LABEL),
    caption=f"Rate per 1,000 words of every lexicon category in {LABEL}, with "
    "sentence-bootstrap 95% intervals widened to the exact Poisson interval (both in the CSV), "
    "the sentences the matches come from and each category's audited precision.",
    inputs=INPUTS,
)

# %% [markdown]
# ## The evidence: the text with every match highlighted
#
# Each colour is a category (hover for category, subcategory and matched term; dashed underline
# = negated; dotted overline = scare quote). This is the same rendering as the HTML report
# (`framing report`), so every count above can be checked against the words that produced it.

# %%
display(HTML(tables.highlighted_html(analysis)))

# %% [markdown]
# ## Keywords in context, per category

# %%
kwic = tables.kwic_table(analysis, window=KWIC_WINDOW)
for _, rows in kwic.groupby("category", sort=False):
    display(HTML(f"<h4>{rows['label'].iloc[0]} ({len(rows)})</h4>"))
    display(rows[["left", "matched_text", "right", "sentence"]].reset_index(drop=True))

# %% [markdown]
# ## Scare quotes

# %%
display(analysis.quotes)

# %% [markdown]
# ## Who is framed how: actors × frames
#
# A cell counts the matches of a frame or stance category that cast the actor negatively: its
# `target` (who is accused, coerced, evaluated), found by the attribution rules of
# `docs/metrics.md` ("Voice, source and target") — not mere co-occurrence in a sentence. The
# co-occurrence view is still `analysis.actor_frame_matrix()`; KWIC with
# `analysis.kwic(target=...)` shows the evidence of each cell.

# %%
matrix = analysis.actor_frame_matrix(view="targeted")
labelled = matrix.rename(index=labels.metric_label, columns=labels.metric_label)
top_actor = matrix.sum(axis=1).sort_values(ascending=False, kind="mergesort").index[0]
title = titles.target_sentence(matrix, labels.metric_label)
fig, ax = style.new_figure(
    title,
    subtitle="Matches whose target is the actor (who is blamed, coerced or evaluated); "
    + titles.target_coverage(analysis.matches, matrix.columns, labels.metric_label),
    source=SOURCE,
    figsize=(7.2, 5.2),
)
charts.heatmap(ax, labelled, xlabel="frame / stance", ylabel="target")
saving.save_figure(
    fig,
    "01-actor-frame",
    data=tables.with_article(matrix.reset_index(), LABEL),
    caption=(
        f"Actor × frame targets in {LABEL}: matches of each category whose target "
        "is the actor (attribution rules, docs/metrics.md)."
    ),
    inputs=INPUTS,
)
display(analysis.kwic(target=top_actor)[["left", "matched_text", "right", "category", "voice"]])
display(labelled)

# %% [markdown]
# ## Reading
#
# What the figures above state, generated from this article's numbers:

# %%
print(f"{LABEL}: {int(m['tokens'])} words.")
print("Rates: " + titles.rates_sentence(rates, 3) + ".")
print(title + ".")

# %% [markdown]
# *For the focal article (Global Times, 24 March 2022) the reading was:* the article names
# China and Russia far more often than any other actor, and its main frame is peace and
# cooperation between them; the West/US is the third actor and is the one that accusation,
# negative evaluation and Cold-War vocabulary target (China is coerced, not cast as the
# wrongdoer). *Whatever the article:* the intervals are wide — with one article the rates are
# descriptions of this text, not estimates of an outlet's style. Whether these rates are
# unusual needs a reference corpus — notebooks 02 (news media) and 03 (official voices).
