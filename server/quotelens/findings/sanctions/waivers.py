"""Liftings in other words. Waivers, exemptions and general licences lift a measure for some of those it hits ('eight
countries had been granted waivers for the oil section of those sanctions', 'issued a general license allowing
Chevron ... to resume'). The words also name tax, service and licensing rules, so one counts only as a repeat of the
measure named before it, near another mention (sanctions.py keeps a 'generic' candidate so); a waiver named with its
measure ('sanctions waivers') is that measure's phrase already (measure_heads). A vague measure noun a lifting word
acts on ('lift a raft of penalties', 'ease restrictions on her finances') is the measure before it, lifted."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from quotelens.findings.sanctions.candidate import Candidate, is_possible_target, of_another_field
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import governing_status_word, is_definite, phrase_bounds, with_verb
from quotelens.language.syntax import sentence_end, sentence_start
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary
from quotelens.language.word_index import occurs_between

_WAIVERS = vocabulary("sanctions")["waivers"]
_NOUNS = frozenset(_WAIVERS["nouns"])
_LICENCES = frozenset(_WAIVERS["licences"])
_LICENCE_KINDS = frozenset(_WAIVERS["licence_kinds"])
_VAGUE = frozenset(_WAIVERS["lifted_nouns"])
_MEASURE_MODIFIERS = frozenset(_WAIVERS["measure_modifiers"])
_CHARGES = frozenset(_WAIVERS["other_charges"])
_ISSUERS = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, _WAIVERS["licence_issuers"])))


def waiver_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'a six-month-long waiver', 'the exemptions for the 13 officials', 'two general licenses', 'the travel
    exemption of 13 senior officials' (its modifier names the measure it waives, so it needs no waiver before it); not
    'a tax exemption' nor a waiver whose measure noun names it ('sanctions waivers', found from the measure noun)."""
    lemma = token.lemma_.lower()
    modifiers = [c for c in children(token, "compound", "amod", "nmod")]
    issued = lemma in _LICENCES and issued_under_sanctions(token)  # 'an OFAC license', 'the OFAC licence'
    if lemma in _LICENCES:
        if not issued and not any(c.lower_ in _LICENCE_KINDS for c in modifiers):
            return None
    elif lemma not in _NOUNS:
        return None
    named = issued or any(c.lower_ in _MEASURE_MODIFIERS for c in modifiers)  # 'the travel exemption of 13 officials'
    if any(c.lemma_.lower() in lex.measure_nouns or c.lower_ in lex.measure_nouns for c in modifiers) or (
            not issued and any(c.dep_ == "compound" and c.lemma_.lower() not in lex.measure_nouns
                               and c.lower_ not in _MEASURE_MODIFIERS and c.ent_type_ not in ("DATE", "TIME")
                               for c in modifiers)):  # 'a 30-day waiver' says how long
        return None  # 'sanctions waivers' is found from its measure noun; 'a tax exemption' is no lifting
    # its own 'from'/'for'/'of', or one the parser hung on its verb ('were given exemptions from travel ban')
    verb_heads = [token.head] if token.dep_ == "dobj" else []
    verb_preps = [p for h in verb_heads for p in children(h, "prep") if p.i > token.i]
    _, measures = _running_counts(token.doc, lex)
    spans = [(token.i + 1, token.right_edge.i + 1), *((max(p.left_edge.i, token.i + 1), p.right_edge.i + 1)
                                                       for p in verb_preps)]
    if any(measures[end] > measures[start] for start, end in spans if end > start):
        return None  # 'exemptions from the travel ban', 'waivers for the oil section of those sanctions': one mention,
        # found from the measure noun, lifted by the waiver
    if occurs_between(token.doc, _CHARGES, token.left_edge.i, token.right_edge.i + 1):
        return None  # 'a 30-day exemption from the new tariffs': a charge waived, no measure
    if is_definite(token) and not named:
        return None  # 'The waivers', 'the exemption': a repeat of a waiver named before, however far (repeats.py)
    if token.dep_ in ("compound", "nmod") or (token.dep_ == "pobj" and token.head.lower_ == "of"
                                              and token.head.head.pos_ == "NOUN" and not named):
        return None  # 'waiver language', 'the issue of waivers' in a bill: the provision, not a waiver granted; 'the
        # extension or rejection of travel exemptions' names the measure it waives
    exempts_from = any(p.lower_ == "from" for h in (token, *verb_heads) for p in children(h, "prep"))
    if not (named and not exempts_from) and not _sanctions_at_hand(token, lex):
        return None  # 'keep the travel waivers for six others', 'an OFAC license' say what they waive themselves;
        # 'a travel exemption from the quarantine rules' waives a rule of another field (a measure after 'from' is
        # its own mention, above)
    verb = governing_status_word(token, lex)
    start, end = phrase_bounds(token, lex)
    start, end = with_verb(verb, token, start, end, lex)
    return Candidate(token, token, verb, start, end, "generic", False)


def is_licence(token: Token) -> bool:
    return token.lemma_.lower() in _LICENCES


def issued_under_sanctions(licence: Token) -> bool:
    """'an OFAC license', 'an Office of Foreign Assets Control (OFAC) licence', 'a licence from OFSI': a licence its
    modifiers or its 'from'/'by' object say an office that licenses only under sanctions issues (data/sanctions.json
    waivers.licence_issuers); not 'a broadcasting licence', nor a bare 'the licence'."""
    doc = licence.doc
    issuers = [o for p in children(licence, "prep") if p.lower_ in ("from", "by") for o in children(p, "pobj")]
    stretches = [(licence.left_edge.i, licence.i), *((o.left_edge.i, o.right_edge.i + 1) for o in issuers)]
    return any(_ISSUERS.search(doc[start:end].text.lower()) for start, end in stretches if end > start)


def _sanctions_at_hand(token: Token, lex: Lexicon) -> bool:
    """Whether a sanctions word stands in the waiver's sentence, the one before ('eased sanctions on Venezuela's
    energy sector, issuing two general licenses') or the one after (a lede's waiver: 'the United States issued a
    30-day waiver allowing India to procure Russian oil', then 'refiners are purchasing both sanctioned and
    non-sanctioned Russian oil'): news on tariffs names their 'exemptions' too, in articles that name sanctions
    elsewhere."""
    doc = token.doc
    here = sentence_start(token)
    before = sentence_start(doc[here - 1]) if here else here
    after = sentence_end(token)
    after = sentence_end(doc[after]) if after < len(doc) else after
    named, _ = _running_counts(doc, lex)
    return named[after] > named[before]


def _running_counts(doc: Doc, lex: Lexicon) -> tuple[list[int], list[int]]:
    """How many measure words come before each word of the document: as written or lemmatised (a sanctions word at
    hand), and a measure noun or a qualified one by lemma (a measure inside a waiver's phrase). Counted once per
    document, so each waiver asks about a stretch of words at once: in a list of hundreds of waivers, each conjunct's
    subtree holds the rest of the list, and scanning it per waiver would be quadratic. A subtree is the stretch its
    edges bound."""
    memo = doc.user_data.get("quotelens.waiver_counts")
    if memo is None:
        named, measures = [0], [0]
        for word in doc:
            lemma = word.lemma_.lower()
            named.append(named[-1] + (lemma in lex.measure_nouns or word.lower_ in lex.measure_nouns))
            measures.append(measures[-1] + (lemma in lex.measure_nouns or lemma in lex.qualified))
        memo = doc.user_data["quotelens.waiver_counts"] = (named, measures)
    return memo


def lifted_vague_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'lift a raft of penalties', 'any lifting of economic penalties', 'lifting restrictions on the recruitment of
    citizens of Mali': a vague measure noun a lifting word acts on, definite or not, is the measure named before it
    lifted (a lifting presupposes a measure in force; 'impose measures' does not), kept near another mention as every
    generic one is; not one of another field ('lifting parking restrictions')."""
    if token.lemma_.lower() not in _VAGUE or token.pos_ != "NOUN" or of_another_field(token, lex) \
            or has_aim_or_measure_clause(token, lex) or _aimed_at_no_party(token, lex):
        return None
    verb = governing_status_word(token, lex)
    if verb is None or lex.status_of.get(verb.lemma_.lower()) != "lifted":
        return None
    start, end = phrase_bounds(token, lex)
    start, end = with_verb(verb, token, start, end, lex)
    return Candidate(token, token, verb, start, end, "generic", False)


def has_aim_or_measure_clause(noun: Token, lex: Lexicon) -> bool:
    """'a measure which added 11 US firms to the list' (its clause is the mention, found from its verb), 'a package of
    measures to curb inflation' (an aim of its own, another field); not 'restrictions, which have been in preparation
    since September'."""
    return any((c.dep_ == "relcl" and (c.lemma_.lower() in lex.listing_verbs or c.lemma_.lower() in lex.measure_verbs))
               or (c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in children(c, "aux")))
               for c in children(noun))


def _aimed_at_no_party(noun: Token, lex: Lexicon) -> bool:
    """'lifted some restrictions on parking', 'Restrictions imposed on travellers last year were lifted': an 'on' or
    'against' object, the noun's or its participle's, with no party a sanction can hit anywhere in it says the
    measure is of another field; 'restrictions on her finances', 'on the recruitment of citizens of ... Mali' name one."""
    preps = [p for w in (noun, *children(noun, "acl")) for p in children(w, "prep") if p.lower_ in lex.target_preps]
    return any(not any(is_possible_target(t, lex) or t.lower_ in lex.party_pronouns for t in o.subtree)
               for p in preps for o in children(p, "pobj"))
