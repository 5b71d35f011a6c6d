"""Fixtures of the presentation tests: a small real analysis for the HTML report."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from framing.engine.analysis import analyze
from framing.engine.lexicon import load_lexicon
from framing.present.report import render_report

TEXT = (
    'The US <b>"hegemony"</b> & NATO may perhaps not "help" Europe. '
    "It is not hegemony that NATO may help."
)  # "not hegemony": a negated frame match (actors like NATO are never negated)


LEXICON_FILES = {
    "actor.yaml": """id: actor
label: Actors
definition: Actors named in the text.
kind: actor
subcategories: {usa: United States, nato: NATO}
entries:
  - {term: US, case_sensitive: true, subcategory: usa}
  - {term: NATO, subcategory: nato}
""",
    "hegemony.yaml": """id: hegemony
label: Hegemony
definition: Hegemony vocabulary.
kind: frame
entries:
  - term: hegemony
""",
    "hedge.yaml": """id: hedge
label: Hedges
definition: Hedges.
kind: stance
subcategories: {epistemic_modal: modal verbs, adverb: adverbs}
entries:
  - {term: may, subcategory: epistemic_modal}
  - {term: may perhaps, subcategory: adverb}
""",
    "west_us_frame.yaml": """id: west_us_frame
label: West/US frame
definition: A match that crosses into markup-like text.
kind: frame
entries:
  - {regex: 'US <b', case_sensitive: true}
""",
}


@pytest.fixture(scope="session")
def analysis(tmp_path_factory):
    """A real analysis of TEXT with a small real lexicon (the engine's own columns and types)."""
    d = tmp_path_factory.mktemp("lex")
    for name, body in LEXICON_FILES.items():
        (d / name).write_text(body, encoding="utf-8")
    return analyze(TEXT, load_lexicon([d], include_builtin=False))


ARTICLE = SimpleNamespace(
    title="Trust <between> & China",
    outlet="Global Times",
    section="opinion",
    date="2022-03-24",
    byline=None,
)


@pytest.fixture(scope="session")
def page(analysis) -> str:
    return render_report(ARTICLE, analysis)
