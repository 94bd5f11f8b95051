"""S66: a list of parties subject to a measure ('expand a list of people subject to sanctions', 'the list of Russian
officials subject to travel bans and asset freezes would be increased', 'added the subsidiary to a list of companies
subjected to U.S. sanctions') that the text tells something of is a `designation` mention, its status from the verb
that tells it (S60), its targets the parties put on it; the measure named after 'subject to' is its own mention,
with the list's status, authority and targets."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence, TypeVar

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

_SUBJECT_WORDS = frozenset(vocabulary("sanctions")["listing"]["subject_words"])
_VERB_LINKS = ("dobj", "nsubjpass", "nsubj")  # the list as the object or subject of the verb that tells of it
# How far up a coordination the first of its words is looked for: a list of measures or parties after 'subject to'
# is short; a climb bounded so that a sentence of hundreds of conjuncts stays linear
_CONJUNCTS = 4

F = TypeVar("F")


def subject_list(measure: Candidate, lex: Lexicon) -> Token | None:
    """The list whose parties are 'subject to' ``measure`` ('a list of people subject to sanctions'), or None."""
    found = _list_subject_to(measure.head, lex)
    return found[0] if found is not None else None


def _list_subject_to(head: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """The list and the word 'subject' (or 'subjected') whose 'to' object ``head`` is."""
    for _ in range(_CONJUNCTS):  # 'subject to travel bans and asset freezes'
        head = head.head if head.dep_ == "conj" else head
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ != "to" or preposition.head.lower_ not in _SUBJECT_WORDS:
        return None
    subject = preposition.head
    parties = subject.head  # what is subject: the parties, or the list itself as the parser hangs it
    if subject.dep_ in ("advcl", "xcomp", "oprd"):  # 'published a list of banks subject to sanctions', misparsed
        parties = next(iter(children(parties, "dobj", "nsubjpass")), parties)
    for _ in range(_CONJUNCTS):  # 'the list of individuals and entities subject to these measures'
        parties = parties.head if parties.dep_ == "conj" else parties
    the_list = parties.head.head if parties.dep_ == "pobj" and parties.head.lower_ == "of" else parties
    return (the_list, subject) if the_list.lemma_.lower() in lex.list_nouns and the_list.pos_ == "NOUN" else None


def subject_list_candidates(found: Sequence[Candidate], lex: Lexicon) -> list[Candidate]:
    """A list mention for each measure (of ``found``, or a back-reference noun) named after 'a list of <parties>
    subject to', when a verb tells of the list (expanded, added to, increased, reviewed): the verb and the list up to
    its parties."""
    made: dict[int, Candidate] = {}
    heads = {candidate.head.i for candidate in found}
    # the measure may be a back-reference found later ('subject to these measures'): a back-reference noun will do
    for measure in (t for t in found[0].head.doc if t.i in heads or t.lower_ in lex.back_nouns) if found else ():
        the_list, subject = _list_subject_to(measure, lex) or (None, None)
        verb = _telling_verb(the_list) if the_list is not None else None
        if verb is None or the_list.i in made or subject.i < the_list.i:
            continue
        parties = next(iter(children(the_list, "prep")), None)
        parties = next(iter(children(parties, "pobj")), the_list) if parties is not None else the_list
        put_on = next(iter(children(verb, "dobj")), None) if the_list.dep_ == "pobj" else None
        start = min(verb.i, the_list.left_edge.i) if verb.i < the_list.i else the_list.left_edge.i
        made[the_list.i] = Candidate(the_list, put_on if put_on is not None else parties, verb, start, subject.i,
                                     "verb", True)
    return list(made.values())


def _telling_verb(the_list: Token) -> Token | None:
    """'expand a list', 'the list ... would be increased', 'added X to a list': the verb whose object or subject the
    list is, or whose preposition it follows."""
    if the_list.dep_ in _VERB_LINKS and the_list.head.pos_ == "VERB":
        return the_list.head
    if the_list.dep_ == "pobj" and the_list.head.dep_ == "prep" and the_list.head.head.pos_ == "VERB":
        return the_list.head.head
    return None


def share_list_readings(findings: list[F], lex: Lexicon) -> list[F]:
    """The measure after 'subject to' takes the status, authority and targets of its list's mention (S66)."""
    lists = {f.candidate.trigger.i: f for f in findings if f.candidate.trigger.lemma_.lower() in lex.list_nouns}
    if not lists:
        return findings
    shared = []
    for finding in findings:
        the_list = subject_list(finding.candidate, lex)
        source = lists.get(the_list.i) if the_list is not None else None
        shared.append(finding if source is None or source is finding else replace(
            finding, status=source.status, authority=source.authority or finding.authority,
            targets=source.targets or finding.targets))
    return shared
