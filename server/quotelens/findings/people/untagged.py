"""Names written right after a title, whether or not spaCy tagged them ("spokesperson Oncu Keceli said")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from quotelens.findings.people.headlines import is_headline
from quotelens.findings.people.titles import ROLES, canonical_head
from quotelens.language.entities import entity_of
from quotelens.language.syntax import text_of, word_of
from quotelens.language.vocabulary import word_list


# Entity kinds a run of capitals after a title never is a name in: dates, numbers, money and the like.
_NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW", "EVENT"}
# Words inside a formal title's complement besides capitalised ones: "Minister of Foreign Affairs of Iran", "envoy to
# Ukraine".
_COMPLEMENT_LINKS = {"of", "for", "to", "at", "the", "and", "&"}
# An owner's possessive inside the complement: a country's ("head of Russia's Chechen Republic") or a body's ("Chairman
# of the Riigikogu's Foreign Affairs Committee Marko Mihkelson").
_POSSESSIVES = {"'s", "’s"}
# The head words of a body's unit ("Domestic Policy Directorate"), which end a body's name and open no person's.
_UNIT_HEADS = frozenset(word_list("roles", "unit_heads"))
# An initial (one or two letters) joined by a full stop to a capitalised name: "P.Sergelen", "Ts.Munkh-Orgil".
_INITIAL_JOINED = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# What closes a name set off after a title's comma, and the entity kinds no name set off so is read as.
_SET_OFF_ENDS = {",", ";", ".", "(", ":"}
_PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}
# Links inside a body's name that a person's name never holds: "Association of Southeast Asian Nations".
_BODY_NAME_LINKS = {"of", "for", "on"}


def names_after_titles(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Names written right after a title, whether or not spaCy tagged them: "Foreign Ministry spokesperson Oncu
    Keceli said", "President Abdel Fattah Al-Sisi" (where only "Al-Sisi" was tagged), "Dr. Ekow Spio-Garbrah".

    The run of capitalised proper nouns after a title head, abbreviation or honorific (or after the capitalised
    complement of a formal title, "Minister of Foreign Affairs Margus Tsahkna") is a name when it is two or
    three words long and ends where the proper nouns end; a mention inside it is stretched to the whole run. A title
    phrase set off by a comma before the name counts when the name is set off after it too ("the head of Nicaragua's
    National Assembly, Gustavo Porras Cortes;", the name tagged a body's or not at all).
    """
    text = text_of(doc)
    taken = {token.i: span for span in mentions for token in span}
    added, replaced = [], set()
    alone = _words_standing_alone(doc)
    for token in doc:
        if not _introduces_name(doc, token) or is_headline(text, token.idx):
            continue
        if added and added[-1].start <= token.i < added[-1].end:
            continue  # a word of the name just read, tagged as a body's ("spokesman Dino Patti Djalal"), titles none
        if token.i + 1 < len(doc) and _introduces_name(doc, doc[token.i + 1], tagged=False):
            continue  # the title goes on: "Minister of Foreign Affairs Margus Tsahkna"
        first = token.i + 1 + _comma_setting_off(doc, token)
        end, words = first, 0
        while end < len(doc) and words < 4:
            if not words and _initial_joined(doc[end]):
                end, words = end + 1, 2  # "Minister of Defense N.Enkhbold": a patronymic's initial and the name
            elif _name_word(doc[end]):
                # A word hyphened to the one before is part of it: "Abd-Rabbu Mansour Hadi" is three words.
                end, words = end + 1, words + (not (words and doc[end - 1].text == "-"))
            elif words and _joins_name(doc, end):
                end += 1  # "Al-Sisi", "Spio-Garbrah"
            elif not words and word_of(doc[end].text) in ROLES.given_name_abbreviations:
                end += 1  # "Justice Md. Shafiul Alam Mahmud": "Md." is Muhammad abbreviated, a name's, no word more
            elif words and _inner_particle(doc, end):
                end += 1  # "Envoy Staffan de Mistura", "Justice Celso de Mello": the particle is no word of its own
            else:
                break
        run = doc[first:end]
        if not 2 <= words <= 3 or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue
        if first > token.i + 1 and not _set_off_name(doc, run):
            continue
        if _only_tagged(token) and _ends_a_body_name(doc, run) and run[-1].text not in alone \
                or _restated_by_acronym(doc, run):
            continue  # "envoy of the Association of Southeast Asian Nations", "Minister for Information Communication
            # Technology (ICT)"
        inside = {id(taken[t.i]): taken[t.i] for t in doc[token.i:run.end] if t.i in taken}
        # A mention that runs on past the name, or starts before the title word, is another reading: kept.
        if any(span.end > run.end or span.start < run.start and span.start > token.i for span in inside.values()):
            continue
        replaced.update(inside)
        added.append(run)
        taken.update((t.i, run) for t in run)
    kept = [span for span in mentions if id(span) not in replaced]
    return sorted([_with_first_name(doc, span, taken) for span in kept + added if id(span) not in replaced],
                  key=lambda span: span.start)


def _initial_joined(token) -> bool:
    """A name written as one word after the initial of a patronym, as Mongolian outlets write names: "P.Sergelen",
    "Ts.Munkh-Orgil" (where the tokenizer keeps them whole)."""
    return token.pos_ == "PROPN" and _INITIAL_JOINED.fullmatch(token.text) is not None and not (
        token.ent_type_ in _NOT_NAME_LABELS or token.ent_type_ in _PLACE_LABELS)  # "St.Petersburg" is a place


def _comma_setting_off(doc: Doc, token) -> int:
    """1 when a comma right after a title word sets off the name that follows as an appositive ("The head of the
    Cabinet of Ministers, Akylbek Japarov, said"); an abbreviation or honorific is never set off from its name."""
    word = word_of(token.text)
    return int(token.i + 1 < len(doc) and doc[token.i + 1].text == "," and word not in ROLES.abbreviations
               and word not in ROLES.honorifics and not token.ent_type_ == "PERSON")


def _set_off_name(doc: Doc, run: Span) -> bool:
    """Whether a run after a title's comma stands as a name in apposition: closed off as the title was (a comma, a
    semicolon, a bracket, the sentence's end) or followed by its verb, and no place's name ("the mayor of the
    district, Santa Cruz," is the place)."""
    after = doc[run.end] if run.end < len(doc) else None
    closed = after is None or after.text in _SET_OFF_ENDS or after.pos_ in {"VERB", "AUX"}
    return closed and not any(token.ent_type_ in _PLACE_LABELS for token in run)


def _only_tagged(token) -> bool:
    """Whether a word of a title's complement introduces a name only by spaCy's tag, not by what it is ("Southeast"
    in "the Association of Southeast Asian Nations"; "Ministers", "Iran", "Commerce" introduce a name by their word)."""
    word = word_of(token.text)
    return not (canonical_head(token) is not None or word.endswith("s") and word[:-1] in ROLES.heads
                or word in ROLES.portfolio_words or word in ROLES.state_org_words or word in ROLES.countries
                or word in ROLES.country_adjectives or word in ROLES.abbreviations or word in ROLES.honorifics)


def _restated_by_acronym(doc: Doc, run: Span) -> bool:
    """Whether an acronym in brackets right after the run holds its initials in order: the run ends a body's or a
    field's name ("Secretary General of the East African Community (EAC)"), which no person's name is followed by
    ("Imran Khan (PTI)" keeps his)."""
    if run.end + 2 >= len(doc) or doc[run.end].text != "(" or doc[run.end + 2].text != ")":
        return False
    acronym, initials = doc[run.end + 1].text, "".join(token.text[0] for token in run if token.is_alpha)
    return acronym.isupper() and initials.upper() in acronym


def _ends_a_body_name(doc: Doc, run: Span) -> bool:
    """Whether the run ends a body's name spaCy tagged with a link inside ("the Association of Southeast Asian
    Nations"): a person's name holds no "of" or "for"."""
    if run[0].ent_iob_ != "I" or run[0].ent_type_ in {"", "PERSON"}:
        return False
    return any(token.lower_ in _BODY_NAME_LINKS for token in doc[entity_of(run[0]).start:run[0].i])


def _words_standing_alone(doc: Doc) -> frozenset[str]:
    """Capitalised words written with no capitalised word beside them, as a surname is when the text names a person
    again ("The Prime Minister of the Government of National Unity Abdul Hamid Dbeibah said ... , Dbeibah added",
    where spaCy's body name ran on into the name); a body's last word never stands so ("Nations" in "the Association
    of Southeast Asian Nations", "the United Nations")."""
    def capitalised(index: int) -> bool:
        return 0 <= index < len(doc) and doc[index].is_alpha and doc[index].text[:1].isupper()
    return frozenset(token.text for token in doc if capitalised(token.i) and not capitalised(token.i + 1)
                     and (token.is_sent_start or not capitalised(token.i - 1)))


def _with_first_name(doc: Doc, span: Span, taken: dict) -> Span:
    """A one-word mention with the given name spaCy left out, set off by a comma before it: "The People's Power
    Minister for Foreign Relations, Félix Plasencia, stated" (only "Plasencia" tagged)."""
    start = span.start
    if len(span) != 1 or start < 2 or start - 1 in taken or not _name_word(doc[start - 1]) \
            or doc[start - 1].ent_type_ or doc[start - 2].text != ",":
        return span
    return doc[start - 1:span.end]


def _introduces_name(doc: Doc, token, tagged: bool = True) -> bool:
    """A title word a name may follow: a head or abbreviation ("spokesperson", "Sen."), an honorific, or the
    last capitalised word of a formal title's complement ("Affairs" in "Minister of Foreign Affairs")."""
    word = word_of(token.text)
    if word in ROLES.abbreviations or word in ROLES.honorifics or canonical_head(token) is not None:
        return True
    if word.endswith("s") and word[:-1] in ROLES.heads and not token.ent_type_:
        # A plural head spaCy took for a proper noun and kept as its lemma: "Foreign Ministers Mauro Vieira"; not one
        # inside a body's name ("the Judges and Magistrates Vetting Board").
        return True
    # A country the tagger ran into the name after it still ends the title's complement: "President of Benin Boni Yayi".
    if not token.text[:1].isupper() or token.ent_type_ == "PERSON" and word not in ROLES.countries or not (
            _names_a_field(word) or word in ROLES.state_org_words or word in ROLES.countries
            or word in ROLES.country_adjectives or tagged and token.ent_type_ in {"GPE", "NORP", "ORG"}):
        return False
    # Back over the complement's capitalised words and links to the head: "Spokesman of Foreign Ministry of Iran".
    index = token.i - 1
    while index >= max(token.sent.start, token.i - 8):
        if canonical_head(doc[index]) is not None:
            return True
        if not (doc[index].text[:1].isupper() or doc[index].lower_ in _COMPLEMENT_LINKS or _inner_hyphen(doc[index])
                or doc[index].lower_ in _POSSESSIVES and index > 0 and doc[index - 1].text[:1].isupper()
                and doc[index - 1].ent_type_ != "PERSON"):  # a person's ("Adeeb's Maldives Third-Way") owns no office
            return False
        index -= 1
    return False


def _inner_hyphen(token) -> bool:
    """A hyphen inside one word of the complement: "Minister of State-Owned Enterprises"."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _names_a_field(word: str) -> bool:
    """A portfolio's field, in the singular or the plural, the last word of a formal title's complement may be:
    "Coordinating Minister for Maritime Affairs and Investments Luhut Pandjaitan", "Minister of State-Owned
    Enterprises Erick Thohir" (the back walk to the head still has to find the title)."""
    fields = ROLES.portfolio_words | ROLES.field_nouns
    return word in fields or word.endswith("s") and word[:-1] in fields


def _joins_name(doc: Doc, index: int) -> bool:
    """A hyphen written without spaces between two name words."""
    return (doc[index].text == "-" and 0 < index < len(doc) - 1 and not doc[index - 1].whitespace_
            and not doc[index].whitespace_ and _name_word(doc[index + 1]))


def _inner_particle(doc: Doc, index: int) -> bool:
    """A lower-case particle between two name words ("de" in "Staffan de Mistura"), where spaCy's names often break
    off or run into a body's name."""
    return (doc[index].text in ROLES.name_particles and index < len(doc) - 1 and doc[index].whitespace_ == " "
            and _name_word(doc[index + 1]))


def _ends_tagged_name(token) -> bool:
    """Whether a word ends the entity a proper noun before it opens, as a surname the tagger read as a plural common
    noun does ("the Ukrainian diplomat Inna Ohnivets", both words one entity)."""
    doc, index = token.doc, token.i
    return (token.ent_iob_ == "I" and token.ent_type_ in {"PERSON", "ORG"} and doc[index - 1].pos_ == "PROPN"
            and (index + 1 == len(doc) or doc[index + 1].ent_iob_ != "I"))


def _name_word(token) -> bool:
    """A word that may be part of a name after a title: a capitalised proper noun outside the vocabularies. An
    apostrophe inside a word is a letter of a name ('O’Brien', Samoan 'So’onalole', whose glottal stop is written
    so), which the tagger may read as a common noun, as it may a surname that ends an entity."""
    word = word_of(token.text)
    letters = token.text.replace("-", "")
    inner = letters[:1] + letters[1:-1].replace("’", "").replace("'", "") + letters[-1:]
    misread = token.pos_ == "NOUN" and (inner != letters or _ends_tagged_name(token))
    return ((token.pos_ == "PROPN" or misread) and token.text[:1].isupper() and inner.isalpha()
            and token.ent_type_ not in _NOT_NAME_LABELS and word not in ROLES.heads
            and word not in ROLES.abbreviations and word not in ROLES.honorifics and word not in ROLES.title_modifiers
            and word not in ROLES.country_adjectives and word not in ROLES.countries
            and word not in ROLES.state_org_words and word not in ROLES.nonstate_org_words and word not in _UNIT_HEADS
            and word not in ROLES.not_person_words and word not in ROLES.headline_words)
