"""The subject of a cue's verb: outside quotes and in the verb's paragraph, a relative clause's noun, a named
apposition, the first of joined subjects; never a time stamp, a pronoun like 'this', or an opening phrase's
object the parser misread."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.quotes.joint import first_listed, first_of_subjects
from quotelens.findings.quotes.mentions import is_person_like, mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.trailing import trailing_subject
from quotelens.findings.written_titles import role_words
from quotelens.language.syntax import RELATIVE_PRONOUNS, SUBJECT_DEPS
from quotelens.language.tree import children


def subject_of(scope: QuoteScope, verb: Token) -> Token | None:
    """The subject of ``verb`` outside quote marks, a relative clause's noun, a named apposition; None for 'this'."""
    # A subject inside quotation marks is the parser gluing the quote to its cue ("“… We …,” Jordan said").
    # Nor one the parser found across a paragraph break (a live blog's time stamp '2:40 p.m.' over the next entry),
    # whose apposition in the verb's own paragraph is the subject ('2:40 p.m. ¶ Trump's campaign manager says').
    found = children(verb, *SUBJECT_DEPS)
    subjects = [child for child in found if _usable_subject(scope, verb, child)] or [
        name for child in found for name in children(child, "appos") if _usable_subject(scope, verb, name)]
    if not subjects:
        if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
            return verb.head
        return None
    subject = first_of_subjects(verb, subjects)
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return _person_before_phrase(scope, verb.head) if subject.lower_ == "who" else verb.head
    if subject.lower_ in ("who", "which") and subject.i > 0 and scope.doc[subject.i - 1].pos_ in ("NOUN", "PROPN"):
        # A relative clause the parser did not call one ('turned to the Police Department which reported
        # “…”', parsed as an adverbial clause): the noun right before the pronoun is what it stands for.
        return scope.doc[subject.i - 1]
    if subject.pos_ == "NOUN" or subject.lemma_.lower() in role_words():
        # 'said Kituo Cha Sheria CEO Priscilla Nyokabi', parsed with the title for subject: the name in apposition.
        names = [child for child in children(subject, "appos") if child.pos_ == "PROPN"]
        if names:
            return names[0]
    if subject.lower_ in ("this", "that", "there", "which"):
        return None
    return trailing_subject(verb, subject) or first_listed(subject)


def _usable_subject(scope: QuoteScope, verb: Token, child: Token) -> bool:
    # A quote mark is no one: '«…,» stated Deputy Soto', where the parser made the closing guillemet a subject.
    return (not child.is_quote and not scope.in_quote(child.idx) and scope.paragraph(child.idx) == scope.paragraph(verb.idx)
            and not scope.in_dateline(child)
            and not (child.ent_type_ in ("DATE", "TIME") and child.pos_ in ("PROPN", "NOUN", "ADP")
                     and not _listed_person(scope, child)) and not _lost_object(verb, child))


def _lost_object(verb: Token, child: Token) -> bool:
    """'After Monday's meetings with Kurti, the EU envoy Miroslav Lajcak said': the parser made the opening
    phrase's object the subject and left its preposition on the verb with no object of its own."""
    before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    return (before is not None and before.dep_ == "prep" and before.head.i == verb.i
            and not children(before, "pobj", "pcomp"))


def _listed_person(scope: QuoteScope, token: Token) -> bool:
    """'Tolentino acknowledged …' with the name tagged a DATE: a name the people finder listed as a person is no
    time stamp, whatever the tagger says."""
    entity = scope.resolver.resolve(scope.doc[token.i:token.i + 1])
    return entity is not None and entity.type == "person"


def _person_before_phrase(scope: QuoteScope, noun: Token) -> Token:
    """'one Democrat familiar with the discussion, who added': the parser hangs 'who' on the nearest noun, inside
    a phrase that describes the person; 'who' stands for a person, so a thing's 'who' goes up to the person the
    phrase hangs on."""
    if is_person_like(scope, mention_span(noun)):
        return noun
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
        node = node.head.head
        if node.pos_ == "ADJ" and node.dep_ == "amod":
            node = node.head
        if node.pos_ in ("PROPN", "NOUN") and is_person_like(scope, mention_span(node)):
            return node
    return noun
