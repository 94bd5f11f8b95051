"""A quote a colon introduces after a clause about a person: 'She then addressed the supporters again: “…”',
'And Mr. Christie gloated: “…”' — no verb of saying the cue lists, but the person acting in the clause speaks."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.attribution import Attribution, Earlier
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.tree import children, root_of, sentence_of

# How many tokens before the colon the clause it closes may run, and how many steps up the parse its verb may sit
# above the word before the colon ('delivered a snappy retort:' is one).
CLAUSE_TOKENS = 40
VERB_STEPS = 6


def person_before_colon(scope: QuoteScope, span: QuotedSpan, inside: list[Token],
                        earlier: Earlier) -> Attribution | None:
    """A full quoted sentence (a capital first) right after a colon that closes a clause whose main verb's subject
    is a person (a name or a personal pronoun, outside quotes): that person. Not 'The sign read: “…”' or 'The ad
    says: “…”' (things), nor 'He pointed to the report’s line “…”' (no colon)."""
    before = scope.tokens_before(span.open, CLAUSE_TOKENS)
    # 'Moyo addressed the economy, described by the IMF as the ‘worst crisis’: “…”': the clause may end on quoted
    # words of its own, where the tokens read back stop; the verb above their closing mark is the clause's.
    closes_quote = len(before) == 2 and before[0].is_quote
    if (len(before) < 3 and not closes_quote or before[-1].text != ":"
            or not scope.text[span.start:span.start + 1].isupper()):
        return None
    word = before[-2]
    verb = root_of(sentence_of(word.doc[word.i:word.i + 1]))  # indexed: Token.sent walks the whole sentence
    if verb.i > before[-1].i:
        # 'Sanders delivered a snappy retort: "No one is …"': the parser made the quoted verb the root; the clause
        # the colon closes is the verb the word before the colon hangs from.
        verb = _verb_above(word, before[-1].i)
    if verb is None or verb.i > before[-1].i or verb.pos_ not in ("VERB", "AUX") or scope.in_quote(verb.idx):
        return None
    subjects = [subject for subject in children(verb, "nsubj") if not scope.in_quote(subject.idx)]
    if not subjects:
        return None
    source = mention_span(subjects[0])
    entity = scope.resolver.resolve(source)
    person = (subjects[0].lower_ in scope.resolver.pronoun_gender and subjects[0].lower_ != "it"
              or subjects[0].ent_type_ == "PERSON" or entity is not None and entity.type == "person")
    # A body acting in the clause speaks as a person does ('the Illinois Board of Elections was conclusive in its
    # findings: “…”'): its words are its statement (docs/annotation.md: a body is a speaker).
    return Attribution(scope.mention(before[-1]), source) if person or is_organization(source) else None


def _verb_above(word: Token, colon: int) -> Token | None:
    """The nearest verb at or above ``word`` in the parse that comes before the colon, if any."""
    node = word
    for _ in range(VERB_STEPS):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i or node.head.i > colon:
            return None
        node = node.head
    return None
