"""Data: corpora and articles in the standard schema.

:mod:`~framing.data.registry` (hash-pinned downloads, ``FRAMING_MIRROR``),
:mod:`~framing.data.datasets` (parsers of the registry datasets),
:mod:`~framing.data.corpus` (bring-your-own corpora), :mod:`~framing.data.article`
(raw article text → headline, date, body), :mod:`~framing.data.cache` (Parquet scoring cache).

Imports :mod:`framing.engine` and :mod:`framing.core`, never statistics or presentation.
"""
