"""Whom a measure's prepositions name as its targets ('sanctions on Russia', 'against 28 individuals', 'a travel
ban for four persons'), and the members the parse hung on the measure after them; not a reason, goods, a place a
travel ban forbids, nor the speaker the parse hung on the measure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import authority_of_words, entity_text, state_of_capital
from quotelens.findings.sanctions.article import Context
from quotelens.findings.sanctions.candidate import is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.measures import measure_of
from quotelens.findings.sanctions.owners import beyond_measure_object
from quotelens.findings.sanctions.party_phrases import member_objects, target_phrases
from quotelens.findings.sanctions.phrases import first_conjunct, is_time, preposition_after, prepositions_of
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import children, prep_objects, rights

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate


def preposition_targets(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    """The parties a measure's prepositions name, and the members the parse hung on the measure after them."""
    holders, shared = _holders(candidate, lex)
    objects = _preposition_objects(candidate, lex, holders, shared)
    # "a ban on the import of crude oil from Russia to the EU": where imports come from is hit, where they go is not
    imported = any(prep == "on" and _imported_from(obj, lex) for prep, obj in objects)
    # "an export ban on semiconductors to Russia": beside a party it goes 'to', what a ban is 'on' is the goods
    goods_beside = not imported and any(prep == "to" and is_possible_target(obj, lex) for prep, obj in objects)
    found = [t for prep, obj in objects if not (imported and prep == "to")
             and not ((goods_beside or _is_goods(obj, lex)) and prep == "on" and not is_possible_target(obj, lex))
             for t in target_phrases(beyond_measure_object(obj, lex), context.doc)]
    found += _items_hung_on_measure(candidate.head, objects, lex, context)
    if objects:  # "sanctions on Russian citizens, including President Putin": the parse hung the members on the measure
        found += [t for holder in holders for child in rights(holder)
                  if child.dep_ == "prep" and child.i > objects[0][1].i
                  for obj in member_objects(child, lex) if is_possible_target(obj, lex)
                  for t in target_phrases(obj, context.doc)]
    return found


def _holders(candidate: Candidate, lex: Lexicon) -> tuple[list[Token], Token | None]:
    """The words a measure's 'on'/'against' may hang on, and the first conjunct it shares them with."""
    holders = [candidate.head, candidate.trigger] + ([candidate.verb] if candidate.verb is not None else [])
    group = candidate.head.head.head if candidate.head.dep_ == "pobj" and candidate.head.head.lower_ == "of" else None
    if group is not None and group.lemma_.lower() in lex.quantities:
        holders.append(group)  # "a new tranche of sanctions against 28 individuals": the parse hangs it on the group
    # "lift sanctions imposed on Syria", "sanctions placed on Burkina Faso": the participle that imposed them says on
    # whom; so does a relative clause ('the sanctions the United States slapped on three firms', 'which applied to')
    holders += [c for c in rights(candidate.head) if (c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "relcl" and not [
        o for o in children(c, "dobj") if o.lower_ not in RELATIVE_PRONOUNS]) and c not in holders
                and (lex.status_of.get(c.lemma_.lower()) == "imposed" or c.lemma_.lower() in lex.listing_verbs)]
    # "the sanctions pressure on Kyrgyz banks", "a sanctions campaign against Moscow": a measure word modifying a
    # noun hands it its prepositions
    noun = candidate.head.head
    holders += [noun] if candidate.head.dep_ == "compound" and noun.pos_ == "NOUN" and noun not in holders else []
    # "new weapons and missiles sanctions against Russia": what a coordination shares hangs on its first conjunct
    shared = first_conjunct(candidate.head) if candidate.head.dep_ == "conj" else None
    holders += [shared] if shared is not None and shared.pos_ == "NOUN" else []
    return holders, shared


def _preposition_objects(candidate: Candidate, lex: Lexicon, holders: list[Token], shared: Token | None) \
        -> list[tuple[str, Token]]:
    """'sanctions on Russia', 'against 28 individuals', 'a travel ban for four persons': each preposition naming a
    party, with its object."""
    travel = measure_of(candidate, lex) == "travel_ban"
    objects = [(child.lower_, obj) for holder in holders for child in prepositions_of(holder)
               if child.lower_ in lex.target_preps | {"for"} and not is_time(child)
               and (holder is not shared or child.i > candidate.head.i)
               for obj in children(child) if obj.dep_ == "pobj" and not _rests_on(obj, lex) and not _speaks(obj, lex)
               and (child.lower_ != "for" or _for_people(obj, lex) or (travel and _for_party(obj, lex)))
               and not (travel and child.lower_ == "to" and _is_place(obj, lex))]  # "a travel ban to the EU"
    if travel or candidate.head.lemma_.lower() in lex.list_nouns:  # 'the travel restrictions of the IEA officials'
        objects += [("of", obj) for obj in prep_objects(candidate.head, "of") if _people_of(obj, lex)]
    objects += _traded_with(holders, lex)
    moved = preposition_after(candidate.head, lex) if candidate.verb is None else None
    objects += [(moved.lower_, o) for o in children(moved, "pobj") if is_possible_target(o, lex)] if moved else []
    return objects


def _items_hung_on_measure(measure: Token, objects: list[tuple[str, Token]], lex: Lexicon,
                           context: Context) -> list[str]:
    """'visa restrictions on law enforcement, the ruling party, and the opposition members': the later items of the
    list after 'on' that the parse coordinated with the measure noun itself; never another measure ('sanctions on
    Russia and an arms embargo') nor a word that is no party."""
    first = next((obj for prep, obj in objects if prep in ("on", "against") and obj.head.head.i == measure.i), None)
    if first is None:
        return []
    items = [c for c in measure.conjuncts if c.i > first.i and c.pos_ in ("NOUN", "PROPN") and is_possible_target(
        c, lex) and c.lemma_.lower() not in lex.measure_nouns and c.lemma_.lower() not in lex.status_of]
    return [context.doc[c.left_edge.i: c.i + 1].text for c in items]


def _traded_with(holders: list[Token], lex: Lexicon) -> list[tuple[str, Token]]:
    """'ban all weapons trade with Israel', 'a ban on trade with Crimea': the party a banned trade is 'with' is the
    one the ban hits, as the country exports go 'to' is (a trade noun the measure acts on or is 'on')."""
    traded = [w for h in holders for w in (h, *prep_objects(h, "on")) if w.lemma_.lower() == "trade"]
    return [("with", o) for w in traded for o in prep_objects(w, "with") if is_possible_target(o, lex)]


def _imported_from(obj: Token, lex: Lexicon) -> bool:
    """'the import of seaborne crude oil from Russia': imports whose source a party names."""
    source = beyond_measure_object(obj, lex) if obj.lemma_.lower() == "import" else None
    return source is not None and source is not obj and is_possible_target(source, lex)


def _is_place(obj: Token, lex: Lexicon) -> bool:
    """Where a travel ban forbids going ('to the EU', 'to Canada'), not whom it bars ('visas to 100 officials')."""
    return obj.ent_type_ in ("GPE", "LOC") or authority_of_words(list(obj.subtree), lex) is not None


def _for_people(obj: Token, lex: Lexicon) -> bool:
    """'a travel ban for four persons', 'visa bans lifted for 170 citizens of Belarus', 'sanctions for Belarusian
    officials': 'for' a counted or a nation's group of people a measure applies to; not a reason ('sanctions for
    human rights abuses', 'for Russia's war')."""
    return obj.lemma_.lower() in lex.target_nouns and obj.tag_ == "NNS" and (
        bool(children(obj, "nummod")) or any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in children(obj)))


# counts of a group of people: 'a total of 347 citizens', 'dozens of officials', 'hundreds of Russians'
_COUNTS = frozenset(("total", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"))


def _is_count(word: Token, lex: Lexicon) -> bool:
    """'seven', 'a total', 'dozens', 'a number': a count whose 'of' names the group."""
    return word.tag_ == "CD" or word.lemma_.lower() in lex.quantities | _COUNTS


def _for_party(obj: Token, lex: Lexicon) -> bool:
    """'Entry into the EU is banned for Uladzimir Naumau, Dzmitry Paulichenka and Yury Sivakou', 'refuse visas for
    extremists involved in violence', 'ban travel for seven of the IEA officials', 'prohibited for a total of 347
    citizens': a travel ban 'for' named people, a group its words describe or a share of a group bars them (a place
    it is 'for' is where it bars them from; a purpose, 'visas for business trips', is no one)."""
    if obj.pos_ == "PROPN":
        return obj.ent_type_ not in ("GPE", "LOC", "DATE")
    if _is_count(obj, lex):  # a share or a total of a group
        return any(is_possible_target(o, lex) for o in prep_objects(obj, "of"))
    return obj.tag_ == "NNS" and (is_possible_target(obj, lex) or bool(children(obj, "acl", "relcl")))


def _people_of(obj: Token, lex: Lexicon) -> bool:
    """'remove the travel restrictions of the IEA officials', 'revoked visas of dozens more Venezuelans', 'the first
    sanctions list of persons involved in destabilizing actions': the people a travel ban or a list is of are whom it
    bars or names; not a body or state it is of ('the list of the EU'), which is its maker."""
    group = obj
    if _is_count(obj, lex):
        group = next(iter(prep_objects(obj, "of")), obj)  # 'dozens of officials', 'a number of officials'
    return group.tag_ in ("NNS", "NNPS") and (group.lemma_.lower() in lex.target_nouns
                                              or group.lower_ in lex.target_nouns or group.ent_type_ == "NORP")


def _rests_on(obj: Token, lex: Lexicon) -> bool:
    """'imposed on the basis of false data': what a measure rests on or is about, unless a party owns it ('on Iran's
    nuclear programme' names Iran)."""
    return obj.lower_ in lex.not_targets and not children(obj, "poss")


def _is_goods(obj: Token, lex: Lexicon) -> bool:
    """'export control measures on rare earths and related items': goods beside goods are goods too."""
    return any(beyond_measure_object(conjunct, lex) is None for conjunct in obj.conjuncts)


def _speaks(obj: Token, lex: Lexicon) -> bool:
    """'sanctions against Myanmar's junta, Counselor of the US Department of State Derek Chollet said': a name the
    parse hung on the measure that is the subject of the reporting verb right after it is the speaker."""
    after = obj.right_edge.i + 1
    return obj.ent_type_ == "PERSON" and after < len(obj.doc) and obj.doc[after].pos_ == "VERB" \
        and obj.doc[after].lemma_.lower() in lex.speech_verbs


def state_answered(candidate: Candidate) -> list[str]:
    """'impose sanctions over Paris's new position on the Sahara', 'the new sanctions over Tehran's nuclear program':
    a measure that names no party, but the state whose conduct it answers 'over', hits that state, as a reader takes
    it (docs/annotation.md: the parties a measure is against); only a state by name, never a person or body ('over
    the EU's decision' is no measure on the Union), and only where nothing else names a target."""
    holders = [w for w in (candidate.head, candidate.verb) if w is not None]
    return [state_of_capital(entity_text(owner)) for holder in holders for prep in children(holder, "prep")
            if prep.lower_ == "over" for obj in children(prep, "pobj") for owner in children(obj, "poss")
            if owner.ent_type_ == "GPE"]
