"""Who speaks through a cue other than its subject: a passive verb of saying's agent ('The officials are all
described by the United States as members of Ortega's “inner circle”'), not the thing spoken of; the text a speaker
quotes ('Roque said, quoting an Asean statement'), not the speaker who relays it; an inverted subject the parser gave the
next verb ('…, said a statement read out by the spokesman'), not the noun before the cue."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.written_titles import role_words
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import agent_of, children
from quotelens.language.vocabulary import word_list

# 'He was quoted by Reuters as saying “…”': the agent of a verb that relays words is a channel, and the subject
# speaks (findings/channels.py).
RELAYING_VERBS = frozenset(word_list("speakers", "relaying_verbs"))
# Verbs whose infinitive complement is their subject's act even after an object ('promised him to say').
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})
PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us"})
# How far after an inverted cue a title and the name it ends with may run.
INVERTED_TITLE_TOKENS = 16
# A body's rulings and records, texts that speak for their issuer under a verb of saying ('read the decision').
RULINGS = frozenset(word_list("speakers", "ruling_texts"))


def passive_agent(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The agent of ``verb`` when it is a passive participle of a verb of saying with one ('described by X'), else
    None: a verb of thinking or wanting says nothing ('Tea Party “super PACs” supported by the Koch brothers')."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() in RELAYING_VERBS or verb.lemma_.lower() not in speech_verbs:
        return None
    agent = agent_of(verb)
    # 'This was confirmed by Prime Minister, Fiame Naomi Mataafa': the name in apposition to the agent's title.
    names = [name for name in children(agent, "appos") if name.pos_ == "PROPN"] if agent is not None else []
    return names[0] if names and agent.lemma_.lower() in role_words() else agent


def relayed_text(verb: Token, document_nouns: frozenset[str]) -> Token | None:
    """'“…,” Roque said, quoting an Asean statement': the text a relaying participle on the cue names speaks (its
    maker, by the statement rules); the cue's subject only relays it. A person quoted ('citing him') is no text."""
    for participle in children(verb, "advcl", "xcomp"):
        if participle.tag_ == "VBG" and participle.lemma_.lower() in RELAYING_VERBS:
            # 'citing the release of political prisoners' is no press release: a text has no 'of' what it is.
            texts = [noun for noun in children(participle, "dobj") if noun.lemma_.lower() in document_nouns
                     and not any(of.lower_ == "of" for of in children(noun, "prep"))]
            if texts:
                return texts[0]
    return None


def inverted_subject(verb: Token) -> Token | None:
    """'“…” and is recalling its ambassadors in the ECOWAS countries, said a statement read out by the spokesman':
    a cue set off by a comma at the head of its sentence, with no subject of its own, whose clause complement opens
    right after it with that clause's subject ('said a statement read out') — the parser's reading of an inverted
    subject, which speaks. A person opening the sentence whom the parser hung on an aside's verb before the cue
    is the cue's subject instead (_person_opening)."""
    if children(verb, *SUBJECT_DEPS) or verb.dep_ != "ROOT" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None  # 'Rodriguez declined …, but said the embargo is …': the subject is inherited, not inverted
    opening = [person for clause in children(verb, "ccomp") if clause.i < verb.i
               and (person := _person_opening(clause)) is not None]
    if opening:
        return opening[0]
    for clause in children(verb, "ccomp"):
        subjects = children(clause, "nsubj")
        subject = subjects[0] if subjects else None
        if (subject is not None and verb.i < subject.left_edge.i <= verb.i + 2 < clause.i + 2
                and subject.i < clause.i and subject.pos_ in ("NOUN", "PROPN")
                and all(token.pos_ == "DET" for token in verb.doc[verb.i + 1:subject.left_edge.i])):
            return subject
    return None


def _person_opening(clause: Token) -> Token | None:
    """'Mr. Slinker, whose latest start-up … uses big data …, said Mr. Trump was …': the parser hung the person who
    opens the sentence on the aside's verb before the cue; that person is the cue's subject, not the one after it."""
    subjects = children(clause, "nsubj")
    # Whether the subject opens its sentence: not through Token.sent, which walks the whole sentence once per cue.
    if subjects and subjects[0].ent_type_ == "PERSON" and subjects[0].left_edge.is_sent_start:
        return subjects[0]
    return None


def inverted_object(verb: Token) -> Token | None:
    """'ECOWAS “decided to immediately lift” the sanctions …, announced Mr. Alieu Touray on Saturday': a cue set off
    by a comma, with no subject of its own, whose object is a person's name right after it and all it governs
    besides is punctuation and phrases of time or place — the parser's reading of an inverted subject, which
    speaks (not the subject of the clause before, which the cue would otherwise inherit)."""
    if (children(verb, *SUBJECT_DEPS) or verb.dep_ not in ("ROOT", "conj") or verb.i == 0
            or verb.doc[verb.i - 1].text != ","):
        return None
    objects = children(verb, "dobj")
    if len(objects) != 1 or any(child.dep_ not in ("dobj", "prep", "punct", "npadvmod") for child in children(verb)):
        return None
    name = objects[0]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.left_edge.i != verb.i + 1:
        return None
    return name


def inverted_titled_name(verb: Token) -> Span | None:
    """'“…,” said Under Secretary for Terrorism and Financial Intelligence Brian E. Nelson.': a cue right after a
    quote's closing mark, with no subject of its own, followed by nothing but a capitalised title and a person's
    name up to the end of its clause — the inverted subject, whose title the parser read as phrases ('Under' a
    preposition, 'for Terrorism' its object). The name ending the phrase speaks; its title only says who they are."""
    doc = verb.doc
    if children(verb, *SUBJECT_DEPS) or verb.dep_ != "ROOT" or verb.i < 2 or verb.i + 2 >= len(doc):
        return None
    before = doc[verb.i - 1]
    if not (before.is_quote or before.text == "," and doc[verb.i - 2].is_quote):
        return None
    if not doc[verb.i + 1].text[:1].isupper():
        return None
    end = verb.i + 1
    while end < min(len(doc), verb.i + 1 + INVERTED_TITLE_TOKENS) and doc[end].text not in (".", ",", ";"):
        if doc[end].pos_ not in ("PROPN", "ADP", "DET", "CCONJ", "ADJ", "NOUN"):
            return None
        end += 1
    if end == len(doc) or doc[end].text not in (".", ",", ";") or end - verb.i < 3:
        return None
    name = doc[end - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or doc[verb.i + 1].ent_type_ == "PERSON":
        return None  # 'said Brian Nelson': a name right after the verb is the parser's subject or object already
    start = end - 1
    while start > verb.i + 1 and doc[start].ent_iob_ == "I":  # back to the name's first word
        start -= 1
    return doc[start:end]


def inverted_text(verb: Token, document_nouns: frozenset[str]) -> Token | None:
    """'“…,” read the decision, a copy of which is accessed by PTI': a cue right after a quote's closing comma, with
    no subject of its own, whose object right after it is a text — the parser's reading of an inverted subject; the
    text speaks (for its issuer, by the statement rules), not the subject of the clause the cue was hung on."""
    if children(verb, *SUBJECT_DEPS) or verb.i < 2:
        return None
    before = verb.doc[verb.i - 1]
    if before.text != "," and not (before.is_quote and verb.doc[verb.i - 2].text == ","):
        return None
    for text in children(verb, "dobj"):
        if (text.lemma_.lower() in document_nouns | RULINGS and text.i > verb.i
                and all(token.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for token in verb.doc[verb.i + 1:text.i])):
            return text
    return None


def controlled_by_object(verb: Token) -> Token | None:
    """'a win that led her to declare “…”', 'prompting the minister to say “…”': the object of the verb an
    infinitive of saying completes is who says it (object control), not that verb's subject, when it is someone.
    Not 'promised him to say' (the promiser speaks: subject control)."""
    if verb.dep_ != "xcomp" or not any(child.lower_ == "to" for child in children(verb, "aux")):
        return None
    head = verb.head
    if head.lemma_.lower() in SUBJECT_CONTROL:
        return None
    objects = [child for child in children(head, "dobj") if child.i < verb.i]
    if not objects:
        return None
    who = objects[0]
    # Someone: a personal pronoun, a name or an office ('the minister'); not the occasion or means of 'took the
    # opportunity to say', 'used his keynote speech to offer'.
    if (who.lower_ in PERSONAL_OBJECTS or who.pos_ == "PROPN"
            or who.pos_ == "NOUN" and who.lemma_.lower() in role_words()):
        return who
    return None


def relayed_as_saying(verb: Token) -> Token | None:
    """'The Azeri-Press Agency quotes Bayramov as saying that …', 'Euractiv quotes him as saying': the object of a
    verb that relays words says them, not the outlet that relays them (docs/annotation.md S25(c): the outlet's
    own verb governs no content when the speaker has a cue of their own; the outlet is the quote's `via`)."""
    link = verb.head
    if verb.tag_ != "VBG" or link.lower_ != "as" or verb.dep_ not in ("pcomp", "pobj"):
        return None
    relay = link.head
    if relay.lemma_.lower() not in RELAYING_VERBS or relay.pos_ != "VERB":
        return None
    objects = [child for child in children(relay, "dobj") if child.i < link.i]
    return objects[0] if objects and (objects[0].pos_ == "PROPN" or objects[0].lower_ in PERSONAL_OBJECTS) else None
