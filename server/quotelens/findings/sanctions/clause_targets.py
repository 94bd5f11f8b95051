"""Whom a measure hits when its own phrase names no one: the clause around it says so (the verb it is the means
of, the party it helps evade, the owner of held property, the subject put under it), tried in order."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import is_counted, is_described_group, is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.listed import named_members
from quotelens.findings.sanctions.owners import owners_named
from quotelens.findings.sanctions.party_phrases import member_objects, target_phrases
from quotelens.findings.sanctions.phrases import first_conjunct
from quotelens.findings.sanctions.aliases import entity_text, state_of_capital
from quotelens.findings.sanctions.article import Context
from quotelens.findings.sanctions.subjects import subject_target
from quotelens.findings.sanctions.wording import clean_phrase
from quotelens.language.tree import children, lefts, rights

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate

ClauseFinder = Callable[["Candidate", Lexicon, Context], "list[str]"]
# How far up the parse a breach looks for whom it helps: verb, its noun, the preposition, the clause above.
_COUNTERPART_CLIMB = 6


def clause_targets(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """The targets of the first finder below that names any."""
    return next((found for finder in _FINDERS if (found := finder(candidate, lex, context))), [])


def parties_put_under(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """Whom the measure's clause puts under it as its subject or object, for a back-reference too ('112 people are
    still subject to the measures', 'X and its CEO were hit with the penalties'): its own clause, not the measure
    it refers to, names them. Only a party: what evades or is subject to a measure may be goods or transactions
    ('Exports subject to the tighter controls'), which leave the back-reference its antecedent's targets."""
    subject = subject_target(candidate, lex)
    if subject is not None and not (is_possible_target(subject, lex) or subject.pos_ == "PROPN"
                                    or is_described_group(subject)):
        return []
    return next((found for finder in (_instrument_targets, _subject_put_under, _on_the_list)
                 if (found := finder(candidate, lex, context))), [])


# Verbs whose subject is, stays or comes on a list ('X is on the list', 'X remains on the list', 'X joined the list'),
# and verbs that put a party on a list or take it off, whose subject is the lister and whose object or passive subject
# the party ('the Treasury included X in its blacklist', 'X was included in the list', 'those taken off the list')
_BEING_ON = ("be", "remain", "stay", "appear", "join")
_PUTTING_ON = ("include", "take", "remove", "feature")


def _on_the_list(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """'The information and sports ministers are on the list', 'Four additional entities joined the list', 'Among
    those on the list is Hong Sung-mu', 'Those off the list include A and B': whom the clause says a list (docs/
    annotation.md S3) holds or lets go; not a negated clause (S12: 'was not added to the list')."""
    head = candidate.head
    if head.lemma_.lower() not in lex.list_nouns:
        return []
    if head.dep_ == "dobj" and head.head.lemma_.lower() == "join":
        holder = head.head
    elif head.dep_ == "pobj" and head.head.lower_ in ("on", "in", "onto", "off", "from"):
        holder = head.head.head
    else:
        return []
    if holder.pos_ in ("NOUN", "PRON", "DET") or holder.lower_ == "those":  # 'those on the list', 'people on it'
        members = named_members(holder, lex)
        return target_phrases(members, context.doc) if members is not None else []
    if holder.lemma_.lower() not in _BEING_ON + _PUTTING_ON or children(holder, "neg"):
        return []
    if holder.dep_ == "acl" and holder.head.pos_ in ("NOUN", "PRON", "DET"):  # 'the officials taken off the list are'
        members = named_members(holder.head, lex)
        return target_phrases(members, context.doc) if members is not None else []
    put = holder.lemma_.lower() in _PUTTING_ON
    return [t for s in children(holder, *(("dobj", "nsubjpass") if put else ("nsubj", "nsubjpass")))
            if is_possible_target(s, lex) or s.pos_ == "PROPN" for t in target_phrases(s, context.doc)]


def _instrument_targets(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """'punished Belarus with sanctions', 'squeeze Russia's economy with sanctions': whom the action the measure is
    the means of acts on."""
    means = candidate.head  # "target Russia with a round of sanctions": the group is the means
    if means.dep_ == "pobj" and means.head.lower_ == "of" and means.head.head.lemma_.lower() in lex.quantities:
        means = means.head.head
    preposition = means.head
    verb = preposition.head
    if means.dep_ != "pobj" or preposition.lower_ not in lex.instrument_preps or verb.pos_ != "VERB":
        return []
    if any(t.pos_ == "VERB" for t in context.doc[verb.i + 1: preposition.i]):
        return []  # the parse hung the means on a verb further back ("prompting powers to ... punish X with")
    # "Three members of the Council were also hit with sanctions", "Six companies were slapped with sanctions": the
    # subject of a passive verb of targeting or imposing is whom it acts on
    acts_on = verb.lemma_.lower() in lex.targeting_verbs or lex.status_of.get(verb.lemma_.lower()) == "imposed"
    hit = children(verb, "dobj") or [s for s in children(verb, "nsubjpass") if s.pos_ != "PRON"
                                     and acts_on]  # 'it was hit': named elsewhere
    return [t for obj in hit for t in target_phrases(obj, context.doc)]


def _violation_counterparts(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """Whom a resolution or its violation concerns: 'cooperating with North Korea on programs that would violate'."""
    violated = candidate.verb is not None and lex.status_of.get(candidate.verb.lemma_.lower()) == "violated"
    return _counterparts(candidate) if candidate.kind == "resolution" or violated else []


def _owners(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """The owner of property a measure holds (owners.py); not for 'sanction', which holds no property."""
    return owners_named(candidate, lex) if candidate.trigger.lemma_.lower() != "sanction" else []


def _subject_put_under(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """'36 officials and 35 entities subject to an asset freeze', 'The tanker, which is under U.S. sanctions'."""
    subject = subject_target(candidate, lex)
    if subject is not None and named_members(subject, lex) is not None:
        # S11: a counted group and each member its sentence names ('Among the 15 new people subjected to an asset
        # freeze were A and B')
        counted = [_short_phrase(subject, candidate)] if subject.tag_ == "NNS" and is_counted(subject) else []
        return counted + target_phrases(named_members(subject, lex), context.doc)
    if subject is None or not _may_be_hit(subject, lex) or denies_party(candidate, lex):
        return []
    first = first_conjunct(subject) or subject if subject.dep_ == "conj" else subject
    found = [_short_phrase(each, candidate) for each in [first, *first.conjuncts]]
    # "141 entities … under US sanctions, including President Mnangagwa": members hung on the measure
    return found + [t for child in rights(candidate.head) for obj in member_objects(child, lex)
                    if is_possible_target(obj, lex) for t in target_phrases(obj, context.doc)]


def denies_party(candidate: Candidate, lex: Lexicon) -> bool:
    """'Armenian companies do not fall under secondary sanctions': a negated clause names whom the measure does not
    hit (S12), so the mention has no target, neither that party nor one of the measure before it."""
    subject = subject_target(candidate, lex)
    return subject is not None and bool(children(subject.head, "neg"))


_FINDERS: tuple[ClauseFinder, ...] = (_on_the_list, _instrument_targets, _violation_counterparts, _owners,
                                      _subject_put_under)


def _may_be_hit(subject: Token, lex: Lexicon) -> bool:
    """A party, a name or held property the clause puts under a measure, not 'risk' of 'risk facing sanctions'."""
    return is_possible_target(subject, lex) or subject.pos_ in ("PROPN", "PRON") or subject.dep_ == "nsubj" \
        or subject.lemma_.lower() in lex.measure_objects


def _short_phrase(noun: Token, candidate: Candidate) -> str:
    """'The tanker' of 'The tanker, which is under U.S. sanctions'; 'Russia' of 'sanctions-hit Russia'."""
    if noun.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
        return state_of_capital(entity_text(noun))
    start = noun.i
    for child in lefts(noun):
        if child.dep_ in ("det", "compound", "amod", "nummod", "poss") and candidate.trigger not in child.subtree:
            start = min(start, child.left_edge.i)
    # "Those designated", "Those named in the sanctions": the words after the demonstrative are what names them
    end = max((c.right_edge.i for c in rights(noun) if c.dep_ in ("acl", "relcl", "prep")
               and candidate.trigger not in c.subtree), default=noun.i) if is_described_group(noun) else noun.i
    return clean_phrase(noun.doc[start: end + 1].text)


def _counterparts(candidate: Candidate) -> list[str]:
    """Whom a violation helps: 'cooperating with North Korea on programs that would violate ...'. The climb stops
    after a clause's depth: a sentence of many breaches chains each to the last, and each climbing the whole chain
    was quadratic."""
    for ancestor in islice(candidate.trigger.ancestors, _COUNTERPART_CLIMB):
        for child in children(ancestor, "prep"):
            if child.lower_ == "with":
                for obj in children(child, "pobj"):
                    if obj.ent_type_ == "GPE":
                        return [entity_text(obj)]
    return []
