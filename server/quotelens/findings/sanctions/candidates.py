"""Which words of a parse name a sanction-like measure (phrases.py: the stretch of text each mention covers)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate, is_possible_target, of_another_field, patient_of
from quotelens.findings.sanctions.closures import CLOSING_VERBS, closure_candidate
from quotelens.findings.sanctions.foreign_goods import is_states_goods, lists_restricted_goods
from quotelens.findings.sanctions.lexicon import Lexicon, plain
from quotelens.findings.sanctions.owned import owned_candidate
from quotelens.findings.sanctions.payment_cutoffs import cutoff_candidate
from quotelens.findings.sanctions.ties import cut_ties_candidate
from quotelens.findings.sanctions.parts import is_part_of_measure
from quotelens.findings.sanctions.phrases import governing_status_word, phrase_bounds, with_verb
from quotelens.findings.sanctions.restraints import (
    HALTING_VERBS, PERMISSIONS, VISA_REFUSAL_NOUNS, denied_entry_candidate, frozen_candidate, had_frozen_candidate,
    halted_trade_candidate, ineligible_candidate, misread_noun_candidate, revoked_visa_candidate, travel_ban_candidate,
    visa_refusal_candidate, withheld_funds_candidate)
from quotelens.findings.sanctions.banned_people import banned_people_candidate
from quotelens.findings.sanctions.batches import batch_candidate
from quotelens.findings.sanctions.waivers import lifted_vague_candidate, waiver_candidate
from quotelens.findings.sanctions.spelling import misspelt_noun
from quotelens.findings.sanctions.designating import (
    AIMING_VERBS, aimed_candidate, designation_candidate, names_no_one)
from quotelens.findings.sanctions.senses import approved_by, departs_from, has_words, violation_nearby
from quotelens.findings.sanctions.frames import takes_effect
from quotelens.language.tree import children, lefts, prep_objects
from quotelens.findings.sanctions.verb_candidates import verb_candidate
from quotelens.language.vocabulary import vocabulary

_ACTS = frozenset(vocabulary("sanctions")["generic_objects"]["acts"])  # S71: 'the action' names the act


def candidate_at(token: Token, lex: Lexicon) -> Candidate | None:
    """Return the measure that ``token`` names, if it names one."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if cut := cutoff_candidate(token, lex) or cut_ties_candidate(token):  # "disconnect 15 Russian banks from the
        return cut  # SWIFT payment system" (S47), "cut diplomatic and economic ties with Qatar" (S58)
    if lemma in lex.travel_ban_verbs and (withheld := withheld_funds_candidate(token, lex)):
        return withheld
    if _used_as_verb(token, lex) and (barred := travel_ban_candidate(token, lex) if lemma in lex.travel_ban_verbs
                                      else visa_refusal_candidate(token, lex)):  # "revoked visas of 12 officials"
        return barred
    if banned := banned_people_candidate(token, lex):  # "The Russian Foreign Ministry banned several prominent Kiwis"
        return banned
    if lemma in HALTING_VERBS and token.pos_ == "VERB" and (halted := halted_trade_candidate(token, lex)):
        return halted  # "suspended the transit of Belarusian potash fertilisers"
    if lemma in CLOSING_VERBS and token.pos_ == "VERB":
        return closure_candidate(token)  # "close its ports to Russian ships"
    if lemma in AIMING_VERBS and token.pos_ == "VERB":
        return aimed_candidate(token, lex)  # "the United States targeted three Myanmar citizens"
    if _used_as_verb(token, lex) and lemma in lex.measure_verbs:
        found = misread_noun_candidate(token, lex) or verb_candidate(token, lemma, lex) \
            or (had_frozen_candidate(token, lex) if lower in lex.frozen_adjectives else None)
        if found is not None or token.dep_ != "acomp":  # "the assets ... have been frozen": a predicate, below
            return found
    if token.dep_ == "amod" and (verbal := _verb_read_as_adjective(token, lex)) is not None:
        return verbal  # "unfreeze assets" tagged an adjective on 'assets'
    if lower in lex.ineligible_words:
        return ineligible_candidate(token, lex)
    if (lower in PERMISSIONS or lemma in PERMISSIONS) and (denied := denied_entry_candidate(token, lex)):
        return denied  # "wouldn't be allowed entry into the United States"
    if lower in lex.frozen_adjectives and token.dep_ in ("acomp", "ccomp"):
        return frozen_candidate(token, lex)
    if lower in lex.frozen_adjectives and token.dep_ in ("advcl", "pobj"):
        return had_frozen_candidate(token, lex)
    if lemma in lex.seizure_words:
        return _seizure_candidate(token, lex)
    if (lemma in lex.designation_verbs and token.pos_ == "VERB") or lemma in lex.designation_nouns:
        if names_no_one(token, lex):
            return noun_candidate(token, lex, clear=False)
        return designation_candidate(token, lex)
    if lemma in VISA_REFUSAL_NOUNS and token.pos_ == "NOUN" and (revoked := revoked_visa_candidate(token, lex)):
        return revoked  # "the revocation of his visa"
    if token.pos_ not in ("NOUN", "PROPN"):
        if token.dep_ == "amod" and (lower == "sanctioned" or lower.endswith("-sanctioned")):
            return _participle_candidate(token, lex)
        return None
    if lemma in lex.clear_nouns or lower in lex.clear_nouns:
        return noun_candidate(token, lex, clear=True)
    if lemma in lex.ambiguous_nouns or lower in lex.ambiguous_nouns or misspelt_noun(lower):  # or 'the santions'
        # "secondary sanctions", "economic sanctions": kinds only a state's measure comes in
        return noun_candidate(token, lex, clear=any(c.lower_ in lex.state_kinds for c in children(token, "amod")))
    rule = lex.qualified.get(lemma)
    if rule and _qualifies(token, rule, lex):
        return noun_candidate(token, lex, clear=bool(rule["clear"]))
    if rule and (modifier := _split_modifier(token, rule)) is not None:
        found = noun_candidate(token, lex, clear=bool(rule["clear"]))
        return replace(found, start=min(found.start, modifier.i))
    if is_part_of_measure(token, lex):  # "sanctions, including a blanket ban on trade"
        return noun_candidate(token, lex, clear=False)
    if lower in lex.generic_objects or lemma in lex.generic_objects or lemma in lex.owned_nouns:
        return _generic_candidate(token, lex) or owned_candidate(token, lex) or lifted_vague_candidate(token, lex) \
            or batch_candidate(token, lex)
    if lemma in lex.violation_objects:
        return _resolution_candidate(token, lex)
    return waiver_candidate(token, lex)


def _used_as_verb(token: Token, lex: Lexicon) -> bool:
    """Tell a verb use; 'to sanction entities' is often mis-tagged as a compound noun."""
    if token.pos_ == "VERB":
        return True
    previous = token.nbor(-1) if token.i > 0 else None
    return token.lower_ in lex.target_verbs and previous is not None and (previous.lower_ == "to" or previous.tag_ == "MD")


def _verb_read_as_adjective(token: Token, lex: Lexicon) -> Candidate | None:
    """'would lift a trade embargo against Sudan, unfreeze assets and remove financial sanctions', where the tagger
    read the rarer verb as an adjective on its object: a measure verb's bare form right before one of the objects
    its data names is that verb and its object. Not a participle ('frozen assets' is the noun's own mention)."""
    allowed = lex.measure_verbs.get(token.lower_)
    noun = token.head
    if not allowed or token.lower_ != token.lemma_.lower() or noun.i != token.i + 1 \
            or not {noun.lower_, noun.lemma_.lower()} & allowed:
        return None
    clear = noun.lemma_.lower() in lex.clear_objects
    return Candidate(token, noun, token, token.i, noun.right_edge.i + 1, "noun", clear=clear)


def _split_modifier(token: Token, rule: dict) -> Token | None:
    """'include asset freezes and travel bans', where the parser made 'asset' a subject and 'travel' a conjunct, or
    'those subject to asset freezes and visa bans', 'asset' the object of 'to': the qualifying noun right before the
    measure noun is its modifier however it is attached."""
    previous = token.nbor(-1) if token.i > 0 else None
    # also where the parser hung the measure noun on its modifier ('which include asset freezes': 'freezes' an acl)
    if previous is None or previous.pos_ != "NOUN" or (previous.dep_ not in ("nsubj", "conj", "pobj")
                                                       and token.head.i != previous.i):
        return None
    return previous if previous.lemma_.lower() in rule["modifiers"] else None


def _qualifies(token: Token, rule: dict, lex: Lexicon) -> bool:
    modifiers = set(rule["modifiers"])
    for child in children(token):
        if child.dep_ in ("compound", "amod", "nmod") and (child.lower_ in modifiers or child.lemma_.lower() in modifiers):
            return True
        if child.dep_ == "prep" and child.lower_ == "against" and rule.get("against_named") and any(
                o.dep_ == "pobj" and is_possible_target(o, lex) for o in children(child)):
            return True  # "economic and diplomatic measures against Mali", not "measures against inflation"
        if child.dep_ == "prep" and child.lower_ in ("on", "of"):  # "a freeze on assets", "the List of Restricted Entities"
            objects = set(rule["on_objects"])
            for obj in children(child):
                words = {obj.lower_, obj.lemma_.lower()} | {c.lower_ for c in children(obj) if c.dep_ in ("amod", "compound")}
                if obj.dep_ in ("pobj", "pcomp") and words & objects and not (
                        token.lemma_.lower() in lex.list_nouns and lists_restricted_goods(obj, lex)
                        and not {obj.lower_, obj.lemma_.lower()} & objects):  # S48, S54: 'of restricted vegetables'
                    return True  # also a gerund: "a ban on entering China"
                # "a ban on Uganda's poultry products": another state's goods (S46), also what a gerund handles ("a
                # temporary ban on storing Russian oil", "a ban on buying Russian gas")
                goods = [obj, *children(obj, "dobj")] if obj.dep_ == "pcomp" else [obj]
                if child.lower_ == "on" and rule.get("foreign_goods") and any(is_states_goods(g, lex) for g in goods):
                    return True
    return False


def noun_candidate(token: Token, lex: Lexicon, clear: bool) -> Candidate:
    head = token
    if token.dep_ in ("compound", "nmod", "amod") and token.head.lemma_.lower() in lex.measure_heads:
        head = token.head  # "the sanctions regime", "the Iran Sanctions Act": the whole phrase is the measure
    elif token.dep_ == "compound" and token.head.i == token.i + 2 and token.nbor(1).tag_ == "HYPH":
        head = token.head  # "sanctions-only approach"
    if head is not token and head.lemma_.lower() in lex.measure_heads:
        start, end = phrase_bounds(head, lex)
    elif head is not token:
        start, end = token.left_edge.i, head.i + 1
    elif token.dep_ == "compound":
        start, end = token.left_edge.i, token.i + 1  # "Iran sanctions" in "Iran sanctions bill"
    else:
        start, end = phrase_bounds(token, lex)
    verb = governing_status_word(head, lex)
    if head.dep_ != "conj" or verb is None or verb.i > start:
        # "imposed sanctions and a travel ban on X": the verb belongs to the first measure, each its own mention
        start, end = with_verb(verb, head, start, end, lex)
    return Candidate(token, head, verb, start, end, "noun", clear)


def _seizure_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'seize EUR 37 million worth of Russian assets', 'a seizure warrant' (which stay: sanctions.py)."""
    if token.pos_ == "VERB":
        patient = patient_of(token)
        if patient is None or _seized_in_another_sense(patient, lex):
            return None
        start, end = (token.i, patient.right_edge.i + 1) if patient.i > token.i else (patient.left_edge.i, token.i + 1)
        return Candidate(token, patient, token, start, end, "verb", clear=False)
    if token.pos_ != "NOUN":
        return None
    return noun_candidate(token, lex, clear=False)


def _seized_in_another_sense(patient: Token, lex: Lexicon) -> bool:
    """'seizing power', 'seized large narcotics shipments', 'seized 40 kilograms of cocaine': what is seized, its
    modifier or what it measures is no property a sanction takes (a coup's, an army's or the police's seizure)."""
    words = (patient, *children(patient, "compound", "amod"), *prep_objects(patient, "of"))
    return any(w.lemma_.lower() in lex.not_seizable for w in words)


def _participle_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'a sanctioned Russian oligarch', 'previously sanctioned SAC members'; not a bare class of parties ('the
    sanctioned persons', 'Sanctioned entities, under the order, ...', 'those sanctioned officials'), which names
    whoever a measure hits rather than a measure (tune: 1 of 10 marked)."""
    noun = token.head
    if not is_possible_target(noun, lex) or approved_by(token, lex) or _is_class_of_parties(noun, token, lex):
        return None
    return Candidate(token, noun, token, token.i, noun.i + 1, "verb", False)


def _is_class_of_parties(noun: Token, participle: Token, lex: Lexicon) -> bool:
    """'sanctioned persons': a plural party noun with nothing but a determiner and the participle before it."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in lex.target_nouns and all(
        c.i == participle.i or c.dep_ == "det" for c in lefts(noun))


def _generic_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'impose additional actions': a vague noun is a measure as the object of an imposing verb; 'lift the
    restrictions', 'end the ban': a definite one any status verb acts on is the measure named before it (a limit:
    'lifted the restrictions on parking' next to a sanctions mention reads as one too), and so is one that takes
    effect, ends or hits someone ('The measures, which include freezing assets, took effect', 'the restrictions
    expired', 'The restrictions apply to 12 people')."""
    verb = token.head
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no", "any", "some") for c in children(token))
    if definite and token.lower_ in _ACTS:
        return None  # S71: 'This action targets ...', 'the step' name the act, not the measure
    # "has kept the restrictions in place": a measure kept is one in force
    status = lex.status_of.get(verb.lemma_.lower()) or ("imposed" if definite and verb.lemma_.lower() in lex.keeping_words
                                                         else None)
    if definite and token.dep_ == "nsubj" and not of_another_field(token, lex) \
            and (takes_effect(verb, lex) or verb.lemma_.lower() in lex.ending_verbs | lex.targeting_verbs):
        start, end = phrase_bounds(token, lex)
        return Candidate(token, token, verb, start, end, "generic", False)
    if token.dep_ not in ("dobj", "nsubjpass") or status is None or (status != "imposed" and not definite):
        return None
    if verb.lemma_.lower() in lex.measure_verbs:
        return None
    start, end = phrase_bounds(token, lex)
    start, end = with_verb(verb, token, start, end, lex)
    return Candidate(token, token, verb, start, end, "generic", False)


def _resolution_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'violate UN Security Council resolutions': binding resolutions count only when broken."""
    modifiers = plain(" ".join(t.text for t in token.subtree if t.i < token.i))
    if not any(has_words(modifiers, m) for m in lex.violation_modifiers):
        return None
    verb = governing_status_word(token, lex)
    if verb is None or lex.status_of.get(verb.lemma_.lower()) != "violated" or departs_from(verb):
        verb = violation_nearby(token, lex)
        if verb is None:
            return None
        start, end = phrase_bounds(token, lex)
        return Candidate(token, token, verb, start, end, "resolution", True)
    start, end = phrase_bounds(token, lex)
    start, end = with_verb(verb, token, start, end, lex)
    return Candidate(token, token, verb, start, end, "resolution", True)
