"""The frame a measure's clause sits in, read from the parse: a question, a condition, a need or a proposal noun, a
past verb reporting a 'would', and what holds a measure in force whatever is said around it (an action it performs,
a party held under it, taking effect)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.intents import states_intent
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children, prep_objects
from quotelens.language.vocabulary import vocabulary

_AWAITING = frozenset(vocabulary("sanction_status")["awaited_approvals"]["verbs"])
_APPROVALS = frozenset(vocabulary("sanction_status")["awaited_approvals"]["values"])
# verbs and nouns of backing a measure ('supports', 'in favour of'): a backed change here, a stance on a new measure in
# modality._backed
SUPPORTING_VERBS = frozenset(vocabulary("sanction_status")["supporting_words"]["verbs"])
SUPPORTING_NOUNS = frozenset(vocabulary("sanction_status")["supporting_words"]["nouns"])
_BACKING = SUPPORTING_VERBS | SUPPORTING_NOUNS
_COMING = frozenset(vocabulary("sanctions")["modality"]["coming_words"])


def backs_change(path: list[Token]) -> bool:
    """'Obama has supported ending the embargo', '188 states voted in favour of ending the embargo', 'the growing
    support for steps to fully lift US sanctions': a lifting or an extension someone backs is argued for, not done
    (S7: considered), whatever the tense of the backing; a new measure backed in the past can be its adoption
    (modality._backed). Not a lifting that supports something ('The lifting of sanctions will greatly support Syria')."""
    return any(w.lemma_.lower() in _BACKING and below.dep_ not in ("nsubj", "csubj")
               for below, w in zip(path, path[1:]))


def proposed_by_frame(word: Token, below: Token | None, lex: Lexicon, existing: bool) -> bool:
    """'Additional sanctions are necessary': a measure its clause says is needed ('the sanctions are necessary' judges
    one in force); 'discussions were taking place regarding the fifth package': a measure a proposal noun's clause is
    about; 'facing pressure to impose sanctions': a measure pressed for; 'would face sanctions under new reforms proposed':
    one a proposal would bring. All are not yet decided."""
    if below is None:
        # "Imposing an arms embargo is the minimum necessary step": the measure's clause is the subject of one
        return word.dep_ == "csubj" and _calls_needed(word.head, lex)
    if not existing and below.dep_ in ("nsubj", "nsubjpass") and (_calls_needed(word, lex) or _forecast(word, lex)):
        return True
    if not existing and below.dep_ in ("nsubj", "xcomp") and word.lemma_.lower() in lex.need_words \
            and word.tag_ in ("VB", "VBP", "VBZ") and children(word, "xcomp"):
        return True  # "Stronger sanctions need to be imposed", "we need to impose sanctions": 'need to' as 'must'
    if not existing and below.dep_ == "prep" and below.lower_ == "for" and word.pos_ == "NOUN" \
            and word.lemma_.lower() in lex.need_words:
        return True  # "backed the need for a UN arms embargo": the noun of 'need to impose', a call (S7)
    if not existing and below.dep_ in ("advcl", "acl") and word.pos_ == "NOUN" \
            and word.lemma_.lower() in lex.need_words and any(c.lower_ == "to" for c in children(below, "aux")):
        return True  # "stressed the need for the international community to take similar measures" (S7)
    if below.dep_ == "acl" and word.lemma_.lower() in lex.pressing_nouns \
            and any(c.lower_ == "to" for c in children(below, "aux")):
        return True  # "facing pressure to impose sanctions on Russia": pressed for
    if not existing and below.dep_ == "prep" and below.lower_ == "for" and any(
            w.lemma_.lower() in lex.pressing_nouns for w in (word, *children(word, "nsubj"))):
        return True  # "pressure for sanctions", "Pressure is mounting for sanctions"; not "the pressure of sanctions"
    if below.dep_ in ("nsubj", "nsubjpass") and below.lemma_.lower() in lex.any_measure_nouns | lex.quantities \
            and _awaits_approval(word):
        return True  # "The 14th package of sanctions still needs the approval of all member states"
    if not existing and _under_proposal(word, lex):
        return True  # "would face financial sanctions under new reforms proposed by the government"
    return below.dep_ == "prep" and any(s.pos_ == "NOUN" and s.lemma_.lower() in lex.consider_words
                                        for s in children(word, "nsubj"))


def _awaits_approval(verb: Token) -> bool:
    """'still needs the approval of all member states', 'awaits approval': a measure not yet adopted (said of the
    measure or its package, not of 'Exports subject to the tighter controls', which will need a licence)."""
    return verb.lemma_.lower() in _AWAITING and any(o.lemma_.lower() in _APPROVALS for o in children(verb, "dobj"))


def _under_proposal(verb: Token, lex: Lexicon) -> bool:
    """'would face financial sanctions under new reforms proposed by the federal government', 'could be sanctioned
    under the draft law': what a proposal would bring, its verb a modal's; not 'sanctioned under legislation adopted
    in 2019'."""
    if not {c.lower_ for c in children(verb, "aux", "auxpass")} & (lex.hypothetical_aux | lex.future_aux):
        return False
    return any(o.lemma_.lower() in lex.consider_words or any(c.lemma_.lower() in lex.consider_words
                                                             for c in children(o, "amod", "acl", "compound"))
               for o in prep_objects(verb, "under"))


def _forecast(verb: Token, lex: Lexicon) -> bool:
    """'Sanctions against Russia are likely to be imposed', 'further sanctions are possible': a predicate that forecasts
    its subject (S6: someone's forecast is considered); not 'is likely to take several days to prepare', which
    forecasts how a measure comes, not whether."""
    return any(c.lemma_.lower() in lex.consider_words and all(
        lex.status_of.get(x.lemma_.lower()) == "imposed" for x in children(c, "xcomp")) for c in children(verb, "acomp"))


def _calls_needed(verb: Token, lex: Lexicon) -> bool:
    """'are necessary', 'is the necessary step': a predicate that calls its subject needed."""
    return any(c.lemma_.lower() in lex.need_words for c in children(verb, "acomp")) or any(
        a.lemma_.lower() in lex.need_words for c in children(verb, "attr") for a in children(c, "amod"))


def takes_effect(word: Token, lex: Lexicon) -> bool:
    """'take effect', 'come into force', 'remain in place': a decided measure, whatever the tense."""
    for child in children(word):
        # "take effect"; not "discussions were taking place regarding the package": taking place is happening
        if child.dep_ == "dobj" and child.lemma_.lower() in lex.in_force_nouns and child.lemma_.lower() != "place":
            return True
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in lex.in_force_nouns for o in children(child)):
            return True
    return False


def is_question(word: Token) -> bool:
    """Whether ``word``'s sentence ends in a question mark (before a closing quote)."""
    last = word.sent[-1]  # the sentence from the document's tree index, not a climb up the heads
    for _ in range(3):  # past a closing quote or a line break
        if last.text == "?" or last.i == 0 or not (last.is_space or last.is_quote or last.text in ")]"):
            break
        last = last.nbor(-1)
    return last.text == "?"


def past_reporter(word: Token, auxes: set[str], lex: Lexicon) -> Token | None:
    """The past verb reporting ``word``'s clause when its 'would' is a backshifted 'will' ('told the media that the
    measure would be a freeze'), else None."""
    if not auxes & lex.backshifted_aux or auxes & (lex.hypothetical_aux - lex.backshifted_aux):
        return None
    clause = word.head if word.dep_ == "conj" else word
    reporter = clause.head
    # a verb that reports; not a copula the clause completes ("which was why Ireland would be supporting")
    # ('had announced that it would refuse visas': the past perfect reports a past 'will' too)
    past = reporter.tag_ == "VBD" or (reporter.tag_ == "VBN" and any(a.lower_ in ("had", "has", "have")
                                                                        for a in children(reporter, "aux")))
    # 'condemned the move, announcing that those involved would be sanctioned': a participle tells in its verb's past
    past = past or (reporter.tag_ == "VBG" and reporter.dep_ == "advcl" and reporter.head.tag_ == "VBD")
    reports = past and reporter.pos_ == "VERB" and reporter.lemma_.lower() != "be"
    return reporter if clause.dep_ == "ccomp" and reports else None


def is_conditional(word: Token, lex: Lexicon, wishes: bool = True) -> bool:
    """Whether a clause ('will impose sanctions') carries a condition: an 'if/unless' clause or an 'in the event of'
    phrase on it or on the verb it is coordinated with (``wishes=False``: not one that is only a wish, 'if they
    like')."""
    for verb in (word, word.head) if word.dep_ == "conj" else (word,):
        for clause in children(verb, "advcl", "dep"):  # "if need be" is parsed a dep
            if not wishes and clause.lemma_.lower() in lex.wish_verbs:
                continue
            # "if", "unless", and "in case" (its noun hangs from the mark)
            # "if need be", the mark on the clause's auxiliary: the clause's first word
            marks = [*children(clause, "mark"), *([clause.left_edge] if clause.left_edge.dep_ == "mark" else [])]
            if any(" ".join([c.lower_, *(o.lower_ for o in children(c, "pobj"))]) in lex.condition_marks for c in marks):
                return True
        # "sanctions would result in the event of a substantial escalation", "in case of": the condition as a phrase
        if any(f"{p.lower_} {o.lower_}" in lex.condition_marks for p in children(verb, "prep") for o in children(p, "pobj")):
            return True
    return False


def threatens(word: Token, below: Token | None, lex: Lexicon) -> bool:
    """'warned of sanctions', 'is prepared to impose more' (ready to), 'preparing for new sanctions' (bracing for one):
    a threat word; 'is preparing to reimpose sanctions', 'is preparing personal sanctions', 'new sanctions are being
    prepared' works on a measure of its own, a proposal (docs/annotation.md: considered)."""
    if word.lemma_.lower() in lex.preparing_words and word.pos_ == "VERB" and (word.tag_ != "VBN" or (
            below is not None and below.dep_ == "nsubjpass")) and (below is None or below.lower_ != "for"):
        return False  # also the measure being prepared: 'New sanctions against Russia are being prepared'
    return word.lemma_.lower() in lex.threat_words and not states_intent(word, below)


def names_its_imposer(head: Token) -> bool:
    """'new U.S. sanctions on the country', 'unilateral sanctions issued by the United States government', 'sanctions
    by the US, Britain and the European Union': a measure whose own phrase names the state that imposes it is one
    already decided, which others can only react to (rejecting or opposing it is a stance, S21)."""
    return any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in children(head, "compound", "amod", "poss")) \
        or any(children(c, "agent") for c in children(head, "acl") if c.tag_ == "VBN") \
        or any(o.ent_type_ in ("GPE", "NORP", "ORG") for p in children(head, "prep") if p.lower_ == "by"
               for o in children(p, "pobj"))


def still_to_come(measure: Token, lex: Lexicon) -> bool:
    """'new sanctions', 'further measures', 'possible sanctions', 'the proposed ban', 'threatened sanctions': a word
    before the measure that makes it one not yet imposed, which no one can obey, avert by avoiding or feel acting."""
    return any(m.lower_ in lex.adding_words | _COMING or m.lemma_.lower() in lex.consider_words | lex.threat_words
               for m in children(measure, "amod"))


def going_to(word: Token) -> bool:
    head = word.head
    return word.dep_ == "xcomp" and head.lower_ == "going" and bool(children(head, "aux"))


def acts(head: Token, lex: Lexicon) -> bool:
    """'the damage caused by the embargo': a measure that does something is in force, whatever proposal or threat
    the clause it acts in sits under ('attempting to obscure the damage caused by the embargo')."""
    if head.dep_ != "pobj" or head.head.dep_ != "agent":
        return False
    verb = head.head.head
    if {c.lower_ for c in children(verb, "aux")} & (lex.hypothetical_aux | lex.future_aux):
        return False  # "Turkey could be hit by US sanctions": what a measure may yet do
    action = verb.lemma_.lower()
    return action not in lex.threat_words and action not in lex.consider_words


def held_under(head: Token, lex: Lexicon) -> bool:
    """'entities subject to sanctions against Russia', 'assets frozen under international sanctions': what a party or
    property is held under is in force, whatever the clause above does with the party ('ordered exchanges to block
    transactions with entities subject to sanctions'); 'could be subject to sanctions' is not yet."""
    if head.dep_ != "pobj":
        return False
    prep = head.head
    holder = prep.head if prep.lower_ == "to" else prep
    if holder.lemma_.lower() not in lex.holding_words:
        return False
    if holder is prep and prep.head.pos_ == "VERB" and prep.head.tag_ != "VBN":
        return False  # "to prevent all banks from falling under sanctions": coming under one, not held
    clause = next((w for w in holder.ancestors if w.pos_ in ("VERB", "AUX")), None)
    # not "could be subject to sanctions", nor "Iran is not under sanctions"
    return clause is None or not ({c.lower_ for c in children(clause, "aux")} & (lex.hypothetical_aux | lex.future_aux)
                                  or children(clause, "neg"))


def enabled_status(path: list[Token], lex: Lexicon) -> str | None:
    """'will allow Australia to impose targeted sanctions', 'to enable the imposition of sanctions', 'legislation that
    empowered the government to target Russia with new sanctions': a power to impose a measure, not its imposition.
    Considered while the enabling is future, hypothetical or proposed; other (described generally) once it is done."""
    if (granted := _granted_measure(path, lex)) is not None:
        return granted
    top = path[-1]
    above = [top.head] if top.dep_ == "ccomp" and any(c.lower_ == "to" for c in children(top, "aux")) else []
    for below, word in zip(path, [*path[1:], *above]):
        if word.lemma_.lower() not in lex.enabling_words or below.dep_ not in ("dobj", "ccomp", "xcomp"):
            continue
        if below.lemma_.lower() not in lex.status_of and below.lemma_.lower() not in lex.targeting_verbs:
            return None  # "enables the use of Russian assets frozen under sanctions": what is enabled is another act
        return "considered" if _enabling_to_come(word, lex) else "other"
    return None


def _enabling_to_come(word: Token, lex: Lexicon) -> bool:
    """The enabling verb's own modal, or that of the verb it is the purpose of ('will reform the laws to enable'): the
    power is not yet given."""
    holders = [word, word.head] if word.dep_ in ("xcomp", "advcl") else [word]
    holders += [h.head for h in holders if h.dep_ == "conj"]  # "will reform and modernise the laws to enable"
    modal = any({c.lower_ for c in children(h, "aux")} & (lex.future_aux | lex.hypothetical_aux) for h in holders)
    proposed = any(c.lemma_.lower() in lex.consider_words for h in holders for c in children(h, "amod", "acl"))
    return modal or proposed


def _granted_measure(path: list[Token], lex: Lexicon) -> str | None:
    """'The resolution allows for the seizure of assets and a travel ban', 'an executive order allowing for sanctions
    against Nicaraguan officials', 'the Caesar Act authorizes sanctions against the Syrian government': an instrument
    that allows or authorizes the measure itself (no party given the power to impose it) puts it in force, as a
    decision adopted does (docs/annotation.md: imposed); considered while the allowing is future, hypothetical or
    a proposal's ('a bill allowing for sanctions')."""
    steps = [w for w in path if w.dep_ != "conj"]  # 'the seizure of assets and a travel ban': both allowed
    if len(steps) < 2 or path[0].pos_ not in ("NOUN", "PROPN"):
        return None
    below, word = steps[0], steps[1]
    if below.dep_ == "pobj" and word.lower_ == "for" and word.dep_ == "prep" and len(steps) > 2:
        below, word = word, steps[2]
    if word.lemma_.lower() not in lex.enabling_words or below.dep_ not in ("dobj", "prep"):
        return None
    proposal = word.dep_ in ("acl", "relcl") and word.head.lemma_.lower() in lex.consider_words  # 'a bill allowing'
    return "considered" if proposal or _enabling_to_come(word, lex) else "imposed"


def named_in_quotes(verb: Token, lex: Lexicon) -> bool:
    """'called new U.S. sanctions "clumsy" and "routine"', 'called the U.S. sanctions "unacceptable"': a quoted adjective
    after a verb of judging is the name it gives the measure, which the parser often hangs on the target instead. A
    fixed window after the verb, inside its sentence."""
    if verb.lemma_.lower() not in lex.reaction_verbs or any(c.lower_ == "for" for c in children(verb, "prep")):
        return False  # "called for sanctions, calling the junta 'brutal'" calls for one
    doc = verb.doc
    for word in doc[verb.i + 1: min(len(doc), verb.i + lex.naming_window)]:
        if word.is_sent_start:
            return False
        if word.tag_ == "JJ" and doc[word.i - 1].is_quote:
            return True
    return False


def on_anyone(verb: Token | None, head: Token, lex: Lexicon) -> bool:
    """'impose sanctions on anyone who aids the regime': a measure on whoever does something, described generally."""
    holders = [w for w in (verb, head) if w is not None]
    return any(o.lower_ in lex.anyone or any(d.lower_ in lex.anyone for d in children(o, "det"))
               for w in holders for p in children(w, "prep") if p.lower_ in ("on", "against") for o in children(p, "pobj"))


def lifting_demanded(head: Token, lex: Lexicon) -> bool:
    """'said the embargo is a unilateral action and "should be lifted"', 'sanctions that Harare says should be
    removed': a measure a demand modal asks to lift, in a verb it is the subject of, a verb coordinated with that one,
    or its relative clause (or the clause that relative reports), is called on to end (docs/annotation.md S7:
    considered), whatever else the clause says of it."""
    clauses = []
    if head.dep_ in ("nsubj", "nsubjpass"):
        verb = head.head
        clauses += [verb, *(c for c in children(verb, "conj") if not children(c, "nsubj", "nsubjpass"))]
    for clause in children(head, "relcl"):
        clauses += [clause, *children(clause, "ccomp")]  # "sanctions that he said must be lifted"
    return any((lex.status_of.get(c.lemma_.lower()) == "lifted" or c.lemma_.lower() in lex.ending_verbs)
               and {a.lower_ for a in children(c, "aux")} & lex.demand_aux for c in clauses)
