"""The article-wide facts the sanctions rules look up (the states and bodies it names, and where), computed once per
article so that each mention costs the same on a long page."""

from __future__ import annotations

from collections import Counter
from itertools import islice
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Sequence, TypeVar

from spacy.tokens import Doc, Token

from quotelens.findings.sanctions.aliases import authority_of_text, bare_name, state_of_capital
from quotelens.findings.sanctions.candidate import is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon, load_lexicon
from quotelens.language.entities import named_entities
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children
from quotelens.model import Entity, Quote

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate

F = TypeVar("F")  # sanctions.py's finding: candidate, status, authority, targets, unattributed


@dataclass(frozen=True)
class Context:
    """What the rules look up across the article."""

    doc: Doc
    quotes: tuple[Quote, ...]
    entities_by_id: dict
    entities: tuple[Entity, ...]
    states_by_sentence: dict  # sentence start -> each GPE name in it, with the state it stands for (_states_named)
    country_names: frozenset[str]  # every GPE and NORP name of the article
    countries_in_order: tuple[tuple[int, str], ...]  # (first token, state) of each GPE, in text order
    bodies_in_order: tuple[tuple[int, str], ...]  # (first token, authority) of each known body named (ORG)
    announced_lists: dict  # sentence start -> first word of the list a colon opens ('the following persons: A; B')
    counted_lists: dict  # sentence start -> first word of the members a counted group's colon or dash opens


def context_of(doc: Doc, quotes: Sequence[Quote], entities: Sequence[Entity]) -> Context:
    by_sentence: dict[int, set[str]] = {}
    names, in_order, bodies = set(), [], []
    lex = load_lexicon()
    states = set(lex.country_of_adjective.values())
    for ent in named_entities(doc):
        # a country's name alone that the small model tags as a person or body ("Mali", "Niger") is the country
        label = "GPE" if ent.label_ in ("PERSON", "ORG") and ent.text in states else ent.label_
        party = authority_of_text(bare_name(ent.text), lex) if label in ("GPE", "ORG") else None
        if label == "ORG" and party is not None and not _named_for_a_city(ent.text, lex):
            bodies.append((ent.start, party))
        if label in ("GPE", "NORP"):
            names.add(bare_name(ent.text))
        if label == "GPE" and not _only_a_setting(ent.root, lex):
            by_sentence.setdefault(sentence_start(ent[0]), set()).add(bare_name(ent.text))
        if label == "GPE" and ent.root.dep_ != "compound":  # not an office's state: "US President"
            in_order.append((ent.start, party or state_of_capital(bare_name(ent.text))))
    states = {start: _states_named(countries, lex) for start, countries in by_sentence.items()}
    return Context(doc, tuple(quotes), {e.id: e for e in entities}, tuple(entities), states, frozenset(names),
                   tuple(in_order), tuple(bodies), _announced_lists(doc, lex), _counted_lists(doc, lex))


def _named_for_a_city(name: str, lex: Lexicon) -> bool:
    """'Minsk' (of 'the Minsk agreements'), 'the Moscow Exchange': a capital, or a name it opens, stands for its
    state's government or a thing of the city, never for the bloc or council a later 'the Council' means."""
    words = bare_name(name).lower().split()
    return bool(words) and words[0] in lex.capital_of


def _announced_lists(doc: Doc, lex: Lexicon) -> dict[int, int]:
    """Where a sentence announces its targets as a list after a colon: 'in relation to the following persons: Serhiy
    Abisov; Mykola Azarov; …'. The group a colon follows is 'following' ones a measure can hit; not a colon after a
    verb of saying ('said: “I have signed …'), nor 'the following day:'."""
    found: dict[int, int] = {}
    for colon in doc[1:-1]:
        group = doc[colon.i - 1]
        if colon.text == ":" and is_possible_target(group, lex) and any(
                c.lower_ == "following" for c in children(group, "amod")):
            found.setdefault(sentence_start(colon), colon.i + 1)
    return found


# Marks after which a counted group's members follow: 'two banks from Kyrgyzstan — Tolubai and Eurasian Savings Bank'.
_MEMBER_MARKS = frozenset((":", "—", "–"))
# Words before the mark the counted group may start at ('two banks from Kyrgyzstan —': 4).
_GROUP_WORDS = 4


def _counted_lists(doc: Doc, lex: Lexicon) -> dict[int, int]:
    """Where a counted group a measure can hit ('three officials', 'two banks from Kyrgyzstan') is followed by a colon
    or a dash that opens its members in the same sentence: docs/annotation.md S11 gives such a mention the count as
    written and each member the sentence names. Not a colon after a verb of saying (no counted group before it)."""
    found: dict[int, int] = {}
    for mark in doc[1:-1]:
        # a member by name or by description ('55 Georgian citizens – prosecutors, judges': S27)
        if mark.text not in _MEMBER_MARKS or not (doc[mark.i + 1].pos_ == "PROPN" or doc[mark.i + 1].tag_ == "NNS"):
            continue
        # the group right before the mark or a few words back ('two banks from Kyrgyzstan —'), wherever the parse
        # hangs its complement
        before = doc[max(sentence_start(mark), mark.i - _GROUP_WORDS): mark.i]
        if any(w.tag_ == "NNS" and children(w, "nummod") and is_possible_target(w, lex) for w in before):
            found.setdefault(sentence_start(mark), mark.i + 1)
    return found


def _only_a_setting(root: Token, lex: Lexicon) -> bool:
    """A country named where something happens ('a meeting in Berlin'), in a reason ('for actions that threatened
    the independence of Ukraine', 'over its invasion of Ukraine') or describing a noun that is no party ('the
    Ukraine situation', not 'the Niger regime'): not the one a measure of its sentence hits. Up to the first
    preposition that names a target ('sanctions it imposed on Zimbabwe'), where people are ('individuals in
    Myanmar') or a few words: a long list stays linear."""
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and not is_possible_target(root.head, lex) \
            and root.head.lemma_.lower() not in lex.measure_nouns:
        return True
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lex.travel_ban_from and root.head.dep_ in ("pcomp", "xcomp"):
        return True  # where a ban keeps people out ('barred from entering Czechia'), not whom it hits; not a finite
    # 'none of the banned products has entered Poland', which says whose embargo it is
    prepositions = []
    for word in islice(root.ancestors, 8):
        if word.dep_ == "prep" and (is_possible_target(word.head, lex) or word.lower_ in lex.target_preps and (
                word.head.pos_ == "VERB" or word.head.lemma_.lower() in lex.measure_nouns)):
            break  # 'imposed on Zimbabwe'; not 'in response to', 'aggression against Ukraine'
        prepositions += [word] if word.dep_ == "prep" else []
    if prepositions and prepositions[0].head.lemma_.lower() in lex.travel_ban_objects:
        return True  # the country a ban on entry is about entering: 'a ban on entry to Moldova'
    return bool(prepositions) and prepositions[0].lower_ in lex.setting_preps or any(
        p.lower_ in lex.reason_preps or any(o.lemma_.lower() in lex.reason_nouns for o in children(p, "pobj"))
        for p in prepositions)


def body_named_before(word: Token, context: Context) -> str | None:
    """The body a definite body noun stands for: 'the authority will ease the sanctions' after 'Ecowas decided'.
    Resolving 'it' to the party of the sentence before the same way cost PolNeAR authority (0.845 -> 0.759)."""
    return next((party for at, party in reversed(context.bodies_in_order) if at < word.i), None)


def names_country(text: str, context: Context) -> bool:
    """'Russia', 'Russian institutions or individuals': a target inside a country."""
    return any(name in text for name in context.country_names)


def sentence_country(candidate: Candidate, authority: str | None, context: Context,
                     actor: str | None = None) -> tuple[str, ...]:
    """The one country of the sentence other than the authority and the ``actor`` acting on the measure, for a
    mention whose phrase names no target ('pledged to impose further sanctions' after 'condemnation of North Korea's
    test'). Two or more: none."""
    if any(c.lower_ == "any" for c in children(candidate.head, "det")):
        return ()  # 'prohibit the president from waiving any sanctions': measures as a kind, no one country's
    named = context.states_by_sentence.get(sentence_start(candidate.trigger), {})
    # 'possible sanctions from China': where a measure comes from is who imposes it, not whom it hits ('Beijing'
    # in the same sentence is that state too)
    words = {t.text for p in children(candidate.head, "prep") if p.lower_ == "from"
             for o in children(p, "pobj") for t in o.subtree if t.ent_type_ == "GPE"}
    sources = {state for name, state in named.items() if set(name.split()) & words}
    others: set[str] = set()
    for name, state in named.items():
        if name != actor and state != authority and state not in sources:
            others.add(state)
            if len(others) > 1:
                return ()  # and no walk over the rest of a sentence naming hundreds
    return tuple(others)


def _states_named(countries: set[str], lex: Lexicon) -> dict[str, str]:
    """Each GPE name of a sentence, as written, with the state it stands for as a target would be written."""
    # a capital names its state: "to punish Damascus" keeps Damascus, a target; "Washington" is an imposing alias
    countries = {c for c in countries if c.lower() in lex.capital_of or authority_of_text(c, lex) is None}
    # a capital is written as its state, like a target in the phrase ("no impact on Ankara": Turkey), and is the
    # same country as its state's name ("Sudan expects … as Khartoum has met the conditions": one country)
    return {c: lex.capital_of.get(c.lower(), c) for c in countries}


def with_main_target(findings: list[F], context: Context) -> list[F]:
    """A measure that names no target of its own and has none from its neighbours (sanctions.py) is about the country
    the article's measures name as their target more often than any other, at least twice ('sanctions on Mali', 'the
    embargo against Mali' before 'ECOWAS lifted economic and financial sanctions'): a measure in force or its change,
    not one only threatened or talked about ('would impose sanctions', 'the effectiveness of sanctions', 'evade
    sanctions'; the seed's gold has none), not a vague pointer ('additional actions'), not sanctions as a kind, not
    the imposing party's own country; a tie: none."""
    counts = Counter(t for f in findings for t in set(f.targets) if t in context.country_names)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return findings
    main = ranked[0][0]
    return [replace(f, targets=(main,)) if not f.targets and not f.unattributed and main != f.authority
            and f.status in ("imposed", "extended", "lifted") and f.candidate.kind not in ("generic", "ellipsis") else f
            for f in findings]
