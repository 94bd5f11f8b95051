"""The organisation of a title: the body or country the article ties to the office, and what kind of body it is."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotelens.findings.people.lower_case_bodies import seat_in_lower_case
from quotelens.findings.people.roles import HEADS, ROLES
from quotelens.findings.people.state_bodies import national_body, owning_state_body
from quotelens.language.entities import entity_texts
from quotelens.language.syntax import token_text, word_of
from quotelens.language.vocabulary import word_list

ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
_PLACE_OFFICES = frozenset(word_list("places", "place_offices"))
PLACE_LABELS = {"GPE", "LOC"}
# Entity labels of words that say when or how many, never whose: "On Friday US secretary of state".
_NOT_BODY_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL"}
LINKS = {"of", "for", "at", "to", "with", "in", "on", "from"}
# Links inside a body's own name: "Commission on International Religious Freedom", "Office for Civil Rights".
_BODY_NAME_LINKS = {"on", "of", "for"}


def is_org_token(token: Token, strict: bool = False) -> bool:
    """Whether a premodifier names the organisation rather than the office ("Russian", "State Department").

    ``strict`` (used to strip a formal title down to its own words) counts only entities, countries and
    parties, so that "Lt." in "Retired Lt. Gen." stays in the title.
    """
    word = word_of(token.text)
    if word in {"'s", "'"} or token.dep_ == "case":
        return True
    if word in ROLES.abbreviations or word + "." in ROLES.abbreviations or word in HEADS or word in ROLES.honorifics:
        return False  # "Lt." may come out as "Lt" and "."; "Honourable Minister" names no body
    if strict and word in ROLES.portfolio_words:
        return False  # "Interior Minister", "Foreign Affairs Minister": the field is the title's, not a body
    if not any(character.isalpha() for character in word):
        return False
    if token.ent_type_ in _NOT_BODY_LABELS:
        return False  # "On Friday US secretary of state"
    if word in ROLES.country_adjectives or word in ROLES.party_adjectives:
        return True
    if not strict and owning_state_body(token):
        return True
    if token.ent_type_ in ORG_LABELS:
        return True
    if token.ent_type_ == "PERSON" and not strict:
        # An employer named by a person: "Trump lawyer Marc Kasowitz"; a past mark the tagger drew into a name
        # ("Retired Brigadier-General Anselem Sanyatwe") says when, not whose.
        return word not in ROLES.past_marks
    if strict or word in ROLES.title_modifiers or word in ROLES.unofficial_marks or word in ROLES.past_marks:
        return False
    return token.pos_ == "PROPN"


def organization_tokens_before(tokens: list[Token]) -> list[Token]:
    """The last run of organisation words before a title head: "former Trump campaign" → "Trump campaign"."""
    named = _body_name_with_link(tokens) or national_body(tokens)
    if named:
        return named
    if seat_in_lower_case(tokens):
        return []  # "state department spokesperson": the body's whole name is read by body_named_before
    # An acronym in parentheses restates the body named before it: "European Commission (EC) President".
    words = [token for token in tokens if is_org_token(token) and token.dep_ != "case" and token.text != "-"
             and not _in_hyphenated_modifier(token) and not _in_parentheses(token)
             and token.tag_ != "VBG"]  # a participle opening the sentence: "Quoting President Abdel Fattah El-Sisi"
    if not words:
        return []
    run = [words[-1]]
    for token in reversed(words[:-1]):
        joined = token.i == run[0].i - 2 and (token.nbor(1).dep_ == "case" or token.nbor(1).text == "-")
        if token.i == run[0].i - 1 or joined:
            run.insert(0, token)
        else:
            break
    run = _with_its_field(tokens, run)
    # "New Zealand Foreign Affairs Minister": the field ends the title's words, the body is before it; so do a
    # rank's or a modifier's words inside the body's entity ("U.S. Acting Commerce Secretary", "Sr. Gen.").
    while run and _in_title(word_of(run[-1].text)):
        run.pop()
    if len(run) != 1:
        return run
    field = ((_field_word(run[0]) or _coordinated_with_a_field(run[0])) and not heads_a_place(run[0].doc, run[0].i + 1)
             and not _employer(run[0]))
    return [] if field or _field_adjective(run[0]) else run


def _coordinated_with_a_field(token: Token) -> bool:
    """Whether a word ends a coordination of an office's fields: English coordinates likes, so "Competition" in
    "Trade, Industry and Competition Minister" is a portfolio, as "Trade" and "Industry" are."""
    doc = token.doc
    link = token.i - 1
    return link >= 1 and doc[link].lower_ in ("and", "&", ",") and (
        word_of(doc[link - 1].text) in ROLES.portfolio_words | ROLES.field_nouns)


def _employer(token: Token) -> bool:
    """Whether a lone capitalised name before a lower-case head of no office is its holder's employer: "Roma coach",
    "Wests coach". Only an office has a field ("Law Minister", "Forestry Cabinet Secretary"), so a name before a
    coach, a doctor or a manager is whose they are (a field of study names none: body_kinds.names_only_a_field)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not doc[token.i + 1].text.islower():
        return False
    head = word_of(doc[token.i + 1].text)
    return head in ROLES.descriptive_heads and head not in ROLES.official_heads and head not in ROLES.business_heads


def _with_its_field(tokens: list[Token], run: list[Token]) -> list[Token]:
    """A body named by its field and its kind keeps the field: "Foreign Ministry", "Home Office" (a field word is
    otherwise the title's own: "Foreign Minister")."""
    first = tokens.index(run[0])
    while first and word_of(run[0].text) in ROLES.state_org_words and tokens[first - 1].text[:1].isupper() \
            and word_of(tokens[first - 1].text) in ROLES.portfolio_words:
        first -= 1
        run.insert(0, tokens[first])
    return run


def heads_a_place(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is the head of an office over a town or region ("Auckland Mayor", "Mayor of Clare"),
    whose place the capitalised word next to it names (data/places.json place_offices)."""
    return 0 <= index < len(doc) and word_of(doc[index].text) in _PLACE_OFFICES


# Second halves of a hyphenated modifier whose first half says where, when or by whom, not whose office it is
# ("Washington-based", "UNM-era", "Kremlin-backed", "US-led"), and first halves that make the name a stance ("pro-EU").
_FRAME_HALVES = {"based", "era", "backed", "led", "funded", "style"}
_STANCE_HALVES = {"pro", "anti"}


def _in_hyphenated_modifier(token: Token) -> bool:
    """Whether a name is half of a modifier that names no body: "Washington-based developer", "UNM-era Defense
    Minister", "the pro-EU President"."""
    doc = token.doc
    after = doc[token.i + 2] if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" else None
    before = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].text == "-" else None
    return (token.lower_ in _STANCE_HALVES or after is not None and after.lower_ in _FRAME_HALVES
            or before is not None and before.lower_ in _STANCE_HALVES)


def _field_adjective(token: Token) -> bool:
    """A lone adjective before a head that is no country's or party's says the office's kind, not its body:
    "Legislative Speaker", "Federal Minister" (a state modifier the tagger may read as a name)."""
    word = word_of(token.text)
    if word in ROLES.country_adjectives or word in ROLES.party_adjectives or token.ent_type_:
        return False
    return token.tag_ == "JJ" or word in ROLES.state_modifiers and word.endswith(("al", "ive", "ary"))


def _field_word(token: Token) -> bool:
    """A lone capitalised word before a head that no entity, list or capitals make a body's name is the office's
    field or rank ("Law Minister", "Electricity Minister", "Forestry Cabinet Secretary"); an acronym ("PSSI") or
    a name of several words ("New Plymouth") is a body's."""
    word = word_of(token.text)
    return (token.pos_ == "PROPN" and not token.ent_type_ and not (token.text.isupper() and token.text.isalpha())
            and word not in ROLES.country_adjectives and word not in ROLES.party_adjectives
            and word not in ROLES.state_org_words and word not in ROLES.nonstate_org_words
            and not _named_elsewhere(token))


def _named_elsewhere(token: Token) -> bool:
    """Whether the article tags the word a person's or a body's name elsewhere: "Trump spokesperson" where
    "Donald Trump" is named, "a Carrier worker" where "Carrier" is a company, name an employer."""
    return any(token.text in text.split() for label in ("PERSON", "ORG") for text in entity_texts(token.doc, label))


def _in_title(word: str) -> bool:
    return (word in ROLES.portfolio_words or word in ROLES.title_modifiers or word in ROLES.name_suffixes
            or word in ROLES.abbreviations)


def in_body_name(token: Token) -> bool:
    """A link inside a body's capitalised name: "on" in "Commission on International Religious Freedom"."""
    doc = token.doc
    return (token.lower_ in _BODY_NAME_LINKS and 0 < token.i < len(doc) - 1
            and doc[token.i + 1].text[:1].isupper() and doc[token.i - 1].text[:1].isupper()
            and (word_of(doc[token.i - 1].text) in ROLES.state_org_words
                 or word_of(doc[token.i - 1].text) in ROLES.nonstate_org_words))


def body_name_ending_at(doc: Doc, end: int, floor: int) -> int | None:
    """Where a capitalised body name with a link inside ("Ministry of Foreign Affairs") that ends at token ``end``
    starts, else None."""
    index = end
    if end < floor:
        return None
    while index > floor and doc[index].text[:1].isupper() and doc[index].pos_ == "PROPN":
        index -= 1
    if not in_body_name(doc[index]):
        return None
    while index > floor and doc[index - 1].text[:1].isupper() and doc[index - 1].pos_ == "PROPN":
        index -= 1
    before = index - 2 if index - 1 > floor and doc[index - 1].pos_ == "DET" else index - 1
    # "First Deputy Chairman of the Cabinet of Ministers": a body after a link is an earlier head's complement.
    return None if before >= floor and doc[before].pos_ == "ADP" else index


def country_name_ending_at(doc: Doc, end: int, floor: int) -> int | None:
    """Where a country name of two or three words ends at token ``end`` starts ("Solomon Islands", "Sri Lanka"),
    else None."""
    for size in (3, 2):  # none when end < floor: begin is then below floor
        begin = end - size + 1
        if begin >= floor and " ".join(token.lower_ for token in doc[begin:end + 1]) in ROLES.country_adjectives:
            return begin
    return None


def _body_name_with_link(tokens: list[Token]) -> list[Token]:
    """The words before a title head that name a body with a link inside ("U.S. Commission on International
    Religious Freedom chair"), from the body's first capitalised word to the head."""
    link = next((index for index, token in enumerate(tokens) if in_body_name(token)), None)
    if link is None or not all(token.text[:1].isupper() for token in tokens[link + 1:]):
        return []
    begin = link - 1
    while begin > 0 and tokens[begin - 1].text[:1].isupper() and tokens[begin - 1].pos_ == "PROPN":
        begin -= 1
    return tokens[begin:]


def is_country(token: Token) -> bool:
    return word_of(token.text) in ROLES.countries or word_of(token.text) in ROLES.country_adjectives


def _in_parentheses(token: Token) -> bool:
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"


def owner_country(tokens: list[Token]) -> list[Token]:
    """A country whose office the title is, written as a possessive: "China's ambassador to Britain" (China,
    not the host), "Britain's deputy U.N. ambassador" (Britain, not the U.N.)."""
    for index, token in enumerate(tokens[:-1]):
        if word_of(tokens[index + 1].text) not in {"'s", "'"}:
            continue
        if word_of(token.text) in ROLES.countries or word_of(token.text) in ROLES.country_adjectives:
            return [token]
        # A country of several words: "South Africa's ambassador to the US".
        named = [word for word in tokens[:index + 1] if word.ent_type_ == "GPE" and word.i > token.i - 4]
        while named and named[0].i + len(named) - 1 != token.i:
            named.pop(0)
        if len(named) > 1 and word_of(token_text(named)) in ROLES.countries:
            return named
    return []


def organization_text(tokens: list[Token]) -> str | None:
    """The organisation as written, with a demonym or country word made the country ("North Korean")."""
    if not tokens:
        return None
    text = token_text(tokens)
    lowered = word_of(text)
    if lowered in ROLES.country_adjectives:
        return ROLES.country_adjectives[lowered]
    if lowered in ROLES.party_adjectives:
        return ROLES.party_adjectives[lowered]
    last = word_of(tokens[-1].text)
    if len(tokens) > 1 and last in ROLES.party_adjectives and word_of(token_text(tokens[:-1])) in ROLES.country_adjectives:
        return ROLES.party_adjectives[last]  # "U.S. Democratic presidential candidate"
    return text
