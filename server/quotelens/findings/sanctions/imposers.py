"""Who imposes a measure where no subject says it: the agent of an imposing participle ('sanctions, imposed in 2001
by the United States'), the party a to-infinitive is said of ('enables New Zealand to impose sanctions'), the state
an entry ban keeps people out of ('banned from entering Russia'), a country whatever entity spaCy made of it; and
who only reacts to a measure ('in reaction to its embargo'). parties.py reads the words they return as it reads a
subject."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import (authority_of_text, authority_of_words, entity_text, state_of_capital,
                                                  state_of_words)
from quotelens.findings.sanctions.lexicon import Lexicon, load_lexicon
from quotelens.findings.sanctions.phrases import is_time
from quotelens.findings.states import countries
from quotelens.language.entities import entity_of
from quotelens.language.tree import agent_of, children, lefts, prep_objects
from quotelens.language.vocabulary import vocabulary
from quotelens.language.word_index import positions_between

if TYPE_CHECKING:
    from quotelens.findings.sanctions.candidate import Candidate


def participle_agent(head: Token, lex: Lexicon) -> Token | None:
    """'sanctions, imposed in 2001 by the United States, ...': an imposing participle on the measure noun and its
    'by' party (not 'sanctions by the EU' alone: a bare 'by' on the measure is as often whom it hurts)."""
    for participle in children(head, "acl"):
        if participle.tag_ == "VBN" and lex.status_of.get(participle.lemma_.lower()) in ("imposed", "extended"):
            agent = agent_of(participle)
            if agent is not None:
                return agent
    return None


def misattached_agent(head: Token) -> Token | None:
    """'have been put under sanctions by the United States', 'listed in sanctions by the U.S. Treasury': spaCy hangs
    the passive verb's 'by' party on the measure it governs through a preposition; so too the agent of an action
    noun ('the partial lifting of sanctions by the United States', not 'the evasion of sanctions by Iran'). Only
    there: a 'by' on a measure elsewhere ('sanctions by the EU') is as often whom it hurts."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    acted = verb is not None and verb.pos_ == "NOUN" and head.head.lower_ == "of" and load_lexicon().status_of.get(
        verb.lemma_.lower()) in ("imposed", "extended", "lifted")
    if verb is None or not acted and (verb.tag_ != "VBN" or not children(verb, "auxpass")):
        return None
    return next(iter(prep_objects(head, "by")), None)


def vague_repeat_party(head: Token, lex: Lexicon) -> str | None:
    """The party a vague definite repeat names itself: its modifier ('the EU measures') or the 'by' party of its
    imposing participle ('the new measures adopted by the European bloc')."""
    agent = participle_agent(head, lex)
    return authority_of_words(lefts(head), lex) or (state_of_words(list(agent.subtree), lex) if agent is not None
                                                    else None)


def infinitive_controller(word: Token) -> Token | None:
    """'a framework which enables New Zealand to impose sanctions': spaCy makes the infinitive a ccomp as often as an
    xcomp; its subject is the object of the verb it hangs from, else that verb's subject."""
    if word.dep_ != "ccomp" or children(word, "nsubj", "nsubjpass", "mark") \
            or not any(a.lower_ == "to" for a in children(word, "aux")):
        return None
    return next(iter(children(word.head, "dobj")), None) or next(iter(children(word.head, "nsubj")), None)


def entry_destination(candidate: Candidate) -> Token | None:
    """'a ban on entering China', 'banned from entering Russia', 'a ban on entry to Moldova': the state named as
    where the barred may not go (data/sanctions.json, travel_bans); a country, not a territory ('block aid from
    entering Gaza' is no state's ban)."""
    words, preps = _destination_words()
    doc = candidate.trigger.doc
    for word in (doc[i] for i in positions_between(doc, words, candidate.start, candidate.end)):
        places = [*children(word, "dobj"), *(o for p in children(word, "prep") if p.lower_ in preps
                                               for o in children(p, "pobj"))]
        for place in places:
            if is_country(place):
                return place
    return None


def past_clause_object(subject: Token) -> Token:
    """'If Russia invades Ukraine, the UK may impose sanctions': the parser makes the clause's last state the main
    verb's subject and hangs the real one on it as an appositive; one state is never renamed as another, so the
    appositive state is the subject (batch 16: seven mentions given Ukraine). Only right after a verb left without
    its object: 'The United States, France, the UK and Canada have all announced' is a list."""
    before = subject.left_edge.i - 1
    if subject.ent_type_ != "GPE" or before < 0 or subject.doc[before].pos_ != "VERB" \
            or children(subject.doc[before], "dobj"):
        return subject
    return next((c for c in children(subject, "appos") if c.ent_type_ == "GPE" and _state(c) != _state(subject)),
                subject)


def _state(place: Token) -> str:
    """The state a place names: 'UK' and 'Britain' one, 'Moscow' Russia's."""
    name = entity_text(place)
    return authority_of_text(name, load_lexicon()) or state_of_capital(name)


def is_country(word: Token) -> bool:
    """A country's name whatever entity spaCy gave it ('Moldova' tagged ORG): data/roles.json's countries."""
    return _is_country_name(entity_text(word))


def _is_country_name(name: str) -> bool:
    return countries().get(name.lower()) == name


def owning_state(party: Token) -> str | None:
    """The state a party noun is part of: 'the New Zealand government', 'the Ministry of Foreign Affairs of Belarus'
    (docs/annotation.md S9: a state's department as authority is the state), a country spaCy tagged as part of the
    body's ORG name included."""
    named = [c for c in lefts(party) if c.dep_ in ("compound", "nmod", "poss")]  # "Colombia's foreign minister"
    named += prep_objects(party, "of")
    for word in named:
        if word.ent_type_ == "GPE" and entity_of(word) is not None:
            return entity_text(word)
        name = " ".join(t.text for t in word.subtree if t.dep_ == "compound" or t is word)
        if _is_country_name(name):
            return name
    return None


@functools.cache
def _destination_words() -> tuple[frozenset[str], frozenset[str]]:
    bans = vocabulary("sanctions")["travel_bans"]
    return frozenset(bans["destination_words"]), frozenset(bans["destination_preps"])


def is_reaction_noun(word: Token) -> bool:
    """'in reaction to its embargo', 'in retaliation for the sanctions': the clause's subject reacts to the measure
    named inside (data/sanctions.json, reaction_verbs' nouns), as the subject of 'condemned the sanctions' does."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in _reaction_nouns()


def is_topic(word: Token) -> bool:
    """'hold talks with EU officials over sanctions slapped on Mugabe', 'concerns about the sanctions': a preposition
    of topic on a noun; the measure is what the clause's subject discusses, not its own (batch 15 and tune: the
    subject is as often the target's government)."""
    return word.dep_ == "prep" and word.lower_ in _TOPIC_PREPS and word.head.pos_ == "NOUN"


def is_circumstance(word: Token) -> bool:
    """'cannot access them due to sanctions', 'discussed cooperation amid western sanction pressure', 'has spoken
    about the threat of sanctions': a preposition of cause, concession or topic on a verb; what it governs is what
    the verb's subject undergoes or talks of (data/sanctions.json, reaction_verbs' circumstance_preps)."""
    return word.dep_ == "prep" and word.head.pos_ in ("VERB", "AUX") \
        and word.lower_ in _CIRCUMSTANCE_PREPS | _TOPIC_PREPS


@functools.cache
def _reaction_nouns() -> frozenset[str]:
    return frozenset(vocabulary("sanctions")["reaction_verbs"]["nouns"])


_TOPIC_PREPS = frozenset(vocabulary("sanctions")["reaction_verbs"]["topic_preps"])
_CIRCUMSTANCE_PREPS = frozenset(vocabulary("sanctions")["reaction_verbs"]["circumstance_preps"])


def addressee(verb: Token) -> Token | None:
    """'called on the UN Security Council to impose an arms embargo': whom a verb calls on does what its infinitive
    says, like the object of 'urged the EU to impose' (not 'on Wednesday', 'on the eve of the summit')."""
    return next((o for p in children(verb, "prep") if p.lower_ in ("on", "upon") and not is_time(p)
                 for o in children(p, "pobj")), None)


def is_owner(modifier: Token, noun: Token, lex: Lexicon) -> bool:
    """'freeze Moscow's assets', 'Russia's reserves': the possessor of frozen or seized property owns it and is hit
    by the measure (its target), not who imposes it, even when written as a capital that is an alias."""
    return modifier.dep_ == "poss" and noun.lemma_.lower() in lex.measure_objects
