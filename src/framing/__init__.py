"""framing: lexical framing metrics with span-level evidence.

The public API is imported lazily so that ``import framing`` stays fast:

- :func:`framing.analyze` — one text to an :class:`~framing.analysis.Analysis`
  (matches with character spans, sentences, metrics, KWIC);
- :func:`framing.score` — many texts to one row of metrics per document.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("framing")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"

_LAZY = {
    "analyze": "framing.analysis",
    "Analysis": "framing.analysis",
    "score": "framing.scoring",
    "load_lexicon": "framing.lexicon",
    "Article": "framing.article",
    "read_article": "framing.article",
    "FramingError": "framing.errors",
}

__all__ = sorted(_LAZY) + ["__version__"]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'framing' has no attribute {name!r}")
