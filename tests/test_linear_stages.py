"""Every stage's work grows linearly with the article, whatever its shape (property-based).

Work is counted, not timed: the Python lines each stage executes (sys.settrace), the same on a loaded machine as on
an idle one. At 4x the input a linear stage does 4x the lines plus a constant; a stage that scans back from every
mark, word or name over the paragraph or document does 16x. The bound, 4.5x plus a small constant, leaves room for
an n log n sort or bisection and nothing quadratic. The shapes are tests/hostile_articles.py, alone and in pairs.
Compiled code is not counted (a C loop inside one spaCy call, such as Token.sent walking its sentence): the
timings of bench/hostile.py cover it.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_articles import SHAPES
from stage_work import LineCounter, work_by_stage

GROWTH = 4.5
CONSTANT_LINES = 2_000  # word lists, matchers and per-document set-up, paid once whatever the size
SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def article(shapes: list[str], n: int) -> str:
    return "\n".join(SHAPES[shape](n) for shape in shapes)


def assert_linear(nlp, shapes: list[str], n: int) -> None:
    small, large = work_by_stage(nlp, article(shapes, n)), work_by_stage(nlp, article(shapes, 4 * n))
    for stage, lines in large.items():
        assert lines <= GROWTH * small[stage] + CONSTANT_LINES, \
            f"{stage} on {shapes}: {small[stage]} lines at n={n}, {lines} at 4n ({lines / max(small[stage], 1):.1f}x)"


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_stage_grows_linearly_on_each_shape(nlp, shape):
    assert_linear(nlp, [shape], 30)


@SLOW
@given(shapes=st.lists(st.sampled_from(sorted(SHAPES)), min_size=1, max_size=2, unique=True), n=st.integers(12, 30))
def test_every_stage_grows_linearly_on_mixed_shapes_and_sizes(nlp, shapes, n):
    assert_linear(nlp, shapes, n)


def test_the_counter_sees_a_quadratic_stage(nlp):
    """The suite's own check: a stage that scans back over everything before each word fails the bound."""
    def quadratic(words):
        return sum(1 for i in range(len(words)) for _ in words[:i])

    counts = []
    for size in (30, 120):
        counter = LineCounter()
        with counter.stage("scan"):
            quadratic(["word"] * size)
        counts.append(counter.lines["scan"])
    assert counts[1] > GROWTH * counts[0] + CONSTANT_LINES
