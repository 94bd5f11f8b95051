"""The path of words a mention's status climbs: from the measure up to the verb of its clause and the verbs it is an
argument or infinitive of (status.py, and the authority and target finders that read the same clause)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.language.tree import children

# Arcs the status climbs along: inside one clause and into the clause it is an argument or infinitive of.
# It stops at a new finite clause (ccomp, relcl, advcl, ROOT), whose own verb decides. A gerund clause that is a
# passive's subject is its argument too: 'lifting some sanctions on Iran will be discussed' (S7: considered).
_CLIMB_DEPS = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acl", "compound", "amod", "conj", "nsubj", "nsubjpass",
               "csubjpass", "attr", "oprd", "appos", "dative", "npadvmod", "nmod", "agent", "acomp"}


def clause_path(start: Token, infinitives: bool = False) -> list[Token]:
    """The words from ``start`` up to the verb of its clause and the verbs it is an infinitive or argument of; with
    ``infinitives``, also up from a to-infinitive the parser calls a clausal complement or one with a 'for' subject
    (``_takes_infinitive``)."""
    path = [start]
    word = start
    for _ in range(12):
        taken = infinitives and _takes_infinitive(word, path[-2] if len(path) > 1 else None)
        if word.head is word or (word.dep_ not in _CLIMB_DEPS and not _is_infinitive(word) and not taken):
            break
        if word.dep_ == "conj" and word.head.pos_ in ("VERB", "AUX") and word.pos_ in ("VERB", "AUX"):
            # a coordinated verb shares the head verb's auxiliaries but keeps its own tense; its own infinitive 'to'
            # is no tense ('urges the world to lift sanctions and also to remove the travel restrictions')
            if children(word, "nsubj") or any(a.lower_ != "to" for a in children(word, "aux")):
                break
        word = word.head
        path.append(word)
    return path


def _is_infinitive(word: Token) -> bool:
    """'a bill to impose sanctions': an infinitive clause belongs to the phrase it hangs from."""
    return word.dep_ in ("relcl", "advcl", "acl") and any(c.lower_ == "to" for c in children(word, "aux")) \
        and not children(word, "nsubj", "nsubjpass")


def _takes_infinitive(word: Token, below: Token | None) -> bool:
    """'wants the government to ban them', 'urged the EU to lift the embargo': a to-infinitive has no tense of
    its own, even when the parser gives it a subject and calls it a clausal complement, so the verb that takes it
    says whether the measure happens (S7: a call or a wish is considered). Not when the measure is the infinitive's
    subject ('cannot allow those sanctions to hold us back', 'considered the sanctions to be based on false
    pretexts'): then the verb above speaks of what the measure does or is, not of imposing it."""
    return (word.dep_ == "ccomp" and any(c.lower_ == "to" for c in children(word, "aux"))
            and (below is None or below.dep_ not in ("nsubj", "nsubjpass"))) or _for_infinitive(word)


def _for_infinitive(word: Token) -> bool:
    """'the calls for the IRGC to be listed', 'asked for the blockade on Cuba to be abolished': a to-infinitive whose
    subject 'for' brings in has no tense either, whatever the parser hangs it on, so the call above decides (S7).
    Its subject is its own, so only the status climbs past it, not the search for the imposer or the target."""
    return word.dep_ in ("relcl", "advcl", "acl") and any(c.lower_ == "to" for c in children(word, "aux")) \
        and any(m.lower_ == "for" for m in children(word, "mark"))
