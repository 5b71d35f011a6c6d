# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # 02 — The article among news media: Chinese and Russian state media, Western outlets
#
# How does the article (by default the Global Times op-ed of 24 March 2022; any other with
# `ARTICLE`) frame the West, the US, Russia and China compared with other news media? Three reference groups, each with its own caveat:
#
# - **Chinese state media opinion** — China Daily editorials and columns. Same political
#   system and the same genre (opinion), but **2012–2019**, years before the war.
# - **Russian state media news** — RT's Russia–Ukraine coverage, **16 June – 31 October 2022**.
#   News reports only: RT's named columnists (opinion), short video clips and a full-speech
#   transcript are left out by genre (`framing.data.datasets.media.news_only`).
# - **Western outlets' news** — BBC (5 Apr – 11 Jun 2022), Guardian (27 May – 16 Jun), AP wire
#   copies (August) and NBC (June – September). The New York Times rows of the same dataset are
#   lead paragraphs (~40 words), not articles: they are left out of every full-text comparison,
#   and so are the Guardian's and NBC's opinion pieces and the BBC's, Guardian's and AP's
#   round-ups and video pages (genres by rule: `docs/data.md`).
#
# Sentences a document prints twice are scored once (`framing.data.repeats`): AP's copies
# repeat photo captions and the lead paragraph, about 13% of AP's words; the table below says
# what went, per outlet.
#
# None of the full-text corpora covers the article's week, and only China Daily shares its
# genre: RT and the Western sets are news reports, which quote and attribute where an op-ed
# argues. So the comparison is made three ways where the data allow: the plain position of the
# article in each group; the same against the BBC articles of April 2022 (the nearest in time)
# and against China Daily opinion (the same genre); and **length-matched**, against documents or
# excerpts of about the article's length, because rates per 1,000 words of short texts scatter
# more. Headlines of Global Times, China Daily, CGTN, Xinhua and the BBC, scraped February –
# September 2022, show the weeks around the article.

# %%
import pandas as pd
from IPython.display import display

import framing
from framing.data import cache, datasets, repeats
from framing.data.datasets import media
from framing.engine.analysis import voiced_categories
from framing.present import charts, labels, saving, style, tables, titles
from framing.stats import (
    MIN_DOC_TOKENS,
    attribution_audit,
    intervals,
    keyness,
    lengthmatch,
    targets,
    weekly,
)
from framing.stats.comparison import article_voice_shares, drop_short_documents
from framing.stats.groups import voice_shares

# %% tags=["parameters"]
ARTICLE = "../data/article/globaltimes-2022-03-24-china-russia-mutual-trust.txt"
META = None  # metadata YAML (outlet, published, headline); None = NAME.yaml beside ARTICLE
TITLE_LINE = False  # True: the first line of ARTICLE is its headline
LABEL = None  # how figures name the article; None = "Outlet, 24 Mar 2022" from the metadata
DATE = None  # the article's date (YYYY-MM-DD); None = from the metadata
ARTICLE_ONLY = False  # True: only the figures about the article (not the outlets' headlines)
SEED = 0  # seeds the excerpt draws of the length matching
PRECISION = "news"  # precision printed beside each category: "news" audits or "official"
CHINADAILY = "chinadaily-opinion-2012-2019"
RT = "media-rt-2022"
WESTERN = "media-western-2022"
HEADLINES = "china-media-headlines-2022"
WESTERN_OUTLETS = ["BBC", "Guardian", "AP", "NBC"]  # full texts (NYT rows are lead paragraphs)
NEAREST = None  # (first, last day) of the BBC articles compared as nearest in time; None = the
# 26 days of BBC news nearest to the article's date (5-30 Apr 2022 for an article of March 2022)
LENGTH_TOLERANCE = 0.2  # length-matched units: the article's word count ± 20%
HEADLINE_OUTLETS = ["Global Times", "China Daily", "CGTN", "Xinhua", "BBC"]
HEADLINE_PERIOD = ("2022-02-01", "2022-09-08")  # the scrapes end on 7-8 September 2022
MIN_WEEK = 50  # weeks with fewer headlines of an outlet are flagged, their share not joined
JOBS = 2  # scoring processes
CACHE_DIR = None  # scoring cache; None = <FRAMING_DATA_DIR>/scores
PRIOR_SCALE = keyness.DEFAULT_PRIOR_SCALE  # log-odds prior: alpha_0 pseudo-tokens
MIN_COUNT = 3  # keyness: terms with fewer occurrences on both sides together are left out
N_LABELS = 12  # keyness: labelled terms per side
POSITION_METRICS = [
    "west_us_per_1k",
    "china_per_1k",
    "russia_per_1k",
    "accusation_per_1k",
    "negative_evaluation_per_1k",
    "cold_war_per_1k",
    "peace_cooperation_per_1k",
    "hedge_per_1k",
    "booster_per_1k",
    "distancing_per_1k",
    "scare_quote_per_1k",
    "we_group_per_1k",
    "they_group_per_1k",
]
STRIP_METRICS = ["west_us_per_1k", "accusation_per_1k", "cold_war_per_1k", "scare_quote_per_1k"]

# %% [markdown]
# ## Inputs and outputs
#
# **Inputs:** the focal article (`data/article/…-china-russia-mutual-trust.txt`) and the registry
# datasets `chinadaily-opinion-2012-2019` (China Daily editorials and columns),
# `media-rt-2022` (RT), `media-western-2022` (BBC, Guardian, AP, NBC; NYT lead paragraphs left
# out) and `china-media-headlines-2022` (headlines). The texts are the outlets' copyright, used
# for analysis only; the parsers removed duplicates and each outlet's boilerplate (footers,
# promo lines, RT's background paragraph: `framing data info NAME` shows what). Documents under
# 100 words (`framing.stats.MIN_DOC_TOKENS`) are left out of every comparison of rates, as in
# `framing compare` (the table after the overview counts them); keyness reads every document's
# words. Scores come
# from the scoring cache `framing.data.cache.cached_score` (readability, no sentiment; the
# headlines lexically only). The voice and target measures of the attribution audit come from
# its stored judgements (package data, `framing.stats.attribution_audit`).
#
# **Figures written** (PNG, SVG, CSV in `figures/`):
#
# - `02-positions` — the article's percentile per metric in each reference group, with the
#   percentiles of its 95% interval;
# - `02-positions-length-matched` — the same among documents or excerpts of its length;
# - `02-voice-shares` — the share of each stance category's matches in the author's own voice
#   per group and in the article, with the audit's readers' share;
# - `02-positions-own-voice` — the article's percentile on the rates of all stance matches and
#   of those in the author's own voice;
# - `02-targets` — each actor's share of the targets each group casts negatively, by the rules
#   and by the attribution audit's readers' estimate;
# - `02-strip-west-us`, `02-strip-accusation`, `02-strip-cold-war`, `02-strip-scare-quote` —
#   every document of 100 words or more by outlet, the article marked, with the precision the
#   news audit measured in each outlet group (counts of judged rows);
# - `02-fightin-words-chinadaily`, `02-fightin-words-western` — the article's distinctive
#   vocabulary against China Daily opinion and against Western news;
# - `02-headlines-weekly` — weekly share of headlines naming the West/US and China/Russia per
#   outlet, with the weekly number of headlines, February – September 2022.

# %%
lexicon = framing.load_lexicon()
article = framing.read_article(ARTICLE, meta=META, title_line=TITLE_LINE)
LABEL = LABEL or labels.article_label(article)
DATE = pd.Timestamp(DATE or article.date) if (DATE or article.date) else None
analysis = framing.analyze(article.body, lexicon)
art = analysis.metrics
art.name = LABEL
# sentence-bootstrap intervals, evidence, the precision audited on news
rates = tables.article_rates(analysis, seed=SEED, genre=PRECISION)
META = ["doc_id", "outlet", "group", "genre", "date", "title", "outlet_country", "text"]
# each document scored with its publisher's country as home, as the attribution audits were
opts = dict(readability=True, sentiment=False, jobs=JOBS, cache_dir=CACHE_DIR,
            home_col=datasets.HOME_COLUMN)  # fmt: skip

cd = datasets.load(CHINADAILY)
rt = media.news_only(datasets.load(RT))  # news reports: not columns, clips or a transcript
western_all = datasets.load(WESTERN)
western = media.news_only(
    media.comparable(western_all[western_all["outlet"].isin(WESTERN_OUTLETS)])
)  # news reports: not opinion, round-ups or video pages
docs = pd.concat([cd[META], rt[META], western[META]], ignore_index=True)
# a sentence printed again in the same copy is scored once (AP: captions and lead paragraph)
docs, repeated = repeats.drop_repeats(docs, by="outlet")
docs = docs.drop(columns=repeats.REPEATS_COL)
display(repeated)
docs["row"] = docs["outlet"].where(
    docs["outlet"] != "China Daily",
    docs["genre"].map({"editorial": "China Daily editorials", "opinion": "China Daily columns"}),
)
scored = docs.drop(columns="text").merge(cache.cached_score(docs, **opts), on="doc_id")
# documents under MIN_DOC_TOKENS words are left out, as framing compare and notebook 03 do:
# rates per 1,000 words of a few dozen words scatter too much (counted per row below)
scores, kept = drop_short_documents(scored, "row", MIN_DOC_TOKENS)

SRC_CD = "China Daily editorials and columns 2012-19 (via cbaehr/chinese_media)"
SRC_RT = "RT, Jun-Oct 2022 (via r2nery/ukraine-media)"
SRC_WEST = "BBC, Guardian, AP (via dailymail.co.uk), NBC, 2022 (via r2nery/ukraine-media)"
SRC_ALL = f"{SRC_CD}; {SRC_RT}; {SRC_WEST}"
INPUTS = [CHINADAILY, RT, WESTERN, ARTICLE]

is_western, is_rt = scores["outlet"].isin(WESTERN_OUTLETS), scores["outlet"] == "RT"
is_bbc = scores["outlet"] == "BBC"
NEAREST = [pd.Timestamp(d) for d in NEAREST or media.nearest_window(scores["date"][is_bbc], DATE)]
PERIOD = {  # the months each news group covers, from the data
    g: labels.month_range(scores["date"][m].min(), scores["date"][m].max())
    for g, m in (("western", is_western), ("rt", is_rt))
}
GROUPS = {  # in the colour order of charts.estimate_chart: blue, vermillion, green, purple
    f"Western news, {PERIOD['western']}": is_western,
    f"RT news, {PERIOD['rt']}": is_rt,
    f"BBC news, {labels.day_range(*NEAREST)} (nearest in time)": is_bbc
    & scores["date"].between(NEAREST[0], NEAREST[1] + pd.Timedelta(days=1), inclusive="left"),
    "China Daily opinion, 2012-19 (same genre)": scores["outlet"] == "China Daily",
}
MAIN_GROUPS = [g for g in GROUPS if not g.startswith("BBC")]  # the three reference groups
# the news audit's outlet group measured in each reference group (its precision per group)
AUDIT_GROUP = dict(zip(GROUPS, ["western", "rt", "western", "china_daily"], strict=True))
overview = tables.outlet_overview(scores.rename(columns={"tokens": "words"}), "row")
print(
    f"the article: {int(art['tokens'])} words; NYT leads left out: "
    f"{western.attrs['leads_excluded']:,}; other genres left out: RT "
    f"{rt.attrs['genres_excluded']}, Western {western.attrs['genres_excluded']}"
)
display(overview)
display(kept[kept["too_short"] > 0])  # the rows that lost documents, and how many

# %% [markdown]
# ## Where the article sits in each group
#
# Mid-rank percentile of the article among the documents of each group (100 = above every
# document; ties count half). Whiskers: the percentiles of the ends of the article's 95%
# interval (its sentences resampled, never narrower than the exact Poisson interval) — where a
# whisker crosses 50 the article's rate is not clearly different from a typical document of
# that group. Rates per 1,000 words. The title names frame and stance measures only (topic
# mentions apart) and only with at least 3 matches in 2 sentences and the lower end of the
# interval above every group's median (`framing.present.claims`); "below most" only with the
# upper end below every group's median. Each of the eight frame and stance measures has its own
# 95% interval, not adjusted for the other seven: a measure that clears the median by a few
# points may do so by chance. The precision on the right is
# the one the readers measured on these news corpora (`PRECISION = "news"`: the latest media
# round of each outlet group, pooled; `docs/statistics.md`), not the official texts' round 1,
# where the same rules are less precise on distancing and accusation.

# %%
positions = tables.positions_by_corpus(
    analysis,
    {name: scores[mask] for name, mask in GROUPS.items()},
    POSITION_METRICS,
    lexicon,
    rates=rates,
    genre=PRECISION,
)
positions = tables.with_group_precision(positions, AUDIT_GROUP)  # each group's own, in the CSV
CAPTION_GROUPS = (
    "China Daily opinion pieces (2012-19), RT news (2022), Western news (BBC, Guardian, AP, "
    f"NBC, 2022) and BBC news of {labels.day_range(*NEAREST)}"
)

fig, ax = style.new_figure(
    titles.group_positions_sentence(positions, MAIN_GROUPS),
    subtitle="Percentile of the article among each group's documents (rates per 1,000 words); "
    "whiskers: its 95% interval; topic mentions above the line; right: "
    f"{titles.precision_where(PRECISION)}. "
    "China Daily is opinion of other years; RT and the Western outlets are news reports of "
    f"{labels.news_period(scores['date'][is_western | is_rt], DATE)}",
    source=SRC_ALL,
    figsize=(7.6, 8.0),
)
charts.group_percentile_chart(ax, positions, "percentile of the article in the group")
saving.save_figure(
    fig,
    "02-positions",
    data=tables.with_article(positions, LABEL),
    caption=f"Percentile of {LABEL} among {CAPTION_GROUPS}, per metric, with the "
    "percentiles of its 95% interval (sentence bootstrap, never narrower than exact Poisson). "
    "CSV: beside the pooled precision, the one measured in each group's outlets "
    "(group_precision, with its counts).",
    inputs=INPUTS,
)
positions.pivot(index="label", columns="corpus", values="percentile").round(1)

# %% [markdown]
# ## Length-matched
#
# The same positions among units of about the article's length (its word count ± 20%): a
# document of that length whole, one excerpt of consecutive sentences (seeded random start) of
# a longer one; shorter documents are left out, so the groups shrink to their longer pieces.

# %%
target = int(art["tokens"])
units = lengthmatch.length_matched(docs, target, LENGTH_TOLERANCE, seed=SEED)
units = units[units["kind"].isin(lengthmatch.UNIT_KINDS)].reset_index(drop=True)
unit_scores = units.drop(columns="text").merge(
    cache.cached_score(units, **opts).drop_duplicates("doc_id"), on="doc_id"
)
matched = {}
for name, mask in GROUPS.items():
    ids = set(scores.loc[mask, "doc_id"])
    matched[name] = unit_scores[unit_scores["doc_id"].isin(ids)]
positions_lm = tables.positions_by_corpus(
    analysis, matched, POSITION_METRICS, lexicon, rates=rates, genre=PRECISION
)
positions_lm = tables.with_group_precision(positions_lm, AUDIT_GROUP)
# how long each group's units are and how many of its documents they come from
lm_lengths = lengthmatch.unit_lengths(matched, {k: int(m.sum()) for k, m in GROUPS.items()})
low, high = round(target * (1 - LENGTH_TOLERANCE)), round(target * (1 + LENGTH_TOLERANCE))
fig, ax = style.new_figure(
    titles.group_positions_sentence(positions_lm, MAIN_GROUPS, prefix="Length-matched: "),
    subtitle=f"Percentile of the article ({target} words) among documents or excerpts of "
    f"{low}-{high} words; topic mentions above the line; right: "
    f"{titles.precision_where(PRECISION)}; units (of the group's documents, median words): "
    + ", ".join(
        f"{r.corpus.split(',')[0]} {r.units:,} of {r.documents:,} ({r.unit_words_median:.0f})"
        for r in lm_lengths.itertuples()
    ),
    source=SRC_ALL,
    figsize=(7.6, 8.0),
)
charts.group_percentile_chart(
    ax, positions_lm, "percentile of the article among units of its length"
)
saving.save_figure(
    fig,
    "02-positions-length-matched",
    data=tables.with_article(positions_lm.merge(lm_lengths, on="corpus", how="left"), LABEL),
    caption=f"Percentile of {LABEL} per metric among documents or excerpts of its "
    f"length (word count ± {LENGTH_TOLERANCE:.0%}) of {CAPTION_GROUPS}, with the percentiles "
    "of its 95% interval. CSV: each group's units (whole documents and excerpts), the 10th, "
    "50th and 90th percentile of their words, and the group's documents they come from.",
    inputs=INPUTS,
)
display(units.groupby(["row", "kind"]).size().unstack(fill_value=0))
display(lm_lengths.round(2))
positions_lm.pivot(index="label", columns="corpus", values="percentile").round(1)

# %% [markdown]
# ## Whose voice: the outlets' own stance and the stance they report
#
# A news report quotes and attributes where an op-ed argues, so a news article's accusations and
# hedges are often an official's, not the outlet's. Every stance match has a `voice`: `author`
# (the text's own) or `reported` (inside a quotation, or in what a reporting or belief verb
# ascribes to someone else; `docs/metrics.md`). Left: the share of each stance category's
# matches in the author's own voice per group (document bootstrap, widened to Wilson's interval
# of the matches) and in the article (its sentences resampled); the last row is what the
# attribution audit's readers found on the voice rows drawn at random from each group's voiced
# matches, the rules' own share on the same rows in the subtitle. Then the article's position among
# each group on the own-voice rates, beside the rates of all its matches: the like-with-like
# comparison of what each text itself asserts. An own-voice rate carries its category's
# audited precision (the audits judged matches whatever their voice) and the voice rule's
# errors (`audited_voice_shares`: which way the rules err).

# %%
voice_audit = attribution_audit.audited_voice_shares()
VOICE_GROUPS = {  # the audit's outlet groups -> this notebook's reference groups
    "Western": MAIN_GROUPS[0],
    "RT": MAIN_GROUPS[1],
    "China Daily": MAIN_GROUPS[2],
}
voiced = voiced_categories(lexicon)
group_shares = [  # every group of the positions, so each keeps its colour
    voice_shares(scores[mask].assign(group=name), voiced, seed=SEED)
    for name, mask in GROUPS.items()
]
shares = tables.voice_share_rows(
    pd.concat([*group_shares, article_voice_shares(analysis, LABEL, seed=SEED)]),
    lexicon,
    audit=voice_audit,
    audit_groups=VOICE_GROUPS,
)
fig, ax = style.new_figure(
    titles.voice_share_sentence(shares, LABEL, MAIN_GROUPS),
    subtitle="Share of each stance category's matches in the author's own voice (not quoted or "
    "reported), with 95% intervals; last row: the share the attribution audit's readers gave "
    f"the author's own voice on voice rows drawn at random ({titles.voice_audit_note(shares)})",
    source=f"{LABEL}; {SRC_ALL}",
    figsize=(7.6, 6.6),
)
charts.voice_share_chart(ax, shares)
saving.save_figure(
    fig,
    "02-voice-shares",
    data=shares,
    caption=f"Share of hedge, booster, accusation, negative-evaluation and distancing matches "
    f"in the author's own voice, for {LABEL} and {CAPTION_GROUPS}, with "
    "95% intervals (document or sentence bootstrap, widened to Wilson's); the last rows: the "
    "readers of the attribution audit on randomly drawn voice rows. CSV: raw counts (matches, "
    "author, reported) beside every share; on the audit's rows, the rules' own-voice count on "
    "the same rows (rules_author).",
    inputs=INPUTS,
)
OWN_VOICE_METRICS = [m for c in voiced for m in (f"{c}_per_1k", f"{c}_author_per_1k")]
rates_voice = tables.article_rates(analysis, seed=SEED, own_voice=True, genre=PRECISION)
positions_voice = tables.positions_by_corpus(
    analysis,
    {name: scores[mask] for name, mask in GROUPS.items()},
    OWN_VOICE_METRICS,
    lexicon,
    rates=rates_voice,
    genre=PRECISION,
)
positions_voice = tables.with_group_precision(positions_voice, AUDIT_GROUP)
fig, ax = style.new_figure(
    titles.own_voice_positions_sentence(positions_voice, MAIN_GROUPS),
    subtitle="Percentile of the article among each group's documents: rates per 1,000 words of "
    "all stance matches and of those in the author's own voice; whiskers: its 95% interval; "
    f"right: {titles.precision_where(PRECISION)}",
    source=SRC_ALL,
    figsize=(7.6, 6.4),
)
charts.group_percentile_chart(ax, positions_voice, "percentile of the article in the group")
saving.save_figure(
    fig,
    "02-positions-own-voice",
    data=tables.with_article(positions_voice, LABEL),
    caption=f"Percentile of {LABEL} among {CAPTION_GROUPS}, per stance category: all matches "
    "and those in the author's own voice, with the percentiles of its 95% interval.",
    inputs=INPUTS,
)
display(shares[shares["category"].isin(["all", "audited"])].round(3))
positions_voice.pivot(index="label", columns="corpus", values="percentile").round(1)

# %% [markdown]
# ### Whom each group casts negatively: the rules and the readers
#
# Accusation, negative-evaluation, Cold-War and distancing matches also get a `target`, the actor
# they cast negatively (`<actor>_targeted_*` metrics; the article's, read by hand, in notebook
# 01). The attribution audit (table below, `docs/validation.md` sections 105, 106 and 129) found
# the named targets right 0.88–0.93 of the time in every news group, and estimates that the rules
# name about half of the targets a reader sees, fewer in China Daily (recall over every
# document of the group: RT 0.54, Western 0.48, China Daily 0.39). So targeted counts are lower
# bounds, and the rules' mix of targets is right only if they miss every actor alike. The figure
# shows two views per actor. First, the rules: each actor's share of the group's named targets,
# with documents resampled. Second, the readers' estimate: the audit's judged rows, named and
# empty targets of rounds 78–83 and 89, scaled to the whole group (`framing.stats.targets`).
# That view has no recall gap, only sampling error. China Daily's rests on 42 named rows, since its unread
# named targets ran out. Where the two views differ, the rules miss one actor more than another.
# Trust a difference between groups where both views show it.

# %%
target_measures = attribution_audit.latest_measures()
display(
    target_measures[target_measures["assignment"].isin(["target", "target recall"])][
        ["assignment", "group", "correct", "n", "share", "lo", "hi", "round", "pooled_rounds"]
    ]
)
ACTORS = ["west_us", "russia", "ukraine", "china", "un"]
target_rules = pd.concat(
    [
        *(
            targets.target_shares(scores[mask].assign(group=name), ACTORS, seed=SEED)
            for name, mask in GROUPS.items()
        ),
        targets.target_shares(
            intervals.sentence_counts(analysis).assign(group=LABEL),
            ACTORS,
            seed=SEED,
            unit="sentence",
        ),
    ],
    ignore_index=True,
)
target_readers = targets.audited_target_shares(seed=SEED)
target_rows = tables.target_share_rows(
    target_rules,
    target_readers,
    VOICE_GROUPS,
    lexicon,
    recall=target_measures[target_measures["assignment"] == "target recall"],
)
fig, ax = style.new_figure(
    titles.target_share_sentence(target_rows, LABEL, MAIN_GROUPS),
    subtitle="Share of each actor among the actors a group's accusation, negative-evaluation, "
    "Cold-War and distancing matches cast negatively, with 95% intervals: the rules' named "
    "targets (documents or sentences resampled), and below each actor the readers' estimate "
    f"from the attribution audit (rounds {target_readers['pooled_rounds'].iloc[0]}, scaled to "
    f"the whole group; rows resampled). The rules name about half of the targets "
    f"({titles.target_recall_note(target_rows)})",
    source=f"{LABEL}; {SRC_ALL}",
    figsize=(7.6, 7.4),
)
charts.target_share_chart(ax, target_rows)
saving.save_figure(
    fig,
    "02-targets",
    data=target_rows,
    caption=f"Whom {LABEL} and {CAPTION_GROUPS} cast negatively: each actor's share of the "
    "targets by the rules, and the attribution audit's readers' estimate for RT, the Western "
    "outlets and China Daily (judged named and empty targets scaled to every document of the "
    "group). CSV: raw counts beside every share (rules: targeted, targets; readers: judged "
    "rows casting the actor, rows, the group's named and empty targets), and the audit's "
    "target recall of each group (target_recall).",
    inputs=INPUTS,
)
target_rows.pivot(index="label", columns="group", values="share").round(2)

# %% [markdown]
# ## Every document by outlet
#
# One row per outlet (China Daily split into editorials and columns); the bar is the outlet's
# median, the dashed line the article.

# %%
ROWS = ["China Daily editorials", "China Daily columns", "RT", *WESTERN_OUTLETS]
STRIP_COLUMNS = ["doc_id", "outlet", "row", "genre", "date", "tokens"]
# the news audit's groups in the order of the rows (its precision per group in each subtitle)
STRIP_AUDIT_GROUPS = {"china_daily": "China Daily", "rt": "RT", "western": "Western"}
rate_rows = rates.set_index("category")  # the article's rate, interval and evidence
for metric in STRIP_METRICS:
    label = labels.metric_label(metric, lexicon)
    rate = rate_rows.loc[metric.removesuffix("_per_1k")]
    fig, ax = style.new_figure(
        titles.outlet_strip_sentence(scores, metric, art[metric], label, "row", ROWS, rate=rate),
        subtitle=f"{label}; every document of {MIN_DOC_TOKENS} words or more of each outlet "
        "(China Daily 2012-19 opinion; RT and Western news 2022); bars: outlet medians; "
        f"{tables.news_precision_note(metric.removesuffix('_per_1k'), STRIP_AUDIT_GROUPS)}",
        source=SRC_ALL,
        figsize=(7.2, 5.2),
    )
    charts.strip_plot(
        ax,
        scores,
        metric,
        group="row",
        order=ROWS,
        focal=art[metric],
        xlabel=label,
        focal_label=LABEL,
    )
    ax.get_legend().remove()
    saving.save_figure(
        fig,
        f"02-strip-{metric.removesuffix('_per_1k').replace('_', '-')}",
        data=tables.with_article(
            scores[STRIP_COLUMNS + [metric.replace("_per_1k", "_count"), metric]],
            LABEL,
            {
                **{k: art[k] for k in ("tokens", metric.replace("_per_1k", "_count"), metric)},
                **{k: rate[k] for k in ("sentences", "lower", "upper")},  # its 95% interval
            },
        ),
        caption=f"{label} of every China Daily opinion piece, RT article and BBC, Guardian, AP "
        f"and NBC article of {MIN_DOC_TOKENS} words or more, by outlet; {LABEL} as a dashed "
        "line. CSV: each document's words and matches; the article's words, matches, the "
        "sentences they sit in and its 95% interval (sentence bootstrap, never narrower than "
        "exact Poisson).",
        inputs=INPUTS,
    )

# %% [markdown]
# ## Distinctive vocabulary
#
# Log-odds ratio with an informative Dirichlet prior from the full corpus (Monroe, Colaresi &
# Quinn 2008): positive z marks words more typical of the article, negative more typical of the
# reference; z ranks words. Coloured and labelled are only the words that pass an exact test and
# a document-aware test (how unevenly a word spreads over the reference documents), both
# adjusted for the thousands of words tested (`framing.stats.keyness.add_tests`,
# docs/statistics.md); English function words are left out.

# %%
art_counts = keyness.term_counts(article.body)
REFERENCES = {
    "chinadaily": ("China Daily opinion", cd["text"], SRC_CD, [CHINADAILY, ARTICLE]),
    "western": ("Western news", western["text"], SRC_WEST, [WESTERN, ARTICLE]),
}
keyness_tables = {}
for key, (name, texts, src, inputs) in REFERENCES.items():
    ref_docs = keyness.document_term_counts(texts.tolist())  # per document: the dispersion
    ref_counts = ref_docs.total()
    kw = tables.with_log_freq(
        keyness.log_odds_dirichlet(
            art_counts,
            ref_docs,
            prior="pooled",  # the full corpus: the article and every reference document
            prior_scale=PRIOR_SCALE,
            min_count=MIN_COUNT,
            drop_function_words=True,
        )
    )
    keyness_tables[key] = kw
    fig, ax = style.new_figure(
        titles.keyness_sentence(kw, "the article", name, n=6),
        subtitle=f"Log-odds with informative Dirichlet prior (alpha0 = {PRIOR_SCALE:.0f}); the "
        f"article ({art_counts.n_total} tokens) vs {name} ({ref_counts.n_total:,} tokens); "
        f"coloured: BH-adjusted p < {keyness.ALPHA:g} by the exact and the document-aware test "
        f"({kw.attrs['tests']['document']}); at least {MIN_COUNT} occurrences; function "
        "words left out",
        source=f"{LABEL}; {src}",
        figsize=(7.2, 5.4),
    )
    charts.fightin_words(ax, kw, labels=("the article", name), n_labels=N_LABELS)
    ax.set_xlabel(f"log10 count (article + {name})")
    saving.save_figure(
        fig,
        f"02-fightin-words-{key}",
        data=kw.assign(target=LABEL, reference=name)[["target", "reference", *kw.columns]],
        caption=f"Words distinguishing {LABEL} from {name} (Fightin' Words log-odds "
        f"z-scores; terms with at least {MIN_COUNT} occurrences); coloured: words that pass the "
        "exact and the document-aware test after adjustment. CSV: every term with raw counts, "
        "rates, prior, z, dispersion and p-values.",
        inputs=inputs,
    )
    print(name, keyness.filter_summary(kw))
    display(kw.head(10)[["term", "count_target", "count_reference", "z", "p_doc_adj", "passes"]])

# %% [markdown]
# ## Headlines around the article's week
#
# A headline *names the West/US* when it has a West/US lexicon match, *China/Russia* when it
# has a China or Russia match. Weeks run Monday – Sunday; one headline counts once however
# often the scrapes listed it. The scrapes caught a varying number of headlines per week
# (bottom panel): weeks with fewer than `MIN_WEEK` headlines of an outlet are hollow there and
# their shares are left out — the BBC scrapes start at the end of June 2022, the first scrapes
# of the Chinese outlets in mid-February.

# %%
if not ARTICLE_ONLY:  # the outlets' headlines: not about the article itself
    heads = datasets.load(HEADLINES)
    heads = heads[heads["outlet"].isin(HEADLINE_OUTLETS)]
    heads = heads[heads["date"].between(HEADLINE_PERIOD[0], f"{HEADLINE_PERIOD[1]} 23:59:59")]
    flags = heads[["doc_id", "outlet", "date"]].merge(
        cache.cached_score(
            heads,
            readability=False,
            sentiment=False,
            jobs=JOBS,
            cache_dir=CACHE_DIR,
            **datasets.home_options(heads),
        ),  # fmt: skip
        on="doc_id",
    )
    flags["names_west_us"] = flags["west_us_count"] > 0
    flags["names_china_russia"] = (flags["china_count"] + flags["russia_count"]) > 0
    weeks = weekly.weekly_shares(
        flags,
        {"West/US": "names_west_us", "China/Russia": "names_china_russia"},
        start=HEADLINE_PERIOD[0],
        end=HEADLINE_PERIOD[1],
        min_count=MIN_WEEK,
    )
    fig, axes = style.new_figure(
        titles.headline_week_sentence(weeks, DATE, "West/US"),
        subtitle="Weekly share of each outlet's headlines naming the West/US (top) and China or "
        f"Russia (middle); headlines per week (bottom): hollow markers are weeks with fewer than "
        f"{MIN_WEEK} headlines, whose shares are not shown",
        source="Global Times, China Daily, CGTN, Xinhua and BBC headlines, Feb-Sep 2022 "
        "(via pontyl/news-sentivis)",
        nrows=3,
        figsize=(7.8, 9.0),
        sharex=True,
    )
    for ax, flag in zip(axes[:2], ["West/US", "China/Russia"], strict=True):
        first = flag == "West/US"
        charts.weekly_lines(
            ax,
            weeks[weeks["flag"] == flag],
            order=HEADLINE_OUTLETS,
            ylabel=f"naming {flag}",
            legend=first,
            hide_few=True,
            event=DATE,
            event_label=labels.short_date(DATE) if first else "",
        )
        ax.set_ylim(bottom=0)
    counts = weeks[weeks["flag"] == "West/US"]
    charts.weekly_lines(
        axes[2],
        counts,
        value="n",
        order=HEADLINE_OUTLETS,
        percent=False,
        ylabel="headlines per week",
        legend=False,
        event=DATE,
        event_label="",
    )
    axes[2].axhline(MIN_WEEK, color=style.MUTED, linestyle=":", linewidth=0.9)
    saving.save_figure(
        fig,
        "02-headlines-weekly",
        data=weeks,
        caption="Weekly share of headlines naming the West/US and China/Russia in Global Times, "
        "China Daily, CGTN, Xinhua and BBC, February - September 2022, with Wilson 95% intervals "
        f"and weekly headline counts in the CSV; the week of {labels.short_date(DATE)} marked.",
        inputs=[HEADLINES, ARTICLE],
    )
    week_of = weekly.week_start(pd.Series([DATE])).iloc[0]
    display(weeks[weeks["week"] == week_of].round(3))
    pooled = weekly.pooled_shares(weeks, among=HEADLINE_OUTLETS[:4])  # the four Chinese outlets
    display(pooled.round(3))

# %% [markdown]
# ## Reading
#
# What the figures above state, generated from this article's numbers:

# %%
print(titles.group_positions_sentence(positions, MAIN_GROUPS) + ".")
print(titles.group_positions_sentence(positions_lm, MAIN_GROUPS, prefix="Length-matched: ") + ".")
print(titles.voice_share_sentence(shares, LABEL, MAIN_GROUPS) + ".")
print(titles.own_voice_positions_sentence(positions_voice, MAIN_GROUPS) + ".")

# %% [markdown]
# *For the focal article (Global Times, 24 March 2022) the reading was:*
#
# **Framing against every group.** As observed counts, the article is above 90% of the
# documents of all three groups on negative evaluation, peace/cooperation vocabulary, Cold-War /
# hegemony terms, accusation and scare quotes — Chinese state opinion included — and below most
# documents on hedges (China, a topic mention, tops every group by subject). Only two of these
# survive the article's own uncertainty: the lower end of the interval of **peace/cooperation**
# (85th–100th percentile) and of **accusation** (52nd–71st) stays above every group's median.
# The two hedges' interval reaches the 78th–84th percentile, so fewer hedges is not a finding.
# Negative evaluation, Cold-War terms and scare quotes rest on a few sentences (the four scare
# quotes sit in one), and their intervals reach down to a rate of zero (31st–48th percentile),
# so one sentence more or less would move them a long way; scare quotes are besides the least
# precise measure (12 of 28 to 16 of 30 judged right in the news audit's groups, 0.43–0.53,
# below the 0.80 goal): leads to check, not measurements. Eight frame and stance measures are
# compared, each with its own 95% interval, none adjusted for the others; accusation, whose
# lower end clears the median by only 2–5 points among RT news and China Daily opinion (52nd,
# 55th), is the weaker of the two. Peace/cooperation partly restates the subject: 6 of its 17
# matches are the word *cooperation*, in an article on China–Russia cooperation; the other 11
# (15 per 1,000 words) would still put it above the 90th percentile of every group. Framing by
# peace/cooperation and accusation sets it apart from news and from earlier Chinese state
# opinion alike; what the data can say of it is how often, not why.
#
# **West/US.** How often it names the West or the US is where the groups part: ordinary for
# China Daily opinion (58th percentile; the median China Daily column names the West/US more
# often than the article, 32 against 26 per 1,000 words), high for RT (87th) and for Western
# news (93rd; 96th among the BBC's April articles). Naming the West/US this often is ordinary
# in China Daily opinion of 2012–2019; accusing at this rate is not, even there (negative
# evaluation is at the 99th percentile too, but its interval reaches the 31st, so the data
# cannot say the same of it).
# Against RT it is unremarkable on mentions of Russia (80th percentile), which RT's war
# coverage names constantly, and on distancing (55th).
#
# **Like with like.** The length-matched positions (units of 583–875 words) tell the same story
# with smaller groups (China Daily n = 297, most of its editorials are shorter; RT n = 116): as
# observed counts the article stays above 90% of every group on peace/cooperation, negative
# evaluation, accusation and Cold-War terms, and at the 99th percentile or more on scare quotes;
# with its interval, only peace/cooperation stays clearly above (accusation's lower end falls to the
# 49th percentile among China Daily's longer pieces; the scare quotes are the exploratory
# measure above). The match is of length, not of population: RT's units come from its longest
# documents, 116 of 1,560; China Daily's from 297 of its 1,218, nearly all columns, and they
# are shorter than the article (median 624 words against 729: its columns cluster around 600
# words), where the news groups' units are about its length (median 738–739; CSV:
# `unit_words_*`, `documents`).
# West/US falls to the 37th percentile among China Daily's longer pieces and stays at the 94th
# among Western news. Same genre (China Daily
# opinion) and nearest month (BBC, April 2022) do not change the picture either. What the data
# cannot give is the same outlet, genre *and* week: the full texts of Chinese state media in
# 2022 are not in the data; the BBC begins twelve days after the article (5 April), the other
# Western sets two to four and a half months after it, and RT almost three months after it.
#
# **Whose voice.** The news groups' stance is mostly someone else's: 41% of the Western outlets'
# stance matches and 43% of RT's are in the author's own voice, only 21–24% of their
# accusations and 26–28% of their negative evaluations (the rest are officials' words they quote
# or report), against 77% of China Daily opinion's stance and 65% of its accusations. The
# audit's readers, on 299–300 voice rows per group drawn at random (from all of a group's
# documents, RT's columns included), put a little less in the
# author's voice than the rules (Western 42% against the rules' 50% on the same rows, RT 48%
# against 52%, China Daily 76% against 78%): the rules err towards the author, clearly only for
# the Western outlets (their 50% is outside the readers' interval, 36–48%; RT's and China
# Daily's gaps are within theirs), so the news groups' own share is if anything lower. The article states 20 of its 24 stance matches
# itself, all 8 accusations and all 7 negative evaluations. Compared on what each text asserts
# in its own voice, the article's accusation rate is at the 99th–100th percentile of every
# group, and the lower end of its interval rises from the 52nd–71st percentile (all matches) to
# the 87th–90th among the news groups and the 64th among China Daily opinion; its own boosters
# are at the 99th percentile of RT and Western news but the 87th of China Daily opinion. Both
# of its hedges are reported (beliefs it ascribes to Western countries), so in its own voice it
# has none, where half (RT) to two thirds (Western news) of the news documents and 80% of China
# Daily's have some. Like with
# like, the article's accusations are its own where the news outlets' are mostly quoted: the
# genre difference the total rates hide.
#
# **Vocabulary.** Tested by document and for the thousands of words examined, few words set the
# article apart: against China Daily opinion, 7 — russia, china-russia, strategic, arbitrarily,
# west's, strength and one more — a 2022 war topic that 2012–2019 pieces could not have; against
# Western news only china, strategic and china-russia. Words such as "cooperation" or
# "ukraine" rank high by z but are used so unevenly across the reference documents that one
# 729-word text using them often is not beyond what those documents do. No word is
# significantly more typical of either reference: a short text gives little evidence against
# any single word.
#
# **Headlines.** In the article's week (21–27 March 2022) 16% of Global Times headlines named
# the West or the US, against 15% at CGTN, 11% at China Daily and 10% at Xinhua; over February –
# September Global Times had the highest share of the four Chinese outlets in 22 of the 29 weeks
# all four were scraped well enough (pooled 20%, against 12–16%). The BBC's UK and World pages,
# scraped only from late June, named the West/US in about 6% of headlines (other weeks and other
# section pages than the Chinese outlets': not a like-with-like comparison). The week of the
# article does not stand out in any outlet's series: each Chinese outlet's share that week was
# at or below its median weekly share. Headline shares depend on which section pages were
# scraped and how often, so they compare an outlet with itself over time better than with
# other outlets.
