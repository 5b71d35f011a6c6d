"""The evidence surfaces (QA pass 15): ``framing kwic`` and ``profile`` show the rows and counts
of the match table, one concordance line per match; each test failed before its fix."""

from __future__ import annotations

from framing.cli import main


def test_a_match_across_a_line_break_is_one_concordance_line(tmp_path, capsys):
    # a phrase matches across any whitespace: "Cold\\r\\nWar" printed its line break raw
    art = tmp_path / "a.txt"
    art.write_bytes(b"They keep a Cold\r\nWar mentality, the US\tsaid.\r\n")
    assert main(["-q", "kwic", "--category", "cold_war", str(art)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "\r" not in out, repr(out)
    assert out.rstrip().endswith("They keep a [Cold War] mentality, the US said")
    assert main(["-q", "kwic", "--category", "cold_war", str(art), "--format", "json"]) == 0
    assert '"matched_text": "Cold\\r\\nWar"' in capsys.readouterr().out  # the table keeps it
