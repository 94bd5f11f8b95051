"""The status of a sanction mention (imposed, threatened, lifted ...) from its verb and the clause above it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.changes import adds_parties, change_status, shared_change, undone_lifting
from quotelens.findings.sanctions.frames import (
    acts, enabled_status, going_to, held_under, is_conditional, is_question, named_in_quotes, names_its_imposer,
    on_anyone, past_reporter, proposed_by_frame, takes_effect, threatens)
from quotelens.findings.sanctions.generic import is_bare_topic, is_denied, is_generic_reference
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import children, lefts

if TYPE_CHECKING:  # annotations only: sanction_candidates imports sanction_parties, which imports this module
    from quotelens.findings.sanctions.candidate import Candidate

# Arcs the status climbs along: inside one clause and into the clause it is an argument or infinitive of.
# It stops at a new finite clause (ccomp, relcl, advcl, ROOT), whose own verb decides.
_CLIMB_DEPS = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acl", "compound", "amod", "conj", "nsubj", "nsubjpass",
               "attr", "oprd", "appos", "dative", "npadvmod", "nmod", "agent", "acomp"}


def find_status(candidate: Candidate, lex: Lexicon) -> str:
    status = _status(candidate, lex)
    if status in ("imposed", "considered") and candidate.verb is None and any(
            d.lower_ in lex.kind_determiners for d in children(candidate.head, "det", "amod")):
        return "other"  # "a law that makes such sanctions possible": a kind; not "introducing such sanctions"
    return "other" if status == "imposed" and on_anyone(candidate.verb, candidate.head, lex) else status


def _status(candidate: Candidate, lex: Lexicon) -> str:
    verb = candidate.verb
    base = lex.status_of.get(verb.lemma_.lower(), "imposed") if verb is not None else "imposed"
    if verb is not None and verb.lemma_.lower() in lex.listing_verbs and candidate.head.lemma_.lower() not in lex.list_nouns \
            and candidate.kind != "ellipsis" and verb.lemma_.lower() not in lex.keeping_words:
        base = "extended"  # "add 24 names to an EU visa ban" (annotation.md), not "kept the restrictions in place"
    own = lex.status_of.get(candidate.head.lemma_.lower(), base)  # "sanctions relief", "announced the sanctions waiver"
    base = own if verb is None or (base == "imposed" and own == "lifted") else base
    if base == "imposed" and adds_parties(candidate, lex):  # "sanctioned an additional 74 individuals" (annotation.md)
        base = "extended"
    if candidate.kind == "resolution" or _evading_compound(candidate, lex):
        base = "violated"
    start = verb if verb is not None else candidate.head
    if base == "imposed" and (shared := shared_change(candidate, lex)) is not None:  # "renewed an embargo and sanctions"
        base, start = lex.status_of[shared.lemma_.lower()], shared
    changed = _changed_antecedent(start, lex)
    if changed is not None:  # "a measure which added 11 US firms to the list has been suspended"
        base, start = lex.status_of[changed.lemma_.lower()], changed
    if (undone := undone_lifting(candidate.head, verb, lex)) is not None:  # "revoked the sanctions waivers"
        base, start = "imposed", undone
    path = clause_path(start)
    if base in ("imposed", "lifted", "extended") and is_question(start):
        return "considered"  # "Will the EU impose sanctions on Israel?": asked about (docs/annotation.md)
    if base != "imposed":
        return change_status(base, start, verb, path, lex)
    if verb is None and is_generic_reference(candidate.head, lex):
        return "other"
    # "the sanctions regime", "the sanctions imposed by the US", "the agreed sanctions" name a measure in force: a
    # modal further up ("will have to leverage the sanctions regime", "stands ready to review the agreed sanctions")
    # is about another action. Threat and proposal words right above it still count ("warned of the sanctions").
    head = candidate.head
    in_force = _in_force(candidate, lex)
    existing = in_force or (verb is None and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")) for c in children(head)
    ))
    if is_denied(head, path):
        return "other"
    if acts(head, lex) or held_under(head, lex):
        return "imposed"
    if (enabled := enabled_status(path, lex)) is not None:  # "will allow Australia to impose sanctions"
        return enabled
    for child in lefts(head):  # "the proposed sanctions", "potential sanctions", "the threatened sanctions"
        if any(a.lower_ in lex.naming_adverbs for a in children(child, "advmod")):
            continue  # "the so-called sanctions": the target's name for a measure, not one called for
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in lex.threat_words:
            return "threatened"
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in lex.consider_words:  # "warned of possible
            return "threatened" if any(w.lemma_.lower() in lex.averting_words for w in path) else "considered"  # ones"
    bare = not existing and is_bare_topic(candidate, lex)
    for below, word in zip([None, *path], path):
        lemma = word.lemma_.lower()
        if existing and lemma in lex.effect_nouns and below is not None and below.lower_ in ("of", "from"):
            return "imposed"  # "studying the implications of these sanctions": weighs their effect, proposes nothing
        if lemma in lex.keeping_words or (below is not None and takes_effect(word, lex)):
            if lemma in lex.keeping_words and {c.lower_ for c in children(word, "aux")} & \
                    (lex.hypothetical_aux - lex.backshifted_aux):
                return "considered"  # "could decide to put a fresh package on the table": a decision not yet taken
            return "imposed"  # "urged the EU to keep its embargo", "will take effect on Monday": in force
        if in_force and below is not None and word.pos_ == "VERB" and (verb is None or word.i != verb.i):
            break
        if lemma in lex.declining_words and word.i != candidate.trigger.i \
                and not ((existing or names_its_imposer(head)) and lemma in lex.attitude_words) \
                and (below is None or below.dep_ not in ("nsubj", "nsubjpass")):
            # "refused to join the sanctions", "failed to impose sanctions", "blocked new sanctions"; "the sanctions
            # have failed" judges the measure, it does not decline it
            return "other"
        # "the sanctions are not working" judges the measure, it does not undo it
        negated = (below is None or below.dep_ not in ("nsubj", "nsubjpass")) and bool(children(word, "neg"))
        if lemma in lex.threat_if_negated:
            # "will not hesitate to impose", "did not rule out sanctions" threaten; "ruled out sanctions" does not
            return "threatened" if negated else "other"
        # "well prepared for the sanctions": bracing for a measure in force threatens nothing ("preparing for new
        # sanctions" braces for a threat)
        braced = existing and lemma in lex.threat_words and below is not None and below.lower_ == "for"
        named = named_in_quotes(word, lex)  # 'called the U.S. sanctions "unacceptable"' names it, calls for nothing
        # "Western sanctions on Moscow pushed Russian oil toward Asia": the measure does the pushing, no one proposes it
        named = named or (below is not None and below.dep_ == "nsubj" and lemma not in lex.threat_words)
        if (lemma in lex.threat_words or lemma in lex.consider_words) and not (braced or named or in_force) and (
                below is None or (below.dep_ == "oprd" and below is not start) or not children(word, "oprd")):
            # not "called the sanctions illegal": a verb with a predicate on its object names or judges the measure;
            # "called in vain for an embargo" (the parser's "vain" as that predicate, the measure under it) calls for it
            # "is not considering sanctions", "did not discuss sanctions": a negated proposal proposes nothing
            if negated:
                return "other"
            # "would consider sanctions in case it stages further provocations": a proposal on a condition threatens
            # "plans to impose sanctions unless Russia withdraws": the condition on the measure's own verb counts
            conditional = any(is_conditional(w, lex) for w in path[:path.index(word) + 1])
            # "the possibility of facing sanctions": a possible measure its target faces hangs over it
            faced = _faced(path[:path.index(word)], lex)
            return "threatened" if threatens(word, below, lex) or conditional or faced else "considered"
        if any(c.lower_ in lex.consider_words for c in children(word, "mark")) \
                or proposed_by_frame(word, below, lex, existing):
            return "considered"
        auxes = {c.lower_ for c in children(word, "aux", "auxpass")}
        if not existing and not negated and (auxes & lex.future_aux or lemma in lex.facing_words) \
                and is_conditional(word, lex):
            return "threatened"  # "if Russia invades, sanctions will follow", "Russia faces sanctions if ..."
        if existing or bare:
            if negated and word.pos_ in ("VERB", "AUX") and lemma not in lex.stance_words \
                    and not any(w.pos_ == "VERB" or w.lower_ in lex.presupposing_preps for w in path[:path.index(word)]):
                # "Turkey has not joined the Western sanctions", "Turkey is not part of the Western sanctions": the
                # measure's own verb or copula, negated; not "cannot pass as a result of the blockade" (its cause)
                return "other"
            continue
        if word.lower_ == "against" and below is not None and below.dep_ == "pobj" and word.head.pos_ == "VERB":
            return "considered"  # "spoke out against a ban on energy imports": a new measure argued over
        if any(c.lower_ in lex.condition_marks for c in children(word, "mark")):
            return "considered"  # "if the EU imposes sanctions, ...": a hypothesis, not a decision
        if lemma in lex.facing_words and not negated and _or_else(word):
            return "threatened"  # "agree to a ceasefire or face sanctions": the alternative to a demand
        if auxes & lex.future_aux or going_to(word):
            if negated:
                return "other"
            # "will impose sanctions if Moscow escalates" threatens; "will impose sanctions on Monday" announces
            # "warned that the EU will impose sanctions": a threat the reporting verb makes
            # "Iran will then have to face new sanctions": what its target will face threatens it
            faced = _faced(path[:path.index(word) + 1], lex)
            return "threatened" if is_conditional(word, lex) or _threat_reported(word, lex) or faced else "imposed"
        if auxes & lex.hypothetical_aux:
            if not negated and (lemma in lex.facing_words or _threat_reported(word, lex)):
                # "could face sanctions": a conditional threat (docs/annotation.md); "firms that deal with Iran could
                # be sanctioned, the US warned": what a threat verb says could happen
                return "threatened"
            reporter = past_reporter(word, auxes, lex)
            if reporter is not None and not negated:
                # "said it would impose sanctions": the speaker's "will", read as "will" is, with the reporting
                # verb's own threat or proposal ("warned that it would impose")
                if reporter.lemma_.lower() in lex.threat_words or is_conditional(word, lex):
                    return "threatened"
                hedged = any(c.lemma_.lower() in lex.consider_words for c in children(word, "advmod"))  # "would likely"
                return "considered" if hedged or reporter.lemma_.lower() in lex.consider_words else "imposed"
            return "other" if negated else "considered"
        if auxes & lex.ability_aux:  # "can impose sanctions if they undermine the election": a conditional threat
            # "they can sanction me and can freeze my assets if they like": what one is able to do
            return "threatened" if not negated and is_conditional(word, lex, wishes=False) else "other"
        if negated:
            return "other"
        if word is not verb and _in_present(word) and _threat_reported(word, lex):
            # "'This is just the start, with more sanctions coming,' she warned", "warned that new sanctions are
            # coming": a new measure in the present of a clause a threat verb reports is threatened, not in force
            return "threatened"
        if word.pos_ in ("VERB", "AUX") and (word.tag_ in ("VBD", "VBZ", "VBP") or auxes & {"have", "has", "had"}):
            return "imposed"
    return "other" if bare else "imposed"


def _in_force(candidate: Candidate, lex: Lexicon) -> bool:
    """'the sanctions imposed by the United States', 'the agreed sanctions': a definite measure its own participle
    says is in force; 'sanctions slapped on Mugabe a decade ago': its imposing participle after it, whatever its
    determiner (not 'a bid to have al-Shabab sanctioned', a party's participle)."""
    head, verb = candidate.head, candidate.verb
    if candidate.kind == "noun" and verb is not None and verb.tag_ == "VBN" and verb.dep_ == "acl" \
            and verb.head.i == head.i and lex.status_of.get(verb.lemma_.lower()) == "imposed":
        return True
    if not any(c.dep_ in ("det", "poss") and c.lower_ != "no" for c in children(head)):
        return False
    return any(
        c.tag_ == "VBN" and c.dep_ in ("acl", "amod") and (
            lex.status_of.get(c.lemma_.lower()) == "imposed" or c.lemma_.lower() in lex.in_force_words)
        for c in children(head)
    )


def _evading_compound(candidate: Candidate, lex: Lexicon) -> bool:
    """'sanctions-evading activities', 'sanctions-busting': the measure word hyphened to a violation."""
    trigger = candidate.trigger
    if trigger.dep_ not in ("compound", "npadvmod") or trigger.i + 1 >= len(trigger.doc) or trigger.nbor(1).text != "-":
        return False
    return lex.status_of.get(trigger.head.lemma_.lower()) == "violated" or trigger.head.lower_ in lex.violation_nouns


def _changed_antecedent(start: Token, lex: Lexicon) -> Token | None:
    """The verb that lifts or extends the noun a measure's relative clause describes ('export control measures that
    added 28 US entities to its list' which China 'has suspended'): what happens to the antecedent happens to it."""
    if start.dep_ not in ("relcl", "acl") or start.head.dep_ not in ("dobj", "nsubjpass"):  # or "an order freezing"
        return None
    outer = start.head.head
    return outer if lex.status_of.get(outer.lemma_.lower()) in ("lifted", "extended") else None


def _faced(path: list[Token], lex: Lexicon) -> bool:
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


def clause_path(start: Token) -> list[Token]:
    """The words from ``start`` up to the verb of its clause and the verbs it is an infinitive or argument of."""
    path = [start]
    word = start
    for _ in range(12):
        if word.head is word or (word.dep_ not in _CLIMB_DEPS and not _is_infinitive(word)):
            break
        if word.dep_ == "conj" and word.head.pos_ in ("VERB", "AUX") and word.pos_ in ("VERB", "AUX"):
            # a coordinated verb shares the head verb's auxiliaries but keeps its own tense
            if children(word, "aux", "nsubj"):
                break
        word = word.head
        path.append(word)
    return path


def relative_imposer(head: Token, lex: Lexicon) -> Token | None:
    """'the illegal unilateral sanctions the United States has imposed on Chinese companies', 'the sanctions that
    Washington imposed': the subject of a relative clause whose own verb imposes the measure (not 'sanctions that
    hit Russian banks', whose subject is the measure itself)."""
    for clause in children(head, "relcl"):
        if lex.status_of.get(clause.lemma_.lower()) in ("imposed", "extended"):
            return next((s for s in children(clause, "nsubj") if s.lower_ not in RELATIVE_PRONOUNS), None)
    return None


def _is_infinitive(word: Token) -> bool:
    """'a bill to impose sanctions': an infinitive clause belongs to the phrase it hangs from."""
    return word.dep_ in ("relcl", "advcl", "acl") and any(c.lower_ == "to" for c in children(word, "aux")) \
        and not children(word, "nsubj", "nsubjpass")
