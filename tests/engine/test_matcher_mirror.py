"""On every mirror corpus the fast matcher reproduces the brute-force reference exactly.

A deterministic sample of each corpus (about :data:`SAMPLE_CHARS` characters, every k-th
document) keeps this within CI time: the brute force tries every entry at every start. The
media CSVs are read straight from the mirror (the text column is the longest string column).
"""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest

from framing.engine import multiscan
from framing.engine.lexicon import load_lexicon
from framing.engine.matcher import Matcher
from framing.engine.text import sentence_spans
from tests.engine._reference import reference_hits, reference_sentence_spans

SAMPLE_CHARS = 150_000
MAX_ZIP_MEMBERS = 40  # CSV files read per zip archive (evenly spread), to bound reading time
REGISTRY = ["ungd-2022", "kremlin-zelenskyy-2021-2022", "whitehouse-2022", "unscon"]
MEDIA = ["cbaehr/chinese_media", "r2nery/ukraine-media", "pontyl/news-sentivis"]


def _sample(texts: list[str]) -> list[str]:
    """Every k-th non-blank text, k chosen for about SAMPLE_CHARS characters in all."""
    texts = [t for t in texts if isinstance(t, str) and t.strip()]
    k = max(1, round(sum(map(len, texts)) / SAMPLE_CHARS))
    out, size = [], 0
    for t in texts[::k]:
        out.append(t)
        size += len(t)
        if size >= 2 * SAMPLE_CHARS:
            break
    return out


def _registry_texts(name: str) -> list[str]:
    from framing.data.datasets import load

    data = load(name)
    if isinstance(data, dict):  # unscon: annotated sentences, joined back into speeches
        sents = data["sentences"]
        return sents.groupby("file_id", sort=True)["sentence_text"].agg(" ".join).tolist()
    return data["text"].tolist()


def _csv_texts(source) -> list[str]:
    try:
        df = pd.read_csv(source, dtype=str, on_bad_lines="skip", encoding_errors="replace")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, ValueError):
        return []
    cols = [c for c in df.columns if df[c].notna().any()]
    if not cols:
        return []
    col = max(cols, key=lambda c: df[c].dropna().str.len().mean())
    return df[col].dropna().tolist()


def _media_texts(root) -> list[str]:
    """Texts of every CSV under ``root``, also inside zip archives (in name order)."""
    texts: list[str] = []
    for path in sorted(root.rglob("*.csv")):
        texts += _csv_texts(path)
    for path in sorted(root.rglob("*.zip")):
        with zipfile.ZipFile(path) as z:
            names = sorted(n for n in z.namelist() if n.endswith(".csv"))
            for name in names[:: max(1, len(names) // MAX_ZIP_MEMBERS)]:
                with z.open(name) as f:
                    texts += _csv_texts(f)
    return texts


@pytest.fixture(scope="module")
def matchers():
    lex = load_lexicon()
    out = {"regex": Matcher(lex, use_hyperscan=False)}
    if multiscan.available():
        out["hyperscan"] = Matcher(lex, use_hyperscan=True)
    return lex, out


def _check(texts: list[str], matchers) -> None:
    lex, ms = matchers
    assert texts, "no texts read"
    for t in _sample(texts):
        spans = sentence_spans(t)
        assert spans == reference_sentence_spans(t)
        expected = reference_hits(t, lex)
        found = {k: m.find(t, spans) for k, m in ms.items()}
        for kind, matches in found.items():
            got = [(x.category, x.term, x.start, x.end) for x in matches]
            assert got == expected, (kind, t[:80])
        if "hyperscan" in found:  # sentence index and negation too
            assert found["hyperscan"] == found["regex"]


@pytest.mark.mirror
@pytest.mark.parametrize("name", REGISTRY)
def test_matches_equal_brute_force_registry(name, mirror, matchers):
    _check(_registry_texts(name), matchers)


@pytest.mark.mirror
@pytest.mark.parametrize("root", MEDIA)
def test_matches_equal_brute_force_media(root, mirror, matchers):
    path = mirror / root
    if not path.is_dir():
        pytest.skip(f"{root} is not in the mirror")
    _check(_media_texts(path), matchers)
