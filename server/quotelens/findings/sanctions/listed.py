"""Whom a list or a group names: the parties a listing verb or noun puts on a list or takes off it, and the members a
sentence names for a sanctioned group ('The newly blacklisted individuals include judges, ...')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quotelens.findings.sanctions.candidate import is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.party_phrases import relative_antecedent, target_phrases
from quotelens.findings.sanctions.phrases import first_conjunct
from quotelens.language.tree import children, prep_objects

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate


def named_members(group: Token, lex: Lexicon) -> Token | None:
    """'The newly blacklisted individuals include judges, prosecutors, ...', 'Among the 14 banks subjected to the
    sanctions are A, B and C', 'a new sanction list which includes six individuals': the parties a sentence names
    for the group a measure hits, or for the list, stand for it."""
    if group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.lemma_.lower() in lex.list_nouns | lex.quantities:
        group = group.head.head  # "The list of people sanctioned this Wednesday are A; B; C", "the batch of listings"
    verb, named = group.head, None
    if group.dep_ == "nsubj" and verb.lemma_.lower() in lex.list_members:
        named = next(iter(children(verb, "dobj")), None)
    elif group.dep_ == "nsubj" and verb.lemma_.lower() == "consist":  # "The batch of listings consists of A and B"
        named = next(iter(prep_objects(verb, "of")), None)
    elif group.dep_ == "nsubj" and verb.lemma_.lower() == "be":  # "Those hit by the new sanctions are A, B and C"
        named = next(iter(children(verb, "attr")), None)
    elif group.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_.lower() == "be":
        named = next(iter(children(verb.head, "nsubj", "attr")), None)
    else:  # "a new sanction list which includes six individuals and three companies"
        named = next((o for c in children(group, "relcl") if c.lemma_.lower() in lex.list_members
                      for o in children(c, "dobj")), None)
    named = relative_antecedent(named) or named if named is not None else None  # "who was among those sanctioned"
    # parties, not a share of the group ("The sanctioned companies include some of Iran's largest")
    parties = [named, *named.conjuncts] if named is not None else []  # "22 institutes and firms"
    return named if any(is_possible_target(p, lex) or p.pos_ == "PROPN" for p in parties) else None


def named_on_list(candidate: Candidate, lex: Lexicon, doc: Doc) -> list[str]:
    """'the addition of 12 Chinese firms to the Entity List', 'the delisting of 51 individuals and 20 companies from
    the sanctions list': whom a noun puts on a list or takes off it, also where the parse hangs the list on the last."""
    head = candidate.head
    if head.lemma_.lower() not in lex.list_nouns or head.dep_ != "pobj" or head.head.lower_ not in ("to", "on", "from"):
        return []
    holder = head.head.head
    party = (first_conjunct(holder) or holder) if holder.dep_ == "conj" else holder
    if party.dep_ == "pobj" and party.head.lower_ == "of":
        noun = party.head.head
    else:
        noun, party = holder, next(iter(prep_objects(holder, "of")), None)
    if party is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.list_changes | {"delisting", "listing"}:
        return []
    return target_phrases(party, doc, before=head.head.i)


def listed_by_verb(candidate: Candidate, lex: Lexicon, doc: Doc) -> list[str]:
    """'put 15 individuals and 16 institutions on its blacklist': whom a listing verb puts on the list, also where
    the parse hangs 'on its blacklist' on the last of them."""
    head = candidate.head
    if head.lemma_.lower() not in lex.list_nouns or head.dep_ != "pobj" or head.head.lower_ not in ("on", "to"):
        return []
    holder = head.head.head
    listed = first_conjunct(holder) or holder if holder.pos_ in ("NOUN", "PROPN") else None
    verb = listed.head if listed is not None and listed.dep_ == "dobj" else holder
    if verb.lemma_.lower() not in lex.listing_verbs:
        return []
    # up to the list: 'on its blacklist' says where they are put, not who they are
    return [t for obj in children(verb, "dobj", "nsubjpass") for t in target_phrases(obj, doc, before=head.head.i)]
