"""Where an appositive after a name ends, and whether the words after the name's comma are one at all."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.titles import canonical_head
from quotelens.language.syntax import CLAUSE_DEPS, phrase_of
from quotelens.language.tree import children


def in_opening_phrase(name: Span) -> bool:
    """The name ends a preposition's phrase that opens its sentence and the words after its comma start the main
    clause: they hold its subject ("For Trump, a majority of likely voters, 56%, have ...") or the sentence has no
    verb of its own to be the main clause ("Unlike Trump, Clinton's supporting civil rights."). Not "Like Obama, a
    former senator, Clinton has run"."""
    link, sentence = name.root.head, name.sent
    if name.root.dep_ != "pobj" or link.pos_ != "ADP" or link.i != sentence.start:
        return False
    after = name.doc[name.end + 1:sentence.end]
    end = next((token.i for token in after if token.is_punct), sentence.end)
    subject = any(token.dep_ in {"nsubj", "nsubjpass"} and not name.end < token.head.i < end
                  for token in name.doc[name.end + 1:end])
    return subject or sentence.root.pos_ not in {"VERB", "AUX"}


def without_clause_head(doc: Doc, phrase: Span) -> Span:
    """An appositive the parser headed with a verb's -ing form that governs a clause of its own ("the former
    secretary of state bidding to make history"): the title ends before that word."""
    last = phrase[-1]
    governs_clause = any(child.pos_ == "VERB" for child in children(last, *CLAUSE_DEPS))
    if len(phrase) > 1 and last.lower_.endswith("ing") and governs_clause:
        return doc[phrase.start:last.i]
    return phrase


def with_conjuncts(doc: Doc, head: Token) -> Span:
    """A title noun's phrase with the title nouns coordinated to it: "senior trader and strategist at Tempus Inc."
    (the body after the last one is the body of both)."""
    phrase = phrase_of(doc, head)
    for child in children(head, "conj"):
        if child.i > head.i and child.pos_ == "NOUN" and canonical_head(child) is not None:
            phrase = doc[phrase.start:max(phrase.end, phrase_of(doc, child).end)]
    for child in children(head, "prep"):
        body = children(child, "pobj")
        ends_name = body and body[0].ent_type_ == "ORG" and not (body[0].i + 1 < len(doc)
                                                                 and doc[body[0].i + 1].ent_iob_ == "I")
        if child.i == phrase.end and ends_name:
            # The parser hangs the shared body on the first noun, after the last one: "at Tempus Inc." (a body
            # whose name ends there; not "of four", nor a cut "of Concerned Women" of a longer name).
            phrase = doc[phrase.start:body[0].i + 1]
    return phrase
