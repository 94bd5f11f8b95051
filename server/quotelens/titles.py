"""A person's title and organisation as the article writes them, and whether that title is a public office."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

ROLES_FILE = Path(__file__).with_name("data") / "roles.json"


@dataclass(frozen=True)
class Roles:
    """Word lists that tell titles, organisations and office holders apart (see data/roles.json)."""

    official_heads: frozenset[str]
    conditional_heads: frozenset[str]
    descriptive_heads: frozenset[str]
    unofficial_marks: frozenset[str]
    abbreviations: dict[str, str]
    honorifics: frozenset[str]
    name_suffixes: frozenset[str]
    title_modifiers: frozenset[str]
    state_org_words: frozenset[str]
    nonstate_org_words: frozenset[str]
    anonymous_source_heads: frozenset[str]
    anonymous_source_qualifiers: frozenset[str]
    not_person_words: frozenset[str]
    country_adjectives: dict[str, str]
    party_adjectives: dict[str, str]

    @property
    def heads(self) -> frozenset[str]:
        """Every word or phrase that can head a title."""
        return self.official_heads | self.descriptive_heads | self.conditional_heads

    @property
    def countries(self) -> frozenset[str]:
        """Country names (the values of country_adjectives), lower-cased."""
        return frozenset(country.lower() for country in self.country_adjectives.values())


def load_roles(path: Path = ROLES_FILE) -> Roles:
    """Read the vocabularies; lists become lower-case sets, maps keep their values under lower-case keys."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    fields = {}
    for name in Roles.__dataclass_fields__:
        values = raw[name]["values"]
        if isinstance(values, dict):
            fields[name] = {key.lower(): value for key, value in values.items()}
        else:
            fields[name] = frozenset(value.lower() for value in values)
    return Roles(**fields)


ROLES = load_roles()
HEADS = ROLES.heads
LONGEST_HEAD = max(len(head.split()) for head in HEADS)
# Tokens that never belong to a title: they end the phrase a title is read from.
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "appos", "conj", "cc", "punct", "ccomp", "xcomp", "parataxis"}
_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}


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


def head_of(title: str) -> str | None:
    """The canonical head of a written title ("Russian President" → "president", "Sen." → "senator")."""
    words = title.lower().replace("’", "'").split()
    found = _find_head([word for word in words], 0, len(words))
    return found[2] if found else None


def _word(token_text: str) -> str:
    return token_text.lower().replace("’", "'")


def _find_head(words: list[str], lo: int, hi: int) -> tuple[int, int, str] | None:
    """Find the rightmost title head among ``words[lo:hi]`` before any "of"-phrase, longest phrase first.

    Returns (start, end, canonical head) in word positions.
    """
    best = None
    for start in range(lo, hi):
        if best is not None and words[start] in {"of", "for", "at", "to", "with", "in", "on"}:
            break
        for size in range(min(LONGEST_HEAD, hi - start), 0, -1):
            phrase = " ".join(words[start:start + size])
            canonical = ROLES.abbreviations.get(phrase) or (phrase if phrase in HEADS else None)
            if canonical is None and phrase.endswith("s") and phrase[:-1] in ROLES.official_heads:
                canonical = phrase[:-1]
            if canonical is not None:
                if best is None or start >= best[1] or size > best[1] - best[0]:
                    best = (start, start + size, canonical)
                break
    return best


def is_official_title(head: str, words: list[str], organization: str | None, formal: bool) -> bool:
    """Whether a title with this head, words and organisation is a public office held now.

    'former', 'candidate', 'campaign' and the like rule the office out; conditional heads ('president',
    'spokesperson', 'director') depend on whether the organisation is a state body or a country.
    """
    if any(word in ROLES.unofficial_marks or word.rstrip("-") in ROLES.unofficial_marks for word in words):
        return False
    kind = organization_kind(organization)
    if head in ROLES.conditional_heads:
        if kind == "state":
            return True
        if kind == "nonstate":
            return False
        return head in ROLES.official_heads and (formal or organization is None)
    return head in ROLES.official_heads


def organization_kind(organization: str | None) -> str | None:
    """'state' for a country or a state/intergovernmental body, 'nonstate' for parties, firms, outlets; else None."""
    if not organization:
        return None
    text = organization.lower().replace("’", "'")
    if text in ROLES.countries:
        return "state"
    words = text.replace(",", " ").split()
    matched_state = matched_nonstate = False
    position = 0
    while position < len(words):
        for size in range(min(4, len(words) - position), 0, -1):
            phrase = " ".join(words[position:position + size])
            if phrase in ROLES.nonstate_org_words:
                matched_nonstate = True
                break
            if phrase in ROLES.state_org_words or phrase in ROLES.country_adjectives:
                matched_state = True
                break
        else:
            size = 1
        position += size
    if matched_nonstate:
        return "nonstate"
    return "state" if matched_state else None


def find_title(doc: Doc, name: Span) -> Title | None:
    """Find the title the text gives one name mention: before it, in apposition, or by 'is'.

    Tried in order: a title written before the name ("Russian President Vladimir Putin"), a title phrase
    just before it and set off by a comma ("the official spokesperson of the US Department of State,
    Matthew Miller"), an appositive after it ("Matthew Miller, the State Department spokesperson"), and a
    copula ("Miller is the spokesman for ...", "Miller, who is ...").
    """
    for finder in (_title_before, _title_phrase_before, _title_after, _title_by_copula):
        try:
            title = finder(doc, name)
        except (IndexError, ValueError):  # an odd parse loses this title, not the page
            title = None
        if title is not None:
            return title
    return None


def _title_before(doc: Doc, name: Span) -> Title | None:
    """Premodifiers of the name that hold a title head: "North Korean leader Kim Jong Un"."""
    name_tokens = set(range(name.start, name.end))
    sentence_start = name.sent.start
    start = name.start
    while start > sentence_start:
        token = doc[start - 1]
        if token.dep_ == "det" or token.pos_ in {"PRON", "CCONJ", "SCONJ"}:
            break
        if token.pos_ in {"VERB", "AUX"} and not (token.ent_type_ or token.text[:1].isupper()):
            break
        if token.is_punct and token.text not in {"-", "–"}:
            break
        if not _leads_into(token, name_tokens, sentence_start, name.end):
            break
        start -= 1
    if start == name.start:
        return None
    return _build_title(doc, doc[start:name.start], formal_allowed=True)


def _leads_into(token: Token, name_tokens: set[int], lo: int, hi: int) -> bool:
    """Whether the token's chain of heads reaches the name without leaving ``doc[lo:hi]``."""
    for _ in range(12):
        if token.i in name_tokens:
            return True
        if not lo <= token.head.i < hi or token.head is token:
            return False
        token = token.head
    return token.i in name_tokens


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
    if _canonical_head(token) is None:
        return None
    left = token.left_edge.i
    # The phrase must stand alone before the name: at a sentence start, or after punctuation or a verb.
    if left > token.sent.start and not (doc[left - 1].is_punct or doc[left - 1].pos_ in {"VERB", "AUX", "SCONJ"}):
        return None
    return _build_title(doc, doc[left:comma], formal_allowed=False)


def _title_after(doc: Doc, name: Span) -> Title | None:
    """An appositive after the name: "Matthew Miller, the State Department spokesperson," or "(spokesman)"."""
    if name.end >= len(doc) or doc[name.end].text not in {",", "("}:
        return None
    for token in name:
        for child in token.children:
            if child.dep_ == "appos" and child.i > name.end and _canonical_head(child) is not None:
                return _build_title(doc, _phrase_of(doc, child), formal_allowed=False)
    # The parser sometimes misses the apposition: read the phrase up to the next comma instead.
    end = name.end + 1
    while end < len(doc) and end - name.end < 14 and not doc[end].is_punct and doc[end].pos_ not in {"VERB", "AUX"}:
        end += 1
    if end < len(doc) and doc[end].text not in {",", ")", ".", ";", "—", "–"}:
        return None
    phrase = doc[name.end + 1:end]
    if len(phrase) == 0 or phrase[0].lower_ not in {"a", "an", "the"} and not _any_head(phrase):
        return None
    if not _any_head(phrase):
        return None
    return _build_title(doc, phrase, formal_allowed=False)


def _title_by_copula(doc: Doc, name: Span) -> Title | None:
    """'Miller is the State Department spokesman' or 'Miller, who is the spokesman'."""
    root = name.root
    verbs = []
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
        verbs.append(root.head)
    verbs.extend(child for child in root.children
                 if child.dep_ == "relcl" and child.lemma_ == "be"
                 and any(grand.lower_ in {"who", "that"} and grand.dep_.startswith("nsubj") for grand in child.children))
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "attr" and _canonical_head(child) is not None:
                return _build_title(doc, _phrase_of(doc, child), formal_allowed=False)
    return None


def _phrase_of(doc: Doc, head: Token) -> Span:
    """The head's phrase from its left edge up to the first clause or punctuation that follows the head."""
    end = head.i + 1
    while end <= head.right_edge.i:
        token = doc[end]
        if token.is_punct or token.dep_ in _CLAUSE_DEPS and token.head.i >= head.i:
            break
        end += 1
    return doc[head.left_edge.i:end]


def _canonical_head(token: Token) -> str | None:
    text = _word(token.text)
    if text in ROLES.abbreviations:
        return ROLES.abbreviations[text]
    if text in HEADS or token.lemma_.lower() in HEADS:
        return text if text in HEADS else token.lemma_.lower()
    return None


def _any_head(phrase: Span) -> bool:
    words = [_word(token.text) for token in phrase]
    return _find_head(words, 0, len(words)) is not None


def _build_title(doc: Doc, phrase: Span, formal_allowed: bool) -> Title | None:
    """Read head, organisation and wording from a title phrase; None when it holds no title head."""
    tokens = list(phrase)
    while tokens and (tokens[0].dep_ in {"det", "poss"} and tokens[0].pos_ in {"DET", "PRON"}
                      or tokens[0].lower_ in {"a", "an", "the"}):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    units = _word_units(tokens)
    words = [_word(doc.text[unit[0].idx:unit[-1].idx + len(unit[-1].text)]) for unit in units]
    found = _find_head(words, 0, len(words))
    if found is None:
        return None
    head_start, head_end, head = found
    before = [token for unit in units[:head_start] for token in unit]
    after = [token for unit in units[head_end:] for token in unit]
    organization = _organization_after(after) or _organization_before(before)
    kind_hint = organization or _organization_word(before)
    formal = formal_allowed and units[head_start][0].text[:1].isupper()
    if formal:
        # A capitalised title keeps only its own words: "Russian President" → "President" (Russia is the
        # organisation); a lower-case description is kept whole: "North Korean leader".
        shown = [token for token in before if not _is_org_token(token)]
        shown += [token for unit in units[head_start:] for token in unit]
    else:
        shown = tokens
    while shown and (shown[0].dep_ == "case" or shown[0].is_punct):
        shown.pop(0)
    if not shown:
        return None
    official = is_official_title(head, words, kind_hint, formal)
    start, end = shown[0].idx, shown[-1].idx + len(shown[-1].text)
    return Title(doc.text[start:end], head, organization, official, start, end, formal)


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


def _is_org_token(token: Token) -> bool:
    """Whether a premodifier names the organisation rather than the office ("Russian", "State Department")."""
    word = _word(token.text)
    if word in {"'s", "'"} or token.dep_ == "case":
        return True
    if word in ROLES.title_modifiers:
        return False
    if word in ROLES.country_adjectives or word in ROLES.party_adjectives:
        return True
    return token.ent_type_ in _ORG_LABELS or token.pos_ == "PROPN"


def _organization_before(tokens: list[Token]) -> str | None:
    """The organisation in the words before a title head: "North Korean" → North Korea, "State Department"."""
    words = [token for token in tokens if _is_org_token(token) and token.dep_ != "case" and token.text != "-"]
    if not words:
        return None
    # Keep the last contiguous run: "former Trump campaign" → "Trump campaign".
    run = [words[-1]]
    for token in reversed(words[:-1]):
        if token.i == run[0].i - 1 or token.i == run[0].i - 2 and token.nbor(1).dep_ == "case":
            run.insert(0, token)
        else:
            break
    text = token_text(run)
    lowered = _word(text)
    if lowered in ROLES.country_adjectives:
        return ROLES.country_adjectives[lowered]
    if lowered in ROLES.party_adjectives:
        return ROLES.party_adjectives[lowered]
    return text


def _organization_word(tokens: list[Token]) -> str | None:
    """A lower-case organisation word before the head ("company president", "campaign spokesman"): it tells
    the kind of organisation though it names none."""
    for token in reversed(tokens):
        word = _word(token.text)
        if word in ROLES.nonstate_org_words or word in ROLES.state_org_words:
            return word
    return None


def _organization_after(tokens: list[Token]) -> str | None:
    """The object of "of/for/at/to" right after the head: "spokesperson of the US Department of State"."""
    if len(tokens) < 2 or tokens[0].lower_ not in {"of", "for", "at", "to", "with", "in", "from"}:
        return None
    rest = tokens[1:]
    while rest and rest[0].lower_ in {"the", "a", "an"}:
        rest = rest[1:]
    if not rest or not any(token.text[:1].isupper() for token in rest):
        return None
    text = token_text(rest)
    return ROLES.country_adjectives.get(_word(text), text)


def token_text(tokens: list[Token]) -> str:
    """The document text covering a run of tokens, as written."""
    doc = tokens[0].doc
    return doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
