"""The candidate speakers of a direct quote, the features a learned ranker scores them by, and its gate (issue 14).

The same code computes the features for the server (ranker.py), the trainer (bench/train_speaker_ranker.py) and the
bench (bench/speaker_ranker.py), so the weights in data/speaker_ranker.json are read against exactly what they were
fitted on. Candidates are what the analysis already holds — the person and organisation entities, by the mentions
that carry their name (not the pronouns and descriptions the rules tied to them, which would hand the rules' answer
to every feature), and the ORG and GPE entities spaCy tags. The gate (is_open) lets the ranker answer only where the
rules found no person or body and the mention at the cue is missing, a singular pronoun, or definite with a head
word the article gave a candidate; an indefinite or plural unnamed source ('a senior official', 'officials') stays.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from spacy.tokens import Doc, Span

from quotelens.findings.body_registry import body_name
from quotelens.findings.organizations import is_organization
from quotelens.findings.written_titles import role_words
from quotelens.language.entities import named_entities
from quotelens.language.vocabulary import vocabulary
from quotelens.model import Entity, Quote

HONORIFIC = re.compile(r"\b(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Mme|Madam|Dame|Lady))\.?\s+$")
# The gendered personal pronouns, as speakers.py reads them (data/cues.json subject_pronouns).
MALE, FEMALE = (frozenset(word for word, gender in vocabulary("cues")["subject_pronouns"].items() if gender == sex)
                for sex in ("male", "female"))
BODY_PRONOUNS = frozenset({"it", "they", "its", "their"})
PRONOUNS = MALE | FEMALE | BODY_PRONOUNS | {"i", "we", "you", "them"}
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Words a name shares with a mention of it that say nothing about which name it is.
NAME_NOISE = frozenset({"the", "of", "and", "for", "s"})
# How far after a mention its pronoun is looked for (the next sentence's end, or nearer; a page of one endless
# sentence naming one person a thousand times stays linear).
GENDER_REACH = 1000
# How many candidates sharing one word a spaCy entity is compared with (news articles name far fewer).
SAME_NAME_LOOKUPS = 64


@dataclass(frozen=True)
class Candidate:
    """Someone a quote may be by: a name, whether a person, its name-carrying mentions, and its entity if any."""

    name: str
    is_person: bool
    mentions: tuple[tuple[int, int], ...] = ()
    entity_id: str | None = None
    title: str = ""
    is_place: bool = False  # only ever tagged a place (GPE): a country or city speaks for its government, if ever


def name_words(name: str | None) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", (name or "").lower().replace("’s", "").replace("'s", ""))) - NAME_NOISE


def same_name(one: str, other: str) -> bool:
    """One name's words hold the other's ('Zakharova' ~ 'Maria Zakharova')."""
    a, b = name_words(one), name_words(other)
    return bool(a) and bool(b) and (a <= b or b <= a)


def find_candidates(doc: Doc, entities: Sequence[Entity]) -> list[Candidate]:
    """The person and organisation entities by their name-carrying mentions, then spaCy's ORG (as body_name trims
    them) and GPE entities, merged into the first candidate of the same name."""
    text = doc.text
    named: list[tuple[Entity | None, str, list[tuple[int, int]]]] = []
    by_word: dict[str, list[int]] = {}  # a name word -> the candidates whose name holds it, in order
    labels: dict[str, set[str]] = {}
    for entity in entities:
        if entity.type not in ("person", "organization"):
            continue
        words = name_words(" ".join([entity.name, *entity.aliases]))
        mentions = [(s, e) for s, e in entity.mentions if name_words(text[s:e]) & words]
        _add(named, by_word, (entity, entity.name, mentions))
    for ent in named_entities(doc):
        name = body_name(doc, text, ent)
        if ent.label_ not in ("ORG", "GPE") or not name_words(name):
            continue
        same = _same_named(named, by_word, name)
        if same is None:
            same = _add(named, by_word, (None, name, []))
        same[2].append((ent.start_char, ent.end_char))  # one the entity already has: dropped by the set below
        labels.setdefault(same[1], set()).add(ent.label_)
    return [Candidate(name, entity is not None and entity.type == "person", tuple(sorted(set(mentions))),
                      entity.id if entity else None, (entity.title or "") if entity else "",
                      entity is None and labels.get(name) == {"GPE"})
            for entity, name, mentions in named]


def _add(named: list, by_word: dict[str, list[int]], item: tuple) -> tuple:
    for word in name_words(item[1]):
        by_word.setdefault(word, []).append(len(named))
    named.append(item)
    return item


def _same_named(named: list, by_word: dict[str, list[int]], name: str) -> tuple | None:
    """The first candidate whose name holds ``name``'s words or is held by them: one that shares a word with it,
    looked up by word, at most SAME_NAME_LOOKUPS of each (a page naming a thousand ministries stays linear)."""
    found = [next((i for i in by_word.get(word, ())[:SAME_NAME_LOOKUPS] if same_name(named[i][1], name)), None)
             for word in name_words(name)]
    first = min((i for i in found if i is not None), default=None)
    return None if first is None else named[first]


def cue_span(doc: Doc, quote: Quote) -> Span | None:
    source = quote.source
    span = doc.char_span(source.start, source.end, alignment_mode="expand") if source else None
    return span if span is not None and len(span) else None


def cue_form(span: Span | None) -> str:
    """The form of the mention at a quote's cue: "none", "pronoun", "definite" ('the ministry', 'its
    spokesman'), "plural" (a definite plural: 'the officials'), "indefinite" ('a senior official', 'officials',
    'two diplomats'), or "bare" (a singular noun or name without a determiner)."""
    if span is None:
        return "none"
    root = span.root
    if root.pos_ == "PRON":
        return "pronoun"
    before = [token for token in span if token.i < root.i and token.head.i == root.i]
    if any(token.dep_ == "poss" or token.lower_ in DEFINITE for token in before):
        return "plural" if root.tag_ in ("NNS", "NNPS") else "definite"
    if any(token.dep_ in ("det", "nummod") for token in before) or root.tag_ in ("NNS", "NNPS"):
        return "indefinite"
    return "bare"


class MentionIndex:
    """One candidate's mentions, looked up by bisection: the last to end by a point, the first to start from one."""

    def __init__(self, mentions: Sequence[tuple[int, int]]) -> None:
        self.starts = sorted(start for start, _ in mentions)
        by_end = sorted(mentions, key=lambda mention: mention[1])
        self.ends = [end for _, end in by_end]
        self.latest = list(accumulate(by_end, max))  # the latest (start, end) of the mentions ending by each

    def before(self, at: int) -> tuple[tuple[int, int] | None, int]:
        """The latest mention ending by ``at`` and how many end by it."""
        count = bisect_right(self.ends, at)
        return (self.latest[count - 1] if count else None), count

    def first_from(self, at: int) -> int | None:
        index = bisect_left(self.starts, at)
        return self.starts[index] if index < len(self.starts) else None


class ArticleFacts:
    """What the features read of one article: sentences, paragraphs, subjects, candidates and their gender."""

    def __init__(self, doc: Doc, candidates: Sequence[Candidate]) -> None:
        self.doc, self.text = doc, doc.text
        self.candidates = list(candidates)
        self.sentence_starts = [sentence.start_char for sentence in doc.sents]
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", self.text)]
        self.subject_starts = sorted({token.idx for token in doc if token.dep_ in SUBJECTS})
        self.indexes: dict[int, MentionIndex] = {}

    def sentence(self, at: int) -> int:
        return bisect_right(self.sentence_starts, at)

    def paragraph(self, at: int) -> int:
        return bisect_right(self.paragraph_starts, at)

    def in_paragraph(self, index: MentionIndex, paragraph: int) -> bool:
        first = index.first_from(self.paragraph_starts[paragraph - 1])
        starts = self.paragraph_starts
        return first is not None and (paragraph >= len(starts) or first < starts[paragraph])

    def is_subject(self, mention: tuple[int, int]) -> bool:
        index = bisect_left(self.subject_starts, mention[0])
        return index < len(self.subject_starts) and self.subject_starts[index] < mention[1]

    def index(self, candidate: Candidate) -> MentionIndex:
        if id(candidate) not in self.indexes:
            self.indexes[id(candidate)] = MentionIndex(candidate.mentions)
        return self.indexes[id(candidate)]

    @cached_property
    def genders(self) -> dict[str, float]:
        """+1 male, -1 female, 0 unknown, by name: honorifics before its name, and the first personal pronoun after
        a mention of it up to the next sentence's end when no other candidate is mentioned in between."""
        if not self.sentence_starts:
            return {candidate.name: 0.0 for candidate in self.candidates}
        mentions = sorted((start, owner) for owner, c in enumerate(self.candidates) for start, _ in c.mentions)
        starts = [start for start, _ in mentions]
        # For each mention, the next one of another candidate: a run of one candidate's mentions is skipped at once.
        other_after = [len(mentions)] * (len(mentions) + 1)
        for i in range(len(mentions) - 2, -1, -1):
            other_after[i] = i + 1 if mentions[i + 1][1] != mentions[i][1] else other_after[i + 1]
        genders = {}
        for owner, candidate in enumerate(self.candidates):
            votes = 0
            for start, end in candidate.mentions if candidate.is_person else ():
                honorific = HONORIFIC.search(self.text[max(0, start - 8):start])
                if honorific:
                    votes += 1 if honorific.group(1) else -1
                limit = max(self.sentence_starts[min(len(self.sentence_starts) - 1, self.sentence(end) + 1)], end)
                next_one = bisect_left(starts, end)
                if next_one < len(mentions) and mentions[next_one][1] == owner:
                    next_one = other_after[next_one]
                limit = min(limit, starts[next_one] if next_one < len(mentions) else limit, end + GENDER_REACH)
                word = next((w.lower() for w in re.findall(r"[A-Za-z]+", self.text[end:limit])
                             if w.lower() in MALE | FEMALE), None)
                votes += (word in MALE) - (word in FEMALE) if word else 0
            genders[candidate.name] = float((votes > 0) - (votes < 0))
        return genders


def quote_features(facts: ArticleFacts, quote: Quote, candidates: Sequence[tuple[Candidate, bool]],
                   previous: Quote | None) -> list[dict[str, float]]:
    """One feature dict per (candidate, whether the rules chose it), in a fixed order of names."""
    start, end = quote.start, quote.end
    span = cue_span(facts.doc, quote)
    source_text = span.text.strip().lower() if span is not None else ""
    cue_pronoun = source_text if span is not None and span.root.pos_ == "PRON" else ""
    cue_gender = (cue_pronoun in MALE) - (cue_pronoun in FEMALE)
    description = set(re.findall(r"[a-z]+", source_text)) - {"the", "a", "an", "of"} - PRONOUNS
    form = cue_form(span)
    head = span.root.lemma_.lower() if span is not None else ""
    cue_body = span is not None and form != "pronoun" and is_organization(span)
    cue_role = head in role_words()
    paragraph, sentence = facts.paragraph(start), facts.sentence(start)
    before = {id(c): facts.index(c).before(start) for c, _ in candidates}
    prior_starts = sorted(prior[0] for prior, _ in before.values() if prior)
    first = min((c.mentions[0][0] for c, _ in candidates if c.mentions), default=-1)
    rows = []
    for candidate, chosen in candidates:
        prior, count = before[id(candidate)]
        following = facts.index(candidate).first_from(end)
        gender = facts.genders.get(candidate.name, 0.0)
        was_previous = previous is not None and previous.speaker_name is not None and (
            previous.speaker == candidate.entity_id if candidate.entity_id
            else same_name(previous.speaker_name, candidate.name))
        title_words = set(re.findall(r"[a-z]+", candidate.title.lower()))
        rows.append({
            "has prior mention": float(prior is not None),
            "log char distance": math.log1p(start - prior[1]) if prior else 10.0,
            "sentence distance": min(10, sentence - facts.sentence(prior[0])) if prior else 10.0,
            # how many candidates were mentioned later than this one before the quote
            "recency rank": min(5, len(prior_starts) - bisect_right(prior_starts, prior[0])) if prior else 5.0,
            "same paragraph": float(facts.in_paragraph(facts.index(candidate), paragraph)),
            "named after in paragraph": float(following is not None and facts.paragraph(following) == paragraph),
            "prior mention is a subject": float(prior is not None and facts.is_subject(prior)),
            "previous quote's speaker": float(was_previous),
            "log mentions so far": math.log1p(count),
            "first named in article": float(bool(candidate.mentions) and candidate.mentions[0][0] == first),
            "is person": float(candidate.is_person),
            "is a place": float(candidate.is_place),
            "gender agrees": float(cue_gender != 0 and gender == cue_gender),
            "gender clashes": float(cue_gender != 0 and gender == -cue_gender),
            "he/she for a body": float(cue_gender != 0 and not candidate.is_person),
            "it/they for a body": float(cue_pronoun in BODY_PRONOUNS and not candidate.is_person),
            "description in title": float(bool(description & title_words)),
            "cue definite": float(form == "definite"),
            "cue indefinite or plural": float(form in ("indefinite", "plural")),
            "cue head in name": float(bool(head) and head in name_words(candidate.name)),
            "cue head in title": float(bool(head) and head in title_words),
            "cue body, a body": float(cue_body and not candidate.is_person),
            "cue role, a person": float(cue_role and candidate.is_person),
            "rules chose it": float(chosen),
        })
    return rows


def resolved_speakers(entities: Sequence[Entity]) -> set[str]:
    """The ids of the people and bodies a quote may be said to be by: a body named only by the words at its cue
    ('board' for "the board said", no capital anywhere) is a description the rules left unresolved."""
    return {entity.id for entity in entities if entity.type == "person" or (
        entity.type == "organization" and entity.name != entity.name.lower())}


def given_words(candidates: Sequence[Candidate]) -> frozenset[str]:
    """Every word the article gave a candidate by name or title: what a definite description's head must be."""
    return frozenset(word for candidate in candidates
                     for word in name_words(candidate.name) | set(re.findall(r"[a-z]+", candidate.title.lower())))


def is_open(doc: Doc, quote: Quote, resolved: set[str], given: frozenset[str] = frozenset()) -> bool:
    """Whether the gated ranker may name this quote's speaker: a direct quote the rules left without a person or
    body (``resolved_speakers``), its cue's mention a singular pronoun, missing, or definite with a head word the
    article has already given someone by name or title (``given_words``: 'the minister' after 'Foreign Minister
    Susana Malcorra'; not 'the official' that stands for 'a senior official' earlier)."""
    if quote.kind != "direct" or quote.speaker in resolved:
        return False
    span = cue_span(doc, quote)
    form = cue_form(span)
    if form == "pronoun":
        return "Plur" not in span.root.morph.get("Number")  # 'they' after unnamed officials stays theirs
    if form != "definite":
        return form == "none"  # indefinite, plural or a bare name: the rules' answer stands
    return span.root.lemma_.lower() in given
