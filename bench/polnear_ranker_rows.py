"""Rows for the gated speaker ranker from PolNeAR train (issue 14): the same question on hand-annotated US news.

PolNeAR (/work/shared/data/polnear, read as bench/quotes.py reads it) annotates each attribution's Source as a span
of the text, with no coreference: a pronoun or a description is its own source. So a quote teaches the gated ranker
only where its Source says who speaks without the rules' reading: a name (its root a proper noun: 'Joel Pollak of
Breitbart California', 'the State Department'), whose candidates are right when a mention of theirs overlaps the
span or their name is the span's name (``same_speaker``); or an indefinite or plural unnamed source ('a senior
official', 'officials', 'sources'), where every candidate is wrong. A pronoun or definite description ('he', 'the
senator') names nobody the annotation can tell, and its quote is left out. Of those, as of the news corpus
(speaker_ranker.gate_rows), only the quotes the gate opens and those whose singular pronoun the rules resolved. Train
only: PolNeAR dev is a measured set (bench/quotes.py --corpus polnear) and is never learnt from.
"""

from __future__ import annotations

from spacy.tokens import Span

from news_corpus import analyse, half_overlap, same_speaker
from quotes import Article, load_split
from ranker_features import Row, article_view

from quotelens.findings.quotes.ranker_features import cue_form, cue_span
from quotelens.language.nlp import load_nlp

# The source forms (ranker_features.cue_form) of an unnamed source: every candidate is wrong for its quote.
UNNAMED_FORMS = ("indefinite", "plural")


def polnear_rows(split: str = "train", limit: int | None = None) -> list[Row]:
    """The gate rows of one PolNeAR split whose source the annotation tells, from an analysis with the ranker off."""
    if split != "train":
        raise ValueError("the ranker learns from PolNeAR train only: dev is measured")
    articles = load_split(split, limit)
    responses = analyse([Text(article.text) for article in articles], ranked=False)
    docs = load_nlp().pipe(article.text for article in articles)
    return [row for article, response, doc in zip(articles, responses, docs, strict=True)
            for row in article_rows(article, response, doc)]


class Text:
    """A PolNeAR text as news_corpus.analyse reads an article: no date."""

    def __init__(self, text: str) -> None:
        self.text, self.date = text, None


def source_speaker(doc, source: list[tuple[int, int]]) -> tuple[Span | None, bool]:
    """(the name the Source span gives: its root, a capitalised proper noun, with the words compounded to it,
    whether it is an unnamed source); (None, False) when it tells nobody."""
    span = doc.char_span(*source[0], alignment_mode="expand") if source else None
    if span is None or not len(span):
        return None, False
    root = span.root
    if root.pos_ != "PROPN" or not root.text[:1].isupper():  # spaCy tags a bare 'senator' a proper noun at times
        return None, cue_form(span) in UNNAMED_FORMS
    words = [t.i for t in span if t.i == root.i or (t.head.i == root.i and t.dep_ in ("compound", "flat"))]
    return doc[min(words):max(words) + 1], False


def article_rows(article: Article, response: dict, doc) -> list[Row]:
    view = article_view(response, doc)
    rows = []
    for start, end, sources in article.gold_quotes:
        name, anonymous = source_speaker(doc, sources[0] if sources else [])
        match = next((q for q in view.quotes if half_overlap((start, end), (q.start, q.end))), None)
        if match is None or (name is None and not anonymous):
            continue
        gate_open, teaches = view.gate_open(match), view.teaches(match)
        if not (gate_open or teaches):
            continue
        candidates, features = view.ranked(match, (match.start, match.end) not in view.unnamed)
        labels = [name is not None and (same_speaker(c.name, name.text) or any(
            s < name.end_char and name.start_char < e for s, e in c.mentions)) for c, _ in candidates]
        kind = f"polnear {cue_form(cue_span(doc, match))}"
        rows.append(Row(article.name, kind, False, not match.speaker_name, [c.name for c, _ in candidates], features,
                        labels, name is not None, gate_open, teaches))
    return rows
