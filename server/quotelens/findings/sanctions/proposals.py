"""The deciders of a measure's status that read a plan, threat or proposal above it on its clause path: 'plans to
impose', 'warned of sanctions', 'is drawing up new sanctions', 'raised the issue of the embargo', 'a bill to impose',
'if Russia invades, sanctions will follow' (imposing.py runs them in its order, one step at a time)."""

from __future__ import annotations

from quotelens.findings.sanctions.climb import Climb, Step
from quotelens.findings.sanctions.frames import is_conditional, named_in_quotes, proposed_by_frame, threatens
from quotelens.findings.sanctions.modality import is_faced
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list

_ANNOUNCING_WORDS = frozenset(word_list("sanction_status", "announcing_words"))
_PROPOSING_PHRASES = {verb: frozenset(words)
                      for verb, words in word_list("sanction_status", "proposing_phrases").items()}
_PROPOSING_SETTINGS = {prep: frozenset(nouns)
                       for prep, nouns in word_list("sanction_status", "proposing_settings").items()}
_RAISING_VERBS = frozenset(word_list("sanction_status", "raised_topics")["verbs"])
_TOPIC_NOUNS = frozenset(word_list("sanction_status", "raised_topics")["nouns"])
_SERIES_NOUNS = frozenset(word_list("sanction_status", "series_nouns"))
_SOURCE_NOUNS = frozenset(word_list("sanction_status", "sourced_plans"))
_CARRYING = frozenset(vocabulary("sanctions")["adopting_verbs"]["carrying"])


def announced(climb: Climb, step: Step) -> str | None:
    """'Australia plans to introduce more sanctions', 'the EU is set to ban': its doer announces a measure of its own
    for the future, a decision (docs/annotation.md S6: imposed), or a threat on a condition ('plans to impose
    sanctions unless Russia withdraws'); not the noun ('plans for sanctions'), a proposal word."""
    below = step.below
    if step.lemma not in _ANNOUNCING_WORDS or step.word.pos_ != "VERB" or below is None \
            or below.dep_ != "xcomp" or not any(c.lower_ == "to" for c in children(below, "aux")):
        return None
    if step.negated:
        return "other"  # "does not plan to impose sanctions"
    return "threatened" if any(is_conditional(w, climb.lex) for w in [*step.under, step.word]) else "imposed"


def threat_or_proposal(climb: Climb, step: Step) -> str | None:
    """A threat or proposal word above the measure: 'warned of sanctions', 'proposed an embargo'."""
    lex, word, below = climb.lex, step.word, step.below
    if step.lemma not in lex.threat_words and step.lemma not in lex.consider_words:
        return None
    # "well prepared for the sanctions": bracing for a measure in force threatens nothing ("preparing for new
    # sanctions" braces for a threat)
    braced = climb.existing and step.lemma in lex.threat_words and below is not None and below.lower_ == "for"
    named = named_in_quotes(word, lex)  # 'called the U.S. sanctions "unacceptable"' names it, calls for nothing
    # "Western sanctions on Moscow pushed Russian oil toward Asia": the measure does the pushing, no one proposes it
    named = named or (below is not None and below.dep_ == "nsubj" and step.lemma not in lex.threat_words)
    # "the measures are also anticipated to have an effect": what the measure will do is forecast, not the measure
    # ("are expected to be imposed", "to be lifted" forecast the measure itself: frames._forecast reads 'likely' so)
    named = named or (below is not None and below.dep_ == "nsubjpass" and any(
        lex.status_of.get(x.lemma_.lower()) is None and not children(x, "auxpass") for x in children(word, "xcomp")))
    # "the latest campaign of sanctions", "a sanctions campaign": the measures carried out, not a call for them
    series = step.lemma in _SERIES_NOUNS and below is not None and (below.dep_ == "compound" or below.lower_ == "of")
    if braced or named or series or climb.in_force:
        return None
    if not (below is None or (below.dep_ == "oprd" and below is not climb.start) or not children(word, "oprd")):
        # not "called the sanctions illegal": a verb with a predicate on its object names or judges the measure;
        # "called in vain for an embargo" (the parser's "vain" as that predicate, the measure under it) calls for it
        return None
    if step.negated:
        # "is not considering sanctions", "did not discuss sanctions": a negated proposal proposes nothing
        return "other"
    # "would consider sanctions in case it stages further provocations": a proposal on a condition threatens
    # "plans to impose sanctions unless Russia withdraws": the condition on the measure's own verb counts
    conditional = any(is_conditional(w, lex) for w in [*step.under, word])
    # "the possibility of facing sanctions": a possible measure its target faces hangs over it
    faced = is_faced(step.under, lex)
    return "threatened" if threatens(word, below, lex) or conditional or faced else "considered"


def proposing_phrase(climb: Climb, step: Step) -> str | None:
    """'is drawing up new sanctions', 'looking into imposing sanctions', 'Sanctions are on the table', 'under
    discussion': a phrase of preparing or weighing a measure proposes it (considered), as its one-word verbs do;
    negated it proposes nothing ('Sanctions are not on the table'). A measure its own participle puts in force is not
    proposed."""
    word, below = step.word, step.below
    phrase = _PROPOSING_PHRASES.get(step.lemma, frozenset())
    made = any(c.lower_ in phrase for c in children(word, "prt")) or (
        below is not None and below.dep_ == "prep" and below.lower_ in phrase)
    set_out = any(o.lemma_.lower() in _PROPOSING_SETTINGS.get(p.lower_, ()) for p in children(word, "prep")
                  for o in children(p, "pobj"))
    if climb.in_force or not (made or set_out) or climb.start.lemma_.lower() in _CARRYING:
        return None  # S62: 'are working on enforcing sanctions' carries out a measure in force
    return "other" if children(word, "neg") else "considered"


def raised_topic(climb: Climb, step: Step) -> str | None:
    """'raised the issue of the embargo against Cuba': a measure raised as a topic is discussed or asked about
    (docs/annotation.md: considered), in force or not; not 'resolving the issue of US sanctions'."""
    below = step.below
    if step.lemma not in _RAISING_VERBS or below is None or below.dep_ != "dobj" \
            or below.lemma_.lower() not in _TOPIC_NOUNS or not any(w.lower_ == "of" for w in step.under):
        return None
    return "other" if step.negated else "considered"


def framed_as_proposal(climb: Climb, step: Step) -> str | None:
    """A clause marked as a proposal, or a frame that proposes ('a bill to impose sanctions')."""
    if any(c.lower_ in climb.lex.consider_words for c in children(step.word, "mark")):
        return "imposed" if _asked_beside(climb, step) else "considered"
    if proposed_by_frame(step.word, step.below, climb.lex, climb.existing) or _named_as_option(climb, step):
        return "considered"
    return None


def _asked_beside(climb: Climb, step: Step) -> bool:
    """'would not comment on whether Cambodia had been in contact regarding the sanctions', 'asked whether the
    sanctions had hurt exports': a question whose clause only names a measure in force, through a preposition or as
    the subject of what is asked, asks about it (S28: imposed), not whether to impose it (S7); not 'whether to impose
    the sanctions', whose verb is the measure's own, nor 'whether the sanctions could be made tougher' (passive: what
    is done to them), nor 'spar over whether a leader belongs on the sanctions list' (whether to list him, S48)."""
    own = {w.i for w in (climb.candidate.head, climb.candidate.verb, climb.candidate.trigger) if w is not None}
    under = [w for w in step.under if w.i not in own]
    head = climb.candidate.head
    return climb.existing and climb.candidate.verb is None and head.lemma_.lower() not in climb.lex.list_nouns and (
        bool(under) and under[0].dep_ == "prep" or head.dep_ == "nsubj")


def _named_as_option(climb: Climb, step: Step) -> bool:
    """'Another measure being considered is to ban them from entering Spanish waters', 'The proposal is to freeze
    their assets', 'One option under discussion is to ban imports': a measure a copula names as what a subject that is
    proposed, or is a proposal, amounts to (S7: considered); not 'The decision is to ban them' (a decision)."""
    word, below, lex = step.word, step.below, climb.lex
    if word.lemma_ != "be" or below is None or below.dep_ not in ("xcomp", "attr") or below.i < word.i:
        return False
    subjects = children(word, "nsubj")
    return any(s.lemma_.lower() in lex.consider_words
               or any(m.lemma_.lower() in lex.consider_words for m in children(s, "acl", "amod", "relcl"))
               or any(o.lemma_.lower() in lex.consider_words for p in children(s, "prep") for o in children(p, "pobj"))
               for s in subjects)


def follows_condition(climb: Climb, step: Step) -> str | None:
    """'if Russia invades, sanctions will follow', 'Russia faces sanctions if ...': a new measure on a condition."""
    lex = climb.lex
    if not climb.existing and not step.negated and (step.auxes & lex.future_aux or step.lemma in lex.facing_words) \
            and is_conditional(step.word, lex):
        return "threatened"
    return None


def sourced(climb: Climb, step: Step) -> str | None:
    """'According to confidential reports, the new sanctions on Liberia would include officials', 'The new list
    could include oligarchs, diplomatic sources said': what a measure would, could or will be, told only by reports
    or unnamed sources, is a plan no one has announced (S43: considered); not a measure in force, nor what its
    imposer itself says it will do, nor an act told in the past ('According to reports, the US imposed sanctions')."""
    word = step.word
    if climb.in_force or word.pos_ not in ("VERB", "AUX") or not step.auxes & (
            climb.lex.future_aux | climb.lex.hypothetical_aux):
        return None
    cited = [o for p in children(word, "prep") if p.lower_ == "according" for t in children(p, "prep")
             for o in children(t, "pobj")]
    if word.dep_ == "ccomp":
        cited += children(word.head, "nsubj")
    return "considered" if any(c.lemma_.lower() in _SOURCE_NOUNS for c in cited) else None


def faced_ahead(climb: Climb, step: Step) -> str | None:
    """'warned that Santo Domingo may face Washington's sanctions', 'could face the EU's sanctions': a target that may
    or will face a measure, even one the text names by its imposer, is threatened with it (docs/annotation.md:
    conditional 'could face'); a new measure is modality's to read ('would face financial sanctions under new reforms
    proposed by the government': a proposal), and 'will not face' is no threat."""
    if step.negated or not climb.existing or not is_faced([*step.under, step.word], climb.lex):
        return None
    return "threatened" if step.auxes & (climb.lex.hypothetical_aux | climb.lex.future_aux) else None
