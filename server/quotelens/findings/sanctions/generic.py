"""Measures spoken of in general or denied, which the status calls other: a bare topic ('views on sanctions'), a
generic reference ('the subject of sanctions'), a measure no one has ('no sanctions on fertiliser')."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import authority_of_words
from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list

_LAW_NOUNS = frozenset(word_list("sanction_status", "law_nouns"))
_ACT_NOUNS = frozenset(word_list("sanction_status", "act_nouns"))
_CLASS_WORDS = frozenset(word_list("sanction_status", "class_words"))
_STANDING_NOUNS = frozenset(word_list("sanction_status", "standing_nouns"))
_IMPOSER_PREPS = ("by",)
# Determiners that take the noun as known: a measure named so is one in force.
_DEFINITE = frozenset(("the", "this", "these", "those"))
# verbs by which a state takes up another's measures ('No country has joined the sanctions'; adopters.py)
_ADOPTING_VERBS = frozenset(vocabulary("sanctions")["adopting_verbs"]["verbs"])
_ADOPTING_NOUNS = frozenset(vocabulary("sanctions")["adopting_verbs"]["nouns"])
_PARTY_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")
_DENYING_VERBS = frozenset(word_list("sanction_status", "denials")["verbs"])
_SHOWING_VERBS = frozenset(word_list("sanction_status", "denials")["showing_verbs"])
_NEGATIVE_SUBJECTS = frozenset(word_list("sanction_status", "denials")["negative_subjects"])


def is_bare_topic(candidate: Candidate, lex: Lexicon) -> bool:
    """'views on sanctions', 'sanctions are needed', 'sanctions in themselves are wrong', 'the sanctions legislation':
    a bare plural no verb acts on, or a measure word that only labels something else, is sanctions described
    generally (docs/annotation.md: other)."""
    trigger, head = candidate.trigger, candidate.head
    if candidate.kind != "noun" or candidate.verb is not None or trigger.lemma_.lower() != "sanction":
        return False
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() not in lex.measure_heads | set(lex.status_of):
        labelled = trigger.head
        if labelled.lemma_.lower() in _ACT_NOUNS or _hits_named(labelled, lex) or stands_for_measures(trigger):
            return False  # "the sanctions announcement", "the sanctions racket against the DPRK", "the EU's sanctions
            # policy": the measure itself
        return labelled.lemma_.lower() not in lex.target_subject_words  # "sanctions legislation", not "-hit"
    if head.i != trigger.i or trigger.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod") for c in children(head)):
        return False
    # "sanctions against Russia" name whom they hit; so does a preposition after both conjuncts, which the parser hangs
    # on the first ("global pressure and sanctions on the new government of Afghanistan")
    shared = [c for c in children(head.head) if c.i > head.i] if head.dep_ == "conj" else []
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        # "the enforcement of sanctions against a number of Russian companies": the parser hangs the target on the noun
        # the 'of' phrase completes
        shared += [c for c in children(head.head.head) if c.i > head.i]
    if any(c.dep_ == "prep" and c.lower_ in lex.target_preps for c in (*children(head), *shared)):
        return False
    if names_particular(head, lex) or _held(head):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in lex.instrument_preps:
        return False  # "to punish Damascus, either with sanctions": the means of an action, not a topic
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in lex.quantities:
        return False  # "a new package of sanctions will be agreed": the package is the measure its verb acts on
    if head.dep_ == "pobj" and {head.head.lower_, head.head.head.lower_} & lex.presupposing_preps:
        return False  # "fell because of sanctions", "despite sanctions": a measure in force
    if head.dep_ == "nsubj" and head.head.pos_ == "VERB" and children(head.head, "dobj"):
        return False  # "sanctions have cut Iran's oil revenue": a measure in force, acting
    if head.dep_ in ("nsubj", "nsubjpass") and lex.status_of.get(head.head.lemma_.lower()) == "imposed":
        return False  # "the company also had sanctions applied": its own imposing verb, which the parse left unlinked
    governor = head.head.head if head.dep_ == "pobj" else head.head
    return governor.lemma_.lower() not in lex.target_subject_words and head.head.lower_ not in lex.target_subject_words


def stands_for_measures(trigger: Token) -> bool:
    """'the EU's sanctions policy', 'the US sanctions issue', 'a Western-led sanctions effort': a measure word
    labelling a noun that stands for a party's measures as a whole, which its determiner, possessive or a party's name
    before it ties to that party's measures in force (S21); not 'unilateral sanction policies', sanctions as a kind."""
    labelled = trigger.head
    if trigger.dep_ != "compound" or labelled.lemma_.lower() not in _STANDING_NOUNS:
        return False
    if taken_as_known(labelled):
        return True
    return any(w.ent_type_ in ("GPE", "NORP", "ORG") for w in trigger.doc[labelled.left_edge.i: trigger.i])


def names_particular(head: Token, lex: Lexicon) -> bool:
    """'sanctions against six entities', 'sanctions by the U.S. Department of Treasury', 'sanctions it imposed on
    Zimbabwe', 'subjected to ECOWAS sanctions': a bare measure word whose own phrase names
    whom it hits, who imposes it or its imposing stands for one particular measure (docs/annotation.md: imposed, in
    force), not for sanctions as a kind ('the inclination for sanctions on other countries': described generally,
    other). Not 'from': 'there will be counter-sanctions from Russia' is as often one still to come."""
    if _hits_named(head, lex):
        return True
    for prep in children(head, "prep"):
        if prep.lower_ in _IMPOSER_PREPS and any(_names_imposer(o, lex) for o in children(prep, "pobj")):
            return True
    if any(lex.status_of.get(c.lemma_.lower()) == "imposed" and c.tag_ in ("VBD", "VBN") and not children(c, "neg")
           for c in children(head, "relcl", "acl")):
        return True
    # the imposer's name right before the measure word, linked to it either way: the parser sometimes takes an
    # acronym for a verb whose object the measure is ('subjected to ECOWAS sanctions')
    before = head.doc[head.i - 1] if head.i > 0 else None
    return before is not None and head.i in (before.head.i, *(c.i for c in children(before))) \
        and _names_imposer(before, lex)


def imposed_in_relative(head: Token, lex: Lexicon) -> bool:
    """'sanctions it imposed on Zimbabwe', 'the sanctions the US has imposed': its imposer's past act, told in a
    relative clause (not 'sanctions it would impose')."""
    modals = lex.hypothetical_aux | lex.future_aux | lex.ability_aux
    return any(c.tag_ in ("VBD", "VBN") and lex.status_of.get(c.lemma_.lower()) == "imposed" and children(c, "nsubj")
               and not children(c, "neg") and not {a.lower_ for a in children(c, "aux")} & modals
               for c in children(head, "relcl"))


def _hits_named(noun: Token, lex: Lexicon) -> bool:
    """The noun's target preposition names particular parties: by name, by count, by nationality or by what they
    did ('against Nicaraguan officials accused of abuses', 'against six entities'), not a class ('other countries')."""
    return any(_particular(o) for c in children(noun, "prep") if c.lower_ in lex.target_preps
               for p in children(c, "pobj") for o in (p, *p.conjuncts))


def _particular(party: Token) -> bool:
    words = children(party)
    if any(w.lower_ in _CLASS_WORDS for w in words):
        return False
    return party.ent_type_ in _PARTY_ENTITIES or any(
        w.dep_ == "nummod" or w.dep_ in ("acl", "relcl") or (w.dep_ in ("amod", "compound") and w.ent_type_ in
                                                             _PARTY_ENTITIES) for w in words)


def imposed_by_any(head: Token) -> bool:
    """'the unilateral sanctions or actions taken by any countries': a measure whose own participle's agent is a class
    of parties is sanctions as a kind (S21: 'does not recognise any unilateral sanction' is other)."""
    return any(c.lower_ in _CLASS_WORDS for h in (head, *head.conjuncts) for v in children(h, "acl") if v.tag_ == "VBN"
               for a in children(v, "agent") for o in children(a, "pobj") for c in children(o, "det", "amod"))


def takes_part(under: list[Token]) -> bool:
    """'is not part of the Western sanctions': the copula's noun of taking part, on the path below it."""
    return any(w.dep_ == "attr" and w.lemma_.lower() in _ADOPTING_NOUNS for w in under)


def _names_imposer(word: Token, lex: Lexicon) -> bool:
    if word.ent_type_ in ("GPE", "NORP", "ORG"):
        return True
    return authority_of_words([word, *children(word, "det")], lex) is not None


def _held(head: Token) -> bool:
    """'We already have sanctions on the IRGC', 'We have sanctions because of the Minsk agreements': a measure its
    imposer has is one in force (not 'You won't have sanctions', which denies one)."""
    verb = head.head
    return head.dep_ == "dobj" and verb.lemma_.lower() == "have" and bool(children(verb, "nsubj")) \
        and not children(verb, "neg", "aux")


def holds_a_class(head: Token, lex: Lexicon) -> bool:
    """'unite all those under sanctions', 'countries under sanctions': a bare measure that only defines a class of
    parties is sanctions as a kind (the batch 19 note: general, other), unlike 'a Russian bank under US sanctions' or
    'Fifty countries are already under direct sanctions', which place particular parties under one."""
    prep, holder = head.head, head.head.head
    if head.dep_ != "pobj" or prep.lower_ != "under" or children(head) or names_particular(head, lex):
        return False
    if holder.lower_ == "those" or holder.tag_ == "NNS":
        return not any(c.dep_ in ("det", "poss", "nummod") or (c.dep_ in ("amod", "compound") and c.ent_type_)
                       for c in children(holder))
    return False


def is_denied(head: Token, path: list[Token], lex: Lexicon) -> bool:
    """'no sanctions on fertiliser', 'has no need to impose sanctions', 'signed without sanctions', 'No further
    sanctions have been imposed' (the measure's own 'no' when its verb starts the path)."""
    if head.dep_ == "pobj" and head.head.lower_ == "without" or _denied_act(path):
        return True
    top = path[-1]
    if top.dep_ in ("advcl", "acl", "relcl", "ccomp") and top.head.pos_ in ("NOUN", "PROPN") \
            and any(c.lower_ == "no" for n in _clause_nouns(top) for c in children(n, "det")):
        return True  # "has no need for any reality to introduce sanctions", "there is no company that has been targeted
        # by secondary sanctions": a clause of a noun 'no' denies
    in_force = path[0] is head and _definite(head)
    if any(c.lower_ in ("no", "neither") for word in path if not in_force or acts_on_measure(word, lex)
           for s in children(word, "nsubj") for c in children(s, "det")):
        return True  # "Neither side has imposed sanctions", "No country has joined the sanctions"
    if not in_force and any(c.lower_ == "no" for word in path for s in children(word, "nsubjpass")
                            for c in children(s, "det")):
        return True  # "no individuals have been subjected to sanctions" (S12); not "No prohibitions have been imposed
        # in relation to the sanctions", a measure in force that another, denied, would serve
    return any(c.lower_ == "no" for word in (head, *path) if word is head or word.dep_ != "nsubj" or not in_force
               or acts_on_measure(word.head, lex) for c in children(word, "det"))


def _denied_act(path: list[Token]) -> bool:
    """'denied the EU is planning to impose sanctions', 'has denied banning the exports of goods to Russia', 'nothing
    indicated that such a measure would be taken': an act that is the content of a denial, or of a showing whose
    subject is 'nothing', is negated (docs/annotation.md: other), whatever plan or tense the content tells; not a
    denial that is itself negated ('did not deny'), nor a measure a denial only names ('deny the impact of
    sanctions', the measures in force, S42), nor one the content only names on the way ('denied banning exports as
    part of Western sanctions'): the path up to the denial runs through verbs only."""
    words = [*path, path[-1].head] if path[-1].dep_ == "ccomp" else path  # the clause path stops below 'denied that'
    for n, (below, word) in enumerate(zip(words, words[1:]), 1):
        if any(w.pos_ not in ("VERB", "AUX") for w in words[1:n]):
            return False
        if below.dep_ not in ("ccomp", "xcomp", "pcomp") and not (below.dep_ == "dobj" and below.tag_ == "VBG"):
            continue
        if word.lemma_.lower() in _DENYING_VERBS and not children(word, "neg"):
            return True
        subjects = children(word, "nsubj")
        if word.lemma_.lower() in _SHOWING_VERBS and any(s.lower_ in _NEGATIVE_SUBJECTS for s in subjects):
            return True
    return False


def _clause_nouns(clause: Token) -> list[Token]:
    """The noun a clause hangs on, and for a 'that' clause the noun whose phrase that one ends ('no indication from any
    trading partner that sanctions will be imposed': the parser hangs the clause on 'partner')."""
    noun = clause.head
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    content = any(m.lower_ == "that" for m in children(clause, "mark"))
    return [noun, outer] if content and outer is not None and outer.pos_ == "NOUN" else [noun]


def _definite(head: Token) -> bool:
    """'the sanctions', 'the US sanctions', 'the sanctions pressure', 'its embargo': a measure the text takes as
    known, in force."""
    holders = (head, head.head) if head.dep_ == "compound" else (head,)
    return any(map(taken_as_known, holders))


def taken_as_known(noun: Token) -> bool:
    """'the sanctions', 'these measures', 'the EU's sanctions': a definite determiner or a possessive on the noun."""
    return any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in children(noun, "det", "poss"))


def acts_on_measure(verb: Token, lex: Lexicon) -> bool:
    """A verb that imposes, changes or takes up a measure: a party 'no' negates as its subject denies the measure (S12:
    'No country has joined the sanctions'); as the subject of another act on a measure in force ('No one can explain
    the grounds for the sanctions pressure', 'no foreign bank heeding the sanctions would remit monies') it leaves
    the measure in force, and so does 'not' on such an act ('does not recognize these sanctions', S21)."""
    lemma = verb.lemma_.lower()
    return lemma in lex.status_of or lemma in _ADOPTING_VERBS


def is_generic_reference(head: Token, lex: Lexicon) -> bool:
    """A bare plural that is only a topic: 'the subject of sanctions', 'allows for sanctions'."""
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in children(head)):
        return False
    if names_particular(head, lex):
        return False  # "strict enforcement of sanctions against Iran": one measure on a named party, not "on others"
    holder = head.head.head  # "the threat of sanctions", "the possibility of sanctions", "a package of sanctions"
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in lex.threat_words | lex.consider_words | lex.quantities:
        return False
    if holder.pos_ == "VERB" and holder.lemma_.lower() in lex.demand_words | lex.threat_words:
        return False  # "activists called for sanctions on the generals", "warned of sanctions": demanded or threatened,
        # not a topic ("allows for sanctions")
    return head.dep_ == "pobj" and head.head.lower_ in lex.topic_preps


def any_in_general(head: Token, lex: Lexicon) -> bool:
    """'Of course, any sanctions affect companies' activities to some extent': 'any' measure as the subject of a verb
    in the simple present says what measures of the kind do (S42: a judgment of sanctions as a tool, other); not
    'any sanctions against Iran hurt Turkey' (its phrase names a particular target) nor a verb that imposes or
    changes it."""
    verb = head.head
    return head.dep_ == "nsubj" and any(d.lower_ == "any" for d in children(head, "det")) \
        and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in lex.status_of and not children(verb, "aux") \
        and not names_particular(head, lex) and not any(p.lower_ in lex.target_preps for p in children(head, "prep"))


def describes_law(candidate: Candidate) -> bool:
    """'the Magnitsky legislation that sanctions foreign government officials deemed to be human rights offenders',
    'the Entity List, which restricts exports to entities of concern': a standing law's or list's measure verb in the
    simple present, on parties named as a kind (a bare plural), says what the law does to whoever falls under it, not a
    measure taken (docs/annotation.md: described generally, other)."""
    verb = candidate.verb
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or children(verb, "aux", "neg"):
        return False
    subjects = [verb.head if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else s
                for s in children(verb, "nsubj")]
    if not any(s.lemma_.lower() in _LAW_NOUNS for s in subjects):
        return False
    return any(not any(c.dep_ in ("det", "poss", "nummod") for c in children(o)) and o.tag_ == "NNS"
               for o in children(verb, "dobj"))
