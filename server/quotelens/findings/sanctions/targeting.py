"""Whom a targeting verb says a measure hits: 'The sanctions target Russia's banks', 'sanctions aimed at the elite',
'Among the business entities targeted by the new sanctions are A and B'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.article import Context
from quotelens.findings.sanctions.candidate import is_counted
from quotelens.findings.sanctions.following import whom_it_hits
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.listed import named_members
from quotelens.findings.sanctions.party_phrases import relative_antecedent, target_phrases
from quotelens.findings.sanctions.phrases import first_conjunct
from quotelens.language.tree import children, rights

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate

# prepositions after a targeting participle that name the measure it hits by: 'hit with', 'targeted in', 'under'
_NAMING_MEASURE = ("with", "in", "under")


def targeted(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """'The sanctions target Russia's banks', 'sanctions targeting Hamas financiers', 'sanctions aimed at X'."""
    head = candidate.head
    # "Sanctions and travel bans will target eight members": a conjunct shares the first one's verb
    subject = first_conjunct(head) or head if head.dep_ == "conj" else head
    # "The latest round of sanctions targets 87 individuals": a noun that only counts the measures acts for them
    if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.lemma_.lower() in lex.quantities:
        subject = subject.head.head
    governor = subject.head if subject.dep_ in ("nsubj", "nsubjpass") else None
    verbs = [governor] if governor is not None and governor.lemma_.lower() in lex.targeting_verbs else []
    if governor is not None and not verbs:  # "the sanctions were intended to target X"
        verbs = [c for c in children(governor) if c.dep_ == "xcomp" and c.lemma_.lower() in lex.targeting_verbs]
    if governor is not None and not verbs:  # "The sanctions build on previous measures to target foreign companies",
        verbs = _purpose_of(governor, lex)  # "have been wielded to punish oligarchs": what they are for, whom they hit
    if governor is not None and not verbs:
        verbs = _verb_after_participle(governor, lex)
    verbs += [c for c in rights(head) if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lex.targeting_verbs]
    if candidate.verb is not None:  # "expanded sanctions against Russia, targeting 10 entities and 54 individuals"
        verbs += [c for c in rights(candidate.verb) if c.dep_ == "advcl" and c.lemma_.lower() in lex.targeting_verbs]
    found: list[str | list[str]] = [target_phrases(hit, context.doc) for hit in _hit_by(head, lex)]
    # "The sanctions do not target the Myanmar people": whom a negated verb names is spared, not hit
    found += [whom_it_hits(verb, lex) for verb in verbs if not children(verb, "neg")]
    return [t for group in found for t in ([group] if isinstance(group, str) else group)]


def _purpose_of(governor: Token, lex: Lexicon) -> list[Token]:
    """A purpose infinitive of the measure's own verb, or of its object's noun ('build on previous measures to target
    X'), whose targeting verb names whom the measure is for; not one with a subject of its own ('so we can target')."""
    objects = [o for p in children(governor, "prep") for o in children(p, "pobj")]
    holders = [governor, *objects, *children(governor, "dobj")]
    return [c for h in holders for c in children(h) if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
            and c.lemma_.lower() in lex.targeting_verbs and any(a.lower_ == "to" for a in children(c, "aux"))
            and not children(c, "nsubj")]


def _verb_after_participle(participle: Token, lex: Lexicon) -> list[Token]:
    """'EU sanctions related to the aggression against Ukraine now target 53 entities', which spaCy parses with the
    participle as the measure's verb and 'target' as a clause of its own with no subject: a finite targeting verb
    right after, beside the participle and with no subject, is the measure's."""
    if participle.tag_ != "VBN" or children(participle, "aux", "auxpass") or participle.head.i == participle.i:
        return []
    return [c for c in children(participle.head) if c.i > participle.i and c.tag_ in ("VBP", "VBZ", "VBD")
            and c.dep_ == participle.dep_ and c.lemma_.lower() in lex.targeting_verbs
            and not children(c, "nsubj", "nsubjpass")]


def _hit_by(head: Token, lex: Lexicon) -> list[Token]:
    """'Among the business entities targeted by the new sanctions are A and B': the parties a sentence names for the
    group a targeting verb whose agent is the measure acts on (the noun its participle modifies, its passive subject);
    a party by name ('Mali and Burkina Faso had been hit by other ranges of sanctions') or by a relative pronoun ('no
    Kazakh company that has been targeted by sanctions'); not what a measure covers ('the goods covered by the
    embargo') nor a bare group ('entities hit by the sanctions')."""
    if head.dep_ == "conj":  # "the 16 Iranians targeted by the travel bans and asset freezes": each measure of the
        head = first_conjunct(head) or head  # coordination is the agent, as its first conjunct is
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in lex.quantities:
        head = head.head.head  # "other ranges of sanctions"
    # 'those hit with EU sanctions', 'Arms brokers targeted in this round of sanctions': a participle's 'with', 'in'
    # or 'under' names the measure as its agent's 'by' does
    verb = head.head.head if head.dep_ == "pobj" and (head.head.dep_ == "agent" or (
        head.head.lower_ in _NAMING_MEASURE and head.head.head.tag_ == "VBN")) else None
    if verb is None or verb.lemma_.lower() not in lex.targeting_verbs:
        return []
    found = []
    for word in [verb.head] if verb.dep_ == "acl" else children(verb, "nsubjpass"):
        party, members = relative_antecedent(word), named_members(word, lex)
        if members is not None:  # S11: a counted group is a target as written beside the members the sentence
            found += [word, members] if is_counted(word) else [members]  # names ('Among the 16 Iranians … is X')
        elif party is not None or word.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
            found.append(party or word)
    return found
