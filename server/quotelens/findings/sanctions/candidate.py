"""A candidate mention as the rules find it in the parse, and the words around a measure verb they all read."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import authority_of_phrase
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children


@dataclass(frozen=True)
class Candidate:
    """One measure found in the parse, before its sense is checked against the rest of the article."""

    trigger: Token  # the measure word itself
    head: Token  # the noun phrase head that verbs govern ("Act" in "Iran Sanctions Act")
    verb: Token | None  # the word saying what happens to it (impose, lift, violation ...), or None
    start: int  # token span of the mention
    end: int
    kind: str  # noun | verb | generic | resolution | ellipsis (a verb whose measure is the one before) | told (a
    # sanctioning verb whose object is no party, a mention only near another)
    clear: bool


def patient_of(verb: Token, participle: bool = False) -> Token | None:
    """The object of an active measure verb, or the subject of a passive one (``participle``: also the noun a
    present participle modifies, 'freezing assets', for verbs whose objects are checked)."""
    for child in children(verb):
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    if verb.dep_ == "compound" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # mis-parsed "to sanction entities"
    if verb.dep_ in ("acl", "amod") and (verb.head.pos_ in ("NOUN", "PROPN") or verb.head.ent_type_ == "MONEY"
                                         or verb.head.lower_ == "those") and (
            verb.tag_ == "VBN" or (participle and verb.tag_ == "VBG")):
        return verb.head  # "individuals sanctioned by the EU", "those sanctioned"
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and children(verb, "nsubj") \
            and not any(c.tag_ in ("WDT", "WP") for c in children(verb, "nsubj")):
        return verb.head  # "the assets Japan will freeze", "the firms the US sanctioned": the object the clause lacks
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ == "have":
        # "had their EU holdings frozen", "have their property blocked": the causative 'have' holds what its
        # participle acts on, as the participle's subject or as its own object
        return next(iter(children(verb, "nsubj") or children(verb.head, "dobj")), None)
    if verb.dep_ == "xcomp" and children(verb, "auxpass"):
        # "I am proud to be sanctioned by America": a passive infinitive's patient is the subject it shares
        holder = verb.head.head if verb.head.dep_ == "acomp" else verb.head
        return next(iter(children(holder, "nsubj", "nsubjpass")), None)
    return None


def is_possible_target(token: Token, lex: Lexicon) -> bool:
    return (
        token.lower_ in lex.target_nouns
        or token.lemma_.lower() in lex.target_nouns
        or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    )


def is_described_group(token: Token) -> bool:
    """'Those designated', 'those named in the sanctions', 'those on the list': a demonstrative its own words describe
    names parties (docs/annotation.md S2), unlike a bare pronoun."""
    return token.lower_ in ("those", "these") and bool(children(token, "acl", "relcl", "prep"))


def is_counted(group: Token) -> bool:
    """'15 new people', 'both organisations': a group the text counts, a target as written beside the members it names
    (docs/annotation.md S11)."""
    return any(c.dep_ == "nummod" or c.lower_ == "both" for c in children(group))


def is_bare_pronoun(token: Token) -> bool:
    """'they', 'it': a pronoun no words of its own describe (the article resolves it, or nothing does)."""
    return token.pos_ == "PRON" and not is_described_group(token)


def of_another_field(token: Token, lex: Lexicon, party_owns: bool = False) -> bool:
    """'the city's new parking measures', 'the menu list': a vague noun a noun of another field qualifies. With
    ``party_owns``, a party's name is its owner, not a field ('UN designation', but 'the EU border measures' and 'a
    stock market listing' are of another)."""
    return any(c.dep_ == "compound" and c.lemma_.lower() not in lex.measure_nouns
               and not (party_owns and authority_of_phrase(c, lex) is not None) for c in children(token))
