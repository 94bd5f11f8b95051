"""Whose government speaks: a bare 'the government' is the one country whose act its words report; one named by its
leader is the leader's country's, and an administration named by its head is the head's state."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.people.heads import state_headed_by
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.states import countries, country_names, state_of_government
from quotelens.language.tree import children, conjuncts

# Links by which a cue's clause is what it reports: 'the government said [Switzerland will adopt …]', or the
# parser's reading with the cue hung on the reported clause ('Switzerland will adopt …, the government said').
REPORTED_LINKS = ("ccomp", "parataxis")
# Words that tie a country to the acting subject: 'Switzerland will adopt', 'The Swiss measure will ban', "Japan's
# cabinet approved".
COUNTRY_LINKS = ("amod", "compound", "poss", "nmod")
# How many sentences before a bare 'the government' the state it refers back to may have been named in.
GOVERNMENT_SENTENCES = 4


def country_government(scope: QuoteScope, source: Span) -> str | None:
    """'Switzerland … will adopt the rest of the sanctions “…”, the government said', 'The Swiss measure will ban
    …, the government said': a bare 'the government' reporting what one country does is that country's government
    (docs/annotation.md, S40: 'the X government' speaks as the state, 'Switzerland'). Only from the clause it
    reports: a country merely named nearby is no evidence."""
    root = source.root
    if not _bare_government(source) or root.dep_ != "nsubj":
        return None
    cue = root.head
    clauses = [clause for clause in children(cue, *REPORTED_LINKS) if not scope.in_quote(clause.idx)]
    if cue.dep_ in REPORTED_LINKS and not scope.in_quote(cue.head.idx):
        clauses.append(cue.head)
    states = {state for clause in clauses for subject in children(clause, "nsubj", "nsubjpass")
              for state in _states_of(scope, subject)}
    return states.pop() if len(states) == 1 else None


def _states_of(scope: QuoteScope, subject: Token) -> set[str]:
    """The countries a subject is or is tied to ('Switzerland', 'The Swiss measure'), as the names the article's
    word list gives them."""
    names = country_names()
    found = set()
    for head in (subject, *conjuncts(subject)):
        for token in (head, *children(head, *COUNTRY_LINKS)):
            if token.lower_ in names and not scope.in_quote(token.idx):
                found.add(names[token.lower_])
    return found


def leaders_government(scope: QuoteScope, source: Span) -> str | None:
    """'the government of President Nicolas Maduro', 'the Trudeau government' → 'Venezuela', 'Canada': a
    government named by its leader speaks as the country the article makes the leader's (docs/annotation.md, S40;
    batch 23 settled 'the Trudeau government' as Canada)."""
    root = source.root
    if root.lemma_.lower() != "government":
        return None
    leaders = children(root, "poss", "compound") + [g for of in children(root, "prep") if of.lower_ == "of"
                                        for g in children(of, "pobj")]
    leader = scope.resolver.resolve(mention_span(leaders[0])) if leaders and leaders[0].pos_ == "PROPN" else None
    countries = set(scope.resolver.countries.values())
    if leader is None or leader.type != "person":
        return None
    # A head the article gives no country ('the Trudeau government' alone) is the state a listed head so named led.
    state = leader.organization if leader.organization in countries else state_headed_by(leader.name)
    return state or None


def administrations_state(source: Span) -> str | None:
    """'the Trump administration said', 'the administration of President Joe Biden said': an administration named by
    a listed head speaks as the head's state (docs/annotation.md, S17: 'United States'). Only a name every listed
    head so named shares one state of; 'a new local administration' names no head."""
    root = source.root
    if root.lower_ != "administration":
        return None
    heads = [token for token in children(root, "compound", "poss") if token.pos_ == "PROPN"] + [
        name for of in children(root, "prep") if of.lower_ == "of" for name in children(of, "pobj")
        if name.pos_ == "PROPN"]
    if not heads:
        return None
    name = mention_span(heads[0])
    # The name without the titles before it: 'US President Donald Trump' is looked up from 'Donald Trump'.
    states = (state_headed_by(name.doc[start:name.end].text) for start in range(name.start, name.end))
    return next((state for state in states if state), None)


def named_government(scope: QuoteScope, source: Span) -> str | None:
    """'The government of Switzerland said … Repeating its offer to mediate the government said: “…”', 'Pakistan
    on Thursday condemned … The government also criticised …': a bare 'the government' is a definite description
    and refers back to the one state the article last named acting or governing — a country's government ('the
    Government of Mali', "Japan's government") or a country as the subject of a clause — a few sentences back,
    outside quotes. Two states in that nearest sentence, or none within reach, leave it to the later rules."""
    if not _bare_government(source):
        return None
    for sentence in scope.sentences_back(source.root, GOVERNMENT_SENTENCES):
        named = [named for token in sentence if token.i < source.start and not scope.in_quote(token.idx)
                 for named in [_state_of_mention(token) or _earlier_bare_government(scope, token)] if named]
        if named:
            return named[0][0] if len({state for state, _ in named}) == 1 else None
    return None


def _bare_government(source: Span) -> bool:
    return [token.lower_ for token in source if not token.is_punct] == ["the", "government"]


def _earlier_bare_government(scope: QuoteScope, token: Token) -> tuple[str, str] | None:
    """'Twenty-five Malian soldiers were killed …, the government announced. … “neutralized,” the government said':
    a repeated definite description refers to what it referred to before, so an earlier bare 'the government' whose
    own reported clause names its state (``country_government``) gives a later one that state too."""
    if token.lower_ != "government" or token.i == 0 or token.nbor(-1).lower_ != "the":
        return None
    state = country_government(scope, token.doc[token.i - 1:token.i + 1])
    return (state, f"{state} government") if state else None


def _state_of_mention(token: Token) -> tuple[str, str] | None:
    """The country a token names as a state that acts or governs, and its government as the article words it: the
    head of 'the Swiss government' (Switzerland, 'Swiss government') or 'the Government of Mali', or a country
    that is a clause's subject ('Pakistan condemned')."""
    if token.lemma_.lower() == "government":
        words = [*children(token, "amod", "compound", "poss"), token]
        state = state_of_government(words)
        if state:
            return state, " ".join(word.text for word in words if word.tag_ != "POS")
        state = next((country_names()[name.lower_] for of in children(token, "prep") if of.lower_ == "of"
                      for name in children(of, "pobj") if name.lower_ in country_names()), None)
        return (state, f"{state} government") if state else None
    if token.dep_ == "nsubj" and token.pos_ == "PROPN" and token.head.pos_ == "VERB":
        name = " ".join(t.lower_ for t in (*children(token, "compound"), token))
        state = countries().get(name) or countries().get(token.lower_)
        return (state, f"{state} government") if state else None
    return None
