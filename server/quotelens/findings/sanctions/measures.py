"""What kind of measure a mention names (embargo, asset freeze, travel ban ...) and the sectors it hits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.banned_people import bans_people
from quotelens.findings.sanctions.foreign_goods import bans_states_goods
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.tree import children, lefts
from quotelens.language.vocabulary import vocabulary
from quotelens.language.word_index import occurs_between

if TYPE_CHECKING:  # annotations only: candidates imports parties, which imports this module
    from quotelens.findings.sanctions.candidate import Candidate

MEASURES = ("sanctions", "embargo", "asset_freeze", "seizure", "travel_ban", "designation", "export_control",
            "trade_ban")
_MODIFIED = vocabulary("sanctions")["measures"]["modified"]


def measure_of(candidate: Candidate, lex: Lexicon) -> str:
    """The first kind in data/sanctions.json whose trigger is the measure word (or its phrase head) and whose
    qualifying words, if any, occur in the mention; ``sanctions`` otherwise."""
    doc = candidate.trigger.doc
    # a verb's own word before its object ('seize Russian assets' is a seizure, though it takes assets); a noun
    # phrase's head before its modifier ('an export control list' is a designation)
    verb_measure = candidate.verb is not None and candidate.verb.i == candidate.trigger.i != candidate.head.i
    if (modified := _modified_kind(candidate.trigger)) is not None:
        return modified
    for token in (candidate.trigger, candidate.head) if verb_measure else (candidate.head, candidate.trigger):
        triggers = {token.lower_, token.lemma_.lower()}
        for measure, kind_triggers, needed in lex.measure_kinds:
            if triggers & kind_triggers and (not needed or occurs_between(doc, needed, candidate.start, candidate.end)):
                return measure
    if bans_people(candidate):  # "banned several prominent Kiwis": kept out of the state that bans them
        return "travel_ban"
    # 'a ban on Uganda's poultry products': another state's goods, whatever words name them (S46)
    return "trade_ban" if bans_states_goods(candidate, lex) else "sanctions"


def _modified_kind(noun: Token) -> str | None:
    """'impose visa sanctions', 'these travel sanctions': a sanctions noun whose one modifier names a kind of measure
    is that measure; 'travel and financial sanctions' (a modifier with a conjunct) name a package."""
    kinds = _MODIFIED.get(noun.lemma_.lower())
    modifiers = children(noun, "compound", "amod") if kinds and noun.pos_ == "NOUN" else []
    named = [kinds[m.lower_] for m in modifiers if m.lower_ in kinds]
    return named[0] if len(named) == 1 and not any(children(m, "conj") for m in modifiers) else None


def weakly_named(candidate: Candidate, lex: Lexicon) -> bool:
    """'travel restrictions', 'entry restrictions': a measure noun whose modifier also names a pandemic's or a
    country's own border rules ('eased travel restrictions for tourists'), so it never proves a state measure alone."""
    rule = lex.qualified.get(candidate.trigger.lemma_.lower())
    weak = set(rule.get("weak_modifiers", ())) if rule else set()
    return bool(weak) and any(c.lower_ in weak for c in children(candidate.trigger, "compound", "amod", "conj", "nsubj")
                              ) or (candidate.trigger.i > 0 and candidate.trigger.nbor(-1).lower_ in weak)


def is_sector(token: Token, lex: Lexicon) -> bool:
    return token.lemma_.lower() in lex.sector_nouns or token.lower_ in lex.sector_nouns


def sector_owners(token: Token) -> list[Token]:
    """"Russia's energy sector"; "the country’s oil, finance and trade sectors", where the parse hangs the owner on
    the first of the sector's modifiers."""
    return children(token, "poss") + [o for m in lefts(token) if m.dep_ in ("nmod", "compound")
                                      for o in children(m, "poss")]


def sector_phrase(token: Token) -> str:
    """'energy sector' from 'its energy sector': the sector noun with its compounds and adjectives, no determiner."""
    start = min((c.left_edge.i for c in lefts(token) if c.dep_ in ("compound", "amod", "nmod")), default=token.i)
    return token.doc[start: token.i + 1].text


def sectors_of(candidate: Candidate, lex: Lexicon) -> tuple[str, ...]:
    """The sectors named in the mention: 'sanctions on its energy sector' -> ('energy sector',)."""
    doc = candidate.trigger.doc
    found = [sector_phrase(t) for t in doc[candidate.start: candidate.end] if is_sector(t, lex) and t.pos_ == "NOUN"]
    return tuple(dict.fromkeys(found))
