"""The groups a line chart tells apart by colour (its legend, not row labels) stay apart for
readers with protanopia or deuteranopia: simulated with the Machado, Oliveira & Fernandes (2009)
matrices (severity 1, linear RGB; :mod:`framing.present.contrast`), every pair differs by at
least :data:`MIN_DELTA_E` (CIE76). Tritanopia: tests/present/test_figure_accessibility.py."""

from __future__ import annotations

import itertools

import pytest

from framing.present import style
from framing.present.contrast import delta_e

MIN_DELTA_E = 20.0

#: The groups drawn as lines told apart by the legend: notebook 02's weekly headlines and
#: notebook 05's monthly sources.
LEGEND_SETS = {
    "headline outlets": ["Global Times", "China Daily", "CGTN", "Xinhua", "BBC"],
    "official sources": ["Kremlin", "President of Ukraine", "White House"],
}


@pytest.mark.parametrize("vision", ["deuteranopia", "protanopia"])
@pytest.mark.parametrize("name", sorted(LEGEND_SETS))
def test_legend_colours_stay_apart_with_colour_blindness(name, vision):
    colours = {g: style.group_style(g)[0] for g in LEGEND_SETS[name]}
    close = [
        (a, b, round(delta_e(colours[a], colours[b], vision), 1))
        for a, b in itertools.combinations(colours, 2)
        if delta_e(colours[a], colours[b], vision) < MIN_DELTA_E
    ]
    assert not close, f"{name} under {vision}: {close}"
