"""Candidate speakers and their features for one gold direct quote of the news corpus (bench/speaker_ranker.py).

A measurement, not a pipeline stage: the candidates are what one analysis already holds — the people and
organisation entities of the API response (by the mentions that carry their name, not the pronouns and
descriptions the rules tied to them, which would hand the rules' answer to every feature), the ORG and GPE entities
spaCy tags, and the rules' own answer — and each is labelled right by the bench's ``same_speaker``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from news_corpus import half_overlap, locate, name_words, same_speaker
from quotes import PRONOUNS, response_found, speaker_class

# The classes where the gold speaker is not the name at the cue: the ones a ranker over earlier mentions could fix.
RANKED_CLASSES = ("pronoun", "description", "organisation", "no mention at the cue")
HONORIFIC = re.compile(r"\b(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Mme|Madam|Dame|Lady))\.?\s+$")
MALE, FEMALE = {"he", "him", "his", "himself"}, {"she", "her", "hers", "herself"}
SUBJECTS = {"nsubj", "nsubjpass"}


@dataclass
class Candidate:
    name: str
    is_person: bool
    mentions: list[tuple[int, int]] = field(default_factory=list)
    entity_id: str | None = None
    title: str = ""


@dataclass
class Row:
    """One gold quote: its class, whether the rules were right or named nobody, its candidates, and whether the
    gold names a speaker at all (an unnamed source is right only when nobody is named)."""

    article_id: str
    kind: str
    rules_right: bool
    rules_silent: bool
    names: list[str]
    features: list[dict[str, float]]
    labels: list[bool]
    gold_named: bool


class ArticleFacts:
    """What the features read of one analysed article: sentences, paragraphs, subjects, candidates, gender."""

    def __init__(self, article, response: dict, doc) -> None:
        self.text = article.text
        self.sentence_starts = [sentence.start_char for sentence in doc.sents]
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", self.text)]
        self.subject_chars = {t.idx for t in doc if t.dep_ in SUBJECTS}
        self.candidates = article_candidates(response, doc)
        self.gender = {id(c): self.gender_of(c) for c in self.candidates}

    def sentence(self, at: int) -> int:
        return bisect_right(self.sentence_starts, at)

    def paragraph(self, at: int) -> int:
        return bisect_right(self.paragraph_starts, at)

    def is_subject(self, mention: tuple[int, int]) -> bool:
        return any(mention[0] <= char < mention[1] for char in self.subject_chars)

    def gender_of(self, candidate: Candidate) -> float:
        """+1 male, -1 female, 0 unknown: honorifics before its name, and the first personal pronoun after a
        mention of it up to the next sentence's end when no other candidate is mentioned in between."""
        if not candidate.is_person:
            return 0.0
        votes = 0
        others = sorted(m for c in self.candidates if c is not candidate for m in c.mentions)
        for start, end in candidate.mentions:
            honorific = HONORIFIC.search(self.text[max(0, start - 8):start])
            if honorific:
                votes += 1 if honorific.group(1) else -1
            limit = self.sentence_starts[min(len(self.sentence_starts) - 1, self.sentence(end) + 1)]
            limit = max(limit, end)
            limit = min([limit] + [s for s, _ in others if s >= end])
            word = next((w.lower() for w in re.findall(r"[A-Za-z]+", self.text[end:limit])
                         if w.lower() in MALE | FEMALE), None)
            votes += (word in MALE) - (word in FEMALE) if word else 0
        return float((votes > 0) - (votes < 0))


def article_candidates(response: dict, doc) -> list[Candidate]:
    candidates = []
    for entity in response["entities"]:
        if entity["type"] not in ("person", "organization"):
            continue
        words = name_words(" ".join([entity["name"], *entity.get("aliases", ())]))
        mentions = [(m["start"], m["end"]) for m in entity["mentions"]
                    if name_words(doc.text[m["start"]:m["end"]]) & words]
        candidates.append(Candidate(entity["name"], entity["type"] == "person", mentions, entity["id"],
                                    entity.get("title") or ""))
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE") or not name_words(ent.text):
            continue
        same = next((c for c in candidates if same_speaker(c.name, ent.text)), None)
        if same is None:
            same = Candidate(ent.text, False)
            candidates.append(same)
        if (ent.start_char, ent.end_char) not in same.mentions:
            same.mentions.append((ent.start_char, ent.end_char))
    for candidate in candidates:
        candidate.mentions.sort()
    return candidates


def article_rows(article, response: dict, doc) -> list[Row]:
    facts = ArticleFacts(article, response, doc)
    direct, unnamed, _ = response_found(response)
    quotes = sorted((q for q in response["quotes"] if q["kind"] == "direct"), key=lambda q: q["start"])
    rows = []
    for gold in article.quotes:
        kind = speaker_class(gold)
        span = locate(article.text, gold["quote"], gold.get("occurrence", 1))
        match = next((q for q in quotes if half_overlap(span, (q["start"], q["end"]))), None)
        if match is None:
            rows.append(Row(article.id, kind, False, True, [], [], [], gold["speaker"] is not None))
            continue
        named = (match["start"], match["end"]) not in unnamed
        silent = not match["speaker_name"]
        # As bench/quotes.py counts it: an unnamed gold speaker is right when the rules name nobody.
        rules_right = (silent or not named) if gold["speaker"] is None else (
            named and same_speaker(match["speaker_name"], gold["speaker"]))
        candidates = with_rules_answer(facts.candidates, match if named else None)
        earlier = [q for q in quotes if q["end"] <= match["start"]]
        features = quote_features(facts, match, candidates, earlier[-1] if earlier else None)
        rows.append(Row(article.id, kind, rules_right, silent,
                        [c.name for c, _ in candidates], features,
                        [same_speaker(c.name, gold["speaker"] or "") for c, _ in candidates],
                        gold["speaker"] is not None))
    return rows


def with_rules_answer(candidates: list[Candidate], match: dict | None) -> list[tuple[Candidate, bool]]:
    """Every candidate with whether the rules chose it; the rules' answer added when it is none of them."""
    if match is None or not match["speaker_name"]:
        return [(c, False) for c in candidates]
    chosen = [c.entity_id == match["speaker"] if match["speaker"] else same_speaker(c.name, match["speaker_name"])
              for c in candidates]
    paired = list(zip(candidates, chosen))
    if not any(chosen):
        source = match["source"]
        mentions = [(source["start"], source["end"])] if source else []
        paired.append((Candidate(match["speaker_name"], True, mentions), True))
    return paired


def quote_features(facts: ArticleFacts, quote: dict, candidates, previous: dict | None) -> list[dict[str, float]]:
    start, end = quote["start"], quote["end"]
    source = quote["source"]
    source_text = facts.text[source["start"]:source["end"]].strip().lower() if source else ""
    cue_pronoun = source_text if source_text in PRONOUNS else ""
    cue_gender = (cue_pronoun in MALE) - (cue_pronoun in FEMALE)
    description = {w for w in re.findall(r"[a-z]+", source_text)} - PRONOUNS - {"the", "a", "an", "of"}
    paragraph, sentence = facts.paragraph(start), facts.sentence(start)
    last_prior = {id(c): max((m for m in c.mentions if m[1] <= start), default=None) for c, _ in candidates}
    order = sorted((m[0] for m in last_prior.values() if m), reverse=True)
    first = min((c.mentions[0][0] for c, _ in candidates if c.mentions), default=-1)
    rows = []
    for candidate, chosen in candidates:
        prior = last_prior[id(candidate)]
        count = sum(1 for m in candidate.mentions if m[1] <= start)
        after = [m for m in candidate.mentions if m[0] >= end and facts.paragraph(m[0]) == paragraph]
        gender = facts.gender[id(candidate)] if id(candidate) in facts.gender else 0.0
        was_previous = previous is not None and previous["speaker_name"] is not None and (
            previous["speaker"] == candidate.entity_id if candidate.entity_id
            else same_speaker(previous["speaker_name"], candidate.name))
        rows.append({
            "has prior mention": float(prior is not None),
            "log char distance": math.log1p(start - prior[1]) if prior else 10.0,
            "sentence distance": min(10, sentence - facts.sentence(prior[0])) if prior else 10.0,
            "recency rank": min(5, order.index(prior[0])) if prior else 5.0,
            "same paragraph": float(any(facts.paragraph(m[0]) == paragraph for m in candidate.mentions)),
            "named after in paragraph": float(bool(after)),
            "prior mention is a subject": float(prior is not None and facts.is_subject(prior)),
            "previous quote's speaker": float(was_previous),
            "log mentions so far": math.log1p(count),
            "first named in article": float(bool(candidate.mentions) and candidate.mentions[0][0] == first),
            "is person": float(candidate.is_person),
            "gender agrees": float(cue_gender != 0 and gender == cue_gender),
            "gender clashes": float(cue_gender != 0 and gender == -cue_gender),
            "he/she for a body": float(cue_gender != 0 and not candidate.is_person),
            "it/they for a body": float(cue_pronoun in ("it", "they", "its", "their") and not candidate.is_person),
            "description in title": float(bool(description & set(re.findall(r"[a-z]+", candidate.title.lower())))),
            "rules chose it": float(chosen),
        })
    return rows
