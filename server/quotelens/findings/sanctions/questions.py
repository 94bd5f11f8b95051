"""A measure that is the topic of a question or a request for comment (S28): 'asked about the sanctions', 'declined to
comment on the embargo', 'asked him about the reasons for freezing 24 Iraqi banks'. The question leaves a measure in
force in force and sanctions as a kind a kind; only a question whether to impose, extend or lift proposes (S7)."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.climb import Climb, Step
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

_TOPICS = word_list("sanction_status", "asked_topics")
_ASKING = frozenset(_TOPICS["asking"])
_DISCUSSING = frozenset(_TOPICS["discussing"])
_PREPS = frozenset(_TOPICS["preps"])
_MARKS = frozenset(_TOPICS["marks"])


def asked_about(climb: Climb, step: Step) -> str | None:
    """The status of a measure a question or a comment is about (S28). Under the asking word's topic ('about', 'on',
    'whether'), a measure the path reaches through another noun or verb ('the reasons for freezing', 'whether the US
    would disclose the names of the persons slapped with the visa restrictions') is only described: in force
    (imposed, S21) or, described generally, a kind (other). A measure that is the topic itself is in force when the
    text takes it as known ('asked about the sanctions'), a kind when it is bare; a new measure's own imposing verb
    ('asked whether the EU would impose sanctions') is left to the proposal words (considered). A discussion is a
    question only about an aspect of a measure in force ('the current discussion about the timing of the
    sanctions'); 'discussed sanctions' is left to them too."""
    below, lex = step.below, climb.lex
    asking = step.lemma in _ASKING
    if below is None or not (asking or step.lemma in _DISCUSSING) or not _is_topic(below):
        return None
    candidate = climb.candidate
    own = {w.i for w in (candidate.head, candidate.verb, candidate.trigger) if w is not None}
    aspects = [w for w in step.under if w.pos_ in ("NOUN", "VERB") and w.i not in own]
    if any(w.lemma_.lower() in lex.consider_words or w.lemma_.lower() in lex.threat_words for w in aspects):
        return None  # "asked about the possibility of new sanctions": the question proposes
    if climb.bare:  # 'asked about sanctions that the Philippines may face': its own clause says what it is
        return "other" if asking and not _described(candidate.head) else None
    if aspects and (asking or climb.existing):
        return "imposed"
    return "imposed" if asking and climb.existing else None


def _described(head: Token) -> bool:
    """A relative clause on the measure, which the parser may hang on the asking verb ('asked about sanctions that
    the Philippines may face'): the word right after it opens the clause."""
    after = head.i + 1 < len(head.doc) and head.nbor(1).lower_ in RELATIVE_PRONOUNS
    return after or bool(children(head, "relcl", "acl"))


def _is_topic(below: Token) -> bool:
    """'about the sanctions', 'on the embargo', '(asked) whether the US would ...'."""
    if below.dep_ == "prep":
        return below.lower_ in _PREPS
    return below.dep_ in ("ccomp", "advcl") and any(m.lower_ in _MARKS for m in children(below, "mark"))
