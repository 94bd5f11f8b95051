"""The government a person acts for, as a measure's authority: "we" in a quote is its speaker's government, a named
official's is the state or body of their organisation or title."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import authority_of_text, bare_name
from quotelens.findings.sanctions.article import Context
from quotelens.findings.sanctions.datelines import capitalised_dateline_state
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children
from quotelens.model import Entity


def speaker_government(word: Token, lex: Lexicon, context: Context) -> str | None:
    """'we' inside a quote: the government of the quote's speaker (from the speaker's organisation or title)."""
    position = word.idx
    for quote in context.quotes:
        if quote.start <= position < quote.end and quote.speaker:
            entity = context.entities_by_id.get(quote.speaker)
            if entity is not None:
                # an office that names no state ("the Prime Minister's Office") is the dateline's: "SEOUL (Yonhap)
                # -- ... 'toughening our own sanctions', Lee Suk-joon, the top official at the PMO, said"
                return government_of_entity(entity, lex, context) or capitalised_dateline_state(word.doc, lex)
    return None


def government_of_person(token: Token, lex: Lexicon, context: Context) -> str | None:
    for entity in context.entities:
        if any(start <= token.idx < end for start, end in entity.mentions):
            return government_of_entity(entity, lex, context)
    return None


def government_of_entity(entity: Entity, lex: Lexicon, context: Context) -> str | None:
    """The state or body a person acts for: a known authority in their organisation or title ("US Department of
    State"), else their organisation when it is a country the article names ("Russia" for Putin)."""
    for text in (entity.organization, entity.title):
        if text:
            found = authority_of_text(text, lex)
            if found:
                return found
    if entity.organization and bare_name(entity.organization) in context.country_names:
        return bare_name(entity.organization)
    return None


_OWN_STATE = ("country", "government")


def is_the_country(word: Token) -> bool:
    """'the country' with no words of its own: a state the sentence names elsewhere, as 'it' would be; 'his
    government', 'its government' (in 'X's foreign minister announced that his government would impose'): the
    state of the one who reports it."""
    own = [(c.dep_, c.lower_) for c in children(word)]
    return word.lemma_.lower() in _OWN_STATE and word.tag_ == "NN" and (
        own == [("det", "the")] and word.lemma_.lower() == "country"
        or len(own) == 1 and own[0][0] == "poss" and own[0][1] in ("his", "her", "its", "their"))
