"""A measure verb and what it acts on: 'sanctioned Hamas financiers', 'froze $6 billion in Iranian funds', 'oil
that has been sanctioned' (candidates.py asks here once it knows the word is used as a verb)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import authority_of_phrase
from quotelens.findings.sanctions.candidate import Candidate, is_possible_target, patient_of
from quotelens.findings.sanctions.designating import done_by_authority
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.restraints import is_measured_object
from quotelens.findings.sanctions.senses import approved_by, is_sports
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import agent_of, children, prep_objects


def verb_candidate(token: Token, lemma: str, lex: Lexicon) -> Candidate | None:
    allowed = lex.measure_verbs[lemma]
    patient = patient_of(token, participle=bool(allowed))
    if patient is not None and patient.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
        patient = token.head  # "Deripaska, who was sanctioned in 2018"
    if patient is None and token.tag_ == "VBN" and not children(token, "aux", "auxpass"):
        # "compared with €21.5 billion frozen across the EU": a reduced participle the parser read as a clause
        patient = next((c for c in children(token, "nsubj") if c.ent_type_ == "MONEY"), None)
    misread = patient is None and token.pos_ != "VERB" and (patient := _name_after(token, lex)) is not None
    if patient is None and token.lemma_.lower() == "sanction" and token.dep_ == "ROOT" and children(token, "auxpass"):
        # "In addition to Kabarebe, Lawrence Kanyuka Kingston ... was also sanctioned": the parser hung the subject
        # on the phrase before; a passive 'sanctioned' tells a sanction whoever it names (S2, S3), its verb group
        patient = token
    if patient is None or is_sports(patient, lex):
        return None
    words = {patient.lower_, patient.lemma_.lower()} | {c.lower_ for c in children(patient, "compound", "nmod")}
    words |= {o.lower_ for p in children(patient) if p.dep_ == "prep" and p.lower_ in ("of", "in")
              for o in children(p) if o.dep_ == "pobj"}  # "froze $6 billion in Iranian funds"
    money = patient.ent_type_ == "MONEY" and lemma in lex.money_verbs  # "€21.5 billion was frozen across the EU"
    if allowed and not words & allowed and not money and not is_measured_object(token, patient, lex):
        return None
    # "the league sanctioned the match"; "the US Treasury sanctioned Hamas financiers" is one. A clause that tells the
    # sanctioning of anything else is a mention only near another (S18: "sanctioned" as a verb is a mention in any
    # case; sanctions.py keeps a 'told' one near another mention): "transshipment of oil that has been sanctioned"
    told = not allowed and not _names_party(token, patient, lex) and not done_by_authority(token, lex)
    if told and not _told_as_verb(token):
        return None
    if approved_by(token, lex):
        return None  # "government-sanctioned", "state-sanctioned": approval
    agent = agent_of(token)
    if agent is not None and authority_of_phrase(agent, lex) is None and agent.ent_type_ not in ("GPE", "ORG"):
        return None  # "sanctioned by the state", "hackers sanctioned by it": approval
    if misread:
        start, end = token.i, patient.i + 1
    elif patient.i > token.i:  # through every object the parser split off ('sanctioning Representative ... Hsiao')
        start, end = token.i, max(o.right_edge.i for o in (patient, *children(token, "dobj"))) + 1
    elif told:  # "oil that has been sanctioned": the verb group, not the thing it is told of
        start, end = min([token.i, *(a.i for a in children(token, "aux", "auxpass", "neg"))]), token.i + 1
    else:
        start, end = patient.left_edge.i, token.i + 1
    # "sanction X": X is the target. "freeze the assets of X", "ban exports to X": the object is the measure's own
    # word and X is found as for a noun. Sanctioning, blacklisting, banning and embargoing (a press embargo) also
    # have non-state senses, hence only freezing assets or reserves is clear on its own.
    kind = "told" if told else "verb" if lemma in lex.target_verbs else "noun"
    return Candidate(token, patient, token, start, end, kind, clear=money or bool(words & lex.clear_objects))


def _told_as_verb(verb: Token) -> bool:
    """'has been sanctioned', 'were sanctioned', 'have sanctioned', 'to sanction', 'by sanctioning it': the verb in a
    clause of its own (a finite or infinitive form, or a gerund after a preposition), not a participle describing a
    party or a thing ('the sanctioned oil', 'the individuals sanctioned': S2)."""
    if verb.dep_ in ("amod", "acl") or verb.lemma_.lower() != "sanction":
        return False
    auxes = {a.lemma_ for a in children(verb, "aux", "auxpass")}
    return bool(auxes & {"be", "have", "to"}) or (verb.tag_ == "VBG" and verb.dep_ == "pcomp")


def _name_after(verb: Token, lex: Lexicon) -> Token | None:
    """'the European Union's move to sanction Russia', 'the decision not to sanction Turkey', which the tagger reads
    as 'to' and a noun with the name left hanging: the target verb's object is the name right after it."""
    if verb.lower_ not in lex.target_verbs or verb.i + 1 >= len(verb.doc):
        return None
    name = verb.nbor(1)
    while name.dep_ == "compound" and name.head.i == name.i + 1:
        name = name.head  # "to sanction North Korea"
    return name if name.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and name.head.i != verb.i else None


def _names_party(verb: Token, patient: Token, lex: Lexicon) -> bool:
    """Whether what a verb sanctions is a party: the patient, a conjunct ('eight citizens and companies were
    sanctioned'), whose part it is ('several top aides of North Korean leader Kim'), or another object the parser
    split off ('sanctioning Representative to the US Hsiao Bi-khim')."""
    parts = [patient, *patient.conjuncts, *children(verb, "dobj")]
    parts += prep_objects(patient, "of")
    # 'he has been sanctioned', 'those sanctioned include': a person the article names elsewhere (no proof alone)
    return any(is_possible_target(part, lex) or part.lower_ in lex.party_pronouns for part in parts)
