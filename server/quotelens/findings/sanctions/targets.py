"""Whom a sanction targets: the objects of its phrase and verb, coordinated targets one by one, the owner of frozen
or seized property, the subject of 'under sanctions'; sectors are not targets (measures.py names them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.measures import measure_of
from quotelens.findings.sanctions.listed import listed_by_verb, named_members, named_on_list
from quotelens.findings.sanctions.following import targets_announced, targets_in_next_sentence
from quotelens.findings.sanctions.targeting import targeted
from quotelens.findings.sanctions.owners import beyond_measure_object, owner_a_verb_above_takes
from quotelens.findings.sanctions.party_phrases import member_objects, relative_antecedent, target_phrases
from quotelens.findings.sanctions.patients import patient_targets
from quotelens.findings.sanctions.pronoun_targets import is_personal, person_meant
from quotelens.findings.sanctions.clause_targets import clause_targets, parties_put_under
from quotelens.findings.sanctions.phrases import first_conjunct, is_time, preposition_after, prepositions_of
from quotelens.findings.sanctions.aliases import authority_of_words, entity_text
from quotelens.findings.sanctions.article import Context
from quotelens.findings.sanctions.parties import clean_phrase, is_against
from quotelens.language.tree import children, lefts, rights

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate


# a relative pronoun the parse left unresolved ('individuals barred from entry ... and whose assets are frozen') names
# no one either
_BARE_PRONOUNS = (["them"], ["it"], ["him"], ["her"], ["they"], ["whose"], ["who"], ["which"], ["that"])


def find_targets(candidate: Candidate, lex: Lexicon, context: Context, authority: str | None = None) -> list[str]:
    found = _targets(candidate, lex, context) or targets_in_next_sentence(candidate.head, lex) \
        or targets_announced(candidate.head, lex, context.announced_lists)
    # one party once, whichever reading of the parse named it ('A and B are banned', two subjects of one verb)
    return list(dict.fromkeys(meant for t in found if (meant := _party_meant(t, candidate, lex, context, authority))))


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


def _country_meant(phrase: str, candidate: Candidate, lex: Lexicon, context: Context, authority: str | None) -> str:
    """'sanctions imposed on the country', 'against the republic', 'on his country': the country the article named last before the
    measure, other than the one imposing it (docs/annotation.md writes the country)."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] not in ("the", "this", "his", "her", "its", "their") or words[1] not in lex.country_anaphors:
        return phrase
    before = [name for at, name in context.countries_in_order if at < candidate.start and name != authority]
    return before[-1] if before else phrase


def _targets(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    # "restricted visas to 100 officials": what a verb bans is no target; whom its preposition names is (below)
    if candidate.kind == "verb" and candidate.head.lemma_.lower() not in lex.measure_objects:
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
    targets += _preposition_targets(candidate, lex, context)
    if not targets:
        targets = clause_targets(candidate, lex, context)
    # 'on him', 'on me': kept for find_targets to read as the person meant
    kept = list(dict.fromkeys(t for t in targets if t and (is_personal(t) or not _names_no_target(t, lex))))
    # a name read twice, once with its title ('Vladimir Putin', 'Russian President Vladimir Putin'): the longer
    return [t for t in kept if not any(other.endswith(" " + t) for other in kept)]


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
            elif child.pos_ == "PROPN" and child.text in context.country_names:
                found.append(child.text)  # "Iran Sanctions Act", tagged as a law, names Iran as elsewhere
    return found


def _holders(candidate: Candidate, lex: Lexicon) -> tuple[list[Token], Token | None]:
    """The words a measure's 'on'/'against' may hang on, and the first conjunct it shares them with."""
    holders = [candidate.head, candidate.trigger] + ([candidate.verb] if candidate.verb is not None else [])
    group = candidate.head.head.head if candidate.head.dep_ == "pobj" and candidate.head.head.lower_ == "of" else None
    if group is not None and group.lemma_.lower() in lex.quantities:
        holders.append(group)  # "a new tranche of sanctions against 28 individuals": the parse hangs it on the group
    # "lift sanctions imposed on Syria", "sanctions placed on Burkina Faso": the participle that imposed them says on whom
    holders += [c for c in rights(candidate.head) if c.dep_ == "acl" and c.tag_ == "VBN" and c not in holders
                and (lex.status_of.get(c.lemma_.lower()) == "imposed" or c.lemma_.lower() in lex.listing_verbs)]
    # "new weapons and missiles sanctions against Russia": what a coordination shares hangs on its first conjunct
    shared = first_conjunct(candidate.head) if candidate.head.dep_ == "conj" else None
    holders += [shared] if shared is not None and shared.pos_ == "NOUN" else []
    return holders, shared


def _preposition_objects(candidate: Candidate, lex: Lexicon, holders: list[Token], shared: Token | None) \
        -> list[tuple[str, Token]]:
    """'sanctions on Russia', 'against 28 individuals', 'a travel ban for four persons': each preposition naming a
    party, with its object."""
    travel = measure_of(candidate, lex) == "travel_ban"
    objects = [(child.lower_, obj) for holder in holders for child in prepositions_of(holder)
               if child.lower_ in lex.target_preps | {"for"} and not is_time(child)
               and (holder is not shared or child.i > candidate.head.i)
               for obj in children(child) if obj.dep_ == "pobj" and not _rests_on(obj, lex) and not _speaks(obj, lex)
               and (child.lower_ != "for" or _for_people(obj, lex) or (travel and _for_named(obj)))
               and not (travel and child.lower_ == "to" and _is_place(obj, lex))]  # "a travel ban to the EU"
    moved = preposition_after(candidate.head, lex) if candidate.verb is None else None
    objects += [(moved.lower_, o) for o in children(moved, "pobj") if is_possible_target(o, lex)] if moved else []
    return objects


def _preposition_targets(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """The parties a measure's prepositions name, and the members the parse hung on the measure after them."""
    holders, shared = _holders(candidate, lex)
    objects = _preposition_objects(candidate, lex, holders, shared)
    # "a ban on the import of crude oil from Russia to the EU": where imports come from is hit, where they go is not
    imported = any(prep == "on" and _imported_from(obj, lex) for prep, obj in objects)
    # "an export ban on semiconductors to Russia": beside a party it goes 'to', what a ban is 'on' is the goods
    goods_beside = not imported and any(prep == "to" and is_possible_target(obj, lex) for prep, obj in objects)
    found = [t for prep, obj in objects if not (imported and prep == "to")
             and not ((goods_beside or _is_goods(obj, lex)) and prep == "on" and not is_possible_target(obj, lex))
             for t in target_phrases(beyond_measure_object(obj, lex), context.doc)]
    if objects:  # "sanctions on Russian citizens, including President Putin": the parse hung the members on the measure
        found += [t for holder in holders for child in rights(holder)
                  if child.dep_ == "prep" and child.i > objects[0][1].i
                  for obj in member_objects(child, lex) if is_possible_target(obj, lex)
                  for t in target_phrases(obj, context.doc)]
    return found


def _imported_from(obj: Token, lex: Lexicon) -> bool:
    """'the import of seaborne crude oil from Russia': imports whose source a party names."""
    source = beyond_measure_object(obj, lex) if obj.lemma_.lower() == "import" else None
    return source is not None and source is not obj and is_possible_target(source, lex)


def _held_property(candidate: Candidate, lex: Lexicon) -> Token | None:
    """'the freezing of the assets of 76 individuals', 'the seizure of Russia's assets': what a measure noun takes."""
    if candidate.kind != "noun":
        return None
    return next((o for p in children(candidate.trigger, "prep") if p.lower_ == "of" for o in children(p, "pobj")
                 if o.lemma_.lower() in lex.measure_objects or o.lower_ in lex.measure_objects), None)


def _is_place(obj: Token, lex: Lexicon) -> bool:
    """Where a travel ban forbids going ('to the EU', 'to Canada'), not whom it bars ('visas to 100 officials')."""
    return obj.ent_type_ in ("GPE", "LOC") or authority_of_words(list(obj.subtree), lex) is not None


def _names_no_target(phrase: str, lex: Lexicon) -> bool:
    """'its nuclear programme' (what the measure is about) and 'sanctions' (a second measure the parse hung on the
    first one's target) are not whom a measure hits, nor a negated party ('no Kazakh company has been targeted':
    docs/annotation.md S12); nor is a pronoun left unresolved ('maintained asset freezes against them'), which leaves
    the measure to take whom the one before it hits (sanctions.py)."""
    words = phrase.lower().split()
    return words[-1] in lex.not_targets or words[-1] in lex.ambiguous_nouns or words in _BARE_PRONOUNS \
        or words[0] in ("no", "neither", "none", "how", "what")  # 'did not say how many people the measure hits'


def _for_people(obj: Token, lex: Lexicon) -> bool:
    """'a travel ban for four persons', 'visa bans lifted for 170 citizens of Belarus', 'sanctions for Belarusian
    officials': 'for' a counted or a nation's group of people a measure applies to; not a reason ('sanctions for
    human rights abuses', 'for Russia's war')."""
    return obj.lemma_.lower() in lex.target_nouns and obj.tag_ == "NNS" and (
        bool(children(obj, "nummod")) or any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in children(obj)))


def _for_named(obj: Token) -> bool:
    """'Entry into the EU is banned for Uladzimir Naumau, Dzmitry Paulichenka and Yury Sivakou': a travel ban 'for'
    named people bars them (a place it is 'for' is where it bars them from)."""
    return obj.pos_ == "PROPN" and obj.ent_type_ not in ("GPE", "LOC", "DATE")


def _rests_on(obj: Token, lex: Lexicon) -> bool:
    """'imposed on the basis of false data': what a measure rests on or is about, unless a party owns it ('on Iran's
    nuclear programme' names Iran)."""
    return obj.lower_ in lex.not_targets and not children(obj, "poss")


def _is_goods(obj: Token, lex: Lexicon) -> bool:
    """'export control measures on rare earths and related items': goods beside goods are goods too."""
    return any(beyond_measure_object(conjunct, lex) is None for conjunct in obj.conjuncts)


def _speaks(obj: Token, lex: Lexicon) -> bool:
    """'sanctions against Myanmar's junta, Counselor of the US Department of State Derek Chollet said': a name the
    parse hung on the measure that is the subject of the reporting verb right after it is the speaker."""
    after = obj.right_edge.i + 1
    return obj.ent_type_ == "PERSON" and after < len(obj.doc) and obj.doc[after].pos_ == "VERB" \
        and obj.doc[after].lemma_.lower() in lex.speech_verbs
