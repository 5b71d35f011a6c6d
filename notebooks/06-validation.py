# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 06 — Validation of the lexical metrics against human judgement
#
# Do the attack categories (`accusation`, `negative_evaluation`, `distancing`, `cold_war`)
# fire where UNSCon annotators marked negative evaluation or challenges, and are the matches
# of every category what its definition says (precision audit by reading)? See
# `docs/validation.md` for the design; every number here is recomputed from the data.

# %% tags=["parameters"]
N_BOOT = 1000  # bootstrap replicates (speeches resampled)
SEED = 20240501

# %% [markdown]
# ## Inputs and outputs
#
# - Inputs: the registry dataset `unscon` (fetched on first use) and the audit judgements in
#   `src/framing/stats/validation_data/audit-*.csv` (ids, offsets and labels only; contexts are never stored).
#   The "current lexicon" audit column re-derives each audited match from the three registry
#   corpora `ungd-2022`, `kremlin-zelenskyy-2021-2022`, `whitehouse-2022`.
# - Outputs: `figures/06-validation-unscon.{png,svg,csv}` (F1 and AUC of each signal, 2014
#   development vs 2016 held-out) and `figures/06-validation-audit.{png,svg,csv}` (audit precision
#   per category with Wilson 95% intervals).

# %%
import pandas as pd

from framing.present import charts, saving, style
from framing.stats import validation as v

units = {lv: v.unscon_units(lv) for lv in v.LEVELS}
table = v.unscon_table(units, n_boot=N_BOOT, seed=SEED)
v.headline(table)

# %% [markdown]
# ## UNSCon: each signal against "any negative label"

# %%
any_neg = table[table["gold"] == "any_negative"]
any_neg[
    [
        "level",
        "split",
        "signal",
        "flagged",
        "precision",
        "precision_lo",
        "precision_hi",
        "recall",
        "f1",
        "f1_lo",
        "f1_hi",
        "auc",
        "auc_lo",
        "auc_hi",
    ]
]

# %%
targets = v.target_table(units, n_boot=N_BOOT, seed=SEED)
targets[
    [
        "level",
        "split",
        "scope",
        "target",
        "gold_units",
        "flagged",
        "precision",
        "precision_lo",
        "precision_hi",
        "recall",
        "f1",
    ]
]

# %%
data = any_neg[any_neg["level"] == "sentences"].reset_index(drop=True)
attack = data[data["signal"] == "attack"].set_index("split")
dev, held = v.SPLITS
title = (
    f"The attack signal finds negative evaluation with F1 {attack.loc[dev, 'f1']:.2f} on the "
    f"2014 debates but {attack.loc[held, 'f1']:.2f} on the held-out 2016 debates"
)
fig, axes = style.new_figure(
    title,
    subtitle="UNSCon sentences: each lexical signal vs any negative label (Direct/Indirect "
    "NegEval, Challenge); 95% intervals, speeches resampled",
    source="UN Security Council Conflict Corpus (Zaczynska, Bourgonje & Stede 2024), CC BY-SA",
    ncols=2,
    figsize=(9, 4.2),
    sharey=True,
)
signals = list(v.SIGNALS)
for ax, metric in zip(axes, ("f1", "auc"), strict=True):
    wide = data.pivot(index="signal", columns="split").loc[signals]
    table = pd.DataFrame({"signal": signals})
    for split in v.SPLITS:
        for col in (metric, f"{metric}_lo", f"{metric}_hi"):
            table[f"{col} {split}"] = wide[(col, split)].to_numpy()
    charts.estimate_chart(
        ax,
        table,
        "signal",
        [(s, f"{metric} {s}", f"{metric}_lo {s}", f"{metric}_hi {s}") for s in v.SPLITS],
        xlabel=metric.upper(),
        reference=0.5 if metric == "auc" else None,
    )
axes[0].legend(loc="lower center", bbox_to_anchor=(1.0, 1.0), ncols=2)
saving.save_figure(
    fig,
    "06-validation-unscon",
    data,
    caption="F1 and ROC AUC of each attack signal against UNSCon's negative "
    "labels (sentences), 2014 development vs 2016 held-out.",
    inputs=["unscon"],
)

# %% [markdown]
# ## Precision audit

# %%
audit = v.read_audit()
prec = v.audit_precision(audit, v.still_matched(audit))
prec

# %%
from framing.engine.lexicon import load_lexicon
from framing.present import claims, titles

kinds = {cid: c.kind for cid, c in load_lexicon().categories.items()}
p = prec.assign(
    kind=prec["category"].map(kinds),
    topic=prec["category"].map(lambda c: claims.is_topic(kinds.get(c))),
    exploratory=prec["current_precision"] < v.EXPLORATORY_BELOW,
)
# frames and stance first, then the topic name lists; each part by current precision
p = p.sort_values(
    ["topic", "current_precision", "category"], ascending=[True, False, True], kind="mergesort"
).reset_index(drop=True)
title = "Read match by match, " + titles.audit_sentence(
    p.rename(columns={"current_precision": "precision"}), kinds
)
fig, ax = style.new_figure(
    title,
    subtitle="Precision of 100 randomly drawn matches per category (round-1 matches the "
    "current lexicon still makes), judged against the category's definition; Wilson 95% "
    f"intervals; dotted: {v.EXPLORATORY_BELOW:.2f}, below which a category is exploratory; "
    "frames and stance above, topic name lists below",
    source="UNGD 2022 (CC0), Kremlin and President of Ukraine releases (CC BY 4.0), "
    "White House 2022 (CC0)",
    figsize=(7.5, 5.8),
)
charts.estimate_chart(
    ax,
    p,
    "category",
    [
        ("round 1 (as audited)", "round1_precision", "round1_lo", "round1_hi"),
        ("current lexicon", "current_precision", "current_lo", "current_hi"),
    ],
    xlabel="precision",
)
ax.set_xlim(0.4, 1.01)
ax.axvline(v.EXPLORATORY_BELOW, color="grey", lw=0.9, ls=":")
n_frames = int((~p["topic"]).sum())
ax.axhline(n_frames - 0.5, color="grey", lw=0.8)  # frames and stance above, name lists below
ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2)
saving.save_figure(
    fig,
    "06-validation-audit",
    p,
    caption="Precision of each lexicon category, judged by reading a random "
    "sample of 100 matches from the 2022 registry corpora; frame and stance categories apart "
    "from topic name lists; below 0.80 a category is exploratory.",
    inputs=["ungd-2022", "kremlin-zelenskyy-2021-2022", "whitehouse-2022"],
)

# %%
pd.Series({"audit rows": len(audit), "judged": int(audit["label"].ne("").sum())})
