"""DocContext: the facts about one parsed article that several finders read, computed once and frozen.

Built by the pipeline right after spaCy and handed to every finder, so that no stage recomputes the text, the
sentence and paragraph bounds, the quote marks or the name mentions through its own helpers. A new shared fact
goes here (a field, and one line in ``build_context``), not into a finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from quotelens.findings.people.names import find_name_mentions
from quotelens.findings.quotes.marks import QuotedSpan, find_quoted_spans
from quotelens.language.entities import index_entities
from quotelens.language.syntax import text_of
from quotelens.language.tree import index_tree

_PARAGRAPH_BREAK = re.compile(r"\n+")


@dataclass(frozen=True)
class DocContext:
    """One article as every finder sees it."""

    doc: Doc
    text: str  # doc.text, joined once (Doc.text joins every token on each access)
    sentences: tuple[Span, ...]  # empty when the document was not parsed
    paragraph_starts: tuple[int, ...]  # character offsets: 0, then after each run of line breaks
    quoted_spans: tuple[QuotedSpan, ...]  # every stretch between quote marks, nested ones included, in text order
    name_mentions: tuple[Span, ...]  # every stretch that names a person, headline words cut off
    date: str | None = None  # the day the page says it was published, ISO, when it says (Article.date)


def build_context(doc: Doc, date: str | None = None) -> DocContext:
    """Compute the shared facts of ``doc`` once; ``date``: the page's publication date (ISO), when it states one."""
    text = text_of(doc)
    index_tree(doc)  # every finder's .sent and .conjuncts answer from an index (language/tree.py), not a walk
    index_entities(doc)  # and their entities by position (language/entities.py), not from Doc.ents each time
    parsed = doc.has_annotation("DEP") or doc.has_annotation("SENT_START")
    return DocContext(
        doc=doc,
        text=text,
        sentences=tuple(doc.sents) if parsed else (),
        paragraph_starts=(0, *(match.end() for match in _PARAGRAPH_BREAK.finditer(text))),
        quoted_spans=tuple(find_quoted_spans(text)),
        name_mentions=tuple(find_name_mentions(doc)),
        date=date,
    )
