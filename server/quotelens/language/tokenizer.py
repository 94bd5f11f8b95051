"""spaCy's tokenizer with its work kept linear: a run of characters without whitespace is cut into pieces first."""

from __future__ import annotations

import re

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# spaCy splits a run without whitespace one prefix or suffix at a time and slices the rest of the run for each, so
# its work grows with the square of the run's length: 400, 1,600 and 6,400 nested marks took 14, 203 and 3,695 ms,
# and a page's longest run (200,000 characters) would outlast any budget. Cut every RUN_LIMIT characters, a run costs
# at most RUN_LIMIT squared and tokenizing stays linear. No real token comes near the limit: English words stay under
# 50 letters, hashtags under 140 and most printed links under 200; the longest run in the texts of ../shared (PolNeAR,
# the news corpus) is an 87-character link, in the articles of the 123 extraction pages a 114-character sentence of
# Japanese. Lower would buy little: on nested marks the tokenizer costs 14 us a character at a limit of 100, 20 at
# 200, 35 at 400 and 89 at 1,000, beside 240 us a character for the whole pipeline.
RUN_LIMIT = 200


class RunLimitedTokenizer:
    """spaCy's tokenizer, called on the whole text unless it holds a run longer than ``limit`` without whitespace.

    Such a text is tokenized in pieces, cut where each long run starts and every ``limit`` characters inside it,
    and the pieces are joined so that ``doc.text`` is the text itself: every offset is the text's. Tokens outside
    the long runs are the ones spaCy gives for the whole text; the rest of this object (vocab, rules, serialising)
    is spaCy's tokenizer's.
    """

    def __init__(self, spacy_tokenizer: Tokenizer, limit: int = RUN_LIMIT):
        self.spacy_tokenizer = spacy_tokenizer
        self.limit = limit
        # The run must start after whitespace (or at the text's start): without the lookbehind the search would
        # try again from every character of a short run, limit times the text.
        self._long_run = re.compile(rf"(?<!\S)\S{{{limit + 1},}}")

    def __call__(self, text: str) -> Doc:
        cuts = [cut for run in self._long_run.finditer(text) for cut in range(run.start(), run.end(), self.limit)]
        if not cuts:
            return self.spacy_tokenizer(text)
        bounds = [0, *cuts, len(text)]
        pieces = [self.spacy_tokenizer(text[start:end]) for start, end in zip(bounds, bounds[1:]) if start < end]
        return Doc.from_docs(pieces, ensure_whitespace=False)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        if name == "spacy_tokenizer":  # not set yet (while unpickling): no spaCy tokenizer to ask
            raise AttributeError(name)
        return getattr(self.spacy_tokenizer, name)
