"""Integration (reads FRAMING_MIRROR): the generated blocks of docs/validation.md that carry
rates or populations of the scored corpora (and the media audit table) must be what
``tools/audit_report.py`` renders now.

A change of the scored text (a normalisation, a rule) moves rates per 1,000 words and the count
of scare quotes in unshown documents without touching any judged row; these blocks were once
left stale by such changes (the headline rates in the second decimal, the White House's unshown
scare quotes 138 against 135), and no test noticed. Re-record with the mode named in the
message.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.mirror

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def _env(mirror_env):
    """Mirror, quiet progress and a data folder (tests/stats/conftest.py)."""


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location(
        "audit_report", ROOT / "tools" / "audit_report.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_recorded_media_table_is_what_the_code_computes(tool):
    """``media-audit-table.csv`` (and the block of docs/validation.md written from it) equals
    the table computed now, rates of the scored corpora included: its Western rates were once
    left stale in the third decimal after a change of the scored text."""
    from framing.stats import validation as v

    recorded = v.validation_dir() / "media-audit-table.csv"
    table, _, _ = tool.media_numbers()
    assert tool.media_table_csv(table) == recorded.read_text(encoding="utf-8"), (
        f"{recorded.name} is stale: re-record with python tools/audit_report.py --media"
    )


def test_the_headline_block_is_current(tool):
    body, _ = tool.headline_block()
    assert body == tool.doc_block(tool.HPREC_START, tool.HPREC_END), (
        "the headline audit block of docs/validation.md is stale: "
        "python tools/audit_report.py --headlines"
    )


def test_the_official_scare_quote_block_is_current(tool):
    assert tool.official_quote_block() == tool.doc_block(tool.OQ_START, tool.OQ_END), (
        "the official scare-quote block of docs/validation.md is stale: "
        "python tools/audit_report.py --official-quotes"
    )
