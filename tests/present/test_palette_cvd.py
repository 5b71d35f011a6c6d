"""The groups a line chart tells apart by colour (its legend, not row labels) stay apart for
readers with protanopia or deuteranopia: simulated with the Machado, Oliveira & Fernandes (2009)
matrices (severity 1, linear RGB), every pair differs by at least :data:`MIN_DELTA_E` (CIE76)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from framing.present import style

MIN_DELTA_E = 20.0

SIMULATE = {
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
}

#: The groups drawn as lines told apart by the legend: notebook 02's weekly headlines and
#: notebook 05's monthly sources.
LEGEND_SETS = {
    "headline outlets": ["Global Times", "China Daily", "CGTN", "Xinhua", "BBC"],
    "official sources": ["Kremlin", "President of Ukraine", "White House"],
}


def _linear(hex_colour: str) -> np.ndarray:
    c = np.array([int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _lab(linear: np.ndarray) -> tuple[float, float, float]:
    xyz = np.array(
        [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
    ) @ np.clip(linear, 0, 1)
    f = [
        t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29
        for t in xyz / np.array([0.95047, 1.0, 1.08883])
    ]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


@pytest.mark.parametrize("vision", sorted(SIMULATE))
@pytest.mark.parametrize("name", sorted(LEGEND_SETS))
def test_legend_colours_stay_apart_with_colour_blindness(name, vision):
    colours = {g: style.group_style(g)[0] for g in LEGEND_SETS[name]}
    seen = {g: _lab(SIMULATE[vision] @ _linear(c)) for g, c in colours.items()}
    close = [
        (a, b, round(math.dist(seen[a], seen[b]), 1))
        for a, b in itertools.combinations(seen, 2)
        if math.dist(seen[a], seen[b]) < MIN_DELTA_E
    ]
    assert not close, f"{name} under {vision}: {close}"
