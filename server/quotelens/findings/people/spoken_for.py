"""The body a spokesperson titled by the bare role noun speaks for: the state body the sentence before names as its
subject ("The US State Department announced ... At the briefing, spokesperson Heather Nauert said"). English leaves
the owner of a relational noun without a complement to the topic in focus, and a spokesperson's is the body just
said to speak."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotelens.findings.genders import role_forms
from quotelens.findings.people.body_kinds import organization_kind
from quotelens.findings.people.roles import HEADS
from quotelens.language.syntax import sentence_start, word_of
from quotelens.language.tree import children

# "spokesperson" and its gendered forms (offices.py reads them too: a spokesperson keeps the body the title names).
SPOKESPERSONS = frozenset({"spokesperson", *role_forms()["spokesperson"]})
_SUBJECTS = ("nsubj", "nsubjpass")
_LINKS = {"for", "of", "at", "to", "in", "on"}
# Sentences looked back over for the body in focus: a quote the parse cut into sentences of its own sits between.
_LOOK_BACK = 3


def body_spoken_for(doc: Doc, head: Token) -> str | None:
    """The state body a bare "spokesperson" (no word before it in its phrase) speaks for: the subject of the
    nearest sentence before whose main verb has a subject outside quotation marks, when that subject is a state's
    body; else None (a person, a country or a firm in focus says nothing of whose spokesperson this is)."""
    if word_of(head.text) not in SPOKESPERSONS or not head.text.islower():
        return None
    if head.i + 1 < len(doc) and doc[head.i + 1].lower_ in _LINKS:
        return None  # "spokesman for the Egyptian foreign ministry": the title names its own body
    start = sentence_start(head)
    for _ in range(_LOOK_BACK):
        if start == 0:
            return None
        start, end = sentence_start(doc[start - 1]), start
        root = next((token for token in doc[start:end] if token.dep_ == "ROOT"), None)
        subject = next(iter(children(root, *_SUBJECTS)), None) if root else None
        if subject is None or _quoted(doc, start, subject.i):
            continue
        text = doc[subject.left_edge.i:subject.right_edge.i + 1].text
        text = text[4:] if text.lower().startswith("the ") else text
        # "Turkey's top diplomat said": an office's holder in focus is a person, no body a spokesperson speaks for.
        body = subject.pos_ in {"PROPN", "NOUN"} and word_of(subject.text) not in HEADS
        return text if body and organization_kind(text) == "state" else None
    return None


def _quoted(doc: Doc, start: int, index: int) -> bool:
    """Whether a word stands inside quotation marks opened in its sentence before it (an odd count of marks)."""
    return sum(token.text in {'"', "“", "”"} for token in doc[start:index]) % 2 == 1
