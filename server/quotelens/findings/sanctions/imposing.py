"""The status of a measure its own words impose (in force, threatened, considered or other), read from the words
of the clause above it, one step up at a time: each step's deciders in order, the first that answers wins."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.climb import STOP, Climb, Decider, Step, steps
from quotelens.findings.sanctions.frames import (
    acts, enabled_status, held_under, lifting_demanded, names_its_imposer, takes_effect)
from quotelens.findings.sanctions.generic import (
    acts_on_measure, any_in_general, describes_law, holds_a_class, imposed_by_any, imposed_in_relative, is_bare_topic,
    is_denied, is_generic_reference, stands_for_measures, taken_as_known, takes_part)
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.attempts import attempted
from quotelens.findings.sanctions.modality import NEW_MEASURE
from quotelens.findings.sanctions.proposals import (
    announced, faced_ahead, follows_condition, framed_as_proposal, proposing_phrase, raised_topic, sourced,
    threat_or_proposal)
from quotelens.findings.sanctions.questions import asked_about
from quotelens.findings.sanctions.stances import obeyed, promised_backing
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import children, lefts
from quotelens.language.vocabulary import word_list

_PRESUPPOSING_PHRASE_PREPS = frozenset(word_list("sanction_status", "presupposing_phrase_preps"))
_PROMISING_AUX = frozenset(word_list("sanction_status", "promising_aux"))
_PAST_ADVERBS = frozenset(word_list("sanction_status", "past_adverbs"))
_JUDGING_WORDS = frozenset(word_list("sanction_status", "judging_words"))
_VOTING_VERBS = frozenset(word_list("sanction_status", "votes_against")["verbs"])
_AGAINST_PREPS = frozenset(word_list("sanction_status", "votes_against")["preps"])
_DECISION_TOPIC_PREPS = frozenset(word_list("sanction_status", "pending_decisions"))
_END_DATE_PREPS = frozenset(word_list("sanction_status", "new_terms")["until"])
_STRETCH_PREPS = frozenset(word_list("sanction_status", "new_terms")["for"])
# how far up a keeping word's own phrase a new term may hang ('a resolution maintaining the sanctions regime ..., until
# 12 September 2025': the parser hangs 'until' on the verb that adopts the resolution)
_TERM_REACH = 2


def imposing_status(candidate: Candidate, start: Token, path: list[Token], lex: Lexicon) -> str:
    """The status of a measure imposed by its own words, climbing ``path`` from ``start``."""
    head, verb = candidate.head, candidate.verb
    if verb is None and (is_generic_reference(head, lex) or holds_a_class(head, lex) or any_in_general(head, lex)):
        return "other"
    if is_denied(head, path, lex) or describes_law(candidate):  # "the legislation that sanctions foreign officials"
        return "other"
    if verb is None and lifting_demanded(head, lex):  # "the embargo is unilateral and should be lifted"
        return "considered"
    if acts(head, lex) or held_under(head, lex) or obeyed(head, lex):
        return "imposed"
    if (enabled := enabled_status(path, lex)) is not None:  # "will allow Australia to impose sanctions"
        return enabled
    if (modified := _modifier_status(head, path, lex) or (verb is None and _clause_on_measure(head, lex))):
        return modified
    climb = _climb(candidate, start, lex)
    for step in steps(path):
        status = _step_status(climb, step)
        if status == STOP:
            break
        if status is not None:
            return status
    return "other" if climb.bare else "imposed"


def _climb(candidate: Candidate, start: Token, lex: Lexicon) -> Climb:
    """What the climb knows of the measure before it starts."""
    # "the sanctions regime", "the sanctions imposed by the US", "the agreed sanctions" name a measure in force: a
    # modal further up ("will have to leverage the sanctions regime", "stands ready to review the agreed sanctions")
    # is about another action. Threat and proposal words right above it still count ("warned of the sanctions").
    in_force = _in_force(candidate, lex)
    # "the EU's sanctions policy": a compound that stands for a party's measures in force (S21)
    existing = in_force or stands_for_measures(candidate.trigger) or (
        candidate.verb is None and not _listed_on(candidate.head, lex) and taken_as_known(candidate.head))
    bare = not existing and is_bare_topic(candidate, lex)
    return Climb(candidate, lex, start, in_force, existing, bare)


def _listed_on(head: Token, lex: Lexicon) -> bool:
    """'who may be included in the sanctions list', 'will be added to the blacklist': the mention is the adding
    (S3), new whatever the list's 'the', so its own clause's modality says whether it is done, planned or proposed."""
    prep = head.head
    return head.dep_ == "pobj" and head.lemma_.lower() in lex.list_nouns and prep.dep_ == "prep" \
        and prep.head.lemma_.lower() in lex.listing_verbs - lex.keeping_words


def _modifier_status(head: Token, path: list[Token], lex: Lexicon) -> str | None:
    """'the proposed sanctions', 'potential sanctions', 'the threatened sanctions': a modifier that says it, on the
    measure or on the noun it is the content of ('the proposed new batch of listings', 'the threatened wave of
    sanctions': S7, a proposal)."""
    holders = [head, *children(head, "compound")]  # "a draft sanctions package": 'draft' hangs on 'sanctions'
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        holders.append(head.head.head)
    for child in (c for holder in holders for c in lefts(holder)):
        if any(a.lower_ in lex.naming_adverbs for a in children(child, "advmod")):
            continue  # "the so-called sanctions": the target's name for a measure, not one called for
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in lex.threat_words:
            return "threatened"
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in lex.consider_words:  # "warned of possible
            return "threatened" if any(w.lemma_.lower() in lex.averting_words for w in path) else "considered"  # ones"
    return None


def _clause_on_measure(head: Token, lex: Lexicon) -> str | None:
    """'Sanctions proposed by the Commission', 'the sanctions that the EU is discussing', 'the sanctions Washington
    has threatened': a relative or participle clause on the measure whose own verb proposes or threatens it says so
    (S7, S6), when no verb of its own acts on it ('announced to adopt similar sanctions proposed by the Lima Group':
    adopted); not a clause that names it ('the sanctions, which he called illegal'), a negated one, nor one whose
    subject is the measure ('a new sanction regime that allows the imposition of restrictions': what it does)."""
    for clause in children(head, "relcl", "acl"):
        lemma = clause.lemma_.lower()
        if children(clause, "neg", "oprd", "acomp") or (clause.dep_ == "acl" and clause.tag_ != "VBN") \
                or any(s.lower_ in RELATIVE_PRONOUNS for s in children(clause, "nsubj", "nsubjpass")):
            continue
        if lemma in lex.threat_words:
            return "threatened"
        if lemma in lex.consider_words:
            return "considered"
    return None


def _step_status(climb: Climb, step: Step) -> str | None:
    """The first answer of the step's deciders: those of every measure, then of one in force or a new one."""
    deciders = _ANY_MEASURE + (_EXISTING if climb.existing or climb.bare else NEW_MEASURE)
    for decide in deciders:
        if (status := decide(climb, step)) is not None:
            return status
    return None


def _presupposed(climb: Climb, step: Step) -> str | None:
    """'in addition to placing 15 individuals on a blacklist', 'despite the sanctions': a measure right under a word
    that takes it as in force, whatever the sentence goes on to propose; not 'given the variety of views on sanctions'
    (what is taken as given is the views), nor 'recommended for addition to the list' (a noun outside its phrase)."""
    word = step.word
    if step.below is None or len(step.under) > 2 or word.lower_ not in climb.lex.presupposing_preps \
            or step.below.dep_ in ("nsubj", "nsubjpass"):
        return None  # not the verb 'result' the measure is the subject of: "sanctions would result in the event of"
    if word.pos_ == "NOUN" and not (word.dep_ == "pobj" and word.head.lower_ in _PRESUPPOSING_PHRASE_PREPS):
        return None
    return "imposed"


def _judged_in_force(climb: Climb, step: Step) -> str | None:
    """'We want to strongly reject the sanctions that OFAC imposed', 'asking the assembly to show its opposition to
    the embargo': an existing measure judged is in force (S21), and a wish or call above the judgment asks for the
    judgment, not for the measure (S7 does not apply); not the measure judging ('the sanctions condemn ...')."""
    below = step.below
    if climb.existing and step.lemma in _JUDGING_WORDS and below is not None \
            and below.dep_ not in ("nsubj", "nsubjpass") and step.word.i != climb.candidate.trigger.i:
        return "imposed"
    return None


def _voted_against(climb: Climb, step: Step) -> str | None:
    """'184 countries voted against the embargo on Cuba', 'will vote against the package': a measure put to a vote
    and opposed in it is still being decided, or called to an end (S7: considered), in force or not; the measure
    right under the preposition, not a party or a word of its own ('voted against a resolution on sanctions')."""
    below = step.below
    if step.lemma in _VOTING_VERBS and below is not None and below.dep_ == "prep" \
            and below.lower_ in _AGAINST_PREPS and len(step.under) == 2:
        return "considered"
    return None


def _weighs_effect(climb: Climb, step: Step) -> str | None:
    """'studying the implications of these sanctions', 'Asked about the impact on Japan of the sanctions' (the parser
    hangs 'of' on the place): weighs their effect, proposes nothing."""
    below = step.below
    if climb.existing and step.lemma in climb.lex.effect_nouns and below is not None and (
            below.lower_ in ("of", "from") or (below.dep_ == "prep" and any(w.lower_ == "of" for w in step.under))):
        return "imposed"
    return None


def _kept(climb: Climb, step: Step) -> str | None:
    """'urged the EU to keep its embargo', 'will take effect on Monday': in force; 'could decide to put a fresh
    package on the table': a decision not yet taken."""
    lex = climb.lex
    keeping = step.lemma in lex.keeping_words
    if not (keeping or (step.below is not None and takes_effect(step.word, lex))):
        return None
    if keeping and climb.bare and step.auxes & lex.ability_aux:
        return "other"  # "sanctions can only be decided by the UN": what sanctions as a kind may be, no decision
    if keeping and {c.lower_ for c in children(step.word, "aux")} & (lex.hypothetical_aux - lex.backshifted_aux):
        return "considered"
    if keeping and step.word.pos_ == "VERB" and _new_term(step.word, lex):
        return "extended"  # S41: "maintaining the sanctions regime until 12 September 2025"
    return "considered" if keeping and _decision_pending(step) else "imposed"


def _new_term(word: Token, lex: Lexicon) -> bool:
    """S41: 'maintaining the sanctions regime on Sudan ..., until 12 September 2025', 'keep the sanctions in place for
    another six months': a keeping verb, or the verb whose phrase it modifies, given an end date or a further stretch
    of time renews the measure (extended); 'kept the sanctions', 'maintained asset freezes' state no new term."""
    for _ in range(_TERM_REACH):
        for prep in children(word, "prep"):
            dates = [o for o in children(prep, "pobj") if o.ent_type_ == "DATE"]
            if prep.lower_ in _END_DATE_PREPS and dates:
                return True
            if prep.lower_ in _STRETCH_PREPS and any(
                    m.lower_ in lex.adding_words for o in dates for m in children(o, "det", "amod", "advmod")):
                return True
        if word.dep_ not in ("acl", "xcomp", "conj"):
            return False
        word = word.head.head if word.dep_ == "acl" and word.head.dep_ in ("dobj", "pobj") else word.head
    return False


def _decision_pending(step: Step) -> bool:
    """'will have to make a decision on the sanctions', 'important for the leaders to make a decision on sanctions':
    a decision the measure is only the topic of, which its verb has not yet made (in the infinitive, after a modal, or
    under way), leaves the measure to be decided; not 'made the decision on Friday's sanctions'."""
    word, below = step.word, step.below
    if word.pos_ != "NOUN" or below is None or below.lower_ not in _DECISION_TOPIC_PREPS or word.dep_ != "dobj":
        return False
    return word.head.tag_ in ("VB", "VBG")


def _above_in_force(climb: Climb, step: Step) -> str | None:
    """A measure its participle puts in force, under another verb: that verb is about another action."""
    verb = climb.candidate.verb
    if climb.in_force and step.below is not None and step.word.pos_ == "VERB" and (verb is None or step.word.i != verb.i):
        return STOP
    return None


def _declined(climb: Climb, step: Step) -> str | None:
    """'refused to join the sanctions', 'failed to impose sanctions', 'blocked new sanctions'; 'the sanctions have
    failed' judges the measure, it does not decline it, and 'Under the sanctions, his assets will be blocked' is what
    the measure does. 'Hungary would not block the 19th sanctions package', 'will not veto new sanctions': a member's
    promise not to stand in the way of a measure still to be adopted leaves it under discussion (considered)."""
    lex, below = climb.lex, step.below
    if _declining(step.word, lex) and step.word.i != climb.candidate.trigger.i \
            and not ((climb.existing or names_its_imposer(climb.candidate.head)) and step.lemma in lex.attitude_words) \
            and (below is None or (below.dep_ not in ("nsubj", "nsubjpass") and below.lower_ not in lex.holding_words)):
        return "considered" if step.negated and step.auxes & _PROMISING_AUX else "other"
    return None


def _declining(word: Token, lex: Lexicon) -> bool:
    """'refused', and the phrasal forms the parser splits: 'stopped short, however, of imposing' (the declining
    word an adverb of the verb the measure hangs on), 'shied away from imposing' (the measure hangs on the adverb)."""
    return word.lemma_.lower() in lex.declining_words \
        or any(c.lemma_.lower() in lex.declining_words for c in children(word, "advmod", "acomp")) \
        or (word.dep_ == "advmod" and word.head.lemma_.lower() in lex.declining_words)


def _unhesitating(climb: Climb, step: Step) -> str | None:
    """'will not hesitate to impose', 'did not rule out sanctions' threaten; 'ruled out sanctions' does not."""
    if step.lemma in climb.lex.threat_if_negated:
        return "threatened" if step.negated else "other"
    return None


def _own_verb_negated(climb: Climb, step: Step) -> str | None:
    """'Turkey has not joined the Western sanctions', 'We must not focus only on sanctions': the measure's own verb,
    negated, denies a measure in force only when it imposes, changes or takes it up; any negated verb denies sanctions
    described generally. Not 'cannot pass as a result of the blockade' (its cause), nor a measure in force a negated
    clause only describes, judges or refuses to recognise ('does not recognize these sanctions', 'did not specify the
    sanctions', 'was not on the EU's sanctions list': S21, imposed). A measure in force decides nothing else."""
    lex, word = climb.lex, step.word
    if step.negated and word.pos_ in ("VERB", "AUX") and step.lemma not in lex.stance_words \
            and not any(w.pos_ == "VERB" or w.lower_ in lex.presupposing_preps for w in step.under) \
            and (climb.bare or acts_on_measure(word, lex) or takes_part(step.under)
                 or imposed_by_any(climb.candidate.head)):
        return "other"
    return None


# Every measure, in this order; then a measure in force or described generally, whose own negated verb is all that
# is left to decide, or a new one, whose tense and modality decide (modality.NEW_MEASURE).
_ANY_MEASURE: tuple[Decider, ...] = (
    _presupposed, _voted_against, _judged_in_force, _weighs_effect, asked_about, _kept, _above_in_force, _declined,
    _unhesitating, promised_backing, faced_ahead, announced, attempted, threat_or_proposal, proposing_phrase,
    raised_topic, framed_as_proposal, follows_condition, sourced)
_EXISTING: tuple[Decider, ...] = (_own_verb_negated,)


def _in_force(candidate: Candidate, lex: Lexicon) -> bool:
    """'the sanctions imposed by the United States', 'the agreed sanctions': a definite measure its own participle
    says is in force; 'sanctions slapped on Mugabe a decade ago': its imposing participle after it, whatever its
    determiner (not 'a bid to have al-Shabab sanctioned', a party's participle)."""
    head, verb = candidate.head, candidate.verb
    if candidate.kind == "noun" and verb is not None and verb.tag_ == "VBN" and verb.dep_ == "acl" \
            and verb.head.i == head.i and lex.status_of.get(verb.lemma_.lower()) == "imposed":
        return True
    if any(c.tag_ == "VBN" and c.dep_ == "amod" and c.i < head.i and lex.status_of.get(c.lemma_.lower()) == "imposed"
           and any(a.lower_ in _PAST_ADVERBS for a in children(c, "advmod")) for c in children(head)):
        return True  # "recently imposed sanctions", "newly imposed sanctions": its own past participle, dated
    if imposed_in_relative(head, lex):  # "reparations for sanctions it imposed on Zimbabwe": its imposer's past act
        return True
    if not any(c.dep_ in ("det", "poss") and c.lower_ != "no" for c in children(head)):
        return False
    return any(
        c.tag_ == "VBN" and c.dep_ in ("acl", "amod") and (
            lex.status_of.get(c.lemma_.lower()) == "imposed" or c.lemma_.lower() in lex.in_force_words)
        for c in children(head)
    )
