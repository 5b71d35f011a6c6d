"""docs/metrics.md's generated lexicon table must match the YAML files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framing.present import lexicon_docs

ROOT = Path(__file__).resolve().parents[1]
METRICS_MD = ROOT / "docs" / "metrics.md"


def test_metrics_doc_generated_block_is_in_sync():
    assert lexicon_docs.generated_block(METRICS_MD) == lexicon_docs.render_block(), (
        "docs/metrics.md is stale: run `python -m framing.present.lexicon_docs docs/metrics.md`"
    )


def test_update_rewrites_only_the_block(tmp_path):
    doc = tmp_path / "m.md"
    doc.write_text(
        f"# Title\n\nprose\n\n{lexicon_docs.START}\nstale\n{lexicon_docs.END}\n\ntail\n",
        encoding="utf-8",
    )
    assert lexicon_docs.update_metrics_doc(doc) is True
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Title\n\nprose\n\n") and text.endswith(
        f"{lexicon_docs.END}\n\ntail\n"
    )
    assert "stale" not in text and "| `accuse*` | glob | accusing |" in text
    assert lexicon_docs.update_metrics_doc(doc) is False  # idempotent


def test_missing_markers_raise(tmp_path):
    doc = tmp_path / "m.md"
    doc.write_text("no markers\n", encoding="utf-8")
    with pytest.raises(ValueError, match="markers"):
        lexicon_docs.update_metrics_doc(doc)


def _rows(table: str) -> list[str]:
    return [ln for ln in table.splitlines() if ln.startswith("| `")]


def test_every_entry_has_one_well_formed_row():
    raw = lexicon_docs.load_raw()
    table = lexicon_docs.render_lexicon_table(raw)
    n_entries = sum(len(c["entries"]) for c in raw)
    rows = _rows(table)
    assert len(rows) == n_entries
    for r in rows:  # 6 columns: 7 unescaped pipes (regex alternations are escaped)
        assert len(re.findall(r"(?<!\\)\|", r)) == 7, r


def test_render_from_engine_lexicon_agrees_on_entries():
    from framing.engine.lexicon import load_lexicon

    from_yaml = _rows(lexicon_docs.render_lexicon_table())
    from_engine = _rows(lexicon_docs.render_lexicon_table(load_lexicon()))
    first = [r.split(" | ")[:4] for r in from_yaml]
    assert [r.split(" | ")[:4] for r in from_engine] == first
