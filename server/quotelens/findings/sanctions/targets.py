"""Whom a sanction targets: the objects of its phrase and verb (its prepositions' in preposition_targets.py),
coordinated targets one by one, the owner of frozen or seized property, the subject of 'under sanctions'; sectors are
not targets (measures.py names them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.companions import beside_subject, parties_around
from quotelens.findings.sanctions.entry_parties import denied_parties
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.measures import measure_of
from quotelens.findings.sanctions.listed import listed_by_verb, named_members, named_on_list
from quotelens.findings.sanctions.following import targets_announced, targets_in_next_sentence
from quotelens.findings.sanctions.targeting import targeted
from quotelens.findings.sanctions.owners import beyond_measure_object, owner_a_verb_above_takes
from quotelens.findings.sanctions.party_phrases import relative_antecedent, target_phrases
from quotelens.findings.sanctions.patients import patient_targets
from quotelens.findings.sanctions.pronoun_targets import is_personal, person_meant
from quotelens.findings.sanctions.clause_targets import clause_targets, parties_put_under
from quotelens.findings.sanctions.phrases import first_conjunct
from quotelens.findings.sanctions.preposition_targets import preposition_targets, state_answered
from quotelens.findings.sanctions.aliases import authority_of_words, entity_text
from quotelens.findings.sanctions.article import Context
from quotelens.findings.sanctions.wording import clean_phrase, is_against, is_demonym
from quotelens.language.tree import children, lefts, prep_objects

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate


# a relative pronoun the parse left unresolved ('individuals barred from entry ... and whose assets are frozen') names
# no one either
_BARE_PRONOUNS = (["them"], ["it"], ["him"], ["her"], ["they"], ["whose"], ["who"], ["which"], ["that"])


def find_targets(candidate: Candidate, lex: Lexicon, context: Context, authority: str | None = None) -> list[str]:
    found = _targets(candidate, lex, context) or targets_in_next_sentence(candidate.head, lex) \
        or targets_announced(candidate.head, lex, context.announced_lists)
    # S11: a counted group and each member its sentence names after a colon or dash ('two banks — A and B'); only
    # beside whom the mention's own words hit ('sanctions circumvention' through 'five countries: A, B')
    if found:
        found += targets_announced(candidate.head, lex, context.counted_lists, "counted")
        found += beside_subject(candidate, found, context.doc)  # '…, along with other officials', 'as were X'
    found += parties_around(candidate, context.doc)  # 'X is among those hit', 'X will have its assets frozen'
    if measure_of(candidate, lex) != "seizure":
        found = [o for t in found if (o := _owner_of_property(t, lex) if _is_property(t, lex) else t)]
    # one party once, whichever reading of the parse named it ('A and B are banned', two subjects of one verb)
    return _without_parts(list(dict.fromkeys(
        meant for t in found if (meant := _party_meant(t, candidate, lex, context, authority)))))


def _without_parts(targets: list[str]) -> list[str]:
    """Each party once: a target that is a conjunct inside another target is that one read again ('entities' beside
    '22 individuals and entities across various countries', 'banks, entities and activities in Russia'); a party
    another target only mentions stays ('Zimbabwe' beside 'the people of Zimbabwe')."""
    if len(targets) < 2:
        return targets
    # padded with spaces, so a conjunct that ends the other phrase is found as one inside it
    return [t for t in targets if not any(
        other != t and any(f"{mark} {t} " in f" {other} " for mark in _CONJUNCT_MARKS) for other in targets)]


_CONJUNCT_MARKS = (" and", " or", ",")  # what opens a conjunct inside a target phrase
_NOT_IN_PROPERTY = frozenset(("of", "and", "by", "for", "to", "with", "who", "that"))


def _is_property(phrase: str, lex: Lexicon) -> bool:
    """'a freeze on assets', 'a freeze on the finances and wealth': what a measure takes or bans is no target
    (docs/annotation.md: banned goods are neither targets nor sectors); only a seizure's is, when it names no owner.
    A name ending in such a word ('Mosul Bank for Development and Investment') is a party."""
    words = phrase.split()
    return 0 < len(words) <= 4 and words[-1].islower() and words[-1] in lex.measure_objects \
        and not set(words) & _NOT_IN_PROPERTY  # 'civilians accused of damaging their property' is a party


def _owner_of_property(phrase: str, lex: Lexicon) -> str | None:
    """'sanctions against Russian oil and gas', 'restrictions on Venezuelan oil sales': the country whose goods a
    measure bans, as its sectors name it (docs/annotation.md); none when the phrase names no country."""
    return next((lex.country_of_adjective[w.lower()] for w in phrase.split() if w.lower() in lex.country_of_adjective),
                None)


def _party_meant(phrase: str, candidate: Candidate, lex: Lexicon, context: Context,
                 authority: str | None) -> str | None:
    """The party a pronoun or a country anaphor stands for; a personal pronoun the article does not resolve is
    dropped, which leaves the measure to take the targets of the one it refers back to (sanctions.py)."""
    if is_personal(phrase):
        return person_meant(phrase, context.doc[candidate.start].idx, context)
    return _country_meant(phrase, candidate, lex, context, authority)


def targeted_by_verb(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """Whom a targeting verb of a vague repeat says it hits ('The widely flagged measure covers ministers and
    prosecutors', 'its new measures targeting 22 officials'): the repeat's own clause, unlike its other words
    ('kept the restrictions in place'), names its targets."""
    found = targeted(candidate, lex, context) or parties_put_under(candidate, lex, context)
    return list(dict.fromkeys(t for t in found if t and not _names_no_target(t, lex)))


# S26: a country the mention's own words describe ('sanctions on the country') is a target as written; a third
# person's possessive ('the blockade imposed on his country') stands for the country named before; so does a
# description away from the mention, but not the subject of the mention's own clause ('The country is under US
# sanctions', S35)
_DESCRIBING = ("the", "this")
_OWNERS = ("his", "her", "its", "their")


def _country_meant(phrase: str, candidate: Candidate, lex: Lexicon, context: Context,
                   authority: str | None) -> str | None:
    """'sanctions imposed on the country' as written (docs/annotation.md S26), not the country a ban on entry keeps
    people out of ('entry to the country'); else the country the article named last before the measure, other than
    the one imposing it."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] not in _DESCRIBING + _OWNERS or words[1] not in lex.country_anaphors:
        return phrase
    written = (_written_in_mention(words, candidate, context) or _subject_under(words, candidate)) \
        if words[0] in _DESCRIBING else None
    if written is not None:
        return None if _entered(written, lex) else phrase
    before = [name for at, name in context.countries_in_order if at < candidate.start and name != authority]
    return before[-1] if before else phrase


def _written_in_mention(words: list[str], candidate: Candidate, context: Context) -> Token | None:
    """The noun of 'the country' among the mention's own words ('lifting the sanctions imposed on the country'), or
    the phrase of the noun it modifies ('a sanctions order against the country')."""
    doc, head = context.doc, candidate.head.head if candidate.head.dep_ == "compound" else candidate.head
    return next((t for t in doc[max(candidate.start, 1): max(candidate.end, head.right_edge.i + 1)]
                 if t.lower_ == words[1] and doc[t.i - 1].lower_ == words[0]), None)


def _subject_under(words: list[str], candidate: Candidate) -> Token | None:
    """S35: 'the country' as the subject of the clause that holds the mention ('the country is under US sanctions',
    'the country is subject to international sanctions'): a target as written, as the object is (S26)."""
    holder = candidate.head
    for _ in range(3):  # sanctions -> under -> is; sanctions -> to -> subject -> is
        if holder.pos_ in ("VERB", "AUX") or holder.dep_ == "ROOT":
            break
        holder = holder.head
    return next((s for s in children(holder, "nsubj", "nsubjpass") if s.lower_ == words[1]
                 and any(d.lower_ == words[0] for d in children(s, "det"))), None)


def _entered(country: Token, lex: Lexicon) -> bool:
    """'disallow officials entry to the country', 'banned from entering the country': where they may not go."""
    return country.dep_ == "dobj" and country.head.lemma_.lower() == "enter" or country.dep_ == "pobj" \
        and country.head.head.lemma_.lower() in lex.travel_ban_objects


def _targets(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    if denied := denied_parties(candidate, lex):  # 'refuse Ncube entry', 'will be denied visas and entry'
        return [t for word in denied for t in target_phrases(word, context.doc)]
    # "restricted visas to 100 officials": what a verb bans is no target; whom its preposition names is (below)
    if (candidate.kind == "verb" or _counted_patient(candidate)) \
            and candidate.head.lemma_.lower() not in lex.measure_objects:
        return patient_targets(candidate, lex, context)
    members = _members_of_measure(candidate, lex)
    if members is not None:
        return target_phrases(members, context.doc)
    targets = _on_list(candidate, lex, context)
    listing = candidate.verb is not None and candidate.verb.lemma_.lower() in lex.listing_verbs | lex.list_members
    if listing or _taken_from(candidate):
        targets += _put_on_or_taken_off(candidate, lex, context)
        if targets or listing:
            return targets
    targets += _holders_of_property(candidate, lex, context)
    targets += _named_in_measure(candidate, lex, context)
    targets += targeted(candidate, lex, context)
    targets += preposition_targets(candidate, lex, context)
    if not targets:
        targets = clause_targets(candidate, lex, context) or state_answered(candidate)
    # 'on him', 'on me': kept for find_targets to read as the person meant
    kept = list(dict.fromkeys(t for t in targets if t and (is_personal(t) or not _names_no_target(t, lex))))
    # a name read twice, once with its title ('Vladimir Putin', 'Russian President Vladimir Putin'): the longer
    return [t for t in kept if not any(other.endswith(" " + t) for other in kept)]


def _counted_patient(candidate: Candidate) -> bool:
    """'The three were sanctioned alongside 42 other individuals': a told sanctioning (kept only near another mention)
    whose patient is a definite count of the parties named before hits them, as a party noun's verb does."""
    head = candidate.head
    return candidate.kind == "told" and head.pos_ == "NUM" and head.dep_ in ("nsubjpass", "dobj") \
        and bool(children(head, "det"))


def _members_of_measure(candidate: Candidate, lex: Lexicon) -> Token | None:
    """'Friday's expansion of the list includes 22 institutes and firms': the parties it is said to include."""
    if candidate.kind != "noun":
        return None
    return next((named_members(w, lex) for w in (candidate.head, candidate.verb) if w is not None
                 and named_members(w, lex) is not None), None)


def _on_list(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """Parties a list names, or a verb puts on it; 'take countermeasures and sanction four U.S. individuals': a
    verb the parse read as a noun keeps its object."""
    if candidate.kind != "noun":
        return []
    found = named_on_list(candidate, lex, context.doc)
    if candidate.verb is None:
        found += listed_by_verb(candidate, lex, context.doc)
        found += [t for obj in children(candidate.trigger, "dobj") for t in target_phrases(obj, context.doc)]
    return found


def _taken_from(candidate: Candidate) -> bool:
    """'the firms were removed from the list', 'Iran was exempted from sanctions'."""
    return candidate.verb is not None and candidate.head.dep_ == "pobj" and candidate.head.head.lower_ == "from"


def _put_on_or_taken_off(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """'added 37 firms to its Entity List', 'the firms were removed from the list': whom the verb moves; 'the
    persons put on the sanctions list': the noun its participle modifies."""
    verb = candidate.verb
    moved = [child for child in children(verb) if child.dep_ in ("dobj", "nsubjpass")]
    # "The 15 individuals added to the sanctions list are …", which the parse reads as an active verb with its
    # subject: a participle with no auxiliary is a reduced relative, and its "subject" the noun it modifies
    if not moved and verb.tag_ == "VBN" and not children(verb, "aux", "auxpass"):
        moved = children(verb, "nsubj")
    # a participle ('put' the parse may tag as a past tense) with no subject of its own
    if not moved and verb.tag_ in ("VBN", "VBD") and not children(verb, "nsubj", "aux", "auxpass"):
        noun = _modified_by_participle(verb)
        # "The three entities newly added to the list include A and B": the members it names, when it names them
        moved = [named_members(noun, lex) or noun] if noun is not None else []
    return [t for child in moved for t in target_phrases(child, context.doc)]


def _modified_by_participle(participle: Token) -> Token | None:
    """'the persons put on the sanctions list'; 'business with the Russian companies and individual entrepreneurs
    put on the sanctions list', where the parse hangs the participle on the main verb: a reduced relative clause
    right after its noun modifies that noun (the first of a coordination, so all of it)."""
    if participle.dep_ == "acl" and participle.head.pos_ in ("NOUN", "PROPN"):
        return participle.head
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    if participle.dep_ != "advcl" or before is None or before.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = first_conjunct(before) or before if before.dep_ == "conj" else before
    return noun if noun.dep_ in ("pobj", "dobj") else None


def _holders_of_property(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """'froze the assets of two oligarchs', 'froze Iran's assets', 'citizens whose assets they have frozen': whose
    held property a measure takes."""
    held = candidate.head if candidate.verb is candidate.trigger and candidate.head is not candidate.trigger \
        else _held_property(candidate, lex)  # "the freezing of the assets of 76 individuals": the noun's object
    if held is None:
        return []
    found: list[str] = []
    beyond = beyond_measure_object(held, lex)
    if beyond is not None and beyond is not held:
        found += target_phrases(beyond, context.doc)
    for child in children(held):
        if relative_antecedent(child) is not None:
            found += target_phrases(child, context.doc)
        elif child.dep_ == "poss" and child.pos_ != "PRON":
            found.append(clean_phrase(context.doc[child.left_edge.i: child.i + 1].text))
    if not found and candidate.verb is candidate.trigger:
        found += target_phrases(owner_a_verb_above_takes(held, lex), context.doc)
    return found


def _named_in_measure(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """'anti-Russian sanctions' hit Russia; 'Iran Sanctions Act', 'Syria sanctions': a country the measure's own
    modifiers name."""
    found: list[str] = []
    for noun in {candidate.trigger, candidate.head}:
        for child in lefts(noun):
            if child.dep_ == "amod" and is_against(child) and child.lower_ in lex.country_of_adjective:
                found.append(lex.country_of_adjective[child.lower_])
            # "US and United Kingdom (UK) sanctions": a state named beside the imposing one imposes too, by its whole
            # name ('United Kingdom', not 'Kingdom')
            if child.dep_ not in ("compound", "nmod") \
                    or authority_of_words(child.doc[child.left_edge.i: child.i + 1], lex) is not None:
                continue
            if child.ent_type_ == "GPE":
                found.append(entity_text(child))
            elif child.pos_ == "PROPN" and child.text in context.country_names and not is_demonym(child, lex):
                found.append(child.text)  # "Iran Sanctions Act", tagged as a law, names Iran as elsewhere
    return found


def _held_property(candidate: Candidate, lex: Lexicon) -> Token | None:
    """'the freezing of the assets of 76 individuals', 'the seizure of Russia's assets': what a measure noun takes."""
    if candidate.kind != "noun":
        return None
    return next((o for o in prep_objects(candidate.trigger, "of")
                 if o.lemma_.lower() in lex.measure_objects or o.lower_ in lex.measure_objects), None)


def _names_no_target(phrase: str, lex: Lexicon) -> bool:
    """'its nuclear programme' (what the measure is about) and 'sanctions' (a second measure the parse hung on the
    first one's target) are not whom a measure hits, nor a negated party ('no Kazakh company has been targeted':
    docs/annotation.md S12); nor is a pronoun left unresolved ('maintained asset freezes against them'), which leaves
    the measure to take whom the one before it hits (sanctions.py)."""
    words = phrase.lower().split()
    return words[-1] in lex.not_targets or words[-1] in lex.ambiguous_nouns or words in _BARE_PRONOUNS \
        or words[0] in ("no", "neither", "none", "how", "what")  # 'did not say how many people the measure hits'
