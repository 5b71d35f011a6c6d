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
# # 05 — Validation of the lexical metrics against human judgement
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
#   `data/validation/audit-*.csv` (ids, offsets and labels only; contexts are never stored).
#   The "current lexicon" audit column re-derives each audited match from the three registry
#   corpora `ungd-2022`, `kremlin-zelenskyy-2021-2022`, `whitehouse-2022`.
# - Outputs: `figures/validation-unscon.{png,svg,csv}` (F1 and AUC of each signal, 2014
#   development vs 2016 held-out) and `figures/validation-audit.{png,svg,csv}` (audit precision
#   per category with Wilson 95% intervals).

# %%
import matplotlib.pyplot as plt
import pandas as pd

from framing import plots
from framing import validation as v

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
fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), sharey=True)
signals = list(v.SIGNALS)
for ax, metric in zip(axes, ("f1", "auc"), strict=True):
    for k, (split, marker) in enumerate(zip(v.SPLITS, ("o", "s"), strict=True)):
        d = data[data["split"] == split].set_index("signal").loc[signals]
        y = [i + (k - 0.5) * 0.25 for i in range(len(signals))]
        ax.errorbar(
            d[metric],
            y,
            xerr=[d[metric] - d[f"{metric}_lo"], d[f"{metric}_hi"] - d[metric]],
            fmt=marker,
            capsize=2,
            label=split,
        )
    ax.set_yticks(range(len(signals)), signals)
    ax.set_xlabel(metric.upper() + " (95% CI, speeches resampled)")
axes[1].axvline(0.5, color="grey", lw=0.8, ls=":")
handles, labels = axes[0].get_legend_handles_labels()
fig.legend(handles, labels, loc="lower center", ncol=2, fontsize=8)
fig.suptitle("UNSCon sentences: lexical signals vs. any negative label")
fig.tight_layout(rect=(0, 0.08, 1, 1))
plots.save_figure(
    fig,
    "validation-unscon",
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
p = prec.sort_values("round1_precision").reset_index(drop=True)
fig, ax = plt.subplots(figsize=(6.5, 4.8))
ax.errorbar(
    p["round1_precision"],
    range(len(p)),
    xerr=[p["round1_precision"] - p["round1_lo"], p["round1_hi"] - p["round1_precision"]],
    fmt="o",
    capsize=2,
    label="round 1 (as audited)",
)
ax.errorbar(
    p["current_precision"],
    [i + 0.25 for i in range(len(p))],
    xerr=[p["current_precision"] - p["current_lo"], p["current_hi"] - p["current_precision"]],
    fmt="s",
    capsize=2,
    label="current lexicon",
)
ax.set_yticks(range(len(p)), p["category"])
ax.set_xlabel("precision (Wilson 95% CI), 100 matches per category")
ax.set_xlim(0.4, 1.01)
ax.legend(loc="lower right", fontsize=8)
fig.tight_layout()
plots.save_figure(
    fig,
    "validation-audit",
    p,
    caption="Precision of each lexicon category, judged by reading a random "
    "sample of 100 matches from the 2022 registry corpora.",
    inputs=["ungd-2022", "kremlin-zelenskyy-2021-2022", "whitehouse-2022"],
)

# %%
pd.Series({"audit rows": len(audit), "judged": int(audit["label"].ne("").sum())})
