"""What happens to a measure that is lifted, extended or violated, from the frame of its clause: blocked ('prohibit
the president from waiving sanctions'), demanded or hoped for ('calls to lift the embargo', 'the potential lifting of
sanctions': considered), or as its verb says."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate, is_possible_target
from quotelens.findings.sanctions.frames import backs_change, is_conditional, past_reporter, still_to_come, takes_effect
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children, lefts
from quotelens.language.vocabulary import word_list

_STOPPING_WORDS = frozenset(word_list("sanction_status", "stopping_words"))
_GROWING = frozenset(word_list("sanction_status", "growing_list_words"))


def change_status(base: str, start: Token, verb: Token | None, path: list[Token], lex: Lexicon) -> str:
    """The status of a measure whose verb lifts, extends or violates it (``base``), ``path`` up from ``start``."""
    if base == "violated" and verb is not None and _averted(verb, lex):
        return "threatened"
    supposed = _supposed(path, lex) if base == "lifted" else None
    # "blocked the assets of another thirty officials": the measure's own verb blocks nothing (S34), unless negated
    own = verb if base == "extended" and path[:1] == [verb] else None
    if _is_blocked(path, lex, base, own) or supposed == "other":
        return "other"
    # "calls to lift the embargo", "urged the EU to ease sanctions": a demand, not a decision
    asked = _below_decision(path, lex)  # "asked to comment on the decision to lift the sanctions": decided
    proposed = _is_proposed(asked, lex) or (verb is not None and _demanded_before(verb, lex)) \
        or (base == "lifted" and (_is_hoped(start, asked, lex) or _awaited(path, lex))) \
        or _demanded(path, lex) or backs_change(asked) \
        or _is_possible(asked, lex) or _is_expected(asked, lex) or _aimed_at(start, lex) or supposed == "considered" \
        or any(c.lower_ in lex.condition_marks for c in children(path[-1], "mark"))  # "unless the US lifts its sanctions"
    return "considered" if base in ("lifted", "extended") and proposed else base


def _demanded(path: list[Token], lex: Lexicon) -> bool:
    """'the United States should revoke the sanctions', 'the US must act to lift sanctions against Venezuela', 'the EU
    should move to extend them': a modal of obligation on the change's verb, or on a verb whose infinitive it is,
    calls for the change (docs/annotation.md S7: calls, "should be lifted", considered), as it does for a new
    measure ('the US should act to impose sanctions'). The path stays inside the clause and its infinitives."""
    return any(c.lower_ in lex.demand_aux for word in path if word.pos_ in ("VERB", "AUX")
               for c in children(word, "aux"))


def _averted(verb: Token, lex: Lexicon) -> bool:
    """'seeks to avoid new sanctions', 'to avoid possible sanctions': avoiding a measure not yet imposed averts a threat;
    avoiding one in force gets round it ('avoiding U.S. sanctions on Iran': violated)."""
    return verb.lemma_.lower() in lex.averting_words and any(still_to_come(o, lex) for o in children(verb, "dobj"))


def adds_parties(candidate: Candidate, lex: Lexicon) -> bool:
    """'sanctioned an additional 74 individuals', 'a travel ban on 364 additional officials', 'the blocking of assets of
    17 more Russian citizens', 'additionally sanctions 20 organisations', 'another 39 citizens have been added to the
    stop list': more parties put under a measure in force
    (docs/annotation.md: extended). Not 'more than 100 people', and not 'additional sanctions', which annotators split
    on: the word must qualify the parties, not the measure."""
    holders = [w for w in (candidate.verb, candidate.head) if w is not None]
    if any(a.lower_ in lex.adding_words and a.i + 1 == w.i for w in holders for a in children(w, "advmod")):
        return True  # right before its verb; not a sentence's "Additionally, the executives will be denied visas"
    # "added 19 more entities to its list", "another 39 citizens have been added to the stop list", "added several
    # other entities to the sanctions list" (S29: 'other' says the list grows); 'more' also under the number ("added
    # 20 more people")
    verb, growing = candidate.verb, lex.adding_words | _GROWING
    if verb is not None and verb.lemma_.lower() in lex.listing_verbs and any(
            w.lower_ in growing and not _more_than(w) for party in children(verb, "dobj", "nsubjpass")
            for m in children(party, "amod", "nummod", "det") for w in (m, *children(m, "quantmod", "amod", "advmod"))):
        return True
    parties = [candidate.head] if candidate.kind == "verb" else []
    for holder in holders:  # "on 364 additional officials", "of assets of 17 more citizens" (one 'of' deeper)
        for prep in children(holder, "prep"):
            if prep.lower_ in lex.target_preps or prep.lower_ == "of":
                # "on Russia's finance ministry and 11 additional banks": a conjunct the parse hangs on the 'on'
                objects = [*children(prep, "pobj"), *(c for c in children(prep, "conj") if c.pos_ in ("NOUN", "PROPN"))]
                parties += [*objects, *(o for x in objects for p in children(x, "prep") if p.lower_ == "of"
                                        for o in children(p, "pobj"))]
    parties += _subject_parties(candidate, lex)
    # "sanctions on Russia's finance ministry and 11 additional banks": a party the parse hangs on the measure itself
    parties += [c for c in children(candidate.head, "conj") if is_possible_target(c, lex)]
    # S34: the word on any listed party ("Russia's finance ministry and 11 additional banks"), or on the party's
    # number ('on 370 more Russian individuals': 'more' under '370'); 'another' is a determiner
    parties += [c for party in parties for c in children(party, "conj")]
    return any(m.lower_ in lex.adding_words and not _more_than(m)
               for party in parties if party.i != candidate.trigger.i  # "imposition of additional sanctions"
               for modifier in children(party, "amod", "advmod", "nummod", "det")  # qualifies the measure
               for m in (modifier, *(children(modifier, "amod", "advmod") if modifier.dep_ == "nummod" else ())))


def _subject_parties(candidate: Candidate, lex: Lexicon) -> list[Token]:
    """The parties a clause's subject names (S34): the passive subject of the verb the measure hangs on ('Another
    group of oligarchs have been placed under sanction', 'three more people were hit with sanctions'), and the subject
    that joins a list ('Four additional entities joined the list'). Not an active subject, which imposes ('more
    countries imposed sanctions')."""
    head, verb = candidate.head, candidate.verb
    if verb is None and head.dep_ == "dobj":
        verb = head.head
    elif verb is None and head.dep_ == "pobj" and head.head.dep_ == "prep":
        verb = head.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i == candidate.trigger.i and candidate.kind != "verb":
        return []
    joins = verb.lemma_.lower() in lex.list_changes and head.dep_ == "dobj"
    subjects = children(verb, "nsubjpass", "nsubj") if joins else children(verb, "nsubjpass")
    # not a measure listed with the mention's own ('Additional financial sanctions and travel bans will be imposed')
    return [s for s in subjects if candidate.trigger not in s.conjuncts]


def _more_than(word: Token) -> bool:
    """'more than 100 people': a bound on a count, no parties added."""
    return word.i + 1 < len(word.doc) and word.nbor(1).lower_ == "than"


def undone_lifting(head: Token, verb: Token | None, lex: Lexicon) -> Token | None:
    """The verb that ends or takes away a lifting ('revoked the sanctions waivers', 'the exemption for 13 officials from
    the travel ban ended'): the measure is back in force (docs/annotation.md, batch 8: a waiver that ends is imposed)."""
    if verb is None or verb.i == head.i or lex.status_of.get(verb.lemma_.lower()) != "lifted":
        return None
    if lex.status_of.get(head.lemma_.lower()) == "lifted" and (verb.pos_ == "VERB" or (
            head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == verb.i)):
        return verb  # the lifting noun heads the mention, its verb lifts it: "the travel ban exemptions ended", "the
        # revocation of the OFAC licences"
    ender = verb.head
    if verb.pos_ == "NOUN" and (verb.dep_ in ("dobj", "nsubjpass") or (verb.dep_ == "nsubj" and not children(ender, "dobj"))) \
            and ender.pos_ == "VERB" and lex.status_of.get(ender.lemma_.lower()) == "lifted":
        return ender  # the lifting noun is the measure's verb, and a lifting verb acts on it
    return None


def _is_blocked(path: list[Token], lex: Lexicon, base: str, own: Token | None = None) -> bool:
    """'prohibit the president from waiving sanctions', 'no president could waive sanctions', 'did not lift', 'has
    no plans to lift'. An evasion someone blocks or counters was tried all the same ('blocked two adversaries from
    evading US sanctions', 'enable the EU to counter sanctions circumvention': violated); one its doer opposes or
    refuses was not ('opposed using its territory to circumvent sanctions'), and neither was a negated one."""
    for below, word in zip([None, *path], path[:6]):
        lemma = word.lemma_.lower()
        if lemma in lex.blocking_words and word is not own and (base != "violated" or lemma not in _STOPPING_WORDS):
            return True
        if children(word, "neg") and lemma not in lex.threat_if_negated \
                and (below is None or below.dep_ not in ("nsubj", "agent")):
            # "will not be deceived by the partial lifting", "the lifting did not help": the verb is negated, the
            # lifting that acts in it happened
            return True
        if any(g.lower_ == "no" for child in children(word, "nsubj", "nsubjpass") for g in children(child, "det")):
            return True
        if any(g.lower_ == "no" for g in children(word, "det")):
            return True  # "no evidence that the banks participated in circumventing sanctions", "no plans to lift"
    return False


def _is_possible(path: list[Token], lex: Lexicon) -> bool:
    """'the sanctions may soon be widened', 'if he wanted to help, he would have to lift the blockade': a change a
    modal only holds possible, not decided. A 'would' without a condition is what a bill or a speaker says will
    happen ('the bill would renew the act', 'said it would extend the sanctions')."""
    for word in path:
        if word.pos_ == "AUX":
            return False  # "the only way might be to pass a renewal": a copula's modal judges a way, not the change
        auxes = {c.lower_ for c in children(word, "aux", "auxpass")}
        if auxes & (lex.hypothetical_aux - lex.backshifted_aux - lex.demand_aux):
            return True
        if auxes & lex.backshifted_aux and is_conditional(word, lex):
            return True
        if word.pos_ == "VERB" and word.tag_ != "VB":
            return False  # the first finite verb up the path decides; a modal above it is another clause's
    return False


def _supposed(path: list[Token], lex: Lexicon) -> str | None:
    """'lifting the sanctions would require improvements', 'conditions for lifting sanctions': a lifting only supposed,
    what it would take or be (docs/annotation.md: a hypothetical lifting is other); 'lifting sanctions could lead to
    further abuses': what a lifting could bring about, a lifting argued over (considered); a lifting on a condition
    named by a preposition ('in the event of a change') is one supposed. None when neither."""
    subject = next((word for word in path if word.dep_ in ("csubj", "nsubj")), None)
    verb = subject.head if subject is not None else None
    auxes = {c.lower_ for c in children(verb, "aux")} if verb is not None else set()
    if auxes & (lex.hypothetical_aux - lex.demand_aux):
        if subject.head.lemma_.lower() in lex.condition_verbs:
            return "other"
        # not "explained that the lifting would take immediate effect": a speaker's 'will', a decided lifting
        decided = takes_effect(verb, lex) or past_reporter(verb, auxes, lex) is not None
        return None if decided else "considered"
    if any(f"{p.lower_} {o.lower_}" in lex.condition_marks for word in (path[0], *children(path[0], "dobj"))
           for p in children(word, "prep") for o in children(p, "pobj")):
        return "other"  # "a commitment to lifting sanctions in the event of a change in behavior": on a condition
    return "other" if any(word.lemma_.lower() in lex.condition_nouns for word in path[1:]) else None


def _is_proposed(path: list[Token], lex: Lexicon) -> bool:
    # "demanded that the EU end the ban", "called for the sanctions to be lifted": the clause a demand verb governs
    top = path[-1]
    demanded = top.dep_ in ("ccomp", "advcl") and top.head.lemma_.lower() in lex.demand_words
    return demanded or any(
        (word.lemma_.lower() in lex.demand_words and not children(word, "oprd"))  # not "considered temporary"
        or any(c.lower_ in lex.demand_words for c in children(word, "mark"))  # "whether the US will lift"
        for word in path
    )


def _demanded_before(verb: Token, lex: Lexicon) -> bool:
    """'the African Union's call for the Somali government to lift the arms embargo', which the parser often
    attaches elsewhere: an infinitive with a demand word a few tokens before it in its sentence. Linear: a fixed
    window back from the verb."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return False
    first = sentence_start(verb)
    window = verb.doc[max(first, verb.i - lex.demand_window): verb.i]
    return any(t.lemma_.lower() in lex.demand_words and t.pos_ in ("NOUN", "VERB") for t in window)


def _is_hoped(start: Token, path: list[Token], lex: Lexicon) -> bool:
    """'the potential lifting of sanctions', 'hope for a complete removal of sanctions', 'talks on easing the
    embargo': a lifting proposed, hoped for or discussed (docs/annotation.md: considered; a bill that 'seeks to step
    up sanctions' still extends them, PolNeAR)."""
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.consider_words for c in lefts(start)):
        return True
    if any(c.lower_ in lex.demand_aux for c in children(start, "aux")):
        return True  # "the United States should revoke the sanctions": a demand
    # not what a lifting does or is called as the verb's subject: "The waiver allows Indian companies to receive
    # cargoes", "The waivers are considered temporary"
    return any(word.lemma_.lower() in lex.consider_words and below.dep_ != "nsubj" and not children(word, "oprd", "acomp")
               for below, word in zip(path, path[1:]))


def _is_expected(path: list[Token], lex: Lexicon) -> bool:
    """'will likely lift', 'is expected to extend the sanctions', 'hopes that these decisions will pave the way to the
    total lifting': a change its clause, or the verb that reports its clause, expects or hopes for (considered)."""
    top = path[-1]
    reporter = [top.head] if top.dep_ == "ccomp" else []
    return any(
        word.lemma_.lower() in lex.expectation_words or word.lower_ in lex.expectation_words
        or any(c.lemma_.lower() in lex.expectation_words for c in children(word, "advmod", "acomp"))
        for word in (*path, *reporter)
    )


def _aimed_at(start: Token, lex: Lexicon) -> bool:
    """'pushing for the removal of sanctions', 'a process over the permanent lift of sanctions': a lifting or extension
    named as a noun that a preposition of aim or topic governs; 'to' only after a noun ('the way to the lifting', not
    'reacted to the lifting'), and not after a decision ('the decision on the lifting')."""
    if start.pos_ != "NOUN" or start.dep_ != "pobj" or start.head.lower_ not in lex.aim_preps:
        return False
    holder = start.head.head
    if start.head.lower_ == "to" and holder.pos_ != "NOUN":
        return False
    return holder.lemma_.lower() not in lex.decision_words


def _awaited(path: list[Token], lex: Lexicon) -> bool:
    """'will be relentless until all sanctions are removed': a lifting still awaited (a demand), not one that happened
    ('kept the embargo until it was lifted in 2016')."""
    clause = path[-1]
    return any(c.lower_ in lex.awaiting_marks for c in children(clause, "mark")) and clause.tag_ != "VBD" \
        and not any(c.tag_ == "VBD" for c in children(clause, "aux", "auxpass"))


def _below_decision(path: list[Token], lex: Lexicon) -> list[Token]:
    """The path up to a decision word above the measure, or a verb that announces the change as its object ('the
    statement announcing the lifting of sanctions'): what asks about the decision does not propose it."""
    for n, word in enumerate(path[1:], 1):
        if word.lemma_.lower() in lex.decision_words:
            return path[:n]
        if word.pos_ == "VERB" and word.tag_ != "VB" and path[n - 1].dep_ == "dobj" \
                and lex.status_of.get(word.lemma_.lower()) == "imposed":
            return path[:n]  # not "called on the EU to announce the lifting", an announcement still asked for
    return path


def shared_change(candidate: Candidate, lex: Lexicon) -> Token | None:
    """The verb that lifts or extends the measure another one is listed with, in apposition to or included in ('renewed
    an arms embargo and sanctions imposed on South Sudan, including asset freezes', 'extended its sanctions (an arms
    embargo and an asset freeze)'): the members share what happens to the whole. Only for a measure whose own verb
    is none or its participle ('imposed on South Sudan' describes it, the renewal acts on it). A measure imposed and
    then lifted or extended by a verb that shares its subject ('were first imposed in 2002 but were suspended two
    years ago') is what the later verb makes it."""
    verb = candidate.verb
    if verb is not None and lex.status_of.get(verb.lemma_.lower()) == "imposed":
        for later in children(verb, "conj"):  # "were first imposed in 2002 but were suspended two years ago"
            if later.pos_ == "VERB" and not children(later, "nsubj", "nsubjpass", "dobj") \
                    and lex.status_of.get(later.lemma_.lower()) in ("lifted", "extended"):
                return later
    if verb is not None and not (verb.head.i == candidate.head.i and verb.dep_ in ("acl", "amod")):
        return None
    word = candidate.head
    for _ in range(6):  # a list's members hang on one another: a bounded climb
        # also a measure noun the parser read as a verb ('including asset freezes and travel bans', 'freezes' a verb)
        if word.dep_ in ("conj", "appos") and (word.head.pos_ in ("NOUN", "PROPN") or word.head.lemma_.lower() in lex.qualified):
            word = word.head
        elif word.dep_ in ("pobj", "pcomp") and word.head.lower_ in lex.member_words:
            word = word.head.head
        else:
            break
    if word.i == candidate.head.i:
        return None
    if word.pos_ == "VERB":  # "renewed the sanctions, including ...", the parser hanging 'including' on the verb
        changer = word
    elif word.lemma_.lower() in lex.measure_nouns | lex.measure_heads and word.dep_ in ("dobj", "nsubjpass"):
        changer = word.head
    else:
        return None
    return changer if lex.status_of.get(changer.lemma_.lower()) in ("lifted", "extended") else None
