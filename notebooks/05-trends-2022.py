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
# which would let a 40-word release weigh as much as a 5,000-word speech. Each month carries a
# 95% interval from resampling its documents (matches cluster in some documents), shown as a
# band; months a source covers only in part (its data start or end there) are drawn hollow.
# The number of documents and words behind every point is in each figure's CSV and in
# `05-monthly-documents`.
#
# **One article is not a month of official texts.** The article's rate (with its
# sentence-bootstrap interval) is drawn in a separate panel beside the sources' rates in its
# month, not as a point on the monthly lines: a 729-word text and monthly pools of 50,000 to
# 500,000 words do not carry the same uncertainty.

# %%
import matplotlib.dates as mdates
import pandas as pd
from IPython.display import display

import framing
from framing.data import cache, datasets
from framing.present import charts, claims, labels, saving, style, tables, titles

# %% tags=["parameters", "needs-date"]
ARTICLE = "../data/article/globaltimes-2022-03-24-china-russia-mutual-trust.txt"
META = None  # metadata YAML (outlet, published, headline); None = NAME.yaml beside ARTICLE
TITLE_LINE = False  # True: the first line of ARTICLE is its headline
LABEL = None  # how figures name the article; None = "Outlet, 24 Mar 2022" from the metadata
DATE = None  # the article's date (YYYY-MM-DD); None = from the metadata
SEED = 0  # seed of the document and sentence bootstraps
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
# CC BY 4.0) and `whitehouse-2022` (White House briefing room 2022, CC0; ~29 MB of text). The
# documents are scored lexically only (`readability=False, sentiment=False`) through the
# scoring cache `framing.data.cache.cached_score`.
#
# **Figures written** (PNG, SVG, CSV in `figures/` or the `--out` folder):
#
# - `05-monthly-west-us`, `05-monthly-accusation`, `05-monthly-cold-war`,
#   `05-monthly-scare-quote` — monthly pooled rates per 1,000 words by source with 95%
#   intervals, partial months marked, and the article beside the sources' rates in its month;
# - `05-monthly-documents` — documents and words per month by source (the denominators).

# %%
lexicon = framing.load_lexicon()
article = framing.read_article(ARTICLE, meta=META, title_line=TITLE_LINE)
LABEL = LABEL or labels.article_label(article)
ARTICLE_DATE, _ = datasets.article_dates(DATE or article.date, needs="date")
analysis = framing.analyze(article.body, lexicon)
art = analysis.metrics
rates = tables.article_rates(analysis, seed=SEED).set_index("category")
docs = pd.concat([datasets.load(name) for name in DATASETS], ignore_index=True)
scores = docs[["doc_id", "group", "date"]].merge(
    cache.cached_score(
        docs,
        readability=False,
        sentiment=False,
        jobs=JOBS,
        cache_dir=CACHE_DIR,
        **datasets.home_options(docs),
    ),  # fmt: skip
    on="doc_id",
)
monthly = tables.monthly_rates(scores, CATEGORIES, seed=SEED)
SRC = (
    "en.kremlin.ru and president.gov.ua via PeiYiZhuo/zelenskyy-putin (CC BY 4.0; Oct 2021-"
    "Jun 2022); White House briefing room via brian14708/wh-briefings (CC0; 2022)"
)
span = scores.groupby("group")["date"].agg(["min", "max", "size"])
display(span)

# %% [markdown]
# ## Documents and words per month
#
# The denominators. Months with few documents or words give noisy rates; hollow points are
# months a source covers only in part.

# %%
counts = monthly[monthly["category"] == CATEGORIES[0]][
    ["group", "month", "month_mid", "n_docs", "tokens", "covered", "partial"]
].assign(words_thousands=lambda d: d["tokens"] / 1000)
busiest = claims.name_top(
    [(f"{r.group} in {r.month:%B %Y}", r.n_docs) for r in counts.itertuples()], n=1
)
ends = counts[counts["partial"]].groupby("group")["month"].agg(["min", "max"])
partial_note = "; ".join(
    f"{g}: {lo:%b %Y}" + (f" and {hi:%b %Y}" if hi != lo else "") for g, (lo, hi) in ends.iterrows()
)
fig, axes = style.new_figure(
    f"Most documents in one month: {busiest.text}; partial months: {partial_note}",
    subtitle="Documents (left) and words in thousands (right) per month by source; "
    "hollow: months a source covers only in part; star: the article's date",
    source=SRC,
    ncols=2,
    figsize=(10.0, 4.8),
)
for ax, col, ylabel in (
    (axes[0], "n_docs", "documents per month"),
    (axes[1], "words_thousands", "words per month (thousands)"),
):
    charts.trend_lines(
        ax, counts, date="month_mid", value=col, event=None, ylabel=ylabel, partial="partial"
    )
    style.mark_focal(ax, mdates.date2num(ARTICLE_DATE), label=LABEL, annotate=False)
    ax.set_ylim(bottom=0)
axes[0].get_legend().remove()
saving.save_figure(
    fig,
    "05-monthly-documents",
    data=tables.with_article(counts.reset_index(drop=True), LABEL),
    caption=f"Documents and words per month by source around the date of {LABEL} (Kremlin, "
    "President of Ukraine, White House), the denominators of the monthly rates; months a source covers only in part "
    "marked.",
    inputs=[*DATASETS, ARTICLE],
)

# %% [markdown]
# ## Monthly rates
#
# Left: each source's monthly pooled rate with its 95% interval (documents resampled), drawn at
# the 15th of the month; the dashed line and star mark the article's date. Right: the
# article's rate with its 95% interval beside each source's rate in the article's month.

# %%
month = ARTICLE_DATE.strftime("%Y-%m")
for cat in CATEGORIES:
    label = labels.metric_label(f"{cat}_per_1k", lexicon, unit=False)
    t = monthly[monthly["category"] == cat].reset_index(drop=True)
    a = rates.loc[cat]
    here = t[t["month"] == pd.Timestamp(month)]
    fig, axes = style.new_figure(
        titles.month_sentence(monthly, cat, TERMS[cat], month, a),
        subtitle=f"{label} per 1,000 words of official texts (press releases, speeches, "
        "briefings; not news), pooled by month (sum of counts / sum of words) "
        "with 95% intervals (documents resampled); right: the article and the sources in "
        f"{pd.Timestamp(month):%B %Y}; audited {a['precision_note']}",
        source=SRC,
        ncols=2,
        figsize=(10.0, 4.8),
        gridspec_kw={"width_ratios": [2.4, 1]},
    )
    charts.trend_lines(
        axes[0],
        t,
        date="month_mid",
        value="per_1k",
        event=None,
        ylabel=f"{label} per 1k",
        lower="lower",
        upper="upper",
        partial="partial",
    )
    style.mark_focal(axes[0], mdates.date2num(ARTICLE_DATE), label=LABEL)
    axes[0].set_ylim(bottom=0)
    axes[0].get_legend().remove()
    charts.reference_panel(
        axes[1],
        here,
        (float(a["per_1k"]), float(a["lower"]), float(a["upper"])),
        xlabel="per 1,000 words",
    )
    handles, names = axes[0].get_legend_handles_labels()
    names = ["the article's date" if n == LABEL else n for n in names]
    axes[1].set_xlim(0, 1.6 * max(float(a["upper"]), float(here["upper"].max())))
    axes[1].legend(handles, names, loc="lower right", fontsize=7.5, frameon=True)
    saving.save_figure(
        fig,
        f"05-monthly-{cat.replace('_', '-')}",
        data=tables.with_article(
            t, LABEL, {k: a[k] for k in ("count", "tokens", "per_1k", "lower", "upper")}
        ),
        caption=f"Monthly pooled rate of {label.lower()} per 1,000 words by source, with 95% "
        "document-bootstrap intervals and the number of documents, words and matches per month; "
        f"partial months marked; the rate and interval of {LABEL} beside the sources' "
        "rates in its month.",
        inputs=[*DATASETS, ARTICLE],
    )
display(monthly.pivot_table(index="month", columns=["category", "group"], values="per_1k"))

# %% [markdown]
# ## Reading
#
# What the figures above state, generated from this article's numbers:

# %%
for cat in CATEGORIES:
    print(titles.month_sentence(monthly, cat, TERMS[cat], month, rates.loc[cat]) + ".")

# %% [markdown]
# *For the focal article (Global Times, 24 March 2022) the reading was:* the official lines move
# around the invasion, but less sharply than single points suggest: the monthly intervals
# (documents resampled) overlap in most months. Accusation terms rise in the Kremlin's texts in
# February 2022 and in the President of Ukraine's in March–April; in March 2022 the three
# sources overlap (0.44–0.78 per 1,000 words). The Kremlin's Cold-War and hegemony vocabulary
# peaks in December 2021 and February 2022 and is near zero in March. The White House has the
# highest West/US rate (the lexicon also counts the US government naming itself). The first and
# last months of the Kremlin and President of Ukraine series are partial. The article's
# accusation and West/US rates are above every source's March rate even at the lower end of its
# interval; its Cold-War and scare-quote rates are not — their intervals reach down to the
# sources' (3 matches; 4 scare quotes in one sentence), and the sources' scare-quote lines count
# mostly names, terms and the speakers' own phrases (precision 0.20 in the official texts in
# round 22, 0.24 on fresh official texts after the version-136 repairs in round 25, and 0.24
# over each group's latest round, 40 of 170, as the chart's subtitle prints): read
# them as quotation-mark use, not distancing. The article's
# framing is therefore not simply the official rhetoric of its month in another voice, but the
# claim rests on two categories, not four, and part of the gap is genre: an op-ed argues where
# releases and briefings report (notebook 03; notebook 02 compares it with news media). *Whatever the article:* monthly pooling hides variation within a month,
# and document types (speeches, readouts, statements) are mixed; notebook 03 compares documents.
