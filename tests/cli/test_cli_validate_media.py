"""``framing validate``'s news-media section, on a small hand-made audit (no data needed)."""

from __future__ import annotations

import pandas as pd

from framing.cli import main
from framing.stats import headline_audit as ha
from framing.stats import media_audit as ma


def _fake(monkeypatch):
    rows = []
    # hedge: RT 3/3, Western 2/3, China Daily 3/3; scare quotes: 1/3 everywhere
    for cat, good in (("hedge", {"rt": 3, "western": 2, "china_daily": 3}),
                      ("scare_quote", {"rt": 1, "western": 1, "china_daily": 1})):  # fmt: skip
        for g, k in good.items():
            for i in range(3):
                rows.append(
                    {"dataset": "x", "doc_id": f"{g}-{i}", "outlet_group": g, "category": cat,
                     "start": 10 * i, "end": 10 * i + 4, "term": "t",
                     "label": "correct" if i < k else "incorrect", "reason": "r"}
                )  # fmt: skip
    docs = pd.DataFrame(
        {"doc_id": ["rt-0", "western-0", "china_daily-0"],
         "outlet_group": ["rt", "western", "china_daily"]}
    )  # fmt: skip
    scores = docs[["doc_id"]].assign(tokens=[1000, 2000, 250])
    for cat in ma.CATEGORIES:
        scores[f"{cat}_count"] = [2, 2, 1]
    monkeypatch.setattr(ma, "media_documents", lambda: docs)
    monkeypatch.setattr(ma, "media_scores", lambda d, jobs=2: scores)
    monkeypatch.setattr(ma, "read_media_audit", lambda path=None: pd.DataFrame(rows))
    # the headline section's rates: two headlines of our own (no corpus download)
    hdocs = pd.DataFrame({"doc_id": ["h-0", "h-1"], "outlet_group": ["bbc", "chinese_state"]})
    hscores = hdocs[["doc_id"]].assign(tokens=[10, 20])
    for cat in ha.CATEGORIES:
        hscores[f"{cat}_count"] = [1, 0]
    monkeypatch.setattr(ha, "headline_documents", lambda: hdocs)
    monkeypatch.setattr(ha, "headline_scores", lambda d, jobs=2: hscores)


def test_validate_prints_the_media_audit_and_its_goals(monkeypatch, capsys):
    _fake(monkeypatch)
    assert main(["validate", "--no-unscon", "--no-audit"]) == 0
    out = capsys.readouterr().out
    assert "News-media audit" in out
    hedge = next(line for line in out.splitlines() if line.startswith("hedge "))
    # RT 3/3, Western 2/3, China Daily 3/3, state media 6/6; gap 2/3 - 1 = -0.33; rates per 1k
    assert "3/3" in hedge and "2/3" in hedge and "6/6" in hedge and "-0.33" in hedge
    # per 1,000 words: RT 2/1000, Western 2/2000, China Daily 1/250, state media 3/1250
    assert hedge.split()[-4:] == ["2.00", "1.00", "4.00", "2.40"]
    goals = out.split("Goals of issue 13")[1]
    assert "NOT MET" in goals.split("scare_quote")[1]
    assert goals.count("NOT MET") == 3  # hedge precision, scare quotes, hedge gap


def test_validate_no_media_skips_it(monkeypatch, capsys):
    def boom():
        raise AssertionError("media audit computed although --no-media")

    monkeypatch.setattr(ma, "media_documents", boom)
    assert main(["validate", "--no-unscon", "--no-media"]) == 0
    out = capsys.readouterr().out
    assert "Precision audit" in out and "News-media" not in out
