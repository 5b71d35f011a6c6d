"""Strata of an attribution round: the matches whose sentence has a property, a predicate on
the sentence's text that is independent of the rules' own values.

``second_person`` (round 68): a sentence in which "you" (or "y'all", "you'd", "you'll",
"you're", "you've") stands at most two words before a verb of the generic-"you" lists of
``cues/attribution.yaml`` (``generic_you_verbs``, ``generic_you_beliefs``): the domain of
version 97's rule, the matches it changes and those it leaves alone, read by case-insensitive
regular expression on the sentence only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from framing.engine.cues import load_cues


@lru_cache(maxsize=1)
def _second_person_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(load_cues().generic_you_words))
    return re.compile(
        r"(?<![\w'’])(?:you|y['’]all)(?:['’](?:d|ll|re|ve))?(?:\s+[\w'’]+){0,2}?\s+"
        rf"(?:{verbs})\b",
        re.IGNORECASE,
    )


def second_person(sentence: str) -> bool:
    """Whether ``sentence`` has "you" at most two words before a generic-"you" verb.

    >>> second_person("If you think you might be eligible, call."), second_person("We think.")
    (True, False)
    >>> second_person("Y'all really think I'm kidding?"), second_person("youth know")
    (True, False)
    """
    return _second_person_pattern().search(sentence) is not None


#: stratum name -> predicate on a match's sentence (``AttributionRound.stratum``)
STRATA: dict[str, Callable[[str], bool]] = {"second_person": second_person}
