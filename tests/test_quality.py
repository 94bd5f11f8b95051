"""Quality floors: every finding, scored on fixed sets, stays at or above the figure it had when its floor was set.

The sets and the scorers are the benchmarks' own (bench/floors.py): the news corpus's tune half, a fixed slice of
PolNeAR dev, and the annotated PolNeAR and seed sets of the people and sanctions benches. The floors
(tests/quality_floors.json) are figures measured on main minus 0.01; `bench/floors.py --raise` ratchets them up
when a change raises a figure, and nothing lowers them.
"""

from __future__ import annotations

import importlib.util

import pytest

from locations import REPO

FLOORS_SCRIPT = REPO / "bench" / "floors.py"


def load_floors_module():
    spec = importlib.util.spec_from_file_location("bench_floors", FLOORS_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FLOORS = load_floors_module()
CASES = [(name, metric, floor) for name, metrics in FLOORS.load_floors().items() for metric, floor in metrics.items()]


@pytest.fixture(scope="module")
def figures():
    return FLOORS.figures()


def test_every_set_has_floors():
    names = {name for name, _, _ in CASES}
    assert {"news tune quotes", "news tune people", "news tune sanctions"} <= names
    assert any(name.startswith("polnear") for name in names)


@pytest.mark.parametrize(("name", "metric", "floor"), CASES, ids=[f"{n}: {m}" for n, m, _ in CASES])
def test_figure_stays_above_its_floor(figures, name, metric, floor):
    assert figures[name][metric] >= floor, f"{name} {metric} fell to {figures[name][metric]:.3f} (floor {floor})"
