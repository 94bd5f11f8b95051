"""Organisations that speak: the canonical name of a source mention such as "the ministry" or "The ELN".

docs/annotation.md names an organisation speaker by the fullest name the article gives it ("Chinese Foreign
Ministry" for "the ministry said in a statement", "National Liberation Army" for "The ELN"). Evidence is only what
the article wrote before the mention; with none, the mention's own words stand, without their article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from quotelens.findings.acronyms import LEADING_WORDS, expanded_acronym, is_acronym, owner_in_full
from quotelens.findings.body_registry import DASHES, body_registry, organization_heads, without_leading_words
from quotelens.findings.described_bodies import body_of_wider_kind, described_body
from quotelens.findings.states import (capitals, country_named_before, country_of_capital, country_words, is_country,
                                       owned_by_capital, state_of, state_of_government, state_owned_name)
from quotelens.findings.written_titles import role_words
from quotelens.language.entities import entities_within
from quotelens.language.tree import children, lefts
from quotelens.language.vocabulary import vocabulary, word_list

# The id prefix of an organisation that speaks ("organization1"); people are "person<n>".
ORGANIZATION_ID = "organization"

# A name as written, without brackets, dashes between words or a possessive at its end ("Chinese Embassy’s").
PLAIN_NAME = re.compile(r"[\w’'.&-]+(?: [\w’'.&-]+)*(?<![’']s)")
# How far back an earlier name for "the ministry" is looked for, in tokens (a few paragraphs).
LOOKBACK_TOKENS = 600
# Determiners that pick one member of a people or party ("a Republican", "another Democrat").
ONE_OF = frozenset({"a", "an", "one", "another"})
# Nouns that stand for the state the article named last: "the country's foreign ministry" (shared with the
# officials finder's "the country's foreign minister").
STATE_NOUNS = frozenset(word_list("places", "country_anaphors"))
# Generic heads that fit every kind of body ("the organisation" for a community or a council).
ANY_BODY_HEADS = frozenset(word_list("speakers", "any_body_heads"))
# How many sentences back "the company" looks for the body that was the subject.
SUBJECT_SENTENCES = 3
# Per document: for each body's name, where a second state's capitalised word first comes before it.
_SECOND_STATE_ENDS = "quotelens.second_state_ends"

# A capitalised name ending in a head word, with an optional "of" complement: "American Airlines", "Ministry of
# Commerce". The spaCy model does not tag every such name ORG.
NAME_ENDING_IN = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,5}(?P<head>[A-Z][a-z]+)(?:\s+of(?:\s+[A-Z][\w’'.-]*)+)?)")


@cache
def member_heads() -> frozenset[str]:
    return frozenset(vocabulary("speakers")["member_heads"]["values"])


@cache
def generic_heads() -> frozenset[str]:
    return frozenset(vocabulary("speakers")["generic_heads"]["values"])


def is_organization(source: Span) -> bool:
    """Say whether a source mention is a body rather than a person (its head is an organisation word or an ORG)."""
    root = source.root
    if root.pos_ == "PRON" or any(token.ent_type_ == "PERSON" and token.i >= root.i for token in source):
        return False  # "Foreign Ministry spokesperson Mao Ning" is a person; "the Biden administration" a body
    if root.ent_type_ == "NORP" and any(token.lower_ in ONE_OF for token in source):
        return False  # "a New Hampshire Republican", "one Democrat" is one member, a person
    if is_member_title(source):
        return False  # "the Foreign Ministry Spokesperson" is someone of the ministry (docs/annotation.md: unnamed)
    if root.pos_ == "PROPN" and root.ent_type_ in ("ORG", "NORP", "GPE", "FAC"):
        # "the Taliban", "Russia", "the Kremlin"; a seat of power speaks for who sits there ("the Élysée Palace",
        # "the Vatican", which the tagger calls facilities).
        return True
    if root.tag_ == "NNS" and root.lemma_.lower() in member_heads():
        # "the EU member states said in a joint statement": the members of a body the mention names, jointly;
        # "the regional grouping's top diplomats": of a body it describes.
        return any((token.ent_type_ == "ORG" and token.pos_ == "PROPN") or _owning_body(token)
                   for token in source if token.i < root.i)
    return root.ent_type_ == "ORG" or root.lemma_.lower() in organization_heads() or root.lower_ in organization_heads()


def is_member_title(mention: Span) -> bool:
    """'the Foreign Ministry Spokesperson', 'The US Treasury Spokesperson', 'the Commission President': a role word
    after a body's name, someone of the body, not the body itself, nor an office named on its own ('the UN High
    Commissioner for Human Rights' names no body before its role word)."""
    root = mention.root
    return root.lower_ in role_words() and any(
        token.lower_ in organization_heads() for token in mention if token.i < root.i and token.pos_ == "PROPN")


def _owning_body(token: Token) -> bool:
    """A description of a body that owns what follows it: 'the junta's', 'the regional grouping's'."""
    return token.dep_ == "poss" and token.pos_ == "NOUN" and token.lemma_.lower() in organization_heads()


def organization_name(source: Span, text: str, quoted: Callable[[int], bool] = lambda position: False) -> str | None:
    """The canonical name of the organisation ``source`` mentions, or None when it mentions no organisation.

    ``text`` is the document's text, read once by the caller (Doc.text joins every token on each access);
    ``quoted`` says whether a position is inside quote marks (a body named in someone's words is not how the
    article names the speaker)."""
    doc = source.doc
    country = country_of_capital(source)
    if country is not None:
        return country
    words = _without_leading_words(source)
    if is_acronym(words, text):
        expanded = expanded_acronym(text, words[0].text, before=source.start_char)
        if expanded is not None or is_organization(source):
            return expanded or words[0].text
    described = described_body(source, text, quoted)
    if described is not None:
        return described  # 'the regional bloc' after ECOWAS, 'the UN nuclear watchdog' after the IAEA
    if not is_organization(source):
        # 'The Sri Lanka cricket stated': the body the article names 'Sri Lanka Cricket', in other capitals.
        registered = body_registry(doc, text).written_as(words, quoted) if len(words) > 1 else None
        return registered.name if registered is not None else None
    words = _without_leading_words(_with_of_name(doc, source))
    if not words:
        return None
    state = state_of_government(words)
    if state is not None:
        return state
    if len(words) >= 3 and words[0].lower_ in STATE_NOUNS and words[1].tag_ == "POS":
        country = country_named_before(doc, words[0].i, LOOKBACK_TOKENS)  # "Iran … the country's foreign ministry said"
        if country is not None:
            return f"{country}'s {_text_of(text, words[2:])}"
    owner = next((token for token in words if _owning_body(token)), None)
    if owner is not None and owner.i < source.root.i:
        # "the junta's foreign ministry": under the owner's own name ("Myanmar junta's foreign ministry").
        named = organization_name(doc[owner.left_edge.i:owner.i + 1], text, quoted)
        if named is not None and named != _text_of(text, _without_leading_words(doc[owner.left_edge.i:owner.i + 1])):
            return named + _text_of(text, [token for token in words if token.i > owner.i])
    bare_head = len(words) == 1 and words[0].lower_ in organization_heads()  # "the Ministry said"
    # "the Russian energy giant" after "Gazprom": a description, not a name, though a modifier is capitalised.
    described = words[-1].text.islower() and words[-1].lemma_.lower() in generic_heads()
    if any(token.pos_ == "PROPN" or token.text[:1].isupper() for token in words) and not (bare_head or described):
        return (state_owned_name(text, words) or _fuller_name(doc, text, source, words, quoted)
                or owner_in_full(text, words))
    earlier = _earlier_name(doc, text, source, quoted)
    if earlier is not None and " " not in earlier and earlier.isupper():
        # "the EU … the bloc said": the body named last by its acronym, under the name the article spells out.
        earlier = expanded_acronym(text, earlier, before=source.start_char) or earlier
    return earlier or _text_of(text, words)


def _with_of_name(doc: Doc, source: Span) -> Span:
    """Extend "the US Department" over its "of Justice" ("the National Alliance" over "for Change"), phrase after
    phrase ("the Court of Arbitration for Sport", "the Ministry of Foreign Affairs of Ghana"): the parser leaves a
    body's of-phrases out of the subject."""
    end = source.end
    while end < len(doc) and doc[end].lower_ in ("of", "for"):
        # 'the Council of the EU': a "the" may stand between the of and the name.
        name = end + 2 if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
        if name >= len(doc) or doc[name].pos_ != "PROPN" or doc[name].ent_type_ == "DATE":
            break
        end = name + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    return doc[source.start:end]


def _without_leading_words(mention: Span) -> list[Token]:
    """The words of a body's name: no article or determiner before it, no dateline ("BEIJING — China's embassy":
    a name never runs across a dash), no count that describes it ("The 27-nation EU", "a 15-member council")."""
    dateline = max((token.i for token in mention if token.text in DASHES), default=-1)
    return without_leading_words([token for token in mention
                                  if (not token.is_punct or token.text in "&-.") and token.i > dateline])


def _earlier_name(doc: Doc, text: str, source: Span, quoted: Callable[[int], bool]) -> str | None:
    """The last name before ``source`` of a body with the same head word ("China's Ministry of Commerce" for
    "the ministry"), found among the spaCy ORG entities and proper-noun phrases before it."""
    head = source.root.lemma_.lower()
    window = doc[max(0, source.start - LOOKBACK_TOKENS):source.start]
    latest = None
    for body in body_registry(doc, text).before(doc, source.start, LOOKBACK_TOKENS):
        if not quoted(body.start_char) and any(token.lemma_.lower() == head or token.lower_ == head
                                               for token in body.words):
            latest = body
    if latest is not None:
        return state_owned_name(text, latest.words) or latest.name
    named = None
    for match in NAME_ENDING_IN.finditer(text, window.start_char, source.start_char):
        if match.group("head").lower().startswith(head) and not quoted(match.start()):
            named = match.group("name")
    if named is None:
        named = _with_country(doc, text, window, head, quoted)
    if named is None:
        named = body_of_wider_kind(source, text, quoted)  # 'the agency' after 'The Russian Foreign Ministry'
    if named is None and head in generic_heads():
        named = _subject_body(doc, text, source, quoted)
    if named is None and head in generic_heads():
        # "Gazprom … the company said": the body named last, when no name holds the head word.
        # A body whose own head is a specific kind ("the Treasury Department") is not "the company".
        bodies = [entity for entity in entities_within(doc, window.start, window.end)
                  if entity.label_ == "ORG" and not _other_kind(entity.root, head) and not quoted(entity.start_char)]
        if bodies:
            named = _text_of(text, _without_leading_words(bodies[-1]))
    return named


def _fuller_name(doc: Doc, text: str, source: Span, words: list[Token], quoted: Callable[[int], bool]) -> str | None:
    """'the Foreign Ministry' after 'the Polish Foreign Ministry': the fuller name the article gave the body before,
    when every fuller one it gave says the same ('South Korea's' and 'South Korean' do; with two countries' ministries
    named, neither)."""
    own = {token.lower_ for token in words}
    fuller: dict[frozenset[str], str] = {}
    for body in body_registry(doc, text).before(doc, source.start, LOOKBACK_TOKENS):
        if quoted(body.start_char):
            continue
        named, lowered, written = body.words, body.lowered, body.name
        if named[-1].lower_ != words[-1].lower_ or not own < lowered:
            continue  # the same body's name ends in the same head word ('China' is no 'China's Foreign Ministry')
        extra = [token for token in named if token.lower_ not in own and token.tag_ != "POS"]
        owned = owned_by_capital(named)  # 'Seoul's Foreign Ministry' is South Korea's (S64)
        if not PLAIN_NAME.fullmatch(written) or not owned and any(
                token.ent_type_ in ("GPE", "NORP") and not is_country(token) for token in extra):
            continue  # a tagger's span over brackets or a dateline; a city's own body is no country's
        states = owned[0].lower().split() if owned else [token.lower_ for token in extra]
        fuller[frozenset(state_of(word) for word in states)] = state_owned_name(text, named) or written
    # The tagger misses some names ('the Czech Foreign Ministry' after 'The Polish Foreign Ministry and'): every
    # earlier 'Foreign Ministry' must follow the same capitalised word, if any.
    if len(fuller) != 1 or source.start_char >= _second_state_end(doc, text, _text_of(text, words)):
        return None
    return next(iter(fuller.values()))


def _second_state_end(doc: Doc, text: str, name: str) -> float:
    """Where the article first writes ``name`` after a capitalised word of a second state ('The Polish Foreign
    Ministry … the Czech Foreign Ministry'): the end of that mention, or infinity. Read once per document and name,
    for every mention of the body (a scan of the text before each mention was quadratic in the article)."""
    ends = doc.user_data.setdefault(_SECOND_STATE_ENDS, {})
    if name not in ends:
        ends[name] = float("inf")
        states = set()
        for match in re.finditer(rf"([A-Z]\w*)(?:[’']s)?\s+{re.escape(name)}\b", text):
            if match.group(1).lower() not in LEADING_WORDS:
                # A capital is its state's ('Seoul's Foreign Ministry' and 'the South Korean Foreign Ministry', S64).
                owner = capitals().get(match.group(1).lower(), match.group(1)).lower().split()[-1]
                states.add(state_of(owner))
                if len(states) > 1:
                    ends[name] = match.end()
                    break
    return ends[name]


def _subject_body(doc: Doc, text: str, source: Span, quoted: Callable[[int], bool]) -> str | None:
    """"Gazprom said exports fell. “…,” the company said": the body that is the subject of the nearest sentence
    before the description with a proper-noun subject that is not a person or a place (subject preference)."""
    sentence = source.sent
    for _ in range(SUBJECT_SENTENCES):
        for token in sentence:
            if token.i >= source.start:
                break
            if (token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" and not quoted(token.idx)
                    and not _other_kind(token, source.root.lemma_.lower())
                    and token.ent_type_ not in ("PERSON", "GPE", "NORP") and not is_country(token)):
                name = [t for t in doc[token.left_edge.i:token.i + 1]
                        if t.dep_ in ("compound", "amod") or t.i == token.i]
                return _text_of(text, name)
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
    return None


def _other_kind(head: Token, stand_in: str) -> bool:
    """A body whose own head is a specific kind ("the Treasury Department") is not the ``stand_in`` "the company";
    any is "the organisation" ("the Economic Community of West African States … The regional organization")."""
    return stand_in not in ANY_BODY_HEADS and head.lower_ in organization_heads() and head.lower_ not in generic_heads()


def _with_country(doc: Doc, text: str, window: Span, head: str, quoted: Callable[[int], bool]) -> str | None:
    """"Sudan's army" or "the Sudanese army" for "the army": the last earlier mention of the head word that the
    article tied to a country, outside quotes ('“… the US government tried …,” the text reads. The government also
    claims' is Brazil's, whose words those were)."""
    for token in reversed(window):
        if token.lemma_.lower() != head and token.lower_ != head or quoted(token.idx):
            continue
        # 'Sri Lanka’s cricket board': the tagger calls some two-word countries persons; the name is the country.
        countries = [child for child in lefts(token) if child.ent_type_ in ("GPE", "NORP") or is_country(child)
                     or doc[child.left_edge.i:child.i + 1].text.lower() in country_words()]
        if head in generic_heads():
            # "Sri Lanka's cricket board" names the board; "the Italian club", "the Russian energy giant" describe
            # a body named otherwise (the subject rules below find it).
            countries = [child for child in countries if child.dep_ == "poss"]
        if countries:
            named = _without_leading_words(doc[countries[0].left_edge.i:token.i + 1])
            return state_owned_name(text, named) or _text_of(text, named)
        # 'The government of Switzerland said …': a country after 'of' ties the body to it as well.
        of_country = [country for of in children(token, "prep") if of.lower_ == "of"
                      for country in children(of, "pobj") if country.ent_type_ == "GPE" or is_country(country)]
        if of_country and head not in generic_heads():
            return f"{_text_of(text, [of_country[0]])} {token.text.lower()}"
    return None


def _text_of(text: str, words: list[Token]) -> str:
    return text[words[0].idx:words[-1].idx + len(words[-1])]
