"""The rows bench/speaker_ranker.py learns and scores: one per gold direct quote of the news corpus.

The candidates, features and gate are the server's (quotelens/findings/quotes/ranker_features.py), over the entities
and quotes of an analysis with the ranker off (the rules' own answers) read back into the server's records; each
candidate is labelled right by the bench's ``same_speaker``.
"""

from __future__ import annotations

from dataclasses import dataclass

from news_corpus import half_overlap, locate, same_speaker
from quotes import response_found, speaker_class

from quotelens.findings.quotes.ranker_candidates import Candidate, find_candidates, given_words, resolved_speakers
from quotelens.findings.quotes.ranker_facts import ArticleFacts
from quotelens.findings.quotes.ranker_features import cue_form, cue_span, is_open, quote_features

# The classes where the gold speaker is not the name at the cue: the ones a ranker over earlier mentions could fix.
RANKED_CLASSES = ("pronoun", "description", "organisation", "no mention at the cue")


@dataclass
class Row:
    """One gold quote: its class, whether the rules were right or named nobody, its candidates, whether the gold
    names a speaker at all (an unnamed source is right only when nobody is named), and whether the gate lets the
    ranker answer it (ranker_features.is_open), and whether it only teaches the gated ranker (``teaches``: the rules
    named a person or body at a singular pronoun, a closed quote whose candidates are ranked as an open one's)."""

    article_id: str
    kind: str
    rules_right: bool
    rules_silent: bool
    names: list[str]
    features: list[dict[str, float]]
    labels: list[bool]
    gold_named: bool
    gate_open: bool = False
    teaches: bool = False


def as_records(response: dict):
    """The response's entities and direct quotes as the server's records."""
    from quotelens.model import Entity, Mention, Quote

    entities = [Entity(e["id"], e["type"], e["name"], tuple(e.get("aliases", ())), e.get("title"),
                       mentions=tuple((m["start"], m["end"]) for m in e["mentions"])) for e in response["entities"]]
    quotes = [Quote(q["id"], q["kind"], q["start"], q["end"], q.get("text", ""), q["speaker"], q["speaker_name"],
                    Mention(q["source"]["start"], q["source"]["end"], q["source"].get("text", ""))
                    if q["source"] else None)
              for q in response["quotes"] if q["kind"] == "direct"]
    return entities, sorted(quotes, key=lambda q: q.start)


@dataclass
class ArticleView:
    """What every training row of one article reads: its direct quotes in order, the people and bodies the rules
    resolved, the candidates' facts, the words the candidates give, and the quotes the rules left unnamed."""
    doc: object
    quotes: list
    resolved: set
    facts: ArticleFacts
    given: set
    unnamed: set

    def ranked(self, match, named: bool):
        """The candidates for one found quote (with whether the rules chose each) and their features."""
        candidates = with_rules_answer(self.facts.candidates, match if named else None)
        earlier = [q for q in self.quotes if q.end <= match.start]
        return candidates, quote_features(self.facts, match, candidates, earlier[-1] if earlier else None)

    def gate_open(self, match) -> bool:
        return is_open(self.doc, match, self.resolved, self.given)

    def teaches(self, match) -> bool:
        """A quote whose singular pronoun cue the rules resolved: the same question, asked of far more quotes."""
        return match.speaker in self.resolved and singular_pronoun(self.doc, match)


def article_view(response: dict, doc) -> ArticleView:
    entities, quotes = as_records(response)
    facts = ArticleFacts(doc, find_candidates(doc, entities))
    _, unnamed, _ = response_found(response)
    return ArticleView(doc, quotes, resolved_speakers(entities), facts, given_words(facts.candidates), unnamed)


def article_rows(article, response: dict, doc) -> list[Row]:
    view = article_view(response, doc)
    quotes = view.quotes
    rows = []
    for gold in article.quotes:
        kind = speaker_class(gold)
        span = locate(article.text, gold["quote"], gold.get("occurrence", 1))
        match = next((q for q in quotes if half_overlap(span, (q.start, q.end))), None)
        if match is None:
            rows.append(Row(article.id, kind, False, True, [], [], [], gold["speaker"] is not None))
            continue
        named = (match.start, match.end) not in view.unnamed
        silent = not match.speaker_name
        # As bench/quotes.py counts it: an unnamed gold speaker is right when the rules name nobody.
        rules_right = (silent or not named) if gold["speaker"] is None else (
            named and same_speaker(match.speaker_name, gold["speaker"]))
        candidates, features = view.ranked(match, named)
        rows.append(Row(article.id, kind, rules_right, silent, [c.name for c, _ in candidates], features,
                        [same_speaker(c.name, gold["speaker"] or "") for c, _ in candidates],
                        gold["speaker"] is not None, view.gate_open(match), view.teaches(match)))
    return rows


def singular_pronoun(doc, quote) -> bool:
    span = cue_span(doc, quote)
    return cue_form(span) == "pronoun" and "Plur" not in span.root.morph.get("Number")


def with_rules_answer(candidates, match):
    """Every candidate with whether the rules chose it; the rules' answer added when it is none of them."""
    if match is None or not match.speaker_name:
        return [(c, False) for c in candidates]
    chosen = [c.entity_id == match.speaker if match.speaker else same_speaker(c.name, match.speaker_name)
              for c in candidates]
    paired = list(zip(candidates, chosen))
    if not any(chosen):
        mentions = ((match.source.start, match.source.end),) if match.source else ()
        paired.append((Candidate(match.speaker_name, True, mentions), True))
    return paired
