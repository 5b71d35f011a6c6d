"""Colour arithmetic for accessibility checks: WCAG 2.1 relative luminance and contrast ratio,
alpha compositing, same-hue darkening to a contrast, and colour-vision-deficiency simulation
(Machado, Oliveira & Fernandes 2009, severity 1, on linear RGB) with CIE76 distances.

Colours are ``#RRGGBB`` or ``#RRGGBBAA`` strings, RGB(A) tuples in 0-1, or anything else
:func:`matplotlib.colors.to_rgba` reads (``"white"``; matplotlib is loaded only then).
"""

from __future__ import annotations

import math
import re

import numpy as np

#: Minimum contrast of normal text (WCAG 2.1 SC 1.4.3, level AA).
TEXT_MIN = 4.5

#: Minimum contrast of large text (18 pt, or 14 pt bold) and of graphics that carry meaning
#: (SC 1.4.3 and 1.4.11).
LARGE_MIN = 3.0

#: Machado et al. (2009) simulation matrices, severity 1.0, applied to linear RGB.
CVD_MATRICES = {
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
    "tritanopia": np.array(
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ]
    ),
}


_HEX = re.compile(r"#([0-9A-Fa-f]{6})([0-9A-Fa-f]{2})?\Z")


def to_rgba(colour) -> tuple[float, float, float, float]:
    """``(r, g, b, a)`` in 0-1 of a colour."""
    m = _HEX.match(colour) if isinstance(colour, str) else None
    if m:
        h = m.group(1) + (m.group(2) or "ff")
        r, g, b, a = (int(h[i : i + 2], 16) / 255 for i in (0, 2, 4, 6))
        return r, g, b, a
    if isinstance(colour, tuple | list | np.ndarray) and len(colour) in (3, 4):
        r, g, b, *rest = (float(x) for x in colour)
        return r, g, b, rest[0] if rest else 1.0
    from matplotlib.colors import to_rgba as mpl_rgba  # a named colour: "white", "C0"

    r, g, b, a = mpl_rgba(colour)
    return r, g, b, a


def to_rgb(colour) -> tuple[float, float, float]:
    """``(r, g, b)`` in 0-1 of a colour (its alpha dropped)."""
    return to_rgba(colour)[:3]


def to_hex(rgb) -> str:
    """``#rrggbb`` of an RGB triple in 0-1 (rounded to 8 bits)."""
    return "#" + "".join(f"{round(float(np.clip(x, 0, 1)) * 255):02x}" for x in rgb[:3])


def linear_rgb(colour) -> np.ndarray:
    """Linear-light RGB (0-1) of an sRGB colour (the WCAG 2.1 transfer, threshold 0.04045)."""
    c = np.asarray(to_rgb(colour), dtype=float)
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def luminance(colour) -> float:
    """WCAG 2.1 relative luminance: 0 for black, 1 for white."""
    return float(np.dot([0.2126, 0.7152, 0.0722], linear_rgb(colour)))


def contrast_ratio(a, b="white") -> float:
    """WCAG 2.1 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def composite(colour, background="white", alpha: float | None = None) -> str:
    """The opaque colour seen when ``colour`` (its own alpha, or ``alpha``) is painted over
    ``background`` (sRGB values blended, as browsers and matplotlib's Agg do)."""
    r, g, b, a = to_rgba(colour)
    a = a if alpha is None else alpha
    bg = np.asarray(to_rgb(background))
    return to_hex(a * np.array([r, g, b]) + (1 - a) * bg)


def darkened(colour, ratio: float = LARGE_MIN, background="white") -> str:
    """``colour`` itself if it has ``ratio`` against ``background``, else the same hue and
    chromaticity with less light (linear RGB scaled towards black) until it has."""
    if contrast_ratio(colour, background) >= ratio:
        return to_hex(to_rgb(colour))
    lin = linear_rgb(colour)
    y = float(np.dot([0.2126, 0.7152, 0.0722], lin))
    k = (((luminance(background) + 0.05) / ratio) - 0.05) / y if y > 0 else 0.0
    while True:
        s = np.clip(lin * max(k, 0.0), 0, 1)
        rgb = np.where(s <= 0.0031308, 12.92 * s, 1.055 * s ** (1 / 2.4) - 0.055)
        out = to_hex(np.round(rgb * 255) / 255)
        if contrast_ratio(out, background) >= ratio or k <= 0:
            return out
        k -= 0.005  # rounding to 8 bits can leave it a hair short


def readable_on(background) -> str:
    """Black or white, whichever contrasts more with ``background`` (at least 4.58:1)."""
    black, white = (contrast_ratio(c, background) for c in ("#000000", "#FFFFFF"))
    return "#000000" if black >= white else "#FFFFFF"


def simulate(colour, vision: str) -> np.ndarray:
    """Linear RGB of ``colour`` as seen with ``vision`` (a key of :data:`CVD_MATRICES`)."""
    return np.clip(CVD_MATRICES[vision] @ linear_rgb(colour), 0, 1)


def lab(linear: np.ndarray) -> tuple[float, float, float]:
    """CIELAB (D65) of a linear-RGB colour."""
    xyz = np.array(
        [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
    ) @ np.clip(linear, 0, 1)
    f = [
        t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29
        for t in xyz / np.array([0.95047, 1.0, 1.08883])
    ]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def delta_e(a, b, vision: str | None = None) -> float:
    """CIE76 distance of two colours, as seen with ``vision`` (None: normal vision)."""
    la, lb = (linear_rgb(c) if vision is None else simulate(c, vision) for c in (a, b))
    return math.dist(lab(la), lab(lb))
