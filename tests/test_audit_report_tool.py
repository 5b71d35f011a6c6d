"""``tools/audit_report.py`` never overwrites an edit made to docs/validation.md while it ran: it
writes the file atomically and only when it is still as read, else one error line and exit
status 2 (session 58; the edit was lost before)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = """# Validation

<!-- official-quote-tables:start -->
old official block
<!-- official-quote-tables:end -->

<!-- headline-audit-tables:start -->
old headline block
<!-- headline-audit-tables:end -->
"""


@pytest.fixture
def tool(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location(
        "audit_report_under_test", ROOT / "tools" / "audit_report.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    doc = tmp_path / "validation.md"
    doc.write_text(DOC, encoding="utf-8")
    monkeypatch.setattr(module, "DOC", doc)
    monkeypatch.setattr(module, "write_goal_status", lambda: 0)
    return module


def _run(tool, monkeypatch, *argv) -> int:
    monkeypatch.setattr(sys, "argv", ["audit_report.py", *argv])
    return tool.main()


def test_an_edit_made_while_it_runs_is_kept_and_the_run_refused(tool, monkeypatch, capsys):
    edited = DOC.replace("# Validation", "# Validation\n\nA paragraph written meanwhile.")

    def slow_block():  # the recomputation, during which someone edits the document
        tool.DOC.write_text(edited, encoding="utf-8")
        return "new official block\n"

    monkeypatch.setattr(tool, "official_quote_block", slow_block)
    monkeypatch.setattr(tool, "write_goal_status", lambda: pytest.fail("ran after a refusal"))
    assert _run(tool, monkeypatch, "--official-quotes") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("audit_report.py: error: ")
    assert "validation.md: changed since it was read" in err and "nothing written" in err
    assert tool.DOC.read_text(encoding="utf-8") == edited  # the edit survives
    assert not list(tool.DOC.parent.glob(".validation.md*"))  # no temporary file left


def test_an_unchanged_document_gets_the_new_block(tool, monkeypatch, capsys):
    monkeypatch.setattr(tool, "official_quote_block", lambda: "new official block\n")
    monkeypatch.setattr(tool.v, "validation_dir", lambda: pytest.fail("no floors in this mode"))
    assert _run(tool, monkeypatch, "--official-quotes") == 0
    text = tool.DOC.read_text(encoding="utf-8")
    assert "new official block" in text and "old official block" not in text
    assert "old headline block" in text


def test_the_headline_mode_checks_too(tool, monkeypatch, capsys):
    def slow_block():
        tool.DOC.write_text(DOC + "\nedited\n", encoding="utf-8")
        return "new headline block\n", None

    monkeypatch.setattr(tool, "headline_block", slow_block)
    assert _run(tool, monkeypatch, "--headlines") == 2
    assert tool.DOC.read_text(encoding="utf-8").endswith("\nedited\n")


def test_the_write_is_atomic(tool, monkeypatch):
    import framing.core.files as files

    calls = []
    real = files.atomic_write
    monkeypatch.setattr(files, "atomic_write", lambda p, t: calls.append(p) or real(p, t))
    text, seen = tool.read_doc()
    tool.write_doc(text.replace("old", "new"), seen)
    assert calls == [tool.DOC] and "old" not in tool.DOC.read_text(encoding="utf-8")
    with pytest.raises(tool.DocChanged):
        tool.write_doc("anything", seen)  # the file is no longer the one read
