"""Parties a sanctioning clause hits beside its patient ('was sanctioned along with two companies', 'blacklisted
Daher alongside six people', 'four individuals had been sanctioned, as was the group X', 'Gazprombank was placed
under U.S. sanctions along with other Russian firms'), names as one of the group it hits ('X is among the banks hit
by sanctions') or has it done to ('the firms will have their assets frozen'): docs/annotation.md, every target
separately."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from quotelens.findings.sanctions.clause_paths import clause_path
from quotelens.findings.sanctions.party_phrases import target_phrases
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import children

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate

_ALONG = ("along",)  # not "together with", as often the one acting beside the authority
# 'as was X', 'as were X', 'as have X' after a passive or 'is subject to': the same verb again, with its patient
_AGAIN = ("be", "have")


def parties_beside(holders: list[Token], patient: Token | None = None) -> list[Token]:
    """The parties the holders' 'along with' or 'alongside' names, and the subject of an elliptic 'as was/were'
    after a clause whose subject undergoes the measure; never the patient itself."""
    along = [p for holder in holders for p in children(holder, "prep")]
    along += [w for p in along if p.lower_ in _ALONG for w in children(p, "prep")]  # 'along' > 'with' > party
    found = [o for p in along if _is_along(p) for o in children(p, "pobj")]
    found += [s for holder in holders if _undergone(holder) for clause in children(holder, "advcl")
              if _again(clause) for s in children(clause, "nsubj", "nsubjpass")]
    return [party for party in found if patient is None or party.i != patient.i]


def beside_subject(candidate: Candidate, found: list[str], doc: Doc) -> list[str]:
    """'Rosario Murillo, who is already subject to U.S. sanctions along with other Nicaraguan officials': when the
    subject of a measure noun's clause is one of its targets, the parties hit beside it there (a verb's own patient
    has its companions in patients.py)."""
    if candidate.kind == "verb" or not found:
        return []
    path = clause_path(candidate.verb or candidate.head)
    verb = next((w for w in path if w.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    # the subject among the targets found, or a relative pronoun standing for one ('Murillo, who is subject to')
    if not any(s.lower_ in RELATIVE_PRONOUNS or any(s.text in f for f in found)
               for s in children(verb, "nsubj", "nsubjpass")):
        return []
    # on the verb or on the words from the measure up to it ('subject to U.S. sanctions along with …')
    return [t for party in parties_beside(path[: path.index(verb) + 1]) for t in target_phrases(party, doc)]


def _is_along(preposition: Token) -> bool:
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    return preposition.lower_ == "alongside" or (
        preposition.lower_ == "with" and before is not None and before.lower_ in _ALONG)


def _undergone(verb: Token) -> bool:
    """A passive ('had been sanctioned', 'were hit') or a copula ('is subject to', 'is under'): its subject is the
    party the measure hits, so an 'as was X' after it names another; after an active verb ('as did the EU') the one
    imposing."""
    return bool(children(verb, "auxpass", "nsubjpass")) or verb.lemma_.lower() == "be"


def _again(clause: Token) -> bool:
    """'as was the group X', 'as were 15 spouses': an elliptic clause repeating the verb, with a subject and no verb
    of its own ('as was reported' has one; 'as is the case' names no party)."""
    return clause.lemma_.lower() in _AGAIN and any(m.lower_ == "as" for m in children(clause, "mark")) \
        and not children(clause, "attr", "acomp", "dobj", "xcomp", "ccomp") \
        and all(s.pos_ in ("NOUN", "PROPN", "NUM") and s.lower_ not in ("case",) for s in children(clause, "nsubj"))


def parties_around(candidate: Candidate, doc: Doc) -> list[str]:
    """The party a copula names as one of the group the measure hits, and the one that has the measure done to it."""
    return named_as_member(candidate, doc) + [t for party in _having_it_done(candidate) for t in target_phrases(party, doc)]


def _having_it_done(candidate: Candidate) -> list[Token]:
    """'The companies will have their assets in China frozen', 'Two firms had their EU holdings frozen', 'The Navy
    also had sanctions applied', 'Those named will have any U.S. visas revoked': a causative 'have' with the measure
    verb's participle; its subject undergoes the measure. A pronoun is left to the article ('they'); an active
    'have' of the authority ('the EU has had sanctions in place') takes no participle."""
    participle = next((w for w in (candidate.trigger, candidate.verb, candidate.head.head) if w is not None
                       and w.tag_ in ("VBN", "JJ") and w.dep_ in ("ccomp", "xcomp")), None)  # "frozen" as JJ too
    if participle is None or participle.head.lemma_.lower() != "have" or children(participle, "aux", "auxpass"):
        return []
    subject = next(iter(children(participle.head, "nsubj")), None)
    return [] if subject is None or subject.pos_ == "PRON" else [subject]


def named_as_member(candidate: Candidate, doc: Doc) -> list[str]:
    """'Mousavi is one of those hit with travel bans', 'Areximbank is among 37 entities which the Treasury included
    in its blacklist', 'Arreaza is the latest Venezuelan official to be targeted', 'Chaika is the only non-Moldovan
    citizen on the list': the party a copula says is one of the group the measure hits is a target too."""
    word = candidate.trigger
    for _ in range(_MEMBER_CLIMB):
        if word.head.i == word.i:
            return []
        describes = word.dep_ in ("acl", "relcl") and _hits_its_noun(word) or word.dep_ == "prep" and (
            word.lower_ in _PUT or word.lower_ == "of" and word.head.lemma_.lower() in _AIMED)
        if describes and (party := _identified(word.head)) is not None:
            return target_phrases(party, doc)
        word = word.head
    return []


_MEMBER_CLIMB = 5  # measure -> with -> hit -> those: the clause that describes the group
_PUT = ("on", "under")  # 'the only citizen on the list', 'the only bank under sanctions'
_AIMED = ("target", "subject")  # 'X will be the targets of the latest sanctions', 'X became the subject of a ban'
_COPULAS = ("be", "become", "remain")


def _hits_its_noun(verb: Token) -> bool:
    """'those hit with travel bans', 'the official to be targeted', 'officials who were sanctioned', 'entities which
    the Treasury included': a reduced relative with no subject of its own, or a relative clause whose gap is the noun
    it describes; not a complement clause with a subject of its own ('an announcement that the ban would be
    lifted')."""
    subjects = children(verb, "nsubj", "nsubjpass")
    if verb.dep_ == "acl":
        return not subjects and not children(verb, "mark") and (verb.tag_ == "VBN" or bool(children(verb, "auxpass")))
    relative = [s for s in subjects if s.lower_ in RELATIVE_PRONOUNS]
    if children(verb, "auxpass"):
        return bool(relative) or not subjects  # 'who were sanctioned', 'the latest to be targeted'
    # 'which the Treasury included': a subject of its own and the noun as its missing or relative object
    return bool(subjects) and not relative and all(o.lower_ in RELATIVE_PRONOUNS for o in children(verb, "dobj"))


def _identified(group: Token) -> Token | None:
    """The subject a copula identifies with the group: 'X is among 37 entities', 'X is one of those', 'X is the
    latest official'; a pronoun names no one here."""
    holder = group
    if group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.lower_ == "one":
        holder = group.head.head  # 'one of those'
    elif group.dep_ == "pobj" and group.head.lower_ == "among":
        holder = group.head
    if holder.dep_ not in ("attr", "prep") or holder.head.lemma_.lower() not in _COPULAS:
        return None
    subject = next(iter(children(holder.head, "nsubj")), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None
