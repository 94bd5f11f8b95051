"""The tokenizer: spaCy's own on real text, linear on a run without whitespace, and offsets always the text's."""

from __future__ import annotations

import gc
import pickle
import re
import time

import pytest

from quotelens.language.tokenizer import RUN_LIMIT, RunLimitedTokenizer

from hostile_articles import SHAPES, nested_marks, random_nested_marks
from locations import POLNEAR_DEV_TEXTS, SEED_TEXT

LONG_RUN = re.compile(rf"(?<!\S)\S{{{RUN_LIMIT + 1},}}")

# Real text: no run over the limit, so spaCy tokenizes it whole and unchanged.
REAL = [
    "Visit https://www.sfgate.com/news/article/7-key-questions-heading-into-Wednesday-s-14848176.php for more.",
    "#BlackLivesMatter trended; he wasn't there, the U.S. said (at 5 p.m.) and she'd left—again.",
    "“We will not ‘negotiate’,” the minister’s aide said.\n\n  “Never.”  ",
    "  leading and trailing whitespace \t\n",
    "non\u00a0breaking\u2003spaces and a soft\u00adhyphen",
    "x" * RUN_LIMIT,  # exactly at the limit: not cut
    "",
    "   ",
]

# Hostile text: runs over the limit, small enough that spaCy's own tokenizer can be compared in well under a second.
HOSTILE = [
    nested_marks(60),                                    # a run of 246 characters in a sentence
    nested_marks(300),
    "x" * (RUN_LIMIT + 1),
    "x" * 1000,
    "“" * 500 + " he said.",                             # the run opens the text
    "He said " + "”" * 500,                              # ... and closes it
    "a " + "‘" * 450 + "  \n  b ",                      # runs of whitespace after the run
    "A " + "x" * 300 + " b " + "—" * 250 + " c.\n",      # two runs
    "Kim said " + "今回の事件のように" * 70 + " on Monday.",  # a paragraph of a language written without spaces
    "See https://example.com/" + "a/" * 200 + " now.",
]


def tokens(doc) -> list[tuple[int, str, str, str]]:
    return [(token.idx, token.text, token.whitespace_, token.norm_) for token in doc]


def outside_long_runs(text: str, doc) -> list[tuple[int, str, str, str]]:
    runs = [run.span() for run in LONG_RUN.finditer(text)]
    return [token for token in tokens(doc)
            if not any(start < token[0] + len(token[1]) and token[0] < end for start, end in runs)]


@pytest.mark.parametrize("text", REAL + [SEED_TEXT.read_text(encoding="utf-8")])
def test_real_text_is_tokenized_by_spacy_unchanged(nlp, text):
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert tokens(doc) == tokens(nlp.tokenizer.spacy_tokenizer(text))


def test_news_texts_are_tokenized_by_spacy_unchanged(nlp):
    for path in sorted(POLNEAR_DEV_TEXTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert tokens(nlp.tokenizer(text)) == tokens(nlp.tokenizer.spacy_tokenizer(text)), path.name


@pytest.mark.parametrize("text", HOSTILE + [shape(40) for shape in SHAPES.values()])
def test_a_long_run_is_cut_and_the_rest_is_spacys(nlp, text):
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert [token.idx for token in doc] == sorted(token.idx for token in doc)
    assert outside_long_runs(text, doc) == outside_long_runs(text, nlp.tokenizer.spacy_tokenizer(text))
    assert all(len(token) <= RUN_LIMIT for token in doc if not token.is_space)


def test_the_pipeline_and_its_batches_use_it(nlp):
    assert isinstance(nlp.tokenizer, RunLimitedTokenizer)
    texts = [HOSTILE[1], REAL[1], HOSTILE[7]]
    docs = list(nlp.pipe(texts))
    assert [doc.text for doc in docs] == texts
    assert tokens(docs[1]) == tokens(nlp.tokenizer.spacy_tokenizer(REAL[1]))
    assert all(doc.has_annotation("DEP") and doc.has_annotation("TAG") for doc in docs)
    assert next(docs[0].sents).text.startswith("He said")


def test_it_answers_for_spacys_tokenizer_and_survives_a_copy_to_another_process(nlp):
    assert nlp.tokenizer.vocab is nlp.vocab and nlp.tokenizer.explain("U.S.") == [("TOKEN", "U.S.")]
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert (copy.limit, copy(HOSTILE[0]).text) == (RUN_LIMIT, HOSTILE[0])


def test_a_different_limit_cuts_there(nlp):
    tokenizer = RunLimitedTokenizer(nlp.tokenizer.spacy_tokenizer, limit=10)
    text = "He said " + "x" * 25 + " no."
    doc = tokenizer(text)
    assert doc.text == text
    assert [(token.idx, len(token)) for token in doc] == [(0, 2), (3, 4), (8, 10), (18, 10), (28, 5), (34, 2), (36, 1)]
    assert tokenizer("He said “no.”").text == "He said “no.”"


# --- work, timed as a ratio (as in tests/test_linear_stages.py) ----------------------------------------------------
SPREAD = 16  # the large run is 16 times the small one: linear work grows 16x, quadratic 256x
TIME_GROWTH = 2 * SPREAD
TIME_CONSTANT_MS = 5.0


def least_cpu_ms(tokenize, sizes: list[int], rounds: int = 3) -> list[float]:
    """CPU ms to tokenize a run of each size, the least of ``rounds`` runs taken in turn, each on a new text."""
    best = [float("inf")] * len(sizes)
    for round_ in range(rounds):
        for i, size in enumerate(sizes):
            text = random_nested_marks(size, seed=round_ * len(sizes) + i)
            gc.collect()
            gc.disable()
            began = time.thread_time()
            try:
                tokenize(text)
            finally:
                gc.enable()
            best[i] = min(best[i], (time.thread_time() - began) * 1000)
    return best


def test_tokenizing_a_run_grows_linearly(nlp):
    """At 16 times the run, CPU time grows at most 32 times: twice linear, an eighth of quadratic.

    Two figures of one run are compared, so the machine's load cannot make it flake: CPU time of this thread, the
    least of three runs taken in turn, each on a new text (spaCy caches the runs it has seen), the collector held
    off, a bound twice linear.
    """
    small, large = least_cpu_ms(nlp.tokenizer, [800, 800 * SPREAD])
    assert large <= TIME_GROWTH * small + TIME_CONSTANT_MS, f"{small:.1f} ms, then {large:.1f} ms"


def test_the_timing_sees_spacys_quadratic_tokenizer(nlp):
    """The measure's own check: spaCy's tokenizer alone grows about 14x at 4 times the run, over twice linear."""
    small, large = least_cpu_ms(nlp.tokenizer.spacy_tokenizer, [400, 1600])
    assert large > 2 * 4 * small, f"{small:.1f} ms, then {large:.1f} ms"


@pytest.mark.parametrize("text, expected", [
    # A quotation mark glued between punctuation and the next word is split off with the punctuation, as a space
    # after them would: the cue, the name and the quote's first word are words of their own.
    ("Ryan said,“Look at it.”", ["Ryan", "said", ",", "“", "Look", "at", "it", ".", "”"]),
    ('Hillary Clinton:"We learned it."', ["Hillary", "Clinton", ":", '"', "We", "learned", "it", ".", '"']),
    ('on Monday."Despite it," he said.', ["on", "Monday", ".", '"', "Despite", "it", ",", '"', "he", "said", "."]),
    # Negatives: a time, an abbreviation, marks set off by spaces keep spaCy's own tokens.
    ('At 5:30, e.g. now, he said "no" and "yes."', None),
])
def test_glued_marks_are_split(nlp, text, expected):
    words = [token.text for token in nlp.tokenizer(text)]
    if expected is None:
        assert words == [token.text for token in pickle.loads(pickle.dumps(nlp.tokenizer))(text)]
        assert "5:30" in words and "e.g." in words and words.count('"') == 4
    else:
        assert words == expected
        assert [token.text for token in pickle.loads(pickle.dumps(nlp.tokenizer))(text)] == expected
