"""Every stage's work grows linearly with the article, whatever its shape (property-based).

Work is counted, not timed: the Python lines each stage executes (sys.settrace), the same on a loaded machine as on
an idle one. At 4x the input a linear stage does 4x the lines plus a constant; a stage that scans back from every
mark, word or name over the paragraph or document does 16x. The bound, 4.5x plus a small constant, leaves room for
an n log n sort or bisection and nothing quadratic. The shapes are tests/hostile_articles.py, alone and in pairs.
Compiled code is not counted (a C loop inside one spaCy call, such as Token.sent walking its sentence): the last
test times it instead, as a ratio within one run (see its docstring for why that cannot flake).
"""

from __future__ import annotations

import ast
import gc
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hostile_articles import SHAPES
from locations import REPO
from stage_work import LineCounter, work_by_stage

from quotelens.model import Article
from quotelens.pipeline import Stopwatch, analyze_article, text_blocks

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


# From 14: at 12 the parser tags a third of the names of names_and_titles as people (12 mentions, 96 at 48), so the
# findings grow 8x and the work for each finding with them; from 13 on they grow 4x.
@SLOW
@example(shapes=["opening_run", "measure_words"], n=30)  # a verb with hundreds of children governs every measure
@example(shapes=["bodies_and_titles", "body_statements"], n=30)  # each body's bare name matched against everyone
@given(shapes=st.lists(st.sampled_from(sorted(SHAPES)), min_size=1, max_size=2, unique=True), n=st.integers(14, 30))
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


# --- work inside spaCy's calls, timed as a ratio -------------------------------------------------------------------
# Token.children, lefts, rights and subtree scan the word's subtree span, Token.sent and Span.sent walk the sentence,
# Span.root climbs from each word to the root: compiled loops that the line count cannot see. In one sentence of
# hundreds of conjuncts each such call is linear in the sentence, so a finder that makes one per conjunct is
# quadratic in C while its Python lines stay linear (language/tree.py answers them from an index instead).

SPREAD = 64  # the large article is 64 times the small one: linear work grows 64x, quadratic work up to 4096x
TIME_GROWTH = 2 * SPREAD
TIME_CONSTANT_MS = 5.0  # the timer's grain and per-document set-up
# Shapes with one long sentence of conjuncts, at sizes where a walk per conjunct outweighs the Python work per
# conjunct at 64n (below a few hundred conjuncts the Python work hides it). names_and_titles from 14: below, the
# parser tags fewer of its names as people (see the mixed-shape test), and the people stage grew up to 140x by that.
COMPILED_WALK_SIZES = {"measure_words": 25, "names_and_titles": 14}


def cpu_ms_by_stage(nlp, texts: dict[int, str], rounds: int = 3) -> dict[int, dict[str, float]]:
    """Each stage's CPU time on each text, the least of ``rounds`` runs taken in turn."""
    docs = {size: (Article(title="", text=text, blocks=text_blocks(text)), nlp(text)) for size, text in texts.items()}
    best: dict[int, dict[str, float]] = {size: {} for size in docs}
    for _ in range(rounds):
        for size, (article, doc) in docs.items():
            for key in [key for key in doc.user_data if str(key).startswith("quotelens.")]:
                del doc.user_data[key]  # each run pays for the per-document indexes again
            clock = Stopwatch(clock=time.thread_time)
            gc.collect()
            gc.disable()
            try:
                analyze_article(article, nlp, clock=clock, doc=doc)
            finally:
                gc.enable()
            for stage, ms in clock.timings_ms.items():
                best[size][stage] = min(best[size].get(stage, float("inf")), ms)
    return best


@pytest.mark.parametrize("shape", sorted(COMPILED_WALK_SIZES))
def test_cpu_time_grows_linearly_inside_spacy_calls(nlp, shape):
    """At 64 times the input each stage's CPU time grows at most 128 times: twice linear, a sixteenth of quadratic.

    Timed, not counted: spaCy's Token and Span are compiled types whose walks can be neither traced nor wrapped.
    Two figures of one run are compared, so that the machine's load cannot make it flake: CPU time of this thread
    (other programs do not add to it), the least of three runs taken in turn (a disturbance spoils one run, not
    the least), the garbage collector held off while a stage runs, and a bound twice linear. Linear stages measure
    50-75x here on a loaded machine (a large document's words are further apart in memory); a walk per conjunct
    through spaCy measured 150-420x (people, context and sanctions before language/tree.py).
    """
    n = COMPILED_WALK_SIZES[shape]
    times = cpu_ms_by_stage(nlp, {size: SHAPES[shape](size) for size in (n, SPREAD * n)})
    small, large = times[n], times[SPREAD * n]
    for stage in large.keys() - {"nlp"}:
        assert large[stage] <= TIME_GROWTH * small[stage] + TIME_CONSTANT_MS, \
            f"{stage} on {shape}: {small[stage]:.1f} ms at n={n}, {large[stage]:.1f} ms at {SPREAD}n " \
            f"({large[stage] / max(small[stage], 0.01):.0f}x)"


# --- no stage gives up on a long run ----------------------------------------------------------------------------
# The line counts above are taken at tens of repeats; a rule that recurses once per repeat only fails at a thousand
# (Python's recursion limit), where the stage guard skips the whole stage for the page: every shape at 1,500.

@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_no_stage_is_skipped_on_a_long_run_of_each_shape(nlp, shape):
    text = SHAPES[shape](1_500)
    analysis = analyze_article(Article(title="", text=text, blocks=text_blocks(text)), nlp)
    assert analysis.skipped_stages == ()


def test_the_hostile_bench_has_a_size_for_every_shape():
    """bench/hostile.py times each shape at a size of its own: a shape added without one stopped the bench's growth
    table with a KeyError (four shapes, unnoticed for two rounds)."""
    tree = ast.parse((REPO / "bench" / "hostile.py").read_text(encoding="utf-8"))
    sizes = next(ast.literal_eval(node.value) for node in tree.body
                 if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "SIZES" for t in node.targets))
    assert set(sizes) == set(SHAPES)
