"""Who a clause names as doing its verb (its subject, shared along coordinated verbs and past a dateline, or a
passive's agent), and the target a measure's clause names as its subject ('Iran has been struggling under sanctions'):
the clause facts parties.py and the target readers share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import authority_of_words, entity_text
from quotelens.findings.sanctions.candidate import is_bare_pronoun, is_possible_target
from quotelens.findings.sanctions.datelines import in_dateline, subject_past_dateline
from quotelens.findings.sanctions.imposers import addressee, infinitive_controller, past_clause_object
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.clause_paths import clause_path
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import children, prep_objects

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate


def subject_of(word: Token) -> Token | None:
    """The subject of ``word``'s clause; a coordinated verb with none shares the one before it ('… and lifted'). Each
    word's answer is remembered: a run of hundreds of coordinated verbs is walked once, not once per measure."""
    memo: dict[int, Token | None] = word.doc.user_data.setdefault("quotelens.sanction_subject", {})
    walked, node, found = [], word, None
    while node is not None and node.i not in memo:
        walked.append(node.i)
        found, node = _own_subject(node)
    found = memo[node.i] if node is not None else found
    memo.update(dict.fromkeys(walked, found))
    return found


def _own_subject(word: Token) -> tuple[Token | None, Token | None]:
    """A verb's own subject, or (None, the verb it is coordinated with) to look there instead."""
    # the subject nearest before the verb: a dateline the parser also made a subject ("TEHRAN, Feb. 13 – Western
    # countries do not need ...") is further away
    subjects = children(word, "nsubj", "csubj")
    if subjects:
        before = [c for c in subjects if c.i < word.i]
        if len(before) > 1 and any(c.dep_ == "cc" and c.i < before[-1].i for c in children(before[-2])):
            # a coordination parsed as two subjects: the first named leads ("The European Union (EU) and Canada
            # announced they would adopt new sanctions")
            return before[-2], None
        return subject_past_dateline(past_clause_object(before[-1] if before else subjects[0])), None
    if (controller := infinitive_controller(word)) is not None:
        return controller, None  # "enables New Zealand to impose sanctions", parsed as a ccomp
    if word.dep_ == "xcomp":
        # object control: "urged the EU to keep its embargo" - the EU keeps it; else the subject's: "Iran managed to
        # trade under sanctions"
        controller = next(iter(children(word.head, "dobj")), None) or addressee(word.head)  # or "called on X to"
        # or a passive's: "Russia is expected to extend its ban"
        subject = next(iter(children(word.head, "nsubj", "nsubjpass")), None)
        return (controller if controller is not None else subject), None
    if word.tag_ in ("VBD", "VBZ", "VBP") and word.i > 0 and word.nbor(-1).pos_ in ("NOUN", "PROPN"):
        return word.nbor(-1), None  # a finite verb the parser left without subject: "... and the United States lifted"
    if word.dep_ == "conj" and word.head.pos_ in ("VERB", "AUX") and word.head is not word:
        return None, word.head
    return None, None


def subject_target(candidate: Candidate, lex: Lexicon) -> Token | None:
    """The target a measure's clause names as its subject: 'Iran has been struggling under sanctions', 'the tanker,
    which is under U.S. sanctions', 'sanctions-hit Russia', 'helping Russia evade sanctions'."""
    path = clause_path(candidate.verb if candidate.verb is not None else candidate.head)
    for n, word in enumerate(path):
        if word.lemma_.lower() not in lex.target_subject_words and word.lower_ not in lex.target_subject_words:
            continue
        if n and _imposes(candidate, lex):
            return None  # 'Cyprus has suffered from imposing sanctions', 'faced pressure over its decision to ban'
        for above in path[n: n + 2]:  # the clause of the word, not one further up
            if above.dep_ == "prep" and above.head.pos_ in ("NOUN", "PROPN") and is_possible_target(above.head, lex) \
                    and not _of_measures(above.head, lex):
                return above.head  # "there are 141 entities and individuals in Zimbabwe under US sanctions"
            if above.dep_ in ("amod", "acl") and above.head.pos_ in ("NOUN", "PROPN"):
                return above.head  # "sanctions-hit Russia", "assets frozen under sanctions"
            subject = subject_of(above)
            if subject is None and word.lower_ == "under" and _puts_under(above, lex):
                subject = next(iter(children(above, "nsubjpass")), None)  # "Gazprombank was placed under sanctions"
            if subject is not None and subject not in (candidate.trigger, candidate.head):
                if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
                    subject = subject.head.head
                # its own words, not a relative clause holding the measure: "Rosneft, which is under US sanctions"
                own = [t for t in subject.subtree if t.i <= subject.i and not in_dateline(t)]
                if is_bare_pronoun(subject) or (authority_of_words(own, lex) and entity_text(subject).lower() not in lex.capital_of):
                    return None  # a capital is a target as much as an authority: "Moscow is subject to sanctions"
                return _listed_in(subject, lex) or subject
        return None
    return None


def _imposes(candidate: Candidate, lex: Lexicon) -> bool:
    """'suffered from imposing sanctions on Russia', 'its decision to ban entries': a gerund after a preposition or a
    to-infinitive of the measure's own verb, with the measure its object, is an act of the clause's subject, whatever
    it suffers or faces for it; not a participle that describes the measure ('increasing sanctions'), a noun's
    ('the resolution banning the transfer') or a passive ('faces being sanctioned')."""
    verb = candidate.verb
    if verb is None or verb.pos_ != "VERB" or children(verb, "auxpass", "nsubj", "nsubjpass"):
        return False
    # an imposing gerund only: 'the pain from increasing sanctions' may read as one
    gerund = verb.dep_ == "pcomp" and verb.tag_ == "VBG" and lex.status_of.get(verb.lemma_.lower()) == "imposed"
    infinitive = verb.dep_ in ("acl", "xcomp") and any(a.lower_ == "to" for a in children(verb, "aux"))
    return (gerund or infinitive) and (verb == candidate.trigger or candidate.head.head == verb)


def _listed_in(noun: Token, lex: Lexicon) -> Token | None:
    """'the list of Russian officials subject to travel bans': a list stands for the parties it is of."""
    if noun.lemma_.lower() not in lex.list_nouns:
        return None
    return next((o for o in prep_objects(noun, "of") if is_possible_target(o, lex)), None)


def _puts_under(verb: Token, lex: Lexicon) -> bool:
    """'was placed under U.S. sanctions', 'have been put under sanctions': a passive that puts its subject under the
    measure; not a measure verb of its own ('the assets were frozen under EU sanctions': whose assets, is elsewhere)."""
    return bool(children(verb, "auxpass")) and verb.lemma_.lower() not in lex.status_of \
        and verb.lemma_.lower() not in lex.measure_verbs


def _of_measures(noun: Token, lex: Lexicon) -> bool:
    """'a new regime of measures under a different programme': a noun made of measures is one, not whom it hits."""
    return any(o.lemma_.lower() in lex.generic_objects | lex.measure_nouns
               for o in prep_objects(noun, "of"))

