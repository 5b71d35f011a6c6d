"""framing.stats.length_matched: the article against same-length excerpts, against a hand-worked
example and a brute-force count over every window."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.engine.analysis import analyze
from framing.engine.lexicon import load_lexicon
from framing.engine.text import word_tokens
from framing.stats.length_matched import length_matched_position, window_counts


def test_window_counts_hand_example():
    # five tokens starting at 0, 5, 10, 15, 20; events at 6 (token 1), 16 and 17 (token 3)
    # windows of two tokens: (0,1) 1, (1,2) 1, (2,3) 2, (3,4) 2
    np.testing.assert_array_equal(window_counts([0, 5, 10, 15, 20], [6, 16, 17], 2), [1, 1, 2, 2])
    assert window_counts([0, 5], [1], 3).size == 0  # shorter than the window


@pytest.fixture()
def lexicon(tmp_path):
    (tmp_path / "war.yaml").write_text(
        "id: war\nlabel: War\ndefinition: d\nkind: frame\nentries:\n"
        "  - term: war\n  - term: attack\n",
        encoding="utf-8",
    )
    return load_lexicon([tmp_path], include_builtin=False)


def test_length_matched_percentile_brute_force(lexicon):
    rng = np.random.default_rng(0)
    words = ["war", "peace", "trade", "attack", "the", "people", "today"]
    p = [0.1, 0.2, 0.2, 0.05, 0.25, 0.1, 0.1]
    texts = [" ".join(rng.choice(words, int(rng.integers(15, 60)), p=p)) + "." for _ in range(12)]
    texts.append("war peace")  # too short for a window of 10 words
    n = 10
    article = pd.Series({"war_count": 3, "scare_quote_count": 0})
    got = length_matched_position(article, n, texts, lexicon).set_index("category")
    # brute force: every window of n words of every long-enough document, matches by offsets
    shares, at_least = [], []
    for text in texts:
        toks = word_tokens(text)
        if len(toks) < n:
            continue
        m = analyze(text, lexicon).matches
        counts = []
        for i in range(len(toks) - n + 1):
            lo, hi = toks[i].start, toks[i + n - 1].end
            counts.append(int(((m["start"] >= lo) & (m["start"] < hi)).sum()))
        c = np.array(counts)
        shares.append(((c < 3).sum() + 0.5 * (c == 3).sum()) / c.size)
        at_least.append((c >= 3).mean())
    row = got.loc["war"]
    assert row["n_docs"] == 12 and row["n_short"] == 1
    assert row["percentile"] == pytest.approx(100 * np.mean(shares))
    assert row["share_at_least"] == pytest.approx(np.mean(at_least))
    assert got.loc["scare_quote", "percentile"] == pytest.approx(50.0)  # never any: all tie


def test_length_matched_interval_ends(lexicon):
    texts = ["war " * 5 + "peace " * 15] * 3  # every 10-word window has 0..5 matches
    iv = pd.DataFrame({"category": ["war"], "lower": [0.0], "upper": [1000.0]})
    got = length_matched_position(pd.Series({"war_count": 2}), 10, texts, lexicon, iv)
    row = got.set_index("category").loc["war"]
    assert row["percentile_lo"] < row["percentile"] < row["percentile_hi"] == 100.0


def test_length_matched_same_with_worker_processes(lexicon):
    texts = [("war peace trade " * 9) + "attack." for _ in range(9)]
    article = pd.Series({"war_count": 2})
    one = length_matched_position(article, 12, texts, lexicon)
    two = length_matched_position(article, 12, texts, lexicon, jobs=2)
    pd.testing.assert_frame_equal(one, two)
