"""Core: what every stage needs and nothing else.

- :mod:`framing.core.errors` — the exception hierarchy (user errors exit 2, internal errors 1);
- :mod:`framing.core.files` — decoding with byte offsets in errors, atomic writes, interrupt guard;
- :mod:`framing.core.progress` — progress bars on stderr, silenced by ``--quiet``.

Imports nothing else from ``framing``.
"""
