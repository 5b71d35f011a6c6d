"""Statistics: the focal article against a corpus, with raw counts beside every statistic.

- :mod:`~framing.stats.ranks` — percentiles and robust z of the article, overall and per group;
- :mod:`~framing.stats.intervals` — sentence-bootstrap and exact Poisson intervals;
- :mod:`~framing.stats.groups` — effect sizes (Cliff's delta with intervals, shares, pooled
  rates), pairwise tests, BH adjustment;
- :mod:`~framing.stats.space` — robust scaling, PCA framing space, nearest neighbours;
- :mod:`~framing.stats.keyness` — G², log ratio, log-odds with an informative Dirichlet prior,
  exact and document-aware tests;
- :mod:`~framing.stats.validation` — agreement with human labels and the precision audit;
- :mod:`~framing.stats.common` — helpers shared by these modules.

Imports :mod:`framing.data`, :mod:`framing.engine` and :mod:`framing.core`; never plotting.
The comparison functions most used in scripts are re-exported here
(``framing.stats.ranks(...)``).
"""

from framing.stats.common import MIN_DOC_TOKENS
from framing.stats.groups import (
    bh_adjust,
    cliffs_delta,
    cliffs_delta_ci,
    group_summary,
    pairwise_tests,
    pooled_rate_ci,
)
from framing.stats.intervals import (
    analysis_rate_intervals,
    article_rate_intervals,
    bootstrap_median_ci,
    flag_outside,
    poisson_interval,
)
from framing.stats.ranks import mad, percentile_rank, position, position_by_group, robust_z
from framing.stats.space import (
    FramingSpace,
    RobustScaler,
    framing_space,
    nearest_neighbours,
    pca_svd,
)

__all__ = [
    "MIN_DOC_TOKENS",
    "FramingSpace",
    "RobustScaler",
    "analysis_rate_intervals",
    "article_rate_intervals",
    "bh_adjust",
    "bootstrap_median_ci",
    "cliffs_delta",
    "cliffs_delta_ci",
    "flag_outside",
    "framing_space",
    "group_summary",
    "mad",
    "nearest_neighbours",
    "pairwise_tests",
    "pca_svd",
    "percentile_rank",
    "poisson_interval",
    "pooled_rate_ci",
    "position",
    "position_by_group",
    "robust_z",
]
