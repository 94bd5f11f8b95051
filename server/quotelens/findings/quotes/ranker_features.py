"""The features a learned ranker scores a direct quote's candidate speakers by, and its gate (issue 14).

The same code computes the features for the server (ranker.py), the trainer (bench/train_speaker_ranker.py) and the
bench (bench/speaker_ranker.py), so the weights in data/speaker_ranker.json are read against exactly what they were
fitted on. The candidates are ranker_candidates.py's, what the features read of the article ranker_facts.py's. The
gate (is_open) lets the ranker answer only where the rules found no person or body and the mention at the cue is
missing, a singular pronoun, or definite with a head word the article gave a candidate; an indefinite or plural
unnamed source ('a senior official', 'officials') stays.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.ranker_candidates import Candidate, name_words, same_name
from quotelens.findings.quotes.ranker_facts import FEMALE, MALE, ArticleFacts
from quotelens.findings.written_titles import role_words
from quotelens.model import Quote

BODY_PRONOUNS = frozenset({"it", "they", "its", "their"})
PRONOUNS = MALE | FEMALE | BODY_PRONOUNS | {"i", "we", "you", "them"}
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


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
    before = [facts.index(c).before(start) for c, _ in candidates]
    prior_starts = sorted(prior[0] for prior, _ in before if prior)
    first = min((c.mentions[0][0] for c, _ in candidates if c.mentions), default=-1)
    rows = []
    for (candidate, chosen), (prior, count) in zip(candidates, before, strict=True):
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
