"""Who speaks through a cue other than its subject: a passive verb of saying's agent ('The officials are all
described by the United States as members of Ortega's “inner circle”'), not the thing spoken of; the text a speaker
quotes ('Roque said, quoting an Asean statement'), not the speaker who relays it."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

# 'He was quoted by Reuters as saying “…”': the agent of a verb that relays words is a channel, and the subject
# speaks (findings/channels.py).
RELAYING_VERBS = frozenset(word_list("speakers", "relaying_verbs"))


def passive_agent(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The agent of ``verb`` when it is a passive participle of a verb of saying with one ('described by X'), else
    None: a verb of thinking or wanting says nothing ('Tea Party “super PACs” supported by the Koch brothers')."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() in RELAYING_VERBS or verb.lemma_.lower() not in speech_verbs:
        return None
    agents = [noun for by in children(verb, "agent") for noun in children(by, "pobj")]
    return agents[0] if agents else None


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
