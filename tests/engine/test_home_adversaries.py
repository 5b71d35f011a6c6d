"""The home's adversary described (``METRICS_VERSION`` 72, ``home_adversaries`` in
``cues/attribution.yaml``): in the Ukrainian presidency's text "the occupiers", "the invaders",
"the aggressor" and "the enemy" are Russia's, for voice, source and target; not in another
home's text, not beside an actor word (one chunk), and no actor mention in the metrics.
Sentences of our own; the whole pipeline."""

from __future__ import annotations

import pytest

import framing
from framing.engine.cues import load_cues

LEDE = "President of Ukraine Volodymyr Zelenskyy spoke. "
CASES = [
    # text, home, matched text, (voice, source, target)
    ("The occupiers brutally shelled the city of Kharkiv.", "ukraine", "brutally",
     ("author", "", "russia")),
    ("The enemy continues its barbaric shelling of civilian infrastructure.", "ukraine",
     "barbaric", ("author", "", "russia")),
    ("The invaders claim that the attack was probably staged.", "ukraine", "probably",
     ("reported", "russia", "")),
    ("Russian occupiers brutally shelled the city.", "ukraine", "brutally",
     ("author", "", "russia")),
    # another home: no adversary read from a description
    ("The occupiers brutally shelled the city of Kharkiv.", "russia", "brutally",
     ("author", "", "")),
    ("The occupiers brutally shelled the city of Kharkiv.", "", "brutally", ("author", "", "")),
    # a word that merely contains a description is none
    ("The enemyless plains were brutally cold.", "ukraine", "brutally", ("author", "", "")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "home", "matched", "expected"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_adversary_descriptions(text, home, matched, expected):
    m = framing.analyze(LEDE + text, home=home).matches
    row = m[m["matched_text"] == matched].iloc[0]
    assert (row["voice"], row["source"], row["target"]) == expected


def test_descriptions_are_no_actor_mentions():
    text = LEDE + "The occupiers brutally shelled the city of Kharkiv."
    with_home = framing.analyze(text, home="ukraine").metrics
    assert with_home["russia_count"] == framing.analyze(text).metrics["russia_count"] == 0


def test_the_table_is_data():
    table = {(h, a): phrases for h, a, phrases in load_cues().home_adversaries}
    assert {"occupiers", "the aggressor"} - set(table["ukraine", "russia"]) == {"the aggressor"}
    assert all(p == p.lower() for phrases in table.values() for p in phrases)
