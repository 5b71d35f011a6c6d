# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 05 — Monthly trends of official framing, 2021–2022
#
# How often the White House, the Kremlin and the President of Ukraine used West/US, accusation
# and Cold-War vocabulary and scare quotes, month by month, with the article's date marked (by
# default the Global Times op-ed of 24 March 2022; any other with `ARTICLE`). This situates
# the article in time: was its framing part of a wave in official rhetoric after the invasion
# of 24 February 2022?
#
# **Coverage differs:** the White House data cover January–December 2022; the Kremlin and
# President of Ukraine data span **24 October 2021 – 24 June 2022** only, so their first and last
# months are partial and their lines stop in June 2022.
#
# **Rates are pooled:** a month's rate is the sum of its documents' counts divided by the sum
# of their words × 1,000 — every word weighs the same — not the mean of the documents' rates,
# which would let a 40-word release weigh as much as a 5,000-word speech. The number of
# documents and words behind every point is in each figure's CSV and in `05-monthly-documents`.

# %%
import matplotlib.dates as mdates
import pandas as pd
from IPython.display import display

import framing
from framing.data import cache, datasets
from framing.present import charts, labels, saving, style, tables, titles

# %% tags=["parameters"]
ARTICLE = "../data/article/globaltimes-2022-03-24-china-russia-mutual-trust.txt"
META = None  # metadata YAML (outlet, published, headline); None = NAME.yaml beside ARTICLE
TITLE_LINE = False  # True: the first line of ARTICLE is its headline
LABEL = None  # how figures name the article; None = "Outlet, 24 Mar 2022" from the metadata
DATE = None  # the article's date (YYYY-MM-DD); None = from the metadata
SEED = 0  # no randomness here; kept for a uniform interface
DATASETS = ["kremlin-zelenskyy-2021-2022", "whitehouse-2022"]
CATEGORIES = ["west_us", "accusation", "cold_war", "scare_quote"]
TERMS = {  # how each category is named in figure titles
    "west_us": "West/US terms",
    "accusation": "accusation terms",
    "cold_war": "Cold-War/hegemony terms",
    "scare_quote": "scare quotes",
}
JOBS = 2  # scoring processes
CACHE_DIR = None  # scoring cache; None = <FRAMING_DATA_DIR>/scores

# %% [markdown]
# ## Inputs and outputs
#
# **Inputs:** the article `ARTICLE` (for its date and its own rates) and the registry datasets
# `kremlin-zelenskyy-2021-2022` (Kremlin and President of Ukraine English press releases,
# CC BY 4.0) and `whitehouse-2022` (White House briefing room 2022, CC0; ~37 MB of text). The
# documents are scored lexically only (`readability=False, sentiment=False`) through the
# scoring cache `framing.data.cache.cached_score`.
#
# **Figures written** (PNG, SVG, CSV in `figures/` or the `--out` folder):
#
# - `05-monthly-west-us`, `05-monthly-accusation`, `05-monthly-cold-war`,
#   `05-monthly-scare-quote` — monthly pooled rates per 1,000 words by source;
# - `05-monthly-documents` — documents per month by source (the denominators).

# %%
lexicon = framing.load_lexicon()
article = framing.read_article(ARTICLE, meta=META, title_line=TITLE_LINE)
LABEL = LABEL or labels.article_label(article)
if not (DATE or article.date):
    raise ValueError("the article has no date (metadata 'published'): set DATE")
ARTICLE_DATE = pd.Timestamp(DATE or article.date)
art = framing.analyze(article.body, lexicon).metrics
docs = pd.concat([datasets.load(name) for name in DATASETS], ignore_index=True)
scores = docs[["doc_id", "group", "date"]].merge(
    cache.cached_score(docs, readability=False, sentiment=False, jobs=JOBS, cache_dir=CACHE_DIR),
    on="doc_id",
)
monthly = tables.monthly_rates(scores, CATEGORIES)
SRC = (
    "en.kremlin.ru and president.gov.ua via PeiYiZhuo/zelenskyy-putin (CC BY 4.0; Oct 2021-"
    "Jun 2022); White House briefing room via brian14708/wh-briefings (CC0; 2022)"
)
span = scores.groupby("group")["date"].agg(["min", "max", "size"])
display(span)

# %% [markdown]
# ## Documents per month
#
# The denominators. Months with few documents give noisy rates.

# %%
counts = monthly[monthly["category"] == CATEGORIES[0]][
    ["group", "month", "month_mid", "n_docs", "tokens"]
]
busiest = counts.sort_values(["n_docs", "group"], ascending=[False, True], kind="mergesort")
b = busiest.iloc[0]
fig, ax = style.new_figure(
    f"The {b['group']} published most in {b['month']:%B %Y} ({int(b['n_docs'])} documents); "
    "the Kremlin and President of Ukraine series end in June 2022",
    subtitle="Documents per month by source",
    source=SRC,
    figsize=(7.6, 4.6),
)
charts.trend_lines(
    ax, counts, date="month_mid", value="n_docs", event=None, ylabel="documents per month"
)
style.mark_focal(ax, mdates.date2num(ARTICLE_DATE), label=LABEL)
ax.set_ylim(bottom=0)
saving.save_figure(
    fig,
    "05-monthly-documents",
    data=tables.with_article(counts.reset_index(drop=True), LABEL),
    caption=f"Documents and words per month by source around the date of {LABEL} (Kremlin, "
    "President of Ukraine, White "
    "House), the denominators of the monthly rates.",
    inputs=[*DATASETS, ARTICLE],
)

# %% [markdown]
# ## Monthly rates
#
# The dashed line and star mark the article's date; each month is drawn at its 15th. The
# article's own rate is given in the subtitle: it is an opinion piece, not an official release, and its rate is usually far above
# every monthly line, so it is stated rather than drawn on the same scale.

# %%
month = ARTICLE_DATE.strftime("%Y-%m")
for cat in CATEGORIES:
    label = labels.metric_label(f"{cat}_per_1k", lexicon, unit=False)
    t = monthly[monthly["category"] == cat].reset_index(drop=True)
    a = float(art[f"{cat}_per_1k"])
    fig, ax = style.new_figure(
        titles.month_sentence(monthly, cat, TERMS[cat], month, a),
        subtitle=f"{label} per 1,000 words, pooled by month (sum of counts / sum of words); "
        f"the article: {a:.1f} per 1k",
        source=SRC,
        figsize=(7.6, 4.6),
    )
    charts.trend_lines(
        ax, t, date="month_mid", value="per_1k", event=None, ylabel=f"{label} per 1k"
    )
    style.mark_focal(ax, mdates.date2num(ARTICLE_DATE), label=LABEL)
    ax.set_ylim(bottom=0)
    saving.save_figure(
        fig,
        f"05-monthly-{cat.replace('_', '-')}",
        data=tables.with_article(t, LABEL),
        caption=f"Monthly pooled rate of {label.lower()} per 1,000 words by source, with the "
        f"number of documents, words and matches per month; the date of {LABEL} marked.",
        inputs=[*DATASETS, ARTICLE],
    )
display(monthly.pivot_table(index="month", columns=["category", "group"], values="per_1k"))

# %% [markdown]
# ## Reading
#
# What the figures above state, generated from this article's numbers:

# %%
for cat in CATEGORIES:
    print(titles.month_sentence(monthly, cat, TERMS[cat], month, float(art[f"{cat}_per_1k"])) + ".")

# %% [markdown]
# *For the focal article (Global Times, 24 March 2022) the reading was:* the official lines move
# around the invasion: accusation terms rise in the Kremlin's texts in February 2022 and in the
# President of Ukraine's in March–April; the Kremlin's Cold-War and hegemony vocabulary peaks in
# December 2021 and February 2022 (the weeks of the security demands and the invasion address)
# and is near zero in March. The White House has the highest West/US rate throughout (the
# West/US lexicon also counts the US government naming itself). In the article's month every
# official line is far below the article: about 2× for West/US terms and more than 10× for
# accusation and Cold-War terms. The article's framing is therefore not the official rhetoric of
# its month in another voice. *Whatever the article:* monthly pooling hides variation within a
# month, and document types (speeches, readouts, statements) are mixed; notebook 03 compares
# documents.
