"""Statistics: the focal article against a corpus, with raw counts beside every statistic.

:mod:`~framing.stats.compare` (positions, intervals, group tests, framing space, neighbours),
:mod:`~framing.stats.keyness` (G², log ratio, log-odds with informative prior),
:mod:`~framing.stats.validation` (agreement with human labels, precision audit).

Imports :mod:`framing.data`, :mod:`framing.engine` and :mod:`framing.core`; never plotting.
"""
