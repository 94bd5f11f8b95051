"""Measures that restrain people and property in words other than 'sanction': 'banned senior executives from entering
the country', 'the bank accounts of the officials were frozen'."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate, is_possible_target, patient_of
from quotelens.findings.sanctions.foreign_goods import bans_goods_of_state
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.senses import is_sports
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import children, prep_objects
from quotelens.language.vocabulary import vocabulary

_FROZEN_PARTIES = frozenset(vocabulary("sanctions")["measure_verb_kinds"]["frozen_parties"])
_TRADE_FLOWS = frozenset(vocabulary("sanctions")["measure_verb_kinds"]["trade_flows"])
VISA_REFUSALS = frozenset(vocabulary("sanctions")["travel_bans"]["refusals"])
VISA_REFUSAL_NOUNS = frozenset(vocabulary("sanctions")["travel_bans"]["refusal_nouns"])
_ISSUING = ("issuance", "issue", "issuing")  # 'suspend the issuance of visas'
_ENTRY_PREPS = frozenset(("to", "into", "for", "of"))  # whom and where an entry ban keeps out, for how long
HALTING_VERBS = frozenset(vocabulary("sanctions")["measure_verb_kinds"]["halting_verbs"])
_HALTED_FLOWS = frozenset(vocabulary("sanctions")["measure_verb_kinds"]["halted_flows"])
PERMISSIONS = frozenset(vocabulary("sanctions")["travel_bans"]["permissions"])
_ENTERING = frozenset(vocabulary("sanctions")["travel_bans"]["destination_words"])
_LISTING = ("including", "like", "as")  # prepositions that list what a measure includes ('such as asset freezes')


def barred_from(verb: Token, lex: Lexicon) -> Token | None:
    """The 'entering' of 'banned senior executives from entering the country', also where the parser hangs 'from' on
    the object ('barring dozens of individuals from entering') or what is barred is a visa ('banned from obtaining visas
    to enter'); the 'ports' of 'blocked from international ports'."""
    holders = [verb, *(t for o in children(verb, "dobj", "pobj") for t in o.subtree)]
    for holder in holders:
        for child in children(holder, "prep"):
            if child.lower_ != "from":
                continue
            for inner in children(child, "pcomp"):
                # not 'prohibit the president from waiving any sanctions to enter into new agreements'
                if inner.lemma_.lower() in lex.travel_ban_from or any(  # or 'from using their airspace'
                        w.lemma_.lower() in lex.travel_ban_objects | lex.travel_ban_places for w in inner.subtree):
                    return inner
            # "blocked from international ports": ships barred from a place; "barred from entry into the EU"
            place = next((o for o in children(child, "pobj")
                          if o.lemma_.lower() in lex.travel_ban_places | lex.travel_ban_objects), None)
            if place is not None:
                return place
    return None


def _entry_object(verb: Token, lex: Lexicon) -> Token | None:
    """The 'entry' of 'prohibiting the entry into the country of 55 citizens', the 'visas' of 'restricted visas to
    100 officials', 'Entry into the European Union is banned for four officials': a banning verb whose object, or
    passive subject, is the entry itself."""
    return next((o for o in children(verb, "dobj", "nsubjpass") if o.lemma_.lower() in lex.travel_ban_objects), None)


def travel_ban_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'banning senior executives from entering the country', 'oligarchs will be barred from entering our country',
    'prohibiting the entry into the country of 55 citizens'."""
    entry = _entry_object(token, lex)
    if entry is not None and not is_sports(entry, lex):
        # 'deny entry to officials involved in ...', not the adjunct after it ('..., following Trump's signing ...')
        preps = [p for p in children(token, "prep") if p.lower_ in _ENTRY_PREPS | lex.target_preps]
        end = max(c.right_edge.i for c in (entry, *preps) if c.i >= entry.i)
        return Candidate(token, entry, token, min(token.i, entry.left_edge.i), end + 1, "verb", clear=False)
    patient = patient_of(token) or next(iter(children(token, "pobj")), None)  # 'barring dozens of individuals'
    if patient is None and token.dep_ == "acl" and token.tag_ == "VBD" and not children(token, "nsubj"):
        patient = token.head  # S72 'Additional officials barred from entry include ...', the participle tagged past
    entering = barred_from(token, lex)
    if patient is None or entering is None or is_sports(patient, lex):
        return None
    barred = token.head if patient.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl" else patient
    if entering.lemma_.lower() in lex.travel_ban_places and not is_possible_target(barred, lex) \
            and barred.pos_ != "PROPN" and not any(  # a named ship: "M/T Kingsway ... that was recently blocked"
            c.ent_type_ in ("NORP", "GPE") for c in children(barred, "amod", "compound", "poss")):
        return None  # "four North Korean ships that was blocked from international ports", "Russian aircraft"; not
        # "the road"
    start = min(token.i, patient.left_edge.i) if patient.i < token.i else token.i
    return Candidate(token, patient, token, start, entering.right_edge.i + 1, "verb", clear=False)


def visa_refusal_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'the U.S. had revoked visas of dozens more Venezuelans', 'would refuse visas for extremists involved in
    violence', 'will suspend the issuance of visas': a verb that takes or withholds visas keeps their holders out, a
    travel ban (not 'suspending visa liberalisation', whose object is another policy)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VISA_REFUSALS:
        return None
    obj = next(iter(children(token, "dobj", "nsubjpass")), None)
    causative = obj is None and token.dep_ == "ccomp" and token.head.lemma_ == "have"
    if causative:  # 'will have any U.S. visas revoked': the visa is the object of the causative 'have'
        obj = next(iter(children(token, "nsubj")), None)
    if obj is not None and obj.lemma_.lower() in _ISSUING:
        obj = next(iter(prep_objects(obj, "of")), None)
    if obj is None or obj.lemma_.lower() not in lex.travel_ban_objects or is_sports(obj, lex):
        return None
    end = max(c.right_edge.i for c in (obj, *children(token, "prep")) if c.i >= obj.i)
    if causative:
        start = min(a.i for a in (token.head, *children(token.head, "aux", "neg")))
        return Candidate(token, obj, token, start, token.i + 1, "verb", clear=False)
    return Candidate(token, obj, token, min(token.i, obj.left_edge.i), end + 1, "verb", clear=False)


def revoked_visa_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'the revocation of his visa', 'the cancellation of their visas': a refusal told as a noun, whose 'of' names
    the visa it takes, is the travel ban its verb is ('revoked visas of dozens more Venezuelans')."""
    visa = next((o for o in prep_objects(token, "of") if o.lemma_.lower() in lex.travel_ban_objects), None)
    if visa is None or is_sports(visa, lex):
        return None
    return Candidate(token, visa, token, token.left_edge.i, visa.right_edge.i + 1, "verb", clear=False)


def ineligible_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'The officials and their immediate family members will be ineligible for entry into the United States',
    'Individuals sanctioned ... are also inadmissible to Canada', 'ineligible to enter the United States': an
    adjective of unfitness whose 'for' names the entry or a visa, whose 'to' or 'into' names a state, or whose
    infinitive is entering bars whom its clause is about (the subject of 'be', else the noun it describes); not
    'ineligible to participate', 'ineligible for the tournament'."""
    prep = next((p for p in children(token, "prep") if p.lower_ == "for" and any(
        o.lemma_.lower() in lex.travel_ban_objects or _enters_a_state(o) for o in children(p, "pobj", "pcomp"))), None)
    prep = prep or next((p for p in children(token, "prep") if p.lower_ in ("to", "into") and any(
        o.ent_type_ == "GPE" for o in children(p, "pobj"))), None)
    prep = prep or next((v for v in children(token, "xcomp") if v.lemma_.lower() in lex.travel_ban_from), None)
    if prep is None:
        return None
    barred = next(iter(children(token.head, "nsubj", "nsubjpass")), None) if token.dep_ in ("acomp", "oprd") else None
    if barred is None and token.dep_ == "amod":
        barred = token.head  # "officials ineligible for entry"
    if barred is not None and is_sports(barred, lex):
        return None  # "players ineligible for entry into the tournament"
    return Candidate(token, barred if barred is not None else token, token, token.i, prep.right_edge.i + 1, "verb",
                     clear=False)


def _enters_a_state(gerund: Token) -> bool:
    """'ineligible for entering the US': entering a state, as 'for entry' is (not 'for entering the programme')."""
    return gerund.dep_ == "pcomp" and gerund.lower_ in _ENTERING and any(w.ent_type_ == "GPE" for w in gerund.subtree)


def withheld_funds_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'a ban on making funds or other economic resources available to the listed individuals', 'are forbidden from
    making funds available to the listed entities': the EU's words for an asset freeze."""
    for prep in children(token, "prep"):
        if prep.lower_ not in ("from", "on"):
            continue
        for making in children(prep, "pcomp"):
            funds = next((o for o in children(making, "dobj") if o.lemma_.lower() in lex.withheld_funds), None)
            if making.lemma_.lower() == "make" and funds is not None:
                start = min([token.i, *(c.left_edge.i for c in children(token, "det"))])
                return Candidate(token, funds, token, start, making.right_edge.i + 1, "noun", clear=False)
    return None


def frozen_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'the bank accounts of the officials were frozen' (spaCy reads 'frozen' as an adjective there); 'will have their
    assets frozen', where the adjective is a clause of its own."""
    holder = token if token.dep_ == "ccomp" else token.head
    subject = _frozen_holding(holder, lex)
    if subject is None or not {subject.lower_, subject.lemma_.lower()} & lex.measure_verbs["freeze"]:
        return had_frozen_candidate(token, lex)  # 'will have their assets in China frozen', 'frozen' a clause of 'have'
    return Candidate(token, subject, token, subject.left_edge.i, token.i + 1, "noun", clear=True)


def _frozen_holding(holder: Token, lex: Lexicon) -> Token | None:
    """What the clause of 'frozen' says is frozen: its subject, read through the words English puts in its place:
    the noun a relative pronoun stands for ('the settlers' bank accounts that were completely frozen'), the property
    a quantity counts ('all of Niger's assets ... will be unfrozen'), the object an infinitive's verb holds
    ('ordering any assets they hold in Canada to be frozen')."""
    subject = next((c for c in children(holder) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and holder.dep_ == "xcomp":
        subject = next(iter(children(holder.head, "dobj")), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and holder.dep_ == "relcl":
        subject = holder.head
    counted = prep_objects(subject, "of") \
        if subject is not None and subject.lemma_.lower() not in lex.measure_verbs["freeze"] else []
    return next((o for o in counted if o.lemma_.lower() in lex.measure_verbs["freeze"]), subject)


def had_frozen_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'will have their assets in the UK frozen': the causative 'have' holds the property as its object, and the
    parser hangs 'frozen' after a place anywhere (a clause of 'have', the place's object)."""
    have = next((w for w in islice(token.ancestors, 3) if w.lemma_ == "have"), None)
    held = next((c for c in children(have, "dobj") if c.i < token.i), None) if have is not None else None
    if held is None or not {held.lower_, held.lemma_.lower()} & lex.measure_verbs["freeze"]:
        return None
    return Candidate(token, held, token, held.left_edge.i, token.i + 1, "noun", clear=True)


def misread_noun_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'The asset freezes apply to 1,200 people', which spaCy reads as a subject 'The asset' and a verb 'freezes':
    a measure word tagged a verb right after the modifier that makes it a measure noun, however the parser hung that
    modifier (a subject, a conjunct: 'travel bans and asset freezes on people linked to ...', a compound: 'include
    travel bans and asset freezes', or a clause: 'as well as asset freezing'), or both made objects of the verb before
    them ('will impose asset freezes and prohibitions on listed entities'). A verb with its modifier as subject and an
    object of its own is a verb ('the export bans goods'), not one whose object is a verb ('The asset freezes apply to
    ...'), nor one whose modifier the parser made a conjunct or a preposition's object ('travel bans and asset
    freezes target family members', 'notifications of asset freezes'): such a verb has no subject, so it is the noun."""
    rule = lex.qualified.get(token.lemma_.lower())
    modifier = token.nbor(-1) if token.i > 0 and token.pos_ == "VERB" else None
    if rule is None or modifier is None or modifier.pos_ != "NOUN" or modifier.lemma_.lower() not in rule["modifiers"]:
        return None
    if (modifier.dep_ == "nsubj" and any(o.pos_ in ("NOUN", "PROPN", "PRON") for o in children(token, "dobj"))) \
            or (modifier.head.i != token.i and modifier.dep_ not in ("conj", "compound")
                and not _split_objects(modifier, token) and not _split_from_preposition(modifier)):
        return None
    # 'asset freezes against 4 individuals'; not 'asset freezes and travel bans on some individuals', whose 'on'
    # the parser hung on the first measure: each measure of a list is its own mention
    end = max((p.right_edge.i for p in children(token, "prep")
               if p.lower_ in lex.target_preps and p.left_edge.i == token.i + 1), default=token.i) + 1
    return Candidate(token, token, _governing_verb(token, lex), modifier.left_edge.i, end, "noun",
                     clear=bool(rule["clear"]))


def _governing_verb(token: Token, lex: Lexicon) -> Token | None:
    """'it had imposed asset freezes on seven businessmen', parsed as 'imposed' taking the clause 'asset freezes on
    ...': the status verb whose object the misread measure is, so that its status and its subject (the authority)
    are read as for any object."""
    parent = token.head
    if token.dep_ in ("ccomp", "xcomp", "dobj") and parent.pos_ == "VERB" and parent.lemma_.lower() in lex.status_of:
        return parent
    return None


def _split_objects(modifier: Token, token: Token) -> bool:
    """'impose asset freezes': the modifier and the measure word are both objects of the one verb before them."""
    return modifier.dep_ == token.dep_ == "dobj" and modifier.head.i == token.head.i


def _split_from_preposition(modifier: Token) -> bool:
    """'sanctions, including asset freezes and travel bans', 'measures such as asset freezes': a preposition that
    lists what a measure includes took the modifier alone as its object, and the parser made the measure word after
    it a verb of its own ('investors in the asset freeze' is a verb's subject)."""
    return modifier.dep_ == "pobj" and modifier.right_edge.i == modifier.i and modifier.head.lower_ in _LISTING + ("of",)


def is_measured_object(verb: Token, patient: Token, lex: Lexicon) -> bool:
    """Objects a measure verb takes beyond its data list. 'banned North Korean sales of coal', 'outlaw the sales of
    dual-use goods and oil technology', 'prohibited shipments to Russia of luxury vehicles': a trade verb's sales or
    shipments are a trade ban when they are a country's, bound to or from one, or of traded goods ('ban sales of
    sodas' is a shop's rule). 'freezing 24 Iraqi banks': a frozen bank is an asset freeze (data:
    measure_verb_kinds.frozen_parties; not in the freeze list, whose words are never targets)."""
    counted = prep_objects(patient, "of")
    if verb.lemma_.lower() == "freeze" and any(w.lower_ in _FROZEN_PARTIES for w in (patient, *counted)):
        return True  # 'another batch of banks being frozen'
    if "exports" in lex.measure_verbs.get(verb.lemma_.lower(), ()) and patient.lemma_.lower() in _HALTED_FLOWS:
        return _a_countrys(patient)  # 'banned the transit of Belarusian fertilizers', as halting it (below)
    if "exports" in lex.measure_verbs.get(verb.lemma_.lower(), ()) and bans_goods_of_state(verb, patient, lex):
        return True  # 'banning Russian aluminum', 'ban some agricultural products from Kenya' (S46)
    if patient.lemma_.lower() not in _TRADE_FLOWS or "exports" not in lex.measure_verbs.get(verb.lemma_.lower(), ()):
        return False
    bound = prep_objects(patient, "to", "from")
    return any(o.lemma_.lower() in lex.traded_goods for o in counted) or any(  # 'prohibited shipments to Russia'
        c.ent_type_ in ("NORP", "GPE") for c in (*children(patient, "amod", "compound", "poss"), *bound))


def halted_trade_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'a proposal to halt Russian gas imports from 2028', 'Lithuania has suspended the transit of Belarusian potash
    fertilisers', 'Curtailing oil and gas exports from Russia': stopping a country's imports, exports or transit is
    an import or export ban a state imposes on another (docs/annotation.md: trade_ban). Not a flow no country owns
    ('halted imports'), nor sales ('stop arms sales to Taiwan' asks a seller to stop); never a state measure alone."""
    patient = patient_of(token)
    if patient is None or patient.lemma_.lower() not in _HALTED_FLOWS or not _a_countrys(patient):
        return None
    start, end = (token.i, patient.right_edge.i + 1) if patient.i > token.i else (patient.left_edge.i, token.i + 1)
    return Candidate(token, patient, token, start, end, "noun", clear=False)


def _a_countrys(flow: Token) -> bool:
    """A flow a country's adjective or name modifies ('Russian gas imports'), bound to or from a country ('exports
    from Russia'), or of goods that are ('the transit of Belarusian potash', 'of potash fertiliser from Belarus')."""
    counted = prep_objects(flow, "of")
    owners = [flow, *counted]
    modifiers = [m for o in owners for m in children(o, "amod", "compound", "poss")]
    modifiers += [m for c in modifiers if c.dep_ == "compound" for m in children(c, "amod", "compound")]
    bound = [o for w in owners for o in prep_objects(w, "to", "from")]
    return any(c.ent_type_ in ("NORP", "GPE") for c in (*modifiers, *bound, *counted))


def denied_entry_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'wouldn't be allowed entry into the United States', 'are not eligible to enter the United States': a
    permission to enter that a negation denies bars whom its clause is about, as 'ineligible' does; only entering
    ('not allowed to travel' is as often a pandemic's or a club's rule). Never a state measure alone."""
    holder = token.head if token.dep_ in ("acomp", "oprd") else token
    if not any(c.dep_ == "neg" for c in (*children(token), *children(holder))):
        return None
    entry = next((c for c in children(token, "dobj", "xcomp", "dative") if c.lemma_.lower() in _ENTERING
                  or c.lower_ in _ENTERING), None)
    if entry is None or not any(w.ent_type_ == "GPE" for w in entry.subtree):
        return None  # "not allowed entry into the stadium": a state's bar keeps people out of a state
    barred = next(iter(children(holder, "nsubj", "nsubjpass")), None)
    if barred is not None and is_sports(barred, lex):
        return None  # "players not eligible to enter the tournament"
    return Candidate(token, barred if barred is not None else token, token, token.i, entry.right_edge.i + 1, "verb",
                     clear=False)
