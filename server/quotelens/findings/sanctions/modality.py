"""The status a new measure's tense and modality give it, one step of its clause path at a time: 'will impose'
announces or threatens, 'could face' threatens, 'would consider' proposes, 'imposed' decides."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.climb import Climb, Decider, Step
from quotelens.findings.sanctions.forecasters import forecast_by_another_state
from quotelens.findings.sanctions.frames import (SUPPORTING_NOUNS, SUPPORTING_VERBS, going_to, is_conditional,
                                                past_reporter, still_to_come)
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.stances import stance_against
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list

# modals that make a new measure on its own verb a warning (docs/annotation.md S6)
_WARNING_AUX = frozenset(word_list("sanction_status", "warning_aux"))
# words that make a measure one still to come ('new sanctions could hit Russian banks'), with lexicon adding_words
# the modals of what may befall a party held under a measure ('may be subject to visa restrictions'): a warning
_POSSIBLE_AUX = _WARNING_AUX | {"may"}
# verbs of demanding whose subjunctive 'that' clause asks for a measure (S7)
_MANDATIVE = frozenset(word_list("sanction_status", "mandative_words"))


def _argued_against(climb: Climb, step: Step) -> str | None:
    """'spoke out against a ban on energy imports': a new measure argued over."""
    below, word = step.below, step.word
    if word.lower_ == "against" and below is not None and below.dep_ == "pobj" and word.head.pos_ == "VERB":
        return "considered"
    return None


def _backed(climb: Climb, step: Step) -> str | None:
    """'Ireland supports further sanctions against Russia', 'is in favour of significantly stronger sanctions', 'was
    in favour of imposing sanctions against Russia': a stance for a new measure, a verb of backing in the present or
    'in favour of' after a copula, backs a proposal (S7: considered); 'the ministers supported targeted sanctions',
    'voted in favour of sanctions' are acts in the past, which can be the decision itself, and climb on."""
    word, below = step.word, step.below
    if step.negated or below is None:
        return None
    if word.pos_ == "VERB" and step.lemma in SUPPORTING_VERBS and word.tag_ in ("VBZ", "VBP") and below.dep_ == "dobj":
        return "considered"
    stance = step.lemma in SUPPORTING_NOUNS and below.lower_ == "of" and word.head.lower_ == "in"
    return "considered" if stance and word.head.head.lemma_.lower() == "be" else None


def _forecast(climb: Climb, step: Step) -> str | None:
    """'Analysts expect the EU to impose new sanctions', 'Japan hopes the council will adopt a resolution to impose
    sanctions': a new measure in the clause an expectation or a hope reports is someone's forecast or wish, not a
    decision announced (docs/annotation.md S6: considered); 'is expected to impose' climbs to its word as it is."""
    word = step.word
    reporter = word.head if word.dep_ == "ccomp" else None
    if reporter is not None and (reporter.lemma_.lower() in climb.lex.expectation_words
                                 or reporter.lower_ in climb.lex.expectation_words) and not children(reporter, "neg"):
        return "considered"
    return None


def _mandated(climb: Climb, step: Step) -> str | None:
    """'Labor is demanding that the government implement targeted sanctions', 'urged that sanctions be imposed': a
    new measure in the subjunctive clause of a demand is asked for (docs/annotation.md S7: considered); not 'insisted
    that the sanctions were working', a clause in the indicative, which reports."""
    word = step.word
    clause = word.head if word.dep_ == "conj" and word.head.dep_ == "ccomp" else word
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _MANDATIVE or children(clause.head, "neg"):
        return None
    auxes = {c.lower_ for c in children(clause, "aux", "auxpass")}
    # 'implement', 'be imposed': the bare verb (of the clause or of the verb coordinated in it) or the bare passive
    bare = any(v.tag_ == "VB" and not children(v, "aux") for v in {clause, word})
    return "considered" if (bare and not auxes) or auxes in ({"be"}, {"should"}, {"should", "be"}) else None


def _supposed(climb: Climb, step: Step) -> str | None:
    """'if the EU imposes sanctions, ...': a hypothesis, not a decision; so is a verb coordinated under the same 'if'
    ('if the UN adopts and imposes sanctions on Russia, we will comply')."""
    word = step.word
    verbs = (word, word.head) if word.dep_ == "conj" and word.pos_ in ("VERB", "AUX") else (word,)
    if any(c.lower_ in climb.lex.condition_marks for verb in verbs for c in children(verb, "mark")):
        return "considered"
    return None


def _alternative(climb: Climb, step: Step) -> str | None:
    """'agree to a ceasefire or face sanctions': the alternative to a demand."""
    if step.lemma in climb.lex.facing_words and not step.negated and _or_else(step.word):
        return "threatened"
    return None


def _future(climb: Climb, step: Step) -> str | None:
    """'will impose sanctions if Moscow escalates' threatens; 'will impose sanctions on Monday' announces; 'warned
    that the EU will impose sanctions': a threat the reporting verb makes; 'Iran will then have to face new
    sanctions': what its target will face threatens it."""
    lex, word = climb.lex, step.word
    if not (step.auxes & lex.future_aux or going_to(word)):
        return None
    if step.negated:
        return "other"
    faced = is_faced([*step.under, word], lex)
    if is_conditional(word, lex) or _threat_reported(word, lex) or faced or _kept_up(step):
        return "threatened"
    clause = word.head if word.dep_ == "conj" else word
    foretold = clause.dep_ == "ccomp" and forecast_by_another_state(clause, clause.head)
    return "considered" if foretold else "imposed"  # "Vucic said the US will impose": his forecast (S6)


def _kept_up(step: Step) -> bool:
    """'Treasury will continue to target corrupt Maduro insiders', 'will continue to use sanctions to support the
    peace process': a course promised to go on names no measure decided, only more to come, a warning (S6; tune
    gold: 4 of 5 'will continue to' a measure verb threatened, the fifth 'continue to impose further sanctions')."""
    return step.lemma == "continue" and step.below is not None and step.below.dep_ == "xcomp"


def _hypothetical(climb: Climb, step: Step) -> str | None:
    """'could face sanctions': a conditional threat (docs/annotation.md); 'firms that deal with Iran could be
    sanctioned, the US warned': what a threat verb says could happen; 'said it would impose sanctions': the speaker's
    'will', read as 'will' is, with the reporting verb's own threat or proposal ('warned that it would impose')."""
    lex, word = climb.lex, step.word
    if not step.auxes & lex.hypothetical_aux or (_measure_acts(climb, step) and not is_conditional(word, lex)):
        return None  # "Sanctions against Dodik could slow Bosnia's progress": what the measure may do, not whether
    if not step.negated and (step.lemma in lex.facing_words or _held_ahead(climb, step)
                             or _threat_reported(word, lex)):
        return "threatened"
    reporter = past_reporter(word, set(step.auxes), lex)
    # 'believed the imposition of sanctions would be counter-productive': a measure judged as it would be is
    # supposed, whoever reports the judgment (not 'agreed that sanctions would stay', a measure kept)
    judged = step.below is not None and step.below.dep_ in ("nsubj", "csubj") and step.lemma == "be" \
        and bool(children(word, "acomp", "attr"))
    if reporter is not None and not step.negated and not judged:
        if reporter.lemma_.lower() in lex.threat_words or is_conditional(word, lex):
            return "threatened"
        hedged = any(c.lemma_.lower() in lex.consider_words for c in children(word, "advmod"))  # "would likely"
        foretold = forecast_by_another_state(word.head if word.dep_ == "conj" else word, reporter)
        return "considered" if hedged or foretold or reporter.lemma_.lower() in lex.consider_words else "imposed"
    if step.negated:
        return "other"
    if is_conditional(word, lex):
        return "threatened"  # "If Russia invades Ukraine, the UK may impose sanctions": a warning on a condition (S6)
    # "secondary sanctions could be applied", "new sanctions could be ahead for Russia": a warning (S6), on the
    # measure's own verb, or its passive or copula with the measure as subject; not "could complicate the adoption of
    # sanctions", "could include imposing sanctions" (what may happen to another action) nor "sanctions could slow
    # Bosnia's progress" (what the measure may do); "would" a hypothesis, "should" a call
    # 'firms could be subject to sanctions' is held under it as 'could face sanctions' faces it
    verb, below = climb.candidate.verb, step.below
    own = (verb is not None and word.i == verb.i) or (below is not None and (
        below.dep_ == "nsubjpass" or (below.dep_ == "nsubj" and step.lemma == "be")
        or (below.dep_ == "acomp" and below.lemma_.lower() in lex.holding_words)))
    return "threatened" if own and step.auxes & _WARNING_AUX else "considered"


def _tool_judged(climb: Climb, step: Step) -> str | None:
    """'punitive measures would not resolve the crisis', 'If sanctions could resolve the conflict, we would have had
    peace': what sanctions as a kind would or could do, under a condition or not, judges a policy tool (S42: other)."""
    if step.auxes & climb.lex.hypothetical_aux and _measure_acts(climb, step) and _as_a_kind(climb.candidate.head):
        return "other"
    return None


def _as_a_kind(head: Token) -> bool:
    """'punitive measures', 'sanctions': a measure named with no determiner, possessive, name or complement, which
    what it would or could do judges as a policy tool (S42: other), where 'Sanctions against Dodik could slow
    Bosnia's progress' and 'US sanctions could harm Turkey' weigh particular measures."""
    return head.tag_ == "NNS" and not children(head, "det", "poss", "prep", "compound", "nmod", "acl", "relcl") \
        and all(m.pos_ == "ADJ" and m.ent_type_ == "" for m in children(head, "amod"))


def _held_ahead(climb: Climb, step: Step) -> bool:
    """'individuals who may be subject to visa restrictions under this policy': a party a modal puts under a measure
    is one that could face it (docs/annotation.md: 'could face' threatens), with 'may' as with 'could'; 'would be
    subject to sanctions' stays a hypothesis (considered), and a measure the text calls new ('may be subject to new
    sanctions from the EU') a forecast (S6: the warning_aux data)."""
    below, lex = step.below, climb.lex
    new = still_to_come(climb.candidate.head, lex)
    return step.lemma == "be" and below is not None and below.dep_ == "acomp" and bool(step.auxes & _POSSIBLE_AUX) \
        and below.lemma_.lower() in lex.holding_words and not new


def _measure_acts(climb: Climb, step: Step) -> bool:
    """'unilateral US sanctions on Iran could harm Turkey', 'Sanctions against Dodik could slow Bosnia's progress': a
    measure that is the active subject of a verb that neither changes it nor says what it is, so the modal weighs what
    the measure may do, and asks for or threatens no measure (S21, S42: a measure judged keeps the status it has).
    Not a measure the text calls new or possible ('New sanctions could hit Russian banks': a warning, S6)."""
    lex, below = climb.lex, step.below
    if below is None or below.dep_ != "nsubj" or step.word.pos_ != "VERB" or step.lemma == "be" \
            or step.lemma in lex.status_of or step.lemma in lex.holding_words \
            or step.lemma in lex.threat_words | lex.consider_words:
        return False
    return not still_to_come(climb.candidate.head, lex)


def _able(climb: Climb, step: Step) -> str | None:
    """'can impose sanctions if they undermine the election': a conditional threat; 'they can sanction me and can
    freeze my assets if they like': what one is able to do."""
    if not step.auxes & climb.lex.ability_aux:
        return None
    return "threatened" if not step.negated and is_conditional(step.word, climb.lex, wishes=False) else "other"


def _negated(climb: Climb, step: Step) -> str | None:
    return "other" if step.negated else None


def _reported_coming(climb: Climb, step: Step) -> str | None:
    """''This is just the start, with more sanctions coming,' she warned', 'warned that new sanctions are coming': a
    new measure in the present of a clause a threat verb reports is threatened, not in force."""
    word = step.word
    if word is not climb.candidate.verb and _in_present(word) and _threat_reported(word, climb.lex):
        return "threatened"
    return None


def _finite(climb: Climb, step: Step) -> str | None:
    """'imposed sanctions', 'has frozen the assets': a finite verb in the past or present decides."""
    word = step.word
    if word.pos_ in ("VERB", "AUX") and (word.tag_ in ("VBD", "VBZ", "VBP") or step.auxes & {"have", "has", "had"}):
        return "imposed"
    return None


# A new measure's deciders, in this order, after those of every measure (imposing.py): the first that answers wins.
NEW_MEASURE: tuple[Decider, ...] = (
    _argued_against, _backed, stance_against, _forecast, _mandated, _tool_judged, _supposed, _alternative, _future,
    _hypothetical, _able, _negated, _reported_coming, _finite)


def is_faced(path: list[Token], lex: Lexicon) -> bool:
    """'face new sanctions', 'facing sanctions for trading with Russia': the measure is the object of a facing word
    (not 'sanctions that will hit Russian banks', the measure hitting, nor 'face obstacles from a ban')."""
    return len(path) > 1 and path[0].dep_ == "dobj" and path[1].lemma_.lower() in lex.facing_words


def _or_else(word: Token) -> bool:
    """'withdraw or face sanctions': a verb coordinated by 'or' with the one before it."""
    return word.dep_ == "conj" and any(c.lower_ == "or" for c in children(word.head, "cc"))


def _in_present(word: Token) -> bool:
    """'is', 'are coming': a clause in the present, simple or progressive (not 'have imposed')."""
    if word.pos_ not in ("VERB", "AUX"):
        return False
    auxes = children(word, "aux", "auxpass")
    return (word.tag_ in ("VBZ", "VBP") and not auxes) or (
        word.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in auxes))


def _threat_reported(word: Token, lex: Lexicon) -> bool:
    """'She warned that more sanctions will come': the clause a threat verb reports."""
    clause = word.head if word.dep_ == "conj" else word
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lex.threat_words
