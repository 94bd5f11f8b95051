"""The highlight palette stays tellable apart: bench/palette.py's targets hold for shared/categories.json."""

from __future__ import annotations

import importlib.util
import itertools
import json

import pytest

from locations import REPO

spec = importlib.util.spec_from_file_location("palette", REPO / "bench" / "palette.py")
palette = importlib.util.module_from_spec(spec)
spec.loader.exec_module(palette)
CATEGORIES = json.loads((REPO / "shared" / "categories.json").read_text(encoding="utf-8"))["categories"]


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("vision", palette.VISIONS)
def test_every_pair_of_fills_is_far_enough_apart(theme, vision):
    fills, _ = palette.palette(CATEGORIES, theme)
    for a, b in itertools.combinations(fills, 2):
        assert palette.difference(fills[a], fills[b], vision) >= palette.target_of((a, b)), (a, b)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_stays_readable_and_lines_visible(theme):
    fills, lines = palette.palette(CATEGORIES, theme)
    colours = palette.PAGES[theme]
    for category, fill in fills.items():
        assert palette.contrast(colours["text"], fill) >= palette.TEXT_CONTRAST, category
        assert palette.contrast(lines[category], colours["page"]) >= palette.LINE_CONTRAST, category


@pytest.mark.parametrize("first, second, expected", [
    # Reference pairs from Sharma, Wu and Dalal (2005), table 1 (CIELAB input).
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
])
def test_colour_difference_matches_the_published_values(first, second, expected):
    assert palette.ciede2000(first, second) == pytest.approx(expected, abs=1e-4)


def test_the_old_palette_fails_where_readers_said_it_did():
    # Negative case: speakers and officials were nearly the same colour for colour-blind readers.
    assert palette.difference(palette.BASELINE["light"]["speaker"], palette.BASELINE["light"]["official"], "deuteranopia") < 5
