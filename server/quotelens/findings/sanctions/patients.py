"""Whom a sanctioning verb hits: its object or passive subject, read one way per construction, tried in order."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.companions import parties_beside
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.listed import named_members
from quotelens.findings.sanctions.owners import owner_named_before, owner_of
from quotelens.findings.sanctions.party_phrases import member_objects, relative_antecedent, target_phrases
from quotelens.findings.sanctions.aliases import entity_text
from quotelens.findings.sanctions.article import Context
from quotelens.findings.sanctions.wording import clean_phrase
from quotelens.language.tree import children, prep_objects

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate

# A finder returns the targets when its construction is the one the verb stands in, else None.
PatientFinder = Callable[["Candidate", Lexicon, Context], "list[str] | None"]


def patient_targets(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """Whom 'sanctioned', 'blacklisted', 'seized' hits: the first construction below that fits says so, and the
    parties sanctioned along with it."""
    found = next(found for finder in _FINDERS if (found := finder(candidate, lex, context)) is not None)
    return found + [t for party in _companions(candidate) for t in target_phrases(party, context.doc)] \
        + _designated_beside(candidate, context.doc)


def _companions(candidate: Candidate) -> list[Token]:
    """'The company was sanctioned along with Chilsong Trading Corp. and Korea Paekho Trading Corp.', 'blacklisted
    Daher as a specially designated global terrorist alongside six people': parties hit beside the patient, on the
    verb, its patient or what it designates the patient as."""
    holders = [candidate.trigger, candidate.head, *candidate.head.conjuncts, *_designated_as(candidate)]
    return parties_beside(holders, candidate.head)


def _designated_as(candidate: Candidate) -> list[Token]:
    return prep_objects(candidate.trigger, "as")


def _designated_beside(candidate: Candidate, doc) -> list[str]:
    """'designate the Houthi group as a terrorist organisation and its leaders as terrorists': the parse hangs the
    second party on what the first is designated as; a conjunct there with an 'as' of its own after it is a party
    designated beside the patient (its own words up to it, not the designation)."""
    seconds = [c for o in _designated_as(candidate) for c in o.conjuncts
               if any(p.lower_ == "as" and p.i > c.i for p in children(c, "prep") + children(o, "prep"))]
    return [clean_phrase(doc[c.left_edge.i: c.i + 1].text) for c in seconds]


def _members_named(candidate: Candidate, lex: Lexicon, context: Context) -> list[str] | None:
    """'Among those sanctioned are A and B': the parties named as its members."""
    members = named_members(candidate.head, lex)
    return target_phrases(members, context.doc) if members is not None else None


def _those_who(candidate: Candidate, lex: Lexicon, context: Context) -> list[str] | None:
    """'sanction those who endanger our democracy', not 'those sanctioned'."""
    patient = candidate.head
    if patient.lower_ == "those" and children(patient, "relcl", "acl") and candidate.trigger.head.i != patient.i:
        return target_phrases(patient, context.doc)
    return None


def _pronoun(candidate: Candidate, lex: Lexicon, context: Context) -> list[str] | None:
    """'he has been sanctioned': the person is named elsewhere."""
    patient = candidate.head
    if patient.pos_ != "PRON" or patient.lower_ not in lex.party_pronouns:
        return None
    # else 'he is barred from entering', 'she was sanctioned': the person named last before (targets.find_targets)
    return _reporting_self(patient, lex) or ([patient.text] if patient.lower_ in _PERSONAL else [])


_PERSONAL = ("he", "she", "him", "her")


def _seized_owner(candidate: Candidate, lex: Lexicon, context: Context) -> list[str] | None:
    """'seized a plane owned by a Russian airline': the owner."""
    if candidate.trigger.lemma_.lower() not in lex.seizure_words:
        return None
    # "seized luxury vessels and villas owned by Russian billionaires": the clause on the last conjunct owns all
    owner = next((o for each in (candidate.head, *candidate.head.conjuncts) if (o := owner_of(each, lex)) is not None),
                 None) or owner_named_before(candidate.head, lex)
    return target_phrases(owner, context.doc) if owner is not None else None


def _object(candidate: Candidate, lex: Lexicon, context: Context) -> list[str] | None:
    """'sanctioned 14 people and 8 companies': each group; 'the firms it sanctioned': the antecedent."""
    patient = candidate.head
    if patient.left_edge.i > candidate.trigger.i or relative_antecedent(patient) is not None:
        return target_phrases(patient, context.doc)
    return None


def _passive_subjects(candidate: Candidate, lex: Lexicon, context: Context) -> list[str] | None:
    """'The people on the list and their family members are banned', parsed as two subjects."""
    subjects = children(candidate.trigger, "nsubjpass")
    if len(subjects) > 1:
        return [t for subject in subjects for t in target_phrases(subject, context.doc)]
    return None


def _coordinated_before(candidate: Candidate, lex: Lexicon, context: Context) -> list[str] | None:
    """'16 people and two organizations are blacklisted': each conjunct before the verb group; 'Four Iraqis,
    including two PMF leaders, were sanctioned': the group and each member it names (docs/annotation.md S27)."""
    patient = candidate.head
    if patient.i < candidate.trigger.i and (patient.conjuncts or any(member_objects(c, lex) for c in children(
            patient, "prep"))):
        verb_group = [candidate.trigger] + children(candidate.trigger, "aux", "auxpass", "neg")
        return target_phrases(patient, context.doc, before=min(t.i for t in verb_group))
    return None


def _patient_words(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """The patient's own words on its side of the verb; not the relative clause that sanctions it ('Deripaska, who
    was sanctioned')."""
    patient, trigger = candidate.head, candidate.trigger
    if patient.i > trigger.i:
        words = [t for t in patient.subtree if t.i > trigger.i]
    else:
        before = trigger.left_edge.i if trigger.dep_ == "relcl" and trigger.head.i == patient.i else trigger.i
        words = [t for t in patient.subtree if t.i < before or t.i == patient.i]
    return [clean_phrase(context.doc[words[0].i: words[-1].i + 1].text)] if words else []


_FINDERS: tuple[PatientFinder, ...] = (_members_named, _those_who, _pronoun, _seized_owner, _object,
                                       _passive_subjects, _coordinated_before, _patient_words)


def _reporting_self(pronoun: Token, lex: Lexicon) -> list[str]:
    """'Jarrod Gilbert said he doesn't care that he has been sanctioned': 'he' in what a named person says is that
    person; any other pronoun names no one here."""
    verb = next((v for v in pronoun.ancestors if v.pos_ == "VERB" and v.lemma_.lower() in lex.speech_verbs), None)
    speaker = next(iter(children(verb, "nsubj")), None) if verb is not None else None
    if speaker is not None and speaker.ent_type_ != "PERSON":  # "lecturer and columnist Jarrod Gilbert said"
        speaker = next((c for c in children(speaker, "appos") if c.ent_type_ == "PERSON"), None)
    if speaker is None or speaker.ent_type_ != "PERSON" or pronoun.lower_ not in ("he", "she", "him", "her"):
        return []
    return [entity_text(speaker)]
