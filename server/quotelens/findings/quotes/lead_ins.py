"""Lead-ins: quoted words with no cue, lent their speaker by the sentence right before them (in their paragraph or
the one before)."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from quotelens.findings.quotes.attribution import Attribution
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.named import one_person_named
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.tree import children
from quotelens.model import Mention

# How far before a quote its lead-in sentence's last mark may be (spaces between), and how long a sentence that names
# the one whose words follow may be: the checks stay constant per quote, however long the paragraph or sentence.
LOOK_BACK_CHARS = 8
SENTENCE_TOKENS = 60


def introduced_by(scope: QuoteScope, span: QuotedSpan) -> Attribution | None:
    """'He emphasized the importance of preserving the Forum’s spirit. ¶ “We inherited these partners …”': a
    paragraph that opens on quoted words with no cue, right after a paragraph whose last sentence reports what a
    person says (a verb of saying, or any verb over a that-clause: 'Justice Yanzuh ruled that …') with that
    person as its subject, is that person's words (the writer's lead-in)."""
    here = scope.paragraph(span.open)
    if here == 0 or scope.text[scope.paragraph_starts[here]:span.open].strip():
        return None
    before = [token for token in scope.tokens_between(scope.paragraph_starts[here - 1], scope.paragraph_starts[here])
              if not token.is_space]
    if not before:
        return None
    root = scope.sentence_of(before[-1]).root
    # 'Anwar defended his engagement … and lashed out at critics': a verb of saying joined to the main one shares
    # its subject.
    saying = [verb for verb in (root, *children(root, "conj")) if verb.lemma_.lower() in scope.words.speech_verbs]
    if scope.in_quote(root.idx) or not (saying or _reports_content(root)):
        return None
    subject = _lead_subject(scope, root)
    if subject is None:
        return None
    person = scope.resolver.resolve(mention_span(subject))
    if person is None or person.type != "person":
        return None
    cue = saying[0] if saying else root
    return Attribution(Mention(cue.idx, cue.idx + len(cue), cue.text), mention_span(subject))


def _reports_content(verb: Token) -> bool:
    """'ruled that the statements were not relevant': a verb over a that-clause reports what its subject holds."""
    return any(child.lower_ == "that" for clause in children(verb, "ccomp") for child in children(clause, "mark"))


def _lead_subject(scope: QuoteScope, root: Token) -> Token | None:
    """The verb's one subject outside quotes; failing a parsed one ('Professor Alex Rogers, who co-led the
    expedition, said', where the parser hangs the name on the relative clause), the one name before the verb in
    its sentence that the article's people resolve, when exactly one does."""
    subjects = [child for child in children(root, "nsubj") if not scope.in_quote(child.idx)]
    if subjects:
        return subjects[0] if len(subjects) == 1 else None
    sentence = scope.sentence_of(root)
    return one_person_named(scope, [token for token in scope.doc[sentence.start:root.i]
                                    if token.dep_ != "compound" and not scope.in_quote(token.idx)])


def named_just_before(scope: QuoteScope, span: QuotedSpan) -> Attribution | None:
    """'James Gordon feels differently. “There is a fear …”': quoted words that open a sentence with no cue, right
    after a sentence of their own paragraph whose main verb has a named person as its subject (outside quotes),
    are that person's words: the writer has turned to them, so the speaker of an earlier quote no longer goes on."""
    here = scope.paragraph(span.open)
    last = bisect.bisect_left(scope.token_starts, span.open) - 1
    while last >= 0 and scope.doc[last].is_space and span.open - scope.doc[last].idx < LOOK_BACK_CHARS:
        last -= 1
    if last < 0 or scope.doc[last].text not in (".", "!", "?", ":") or scope.paragraph(scope.doc[last].idx) != here:
        return None
    sentence = scope.sentence_of(scope.doc[last])
    previous_quote = bisect.bisect_left(scope.quoted_starts, span.open) - 1
    if (len(sentence) > SENTENCE_TOKENS or scope.paragraph(sentence.start_char) != here
            or previous_quote >= 0 and scope.quoted[previous_quote][1] > sentence.start_char):
        return None  # a sentence with quoted words of its own, or one too long to be a lead-in, says whose they are
    subjects = [child for child in children(sentence.root, "nsubj") if child.pos_ == "PROPN"]
    if len(subjects) != 1 or children(subjects[0], "conj"):
        return None  # 'Gordon and Case feel differently': two people, and no telling whose words follow
    person = scope.resolver.resolve(mention_span(subjects[0]))
    if person is None or person.type != "person":
        return None
    root = sentence.root
    return Attribution(Mention(root.idx, root.idx + len(root), root.text), mention_span(subjects[0]))
