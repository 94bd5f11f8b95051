"""A trailing attribution the parser glued to a list: 'Among those sanctioned are Wellington mayor Andrew Foster, the
mayor of Auckland Phil Goff …, Russia's foreign ministry said in a statement.' The parser makes the list's first
name the subject of 'said' and the real speaker an apposition of the last item; the noun phrase set off by the
comma right before the cue is who speaks. Read by subjects.subject_of."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from quotelens.findings.organizations import is_organization
from quotelens.language.tree import children

# At most this many words between the comma and the cue ("the Russian Foreign Ministry's press service").
MAX_WORDS = 8
# What may follow a trailing cue in its clause: where and when it was said, never what (a cue with an object or
# a clause after it reports that, and its subject is no trailing attribution).
AFTER_DEPS = frozenset({"prep", "punct", "npadvmod", "advmod", "agent"})


def trailing_subject(verb: Token, subject: Token) -> Token | None:
    """The head of the noun phrase between the last comma and ``verb`` when the parser's ``subject`` lies before
    that comma, the phrase is a body or a tagged person and is no apposition of the subject ('Lavrov, Russia's
    foreign minister said' keeps Lavrov), and the cue governs nothing after it but where and when."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].head.i == verb.i and doc[start - 1].pos_ == "AUX":
        start -= 1
    comma = next((i for i in range(start - 1, max(-1, start - MAX_WORDS - 2), -1) if doc[i].text == ","), None)
    if comma is None or subject.i >= comma or comma + 1 >= start:
        return None
    phrase = doc[comma + 1:start]
    heads = [token for token in phrase if not (comma < token.head.i < start) or token.head.i == token.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    head = heads[0]
    if any(child.i > verb.i and child.dep_ not in AFTER_DEPS for child in children(verb)):
        return None
    body = is_organization(phrase)
    if not body and head.ent_type_ != "PERSON":
        return None
    if head.dep_ == "appos" and head.head.i == subject.i and body == is_organization(doc[subject.i:subject.i + 1]):
        return None  # an apposition of the same kind of speaker describes the subject
    return head


def misread_cue(token: Token, after_quote: Sequence[Token]) -> bool:
    """'“…,” a press release from the Treasury Department states.': a verb of saying closing its sentence right
    after its subject, the phrase that opens the words after the quote, which the tagger read as a plural noun (its
    lemma is the verb's). Not a place after a preposition ('“…” in EU member states.')."""
    if token.tag_ != "NNS" or not token.text.islower():
        return False
    doc = token.doc
    first = next(word for word in after_quote if not word.is_punct)  # the token itself at the latest
    closes = token.i + 1 == len(doc) or doc[token.i + 1].text in (".", "\n")
    return (closes and first.i < token.i and first.pos_ in ("DET", "PROPN", "NOUN", "ADJ")
            and doc[token.i - 1].pos_ in ("NOUN", "PROPN"))


# What a verb of saying reports when it governs it: a clause ('Trump said the countries should …', 'can ask the
# convention to vote …').
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


def says_its_own(verb: Token, text: str) -> bool:
    """Say whether a verb of saying reports words of its own after it: a clause it governs ('Reid said both Rubio
    and Cruz are …') or a quote it introduces ('Mr. Zahed said: ''The attack …'''). Such a verb opening the sentence
    after a quote is that sentence's cue, not the quote's (docs/annotation.md: the content of a verb of saying)."""
    if any(child.i > verb.i and child.dep_ in CONTENT_DEPS for child in children(verb)):
        return True
    after = text[verb.idx + len(verb):verb.idx + len(verb) + 4].lstrip()
    return after[:1] in (":", ",") and after[1:].lstrip()[:1] in ("“", '"', "'", "‘", "«")
