"""The status of a sanction mention (imposed, threatened, lifted ...) from its verb and the clause above it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children

if TYPE_CHECKING:  # annotations only: sanction_candidates imports sanction_parties, which imports this module
    from quotelens.findings.sanctions.candidate import Candidate

# Arcs the status climbs along: inside one clause and into the clause it is an argument or infinitive of.
# It stops at a new finite clause (ccomp, relcl, advcl, ROOT), whose own verb decides.
_CLIMB_DEPS = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acl", "compound", "amod", "conj", "nsubj", "nsubjpass",
               "attr", "oprd", "appos", "dative", "npadvmod", "nmod", "agent", "acomp"}


def find_status(candidate: Candidate, lex: Lexicon) -> str:
    verb = candidate.verb
    base = lex.status_of.get(verb.lemma_.lower(), "imposed") if verb is not None else "imposed"
    if verb is None and candidate.head is not candidate.trigger:
        base = lex.status_of.get(candidate.head.lemma_.lower(), base)  # "sanctions relief", "sanctions-busters"
    if candidate.kind == "resolution":
        base = "violated"
    start = verb if verb is not None else candidate.head
    path = clause_path(start)
    if base != "imposed":
        if _is_blocked(path, lex):
            return "other"
        # "calls to lift the embargo", "urged the EU to ease sanctions": a demand, not a decision
        return "considered" if base in ("lifted", "extended") and _is_proposed(path, lex) else base
    if verb is None and _is_generic_reference(candidate.head):
        return "other"
    # "the sanctions regime" names a measure in force: a modal further up ("will have to leverage the sanctions
    # regime") is about another action. Threat and proposal words still count ("warned of the sanctions").
    existing = verb is None and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")) for c in children(candidate.head)
    )
    if _is_denied(candidate.head, path):
        return "other"
    for below, word in zip([None, *path], path):
        lemma = word.lemma_.lower()
        if lemma in lex.declining_words:
            return "other"  # "refused to join the sanctions", "failed to impose sanctions"
        # "the sanctions are not working" judges the measure, it does not undo it
        negated = (below is None or below.dep_ not in ("nsubj", "nsubjpass")) and bool(children(word, "neg"))
        if lemma in lex.threat_if_negated and negated:
            return "threatened"
        if lemma in lex.threat_words:
            return "threatened"
        if lemma in lex.consider_words or any(c.lower_ in lex.consider_words for c in children(word, "mark")):
            return "considered"
        auxes = {c.lower_ for c in children(word, "aux", "auxpass")}
        if existing:
            continue
        if auxes & lex.future_aux or _going_to(word):
            return "other" if negated else "threatened"
        if auxes & lex.hypothetical_aux:
            return "other" if negated else "considered"
        if negated:
            return "other"
        if word.pos_ in ("VERB", "AUX") and (word.tag_ in ("VBD", "VBZ", "VBP") or auxes & {"have", "has", "had"}):
            return "imposed"
    return "imposed"


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


def _is_infinitive(word: Token) -> bool:
    """'a bill to impose sanctions': an infinitive clause belongs to the phrase it hangs from."""
    return word.dep_ in ("relcl", "advcl", "acl") and any(c.lower_ == "to" for c in children(word, "aux")) \
        and not children(word, "nsubj", "nsubjpass")


def _going_to(word: Token) -> bool:
    head = word.head
    return word.dep_ == "xcomp" and head.lower_ == "going" and bool(children(head, "aux"))


def _is_denied(head: Token, path: list[Token]) -> bool:
    """'no sanctions on fertiliser', 'has no need to impose sanctions', 'signed without sanctions'."""
    if head.dep_ == "pobj" and head.head.lower_ == "without":
        return True
    return any(c.lower_ == "no" for word in path for c in children(word, "det"))


def _is_proposed(path: list[Token], lex: Lexicon) -> bool:
    return any(
        word.lemma_.lower() in lex.demand_words
        or any(c.lower_ in lex.demand_words for c in children(word, "mark"))  # "whether the US will lift"
        for word in path
    )


def _is_blocked(path: list[Token], lex: Lexicon) -> bool:
    """'prohibit the president from waiving sanctions', 'no president could waive sanctions', 'did not lift'."""
    for word in path[:6]:
        if word.lemma_.lower() in lex.blocking_words:
            return True
        if children(word, "neg") and word.lemma_.lower() not in lex.threat_if_negated:
            return True
        if any(g.lower_ == "no" for child in children(word, "nsubj", "nsubjpass") for g in children(child, "det")):
            return True
    return False


def _is_generic_reference(head: Token) -> bool:
    """A bare plural that is only a topic: 'the subject of sanctions', 'allows for sanctions'."""
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in children(head)):
        return False
    return head.dep_ == "pobj" and head.head.lower_ in ("of", "for", "about", "regarding")
