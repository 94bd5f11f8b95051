"""Where an appositive after a name ends, whether the words after the name's comma are one at all, a title phrase
set off by a comma before a name or running up to it over its complement, and the body a list of titled names shares."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.body_kinds import organization_kind
from quotelens.findings.people.complements import qualifier_before
from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.portfolios import joins_fields_list, opens_fields
from quotelens.findings.people.titles import Title, build_title, canonical_head, is_official_title
from quotelens.language.entities import entity_of
from quotelens.language.syntax import CLAUSE_DEPS, phrase_of, word_of
from quotelens.language.tree import children


def in_opening_phrase(name: Span) -> bool:
    """The name ends a preposition's phrase that opens its sentence and the words after its comma start the main
    clause: they hold its subject ("For Trump, a majority of likely voters, 56%, have ...") or the sentence has no
    verb of its own to be the main clause ("Unlike Trump, Clinton's supporting civil rights."). Not "Like Obama, a
    former senator, Clinton has run"."""
    link, sentence = name.root.head, name.sent
    if name.root.dep_ != "pobj" or link.pos_ != "ADP" or link.i != sentence.start:
        return False
    after = name.doc[name.end + 1:sentence.end]
    end = next((token.i for token in after if token.is_punct), sentence.end)
    subject = any(token.dep_ in {"nsubj", "nsubjpass"} and not name.end < token.head.i < end
                  for token in name.doc[name.end + 1:end])
    return subject or sentence.root.pos_ not in {"VERB", "AUX"}


def without_clause_head(doc: Doc, phrase: Span) -> Span:
    """An appositive the parser headed with a verb's -ing form that governs a clause of its own ("the former
    secretary of state bidding to make history"): the title ends before that word."""
    last = phrase[-1]
    governs_clause = any(child.pos_ == "VERB" for child in children(last, *CLAUSE_DEPS))
    if len(phrase) > 1 and last.lower_.endswith("ing") and governs_clause:
        return doc[phrase.start:last.i]
    return phrase


def with_conjuncts(doc: Doc, head: Token) -> Span:
    """A title noun's phrase with the title nouns coordinated to it: "senior trader and strategist at Tempus Inc."
    (the body after the last one is the body of both)."""
    phrase = phrase_of(doc, head)
    if phrase.end < head.right_edge.i and doc[phrase.end].is_quote:
        # A body's name in quotation marks is still the phrase's: 'President of the so-called "Supreme Political
        # Council"'.
        closing = next((token.i for token in doc[phrase.end + 1:head.right_edge.i + 2] if token.is_quote), None)
        phrase = doc[phrase.start:closing + 1] if closing is not None else phrase
    for child in children(head, "conj"):
        if child.i > head.i and child.pos_ == "NOUN" and canonical_head(child) is not None:
            phrase = doc[phrase.start:max(phrase.end, phrase_of(doc, child).end)]
    for child in children(head, "prep"):
        body = children(child, "pobj")
        ends_name = body and body[0].ent_type_ == "ORG" and not (body[0].i + 1 < len(doc)
                                                                 and doc[body[0].i + 1].ent_iob_ == "I")
        if child.i == phrase.end and ends_name:
            # The parser hangs the shared body on the first noun, after the last one: "at Tempus Inc." (a body
            # whose name ends there; not "of four", nor a cut "of Concerned Women" of a longer name).
            phrase = doc[phrase.start:body[0].i + 1]
    return phrase


def comma_before(doc: Doc, name: Span) -> int:
    """The index of the token before the name and its own capitalised formal title ("…, Major General Kashif
    Abdullah"): where a description set off by a comma would end."""
    index = name.start - 1
    # A capitalised word the parse joins to the name is the name's though spaCy left it out ("Fiame" in "Samoa's
    # Prime minister, Fiame Naomi Mata'afa").
    while index > 0 and not doc[index].is_sent_start and doc[index].text[:1].isupper() and (
            canonical_head(doc[index]) is not None or word_of(doc[index].text) in ROLES.abbreviations
            or word_of(doc[index].text) in ROLES.title_modifiers
            or doc[index].dep_ == "compound" and name.start <= doc[index].head.i < name.end):
        index -= 1
    return index


def field_link(doc: Doc, token: Token, start: int, name: Span) -> bool:
    """The "of" or "for" a name hangs on between a head and its fields ("Minister of Justice Aboubacarr Tambadou")."""
    fields = doc[start:name.start]
    return (token.lower_ in {"of", "for"} and name.root.head.i == token.i and token.i > name.sent.start
            and canonical_head(doc[token.i - 1]) is not None and len(fields) > 0 and all(
                field.is_lower and canonical_head(field) is None or word_of(field.text) in ROLES.portfolio_words
                for field in fields))  # lower-case words with no head ("member of parliament X"), or a portfolio's


def sets_off_complement(doc: Doc, comma: Token, head: Token) -> bool:
    """Whether a comma only sets off a complement of the title noun: "The minister of internal affairs, of the
    federal government of Somalia, Mohamed …" (a list would go on with another noun)."""
    after = doc[comma.i + 1] if comma.i + 1 < len(doc) else None
    return after is not None and after.dep_ == "prep" and after.head.i == head.i


def title_phrase_before(doc: Doc, name: Span) -> Title | None:
    """A title phrase ending in a comma right before the name, or before the name's own formal title: "the
    spokesperson of X, Matthew Miller", "Pakistan's Director General of Military Operations (DGMO), Major General
    Kashif Abdullah"."""
    comma = comma_before(doc, name)
    last = comma - 1
    if last > 2 and doc[last].text == ")" and doc[last - 2].text == "(" and doc[last - 1].is_upper:
        last -= 3  # the body's or office's acronym: "(DGMO)"
    if comma < 1 or doc[comma].text != "," or doc[last].is_punct:
        return None
    token = doc[last]
    steps, passed_name = 0, False
    # The highest title head met on the way up before another name: "comments made by French Minister for Europe
    # and Foreign Affairs, Stephane Sejourne" climbs past the minister to the verb; the word before the comma
    # counts ("Foreign Affairs and International Trade Minister, Sibusiso Moyo", hung on "Affairs").
    highest = token if _formal_office(token) else None
    lowest = highest  # the first head met: the item's own title when the climb runs on into a list
    # A head is always in its token's sentence; Token.sent would walk the sentence for every name.
    while token.head.i < comma and token.head is not token and steps < 12:
        token = token.head
        steps += 1
        passed_name = passed_name or token.ent_type_ == "PERSON"
        highest = token if canonical_head(token) is not None and not passed_name else highest
        lowest = lowest or (token if canonical_head(token) is not None and not passed_name else None)
    if canonical_head(token) is None:
        token = _head_by_surface(doc, last + 1) or highest
        if token is None:
            return None
    title = _standing_phrase(doc, token, comma)
    if title is None and lowest is not None and lowest.i != token.i:
        # "…; the minister of health, Sonia Castro Gonzalez; and …": the climb ran on to the list's first item.
        title = _standing_phrase(doc, lowest, comma)
    return title


def _formal_office(token: Token) -> bool:
    """An official head outside a person's or place's name: "Minister" in "International Trade Minister, Sibusiso
    Moyo", not "Head" in "Hilton Head" nor "voters" in "told Indiana voters, Donald Trump said"."""
    head = canonical_head(token)
    return head is not None and head in ROLES.official_heads and token.ent_type_ not in {"PERSON", "GPE", "LOC"}


def _standing_phrase(doc: Doc, token: Token, comma: int) -> Title | None:
    """The title phrase headed by ``token`` that ends at the comma, if it stands alone before the name."""
    left = hyphened_word_start(doc, token.left_edge.i)
    while left < comma and (doc[left].is_space or doc[left].is_punct):
        left += 1
    # Alone: at a sentence start, after punctuation, a verb, "and", a preposition over more than a word ("In general, X").
    before = doc[left - 1] if left > 0 and not doc[left].is_sent_start else None
    if before is not None and not (before.is_punct or before.is_space or before.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}
                                   or before.pos_ == "ADP" and before.i == token.head.i and comma - left > 1):
        return None
    phrase = doc[left:comma]
    # A comma inside a body's name is no list's: "the Ministry of Information, Publicity and Broadcasting Services".
    if len(phrase) > 14 or any(word.text == "," and not sets_off_complement(doc, word, token)
                               and not (word.ent_type_ and word.ent_iob_ == "I")
                               and not joins_fields_list(doc, word, token) for word in phrase):
        return None  # a list, not a title
    return build_title(doc, phrase, formal_allowed=False)


def hyphened_word_start(doc: Doc, left: int) -> int:
    """Where a phrase starts once the word its first token is hyphened to is in it: the parser may hang "vice" and
    "-" of "Brazil's vice-president" beside "president", not under it, and the office is the vice-president's."""
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_ and not doc[left - 2].whitespace_:
        left = doc[left - 2].left_edge.i
    return left


def _head_by_surface(doc: Doc, comma: int) -> Token | None:
    """The title noun of a determined phrase right before a comma that the parser did not make the phrase's head:
    "declare persona non grata the ambassador of Mexico in Bolivia, Maria …" (the place hung on the verb), "to
    assassinate a criminal court judge in Fayoum, Tareq Abouzeid" (the name hung on the place). Read from the words:
    an article or a possessive ("Pakistan's", "his"), a title head, then only its complement up to the comma."""
    for index in range(comma - 1, max(comma - 10, 0), -1):
        token = doc[index]
        if token.is_punct and not opens_fields(doc, token) or token.pos_ in {"VERB", "AUX", "PRON", "SCONJ"}:
            return None  # a comma between an office's fields is no end: "Minister of Foreign Affairs, Cooperation and"
        written = [word_of(word.text) for word in doc[max(index - 2, 0):index + 1]]
        ends_head = any(" ".join(written[start:]) in ROLES.heads for start in range(len(written)))
        if (canonical_head(token) is not None or ends_head) and token.left_edge.i < index \
                and (token.left_edge.lower_ in {"the", "a", "an"} or token.left_edge.dep_ == "poss"):
            return token  # "the charge d'affaires of Spain, Cristina …": a head of two words ends at the noun
        if _formal_office(token) and (doc[index - 1].text in {",", ";"} or doc[index - 1].lower_ == "and"):
            return token  # a list item's bare office: "…, You Si-kun and Minister of Foreign Affairs of X, Joseph Wu"
    return None


def with_body_of_list(doc: Doc, name: Span, title: Title, title_before, depth: int = 3) -> Title:
    """A title with no body in a list of titled names takes the body of the item before it (a formal one, only as a
    national office of a country): "U.S.
    Commission on International Religious Freedom chair Nadine Maenza, vice-chair Nury Turkel, and commissioners
    …" (``title_before`` reads an item's own title; ``depth`` bounds the walk back along the list)."""
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    if title.organization or span is None or depth == 0:
        return title
    end = span.start  # read within the sentence: no walk past a sentence start (is_sent_start, not Span.sent)
    while end > 0 and not doc[end].is_sent_start and doc[end - 1].lower_ in {",", "and"}:
        end -= 1
    begin = end
    while begin > 0 and not doc[begin].is_sent_start and doc[begin - 1].pos_ == "PROPN" \
            and doc[begin - 1].text[:1].isupper():
        begin -= 1
    if end == span.start or doc[end].text != "," or begin == end:
        return title  # not an item after a comma in a list of names
    named = entity_of(doc[end - 1])  # a formal title before the item's name is no part of it: "Prime Minister X"
    begin = named.start if named is not None and named.label_ == "PERSON" and begin < named.start else begin
    previous = title_before(doc, doc[begin:end])
    if previous is not None:
        previous = with_body_of_list(doc, doc[begin:end], previous, title_before, depth - 1)
    kind = organization_kind(previous.organization) if previous is not None else None
    # A formal national office takes the country a list's earlier office names ("Estonian Prime Minister Kaja
    # Kallas, Minister of Justice Kalle Laanet"), no other body: a formal title's own words name its body.
    if kind is None or title.formal and not (word_of(previous.organization) in ROLES.countries
                                             and title.head in ROLES.national_offices):
        return title
    words = [word_of(word) for word in title.text.split()]
    return replace(title, organization=previous.organization,
                   is_official=is_official_title(title.head, words, kind, True, False))


def bracketed_title_before(doc: Doc, name: Span) -> Title | None:
    """A title an editor put in brackets before a name, in a quote most often: "deterring (Russian President)
    Vladimir Putin", "[Foreign Minister] Lavrov"."""
    close = name.start - 1
    if close < 2 or doc[close].text not in {")", "]"}:
        return None
    opening = next((index for index in range(close - 1, max(close - 8, name.sent.start - 1), -1)
                    if doc[index].text in {"(", "["}), None)
    if opening is None or opening + 1 == close:
        return None
    return build_title(doc, doc[opening + 1:close], formal_allowed=True)


def office_over_body(body: Token) -> Token | None:
    """The title noun whose "of"/"for" complement a body noun is ("the acting director-general of the department"),
    up to the first word of a hyphenated title; None when the noun is no body word or no title governs it."""
    link = body.head
    if word_of(body.text) not in ROLES.state_org_words | ROLES.nonstate_org_words or body.dep_ != "pobj" \
            or link.lower_ not in {"of", "for"} or canonical_head(link.head) is None:
        return None
    holder = link.head
    while holder.dep_ in {"amod", "compound"} and holder.head.i < holder.i and holder.i - holder.head.i <= 2 \
            and not holder.doc[holder.i - 1].whitespace_:
        holder = holder.head  # "director - general": the title starts at "director"
    return holder


def title_with_complement_before(doc: Doc, name: Span) -> Title | None:
    """A title whose complement runs up to the name, read from the words: "official spokeswoman of the Russian
    Foreign Ministry Maria Zakharova", "Under Secretary of Commerce for Industry and Security Alan F. Estevez",
    "Spokesperson at the US Department of State Edward Price"."""
    if name.root.dep_ == "compound" and name.root.head.i >= name.end:
        return None  # "a spokesman for the Feingold campaign": the name modifies the body, it holds no title
    sentence_start = name.sent.start
    link = None
    position = name.start - 1
    while position > max(sentence_start, name.start - 10):
        token = doc[position]
        if token.lower_ in {"of", "for", "to", "at"} and canonical_head(doc[position - 1 - qualifier_before(doc, position)]) is not None:
            link = position
        elif token.text == "," and link is None and position < name.start - 1 and doc[position + 1].text.istitle():
            pass  # a list of fields: "Undersecretary of State for Economic Growth, Energy and Environment Jose Fernandez"
        elif token.text == "-" and not token.whitespace_ and not doc[position - 1].whitespace_:
            pass  # a hyphen joining two words of the field: "for the Belgrade-Pristina dialogue"
        elif not (token.text[:1].isupper() or token.lower_ in {"of", "for", "to", "at", "and", "the", "&"}
                  or token.tag_ == "POS" or link is None and token.pos_ in {"NOUN", "ADJ", "PROPN"}) or token.is_punct:
            # A possessive inside the field stays: "Commissioner for Children's Rights Maria Lvova-Belova"; so does a
            # lower-case field the tagger called a proper noun ("secretary of commerce for export administration").
            break
        position -= 1
    if link is None or all(word_of(token.text) in ROLES.honorifics for token in doc[link + 1:name.start]):
        return None  # "supporters of Mr. Morales": the name is the complement, not the holder
    start = link - 1 - qualifier_before(doc, link)
    while start > sentence_start:
        token = doc[start - 1]
        named = token.ent_type_ == "PERSON" and word_of(token.text) not in ROLES.country_adjectives  # "Kyrgyz"
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} and not token.text.istitle() or named or token.is_punct:
            break  # capitalised words stay whatever their tag ("Under Secretary")
        start -= 1
    return build_title(doc, doc[_with_owner(doc, start, sentence_start):name.start], formal_allowed=True)


def _with_owner(doc: Doc, start: int, sentence_start: int) -> int:
    """Where a title with a complement starts once a country written as its possessive is taken in ("Russia's
    Commissioner for Children's Rights Maria Lvova-Belova"): the country owns the office as it owns a bare head's
    ("Russia's Commissioner", titles.owner_country), and a possessive never starts a title's own words."""
    owner = start - 2
    if owner < sentence_start or doc[start - 1].tag_ != "POS":
        return start
    entity = entity_of(doc[owner])
    if entity is not None and entity.label_ == "GPE" and entity.end == owner + 1 and entity.start >= sentence_start:
        owner = entity.start
    return owner if word_of(doc[owner:start - 1].text) in ROLES.countries else start


def held_with(doc: Doc, title: Title, after: Title) -> bool:
    """Whether an office set off after a name is held with the title before it ("Major-General Winthai Suvaree, a
    spokesman for the Thai army"): as current or past as it, of a state's body, and naming no one else (",
    Undersecretary of Trade Vidal Llerenas" is the next item of a list)."""
    span = doc.char_span(after.start, after.end, alignment_mode="expand")
    return (after.former == title.former and organization_kind(after.organization) == "state" and span is not None
            and not any(token.ent_type_ == "PERSON" for token in span))
