"""Measures named by what a sanctioning party does to a party: designating it ('designated the group a terrorist
organization', 'the designation of X as a terrorist group') or, done by a state or body that sanctions, targeting it
('The United States targeted three Myanmar citizens and a company')."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import authority_of_phrase
from quotelens.findings.sanctions.candidate import Candidate, is_possible_target, of_another_field, patient_of
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import governing_status_word
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import agent_of, children, lefts, prep_objects, rights
from quotelens.language.vocabulary import vocabulary
from quotelens.language.word_index import occurs_between

AIMING_VERBS = frozenset(vocabulary("sanctions")["measure_verb_kinds"]["aiming_verbs"])
_ENTRY = frozenset(vocabulary("sanctions")["designations"]["entry_complements"])  # 'as ineligible for entry'
# what an 'as' phrase of a designating verb names when it puts a party on a list: a terrorist listing or a visa ban
_LISTED = _ENTRY | frozenset(vocabulary("sanctions")["designations"]["complements"])
# the verbs of S18's "designated": 'list' and 'delist' also name a stock market's listing, which a party takes too
_DESIGNATING = ("designate", "redesignate")
# Modals of the future a targeting verb is announced under ('will target'; 'would', a reported 'will'); not the
# negated 'wo' of "won't".
_FUTURE = ("will", "would", "'ll", "shall")


def names_no_one(token: Token, lex: Lexicon) -> bool:
    """"Thursday's designations", "These delistings", "the first UN designation": a designation noun naming no one,
    a measure only near a mention (sanctions.py); not a stock market listing, nor the second word of a "sanctions
    listing" the parser split off the measure noun before it, nor the subject of a targeting verb."""
    return token.pos_ == "NOUN" and not (token.dep_ == "nsubj" and token.head.lemma_.lower() in lex.targeting_verbs) \
        and not any(p.lower_ == "of" for h in (token, *prep_objects(token, "by")) for p in children(h, "prep")) \
        and not of_another_field(token, lex, party_owns=True) \
        and not (token.i > 0 and token.nbor(-1).lemma_.lower() in lex.measure_nouns)


def designation_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'designated the group a terrorist organization', 'the designation of X as a terrorist group'; 'several
    companies have been designated' only next to another mention (not clear: sanctions.py keeps it near one)."""
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.lower() in lex.targeting_verbs:
        start = min((c.left_edge.i for c in lefts(token)), default=token.i)  # "The designations target Tzav 9"
        return Candidate(token, token, token.head, start, token.i + 1, "noun", False)
    marked = [t for t in token.subtree if t.i > token.i and t.lemma_.lower() in lex.designation_complements]
    if not marked and token.pos_ == "VERB" and _names_another_role(token):
        return None  # "designated the former President as an intermediary", "listing Venezuela as a threat"
    weak = not marked and not done_by_authority(token, lex)
    # weak: 'several companies have been designated', 'designated Hwang Kil-su and Pak Hwa-song' (parties it lists)
    # "The vessels designated this time": a participle designates the noun it follows
    follows = [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else []
    if token.pos_ == "VERB":
        listed = [*(_relative_antecedent(token, c) for c in children(token, "nsubjpass", "dobj")), *follows]
    else:  # "the listings of three individuals"
        listed = prep_objects(token, "of")
    if weak and not any(is_possible_target(c, lex) or c.pos_ == "PROPN" for c in listed):  # "“Dodik was designated"
        return None
    # "a terrorist organization": the phrase ends at the noun the complement word modifies
    end = max((max(t.i, t.head.i) if t.head.pos_ in ("NOUN", "PROPN") else t.i for t in marked), default=-1) + 1
    if not marked:  # "the Treasury designated five individuals": the phrase ends with whom it designates
        patient = next((c for c in children(token) if c.dep_ in ("dobj", "nsubjpass")), None)
        listed = [patient, *patient.conjuncts] if patient is not None else []  # "designated X and Y"
        end = max([token.i, *(t.i for t in listed)]) + 1
    if token.pos_ == "VERB":
        # the first object is the one designated; a second one ("a terrorist organization") is what it becomes
        objects = sorted((c for c in children(token) if c.dep_ in ("dobj", "dative", "nsubjpass")), key=lambda c: c.i)
        patient = _relative_antecedent(token, objects[0]) if objects else next(iter(follows), None)
        if patient is None or not (is_possible_target(patient, lex) or patient.pos_ == "PROPN"):
            return None
        end = max(end, _entry_complement_end(token, patient))
        return Candidate(token, patient, token, min(token.i, patient.left_edge.i), end, "verb", not weak)
    # "the blacklisting by the US of Admiral X": the parser hangs the 'of' on the doer
    of = next((c for h in (token, *prep_objects(token, "by")) for c in rights(h)
               if c.dep_ == "prep" and c.lower_ == "of"), None)
    patient = next((o for o in children(of) if o.dep_ == "pobj"), None) if of is not None else None
    if patient is None:
        return None
    start = min((c.left_edge.i for c in lefts(token) if c.dep_ in ("det", "poss", "amod")), default=token.i)
    verb = governing_status_word(token, lex) or token
    return Candidate(token, patient, verb, start, end, "verb", not weak)  # "a stock market listing of Aramco": unproven


def designates_party(candidate: Candidate, lex: Lexicon) -> bool:
    """'Taha is being designated for being a foreign person who ...', 'the Treasury designated Ahmed and two of his
    firms': 'designated' told as a verb of a party is a mention in any case (docs/annotation.md S18, S2), so it stands
    anywhere in an article with a state measure, as 'sanctioned' does, not only beside another mention. Not a
    participle that describes the party ('the vessels designated', S2), nor a verb that gives it a role ('was
    designated as special envoy') or names no party ('the site was designated'); never proof of a measure alone."""
    verb, party = candidate.trigger, candidate.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _DESIGNATING and candidate.kind == "verb" \
        and verb.dep_ not in ("amod", "acl") and party.i != verb.i and party.lower_ not in RELATIVE_PRONOUNS \
        and (party.ent_type_ == "PERSON" or is_possible_target(party, lex)) and not _gives_role(verb)


def _gives_role(verb: Token) -> bool:
    """'X was designated as special envoy', 'designated the former President as an intermediary': an 'as' phrase, in
    either voice, with no word of a sanctions list, a terrorist listing or an entry ban in it."""
    roles = [p for h in (verb, *children(verb, "dobj")) for p in children(h, "prep") if p.lower_ == "as" and p.i > verb.i]
    return any(not occurs_between(verb.doc, _LISTED, p.i, p.right_edge.i + 1) for p in roles)


def _names_another_role(verb: Token) -> bool:
    """'The West African leaders designated the former President of Benin as an intermediary', 'an executive order
    listing Venezuela as a "national security threat"': an 'as' phrase that names what the party becomes, with no
    word of a sanctions list or a terrorist listing in it (checked before), gives it a role, not a place on a list;
    'designated five individuals as subject to visa restrictions' keeps them out (entry_complements). Active verbs
    only."""
    if children(verb, "auxpass"):
        return False  # "Eleven Iranian companies were also designated as procurers of nuclear technology": news of a
        # designation tells the conduct it is for
    roles = [p for h in (verb, *children(verb, "dobj")) for p in children(h, "prep") if p.lower_ == "as" and p.i > verb.i]
    return bool(roles) and not any(occurs_between(verb.doc, _ENTRY, p.i, p.right_edge.i + 1) for p in roles)


def _entry_complement_end(verb: Token, patient: Token) -> int:
    """'designating Berisha and his immediate family members as ineligible for entry into the United States': where the
    'as' phrase of the verb (or of whom it designates: 'designated five individuals as subject to visa restrictions')
    ends when it keeps the parties out (a visa ban, data/sanctions.json designations); 0 without one."""
    return max((p.right_edge.i + 1 for h in (verb, patient) for p in children(h, "prep") if p.lower_ == "as"
                and p.i > verb.i and occurs_between(verb.doc, _ENTRY, p.i, p.right_edge.i + 1)), default=0)


def done_by_authority(token: Token, lex: Lexicon) -> bool:
    """'The Treasury Department designated five individuals', 'the US Treasury sanctioned Hamas financiers':
    designating or sanctioning by a sanctioning state or body is a measure whatever its object is called; so is the
    noun of it with its doer ("China's blacklisting of Taiwan's representative", "the blacklisting by the US of
    Admiral Karannagoda")."""
    if token.pos_ == "NOUN":
        doers = [*children(token, "poss"), *prep_objects(token, "by")]
        return any(d.ent_type_ == "GPE" or authority_of_phrase(d, lex) is not None for d in doers)
    if token.pos_ != "VERB":
        return False
    doer = agent_of(token) or next((c for c in children(token) if c.dep_ == "nsubj"), None)
    if doer is not None and doer.tag_ == "NNPS" and doer.ent_type_ == "NORP":
        # "The Americans have sanctioned those industry sectors": a nation's people named for its state
        return doer.lower_.removesuffix("s") in lex.country_of_adjective
    return doer is not None and authority_of_phrase(doer, lex) is not None


def _relative_antecedent(verb: Token, patient: Token) -> Token:
    """"the TPLF, which was designated as a terrorist organisation", "Mahofa ..., all of whom were previously
    designated": a relative clause's pronoun (or the quantity of one) designates the noun the clause hangs on when the
    clause tells the act, in the past; "the PKK, which is listed as a terrorist group" describes the party (S2)."""
    pronoun = next(iter(prep_objects(patient, "of")), patient)
    told = any(a.lower_ in ("was", "were", "been") for a in children(verb, "auxpass"))
    return verb.head if verb.dep_ == "relcl" and told and pronoun.lower_ in RELATIVE_PRONOUNS else patient


def aimed_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'The United States targeted three Myanmar citizens and a company', 'the U.S. on Monday targeted four
    Venezuelan state governors': a targeting verb told as an act is a sanction when a sanctioning state or body
    does it to parties (docs/annotation.md, batch 19). Not 'the sanctions target Russia's banks' (a measure's own
    verb, targets.py), nor a target with no party ('targeted inflation'). Unproven alone (a state also targets
    commanders with strikes): sanctions.py keeps it only near another mention."""
    if any(p.lower_ in ("with", "at") and p.i > token.i for p in children(token, "prep")):
        return None  # "will target Russia with a round of sanctions": the measure is named by its own noun (not a
        # circumstance before the verb: "With our recent inclusion of the Central Bank, Australia has now targeted")
    if children(token, "auxpass"):
        return _passive_aim(token, lex)
    holder = _doing_verb(token)
    if holder is None:
        return None
    patient = patient_of(token)
    doer = next(iter(children(holder, "nsubj")), None)
    if doer is None and holder.dep_ == "conj":  # "the United States has ignored ... and has directly targeted
        doer = next(iter(children(holder.head, "nsubj")), None)  # individuals": conjoined verbs share a subject
    if patient is not None and token.dep_ == "relcl" and patient.i == token.head.i:
        return None  # "the dozens of officials the U.S. already has targeted": a clause describing parties (S2)
    # "targeted a host of businesses": what a quantity counts
    counted = prep_objects(patient, "of") if patient is not None else []
    if patient is None or doer is None or authority_of_phrase(doer, lex) is None or doer.pos_ == "PRON" \
            or doer.lemma_.lower() in lex.measure_nouns or not any(  # "Maduro loyalists": a party's own name in it
                is_possible_target(p, lex) for p in (patient, *patient.conjuncts, *children(patient, "compound"),
                                                     *counted)):
        return None
    start, end = (token.i, max(o.right_edge.i for o in (patient, *patient.conjuncts)) + 1) if patient.i > token.i \
        else (patient.left_edge.i, token.i + 1)
    return Candidate(token, patient, token, start, end, "verb", False)


def _passive_aim(verb: Token, lex: Lexicon) -> Candidate | None:
    """'Russian banks have also been targeted', 'The 10 individuals were targeted for their close ties to Putin',
    'the latest Venezuelan official to be targeted': a passive targeting verb with no agent leaves its doer unsaid,
    as news of a measure does (S18: a mention only near the sanctions it belongs to, which sanctions.py checks);
    not one whose agent is named ('targeted by drone strikes', 'targeted by the new sanctions': targeting.py), nor
    one whose patient is no party ('the ship was targeted', 'only polythene bags will be targeted')."""
    if children(verb, "agent"):
        return None
    patient = next(iter(children(verb, "nsubjpass")), None)
    if patient is None and verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        patient = verb.head  # "individuals and entities to be targeted"
    if patient is None and verb.i < min((a.i for a in children(verb, "auxpass")), default=-1):
        # "Targeted are three companies and 11 individuals": the inverted passive's subject follows its auxiliary
        patient = next((c for a in children(verb, "auxpass") for c in children(a, "attr", "nsubj")), None)
    if patient is None:
        return None
    parts = [patient, *patient.conjuncts, *(o for p in children(patient, "prep") if p.lower_ == "of"
                                            for o in children(p, "pobj"))]  # "Sixteen members of the Council"
    if not any(is_possible_target(p, lex) for p in parts):
        return None
    start = min([verb.i, *(c.i for c in children(verb, "aux", "auxpass", "neg"))])
    end = max([verb.i, *(c.i for c in children(verb, "auxpass"))]) + 1
    return Candidate(verb, patient, verb, start, end, "verb", False)


def _doing_verb(verb: Token) -> Token | None:
    """The verb whose subject does the targeting: the targeting verb itself when it tells an act or a decision, or
    the 'continue' it completes ('Treasury will continue to target corrupt Maduro insiders', 'Canada will continue
    to target Russia'). A decision a state announces for the future ('Canada would target more Iranians', reported)
    is a measure of its clause's status as much as a done one (docs/annotation.md S6, S18); a purpose or a
    description ('legislation to target Russia', 'sanctions targeting individuals') has no subject and stays out."""
    if _reports_act(verb) or _announced(verb):
        return verb
    governor = verb.head
    if verb.dep_ == "xcomp" and governor.lemma_ == "continue" and (_reports_act(governor) or _announced(governor)):
        return governor
    return None


def _announced(verb: Token) -> bool:
    """'will target', 'would target' (a reported 'will'): a bare verb under a modal of the future."""
    return verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj", "ccomp") and any(
        a.lower_ in _FUTURE for a in children(verb, "aux"))


def _reports_act(verb: Token) -> bool:
    """'targeted', 'has targeted', 'targets': an act done, told as news; not a plan, purpose or description ('will
    continue to target', 'sanctions targeting individuals', 'legislation to target Russia'); also in a clause of
    time ('after the U.S. on Monday targeted four Venezuelan state governors')."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ in ("ROOT", "conj", "ccomp", "advcl") or (
        verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in children(verb, "aux"))) or (
        verb.tag_ == "VBG" and verb.dep_ in ("ROOT", "conj", "ccomp") and any(  # "Canada is targeting Iran's
            a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP", "VBD") for a in children(verb, "aux")))  # defence minister"
