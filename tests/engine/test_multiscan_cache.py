"""The padded plain-word scan matches exactly what ``\\bterm\\b`` expressions matched, and the
compiled database kept on disk is used only when it is whole and made for this machine."""

from __future__ import annotations

import logging
import re

import pandas as pd
import pytest

import framing
from framing.engine import matcher as matcher_mod
from framing.engine import multiscan, scan_cache
from framing.engine.lexicon import load_lexicon
from framing.engine.matcher import Matcher
from framing.engine.text import sentence_spans
from tests._lex import write_lexicon

pytestmark = pytest.mark.skipif(not multiscan.available(), reason="hyperscan not installed")

# Plain words that are prefixes of each other, case-sensitive twins, a negation cue, a word
# shared by two categories, next to multi-word, hyphenated, non-ASCII and glob entries.
WORDS = """id: words
label: Words
definition: d
kind: frame
entries:
  - term: us
  - term: usa
  - term: used
  - term: West
  - term: USA
    case_sensitive: true
  - term: Us
    case_sensitive: true
  - term: not
  - term: a
  - term: '2022'
  - term: war
  - term: cold war
  - term: war-torn
  - term: café
  - term: under_score
  - glob: wars*
"""
OTHER = """id: other
label: Other
definition: d
kind: stance
entries:
  - term: war
  - term: warring
  - term: us
    case_sensitive: true
"""
TEXTS = [
    "us usa bus used USA Us US-led West western 2022 20221 a-a cold  war war-torn warring",
    "The cold war was not a war; the usa, the USA and us. café cafés under_score wars warsaw",
    "USED Used used\nwar\twar West-West not-not 2022-2023 a",
    "",
]


def _lexicon(tmp_path):
    d = write_lexicon(tmp_path)
    (d / "words.yaml").write_text(WORDS, encoding="utf-8")
    (d / "other.yaml").write_text(OTHER, encoding="utf-8")
    return d


@pytest.fixture
def no_disk_cache(monkeypatch):
    monkeypatch.setenv("FRAMING_SCAN_CACHE", "0")


def _tables(lexicon_dir, texts, include_builtin=False):
    """Every match table (all columns) of ``texts``, with a freshly compiled matcher."""
    matcher_mod._CACHE.clear()
    lex = load_lexicon([lexicon_dir], include_builtin=include_builtin)
    lex.__dict__.pop("_matcher", None)  # load_lexicon returns the same object again
    return [framing.analyze(t, lexicon=lex).matches for t in texts]


def test_the_word_scan_gives_the_same_match_tables(tmp_path, monkeypatch, no_disk_cache):
    d = _lexicon(tmp_path)
    monkeypatch.setattr(multiscan, "WORD_SCAN", False)
    before = _tables(d, TEXTS)
    monkeypatch.setattr(multiscan, "WORD_SCAN", True)
    after = _tables(d, TEXTS)
    matcher_mod._CACHE.clear()
    assert sum(len(t) for t in before) > 30
    for b, a in zip(before, after, strict=True):
        pd.testing.assert_frame_equal(a, b)


def _both(lex, monkeypatch):
    monkeypatch.setattr(multiscan, "WORD_SCAN", False)
    boundaries = Matcher(lex)
    monkeypatch.setattr(multiscan, "WORD_SCAN", True)
    return boundaries, Matcher(lex)


def test_plain_words_leave_the_main_scan_and_pickle(tmp_path, monkeypatch, no_disk_cache):
    lex = load_lexicon([_lexicon(tmp_path)], include_builtin=False)
    boundaries, padded = _both(lex, monkeypatch)
    assert boundaries._scan_ci.words is None
    assert len(padded._scan_ci.word_targets) >= 10 and len(padded._scan_cs.word_targets) >= 2
    n_main = len(padded._scan_ci.targets) + len(padded._scan_cs.targets)
    assert n_main == len(boundaries._scan_ci.targets) + len(boundaries._scan_cs.targets) - len(
        padded._scan_ci.word_targets
    ) - len(padded._scan_cs.word_targets)
    import pickle

    clone = pickle.loads(pickle.dumps(padded))
    for t in TEXTS:
        spans = sentence_spans(t)
        assert clone.find(t, spans) == padded.find(t, spans) == boundaries.find(t, spans)


def test_builtin_lexicon_unchanged_by_the_word_scan(article_body, monkeypatch, no_disk_cache):
    lex = load_lexicon()
    boundaries, padded = _both(lex, monkeypatch)
    for t in [article_body, article_body.upper(), *TEXTS]:
        spans = sentence_spans(t)
        assert padded.find(t, spans) == boundaries.find(t, spans)


def test_word_expr_finds_whole_words_at_the_edges_too():
    words = ["us", "usa", "a", "x1"]
    scan = multiscan.MultiScan([multiscan.word_expr(w) for w in words])
    text = "us usa bus\nused a\ta-a us_ \u00e9us x1 us"
    hits = sorted(
        (start, end - 2, words[i])
        for i, start, end in scan.scan(multiscan.padded(multiscan.to_bytes(text)))
    )
    expected = sorted(
        (m.start(), m.end(), w) for w in words for m in re.finditer(rf"\b{w}\b", text)
    )
    assert hits == expected and len(hits) == 7


def test_ascii_case_variants_from_one_pass_equal_one_pass_each():
    from framing.engine.text import case_variants

    table = multiscan._ascii_cases()
    assert table["k"] == {"k", "K", "\u212a"} and table["s"] == {"s", "S", "\u017f"}
    for i in range(128):
        assert table[chr(i)] == case_variants({chr(i)}), chr(i)


# ---------------------------------------------------------------- the disk cache
EXPRS = [multiscan.literal_expr(f"w{i}x")[0] for i in range(multiscan.CACHE_MIN_EXPRESSIONS)]


def _files(tmp_path):
    return sorted((tmp_path / "scans").glob("*"))


class _NoCompile:
    """Stands for ``hyperscan.Database``: compiling fails the test."""

    def __init__(self, *a, **k):
        raise AssertionError("compiled although the cache holds the database")


def test_a_second_process_loads_instead_of_compiling(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("FRAMING_SCAN_CACHE", raising=False)
    first = multiscan.MultiScan(EXPRS)
    (f,) = _files(tmp_path)
    assert f.suffix == ".hsdb" and f.read_bytes().startswith(scan_cache.MAGIC)
    monkeypatch.setattr(multiscan.hyperscan, "Database", _NoCompile)
    second = multiscan.MultiScan(EXPRS)
    data = b"w0x w1x w63x w64x"
    assert second.scan(data) == first.scan(data) == [(0, 0, 3), (1, 4, 7), (63, 8, 12)]


def test_few_expressions_and_a_disabled_cache_write_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path))
    multiscan.MultiScan(EXPRS[:-1])
    monkeypatch.setenv("FRAMING_SCAN_CACHE", "0")
    multiscan.MultiScan(EXPRS)
    assert _files(tmp_path) == []


@pytest.mark.parametrize("damage", ["truncate", "flip", "header"])
def test_a_damaged_cache_file_is_set_aside_and_compiled(tmp_path, monkeypatch, caplog, damage):
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("FRAMING_SCAN_CACHE", raising=False)
    multiscan.MultiScan(EXPRS)
    (f,) = _files(tmp_path)
    data = f.read_bytes()
    if damage == "truncate":
        f.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        f.write_bytes(data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:])
    else:
        f.write_bytes(b"PK\x03\x04" + data[4:])
    with caplog.at_level(logging.WARNING):
        scan = multiscan.MultiScan(EXPRS)
    assert scan.scan(b"w5x") == [(5, 0, 3)]
    (msg,) = [r.getMessage() for r in caplog.records]
    assert str(f) in msg and "not a valid cache entry" in msg and "\n" not in msg
    assert [p.name for p in _files(tmp_path)] == [f.name, f.name + ".damaged"]
    assert f.read_bytes() == data  # compiled again and stored again


def test_a_database_this_machine_cannot_load_is_compiled(tmp_path, monkeypatch, caplog):
    """A whole file whose database Hyperscan refuses (another CPU or library) is replaced."""
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("FRAMING_SCAN_CACHE", raising=False)
    multiscan.MultiScan(EXPRS)
    (f,) = _files(tmp_path)
    good = f.read_bytes()
    key = f.stem
    scan_cache.write(key, b"\xdb\xdb\xdb\xdb" + b"\x00" * 200)  # valid file, foreign database
    with caplog.at_level(logging.WARNING):
        scan = multiscan.MultiScan(EXPRS)
    assert scan.scan(b"w7x") == [(7, 0, 3)]
    assert not caplog.records
    assert f.read_bytes() == good


def test_the_key_names_the_machine(monkeypatch):
    base = multiscan._target()
    try:
        multiscan._target.cache_clear()
        monkeypatch.setattr(multiscan.platform, "machine", lambda: "aarch64")
        other = multiscan._target()
    finally:
        multiscan._target.cache_clear()
    assert base[-1] != "aarch64" and other[-1] == "aarch64"
    assert "Version:" in base[1] and "Features:" in base[1]
    assert scan_cache.key(["a", *base]) != scan_cache.key(["a", *other])
    assert scan_cache.key(["ab", "c"]) != scan_cache.key(["a", "bc"])


def test_an_unwritable_cache_folder_only_costs_compiling(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("FRAMING_SCAN_CACHE", raising=False)
    monkeypatch.setattr(scan_cache, "_warned", set())
    (tmp_path / "scans").write_text("a file where the folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        scan = multiscan.MultiScan(EXPRS)
        again = multiscan.MultiScan(EXPRS)
    assert scan.scan(b"w9x") == again.scan(b"w9x") == [(9, 0, 3)]
    (msg,) = [r.getMessage() for r in caplog.records]  # once per process
    assert "cannot write the compiled-matcher cache" in msg and "FRAMING_DATA_DIR" in msg


def test_a_data_dir_that_is_a_file_only_costs_compiling(tmp_path, monkeypatch):
    afile = tmp_path / "f"
    afile.write_text("x", encoding="utf-8")
    monkeypatch.setenv("FRAMING_DATA_DIR", str(afile))
    monkeypatch.delenv("FRAMING_SCAN_CACHE", raising=False)
    assert multiscan.MultiScan(EXPRS).scan(b"w1x") == [(1, 0, 3)]


def test_old_databases_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("FRAMING_SCAN_CACHE", raising=False)
    monkeypatch.setattr(scan_cache, "MAX_FILES", 2)
    for i in range(4):
        scan_cache.write(f"{i:064x}", b"db")
    assert len(_files(tmp_path)) == 2


def test_the_suite_writes_no_scan_cache_to_the_user_folder():
    """Tests run without FRAMING_DATA_DIR must not fill the user's cache folder."""
    import os

    assert os.environ.get("FRAMING_DATA_DIR") or not scan_cache.enabled()
