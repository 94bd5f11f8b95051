"""Titles a verb gives a person: "Miller is the State Department spokesman", "who serves as the British ambassador",
"a hotelier Trump tapped as his ambassador to the European Union"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.past import in_the_past
from quotelens.findings.people.titles import ROLES, Title, build_title, canonical_head
from quotelens.language.syntax import SUBJECT_DEPS, phrase_of
from quotelens.language.tree import children

# Passive auxiliaries of an appointment that took place, and conjunctions of one that may not have.
_DONE = {"was", "were", "been"}
_UNREAL_MARKS = {"if", "unless", "whether", "before", "until", "once"}
# Possessives that make a noun the subject's own ("his final statement as foreign minister").
_OWN_PRONOUNS = {"his", "her", "their"}


def title_by_copula(doc: Doc, name: Span) -> Title | None:
    """'Miller is the State Department spokesman' or 'Miller, who is the spokesman'."""
    root = name.root
    verbs = []
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ in ROLES.office_verbs:
        verbs.append(root.head)
    # The passive of a verb of appointment names its subject's office as its object predicate: "since Donald Trump
    # was elected president of the United States", "she was named ambassador".
    if root.dep_ == "nsubjpass" and root.head.lemma_ in ROLES.appointment_verbs and _given(root.head):
        verbs.append(root.head)
    verbs.extend(child for child in children(root, "relcl") if child.lemma_ in ROLES.office_verbs
                 and any(grand.lower_ in {"who", "that"} for grand in children(child, *SUBJECT_DEPS)))
    for verb in verbs:
        title = title_of_predicate(doc, verb)
        # A predicate without an organisation is more often a judgement ("is the superior candidate") than a
        # post, unless it names an office.
        if title is not None and (title.organization is not None or title.head in ROLES.official_heads):
            return title
    return None


def _given(verb: Token) -> bool:
    """Whether a passive appointment happened: "was elected", "has been named", not one imagined or to come ("if
    Hillary Clinton is elected president", "she will be named ambassador", "before he was elected")."""
    auxiliaries = children(verb, "auxpass", "aux")
    return any(aux.lower_ in _DONE for aux in auxiliaries) and not any(aux.tag_ == "MD" for aux in auxiliaries) \
        and not any(mark.lower_ in _UNREAL_MARKS for mark in children(verb, "mark"))


def title_of_predicate(doc: Doc, verb: Token) -> Title | None:
    """The title in a predicate: "is the spokesman for X", "serves as the British ambassador to the U.S."."""
    title = None
    for child in children(verb, "attr", "oprd", "prep"):
        if child.dep_ in {"attr", "oprd"} and canonical_head(child) is not None:
            title = build_title(doc, phrase_of(doc, child), formal_allowed=False)
        if child.dep_ == "prep" and child.lower_ == "as":
            for grand in children(child, "pobj"):
                if canonical_head(grand) is not None:
                    title = build_title(doc, phrase_of(doc, grand), formal_allowed=False)
        if title is not None:
            return replace(title, former=True) if in_the_past(verb) else title
    return None


def appointed_as(doc: Doc, name: Span) -> Title | None:
    """The office an appositive says the person was given, read from the words (the parse of such a clause is
    unreliable): "Sondland, a wealthy hotelier Trump tapped as his ambassador to the European Union," is the
    ambassador, not a hotelier, here."""
    if name.end >= len(doc) or doc[name.end].text != ",":
        return None
    end = name.end + 1
    while end < min(len(doc), name.end + 25) and doc[end].text not in {",", ";", ".", "—", "–"}:
        end += 1
    for index in range(name.end + 1, end - 2):
        if doc[index].lemma_ in ROLES.appointment_verbs and doc[index + 1].lower_ == "as":
            title = build_title(doc, doc[index + 2:end], formal_allowed=False)
            return title if title is not None and title.is_official else None
    return None


def title_by_appointment(doc: Doc, name: Span) -> Title | None:
    """The office a verb of appointment gives its object: "Guterres has appointed Jean Arnault to engage as his
    Personal Envoy", "Biden named Mary Ellis as ambassador" (the office, only when it is one)."""
    verb = name.root.head
    if name.root.dep_ != "dobj" or verb.lemma_ not in ROLES.appointment_verbs:
        return None
    return _office_as(doc, (verb, *children(verb, "xcomp")), after=name.end)


def title_by_capacity(doc: Doc, name: Span) -> Title | None:
    """The office in which the subject acts, given by "as" on its verb or on a noun of the subject's own ("Frederick
    Shava said in his final statement as foreign minister", "Kerry spoke as foreign minister"): only an office.
    Not through another person's noun ("his successor as foreign minister") nor the verb's object's."""
    root = name.root
    if root.dep_ not in SUBJECT_DEPS:
        return _office_as(doc, _relative_verbs(root))
    verb = root.head
    # "praised his successor as foreign minister": with an object, "as" on the verb says what the object is.
    own_nouns = [noun for link in children(verb, "prep") for noun in children(link, "pobj")
                 if canonical_head(noun) is None and noun.lemma_.lower() not in ROLES.relational_heads
                 and any(owner.lower_ in _OWN_PRONOUNS for owner in children(noun, "poss"))]
    return _office_as(doc, [verb] * (not children(verb, "dobj")) + own_nouns + _relative_verbs(root))


def _relative_verbs(root: Token) -> list[Token]:
    """The verbs of the person's own relative clauses, whose "as" says in what office they act: "Nikolai Lazovik, who
    appeared on the list as head of the Central Election Commission"; not one with an object ("who hailed X as ...")."""
    return [verb for verb in children(root, "relcl") if not children(verb, "dobj")
            and any(subject.lower_ in {"who", "that"} for subject in children(verb, *SUBJECT_DEPS))]


def _office_as(doc: Doc, holders, after: int = 0) -> Title | None:
    """The first office given by "as" (after token ``after``) on one of the ``holders``: "as his Personal Envoy"."""
    for holder in holders:
        for link in children(holder, "prep"):
            if link.lower_ != "as" or link.i < after:
                continue
            for office in children(link, "pobj"):
                title = build_title(doc, phrase_of(doc, office), formal_allowed=False)
                if title is not None and title.is_official:
                    return title
    return None
