"""The organisation a title's complement names: the object of "of", "for", "at" or "to" after the title's head
("spokesperson of the US Department of State", "CEO of energy company Gazprom")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotelens.findings.people.body_kinds import names_only_a_field
from quotelens.findings.people.organisations import LINKS, ORG_LABELS, heads_a_place, is_country
from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import ARTICLES, token_text, word_of

# Qualifiers written between an office and its complement: an acting office ("ad interim", "a.i."), a presiding one
# ("pro tempore"), a head of mission's full rank ("Ambassador Extraordinary and Plenipotentiary of Canada").
_QUALIFIERS = (("ad", "interim"), ("a.i.",), ("pro", "tempore"), ("pro", "tem"),
               ("extraordinary", "and", "plenipotentiary"))
_NUMBERS = frozenset({"ORDINAL", "CARDINAL"})  # "the 2nd Army Region", "the 6th Infantry Division"
_NAME_LINKS = frozenset({"of", "for", "and", "&"})  # inside a body's name: "Ministry of Defence and Veterans"
# Kinds of body a lower-case description ends in beside roles.json's body words: "of soccer's world governing body".
_DESCRIBED_BODIES = frozenset({"body", "bodies", "committee", "board", "unit", "division", "directorate", "firm"})


def organization_tokens_after(tokens: list[Token]) -> list[Token]:
    """The body a title's complement names (``_complement``), none when its words name only the office's field
    ("Undersecretary of State for Economic Growth, Energy and Environment", "Undersecretary for Terrorism and
    Financial Intelligence", whose ORG tags spaCy gives): a portfolio is no body (docs/annotation.md), and the body
    or country written before the head is then the office's ("U.S. Undersecretary of State for ...")."""
    found = _complement(tokens)
    # After "for" the complement is the office's remit when a body is written before the head: "EU Special Envoy
    # for the Belgrade-Pristina dialogue", "PCG spokesperson for the West Philippine Sea" (the EU's, the PCG's).
    remit = bool(found) and (tokens[0].lower_ == "for" or names_only_a_field(token_text(found)))
    return [] if remit and _owner_before_head(tokens[0]) else found


# The most capitalised words of a title's head read past to the body written before it ("Deputy Under Secretary").
_LONGEST_HEAD = 4


def _owner_before_head(link: Token) -> bool:
    """Whether a body or country is written right before the head that ``link`` follows ("U.S. Undersecretary of",
    "Treasury Undersecretary for"): only then is it the office's; a name further back is none of the title's
    ("barriers among West African nations Minister of Industry, Trade and Investment")."""
    doc, index = link.doc, link.i - 1
    while index > max(0, link.i - 1 - _LONGEST_HEAD) and not doc[index].ent_type_ and not _acronym(doc[index]) and (
            doc[index].text[:1].isupper() or _head_word(doc[index])):
        index -= 1
    # The head's own words are no owner, though the tagger draws them into a name ("Spokesman for the Ministry").
    return 0 <= index < link.i - 1 and (doc[index].ent_type_ in ORG_LABELS or is_country(doc[index])
                                        or _acronym(doc[index]))


def _acronym(token: Token) -> bool:
    """A body's acronym the tagger left untagged ("PCG spokesperson"), not a head's ("CEO")."""
    return token.is_upper and token.is_alpha and len(token.text) > 1 and word_of(token.text) not in ROLES.heads


def _head_word(token: Token) -> bool:
    """A title's word in lower case, read past to the body before it: "the EU special envoy for"."""
    return word_of(token.text) in ROLES.heads or word_of(token.text) in ROLES.title_modifiers


def _complement(tokens: list[Token]) -> list[Token]:
    """The object of "of/for/at/to" right after the head: "spokesperson of the US Department of State".

    A link outside a name starts a new complement. After "of", the first complement is the body and a further
    one the office's field ("Under Secretary of Commerce for Industry and Security" is of Commerce; "director of
    the Institute for Policy Integrity" keeps the name's own "for"); after another link, the first complement
    that names an organisation ("senior director for Asian affairs at the National Security Council").
    """
    tokens = _past_qualifier(tokens)
    if len(tokens) < 2 or tokens[0].lower_ not in LINKS:
        return []
    rest = tokens[1:]
    definite = rest[0].lower_ == "the"
    # "President of the so-called \"Supreme Political Council\"": the writer's distance is no part of the body.
    while rest and (rest[0].lower_ in ARTICLES or rest[0].is_quote or _hedge_length(rest)):
        rest = rest[max(1, _hedge_length(rest)):]
    while rest and rest[-1].is_quote:
        rest = rest[:-1]
    if not rest:
        return []
    complements = _complements(rest)
    if tokens[0].lower_ == "of":
        if named := _name_after_kind(complements[0]):
            return named
        first = _state_of_field(complements[0])
        if len(first) > 2 and first[1].lower_ in LINKS and (word_of(first[0].text) in ROLES.state_org_words
                                                            or word_of(first[0].text) in ROLES.portfolio_words):
            first = first[:1]  # a department named by its field, even inside one entity: "of Commerce for Industry"
        # A lower-case complement names an organisation only after "of" ("president of soccer's world governing
        # body"); "adviser for strategic communications" names a portfolio, "Director of Government Affairs" too.
        # spaCy misses "UAE", and "EU" in "High Representative of the EU for Foreign Affairs".
        # A capitalised name headed by a body word is a body though spaCy tags none ("the Supreme Political Council").
        # A town or region after a mayor's or governor's "of" is theirs though the tagger tags none ("Mayor of Clare").
        place = heads_a_place(tokens[0].doc, tokens[0].i - 1) and all(
            token.text[:1].isupper() and token.pos_ == "PROPN" for token in first)
        # A name in capitals around a state body's word is that body though the tagger tags none ("commander of the
        # 2nd Army Region"); spaCy misses "UAE" too.
        proper = all(token.text[:1].isupper() or token.ent_type_ in _NUMBERS or token.lower_ in _NAME_LINKS
                     for token in first)
        # A name after "of the" is the office's body unless one is written before the head ("U.S. Director General
        # of the Chancellery": the state's office, the complement a unit of it).
        name_of_the = definite and _proper_name(first) and not _owner_before_head(tokens[0])
        tagged = any(token.ent_type_ in ORG_LABELS or is_country(token) or (token.is_upper or proper) and
                     word_of(token.text) in ROLES.state_org_words for token in first)
        body_words = ROLES.state_org_words | ROLES.nonstate_org_words
        headed = first[-1].text[:1].isupper() and word_of(first[-1].text) in body_words
        named = place or name_of_the or tagged or headed
        # One lower-case field word names no body: "the minister of transportation" (a department's field).
        described = all(not token.text[:1].isupper() for token in first) and (
            len(first) > 1 or word_of(first[0].text) not in ROLES.portfolio_words) and _kind_of_body(first[-1])
        # "Undersecretary of Trade and Industry": fields alone, none of them a department's name, name no body.
        fields = all(word_of(token.text) in ROLES.portfolio_words and word_of(token.text) not in ROLES.state_org_words
                     or token.lower_ in {"and", "&"} for token in first)
        return first if (named or described) and not fields else []
    body = _body_at(rest, complements[0]) or next(
        (part for part in complements if any(token.ent_type_ == "ORG" for token in part)), None)
    if body is None and (described := _state_body_described(complements[0])):
        return described  # "for the Egyptian foreign ministry": a field word inside a body's description
    if body is None and any(word_of(token.text) in ROLES.portfolio_words for token in complements[0]):
        return []  # an office's fields, a region among them: "Minister for Europe and Foreign Affairs"
    if body is None and any(token.ent_type_ in ORG_LABELS for token in rest):
        body = rest
    if body is None:
        return _state_body_described(complements[0])
    # "at the Kabul-based Afghanistan Analysts Network": where the body sits is no part of its name.
    based = next((index for index, token in enumerate(body) if token.lower_ == "based"), None)
    return body[based + 1:] if based is not None and 0 < based < len(body) - 1 else body


def _kind_of_body(word: Token) -> bool:
    """Whether the last word of a lower-case complement is a kind of body ("of the transition government", "of the
    sanitation department", "of soccer's world governing body"): a description names a body only by its kind; one
    ending in a field, a service or a group ("of bylaw compliance", "of the naval forces", "of the government
    delegation", "of member state") names no body of its own, and the office's country is looked for instead."""
    kind = word_of(word.text)
    kinds = ROLES.state_org_words | ROLES.nonstate_org_words | ROLES.government_nouns | _DESCRIBED_BODIES
    return kind in kinds or kind.removesuffix("s") in kinds


def _body_at(tokens: list[Token], first: list[Token]) -> list[Token]:
    """The body named after "at" in a complement: where the holder works, when the ``first`` complement is a remit
    that names no body or country ("Assistant Secretary for Terrorist Financing and Financial Crimes at the U.S.
    Department of the Treasury", a remit spaCy tags a body; not "spokesman for Russia's mission at the UN")."""
    body_words = ROLES.state_org_words | ROLES.nonstate_org_words
    if any(word_of(token.text) in body_words or is_country(token) for token in first):
        return []
    at = next((index for index, token in enumerate(tokens) if token.lower_ == "at" and not token.ent_type_), None)
    parts = _complements(tokens[at + 1:]) if at is not None else []
    return parts[0] if parts and any(token.ent_type_ == "ORG" for token in parts[0]) else []


def _proper_name(part: list[Token]) -> bool:
    """Whether words after "of the" are a proper name that names no field: a name with the definite article is a
    body's ("Head Coach of the Black Stars"), where a portfolio takes none ("Minister of Finance"; the few that do,
    "the Interior", "the Treasury", are portfolio words)."""
    return all(token.text[:1].isupper() and token.pos_ == "PROPN" and token.ent_type_ in ORG_LABELS | {""}
               and word_of(token.text) not in ROLES.portfolio_words for token in part)


def qualifier_before(doc: Doc, link: int) -> int:
    """How many tokens a qualifier of the office written right before ``link`` takes (0 for none): the head stands
    before it ("Ambassador Extraordinary and Plenipotentiary of Canada to Mongolia Catherine Ivkoff")."""
    return next((len(qualifier) for qualifier in _QUALIFIERS if link >= len(qualifier) + 1 and tuple(
        token.lower_ for token in doc[link - len(qualifier):link]) == qualifier), 0)


def _past_qualifier(tokens: list[Token]) -> list[Token]:
    """The words after a head past a Latin qualifier of the office ("chargé d'affaires ad interim of the Chinese
    Embassy in Tokyo"): the complement after it is the head's."""
    words = [token.lower_ for token in tokens]
    size = next((len(qualifier) for qualifier in _QUALIFIERS if tuple(words[:len(qualifier)]) == qualifier), 0)
    return tokens[size:]


def _name_after_kind(part: list[Token]) -> list[Token]:
    """A body described by its kind in lower case and then named is the name: "CEO of energy company Gazprom",
    "president of the Russian state-owned pipeline company Transneft" (a name the parse hangs outside the title
    phrase counts when it is tagged an organisation)."""
    kinds = [index for index, token in enumerate(part)
             if token.text.islower() and word_of(token.text) in ROLES.nonstate_org_words | ROLES.state_org_words]
    if not kinds:
        return []
    named = part[kinds[-1] + 1:]
    if not named:
        doc, index = part[-1].doc, part[-1].i + 1
        while index < len(doc) and doc[index].ent_type_ == "ORG" and doc[index].text[:1].isupper():
            named.append(doc[index])
            index += 1
    proper = all(token.text[:1].isupper() and token.pos_ == "PROPN" and token.ent_type_ in {"ORG", ""}
                 for token in named)
    return named if named and proper else []


def _hedge_length(tokens: list[Token]) -> int:
    """How many tokens the hedge word the tokens open takes ("so", "-", "called"), or 0."""
    end = 1
    while end < len(tokens) and not tokens[end - 1].whitespace_ and end < 4:
        end += 1
    return next((size for size in range(end, 0, -1)
                 if word_of(token_text(tokens[:size])) in ROLES.hedge_words), 0)


def _state_body_described(part: list[Token]) -> list[Token]:
    """A state body described in lower case after "for" or "at" ("a spokesman for the ruling military council",
    "a spokesperson for the country's maritime council"), without its possessor; a complement that names no
    state body ("adviser for strategic communications") gives none."""
    # A country's adjective may open the description: "a spokesman for the Egyptian foreign ministry".
    country = 1 if part and word_of(part[0].text) in ROLES.country_adjectives and len(part) > 1 else 0
    if not part or any(token.text[:1].isupper() for token in part[country:]) \
            or word_of(part[-1].text) not in ROLES.state_org_words:
        return []
    owned = next((index for index, token in enumerate(part) if token.dep_ == "case"), None)
    return part[owned + 1:] if owned is not None else part


def _state_of_field(part: list[Token]) -> list[Token]:
    """A field followed by the state whose office it is names that state: "Minister of International Relations and
    Cooperation of the Republic of Namibia" → the Republic of Namibia (the field is the office's, not a body)."""
    written = part
    part = [token for token in part if token.text != ","]  # "minister of internal affairs, of the government of X"
    link = next((index for index, token in enumerate(part) if token.lower_ == "of"), None)
    if link is None or link == 0 or word_of(part[link - 1].text) not in ROLES.portfolio_words:
        return written
    state = [token for token in part[link + 1:]]
    while state and state[0].lower_ in ARTICLES:
        state = state[1:]
    if not any(token.ent_type_ == "GPE" or is_country(token) for token in state):
        return written
    return state


def _complements(tokens: list[Token]) -> list[list[Token]]:
    """Split a title's complement at each link but "of" that is not part of a name, without links and articles."""
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if parts[-1] and token.lower_ in LINKS - {"of"} and not token.ent_type_:
            parts.append([])
        elif parts[-1] or token.lower_ not in ARTICLES:
            parts[-1].append(token)
    return [part for part in parts if part]
