"""A person's title and organisation as the article writes them, and whether that title is a public office."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.organisations import (LINKS, PLACE_LABELS, is_org_token, organization_kind,
                                                     organization_text, organization_tokens_after,
                                                     organization_tokens_before, organization_word, owner_country)
from quotelens.findings.people.past import closed_term_after, in_the_past, is_past_title, words_before
from quotelens.findings.people.roles import HEADS, LONGEST_HEAD, ROLES
from quotelens.language.syntax import ARTICLES, CLAUSE_DEPS, SUBJECT_DEPS, phrase_of, text_of, word_of


# Longest line read as a possible headline, in characters.
_HEADLINE_MAX = 300


@dataclass(frozen=True)
class Title:
    """A title found for one mention: its words as written, its head word, its organisation, its office."""

    text: str
    head: str
    organization: str | None
    is_official: bool
    start: int
    end: int
    formal: bool = False
    plural: bool = False
    former: bool = False


def head_of(title: str) -> str | None:
    """The canonical head of a written title ("Russian President" → "president", "Sen." → "senator")."""
    words = [word_of(word) for word in title.replace("-", " - ").split()]
    words = _join_hyphens(words)
    found = find_head(words)
    if found is not None:
        return found[2]
    # No known head: the last word before any "of"-phrase ("senior associate for ..." → "associate").
    before_link = words[:next((index for index, word in enumerate(words) if word in LINKS), len(words))]
    return before_link[-1] if before_link else (words[-1] if words else None)


def _join_hyphens(words: list[str]) -> list[str]:
    joined: list[str] = []
    for word in words:
        if joined and (word == "-" or joined[-1].endswith("-")):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def find_head(words: list[str]) -> tuple[int, int, str] | None:
    """Find the title head among lower-case words: the rightmost before any "of"-phrase, longest phrase first.

    Returns (start, end, canonical head) in word positions; abbreviations give the word they stand for.
    """
    best = None
    for start in range(len(words)):
        if best is not None and words[start] in LINKS:
            break
        for size in range(min(LONGEST_HEAD, len(words) - start), 0, -1):
            phrase = " ".join(words[start:start + size])
            canonical = ROLES.abbreviations.get(phrase) or (phrase if phrase in HEADS else None)
            if canonical is None and size == 1 and phrase.endswith("s") and phrase[:-1] in HEADS:
                canonical = phrase[:-1]
            if canonical is None and size == 1 and "-" in phrase.strip("-") and phrase.rsplit("-", 1)[1] in HEADS:
                canonical = phrase.rsplit("-", 1)[1]  # "co-host", "ex-ambassador" (the mark stays in the words)
            if canonical is not None:
                if best is None or start >= best[1] or size > best[1] - best[0]:
                    best = (start, start + size, canonical)
                break
    return best


def is_official_title(head: str, words: list[str], kind: str | None, has_organization: bool, formal: bool) -> bool:
    """Whether a title with this head, these words and this kind of organisation is a public office held now.

    'former', 'candidate', 'campaign' and the like rule the office out. Conditional heads ('president',
    'spokesperson', 'director') follow the organisation: official in a state body or a country, not in a
    party, firm or outlet; in an organisation of unknown kind, or none, business-like heads are official
    only as a formal title before a name with no organisation ("President Obama").
    """
    if any(word in ROLES.unofficial_marks or word.rstrip("-") in ROLES.unofficial_marks for word in words):
        return False  # "candidate", "campaign"
    if head in ROLES.conditional_heads:
        if kind is not None:
            return kind == "state"
        if head in ROLES.business_heads:
            return formal and not has_organization and head in ROLES.official_heads
        return head in ROLES.official_heads
    return head in ROLES.official_heads


def find_title(doc: Doc, name: Span) -> Title | None:
    """Find the title the text gives one name mention, or None.

    Tried in order: a title written before the name ("Russian President Vladimir Putin"), an abbreviation
    read from the text ("Sens."), a title phrase the name stands in apposition to ("the North's leader, Kim
    Jong Un", "British diplomat Sir Peter Westmacott"), a title phrase set off by a comma that the parser did
    not link ("the official spokesperson of the US Department of State, Matthew Miller said"), an appositive
    after the name ("Matthew Miller, the State Department spokesperson"), a copula ("Miller is the
    spokesman", "Miller, who is ..."), and last a title head right before the name read from the words alone.
    Lines in title case (headlines) give no titles.
    """
    if is_headline(text_of(doc), name.start_char):
        return None  # in a title-case headline every word looks like part of a title ("Lawmakers Rip Trump")
    courtesy = None
    for finder in (_title_before, _abbreviation_before, _title_governing, _title_phrase_before, _title_after,
                   _title_by_copula, _title_by_surface, _title_with_complement_before):
        title = finder(doc, name)
        if title is not None and _is_courtesy(title):
            courtesy = courtesy or title  # "Dr. Ekow Spio-Garbrah, Trade Minister from 2014 to 2017": the office
            continue
        if title is not None:
            return _with_place_after(doc, name, title)
    return courtesy


def _is_courtesy(title: Title) -> bool:
    """An abbreviated title of no office ("Dr.", "Prof."): an office the text also gives comes first."""
    return title.formal and not title.is_official and word_of(title.text) in ROLES.abbreviations


def shared_title(doc: Doc, name: Span, title: Title) -> Title:
    """Another name's plural title for this name, with this name's own "of <place>" if it has one ("Govs.
    Chris Christie of New Jersey and John Kasich of Ohio": Kasich's organisation is Ohio, not New Jersey)."""
    return _with_place_after(doc, name, replace(title, organization=None))


def _with_place_after(doc: Doc, name: Span, title: Title) -> Title:
    """Take the organisation from "of <place>" after the name when the title names none: "Gov. Mike Pence of
    Indiana", "President Vladimir V. Putin of Russia"."""
    if title.organization is not None or name.end + 1 >= len(doc) or doc[name.end].lower_ != "of":
        return title
    place = doc[name.end + 1]
    if place.ent_type_ not in PLACE_LABELS:
        return title
    ent = next((e for e in doc.ents if e.start <= place.i < e.end), None)
    if ent is None:
        return title
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    return replace(title, organization=ROLES.country_adjectives.get(word_of(text), text))


def is_headline(text: str, position: int) -> bool:
    """Whether the line holding ``position`` is in title case: four words or more, none lower-case."""
    start = text.rfind("\n", max(0, position - _HEADLINE_MAX), position) + 1
    end = text.find("\n", position, position + _HEADLINE_MAX)
    if start == 0 and position >= _HEADLINE_MAX or end < 0 and position + _HEADLINE_MAX < len(text):
        return False  # a line this long is a paragraph (and reading it whole per mention would be quadratic)
    words = [word for word in text[start:end if end >= 0 else len(text)].split() if word[:1].isalpha()]
    return len(words) >= 4 and not any(word[0].islower() for word in words)


def _title_before(doc: Doc, name: Span) -> Title | None:
    """Premodifiers of the name that hold a title head: "North Korean leader Kim Jong Un"."""
    name_tokens = set(range(name.start, name.end))
    sentence_start = name.sent.start
    start = name.start
    while start > sentence_start:
        token = doc[start - 1]
        if token.dep_ == "det" or token.pos_ in {"PRON", "CCONJ", "SCONJ"} or token.is_space:
            break
        # Participles stay ("retired", "elected"); a verb that governs the name ends the title.
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "compound"} and not token.ent_type_:
            break
        if token.is_punct and token.text not in {"-", "–", "."}:
            break
        if not _leads_into(token, name_tokens, sentence_start, name.end):
            break
        start -= 1
    if start == name.start:
        return None
    return build_title(doc, doc[start:name.start], formal_allowed=True, generic="person")


def _title_with_complement_before(doc: Doc, name: Span) -> Title | None:
    """A title whose complement runs up to the name, read from the words: "official spokeswoman of the Russian
    Foreign Ministry Maria Zakharova", "Under Secretary of Commerce for Industry and Security Alan F. Estevez"."""
    sentence_start = name.sent.start
    link = None
    position = name.start - 1
    while position > max(sentence_start, name.start - 10):
        token = doc[position]
        if token.lower_ in {"of", "for", "to"} and canonical_head(doc[position - 1]) is not None:
            link = position
        elif not (token.text[:1].isupper() or token.lower_ in {"of", "for", "and", "the", "&"}) or token.is_punct:
            break
        position -= 1
    if link is None or link == name.start - 1:
        return None
    start = link - 1
    while start > sentence_start:
        token = doc[start - 1]
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} and not token.text.istitle() or token.ent_type_ == "PERSON" \
                or token.is_punct:
            break  # capitalised words stay whatever their tag ("Under Secretary")
        start -= 1
    return build_title(doc, doc[start:name.start], formal_allowed=True)


def _title_by_surface(doc: Doc, name: Span) -> Title | None:
    """A title written right before the name, read from the words alone when the parse tied it elsewhere.

    "both President Obama and Republican presidential nominee Donald Trump" may come out with "nominee" as a
    conjunct of Obama: the word before the name must be a title head, and the title runs back over
    adjectives and nouns that are not part of another name.
    """
    if name.start == 0 or canonical_head(doc[name.start - 1]) is None:
        return None
    sentence_start = name.sent.start
    start = name.start - 1
    while start > sentence_start:
        token = doc[start - 1]
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} or token.ent_type_ == "PERSON" or token.is_punct:
            break
        start -= 1
    return build_title(doc, doc[start:name.start], formal_allowed=True, generic="person")


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
    return Title(singular(written) if plural else written, head, None, official, start, start + len(written), True,
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
    start = head.left_edge.i
    end = name.start
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if canonical_head(head) is None:
        # "an admirer in British diplomat Sir Peter Westmacott": the title is the phrase after the preposition.
        links = [token.i for token in doc[start:end] if token.pos_ == "ADP"]
        if links:
            start = links[-1] + 1
    # Stop before a second appositive, a clause or a second conjunct ("the RT host and former MSNBC personality").
    for token in doc[head.i + 1:end]:
        if token.dep_ in CLAUSE_DEPS - {"punct", "conj"} and token.head.i >= head.i:
            end = token.i
            break
    phrase = doc[start:end]
    if any(token.text == "," for token in phrase):
        return None  # a list, not a title
    return build_title(doc, phrase, formal_allowed=False, generic="person")


def _title_phrase_before(doc: Doc, name: Span) -> Title | None:
    """A title phrase ending in a comma right before the name: "the spokesperson of X, Matthew Miller"."""
    comma = name.start - 1
    if comma < 1 or doc[comma].text != "," or doc[comma - 1].is_punct:
        return None
    token = doc[comma - 1]
    steps = 0
    while token.head.i < comma and token.head is not token and steps < 12 and token.head.i >= token.sent.start:
        token = token.head
        steps += 1
    if canonical_head(token) is None:
        return None
    left = token.left_edge.i
    while left < comma and (doc[left].is_space or doc[left].is_punct):
        left += 1
    # The phrase must stand alone before the name: at a sentence start, or after punctuation or a verb.
    if left > token.sent.start and not (doc[left - 1].is_punct or doc[left - 1].is_space
                                        or doc[left - 1].pos_ in {"VERB", "AUX", "SCONJ"}):
        return None
    phrase = doc[left:comma]
    if len(phrase) > 14 or any(token.text == "," for token in phrase):
        return None  # a list, not a title
    return build_title(doc, phrase, formal_allowed=False)


def _title_after(doc: Doc, name: Span) -> Title | None:
    """An appositive after the name: "Matthew Miller, the State Department spokesperson," or "(spokesman)"."""
    if name.end >= len(doc) or doc[name.end].text not in {",", "("}:
        return None
    for token in name:
        for child in token.children:
            if child.dep_ == "appos" and child.i > name.end and child.pos_ in {"NOUN", "PROPN"}:
                title = build_title(doc, phrase_of(doc, child), formal_allowed=False, generic=child.pos_ == "NOUN")
                if title is not None:
                    return title
    # The parser sometimes misses the apposition: read the phrase up to the next comma instead.
    end = name.end + 1
    while end < len(doc) and end - name.end < 14 and not doc[end].is_punct and doc[end].pos_ not in {"VERB", "AUX"}:
        end += 1
    if end >= len(doc) or doc[end].text not in {",", ")", ".", ";", "—", "–"}:
        return None
    phrase = doc[name.end + 1:end]
    if len(phrase) == 0 or not _holds_head(phrase):
        return None
    return build_title(doc, phrase, formal_allowed=False)


def _title_by_copula(doc: Doc, name: Span) -> Title | None:
    """'Miller is the State Department spokesman' or 'Miller, who is the spokesman'."""
    root = name.root
    verbs = []
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ in {"be", "serve", "remain"}:
        verbs.append(root.head)
    verbs.extend(child for child in root.children
                 if child.dep_ == "relcl" and child.lemma_ in {"be", "serve", "remain"}
                 and any(grand.lower_ in {"who", "that"} and grand.dep_.startswith("nsubj") for grand in child.children))
    for verb in verbs:
        title = title_of_predicate(doc, verb)
        # A predicate without an organisation is more often a judgement ("is the superior candidate") than a
        # post, unless it names an office.
        if title is not None and (title.organization is not None or title.head in ROLES.official_heads):
            return title
    return None


def title_of_predicate(doc: Doc, verb: Token) -> Title | None:
    """The title in a predicate: "is the spokesman for X", "serves as the British ambassador to the U.S."."""
    title = None
    for child in verb.children:
        if child.dep_ == "attr" and canonical_head(child) is not None:
            title = build_title(doc, phrase_of(doc, child), formal_allowed=False)
        if child.dep_ == "prep" and child.lower_ == "as":
            for grand in child.children:
                if grand.dep_ == "pobj" and canonical_head(grand) is not None:
                    title = build_title(doc, phrase_of(doc, grand), formal_allowed=False)
        if title is not None:
            return replace(title, former=True) if in_the_past(verb) else title
    return None


def canonical_head(token: Token) -> str | None:
    """The title head a single token stands for, if any ("Sen." → "senator", "spokeswoman")."""
    text = word_of(token.text)
    if text in ROLES.abbreviations:
        return ROLES.abbreviations[text]
    if text in HEADS:
        return text
    lemma = token.lemma_.lower()
    return lemma if lemma in HEADS else None


def _holds_head(phrase: Span) -> bool:
    return find_head([word_of(token.text) for token in phrase]) is not None


def build_title(doc: Doc, phrase: Span, formal_allowed: bool, generic: bool | str = False) -> Title | None:
    """Read head, organisation and wording from a title phrase; None when it holds no title head.

    A capitalised title keeps only its own words ("Russian President" → "President", organisation Russia);
    a lower-case description is kept whole ("North Korean leader", organisation North Korea). With
    ``generic``, a phrase whose last word is a common noun outside the vocabularies ("mogul", "physicist")
    still counts, as a title of no office; with ``generic="person"`` only a noun with a person-like ending
    ("columnist", "developer") does.
    """
    tokens = [token for token in phrase if not token.is_space]
    while tokens and (tokens[0].dep_ in {"det", "poss", "predet"} and tokens[0].pos_ in {"DET", "PRON"}
                      or tokens[0].pos_ in {"ADV", "CCONJ", "DET"} or tokens[0].lower_ in ARTICLES
                      or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"CCONJ", "ADP", "DET"}
                      or word_of(tokens[-1].text) in ROLES.honorifics):
        tokens.pop()
    if not tokens:
        return None
    units = _word_units(tokens)
    words = [word_of(text_of(doc)[unit[0].idx:unit[-1].idx + len(unit[-1].text)]) for unit in units]
    found = find_head(words)
    if found is None:
        last = units[-1][-1]
        if not generic or last.pos_ != "NOUN" or not last.text.islower() or len(units) > 6:
            return None
        if generic == "person" and not last.lemma_.lower().endswith(tuple(ROLES.person_noun_endings)):
            return None
        found = (len(units) - 1, len(units), last.lemma_.lower())
    head_start, head_end, head = found
    if formal_allowed and units[head_start][0].text[:1].isupper():
        # "Republican vice presidential candidate Gov. Mike Pence": the office is the formal title next to the
        # name; the description before it ("candidate") neither names nor cancels that office.
        earlier = find_head(words[:head_start])
        if earlier is not None and any(word in ROLES.unofficial_marks or word in ROLES.past_marks
                                       for word in words[:earlier[1]]):
            units, words = units[earlier[1]:], words[earlier[1]:]
            head_start, head_end = head_start - earlier[1], head_end - earlier[1]
            tokens = [token for unit in units for token in unit]
    before = [token for unit in units[:head_start] for token in unit]
    after = [token for unit in units[head_end:] for token in unit]
    org_tokens = owner_country(before) or organization_tokens_after(after) or organization_tokens_before(before)
    organization = organization_text(org_tokens)
    kind = organization_kind(organization) or organization_kind(organization_word(before))
    if kind is None and org_tokens and all(token.ent_type_ in PLACE_LABELS for token in org_tokens):
        kind = "state"
    formal = formal_allowed and units[head_start][0].text[:1].isupper()
    if formal:
        shown = [token for token in before if not is_org_token(token, strict=True)]
        shown += [token for unit in units[head_start:] for token in unit]
    else:
        shown = tokens
    while shown and (shown[0].dep_ == "case" or shown[0].is_punct):
        shown.pop(0)
    if not shown:
        return None
    official = is_official_title(head, words, kind, organization is not None, formal)
    if official and organization in ROLES.party_adjectives.values():
        organization = None  # "Republican Sen. Ted Cruz": the party is not the body he holds office in
    start, end = shown[0].idx, shown[-1].idx + len(shown[-1].text)
    written_head = words[head_end - 1]
    plural = written_head != head and written_head.endswith("s") and written_head not in ROLES.abbreviations
    text = text_of(doc)[start:end]
    return Title(singular(text) if plural else text, head, organization, official, start, end, formal, plural,
                 is_past_title([word_of(token.text) for token in phrase]) or is_past_title(words_before(doc, phrase))
                 or closed_term_after(doc, units[head_end - 1][-1].i + 1))


def singular(title: str) -> str:
    """The title one person of a plural holds: "Sens." → "Sen.", "Justices" → "Justice"; longer titles stay."""
    words = title.split()
    last = words[-1]
    if word_of(last).endswith("s.") and word_of(last)[:-2] + "." in ROLES.abbreviations:
        return " ".join([*words[:-1], last[:-2] + "."])
    return title[:-1] if len(words) == 1 and word_of(title)[:-1] in HEADS else title


def _word_units(tokens: list[Token]) -> list[list[Token]]:
    """Group tokens joined by a hyphen into one word ("Secretary", "-", "General" → "Secretary-General")."""
    units: list[list[Token]] = []
    for token in tokens:
        joined = units and not units[-1][-1].whitespace_ and (token.text in {"-", "–"}
                                                               or units[-1][-1].text in {"-", "–"})
        if joined:
            units[-1].append(token)
        else:
            units.append([token])
    return units

