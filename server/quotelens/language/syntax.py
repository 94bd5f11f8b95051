"""Syntax every finder shares: closed-class words, dependency labels, the document's text, a token's look-up form,
a head's phrase."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

# Closed-class words and dependency labels, the same for every finder (English; spaCy's ClearNLP label set).
ARTICLES = frozenset({"a", "an", "the"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# The determiners other than articles that a singular body takes ("its office", "this ministry").
BODY_DETERMINERS = frozenset({"its", "their", "this", "that"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependents that open a clause or a second phrase: a phrase read from a head stops before them.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "conj", "cc", "punct", "ccomp", "xcomp", "parataxis"})


def text_of(doc: Doc) -> str:
    """The document's text, built once: ``Doc.text`` joins every token on each call."""
    cached = doc.user_data.get("quotelens.text")
    if cached is None:
        cached = doc.user_data["quotelens.text"] = doc.text
    return cached


def sentence_start(token: Token) -> int:
    """The index of the first token of ``token``'s sentence.

    ``Token.sent`` walks the sentence out from the token on every call, so a finder that asks it for each word of
    a sentence hundreds of words long is quadratic; the starts are listed once per document here and bisected.
    """
    starts = _sentence_starts(token.doc)
    return starts[max(0, bisect_right(starts, token.i) - 1)]


def sentence_end(token: Token) -> int:
    """The index after the last token of ``token``'s sentence (bisected, as ``sentence_start``)."""
    starts = _sentence_starts(token.doc)
    at = bisect_right(starts, token.i)
    return starts[at] if at < len(starts) else len(token.doc)


def _sentence_starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get("quotelens.sentence_starts")
    if starts is None:
        starts = doc.user_data["quotelens.sentence_starts"] = [sentence.start for sentence in doc.sents]
    return starts


def word_of(text: str) -> str:
    """Lower-case a word and make its apostrophes plain, for look-ups."""
    return text.lower().replace("’", "'")


def phrase_of(doc: Doc, head: Token) -> Span:
    """The head's phrase from its left edge up to the first clause, appositive or punctuation after the head.

    A hyphen written inside a word is no punctuation here, and a conjunction inside a named entity joins no
    clause: "an analyst at the Kabul-based Afghanistan Analysts Network", "chairman of the House Ways and Means
    Committee" run to the end."""
    stops = {token.i for child in head.subtree if child.dep_ in CLAUSE_DEPS and child.i > head.i
             and not _inside_word(child) and child.ent_iob_ != "I" for token in child.subtree}
    end = head.i + 1
    while end <= head.right_edge.i and end not in stops and (not doc[end].is_punct or _inside_word(doc[end])):
        end += 1
    return doc[head.left_edge.i:end]


def _inside_word(token: Token) -> bool:
    """A hyphen with no space on either side ("Kabul-based")."""
    doc = token.doc
    return token.text in {"-", "–"} and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ \
        and not token.whitespace_


def token_text(tokens: list[Token]) -> str:
    """The document text covering a run of tokens, as written."""
    doc = tokens[0].doc
    return text_of(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]


def elides_into_next(token: Token) -> bool:
    """Whether an apostrophe right after the word elides it into the next one ("Charge d’ Affaires", "l’ Union"): no
    phrase ends on it."""
    doc = token.doc
    return token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in {"’", "'"}
