"""The learned speaker ranker: names the speaker of a direct quote the rules left unresolved at a definite cue.

Gated by what the rules found at the cue, not by a score alone (ranker_features.is_open): it may answer only where
the quote has no person or organisation speaker and the mention at the cue is missing, a singular pronoun ('it'
after a statement), or definite with a head word the article already gave someone ('the minister' after 'Foreign
Minister Susana Malcorra'). An indefinite or plural unnamed source ('a senior official', 'officials', 'sources',
'they') stays unnamed. Then precision first: it answers only when its top candidate scores over the threshold set
on the tune half. The weights are data (data/speaker_ranker.json, written by bench/train_speaker_ranker.py): a
logistic regression over standardised features, fitted on the tune quotes this gate opens and those whose singular
pronoun the rules resolved (the same question on more quotes; the rules' answer is no feature), read here as a dot
product over the features the file names.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from quotelens.context import DocContext
from quotelens.findings.organization_entities import organization_entities
from quotelens.findings.organizations import ORGANIZATION_ID
from quotelens.findings.quotes.ranker_candidates import Candidate, find_candidates, given_words, resolved_speakers
from quotelens.findings.quotes.ranker_facts import ArticleFacts
from quotelens.findings.quotes.ranker_features import BODY_PRONOUNS, cue_span, is_open, quote_features
from quotelens.model import Entity, Quote

# At most this many quotes of one article are ranked (news articles have a handful open to it; a page of a
# thousand bare quotes costs no more than this many rankings over its candidates).
MAX_RANKED = 16


@dataclass(frozen=True)
class RankerWeights:
    """A logistic regression over standardised features: p = σ(intercept + Σ coef · (x − mean) / scale)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(c * (features[name] - m) / s
                                 for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef))
        return 1.0 / (1.0 + math.exp(-z))


@cache
def ranker_weights() -> RankerWeights:
    data = json.loads(resources.files("quotelens.data").joinpath("speaker_ranker.json").read_text(encoding="utf-8"))
    return RankerWeights(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]),
                         float(data["intercept"]), float(data["threshold"]))


def rank_speakers(context: DocContext, quotes: Sequence[Quote], people: Sequence[Entity]) -> list[Quote]:
    """``quotes`` with the speaker the ranker names for each open quote whose top candidate scores over the
    threshold (the first MAX_RANKED of them); every other quote as the rules left it."""
    entities = [*people, *organization_entities(quotes)]
    resolved = resolved_speakers(entities)
    if all(quote.kind != "direct" or quote.speaker in resolved for quote in quotes):
        return list(quotes)
    candidates = find_candidates(context.doc, entities)
    given = given_words(candidates)
    opened = [quote for quote in quotes if is_open(context.doc, quote, resolved, given)][:MAX_RANKED]
    if not opened or not candidates:
        return list(quotes)
    weights = ranker_weights()
    facts = ArticleFacts(context.doc, candidates)
    direct = sorted((quote for quote in quotes if quote.kind == "direct"), key=lambda quote: quote.start)
    new_ids = NewOrganizations(entities)
    officials = {entity.id for entity in people if entity.is_official}
    named: dict[str, Quote] = {}
    for quote in opened:
        previous = next((q for q in reversed(direct) if q.end <= quote.start), None)
        paired = [(candidate, candidate.entity_id is not None and candidate.entity_id == quote.speaker)
                  for candidate in candidates]
        scores = [weights.probability(f) if _kind_fits(context.doc, quote, candidate, officials) else 0.0
                  for f, candidate in zip(quote_features(facts, quote, paired, previous), candidates, strict=True)]
        top = max(range(len(scores)), key=scores.__getitem__)
        if scores[top] >= weights.threshold:
            chosen = candidates[top]
            named[quote.id] = replace(quote, speaker=chosen.entity_id or new_ids.id_for(chosen),
                                      speaker_name=chosen.name)
    return [named.get(quote.id, quote) for quote in quotes]


def _kind_fits(doc, quote: Quote, candidate: Candidate, officials: set[str]) -> bool:
    """A cue's 'it' is a body's: a person is no answer ('“…,” said Sigal Mandelker, Treasury Under Secretary. …
    “…,” it said' is the Treasury's, not hers). The features only weigh it, and the others can outweigh them;
    precision first, it decides here. Not 'he' or 'she' for a body, which translated news writes ('The US Treasury
    announced …. And she added': the Arabic feminine of a body). Nor is a mention the rules read as a body ('his
    office said in a statement', 'the foreign ministry said') the official the ranker scores highest ('U.S.
    Ambassador Alaina Teplitz'); anyone else may be a body the people finder took for a person ('The military
    announced …' is the Tatmadaw's, 'the military’s Myanmar name')."""
    if not candidate.is_person:
        return True
    if candidate.entity_id in officials and quote.speaker is not None and quote.speaker.startswith(ORGANIZATION_ID):
        return False
    span = cue_span(doc, quote)
    return not (span is not None and span.root.pos_ == "PRON" and span.text.strip().lower() in BODY_PRONOUNS)


class NewOrganizations:
    """``organization<n>`` ids for bodies the ranker names that no quote named before (a spaCy ORG or GPE), so
    the reader can click them like any other body that speaks."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        numbers = [int(e.id[len(ORGANIZATION_ID):]) for e in entities
                   if e.id.startswith(ORGANIZATION_ID) and e.id[len(ORGANIZATION_ID):].isdigit()]
        self.next = max(numbers, default=0) + 1
        self.ids: dict[str, str] = {}

    def id_for(self, candidate: Candidate) -> str:
        if candidate.name not in self.ids:
            self.ids[candidate.name] = f"{ORGANIZATION_ID}{self.next}"
            self.next += 1
        return self.ids[candidate.name]
