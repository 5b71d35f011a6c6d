"""framing: lexical framing metrics with span-level evidence.

The public API is imported lazily so that ``import framing`` stays fast:

- :func:`framing.analyze` — one text to an :class:`~framing.engine.analysis.Analysis`
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
    "analyze": "framing.engine.analysis",
    "Analysis": "framing.engine.analysis",
    "score": "framing.engine.scoring",
    "load_lexicon": "framing.engine.lexicon",
    "Article": "framing.data.article",
    "read_article": "framing.data.article",
    "FramingError": "framing.core.errors",
}

#: Stage packages, and the modules most used in scripts under their short names
#: (``framing.corpus`` is :mod:`framing.data.corpus`).
_MODULES = {
    "core": "framing.core",
    "engine": "framing.engine",
    "data": "framing.data",
    "stats": "framing.stats",
    "present": "framing.present",
    "cli": "framing.cli",
    "lexicon": "framing.engine.lexicon",
    "analysis": "framing.engine.analysis",
    "scoring": "framing.engine.scoring",
    "corpus": "framing.data.corpus",
    "datasets": "framing.data.datasets",
    "registry": "framing.data.registry",
    "compare": "framing.stats",
    "keyness": "framing.stats.keyness",
    "validation": "framing.stats.validation",
}

__all__ = sorted(_LAZY) + ["__version__"]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    if name in _MODULES:
        return import_module(_MODULES[name])
    raise AttributeError(f"module 'framing' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_MODULES})
