"""A name standing for a government: "the Donald Trump administration", "the administration of Nicolas Maduro".

Its own module, below the finders: posts.py gives such a name its leader's implied office, or lists no person the
article names only as an administration's label.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.people.body_kinds import organization_kind
from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import ARTICLES, phrase_of, word_of
from quotelens.language.tree import children


def government_named_for(span: Span) -> Token | None:
    """The government noun a name says who heads: one the name modifies ("the Donald Trump administration"), or
    one whose "of" the name completes ("the administration of Nicolás Maduro")."""
    root = span.root
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ == "of" and noun.head.i < noun.i:
        noun = noun.head
    elif root.dep_ not in {"compound", "poss", "nmod"} or noun.i < span.end:
        return None
    return noun if word_of(noun.text) in ROLES.government_nouns else None


# Verbs whose passive, after a body, names the person at its head: "the civilian government led by Aung San Suu Kyi".
_HEADING_VERBS = frozenset({"lead", "head", "run", "chair", "supervise", "helm"})
# Bodies in lower case whose head so named holds public office: a government (government_nouns) or a ministry ("the
# ministry supervised by João Gomes Cravinho"); not a board, team or bench, which firms and courts have alike.
_LED_BODIES = ROLES.government_nouns | {"ministry"}


def government_led_by(span: Span) -> Token | None:
    """The government or ministry a name is written as heading, after the body: "the civilian government led by
    Aung San Suu Kyi", "the ministry supervised by João Gomes Cravinho"; a capitalised body ("the Government led by")
    is left to the title finders."""
    by = span.root.head
    verb = by.head
    if span.root.dep_ != "pobj" or by.lower_ != "by" or verb.dep_ != "acl" or verb.tag_ != "VBN" \
            or verb.lemma_.lower() not in _HEADING_VERBS or verb.head.i > span.start:
        return None
    return verb.head if verb.head.text.islower() and word_of(verb.head.text) in _LED_BODIES else None


def state_body_headed_by(span: Span) -> Token | None:
    """A state's body a name is written as heading with a verb of heading, not a title: "Javad Rahiqi, who heads the
    Esfahan Nuclear Technology Center of the Atomic Energy Organization of Iran", "Mahamat chairs the African Union
    Commission", "the Federal Intelligence Agency, headed by Gustavo Arribas" (docs/annotation.md: the text ties the
    person to the office). Only a body its words tell is a state's: "who heads the family firm" or "the board led
    by" hold no office."""
    root = span.root
    verbs = [root.head] if root.dep_ == "nsubj" and root.head.pos_ == "VERB" else []
    verbs += [verb for verb in children(root, "relcl")
              if any(subject.lower_ in {"who", "that"} for subject in children(verb, "nsubj"))]
    bodies = [body for verb in verbs if verb.lemma_.lower() in _HEADING_VERBS for body in children(verb, "dobj")]
    by = root.head
    if root.dep_ == "pobj" and by.lower_ == "by" and by.head.dep_ in {"acl", "appos"} and by.head.tag_ == "VBN" \
            and by.head.lemma_.lower() in _HEADING_VERBS and by.head.head.i < span.start:
        bodies.append(by.head.head)
    return next((body for body in bodies if _named_or_state_noun(body)
                 and organization_kind(_body_text(body)) == "state"), None)


def headed_in_the_past(body: Token) -> bool:
    """Whether a verb of heading in the simple past takes the body: "who headed the Federal Intelligence Agency"."""
    return body.dep_ == "dobj" and body.head.tag_ == "VBD" and body.head.lemma_.lower() in _HEADING_VERBS


def _named_or_state_noun(body: Token) -> bool:
    """A body named by its own capitalised name, or a government or ministry in lower case (_LED_BODIES): a state
    word elsewhere in a lower-case phrase tells no body ("who runs Clinton's get-out-the-vote effort for military
    families", "who chairs the athletes' council for WADA")."""
    return body.text[:1].isupper() or word_of(body.text) in _LED_BODIES


def _body_text(body: Token) -> str:
    phrase = phrase_of(body.doc, body)
    return phrase[1:].text if len(phrase) > 1 and phrase[0].lower_ in ARTICLES else phrase.text


def names_only_an_administration(mentions: tuple[Span, ...]) -> bool:
    """Whether the article names a person only as the label of their administration ("the Trump administration",
    "US President Donald Trump's administration", "the administration of Nicolas Maduro"): the phrase names a
    government, not a person (docs/annotation.md, S17), so the person is not listed. Only "administration":
    "the Netanyahu government" and "the Assad regime" the guideline leaves listed."""
    return bool(mentions) and all(_administration(government_named_for(span)) for span in mentions)


def _administration(noun: Token | None) -> bool:
    return noun is not None and noun.lower_ == "administration"
