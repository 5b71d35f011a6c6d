"""Version 144: US state and city officials speak for the US like Russian and Ukrainian regional
officials for theirs (``state_regions``' ``west_us`` places and ``title_only`` "Gov."), with the
near misses the rule must leave alone: former governors, Georgia's (the country's) governor, a
governor of another country's region."""

from __future__ import annotations

import pytest

from framing.engine.cues import load_cues
from framing.engine.names import _regional_officials
from tests._lex import only_match

US = "west_us"
CASES = [
    ("Texas Governor Greg Abbott said the border was probably open.", US),
    ("Gov. Kathy Hochul warned that the storm would probably hit.", US),
    # "TITLE of PLACE, NAME", then the surname alone in a later sentence
    (
        "The mayor of Chicago, Lori Lightfoot, said the plan would fail. Lightfoot added that it "
        "was probably a disaster.",
        US,
    ),
    ("New Mexico Governor Michelle Lujan Grisham said it would probably fail.", US),
    ("Georgia Gov. Brian Kemp said it would probably fail.", US),
    ("Republican Gov. Greg Abbott said it would probably fail.", US),
    ("New York Lt. Gov. Antonio Delgado said it would probably fail.", US),
    # near misses. A former governor speaks for no state
    ("Former Texas Governor Rick Perry said it would probably fail.", ""),
    ("Former Gov. Rick Perry said it would probably fail.", ""),
    # "Georgia" alone may be the country: no US place
    ("Georgia's governor, Brian Kemp, said it would probably fail.", ""),
    # a governor of a region of neither the US, Russia nor Ukraine
    ("The governor of Tokyo, Yuriko Koike, said it would probably fail.", ""),
    ("Tokyo Gov. Yuriko Koike said it would probably fail.", ""),
    # a place's name as a first name
    ("Virginia Foxx said it would probably fail.", ""),
    # a Russian governor keeps his state
    ("Belgorod Governor Vyacheslav Gladkov said it would probably fail.", "russia"),
]


@pytest.mark.parametrize(("text", "source"), CASES)
def test_us_state_and_city_officials_speak_for_the_us(text, source):
    row = only_match(text, "probably")
    assert (row["voice"], row["source"]) == ("reported", source)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gov. Kathy Hochul warned", [(["Kathy", "Hochul"], "west_us")]),
        ("said Texas Gov. Greg Abbott", [(["Greg", "Abbott"], "west_us")]),
        ("Tokyo Gov. Yuriko Koike said", []),
        ("the ex-Gov. Andrew Cuomo said", []),
    ],
)
def test_the_name_bank_reads_abbreviated_governors(text, found):
    assert _regional_officials(text, load_cues()) == found
