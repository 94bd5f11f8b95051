"""Joint speakers are the first named (docs/annotation.md): 'Minister A, Minister B and Secretary C said …' is A's,
also where the parser broke the list. Only names of people: 'the US and EU officials' are officials."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.language.tree import children, lefts


def first_of_subjects(verb: Token, subjects: list[Token]) -> Token:
    """The subject that speaks of a verb's subjects: the first of several names of people, which is a list the
    parser gave the verb as subjects of its own ('A, B, and C said'); else the nearest name ("the official
    spokesperson of the State Department, Matthew Miller said"), else the nearest."""
    subjects = sorted(subjects, key=lambda s: (s.pos_ != "PROPN", abs(s.i - verb.i)))
    names = [subject for subject in subjects if subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON"]
    return min(names, key=lambda name: name.i) if len(names) > 1 else subjects[0]


def first_listed(subject: Token) -> Token:
    """'Minister Ahn Duk-geun and Trade Representative Jamieson Greer have agreed': the parser hung the first name
    of a list on the last one's; the first name speaks."""
    if subject.ent_type_ != "PERSON":
        return subject
    for child in lefts(subject):
        if (child.dep_ in ("nmod", "compound") and child.ent_type_ == "PERSON" and children(child, "cc")
                and any(conjunct.pos_ == "PROPN" for conjunct in children(child, "conj"))):
            return child
    return subject
