"""Person names: where a document names people (names as comparable keys are in name_keys.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from quotelens.findings.states import capitals
from quotelens.findings.people.listed_names import names_after_plural_titles, names_before_offices, names_in_lists
from quotelens.findings.people.name_keys import SimilarWords, fold, name_key, strip_possessive
from quotelens.findings.people.bracketed_names import with_bracketed_names
from quotelens.findings.people.headlines import trim_headline_words
from quotelens.findings.people.honorifics import drops_honorific, with_honorific
from quotelens.findings.people.nicknames import with_nicknames
from quotelens.findings.people.statesmen import names_a_listed_holder, opens_a_listed_name
from quotelens.findings.people.titles import ROLES, canonical_head
from quotelens.findings.people.untagged import names_after_titles
from quotelens.language.entities import named_entities
from quotelens.language.syntax import ARTICLES, word_of
from quotelens.language.tree import children

# Entity kinds a name repeat may carry when spaCy mislabels it; never dates, numbers or the like ("May").
_NAME_LIKE_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"}
# Parts of speech no word of a name has, whatever its capital letter.
_NOT_NAME_POS = {"DET", "PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "NUM"}
# The most tokens a name runs to ("Juan Carlos de la Cruz Grande"): clean_name rejects longer stretches.
MAX_NAME_TOKENS = 6
# The most given names spaCy leaves before a particle opening its entity ("Abdul Aziz bin ...").
_GIVEN_NAMES = 2


def find_name_mentions(doc: Doc) -> list[Span]:
    """Every stretch of the document that names a person, in order, with headline words cut off."""
    return trim_headline_words(doc, names_before_offices(doc, names_after_plural_titles(doc, names_in_lists(
        doc, names_after_titles(doc, with_nicknames(doc, with_bracketed_names(doc, name_mentions(doc))))))))


def name_mentions(doc: Doc) -> list[Span]:
    """Every stretch of text that names a person: spaCy's PERSON entities, cleaned, plus untagged repeats.

    spaCy misses or mislabels names (a surname tagged ORG, a name left untagged): once a name is known
    from a PERSON entity, its full form and its first and last words are looked for in untagged text too, and so
    is the full name of every listed holder of national office (data/leaders.json), whom a reader knows.
    """
    found: list[Span] = []
    ents = named_entities(doc)
    ent_of = {index: ent for ent in ents for index in range(ent.start, ent.end)}
    for ent in ents:
        if ent.label_ == "PERSON" or ent.label_ in _NAME_LIKE_LABELS and _titled_like_a_person(doc, ent):
            span = clean_name(doc, ent)
            if span is not None:
                found.append(span)
    taken = {token.i for span in found for token in span}
    keys = [name_key(span.text) for span in found]
    known_words = {word for key in keys for word in (key.first, key.last) if key}
    known_full = {key.words for key in keys if len(key.words) >= 2}
    known_last = SimilarWords({key.last for key in keys if len(key.words) >= 2})
    surnames = {key.last for key in keys if key}
    for start in range(len(doc)):
        if start in taken or not _could_be_name(doc[start]):
            continue
        end = start  # the longest run of capitalised proper-noun tokens starting here
        while end < len(doc) and end - start < 5 and end not in taken and _could_be_name(doc[end]):
            end += 1
        for stop in range(end, start, -1):
            span = doc[start:stop]
            key = name_key(span.text)
            if not key or not _outside_other_entity(span, ent_of):
                continue
            single = len(span) == 1 and len(key.words) == 1 and (span[0].pos_ == "PROPN" or span[0].ent_type_ != "")
            if key.words in known_full or (len(key.words) == 1 and key.words[0] in known_words) or (
                    single and key.words[0] in known_last) or _tagged_whole(span, ent_of, key, surnames) or (
                    names_a_listed_holder(key)):
                found.append(span)
                taken.update(range(start, stop))
                break
    return sorted(found, key=lambda span: span.start)


def _could_be_name(token) -> bool:
    """A capitalised word that may be part of a name, whatever tag spaCy gave it ("Trump" is often a verb)."""
    word = _word(token)
    if token.is_upper and len(token.text) > 3:
        return False  # upper-case headings and datelines ("WASHINGTON")
    return (token.text[:1].isupper() and (token.is_alpha or _apostrophe_word(token)) or token.text in {"-", "Jr.", "Sr."}) \
        and word not in ROLES.abbreviations and word not in ROLES.honorifics and (
            token.pos_ not in _NOT_NAME_POS or _opens_a_listed_name(token))


def _opens_a_listed_name(token) -> bool:
    """A capitalised function word inside a sentence that opens a listed holder's name with the next word: "To" of
    "To Lam"."""
    doc = token.doc
    return (not token.is_sent_start and token.i + 1 < len(doc)
            and opens_a_listed_name(fold(token.text), fold(doc[token.i + 1].text)))


def _titled_like_a_person(doc: Doc, ent: Span) -> bool:
    """A name spaCy tagged as an organisation or place, told apart by a title it stands beside.

    "Jean-Marc Ayrault, the foreign minister of France" and "the Philippines' president, Rodrigo Duterte"
    come out as ORG; a proper-noun run in apposition with a title head, or right after a formal title
    ("Sen."), is taken as a person; so is one after a courtesy title ("Mr Molibeli" as a nationality).
    """
    if _after_honorific(doc, ent):
        return True
    if not 2 <= len(ent) <= 4 or not all(token.pos_ == "PROPN" or token.text in {"-", "."} for token in ent):
        return False
    words = [_word(token) for token in ent]
    if any(word in ROLES.not_person_words or word in ROLES.state_org_words or word in ROLES.nonstate_org_words
           or word in ROLES.country_adjectives for word in words):
        return False
    root = ent.root
    if root.dep_ == "appos" and canonical_head(root.head) is not None:
        return True
    if any(canonical_head(child) is not None for child in children(root, "appos")):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and _word(before) in ROLES.abbreviations and before.head.i in range(ent.start, ent.end)


def _after_honorific(doc: Doc, ent: Span) -> bool:
    """Whether proper nouns outside the vocabularies follow a courtesy title: "Mr Molibeli" (tagged NORP), "Ms
    Lubbe"; a courtesy title is a person's ("Lord Mayor" is an office's, not a courtesy, and stays out)."""
    words = [_word(token) for token in ent]
    return (ent.start > 0 and _word(doc[ent.start - 1]) in ROLES.honorifics and len(ent) <= 3
            and all(token.pos_ == "PROPN" and token.is_alpha for token in ent) and not any(
                word in ROLES.heads or word in ROLES.not_person_words or word in ROLES.state_org_words
                or word in ROLES.nonstate_org_words or word in ROLES.country_adjectives or word in ROLES.countries
                for word in words))


def _tagged_whole(span: Span, ent_of: dict[int, Span], key, surnames: set[str]) -> bool:
    """A full name spaCy tagged as a body, whole, that ends in a surname known from a person: "Manasseh Sogavare"
    (ORG) where "Sogavare" is tagged PERSON elsewhere. A body ends in its own noun, not a surname; one led by a
    place is a place's ("Belgrade Hill")."""
    ent = ent_of.get(span.start)
    words = [_word(token) for token in span]
    return (2 <= len(key.words) <= 3 and key.last in surnames and ent is not None and ent.label_ == "ORG"
            and ent.start == span.start and ent.end == span.end and not any(
                word in ROLES.countries or word in ROLES.country_adjectives or word in capitals() for word in words))


def _outside_other_entity(span: Span, ent_of: dict[int, Span]) -> bool:
    """A name repeat must not sit inside a longer entity of another kind ("Clinton Foundation")."""
    for token in span:
        ent = ent_of.get(token.i)
        if ent is not None and ent.label_ != "PERSON":
            if ent.label_ not in _NAME_LIKE_LABELS or ent.start < span.start or ent.end > span.end:
                return False
    return True


def clean_name(doc: Doc, ent: Span) -> Span | None:
    """Trim a PERSON entity to the name itself, or reject it when it is clearly not a person: titles and honorifics
    inside the entity ("President Obama", "Mr. Trump"; S73 keeps a Gulf ruler's "Sheikh") and a trailing possessive
    go; entities naming laws, places or countries ("Obamacare", "Russian") are dropped."""
    start, end = with_honorific(doc, _given_names_before(doc, ent.start), ent.end, MAX_NAME_TOKENS), ent.end
    while start < end:
        two_words = f"{_word(doc[start])} {_word(doc[start + 1])}" if start + 1 < end else ""
        if start + 2 < end and (two_words in ROLES.heads or two_words in ROLES.abbreviations):
            start += 2  # a head or a rank of two words: "Crown Prince Mohammad", "Maj Gen Winthai"
        elif (drops_honorific(doc, start, end, MAX_NAME_TOKENS) or _word(doc[start]) in ROLES.abbreviations
              or _word(doc[start]) in ROLES.heads or _word(doc[start]) in ARTICLES
              or _word(doc[start]) in ROLES.title_modifiers):
            start += 1
        else:
            break
    if end - start >= 3 and doc[start].pos_ == "NOUN" and doc[start].is_sent_start \
            and _word(doc[start]).endswith(tuple(ROLES.person_noun_endings)):
        start += 1  # a description opening the sentence, capitalised there: "Farmer Sheikheldin Ibrahim was shot"
    if end - start >= 2 and doc[start].is_sent_start and doc[start].tag_ == "VBG" and doc[start].dep_ == "advcl" \
            and doc[start].lemma_.lower() != _word(doc[start]):
        start += 1  # an opening participle clause, no given name: "Warning Washington about …, the official said"
    for index in range(start + 1, end):
        # A possessive or a quote mark inside the entity ends the name ("Obama’s ‘pivot").
        if _word(doc[index]) in {"'s", "'"} or doc[index].is_quote or doc[index].text in {"(", ")", ",", ";", ":"} \
                or "(" in doc[index].text or ")" in doc[index].text:  # a dateline run on: "(Jiji Press)--The"
            end = index
            break
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text != "." or _word(doc[end - 1]) in {"'s", "'"}):
        end -= 1
    if start >= end:
        return None
    if any(_word(doc[index]) in ROLES.headline_words and not _hyphen_syllable(doc, index)
           for index in range(start, end)):
        return None  # a headline read as a name: "Obama To Asians Worried"
    if sum(character.isalpha() for character in doc[start:end].text) > 3 and doc[start:end].text.isupper():
        return None  # an upper-case heading: "WASSERMAN SCHULTZ RESIGNS"
    span = doc[start:end]
    text = strip_possessive(span.text)
    if len(text) != len(span.text):
        span = doc.char_span(span.start_char, span.start_char + len(text), alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
    words = [_word(token) for token in span]
    lowered = " ".join(words)
    if len(span) == 1 and (lowered + "." in ROLES.abbreviations or lowered in ROLES.abbreviations):
        return None  # an abbreviated title split from its period: "Govs"
    if (lowered in ROLES.country_adjectives or lowered in ROLES.countries or lowered in ROLES.party_adjectives
            or lowered in capitals()  # a dateline's capital: "Yerevan, 21 June: Minister of Culture ..."
            or lowered in ROLES.not_person_words or words[-1] in ROLES.not_person_words
            or any(character.isdigit() for character in span.text)
            or not (span.text[:1].isupper() or _particle_led(span.text)) or len(span) > MAX_NAME_TOKENS
            or not name_key(span.text)):
        return None
    if span.end < len(doc) and _apostrophe_word(doc[span.end]) and span[-1].head.i == span.end:
        span = doc[span.start:span.end + 1]  # spaCy's entity stops before "Kan’ani" in "Nasser Kan’ani"
    return _past_particle(doc, span)


def _given_names_before(doc: Doc, start: int) -> int:
    """Where a name opens whose entity spaCy starts at a lower-case particle: "Salem bin Mubarak al-Shafi", "H E
    Yousuf bin Alawi bin Abdullah" come out as "bin Mubarak al-Shafi", "bin Alawi bin Abdullah"; the given names
    before the particle (capitalised proper nouns of two letters or more, no title, rank or courtesy: "H E" is His
    Excellency's, "Gen" a rank) are the name's."""
    if doc[start].text not in ROLES.name_particles:
        return start
    first = start
    while first > 0 and start - first < _GIVEN_NAMES and _given_name(doc[first - 1]):
        first -= 1
    return first


def _given_name(token) -> bool:
    """A word that may be a given name before a particle: a capitalised proper noun outside the title vocabularies."""
    word = _word(token)
    return (token.pos_ == "PROPN" and token.is_alpha and len(token.text) > 1 and token.text[:1].isupper()
            and not token.is_upper and token.ent_type_ in {"", "PERSON"} and word not in ROLES.honorifics
            and word not in ROLES.abbreviations and word not in ROLES.heads and word not in ROLES.title_modifiers
            and word not in ROLES.not_person_words)


def _past_particle(doc: Doc, span: Span) -> Span:
    """A name never ends in a lower-case particle: spaCy's entity cut after "del" in "Carlos del Cerro Grande" runs
    on over the capitalised proper nouns after it."""
    stop = span.end
    if span[-1].text in ROLES.name_particles:
        while stop < len(doc) and stop - span.start < MAX_NAME_TOKENS and doc[stop].pos_ == "PROPN" \
                and doc[stop].text[:1].isupper() and doc[stop].text.replace("-", "").isalpha():
            stop += 1
    return doc[span.start:stop]


def _apostrophe_word(token) -> bool:
    """A capitalised proper noun with an apostrophe inside ("Kan’ani", "O'Brien"), where spaCy's names often stop."""
    inner = token.text[1:-1]
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and ("’" in inner or "'" in inner)
            and token.text.replace("’", "").replace("'", "").isalpha())


def _particle_led(text: str) -> bool:
    """A name written from a lower-case particle joined to a capitalised word: "al-Burhan", "el-Sisi"."""
    particle, _, rest = text.partition("-")
    return particle in ROLES.name_particles and rest[:1].isupper()


def _hyphen_syllable(doc: Doc, index: int) -> bool:
    """A lower-case syllable joined by a hyphen to the word before: the end of a Korean given name ("Moon Jae-in",
    "Yoon Suk-yeol"), never a headline's word, which a headline capitalises and spaces."""
    return (index >= 2 and doc[index].text.islower() and doc[index - 1].text == "-"
            and not doc[index - 2].whitespace_ and not doc[index - 1].whitespace_)


def _word(token) -> str:
    return word_of(token.text)
