"""Article intervals: the sentence bootstrap's memory is bounded (QA pass 5)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from framing.stats import intervals as I


def test_bootstrap_in_blocks_gives_the_one_block_intervals_exactly(monkeypatch):
    """The resamples are summed a block at a time (a 2 MB article held 4 GB in one block);
    counts are whole numbers, so the intervals are bit for bit those of one block."""
    rng = np.random.default_rng(1)
    n = 700
    cols = [f"c{i}" for i in range(6)]
    df = pd.DataFrame({"tokens": rng.integers(0, 40, n), **{c: rng.poisson(0.3, n) for c in cols}})
    monkeypatch.setattr(I, "BOOT_BLOCK_VALUES", 5_000)  # many blocks
    blocks = I._bootstrap_rates(df, cols, 0.95, 500, 7)
    monkeypatch.setattr(I, "BOOT_BLOCK_VALUES", 10**12)  # one block, as before
    whole = I._bootstrap_rates(df, cols, 0.95, 500, 7)
    for a, b in zip(blocks, whole, strict=True):
        assert np.array_equal(a, b, equal_nan=True)
