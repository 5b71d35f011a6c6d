"""Integration (reads FRAMING_MIRROR): the news-media audit's recorded precision must not drop.

``expected.yaml`` records, for each audited category and outlet group, the precision of the
judged matches of ``media-audit.csv``. Recomputed on the judged rows whose match the current
lexicon and scare-quote rules still produce (:func:`framing.stats.validation.still_matched`:
edits can only remove judged matches, never add any), a precision below ``recorded -
tolerance`` fails: a change that loses correct matches must be justified and the numbers
re-recorded (``python tools/audit_report.py --media``). Also checks that the sample kept out of
the tuning documents and matches the documented design.
"""

from __future__ import annotations

import math

import pytest
import yaml

from framing.stats import media_audit as ma
from framing.stats import validation as v

pytestmark = pytest.mark.mirror


@pytest.fixture(scope="module", autouse=True)
def _env(mirror_env):
    """Mirror, quiet progress and a data folder (tests/stats/conftest.py)."""


@pytest.fixture(scope="module")
def audit():
    return ma.read_media_audit()


@pytest.fixture(scope="module")
def docs():
    return ma.media_documents()


def test_media_audit_precision_does_not_drop(audit):
    expected = yaml.safe_load((v.validation_dir() / "expected.yaml").read_text(encoding="utf-8"))
    tol = expected["tolerance"]
    current = audit[v.still_matched(audit)]
    table = ma.media_audit_table(current, rates=False).set_index("category")
    bad = []
    for cat, floors in expected["media_audit_precision"].items():
        for group, want in floors.items():
            got = float(table.loc[cat, f"{group}_precision"])
            if math.isnan(got) or got < want - tol:
                bad.append(f"{cat}/{group}: {got:.4f} < {want}")
    assert not bad, "; ".join(bad)


def test_sample_is_out_of_the_tuning_documents_and_in_the_audited_groups(audit, docs):
    d = audit.merge(
        docs[["dataset", "doc_id", "outlet", "outlet_group", "url"]],
        on=["dataset", "doc_id"],
        how="left",
        suffixes=("", "_doc"),
    )
    assert d["outlet"].notna().all(), "a judged row's document is not an audited full text"
    assert (d["outlet_group"] == d["outlet_group_doc"]).all()
    assert "NYT" not in set(d["outlet"])
    tuned = ma.tuning_urls()
    assert not any(ma.normalize_url(u) in tuned for u in d["url"])
    # the judged rows are spans of their documents and exclude the earlier audit's rows
    texts = dict(zip(zip(docs["dataset"], docs["doc_id"], strict=True), docs["text"], strict=True))
    assert all(
        0 <= s < e <= len(texts[(ds, di)])
        for ds, di, s, e in zip(d["dataset"], d["doc_id"], d["start"], d["end"], strict=True)
    )
    old = v.read_audit()
    assert not set(zip(old["dataset"], old["doc_id"], old["start"], old["end"], strict=True)) & set(
        zip(audit["dataset"], audit["doc_id"], audit["start"], audit["end"], strict=True)
    )
    sizes = audit.groupby(["category", "outlet_group"]).size()
    assert len(sizes) == len(ma.CATEGORIES) * len(ma.GROUPS)
    # full cells, except where the draw took the whole stratum: only 7 Western cold_war matches
    # (round 21) were left in documents no earlier round showed for cold_war (docs/validation.md
    # section 85), 28 Western scare quotes in documents no media round showed for them
    # (round 12), and 6 RT and 15 China Daily scare quotes (round 23, section 114)
    short = sizes[sizes != ma.N_PER_CELL]
    assert short.to_dict() == {
        ("cold_war", "western"): 7,
        ("scare_quote", "rt"): 6,
        ("scare_quote", "western"): 28,
        ("scare_quote", "china_daily"): 15,
    }


@pytest.mark.parametrize("spec", ma.ROUNDS[1:], ids=lambda r: f"round{r.number}")
def test_a_later_round_shows_no_document_an_earlier_audit_showed(spec):
    """No document an earlier round showed; for a round's ``fresh_per_category``, no document an
    earlier round showed for that category or the attribution audit showed."""
    df = ma.read_media_audit(round_=spec.number)
    for cat, rows in df.groupby("category"):
        shown = set(zip(rows["dataset"], rows["doc_id"], strict=True))
        assert not shown & ma.round_exclusions(spec, cat), cat
        if cat not in spec.fresh_per_category:
            assert not shown & ma.earlier_documents(spec.number)


def test_rates_count_what_the_sample_is_drawn_from(docs):
    """The per-1k rates come from the scored corpora (``framing.score`` through the cache), the
    sample from the match table (``analyze(text).matches`` and its scare quotes): on every 60th
    document both must count the same matches of every audited category."""
    from framing.engine.analysis import analyze

    some = docs.iloc[::60].reset_index(drop=True)
    scores = ma.media_scores(some).set_index("doc_id")
    for doc_id, text in zip(some["doc_id"], some["text"], strict=True):
        a = analyze(text)
        counts = a.matches["category"].value_counts()
        for cat in ma.CATEGORIES:
            got = (
                int(a.quotes["is_scare_quote"].sum())
                if cat == v.SCARE_QUOTE
                else counts.get(cat, 0)
            )
            assert int(scores.loc[doc_id, f"{cat}_count"]) == int(got), (doc_id, cat)
