# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 04 — Distinctive language
#
# Which words set the article (by default the Global Times op-ed of 24 March 2022; any other
# with `ARTICLE`) apart from the UN General Debate 2022, and which words set the Chinese,
# Russian and US speeches of that debate apart from each other. The statistic is
# the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
# "Fightin' Words"): the prior shrinks rare words, so a word used once by a 730-word article
# does not top the list, and the z-score ranks words by how reliably they differ. The lexicons
# are not used here: this is a check, from the raw vocabulary, of what the lexicon counts in
# notebooks 01–02 pick up and what they miss.

# %%
from IPython.display import display

import framing
from framing.present import charts, labels, saving, style, tables, titles
from framing.stats import keyness

# %% tags=["parameters"]
ARTICLE = "../data/article/globaltimes-2022-03-24-china-russia-mutual-trust.txt"
META = None  # metadata YAML (outlet, published, headline); None = NAME.yaml beside ARTICLE
TITLE_LINE = False  # True: the first line of ARTICLE is its headline
LABEL = None  # how figures name the article; None = "Outlet, 24 Mar 2022" from the metadata
ARTICLE_ONLY = False  # True: only the figures about the article (not CHN/RUS/USA among themselves)
SEED = 0  # no randomness here; kept for a uniform interface
UNGD = "ungd-2022"  # reference corpus: a dataset name, a name of `framing data add`, or a path
REFERENCE = "UNGD 2022 speeches"  # how titles name the reference corpus (plural)
REFERENCE_SHORT = "UNGD 2022"  # in legends and axis labels
SRC_REFERENCE = "UN General Debate Corpus (Jankin, Baturo & Dasandi), session 77, 2022, CC0"
GROUPS = ["CHN", "RUS", "USA"]  # each against the other two pooled
PRIOR_SCALE = keyness.DEFAULT_PRIOR_SCALE  # alpha_0: pseudo-tokens of the prior (~1 document)
MIN_COUNT = 3  # terms with fewer occurrences on both sides together are left out (recorded)
N_LABELS = 12  # labelled terms per side
N_TABLE = 15  # terms per side shown in the notebook

# %% [markdown]
# ## Inputs and outputs
#
# **Inputs:** the article `ARTICLE` (default `data/article/…-china-russia-mutual-trust.txt`) and the
# registry dataset `ungd-2022` (UN General Debate, session 77, CC0). Words are lowercased
# `framing.engine.text.word_tokens` unigrams (punctuation is not a token).
#
# **Figures written** (PNG, SVG and the full keyness table with raw counts as CSV, in
# `figures/` or the `--out` folder):
#
# - `04-fightin-words-article-ungd` — the article against all 193 UNGD 2022 speeches;
# - `04-fightin-words-chn`, `04-fightin-words-rus`, `04-fightin-words-usa` — each of the three
#   speeches against the other two.

# %%
article = framing.read_article(ARTICLE, meta=META, title_line=TITLE_LINE)
LABEL = LABEL or labels.article_label(article)
ungd = framing.load_corpus(UNGD)
SRC = f"{LABEL}; {SRC_REFERENCE}"
SRC_UNGD = "UN General Debate Corpus (Jankin, Baturo & Dasandi), session 77, 2022, CC0"

art_counts = keyness.term_counts(article.body)
ungd_counts = keyness.term_counts(ungd["text"].tolist())
kw = tables.with_log_freq(
    keyness.log_odds_dirichlet(
        art_counts, ungd_counts, prior_scale=PRIOR_SCALE, min_count=MIN_COUNT
    )
)
print(keyness.filter_summary(kw))
print(f"article: {art_counts.n_total} tokens; {REFERENCE_SHORT}: {ungd_counts.n_total} tokens")

# %% [markdown]
# ## The article against the UN General Debate 2022
#
# Positive z: more typical of the article; negative: more typical of UN speeches. The dotted
# lines are |z| = 1.96, *uncorrected* for the thousands of words examined — read z as a
# ranking, not as a test.

# %%
fig, ax = style.new_figure(
    titles.keyness_sentence(kw, "The article", REFERENCE, n=6),
    subtitle=f"Log-odds ratio with informative Dirichlet prior (alpha0 = {PRIOR_SCALE:.0f}), "
    f"z-score; terms with at least {MIN_COUNT} occurrences",
    source=SRC,
    figsize=(7.2, 5.4),
)
charts.fightin_words(
    ax, kw, labels=(LABEL, REFERENCE_SHORT), n_labels=N_LABELS, x="log_freq", y="z"
)
ax.set_xlabel(f"log10 count (article + {REFERENCE_SHORT})")
saving.save_figure(
    fig,
    "04-fightin-words-article-ungd",
    data=kw.assign(target=LABEL, reference=REFERENCE)[["target", "reference", *kw.columns]],
    caption=f"Words distinguishing {LABEL} from the {REFERENCE} (Fightin' Words "
    "log-odds z-scores); CSV: every term with its raw counts, rates, prior and z.",
    inputs=[UNGD, ARTICLE],
)
cols = ["term", "count_target", "count_reference", "rate_target_per_1k", "rate_reference_per_1k"]
display(kw.head(N_TABLE)[[*cols, "z"]])
display(kw.tail(N_TABLE).iloc[::-1][[*cols, "z"]])

# %% [markdown]
# ## China, Russia and the USA at the General Debate
#
# Each country's speech against the other two pooled (one speech each, a few thousand words):
# the words its delegation chose that the others did not.

# %%
gk = (
    tables.with_log_freq(
        keyness.group_keyness(ungd, GROUPS, prior_scale=PRIOR_SCALE, min_count=MIN_COUNT)
    )
    if set(GROUPS) <= set(ungd["group"])
    else None
)
for g in [] if ARTICLE_ONLY or not set(GROUPS) <= set(ungd["group"]) else GROUPS:
    t = gk[gk["target"] == g].reset_index(drop=True)
    others = t["reference"].iloc[0].replace("+", " and ")
    fig, ax = style.new_figure(
        titles.keyness_sentence(t, f"{g}'s 2022 UN speech", f"{others}", n=5),
        subtitle=f"Log-odds with informative Dirichlet prior, {g} ({t['n_target'].iloc[0]} "
        f"tokens) vs {others} ({t['n_reference'].iloc[0]} tokens); at least {MIN_COUNT} "
        "occurrences",
        source=SRC_UNGD,
        figsize=(7.2, 5.4),
    )
    charts.fightin_words(ax, t, labels=(g, others), n_labels=N_LABELS, x="log_freq", y="z")
    ax.set_xlabel("log10 count (all three speeches)")
    saving.save_figure(
        fig,
        f"04-fightin-words-{g.lower()}",
        data=t,
        caption=f"Words distinguishing the {g} speech at the UN General Debate 2022 from the "
        f"{others} speeches (Fightin' Words log-odds z-scores), with raw counts.",
        inputs=[UNGD],
    )
    display(t.head(N_TABLE)[["target", *cols, "z"]])

# %% [markdown]
# ## Reading
#
# What the figure above states, generated from this article's numbers:

# %%
print(titles.keyness_sentence(kw, LABEL, REFERENCE, n=6) + ".")

# %% [markdown]
# *For the focal article (Global Times, 24 March 2022) the reading was:* its distinctive words
# are its subject (China, Russia, the West) and its relationship vocabulary (strategic,
# relationship, alliance); almost no word is significantly more typical of the UN speeches,
# because a 730-word text gives little evidence against any single word — the prior does its
# job. The difference is one of topic and genre as much as of framing. Among the three
# speeches, each delegation's distinctive words show its own agenda (see the titles above); the
# Russian speech's are the ones to set beside the article's West/US and Cold-War vocabulary of
# notebook 03. *Whatever the article:* one speech per country is a very small sample: these
# describe three texts, not three foreign policies.
