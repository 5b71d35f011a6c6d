"""framing: lexical framing metrics with span-level evidence.

The public API is imported lazily so that ``import framing`` stays fast:

- :func:`framing.analyze` — one text to an :class:`~framing.engine.analysis.Analysis`
  (matches with character spans, sentences, metrics, KWIC);
- :func:`framing.score` — many texts to one row of metrics per document (``keep=`` metadata
  columns, ``long=True`` for the tidy ``doc_id, category, count, per_1k`` table);
- :func:`framing.read_article` — an article file by the title rule (metadata or title line);
- :func:`framing.load_corpus` — a corpus by path, dataset name or registered name;
- :func:`framing.compare_article` — the article against a corpus: the tables of
  ``framing compare``;
- :func:`framing.kwic` — keywords in context over a corpus, ``doc_id`` first.

Submodules are attributes too: ``framing.corpus``, ``framing.datasets``, ``framing.charts``...
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
    "InputError": "framing.core.errors",
    "FramingWarning": "framing.core.errors",
    "compare_article": "framing.api",
    "kwic": "framing.api",
    "load_corpus": "framing.api",
    "long_format": "framing.engine.scoring",
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
    "api": "framing.api",
    "text": "framing.engine.text",
    "lexicon": "framing.engine.lexicon",
    "analysis": "framing.engine.analysis",
    "scoring": "framing.engine.scoring",
    "corpus": "framing.data.corpus",
    "datasets": "framing.data.datasets",
    "registry": "framing.data.registry",
    "article": "framing.data.article",
    "cache": "framing.data.cache",
    "local": "framing.data.local",
    "compare": "framing.stats",
    "keyness": "framing.stats.keyness",
    "validation": "framing.stats.validation",
    "comparison": "framing.stats.comparison",
    "style": "framing.present.style",
    "charts": "framing.present.charts",
    "saving": "framing.present.saving",
    "labels": "framing.present.labels",
    "tables": "framing.present.tables",
    "titles": "framing.present.titles",
    "report": "framing.present.report",
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
