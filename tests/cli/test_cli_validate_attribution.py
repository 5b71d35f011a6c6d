"""``framing validate`` prints the attribution audit table (no corpus needed: the precision
audit's corpus lookup is replaced by a stub)."""

from __future__ import annotations

import pandas as pd

from framing.cli import main
from framing.stats import attribution_audit as aa
from framing.stats import validation as v


def test_validate_prints_the_attribution_audit(monkeypatch, capsys):
    monkeypatch.setattr(v, "still_matched", lambda audit: pd.Series(True, index=audit.index))
    assert main(["validate", "--no-unscon", "--no-media"]) == 0
    out = capsys.readouterr().out
    media, headlines = out.split("Attribution audit of the media corpora", 1)[1].split(
        "Attribution audit of the 2022 headline streams"
    )
    block = media.splitlines()[1:-1]  # the blank line before the headline block
    table = aa.latest_measures()
    assert len(block) == len(table)
    assert all(f"(r{r})" in line for r, line in zip(table["round"], block, strict=True))
    voice = table[(table["assignment"] == "voice") & (table["group"] == "pooled")].iloc[0]
    line = next(x for x in block if x.startswith("voice") and "pooled" in x)
    assert f"{voice.correct}/{voice.n}" in line and f"{voice.share:.2f}" in line
    assert ("goal 0.85: met" in line) == bool(voice.met)
    assert any(x.startswith("target recall") and "estimate" in x for x in block)
    assert not any(x.startswith("source") and "goal" in x for x in block)
    rows = headlines.splitlines()[1:]
    h = aa.headline_measures()  # each cell from its latest headline round
    assert len(rows) == len(h)
    assert all(f"(r{r})" in line for r, line in zip(h["round"], rows, strict=True))
    assert all(any(g in line for g in ("BBC", "Chinese state", "pooled")) for line in rows)
    assert sum("Chinese state" in line for line in rows) == int(
        (h["group"] == "Chinese state").sum()
    )
