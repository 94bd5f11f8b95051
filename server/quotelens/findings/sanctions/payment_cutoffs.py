"""Cutting banks off SWIFT or an international payment system (docs/annotation.md S47): 'disconnect around 15 Russian
banks from the SWIFT payment system', 'Russia's disconnection from the international inter-bank financial
telecommunication system SWIFT', 'more Russian banks being removed from SWIFT', 'banned them ... from accessing
international payment systems', 'a de-SWIFTing of several Russian banks'. It is a sanctioning act, a `sanctions`
mention of its own with the banks as targets, standing alone or as a listed part of a package (S44). A relative clause
that only describes what a measure does ('sanctions that cut Khartoum off from the global financial system') is part
of that mention; a state's own financial system is left open (S47 names international ones)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate, patient_of
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children, prep_objects
from quotelens.language.vocabulary import vocabulary

_WORDS = vocabulary("sanctions")["payment_cutoffs"]
_CUTTING = frozenset(_WORDS["cutting_words"])
_SYSTEMS = frozenset(_WORDS["system_nouns"])
_PAYMENTS = frozenset(_WORDS["payment_words"])
_WORLDWIDE = frozenset(_WORDS["international_words"])
_NAMES = frozenset(_WORDS["names"])


def cutoff_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """The cutting word whose 'from' names an international payment system, from its banks to the system; or the
    noun 'de-SWIFTing' with what its 'of' names."""
    if _de_swifting(token):
        owner = token.head if token.dep_ in ("appos", "compound") else token
        banks = next(iter(prep_objects(owner, "of")), None)
        end = banks.right_edge.i + 1 if banks is not None else token.i + 1
        return Candidate(token, token, None, token.i - 2, end, "noun", True)
    if token.lemma_.lower() not in _CUTTING or _describes_measure(token, lex):
        return None
    banks = patient_of(token) if token.pos_ == "VERB" else next(iter(
        children(token, "poss") or prep_objects(token, "of")), None)
    # also where the parse hangs the 'from' on the verb ('envisage Russia's disconnection from SWIFT') or on the banks
    # ('disconnect 15 Russian banks from the SWIFT payment system')
    system = cut_from(token) or (cut_from(token.head) if token.dep_ == "dobj" and token.pos_ == "NOUN" else None) or (
        cut_from(banks) if banks is not None and banks.i > token.i else None)
    if system is None:
        return None
    start = min(token.i, banks.left_edge.i) if banks is not None else token.i
    end = max(system.right_edge.i, banks.right_edge.i if banks is not None and banks.i > token.i else 0) + 1
    # its banks the head, as a seizure's property ('disconnect 15 Russian banks'): whose the cut-off is ('Russia's
    # disconnection') is whom it hits, not who imposes it
    return Candidate(token, banks if banks is not None else token, None, start, end, "verb", True)


def cut_from(word: Token) -> Token | None:
    """The payment system the word's 'from' names, also through a gerund ('banned them from conducting any
    transactions ... and from accessing international payment systems')."""
    for obj in prep_objects(word, "from") + [c for p in children(word, "prep") if p.lower_ == "from"
                                             for c in children(p, "pcomp")]:
        if is_payment_system(obj):
            return obj
        if obj.pos_ == "VERB":  # a gerund: its object, or its own 'from'
            found = next((o for o in children(obj, "dobj") if is_payment_system(o)), None) or cut_from(obj)
            if found is not None:
                return found
    return None


def is_payment_system(word: Token) -> bool:
    """'SWIFT', 'the SWIFT payment system', 'the international payment system', 'the global financial transactions
    system'; not a state's own banking system."""
    if word.text.lower() in _NAMES and word.text.isupper():
        return True
    if word.lemma_.lower() not in _SYSTEMS:
        return False
    modifiers = [c for c in word.subtree if c.i < word.i]
    named = any(c.text.lower() in _NAMES and c.text.isupper() for c in word.subtree)
    return any(m.lower_ in _PAYMENTS or m.lemma_.lower() in _PAYMENTS for m in modifiers) and (
        named or any(m.lower_ in _WORLDWIDE for m in modifiers))


def _de_swifting(token: Token) -> bool:
    """'a de-SWIFTing of several Russian banks'."""
    return token.i >= 2 and token.lower_.startswith("swift") and token.text[:5].isupper() \
        and token.nbor(-1).text == "-" and token.nbor(-2).lower_ == "de"


def _describes_measure(word: Token, lex: Lexicon) -> bool:
    """'sanctions that cut Khartoum off from the global financial system': what the measure before it does."""
    head = word.head
    return word.dep_ in ("relcl", "acl") and (head.lemma_.lower() in lex.ambiguous_nouns | lex.clear_nouns
                                               or head.lower_ in lex.back_nouns)
