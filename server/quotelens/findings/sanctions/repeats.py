"""Vague measure nouns that refer back to a measure the article named with the same noun: 'these measures' after
'unilateral coercive measures imposed by the United States' is that measure again (docs/annotation.md: each
occurrence is its own mention), wherever its clause puts it ('these measures, wrongly called sanctions, are
illegal', 'Faced with these measures, ...'). Without a demonstrative, or before any such measure, it is not one."""

from __future__ import annotations

import bisect
from typing import Sequence

from spacy.tokens import Token

from quotelens.findings.sanctions.batches import is_batch_repeat
from quotelens.findings.sanctions.candidate import Candidate, is_possible_target, of_another_field
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import (first_conjunct, governing_status_word, is_definite, phrase_bounds,
                                                  with_verb)
from quotelens.language.syntax import RELATIVE_PRONOUNS, sentence_start
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list

_BILLS = frozenset(vocabulary("sanctions")["generic_objects"]["bills"])
_COMPARING = frozenset(vocabulary("sanctions")["generic_objects"]["comparing"])
# Participles that describe parties by the measure that hit them ('the targeted individuals', 'those listed').
_DESCRIBING_PARTICIPLES = frozenset(word_list("sanctions", "describing_participles"))


def demonstrative_repeats(found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A demonstrative vague noun ('these measures', 'those restrictions') after a mention whose noun it repeats; also a
    definite measure, ban, restriction or control ('The ban on family members' after 'The U.S. travel ban on Army
    Commander ...', 'the tighter controls' after 'tighten export controls', 'such measures' after 'the measure'): in
    the tune half annotators mark 22 of 26 such repeats (docs/benchmarks.md). A back noun ('the measures', 'the new
    restrictions', 'the penalties') refers back to a measure of any noun ('describing the measures as retaliation'
    after 'imposed sanctions on nine US defence firms'), as docs/annotation.md settles after batches 11 and 12."""
    if not found:
        return []
    doc = found[0].head.doc
    taken = {c.head.i for c in found} | {c.trigger.i for c in found}
    first_named: dict[str, int] = {}
    for candidate in found:
        for word in (candidate.head, candidate.trigger):
            lemma = word.lemma_.lower()
            first_named[lemma] = min(first_named.get(lemma, word.i), word.i)
    first = min(first_named.values())
    found_at = sorted(c.trigger.i for c in found)
    # whether the last use of each back noun was a measure: 'The measures would also prevent Iran ...' after 'passed
    # a set of measures to step up sanctions' repeats the bills, not the sanctions
    measure_last: dict[str, bool] = {}
    last_bill = -1  # the last bill named: 'introducing a new bill to impose sanctions on Iran ... are backing the
    # measure' backs the bill (a measure is also a law's word), in its sentence or the one after
    repeats = []
    for token in doc:
        lemma, back = token.lemma_.lower(), token.lower_ in lex.back_nouns
        if lemma in _BILLS:
            last_bill = token.i
        # a back noun with a determiner is a noun whatever its tag ('described the EU measures a violation'; 'that
        # the UN measures hinder ...', which the parse reads as 'the UN' measuring)
        nominal = token.pos_ == "NOUN" or (back and any(c.lower_ == "the" for c in _determiners(token)))
        if not nominal or token.i in taken:
            if back and not _in_a_name(token):  # 'the Special Economic Measures Regulations' uses no noun
                measure_last[token.lower_] = token.i in taken
            continue
        # 'the penalties', 'such measures' after 'sanctions': a vague noun that refers back to any measure before it
        if is_batch_repeat(token) and _measure_just_before(token, found_at):  # 'approved the package' (S1, S21)
            repeats.append(_repeat(token, lex))
            continue
        named_before = first_named.get(lemma, len(doc)) < token.i or (
            back and first < token.i and measure_last.get(token.lower_, True) and not _aimed_elsewhere(token, lex)
            and not _of_another_field(token, lex) and not _after_bill(token, last_bill))
        is_repeat = named_before and (
            (lemma in lex.generic_objects and any(c.lower_ in lex.demonstratives for c in children(token, "det")))
            or ((lemma in lex.repeat_nouns or back) and _refers_back(token)
                and not _of_another_field(token, lex)))
        if back and (is_repeat or _referable(token)) and not (token.i < first and _refers_back(token)):
            # 'the measures are due to the aggression' opening the article stands for measures named before it began:
            # no use of the noun for something else, unlike 'a set of measures' (a bill) before the first measure
            measure_last[token.lower_] = is_repeat
        if not is_repeat:
            continue
        repeats.append(_repeat(token, lex))
    return repeats


def _repeat(token: Token, lex: Lexicon) -> Candidate:
    """The back-reference's mention: its phrase, with the verb that says what happens to it."""
    verb = governing_status_word(token, lex)
    start, end = with_verb(verb, token, *phrase_bounds(token, lex), lex)
    start = min([start, *(d.i for d in _determiners(token))])  # 'the UN measures' as one phrase
    return Candidate(token, token, verb, start, end, "generic", False)


def _measure_just_before(token: Token, found_at: list[int]) -> bool:
    """Whether a measure was found before ``token`` in its sentence or the one before (``found_at``: the positions
    of the measures found, in order)."""
    here = sentence_start(token)
    before = sentence_start(token.doc[here - 1]) if here else here
    at = bisect.bisect_left(found_at, token.i)
    return at > 0 and sentence_start(token.doc[found_at[at - 1]]) >= before


def _referable(token: Token) -> bool:
    """'a set of measures', 'the bill's measures', 'two measures': a use of a back noun a later one can refer back to;
    not a bare plural said in general ('measures cannot damage European countries more than Russia', 'with specific
    measures to be worked out'), which leaves 'the measures already announced' the sanctions named before."""
    return bool(children(token, "det", "poss", "nummod")) or (token.dep_ == "pobj" and token.head.lower_ == "of")


def _in_a_name(token: Token) -> bool:
    """A word of a name ('Special Economic Measures (Ukraine) Regulations'), not a use of the common noun."""
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper)


def _after_bill(token: Token, last_bill: int) -> bool:
    """Whether a bill was named in ``token``'s sentence or the one before it."""
    here = sentence_start(token)
    return last_bill >= (sentence_start(token.doc[here - 1]) if here else here)


def _aimed_elsewhere(token: Token, lex: Lexicon) -> bool:
    """'the measures against inflation', 'the restrictions on parking': a vague noun whose own 'against'/'on' object
    names no party a measure can hit is of another field ('the measures taken against Qatar' still refers back)."""
    return any(p.lower_ in lex.target_preps and not any(is_possible_target(o, lex) for o in children(p, "pobj"))
               for p in children(token, "prep"))


def _determiners(token: Token) -> list[Token]:
    """A noun's determiners, with those of the name right before it that the parse made its subject ('the UN
    measures hinder', tagged as 'the UN' measuring)."""
    named = [c for c in children(token, "nsubj") if c.i == token.i - 1 and c.pos_ == "PROPN" and token.pos_ == "VERB"]
    return [*children(token, "det"), *(d for n in named for d in children(n, "det"))]


def _refers_back(token: Token) -> bool:
    """'the ban', 'its controls', 'such measures', 'similar measures': a noun its determiner or a word of likeness
    ties to one named before."""
    return is_definite(token) or any(d.lower_ in ("the", "these", "those", "this") for d in _determiners(token)) or any(
        (c.dep_ in ("amod", "predet") and c.lower_ == "such") or (c.dep_ in ("amod", "compound") and c.lower_ in _COMPARING)
        for c in children(token))


def _of_another_field(token: Token, lex: Lexicon) -> bool:
    """'the city's parking measures'; not 'mirror measures', whose modifier only compares."""
    compared = [c for c in children(token, "compound") if c.lower_ in _COMPARING]
    return not compared and of_another_field(token, lex, party_owns=True)


def same_footing(earlier_status: str, repeat_status: str) -> bool:
    """'the sanctions' said of a measure in force refers back to one in force, not to one only threatened or
    considered before it ('considering sanctions against more individuals ... following announcement of the
    sanctions' means the ones imposed); a hypothetical repeat may refer back to either."""
    hypothetical = ("threatened", "considered")
    if earlier_status == "lifted" and repeat_status in ("imposed", "extended"):
        return False  # 'removed nine deceased persons from the list ... The EU individual sanctions' are the ones kept
    return repeat_status in hypothetical or earlier_status not in hypothetical


_OWNERS = ("their", "his", "her")  # 'its assets' is as often a country's named in the sentence


def hits_those_before(repeat: Candidate, earlier: Candidate) -> bool:
    """'X, Y and Z are among those who were sanctioned. They will be prohibited from entering China': a measure
    verb whose patient is a plural pronoun hits whom the mention before it hit, in its sentence or the one before
    ('they' further back, or 'it', names no one here); so does a measure on the property a pronoun owns ('The
    sanctions freeze any of their US assets', 'Their assets will be frozen')."""
    owned = any(t.dep_ == "poss" and t.lower_ in _OWNERS for t in repeat.head.doc[repeat.start: repeat.end])
    if not owned and (repeat.kind != "verb" or repeat.head.lower_ not in ("they", "them")):
        return False
    return _in_sentence_or_one_before(earlier, repeat)


def included_in(repeat: Candidate, earlier: Candidate, lex: Lexicon) -> bool:
    """'The sanctions, which apply to 12 persons, include an asset freeze and a travel ban', 'Measures taken include
    travel bans and asset freezes': what a measure is said to include is part of it and hits whom it hits, the
    mention before it in its sentence or the one before (a measure as the subject of 'include', not a group of
    people: 'The list includes judges')."""
    whole = including_whole(repeat, lex)
    if whole is None or whole.lemma_.lower() not in lex.measure_nouns | lex.generic_objects:
        return False
    return _in_sentence_or_one_before(earlier, repeat)


def including_whole(part: Candidate, lex: Lexicon) -> Token | None:
    """The subject of the verb of including that a part is the object of ('the package, which includes bans on ...':
    the noun a relative clause hangs on; 'sanctions that include an asset freeze'), or None."""
    head = part.head
    item = first_conjunct(head) or head if head.dep_ == "conj" else head
    verb = item.head
    if item.dep_ != "dobj" or verb.lemma_.lower() not in lex.list_members:
        return None
    subject = next(iter(children(verb, "nsubj")), None)
    return verb.head if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
        else subject


def _in_sentence_or_one_before(earlier: Candidate, repeat: Candidate) -> bool:
    """Whether ``earlier`` is in ``repeat``'s sentence or the one before, as far back as a repeat's parties reach."""
    here = sentence_start(repeat.trigger)
    before = sentence_start(repeat.trigger.doc[here - 1]) if here else here
    return sentence_start(earlier.trigger) in (here, before)


def acts_through(measure: Candidate, later: Candidate, parties: Sequence[str]) -> bool:
    """'The sanctions freeze any U.S.-held assets of the two officials', 'The sanctions block any property of Petro':
    a measure that is the subject of the measure verb of the mention right after it hits whom that verb hits (its
    own clause names them, S13), not the parties of the measure it refers back to; unless the verb's parties are
    described by the measure itself ('The sanctions bar the targeted individuals', 'the people and entities
    listed'; ``parties``: the later mention's), which refers back to whom it hit and says less than the antecedent."""
    head = measure.head
    if head.dep_ != "nsubj" or not any(w is not None and w.i == head.head.i for w in (later.trigger, later.verb)):
        return False
    return not any(w in _DESCRIBING_PARTICIPLES for party in parties for w in party.lower().split())
