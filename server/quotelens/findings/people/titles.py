"""A title phrase read into its head, organisation and wording, and whether that title is a public office
(title_phrases.py finds where the text gives a name its title)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotelens.findings.datelines import past_dateline
from quotelens.findings.people.body_kinds import organization_kind, portfolio_kind
from quotelens.findings.people.complements import organization_tokens_after
from quotelens.findings.people.lower_case_bodies import body_named_before, organization_word, spelled_out
from quotelens.findings.people.oppositions import opposition_leader
from quotelens.findings.people.organisations import (LINKS, PLACE_LABELS, is_org_token, organization_text,
                                                     organization_tokens_before, owner_country)
from quotelens.findings.people.past import closed_term_after, is_past_title, words_before
from quotelens.findings.people.roles import HEADS, LONGEST_HEAD, ROLES
from quotelens.language.syntax import ARTICLES, text_of, token_text, word_of
from quotelens.language.tree import children

# Links whose complement after a title names where the office is posted, not whose it is.
_POSTING_LINKS = {"to", "in", "on"}
_HELD_AT_HOME = ROLES.national_offices - ROLES.posted_heads  # "defence minister for the Democratic Republic of Congo"
_TO_COME = ("-designate", "-elect")  # an office not yet held (docs/annotation.md: a prime minister-designate is not)


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
    implied: bool = False  # an office the text gives without a title ("the Trump administration"): never shown


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
            phrase = " ".join(words[start:start + size]).replace(" '", "'").replace("' ", "'")  # "Charge d’ Affaires"
            canonical = ROLES.abbreviations.get(phrase) or (phrase if phrase in HEADS else None)
            if canonical is None and size == 1 and phrase.endswith("s") and phrase[:-1] in HEADS:
                canonical = phrase[:-1]
            if canonical is None and size == 1 and "-" in phrase.strip("-") and phrase.rsplit("-", 1)[1] in HEADS:
                canonical = phrase.rsplit("-", 1)[1]  # "co-host", "ex-ambassador" (the mark stays in the words)
            if canonical is None and size == 1 and phrase.endswith(_TO_COME) and phrase.split("-")[0] in HEADS:
                canonical = phrase.split("-")[0]  # "Prime Minister-designate": an office to come (marks_no_office)
            if canonical is not None:
                if best is None or start >= best[1] or size > best[1] - best[0]:
                    best = (start, start + size, canonical)
                break
    return best


def marks_no_office(words: list[str]) -> bool:
    """Whether a title's words rule a current office out: a mark anywhere ("candidate", "ex-campaign"), a phrase end
    only where it ends its phrase ("the presidential race", "race for mayor"; not "Minister for Race Relations")."""
    following = [*words[1:], None]
    return any(word in ROLES.unofficial_marks or word.rstrip("-") in ROLES.unofficial_marks or word.endswith(_TO_COME)
               or word in ROLES.unofficial_phrase_ends and (after is None or after in LINKS)
               for word, after in zip(words, following))


def is_official_title(head: str, words: list[str], kind: str | None, has_organization: bool, formal: bool) -> bool:
    """Whether a title with this head, these words and this kind of organisation is a public office held now.

    'former', 'candidate', 'campaign' and the like rule the office out. Conditional heads ('president',
    'spokesperson', 'director') follow the organisation: official in a state body or a country, not in a
    party, firm or outlet; in an organisation of unknown kind, or none, business-like heads are official
    only as a formal title before a name with no organisation ("President Obama").
    """
    if marks_no_office(words):
        return False  # "candidate", "campaign", "the presidential race"
    if head in ROLES.conditional_heads:
        if kind is not None:
            return kind == "state"
        if head in ROLES.business_heads:
            return formal and not has_organization and head in ROLES.official_heads
        return head in ROLES.official_heads
    return head in ROLES.official_heads


def canonical_head(token: Token) -> str | None:
    """The title head a single token stands for, if any ("Sen." → "senator", "spokeswoman")."""
    text = word_of(token.text)
    if text in ROLES.abbreviations:
        return ROLES.abbreviations[text]
    if text in HEADS:
        return text
    lemma = token.lemma_.lower()
    return lemma if lemma in HEADS else None


def build_title(doc: Doc, phrase: Span, formal_allowed: bool, generic: bool | str = False) -> Title | None:
    """Read head, organisation and wording from a title phrase; None when it holds no title head.

    A capitalised title keeps only its own words ("Russian President" → "President", organisation Russia);
    a lower-case description is kept whole ("North Korean leader", organisation North Korea). With
    ``generic``, a phrase whose last word is a common noun outside the vocabularies ("mogul", "physicist")
    still counts, as a title of no office; with ``generic="person"`` only a noun with a person-like ending
    ("columnist", "developer") does.
    """
    tokens = [token for token in phrase if not token.is_space]
    # "much like 2004 Democratic nominee John Kerry": a preposition that heads no complement of the title ends
    # the words before it.
    loose = [index for index, token in enumerate(tokens) if token.pos_ == "ADP" and token.text.islower()
             and token.dep_ != "prep" and not children(token, "pobj")]
    tokens = tokens[loose[-1] + 1:] if loose else tokens
    while tokens and (tokens[0].dep_ in {"det", "poss", "predet"} and tokens[0].pos_ in {"DET", "PRON"}
                      or tokens[0].pos_ in {"ADV", "CCONJ", "DET"} or tokens[0].lower_ in ARTICLES
                      or tokens[0].is_punct or word_of(tokens[0].text) in ROLES.honorifics):
        tokens.pop(0)
    # A style set off after the office is the name's: "the President's Chief of Staff, Prof. Ibrahim Gambari".
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"CCONJ", "ADP", "DET"}
                      or word_of(tokens[-1].text) in ROLES.honorifics or len(tokens) > 2 and tokens[-2].text == ","
                      and ROLES.abbreviations.get(word_of(tokens[-1].text)) in ROLES.academic_styles):
        tokens.pop()
    after = past_dateline(tokens)  # a title heading a paragraph never runs into its dateline ("HAVANA, Cuba.- …")
    tokens = after if any(canonical_head(token) for token in after) else tokens
    if not tokens:
        return None
    units = _word_units(tokens)
    words = [word_of(token_text(unit)) for unit in units]
    found = find_head(words)
    if found is None:
        last = units[-1][-1]
        # Lower case, or capitalised only as its sentence's first word ("Farmer Sheikheldin Ibrahim was shot").
        written_lower = last.text.islower() or last.is_sent_start and last.text[1:].islower()
        # A noun in -er before a name may come out a comparative ("wicketkeeper Dhiman Ghosh"): no comparative
        # stands before a name.
        if not generic or last.pos_ != "NOUN" and last.tag_ != "JJR" or not written_lower or len(units) > 6:
            return None
        noun = last.lower_ if last.tag_ == "JJR" else last.lemma_.lower()  # a comparative's lemma drops its -er
        if generic == "person" and not noun.endswith(tuple(ROLES.person_noun_endings)):
            return None
        found = (len(units) - 1, len(units), noun)
    head_start, head_end, head = found
    # "commander of New Zealand's navy Commodore Garin Golding": a rank after the office's complement is the name's
    # style, neither part of the office nor of its body.
    while len(units) > head_end and units[-1][0].text[:1].isupper() and ROLES.abbreviations.get(
            words[-1], words[-1]) in ROLES.military_ranks:
        units, words, tokens = units[:-1], words[:-1], [token for unit in units[:-1] for token in unit]
    if formal_allowed and units[head_start][0].text[:1].isupper():
        # "Republican vice presidential candidate Gov. Mike Pence": the office is the formal title next to the
        # name; the description before it ("candidate") neither names nor cancels that office.
        earlier = find_head(words[:head_start])
        if earlier is not None and any(word in ROLES.unofficial_marks or word in ROLES.past_marks
                                       for word in words[:earlier[1]]):
            units, words = units[earlier[1]:], words[earlier[1]:]
            head_start, head_end = head_start - earlier[1], head_end - earlier[1]
            tokens = [token for unit in units for token in unit]
    ranked = False  # a rank before the name makes its holder an officer whatever the office before it
    if formal_allowed and (head in ROLES.military_ranks or head in ROLES.academic_styles) and head_end == len(units):
        # "AFP Spokesperson Maj. Gen. Edgard Arevalo", "Minister Professor Mthuli Ncube": the office is the title.
        office = find_head(words[:head_start])
        if office is not None and office[2] not in ROLES.military_ranks:
            ranked = head in ROLES.military_ranks and is_official_title(head, words, None, False, True)
            end = head_start
            while end > office[1] and (words[end - 1] in {".", "-"} or words[end - 1].rstrip(".") + "." in
                                       ROLES.abbreviations or words[end - 1] in ROLES.military_ranks):
                end -= 1  # the rank's own first word: "Maj", "Lt.", "Brigadier"
            units, words = units[:end], words[:end]
            head_start, head_end, head = office
            tokens = [token for unit in units for token in unit]
    before = [token for unit in units[:head_start] for token in unit]
    after = [token for unit in units[head_end:] for token in unit]
    # "to", "in", "on" and, but for a state's own office, "for" a country say where an office is posted ("British
    # Ambassador to Tehran", "US Special Envoy for Yemen"; posted_heads): the body or country before the head owns it.
    complement = organization_tokens_after(after)
    posted = bool(after) and (after[0].lower_ in _POSTING_LINKS or after[0].lower_ == "for" and bool(complement)
                              and _names_a_country(complement) and head not in _HELD_AT_HOME)
    # A place it is posted to is the host, not whose office it is ("Representative to the US", "South Africa's
    # ambassador to the US"): the owner, when the title does not write it, is found as for any national office.
    host = complement if posted and complement and _names_a_country(complement) else []
    org_tokens = (owner_country(before) or posted and organization_tokens_before(before)
                  or not host and complement or organization_tokens_before(before))
    organization = organization_text(org_tokens) or body_named_before(doc, before, units[head_start][0])
    # A body word in a complement tells its kind though it names no body: "official in the Clinton administration".
    kind = (organization_kind(organization) or organization_kind(spelled_out(doc, organization))
            or organization_kind(organization_word(before)) or portfolio_kind(head, words[:head_start], organization)
            or organization_kind(organization_word(after if after and after[0].lower_ in LINKS else [])))
    if kind is None and (host or org_tokens) and all(token.ent_type_ in PLACE_LABELS for token in host or org_tokens):
        kind = "state"
    if head in ROLES.team_heads and units[head_start][0].text.islower() and word_of(organization or "") in \
            ROLES.countries and not ROLES.state_org_words.intersection(words):
        kind = "nonstate"  # "Sri Lanka captain": a country alone makes a captain a national side's (team_heads)
    if kind is None and formal_allowed and head in ROLES.state_heads_alone and head_end == len(units) \
            and all(word in ROLES.past_marks for word in words[:head_start]):
        kind = "state"  # "leader Kim Jong-un", "the deposed leader …": a leader of nothing named leads a state
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
    # A national office set right before a name is written as a title even in lower case ("former president Bill
    # Clinton"): a company's president would come with the company.
    # The word written before the title may cancel it though the parse leaves it out: "a would-be president Trump".
    written_before = text_of(doc)[max(0, phrase.start_char - 20):phrase.start_char].lower().split()[-1:]
    official = is_official_title(head, [*written_before, *words_before(doc, phrase), *words], kind,
                                 organization is not None, formal or formal_allowed and head in ROLES.national_offices)
    official = official or ranked
    if written_before in (["a"], ["an"]) and head in ROLES.national_offices:
        official = False  # "the prospects of a President Donald Trump": an office imagined, not held
    opposition = opposition_leader(units, head, head_start, head_end, organization)
    if opposition is not None:  # "Russian opposition leader": a party post; "Leader of the Opposition": an office
        official, organization = opposition[0] and not marks_no_office(words), opposition[1]
    if official and organization in ROLES.party_adjectives.values():
        organization = None  # "Republican Sen. Ted Cruz": the party is not the body he holds office in
    start, end = shown[0].idx, shown[-1].idx + len(shown[-1].text)
    written_head = words[head_end - 1]
    plural = written_head != head and written_head.endswith("s") and written_head not in ROLES.abbreviations
    text = text_of(doc)[start:end]
    return Title(singular(text) if plural else text, head, organization, official, start, end, formal, plural,
                 is_past_title([word_of(token.text) for token in phrase]) or is_past_title(words_before(doc, phrase))
                 or closed_term_after(doc, units[head_end - 1][-1].i + 1))


def _names_a_country(tokens: list[Token]) -> bool:
    """Whether the tokens name a place or a country ("the US", which spaCy may tag a body), not a union of them
    ("ambassador to the European Union" is the Union's interlocutor there, and annotators take the Union)."""
    named = organization_text(tokens)
    return word_of(named or "") not in ROLES.state_org_words and (
        all(token.ent_type_ in PLACE_LABELS for token in tokens) or named in ROLES.country_adjectives.values())


def singular(title: str) -> str:
    """The title one person of a plural holds: "Sens." → "Sen.", "Foreign Ministers" → "Foreign Minister"; a title
    whose plural head is not its last word stays ("Ministers of Foreign Affairs")."""
    *words, last = title.split()
    if word_of(last).endswith("s.") and word_of(last)[:-2] + "." in ROLES.abbreviations:
        return " ".join([*words, last[:-2] + "."])
    return title[:-1] if word_of(last).endswith("s") and word_of(last)[:-1] in HEADS else title


def _word_units(tokens: list[Token]) -> list[list[Token]]:
    """Group tokens joined by a hyphen into one word ("Secretary", "-", "General" → "Secretary-General")."""
    units: list[list[Token]] = []
    for token in tokens:
        joined = units and not units[-1][-1].whitespace_ and (token.text in {"-", "–"}
                                                               or units[-1][-1].text in {"-", "–"})
        units[-1].append(token) if joined else units.append([token])
    return units


def holds_head(phrase: Span) -> bool:
    return find_head([word_of(token.text) for token in phrase]) is not None


def opens_head(phrase: Span) -> bool:
    """Whether the phrase's first word is part of its title head ("Under Secretary"), not a preposition."""
    found = find_head([word_of(token.text) for token in phrase])
    return found is not None and found[0] == 0


def holder_after_link(doc: Doc, link: int, end: int) -> bool:
    """Whether the words after a body name's link open a holder's own title ("The Cabinet of Prime Minister Shinzo
    Abe"): the body is the holder's, not part of the title; a plural names members ("Council of Ministers")."""
    first = word_of(doc[link + 1].text)
    return opens_head(doc[link + 1:end]) and not (first.endswith("s") and first[:-1] in HEADS)
