"""The worked numbers and defaults of docs/statistics.md, recomputed from the code.

Each check reads the number from the page (whitespace normalised, so a rewrapped line still
matches) and compares it with what ``framing.stats`` computes, so an edit that states a wrong
value, or a code change that moves one, fails here. The corpus numbers (UNGD keyness) are in
``tests/stats/test_keyness_ungd.py``.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from framing.engine.language import ENGLISH_FUNCTION_WORDS
from framing.present.compare_summary import MIN_EXPLAINED
from framing.stats import MIN_DOC_TOKENS
from framing.stats.groups import DELTA_THRESHOLDS, group_summary, pairwise_tests
from framing.stats.intervals import article_rate_intervals, poisson_interval, wilson
from framing.stats.keyness import DEFAULT_PRIOR_SCALE, g2_2x2
from framing.stats.lengthmatch import length_matched
from framing.stats.ranks import MAD_SCALE, MEANAD_SCALE
from framing.stats.validation import EXPLORATORY_BELOW

DOC = Path(__file__).resolve().parents[1] / "docs" / "statistics.md"


@pytest.fixture(scope="module")
def text() -> str:
    return " ".join(DOC.read_text(encoding="utf-8").split())


def found(text: str, pattern: str) -> tuple[str, ...]:
    """The groups of ``pattern`` in the page; fails when the page no longer says it."""
    m = re.search(pattern, text)
    assert m, f"docs/statistics.md no longer matches {pattern!r}"
    return m.groups()


def default(func, name: str):
    return inspect.signature(func).parameters[name].default


def test_garwood_known_values(text):
    k0, lo5, hi5 = map(
        float, found(text, r"`k = 0 → \[0, ([\d.]+)\]`, `k = 5 → \[([\d.]+), ([\d.]+)\]`")
    )
    lo, hi = poisson_interval([0, 5])
    assert (lo[0], hi[0]) == (0.0, pytest.approx(k0, abs=5e-4))
    assert (lo[1], hi[1]) == (pytest.approx(lo5, abs=5e-5), pytest.approx(hi5, abs=5e-5))


def test_sentence_left_out_probability(text):
    n, share = found(text, r"`\(1 − 1/(\d+)\)\^\d+ ≈ ([\d.]+)`")
    assert (1 - 1 / int(n)) ** int(n) == pytest.approx(float(share), abs=0.005)


def test_williams_worked_example(text):
    uses, e, q, uses2, e2, q2 = found(
        text,
        r"a word used (\d+) times in all has `E = ([\d.]+)` and `q ≈ ([\d.]+)`, "
        r"and one used (\d+) times `E = ([\d.]+)` and `q ≈ ([\d.]+)`",
    )
    n1, n2 = 729, 405_979  # the article and UNGD 2022, as the page says
    assert found(text, r"the (\d+)-word article against ([\d,]+) UN words") == ("729", "406,000")
    for total, e_doc, q_doc in ((uses, e, q), (uses2, e2, q2)):
        total = int(total)
        assert n1 * total / (n1 + n2) == pytest.approx(float(e_doc), abs=0.005)
        # q is the ratio of plain to corrected G² (for any split of the uses)
        ratio = g2_2x2(1, total - 1, n1, n2) / g2_2x2(1, total - 1, n1, n2, williams=True)
        assert float(ratio) == pytest.approx(float(q_doc), rel=0.06)


def test_wilson_beside_a_collapsed_bootstrap(text):
    k, n, lo, hi = found(text, r"\((\d+) of (\d+) gives 1\.00–1\.00; Wilson ([\d.]+)–([\d.]+)\)")
    got = wilson(int(k), int(n))
    assert got == (pytest.approx(float(lo), abs=0.005), pytest.approx(float(hi), abs=0.005))


def test_romano_thresholds(text):
    neg, small, medium = found(
        text, r"\|δ\| < ([\d.]+) negligible, < ([\d.]+) small, < ([\d.]+) medium, else large"
    )
    assert tuple(b for b, _ in DELTA_THRESHOLDS) == (float(neg), float(small), float(medium))


def test_scales_and_constants(text):
    assert float(found(text, r"`s = ([\d.]+) · MAD`")[0]) == MAD_SCALE
    assert float(found(text, r"`\(x − median\) / \(([\d.]+) · MAD\)`")[0]) == MAD_SCALE
    assert float(found(text, r"`s = ([\d.]+) · mean \|x − median\|`")[0]) == pytest.approx(
        MEANAD_SCALE, abs=5e-5
    )
    assert int(found(text, r"`framing\.stats\.MIN_DOC_TOKENS` = (\d+)")[0]) == MIN_DOC_TOKENS
    assert float(found(text, r"a category below \*\*([\d.]+)\*\* \(`EXPLORATORY_BELOW`\)")[0]) == (
        EXPLORATORY_BELOW
    )
    assert int(found(text, r"any of the (\d+) English function words")[0]) == len(
        ENGLISH_FUNCTION_WORDS
    )
    pct = float(found(text, r"explains less than (\d+)% of the variance")[0])
    assert pct / 100 == MIN_EXPLAINED


def test_defaults(text):
    assert int(found(text, r"\(`n_boot` (\d+), seeded\)")[0]) == default(
        article_rate_intervals, "n_boot"
    )
    assert (
        default(article_rate_intervals, "method")
        == found(text, r"\(`method=\"(\w+)\"`\) is the bootstrap interval widened")[0]
    )
    size = int(found(text, r"fewer than `min_group_size` \(default (\d+)\)")[0])
    assert (
        size
        == default(group_summary, "min_group_size")
        == default(pairwise_tests, "min_group_size")
    )
    tol, seed = found(text, r"`length_matched\(docs, target, tolerance=([\d.]+), seed=(\d+)\)`")
    assert (float(tol), int(seed)) == (
        default(length_matched, "tolerance"),
        default(length_matched, "seed"),
    )
    assert int(found(text, r"`α_0 = prior_scale` defaults to \*\*(\d+) pseudo-tokens\*\*")[0]) == (
        DEFAULT_PRIOR_SCALE
    )
