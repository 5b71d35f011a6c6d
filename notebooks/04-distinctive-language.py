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
# does not top the list, and the z-score **ranks** words. Whether a word really differs is a
# separate question, answered by two tests (`framing.stats.keyness.add_tests`,
# `docs/statistics.md`): an exact conditional test for small counts, and a **document-aware**
# quasi-Poisson test that counts how unevenly a word spreads over the reference speeches
# (Lijffijt et al. 2016) — "west" is used 80 times in UNGD 2022 but in only 34 of 193
# speeches, and its token-level p = 1.5e-5 becomes 0.095 once that is counted. Both are
# adjusted for the thousands of words tested (Benjamini–Hochberg); **only words that pass both
# are coloured and labelled**. Curly and straight apostrophes are one word ("Russia’s" =
# "Russia's"), "US" is kept apart from the pronoun "us", and English function words are left
# out (`SHOW_FUNCTION_WORDS`). The lexicons are not used here: this is a check, from the raw
# vocabulary, of what the lexicon counts in notebooks 01–03 pick up and what they miss.

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
SHOW_FUNCTION_WORDS = False  # True keeps "the", "and", "us" ... in the tables and charts
ALPHA = keyness.ALPHA  # level of the adjusted tests
N_LABELS = 12  # labelled terms per side
N_TABLE = 15  # terms per side shown in the notebook

# %% [markdown]
# ## Inputs and outputs
#
# **Inputs:** the article `ARTICLE` (default `data/article/…-china-russia-mutual-trust.txt`) and the
# registry dataset `ungd-2022` (UN General Debate, session 77, CC0). Words are
# `framing.engine.text.word_tokens` unigrams (punctuation is not a token), apostrophes and quotes
# normalised, lowercased except upper-case acronyms that would merge with a function word
# ("US").
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

art_counts = keyness.term_counts(article.body)
ungd_docs = keyness.document_term_counts(ungd["text"].tolist())  # per speech: the dispersion
kw = tables.with_log_freq(
    keyness.log_odds_dirichlet(
        art_counts,
        ungd_docs,
        prior="pooled",  # the full corpus: the article and every speech
        prior_scale=PRIOR_SCALE,
        min_count=MIN_COUNT,
        drop_function_words=not SHOW_FUNCTION_WORDS,
        alpha=ALPHA,
    )
)
print(keyness.filter_summary(kw))
print(
    f"article: {art_counts.n_total} tokens; {REFERENCE_SHORT}: {int(ungd_docs.tokens.sum())} tokens"
)
print(kw.attrs["tests"])

# %% [markdown]
# ## The article against the UN General Debate 2022
#
# Positive z: more typical of the article; negative: more typical of UN speeches. Coloured and
# labelled: the words that pass both tests after adjustment; grey: the rest, however large their
# z. The table lists the top words by z with both p-values, so the words that do not pass can be
# seen too.

# %%
TESTS = (
    f"coloured: BH-adjusted p < {ALPHA:g} by the exact and the document-aware test "
    f"({kw.attrs['tests']['document']}); at least {MIN_COUNT} occurrences"
    + ("" if SHOW_FUNCTION_WORDS else "; function words left out")
)
fig, ax = style.new_figure(
    titles.keyness_sentence(kw, "the article", REFERENCE, n=6),
    subtitle=f"Log-odds ratio with informative Dirichlet prior from the full corpus (alpha0 = "
    f"{PRIOR_SCALE:.0f}), z-score; {TESTS}",
    source=SRC,
    figsize=(7.2, 5.6),
)
charts.fightin_words(
    ax,
    kw,
    labels=("the article", REFERENCE_SHORT),
    n_labels=N_LABELS,
    x="log_freq",
    y="z",
    function_words=SHOW_FUNCTION_WORDS,
)
ax.set_xlabel(f"log10 count (article + {REFERENCE_SHORT})")
saving.save_figure(
    fig,
    "04-fightin-words-article-ungd",
    data=kw.assign(target=LABEL, reference=REFERENCE)[["target", "reference", *kw.columns]],
    caption=f"Words distinguishing {LABEL} from the {REFERENCE} (Fightin' Words "
    f"log-odds z-scores; terms with at least {MIN_COUNT} occurrences); coloured: words that "
    "pass the exact and the document-aware (quasi-Poisson) test after Benjamini–Hochberg "
    "adjustment. CSV: every term with its raw counts, rates, prior, z, dispersion and p-values.",
    inputs=[UNGD, ARTICLE],
)
cols = ["term", "count_target", "count_reference", "rate_target_per_1k", "rate_reference_per_1k"]
tests = ["z", "dispersion", "p_exact_adj", "p_doc_adj", "passes"]
display(kw.head(N_TABLE)[[*cols, *tests]])
display(kw.tail(N_TABLE).iloc[::-1][[*cols, *tests]])

# %% [markdown]
# ## China, Russia and the USA at the General Debate
#
# Each country's speech against the other two pooled (one speech each, a few thousand words):
# the words its delegation chose that the others did not. The prior comes from **all 193
# speeches** (a word's expected frequency in the whole debate), and the document-aware test
# takes each word's spread over those 193 speeches — one speech per side cannot show it.

# %%
gk = (
    tables.with_log_freq(
        keyness.group_keyness(
            ungd,
            GROUPS,
            prior_scale=PRIOR_SCALE,
            min_count=MIN_COUNT,
            drop_function_words=not SHOW_FUNCTION_WORDS,
        )
    )
    if set(GROUPS) <= set(ungd["group"])
    else None
)
for g in [] if ARTICLE_ONLY or not set(GROUPS) <= set(ungd["group"]) else GROUPS:
    t = gk[gk["target"] == g].reset_index(drop=True)
    others = t["reference"].iloc[0].replace("+", " and ")
    fig, ax = style.new_figure(
        titles.keyness_sentence(t, f"{g}'s 2022 UN speech", f"{others}", n=5),
        subtitle=f"Log-odds with informative Dirichlet prior from all UNGD 2022 speeches, {g} "
        f"({t['n_target'].iloc[0]} tokens) vs {others} ({t['n_reference'].iloc[0]} tokens); "
        f"{TESTS}",
        source=SRC_REFERENCE,
        figsize=(7.2, 5.6),
    )
    charts.fightin_words(
        ax,
        t,
        labels=(g, others),
        n_labels=N_LABELS,
        x="log_freq",
        y="z",
        function_words=SHOW_FUNCTION_WORDS,
    )
    ax.set_xlabel("log10 count (all three speeches)")
    saving.save_figure(
        fig,
        f"04-fightin-words-{g.lower()}",
        data=t,
        caption=f"Words distinguishing the {g} speech at the UN General Debate 2022 from the "
        f"{others} speeches (Fightin' Words log-odds z-scores, prior from all 193 speeches; "
        f"terms with at least {MIN_COUNT} occurrences), with raw counts; coloured: words that "
        "pass the exact and the document-aware test after adjustment.",
        inputs=[UNGD],
    )
    display(t.head(N_TABLE)[["target", *cols, *tests]])

# %% [markdown]
# ## Reading
#
# What the figure above states, generated from this article's numbers:

# %%
print(titles.keyness_sentence(kw, "the article", REFERENCE, n=6) + ".")

# %% [markdown]
# *For the focal article (Global Times, 24 March 2022) the reading was:* ranked by z, its
# distinctive words are its subject (china, russia, china's) and its relationship vocabulary
# (strategic, relationship, alliance). Tested honestly, few survive: "china" (26 uses against
# 113 in 406,000 UN words) is used constantly by China's own and a few other speeches
# (dispersion 17.6), so one 729-word text using it often is not beyond what speeches do; "west"
# (p = 0.095 by document) and "western" fail for the same reason. The words that pass are
# "strategic", "arbitrarily", "china-russia" and "US" — and "US" only because UN transcripts
# write "United States": a difference of transcription and register, not of framing. "russia's"
# now counts the UN's curly apostrophes (3 against 127) and ranks 51st, not 4th. Almost no word
# is significantly more typical of the UN speeches: a 730-word text gives little evidence
# against any single word. Among the three speeches, one speech per country and words that vary
# this much between speeches leave only "development" for China. *Whatever the article:* one
# speech per country is a very small sample: these describe three texts, not three foreign
# policies.
