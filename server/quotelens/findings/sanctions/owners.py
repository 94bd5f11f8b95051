"""Whose property a freeze or seizure takes: the owner a clause names ('a yacht linked to Igor Sechin'), the party a
measure on goods or assets reaches ('a freeze on the assets of X'), the country of 'frozen Russian assets'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import entity_text
from quotelens.findings.sanctions.candidate import is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children, lefts, rights

_WINDOW = 80  # words back to look for the owner named before

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.candidate import Candidate


def beyond_measure_object(obj: Token, lex: Lexicon) -> Token | None:
    """'a freeze on the assets of X' and 'a ban on sales of weapons to X' hit X, not the assets or sales. Goods
    that no country or owner qualifies ('an embargo on arms sales', 'prohibitions on the export of various goods')
    name what is banned, not whom it hits: None."""
    objects = lex.measure_objects
    if not _holds_property(obj, lex):
        return obj
    # "the blocking of assets held by these entities"; a party the property is 'of' comes first: "the assets of 35
    # organizations and individuals linked to the country", where the parse hangs the clause on the assets
    owner = owner_of(obj, lex)
    goods = obj.lower_ in lex.traded_goods or obj.lemma_.lower() in lex.traded_goods
    for child in rights(obj):  # "sales of weapons to X", "energy imports from X"
        if child.dep_ == "prep" and child.lower_ in ("of", "to", "from", "in"):
            for inner in children(child):
                if inner.dep_ == "pobj" and (child.lower_ != "in" or _holds_property(inner, lex)):
                    if obj.lemma_.lower() in lex.travel_ban_objects and inner.pos_ == "PROPN" and child.lower_ == "to":
                        continue  # "a ban on entry to Moldova": the country entered bans, it is not hit
                    deeper = beyond_measure_object(inner, lex)
                    if deeper is not None and (deeper is not inner or inner.lower_ not in objects):
                        if goods and child.lower_ == "of" and deeper is inner:
                            continue  # "the export of various goods": what is banned
                        return deeper
    if owner is not None:
        return owner
    if goods and not any(c.ent_type_ in ("GPE", "NORP", "ORG") or c.dep_ == "poss" for c in lefts(obj)):
        return None
    return obj


def _holds_property(word: Token, lex: Lexicon) -> bool:
    """'interest in property of X', 'property in the name of X': the blocking formula's 'in', which leads on to the
    owner (not 'assets in Europe', which says where)."""
    return word.lemma_.lower() in lex.measure_objects or word.lower_ in lex.measure_objects or word.lower_ == "name"


def owner_of(property_noun: Token, lex: Lexicon) -> Token | None:
    """'a plane owned by a Russian airline', 'assets belonging to oligarchs', 'a yacht linked to Igor Sechin': whose
    property a freeze or seizure takes (docs/annotation.md: the owner, when the text names one)."""
    for clause in children(property_noun, "acl"):
        if clause.lemma_.lower() in lex.ownership_verbs:
            for preposition in children(clause, "agent", "prep"):
                if preposition.lower_ in ("by", "to"):
                    return next(iter(children(preposition, "pobj")), None)
    for clause in children(property_noun, "relcl"):  # "any assets these officials have"
        if clause.lemma_.lower() in lex.holding_verbs:
            holder = next((s for s in children(clause, "nsubj") if s.lower_ not in ("that", "which")), None)
            if holder is not None:
                return holder
    return None


def owner_a_verb_above_takes(property_noun: Token, lex: Lexicon) -> Token | None:
    """'the measure would ban people and organizations from trading and freeze their assets', 'sanction human rights
    violators by banning entry into the US and freezing their assets': 'their' property is that of the group a verb
    above the freezing one takes as its object; the nearest such verb, within the sentence. A single party or no
    object ('will have their assets frozen': 'their' is the subject's) is left alone."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in children(property_noun)):
        return None
    for verb in property_noun.head.ancestors:  # up the clause, not across the article
        for obj in children(verb, "dobj"):
            many = obj.tag_ in ("NNS", "NNPS") or bool(obj.conjuncts)
            # a party by its noun, or whatever a sanctioning verb takes ('sanction human rights violators')
            party = is_possible_target(obj, lex) or verb.lemma_.lower() in lex.designation_verbs | {"sanction"}
            if many and party:
                return obj
    return None


def owner_named_before(property_noun: Token, lex: Lexicon) -> Token | None:
    """'The yacht belonged to a company linked to Igor Sechin. Customs officers seized the Amore Vero yacht': the
    owner the sentence before (or the clause before, in the same sentence) names for property of the same noun,
    through an owning company to the person it is linked to (docs/annotation.md: the sanctioned owner). Another
    noun ('the vessel' after 'the yacht') or an owner named further back is left alone; a window of the sentence
    before keeps a run of seizures linear."""
    doc, lemma = property_noun.doc, property_noun.lemma_.lower()
    start = sentence_start(doc[sentence_start(property_noun) - 1]) if sentence_start(property_noun) else 0
    for word in reversed(doc[max(start, property_noun.i - _WINDOW): property_noun.i]):
        if word.lemma_.lower() != lemma or word.pos_ != "NOUN":
            continue
        owner = owner_of(word, lex)
        if owner is None and word.dep_ == "nsubj" and word.head.lemma_.lower() in lex.ownership_verbs:
            owner = next((o for p in children(word.head, "prep") if p.lower_ in ("to", "by")
                          for o in children(p, "pobj")), None)  # "The yacht belonged to X"
        if owner is not None:
            return owner_of(owner, lex) or owner  # "a company linked to Igor Sechin": Sechin
    return None


def owners_named(candidate: Candidate, lex: Lexicon) -> list[str]:
    """Whose property a freeze or seizure takes: 'frozen Russian assets', '$6 billion in Iranian funds' -> the
    country (docs/annotation.md: a seizure's target is the owner)."""
    doc = candidate.trigger.doc
    found = []
    for token in doc[candidate.start: candidate.end]:
        if token.ent_type_ == "NORP" and token.dep_ in ("amod", "compound") and token.lower_ in lex.country_of_adjective:
            found.append(lex.country_of_adjective[token.lower_])
        elif token.dep_ == "poss" and token.ent_type_ == "GPE":
            found.append(entity_text(token))
    return found
