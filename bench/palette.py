"""Palette bench: can readers tell the highlight categories apart? For the light and the dark palette of
shared/categories.json, print the smallest pairwise colour difference (CIEDE2000) of the fills under normal
vision, deuteranopia and protanopia, and each highlight's contrast against the page, beside the palette this
project shipped before (the baseline).

Colour-vision simulation: Machado, Oliveira and Fernandes (2009), severity 1.0 matrices, applied in linear sRGB.
Colour difference: CIEDE2000 (Sharma, Wu and Dalal 2005), in CIELAB under D65.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATEGORIES = REPO / "shared" / "categories.json"

# The page backgrounds each palette is painted on, and the text colour read on top of the fills.
PAGES = {"light": {"page": "#ffffff", "text": "#000000"}, "dark": {"page": "#121212", "text": "#ffffff"}}
# Targets (issue 19): every pair ≥ 20 apart; reported speech, a lighter shade of the quote colour by design, ≥ 10
# from it (its dotted underline tells it apart). Text on a fill must stay readable: WCAG AA, 4.5:1.
PAIR_TARGET = 20.0
SHADE_PAIRS = {frozenset({"quote", "reported"}): 10.0}
TEXT_CONTRAST = 4.5
LINE_CONTRAST = 3.0  # WCAG 1.4.11 non-text contrast: the underline is what marks a highlight without colour

# The palette shipped in 0.1.0, before this bench existed.
BASELINE = {
    "light": {"quote": "#fde68a", "reported": "#fef3c7", "speaker": "#bfdbfe", "official": "#c7d2fe", "sanction": "#fecaca"},
    "dark": {"quote": "#7c5e10", "reported": "#5b4a1c", "speaker": "#1e3a8a", "official": "#3730a3", "sanction": "#7f1d1d"},
}

MACHADO = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
}
VISIONS = ("normal", "deuteranopia", "protanopia")


def hex_rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))


def to_linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def to_srgb(c: float) -> float:
    c = min(1.0, max(0.0, c))
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def simulate(colour: str, vision: str) -> tuple[float, float, float]:
    """Return the linear RGB a reader with `vision` perceives for an sRGB colour."""
    linear = [to_linear(c) for c in hex_rgb(colour)]
    if vision == "normal":
        return tuple(linear)
    matrix = MACHADO[vision]
    return tuple(min(1.0, max(0.0, sum(row[i] * linear[i] for i in range(3)))) for row in matrix)


def lab(linear: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = linear
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116  # noqa: E731
    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1, lab2) -> float:
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2p - h1p
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    d_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((dl / s_l) ** 2 + (dc / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (dc / s_c) * (d_h / s_h))


def difference(colour1: str, colour2: str, vision: str) -> float:
    return ciede2000(lab(simulate(colour1, vision)), lab(simulate(colour2, vision)))


def luminance(colour: str) -> float:
    r, g, b = (to_linear(c) for c in hex_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(colour1: str, colour2: str) -> float:
    high, low = sorted((luminance(colour1), luminance(colour2)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def target_of(pair: tuple[str, str]) -> float:
    return SHADE_PAIRS.get(frozenset(pair), PAIR_TARGET)


def worst_pairs(fills: dict[str, str]) -> dict[str, tuple[float, tuple[str, str]]]:
    """Per vision, the pair with the smallest difference relative to its target: (ΔE, pair)."""
    worst = {}
    for vision in VISIONS:
        scored = [(difference(fills[a], fills[b], vision), (a, b)) for a, b in itertools.combinations(fills, 2)]
        worst[vision] = min(scored, key=lambda item: item[0] / target_of(item[1]))
    return worst


def palette(categories: list[dict], theme: str) -> tuple[dict[str, str], dict[str, str]]:
    fill_key, line_key = ("color", "line_color") if theme == "light" else ("dark_color", "dark_line_color")
    fills = {c["id"]: c[fill_key] for c in categories}
    lines = {c["id"]: c.get(line_key, PAGES[theme]["text"]) for c in categories}
    return fills, lines


def report(categories: list[dict]) -> bool:
    met = True
    print("Minimum pairwise CIEDE2000 of the highlight fills (target ≥ 20; quote/reported ≥ 10), baseline = 0.1.0 palette")
    print(f"{'theme':6} {'vision':13} {'ours':>6}  {'worst pair':22} {'baseline':>8}  {'worst pair':22}")
    for theme in PAGES:
        fills, _ = palette(categories, theme)
        ours, base = worst_pairs(fills), worst_pairs(BASELINE[theme])
        for vision in VISIONS:
            (value, pair), (base_value, base_pair) = ours[vision], base[vision]
            met &= value >= target_of(pair)
            print(f"{theme:6} {vision:13} {value:6.1f}  {'/'.join(pair):22} {base_value:8.1f}  {'/'.join(base_pair):22}")
        shade = {vision: difference(fills["quote"], fills["reported"], vision) for vision in VISIONS}
        print(f"{theme:6} quote/reported: " + ", ".join(f"{v} {d:.1f}" for v, d in shade.items()))
    print()
    print("Contrast ratios (WCAG): fill against the page, text on the fill (≥ 4.5), underline against the page (≥ 3)")
    print("(ΔE page: CIEDE2000 of the fill from the page, the worst of the three visions)")
    print(f"{'theme':6} {'category':9} {'fill':8} {'fill/page':>9} {'base':>5} {'ΔE page':>7} {'base':>5} {'text/fill':>9} {'line':8} {'line/page':>9}")
    for theme, colours in PAGES.items():
        fills, lines = palette(categories, theme)
        for category, fill in fills.items():
            text = contrast(colours["text"], fill)
            line = contrast(lines[category], colours["page"])
            met &= text >= TEXT_CONTRAST and line >= LINE_CONTRAST
            seen = min(difference(fill, colours["page"], vision) for vision in VISIONS)
            base_seen = min(difference(BASELINE[theme][category], colours["page"], vision) for vision in VISIONS)
            print(f"{theme:6} {category:9} {fill:8} {contrast(fill, colours['page']):9.2f} "
                  f"{contrast(BASELINE[theme][category], colours['page']):5.2f} {seen:7.1f} {base_seen:5.1f} "
                  f"{text:9.2f} {lines[category]:8} {line:9.2f}")
    print()
    print("all targets met" if met else "TARGETS NOT MET")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--categories", type=Path, default=CATEGORIES)
    args = parser.parse_args(argv)
    categories = json.loads(args.categories.read_text(encoding="utf-8"))["categories"]
    return 0 if report(categories) else 1


if __name__ == "__main__":
    sys.exit(main())
