"""The organisations a learned ranker could choose among for one official, and what each looks like (issue 15 study).

For a gold official the people bench matches (bench/people.py ``match_people``), the candidates are: the rules'
answer (the card's organisation); no organisation; the ORG, GPE and NORP entities and the country words ("Kenyan",
"Britain") in the sentences of the person's first MENTIONS mentions and the sentence before each; and the countries
the article's government, opening sentence and dateline give (places.py). Each is read once per mention, so the
candidates of a person are bounded by MENTIONS × two sentences: linear in the article. bench/org_ranker.py labels
them with the bench's own matcher (``org_right``) and trains on them.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field

from quotelens.findings.people.body_kinds import names_only_a_field, organization_kind
from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import word_of

MENTIONS = 3
LABELS = ("ORG", "GPE", "NORP")
# Where a candidate came from; "rules" and "none" are the rules' answer and the answer "no organisation".
SOURCES = ("rules", "none", "ORG", "GPE", "NORP", "demonym", "government", "lede", "home")
# How a candidate's head word hangs on the title's or name's words.
RELATIONS = ("compound", "poss", "of", "for", "appos", "other")
_PREMODIFIERS = frozenset({"compound", "amod", "poss", "nmod"})
_MINISTRY_WORDS = frozenset({"ministry", "department", "office", "secretariat", "agency", "commission", "council"})


@dataclass
class Candidate:
    """One organisation a ranker could answer, with what was seen of it (merged over its occurrences)."""

    text: str | None
    sources: set[str] = field(default_factory=set)
    tokens: int = 1000  # fewest tokens between it and a mention of the person
    sentences: int = 2  # 0: in a mention's sentence, 1: in the sentence before
    relations: set[str] = field(default_factory=set)
    in_title: bool = False
    title_position: float = -1.0  # where in the title phrase it starts (0 first word, 1 last), -1 outside
    before_name: bool = False
    count: int = 0
    author: bool = False  # a country the article names as the author of a measure (places.py authors)


def key(text: str | None) -> str | None:
    """The form candidates are merged by: lower case, no article, a demonym made its country."""
    if text is None:
        return None
    lowered = word_of(text).removeprefix("the ").removesuffix("'s").strip(" .,")
    return ROLES.country_adjectives.get(lowered, lowered).lower()


def display(text: str) -> str:
    """A candidate as the card would show it: a demonym or country word made the country ("Kenyan" → "Kenya")."""
    lowered = word_of(text).removeprefix("the ").removesuffix("'s")
    return ROLES.country_adjectives.get(lowered, text.removeprefix("the ").removeprefix("The "))


def is_country(text: str | None) -> bool:
    lowered = key(text) or ""
    return lowered in ROLES.countries or lowered in {value.lower() for value in ROLES.country_adjectives.values()}


def is_ministry(text: str | None) -> bool:
    return bool(text) and bool(set(word_of(text).split()) & _MINISTRY_WORDS)


def is_fragment(organization: str | None) -> bool:
    """Whether the rules' answer is only a kind of body in lower case ("ministry", "government"): a gate opens on it."""
    return organization is not None and organization == organization.lower()


def relation(root, title_words: set[int], name_words: set[int]) -> str:
    """How a candidate's root token hangs on the title's or the name's words: "compound" ("Kenyan President"),
    "poss" ("Kenya's president"), "of"/"for" ("minister of defence"), "appos"; "other" for anything else."""
    near = title_words | name_words
    if root.head.i in near and root.dep_ in {"compound", "amod", "nmod"}:
        return "compound"
    if root.head.i in near and root.dep_ == "poss":
        return "poss"
    if root.dep_ == "pobj" and root.head.lower_ in {"of", "for"} and root.head.head.i in near:
        return root.head.lower_
    if root.dep_ == "appos" and (root.head.i in near or any(child.i in near for child in root.children)):
        return "appos"
    return "other"


def features(candidate: Candidate, rules: str | None) -> dict[str, float]:
    """The candidate's features, named (the order is the vector's)."""
    kind = organization_kind(candidate.text) if candidate.text else None
    values = {f"from {source}": float(source in candidate.sources) for source in SOURCES}
    values.update({f"relation {name}": float(name in candidate.relations) for name in RELATIONS})
    values.update({
        "rules chose it": float(key(candidate.text) == key(rules) and candidate.text is not None and rules is not None),
        "rules gave none": float(rules is None),
        "rules gave a fragment": float(is_fragment(rules)),
        "log tokens away": math.log1p(min(candidate.tokens, 200)),
        "sentence before": float(candidate.sentences == 1),
        "in title": float(candidate.in_title),
        "title position": candidate.title_position,
        "before name": float(candidate.before_name),
        "log count": math.log1p(candidate.count),
        "state kind": float(kind == "state"),
        "nonstate kind": float(kind == "nonstate"),
        "only a field": float(bool(candidate.text) and names_only_a_field(candidate.text)),
        "country": float(is_country(candidate.text)),
        "ministry": float(is_ministry(candidate.text)),
        "author of a measure": float(candidate.author),
    })
    return values


def title_span(doc, sentence, mention, title: str | None) -> tuple[int, int] | None:
    """The tokens of the card's title nearest the mention inside its sentence, as [start, end), else None."""
    if not title:
        return None
    words = title.lower().split()
    lowered = [token.lower_ for token in sentence]
    best = None
    for index in range(len(lowered) - len(words) + 1):
        if lowered[index:index + len(words)] == words:
            start = sentence.start + index
            distance = min(abs(start - mention.start), abs(start - mention.end))
            if best is None or distance < best[0]:
                best = (distance, start, start + len(words))
    if best is None:
        return None
    # The title phrase as written takes the words that modify it from the left: "Kenyan President", "Kenya's
    # president" (the card's title leaves the organisation out).
    start, end = best[1:]
    while start > sentence.start and (doc[start - 1].dep_ == "case" or doc[start - 1].head.i in range(start, end)
                                      and doc[start - 1].dep_ in _PREMODIFIERS):
        start -= 1
    return start, end


def gather(doc, entity, places, starts: list[int]) -> list[Candidate]:
    """The candidates for one matched entity (an API response's, as bench/people.py reads it); ``starts``: the
    character offsets where the doc's sentences begin, in order."""
    found: dict[str | None, Candidate] = {}

    def add(text: str | None, source: str) -> Candidate:
        candidate = found.setdefault(key(text), Candidate(text))
        candidate.sources.add(source)
        candidate.count += 1
        return candidate

    add(None, "none")
    if entity.organization:
        add(entity.organization, "rules")
    for country, source in ((places.government, "government"), (places.lede, "lede"), (places.home, "home")):
        if country:
            add(country, source)
    authors = {key(country) for country in places.authors}
    sentences = list(doc.sents) if len(starts) else []
    for start, end in entity.mentions[:MENTIONS]:
        mention = doc.char_span(start, end, alignment_mode="expand")
        if mention is None:
            continue
        at = bisect_right(starts, start) - 1
        title = title_span(doc, sentences[at], mention, entity.title)
        title_words = set(range(*title)) if title else set()
        name_words = set(range(mention.start, mention.end))
        for offset in (0, 1):
            if at - offset < 0:
                continue
            sentence = sentences[at - offset]
            for ent in sentence.ents:
                if ent.label_ in LABELS and not set(range(ent.start, ent.end)) & name_words:
                    note(add(display(ent.text), ent.label_), ent, offset, mention, title, title_words, name_words)
            for token in sentence:
                if not token.ent_type_ and word_of(token.text) in ROLES.country_adjectives:
                    note(add(display(token.text), "demonym"), token.doc[token.i:token.i + 1], offset, mention, title,
                         title_words, name_words)
    for candidate in found.values():
        candidate.author = key(candidate.text) in authors
    return list(found.values())


def note(candidate: Candidate, span, offset: int, mention, title, title_words: set[int], name_words: set[int]) -> None:
    """Merge what one occurrence shows into its candidate: the nearest distance, the relations, the title."""
    gap = mention.start - span.end if span.end <= mention.start else span.start - mention.end
    candidate.tokens = min(candidate.tokens, max(gap, 0))
    candidate.sentences = min(candidate.sentences, offset)
    candidate.before_name = candidate.before_name or span.end <= mention.start
    if offset == 0:
        candidate.relations.add(relation(span.root, title_words, name_words))
    if title and title[0] <= span.start < title[1]:
        candidate.in_title = True
        width = max(title[1] - title[0] - 1, 1)
        candidate.title_position = max(candidate.title_position, (span.start - title[0]) / width)
