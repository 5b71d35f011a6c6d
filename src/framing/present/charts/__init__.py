"""Chart functions: each takes an ``Axes`` and data and returns the ``Axes``.

Usage in a notebook::

    from framing.present import charts, saving, style

    fig, ax = style.new_figure(
        "The article hedges more than 9 in 10 UN speeches",
        subtitle="Hedges per 1,000 words, UN General Debate 2022",
        source="UN General Debate Corpus (Jankin, Baturo & Dasandi), session 77, CC0",
    )
    charts.strip_plot(ax, scores, value="hedge_per_1k", group="group", focal=4.2)
    saving.save_figure(fig, "02-hedges-un", data=scores[["doc_id", "group", "hedge_per_1k"]],
                       caption="Hedges per 1k words by speaker group", inputs=["unscon"])
"""

from framing.present.charts.distributions import (
    WIDENED_INTERVAL_LABEL,
    group_percentile_chart,
    interval_chart,
    percentile_chart,
    profile_chart,
    strip_plot,
)
from framing.present.charts.estimates import (
    estimate_chart,
    precision_panels,
    share_chart,
    share_figure,
    target_share_chart,
    voice_share_chart,
)
from framing.present.charts.goals import GOAL_STATUS_STYLE, goal_chart
from framing.present.charts.matrix import heatmap
from framing.present.charts.space import framing_space, neighbours_chart
from framing.present.charts.timelines import reference_panel, trend_lines, weekly_lines
from framing.present.charts.words import fightin_words

__all__ = [
    "GOAL_STATUS_STYLE",
    "WIDENED_INTERVAL_LABEL",
    "estimate_chart",
    "fightin_words",
    "framing_space",
    "goal_chart",
    "group_percentile_chart",
    "heatmap",
    "interval_chart",
    "neighbours_chart",
    "percentile_chart",
    "precision_panels",
    "profile_chart",
    "reference_panel",
    "share_chart",
    "share_figure",
    "strip_plot",
    "target_share_chart",
    "trend_lines",
    "voice_share_chart",
    "weekly_lines",
]
