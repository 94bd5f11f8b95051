"""Where the text gives one name mention its title: before the name, in apposition, after a comma, by a copula."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.appositives import (
    bracketed_title_before, comma_before, field_link, held_with, hyphened_word_start, in_opening_phrase,
    office_over_body, sets_off_complement, title_phrase_before, title_with_complement_before,
    with_body_of_list, with_conjuncts, without_clause_head)
from quotelens.findings.people.bodies_after import with_body_after
from quotelens.findings.people.bracketed_fields import title_before_bracket
from quotelens.findings.people.bracketed_bodies import with_body_bracketed
from quotelens.findings.people.organisations import body_name_ending_at, country_name_ending_at, in_body_name
from quotelens.findings.people.other_holders import own_part
from quotelens.findings.people.portfolios import joins_fields
from quotelens.findings.people.staff_offices import of_a_head
from quotelens.findings.people.predicates import appointed_as, title_by_appointment, title_by_capacity, title_by_copula
from quotelens.findings.people.headlines import is_headline
from quotelens.findings.people.list_items import opens_next_item, runs_into_a_name, set_after_a_name
from quotelens.findings.people.set_off_offices import office_instead, office_joined_before
from quotelens.findings.people.titles import (ROLES, Title, build_title, canonical_head, holder_after_link,
                                              holds_head, is_official_title, opens_head, singular)
from quotelens.language.syntax import CLAUSE_DEPS, elides_into_next, text_of, word_of
from quotelens.language.tree import children, lefts

_RELATIVE_PRONOUNS = {"WP", "WP$"}  # "who", "whose": a clause about the person after the appositive
_DASHES = {"–", "—", "-"}  # set off an appositive when spaced: "Name – Title;" (a hyphen too, in plain text)


def find_title(doc: Doc, name: Span) -> Title | None:
    """Find the title the text gives one name mention, or None.

    Tried in order: a title before the name ("Russian President Vladimir Putin"), an abbreviation read from the text
    ("Sens."), a title phrase the name stands in apposition to ("the North's leader, Kim Jong Un"), a title phrase set
    off by a comma that the parser did not link ("the spokesperson of the US Department of State, Matthew Miller
    said"), an appositive after the name ("Matthew Miller, the State Department spokesperson"), a copula ("Miller is
    the spokesman", "Miller, who is ..."), a head right before the name read from the words alone, an appointment, a
    capacity, and last an editor's bracketed title (a relative's title, "his wife", waits for an office). Lines in
    title case (headlines) give no titles."""
    if is_headline(text_of(doc), name.start_char):
        return None  # in a title-case headline every word looks like part of a title ("Lawmakers Rip Trump")
    courtesy = fallback = kin = None
    for finder in (_title_before, _abbreviation_before, _title_governing, title_phrase_before, _title_after,
                   title_by_copula, _title_by_surface, title_with_complement_before, title_before_bracket,
                   title_by_appointment, title_by_capacity, bracketed_title_before):
        title = finder(doc, name)
        if kin is not None and not (title and title.is_official):
            continue
        cut = own_part(doc, name, title) if title is not None else None  # never another's name; a cut one waits
        if cut is not title:
            fallback = fallback or cut
            continue
        if title is not None and (finder in (_title_governing, title_phrase_before) and set_after_a_name(doc, title)
                                  or finder is _title_after and (opens_next_item(doc, title, name.start)
                                                                 or runs_into_a_name(doc, title))):
            continue  # the appositive of the name before ("A, Chairperson of X, B, Head of Y"), the next's title
        if title is not None and title.formal and not title.is_official and word_of(title.text) in ROLES.abbreviations:
            courtesy = courtesy or title  # a courtesy, "Dr. Ekow Spio-Garbrah, Trade Minister": the office first
            continue
        if title is not None and not title.is_official and finder in (_title_governing, title_phrase_before):
            # The parse hung the name on a description of someone else: its own office after it, a complement.
            title = office_instead(doc, name, title, (_title_after(doc, name), title_with_complement_before(doc, name)))
        if title is not None:
            title = of_a_head(doc, with_body_after(doc, name, with_body_bracketed(doc, title)))
            title = _with_country_of_description(doc, name, title)
            ranked = finder is _title_before and title.head in ROLES.military_ranks and title.organization is None
            title = ranked and _office_beside(doc, name) or (
                with_body_of_list(doc, name, title, _title_before) if finder is _title_before else title)
            if title.is_official or title.head not in ROLES.kinship_heads:
                return title
            kin = kin or title  # "Ortega's wife and vice-president Rosario Murillo": the office first
    return kin or fallback or courtesy


def _office_beside(doc: Doc, name: Span) -> Title | None:
    """The office set off beside a name a bare rank stands before, as for "Dr." (a rank is a style): "Brigadier
    General Nabil Abdullah, the army's spokesman"; "Zimbabwe Defence Forces Commander, General Phillip Sibanda"."""
    for finder in (_title_governing, title_phrase_before, _title_after):
        if (title := finder(doc, name)) and title.is_official and title.head not in ROLES.military_ranks and own_part(
                doc, name, title) is title and not (finder is not _title_after and set_after_a_name(doc, title)):
            return _with_country_of_description(doc, name, with_body_after(doc, name, title))
    return None


def _with_country_of_description(doc: Doc, name: Span, title: Title) -> Title:
    """An office with no organisation takes the country of a description set off before its mention ("his Indian
    counterpart, Lieutenant General Rajiv Ghai"), or the body of an office after it held with it (appositives.py)."""
    if title.organization is not None or not title.is_official:
        return title
    for finder in (_title_governing, title_phrase_before, _title_after):
        other = finder(doc, name)
        if other is not None and other.is_official and other.organization is not None and (word_of(
                other.organization) in ROLES.countries or finder is _title_after and held_with(doc, title, other)):
            return replace(title, organization=other.organization)
    return title


def shared_title(doc: Doc, name: Span, title: Title) -> Title:
    """Another name's plural title for this name, with this name's own "of <place>" if it has one ("Govs. Chris Christie
    of New Jersey and John Kasich of Ohio": Kasich's organisation is Ohio, not New Jersey); an organisation the plural
    title's own words name is all of theirs ("US Senators Lindsey Graham and Richard Blumenthal")."""
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    words = [token for token in lefts(span.root) if token.i < span.start] + list(span) if span is not None else []
    own = title.organization is not None and any(
        title.organization in (token.text, ROLES.country_adjectives.get(word_of(token.text))) for token in words)
    return title if own else with_body_after(doc, name, replace(title, organization=None))


def _title_before(doc: Doc, name: Span) -> Title | None:
    """Premodifiers of the name that hold a title head: "North Korean leader Kim Jong Un"."""
    name_tokens = set(range(name.start, name.end))
    sentence_start = name.sent.start
    start = name.start
    while start > sentence_start:
        token = doc[start - 1]
        if token.text == ")" and start - 4 >= sentence_start and doc[start - 3].text == "(" and doc[start - 2].is_upper \
                and doc[start - 4].text[:1].isupper():
            start -= 3  # a body's acronym, and the body's name before it: "European Commission (EC) President"
            while start > sentence_start and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
                start -= 1
            continue
        if token.pos_ == "CCONJ" and joins_fields(doc, token.i) or _inline_space(token):
            start -= 1  # "Security and borders minister": two fields of one office; "reporter\xa0Julia Hahn"
            continue
        if token.dep_ == "det" or token.pos_ in {"PRON", "CCONJ", "SCONJ"} or token.is_space:
            break
        # Participles stay ("retired", "elected"); a verb that governs the name ends the title.
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "compound"} and not token.ent_type_:
            break
        if token.is_punct and token.text not in {"-", "–", "."}:
            break
        if token.text in {"-", "–"} and (token.whitespace_ or token.i > 0 and doc[token.i - 1].whitespace_):
            break  # a dash set off by a space ends a dateline, it joins no words: "VOV.VN - Prime Minister Pham"
        if in_body_name(token) and holder_after_link(doc, token.i, name.start):
            break  # the body is the holder's, not the title's: "The Government of Prime Minister Narendra Modi"
        if in_body_name(token):
            start -= 1  # "U.S. Commission on International Religious Freedom chair": the body's name goes on
            while start > sentence_start and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
                start -= 1
            break
        if field_link(doc, token, start, name):  # "member of parliament Wan Ahmad": the name hangs on "of"
            start = max(sentence_start, doc[token.i - 1].left_edge.i)  # with the head's own words before it
            break
        if not _leads_into(token, name_tokens, sentence_start, name.end):
            # "Ministry of Foreign Affairs spokesperson Ahmed Abu Zeid": the field hangs on "of", the body goes on.
            body = body_name_ending_at(doc, start - 1, sentence_start)
            link = next((index for index in range(body, start) if doc[index].pos_ == "ADP"), None) if body is not None \
                else None
            start = start if body is None or link is not None and holder_after_link(doc, link, start) else body
            break
        start -= 1
    if start == name.start or start > sentence_start and _in_hyphenated_word(doc, doc[start - 1]):
        return None  # the parse split a word ("vice-premier"): the title is read from the words (_title_by_surface)
    # "Solomon Islands Prime Minister Jeremiah Manele": the tagger read the country as a person, the parse hung it.
    country = country_name_ending_at(doc, start - 1, sentence_start)
    start = start if country is None else country
    return office_joined_before(doc, start, build_title(doc, doc[start:name.start], True, generic="person"))


def _title_by_surface(doc: Doc, name: Span) -> Title | None:
    """A title written right before the name, read from the words alone when the parse tied it elsewhere.

    "both President Obama and Republican presidential nominee Donald Trump" may come out with "nominee" as a
    conjunct of Obama: the word before the name must be a title head, and the title runs back over
    adjectives and nouns that are not part of another name.
    """
    start = name.start - 1
    while start > 0 and _inline_space(doc[start]):
        start -= 1
    if start < 0 or canonical_head(doc[start]) is None:
        return None
    sentence_start = name.sent.start
    while start > sentence_start:
        token = doc[start - 1]
        if _in_hyphenated_word(doc, token):
            start -= 1  # "Chinese vice-premier Liu He"
            continue
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} or token.ent_type_ == "PERSON" or token.is_punct:
            break
        start -= 1
    body = body_name_ending_at(doc, start - 1, sentence_start)  # "Ministry of Foreign Affairs spokesperson"
    start = start if body is None or holder_after_link(doc, start - 1, name.start) else body
    return build_title(doc, doc[start:name.start], formal_allowed=True, generic="person")


def _inline_space(token: Token) -> bool:
    """A space the tokenizer kept as a token inside a line: a non-breaking space between a title and its name."""
    return token.is_space and "\n" not in token.text


def _in_hyphenated_word(doc: Doc, token: Token) -> bool:
    """A hyphen written without spaces inside one word ("vice-premier"), or the word before it."""
    hyphen = token if token.text in {"-", "–"} else doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (hyphen is not None and hyphen.text in {"-", "–"} and 0 < hyphen.i < len(doc) - 1
            and not doc[hyphen.i - 1].whitespace_ and not hyphen.whitespace_)


def _abbreviation_before(doc: Doc, name: Span) -> Title | None:
    """An abbreviated title right before the name, read from the text: spaCy may split "Sens." into "Sens" and
    a sentence-ending "." and then parse the name as a new sentence."""
    before = text_of(doc)[max(0, name.start_char - 16):name.start_char]
    if not before.endswith(" ") or not before.strip():
        return None
    written = before.split()[-1]
    head = ROLES.abbreviations.get(word_of(written))
    if head is None:
        return None
    start = name.start_char - len(before) + before.rstrip().rfind(written)
    plural = word_of(written).endswith("s.") and word_of(written)[:-2] + "." in ROLES.abbreviations
    official = is_official_title(head, [word_of(written)], None, False, True)
    # A demonym right before it is the office's country: "Israeli PM Netanyahu" (the parse may hang "PM" elsewhere).
    preceding = text_of(doc)[max(0, start - 30):start].split()
    country = ROLES.country_adjectives.get(word_of(preceding[-1])) if preceding else None
    return Title(singular(written) if plural else written, head, country, official, start, start + len(written), True,
                 plural)


def _leads_into(token: Token, name_tokens: set[int], lo: int, hi: int) -> bool:
    """Whether the token's chain of heads reaches the name without leaving ``doc[lo:hi]``."""
    for _ in range(12):
        if token.i in name_tokens:
            return True
        if not lo <= token.head.i < hi or token.head is token:
            return False
        token = token.head
    return token.i in name_tokens


def _title_governing(doc: Doc, name: Span) -> Title | None:
    """The name is an appositive of a title noun before it: "the RT editor in chief, Margarita Simonyan"."""
    root = name.root
    head = root.head
    if root.dep_ != "appos" or head.i >= name.start or head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ == "PERSON":
        return None  # an appositive to another person's name is a misparse, not a title
    holder = office_over_body(head)  # "director-general of the department Malebo …": the name hung on the body
    start = hyphened_word_start(doc, (holder or head).left_edge.i)  # "Brazil's vice-president, Geraldo Alckmin"
    end = comma_before(doc, name)  # the name's own formal title and untagged words are no part of the description
    end = end if doc[end].text == "," else end + 1
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if canonical_head(head) is None and holder is None:
        # "an admirer in British diplomat Sir Peter Westmacott": the title is the phrase after the preposition.
        links = [token.i for token in doc[start:end] if token.pos_ == "ADP"]
        if links:
            start = links[-1] + 1
    # Stop before a second appositive, a clause or a second conjunct ("the RT host and former MSNBC personality"),
    # not inside the office's own field ("Minister of Information and Culture").
    for token in doc[head.i + 1:end]:
        if token.dep_ in CLAUSE_DEPS - {"punct", "conj"} and token.head.i >= head.i \
                and not (token.dep_ == "cc" and joins_fields(doc, token.i)):
            end = token.i
            break
    phrase = doc[start:end]
    if any(token.text == "," and not sets_off_complement(doc, token, head) for token in phrase):
        return None  # a list, not a title
    return build_title(doc, phrase, formal_allowed=False, generic="person")


def _title_after(doc: Doc, name: Span) -> Title | None:
    """An appositive after the name: "Matthew Miller, the State Department spokesperson," or "(spokesman)", or
    set off by a dash as lists of designated officials write them ("Vakhtang Gomelauri – Minister of Internal
    Affairs of Georgia;")."""
    if name.end >= len(doc) or not _sets_off_appositive(doc[name.end]) or in_opening_phrase(name):
        return None
    appointed = appointed_as(doc, name)
    if appointed is not None:
        return appointed
    for token in name:
        for child in children(token, "appos"):
            if child.i > name.end and child.pos_ in {"NOUN", "PROPN"} and not elides_into_next(child) \
                    and not _in_hyphenated_word(doc, child) and not _in_hyphenated_word(doc, doc[child.i - 1]):
                phrase = without_clause_head(doc, with_conjuncts(doc, child))
                if next(token for token in phrase if token.pos_ != "ADV").pos_ in {"ADP", "SCONJ"}:
                    continue  # "Zuckerberg, ..., just as his role models Warren Buffett": the phrase is another's
                title = build_title(doc, phrase, formal_allowed=False, generic=child.pos_ == "NOUN")
                if title is not None:
                    return title
    end = name.end + 1  # the parser may miss the apposition or hang it on the name before: read to a comma or "who"
    while end < len(doc) and end - name.end < 20 and doc[end].pos_ not in {"VERB", "AUX"} and (not doc[end].is_punct
            or doc[end].is_quote or _in_hyphenated_word(doc, doc[end])) and doc[end].tag_ not in _RELATIVE_PRONOUNS:
        end += 1  # a split word stays whole: "Vice-President and Prime Minister of UAE"; a quoted body too
    if end >= len(doc) or doc[end].text not in {",", ")", ".", ";", "—", "–", "("} and doc[end].tag_ not in \
            _RELATIVE_PRONOUNS:  # "(" opens an acronym; "Porras, the National Assembly speaker who's seen as"
        return None
    phrase = doc[name.end + 1:end]
    if len(phrase) == 0 or not holds_head(phrase) or phrase[0].pos_ in {"ADP", "SCONJ"} and not opens_head(phrase):
        return None  # "Zayed, during his reception of his counterpart," says when, not who he is; not "Under Secretary"
    if phrase[0].pos_ == "CCONJ":
        return None  # "…, Erick Thohir, and Minister of Tourism Sandiaga Uno": a list's next item, not his office
    return build_title(doc, phrase, formal_allowed=False)


def _sets_off_appositive(token: Token) -> bool:
    """A comma, an opening bracket, or a dash with space on both sides (a hyphen inside a word joins, not sets off)."""
    if token.text in {",", "("}:
        return True
    return token.text in _DASHES and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
