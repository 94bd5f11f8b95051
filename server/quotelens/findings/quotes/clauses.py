"""What a verb of saying reports as a statement: a finite content clause with a subject, never a fragment.

docs/annotation.md, Reported speech: the content clause of a verb of saying, never a bare noun phrase object ("said
the letter"), an infinitive ("vowed to raise taxes": an intention), a question ("asked whether …") or a clause that
has its own source. When the evidence is weak, report nothing: the reader sees every reported span painted.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children

# Subordinators and particles that make a clause a question or an infinitive, not a statement.
NOT_STATEMENT_MARKS = {"whether", "if", "to"}
# Tags of the wh-words that open an embedded question or a free relative ('explained why …', 'denounced what it
# called …'): such a clause names a question or a thing, not something said (docs/annotation.md: never a question,
# never a bare noun phrase object).
WH_TAGS = {"WP", "WRB", "WDT", "WP$"}


def statement_content(verb: Token, speech_verbs: set[str]) -> list[Token] | None:
    """What ``verb`` reports: its content clause ('said that …', 'said the plant would close') or the sentence it
    is set into at the end ('Moscow will not leave it unanswered, Zakharova said')."""
    clauses = children(verb, "ccomp")
    if clauses:
        return list(clauses[0].subtree) if is_statement_clause(clauses[0]) else None
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        head = verb.head
        if not is_statement_clause(head) or head.lemma_.lower() in speech_verbs:
            return None
        excluded = {token.i for token in verb.subtree}
        tokens = [token for token in head.subtree if token.i not in excluded]
        if any(token.lower_ == "according" for token in tokens):
            return None  # the clause has its own source
        return tokens
    return None


def has_that_clause(verb: Token) -> bool:
    """'believes that …': a verb of thinking reports a statement only with an explicit that-clause."""
    return any(any(g.lower_ == "that" for g in children(child, "mark")) for child in children(verb, "ccomp"))


def is_statement_clause(root: Token) -> bool:
    """A finite clause with a subject, not a question or an infinitive."""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    if any(child.lower_ in NOT_STATEMENT_MARKS for child in children(root, "mark", "aux")):
        return False
    if not children(root, *SUBJECT_DEPS, "expl", "csubj"):
        return False
    if opens_with_wh_word(root):
        return False
    verbs = [root] + children(root, "aux", "auxpass")
    return any("Fin" in verb.morph.get("VerbForm") for verb in verbs)


def opens_with_wh_word(root: Token) -> bool:
    """'how the intercepts occurred', 'what it called “brutal” pressure': the clause's first word is a wh-word of
    its own verb or of that verb's object ('which country it meant'); not 'what happened was a tragedy', whose
    wh-word opens the subject clause inside a statement."""
    first = root.left_edge
    if first.tag_ not in WH_TAGS or first.lower_ == "that":
        return False
    return first.head.i == root.i or first.head.head.i == root.i and first.head.dep_ in ("dobj", "pobj", "attr")
