"""``framing compare`` leaves lead paragraphs (genre lead) out unless --include-leads."""

from __future__ import annotations

import pandas as pd

from framing.cli import main
from tests._lex import write_lexicon

SENTENCE = "The US and the West accused China of hegemony, said officials in Washington today."
OTHER = "Russia may seek peace and cooperation with the world, people said."


def test_leads_left_out_by_default(article_path, tmp_path, capsys):
    rows = [
        (f"n{i}", "news", "Outlet", " ".join([SENTENCE] * (1 + i) + [OTHER] * (8 - i)))
        for i in range(8)
    ]
    rows += [(f"l{i}", "lead", "Leads", SENTENCE) for i in range(6)]
    path = tmp_path / "c.csv"
    pd.DataFrame(rows, columns=["doc_id", "genre", "group", "text"]).to_csv(path, index=False)
    lex = write_lexicon(tmp_path)
    base = ["compare", str(article_path), "--corpus", str(path), "--lexicon", str(lex)]
    base += ["--n-boot", "50"]
    assert main([*base, "--out", str(tmp_path / "a")]) == 0
    assert "left out 6 lead paragraphs" in capsys.readouterr().err
    groups = pd.read_csv(tmp_path / "a" / "groups.csv")
    assert set(groups["group"]) == {"Outlet"}
    assert main([*base, "--out", str(tmp_path / "b"), "--include-leads"]) == 0
    assert "left out" not in capsys.readouterr().err
    docs = pd.read_csv(tmp_path / "b" / "documents.csv").set_index("group")
    assert docs.loc["Leads", "too_short"] == 6  # kept as leads, then under the 100-word minimum
    assert set(pd.read_csv(tmp_path / "b" / "groups.csv")["group"]) == {"Outlet"}
    short = ["--include-leads", "--min-tokens", "10"]  # leads compared: lower the minimum
    assert main([*base, "--out", str(tmp_path / "c"), *short]) == 0
    assert set(pd.read_csv(tmp_path / "c" / "groups.csv")["group"]) == {"Outlet", "Leads"}
