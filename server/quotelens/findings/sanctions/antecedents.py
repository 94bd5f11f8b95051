"""Which earlier measure a back-reference stands for (docs/annotation.md S1, S13, S22): the nearest of its own noun
and party that names targets, else the nearest it can stand for, unless its own words (an authority, a target, a
date) tie it to another."""

from __future__ import annotations

from itertools import islice
from typing import Callable, Sequence, TypeVar

from spacy.tokens import Doc, Token

from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.repeats import same_footing
from quotelens.language.tree import children, sentence_of
from quotelens.language.vocabulary import vocabulary
from quotelens.language.word_index import occurs_between

F = TypeVar("F")  # sanctions.py's finding: candidate, status, authority, targets, evidence_only, measure

# Mentions a back-reference looks back over for the one it stands for (S13), so a long article stays linear.
_TIE_BACK = 30
# Back nouns that stand for a measure of any kind, and those that stand for a ban (S13).
ANY_MEASURE = frozenset(vocabulary("sanctions")["back_nouns"]["any_measure"])
_BANS = frozenset(vocabulary("sanctions")["back_nouns"]["bans"])
# The measure kinds a ban's back noun can stand for.
_BANNING = frozenset(("travel_ban", "trade_ban", "embargo", "export_control"))


def antecedent_of(finding: F, earlier: Sequence[F], doc: Doc, lex: Lexicon) -> F | None:
    """The measure a back-reference stands for, a few mentions back at most so a long article stays linear: the
    nearest earlier one of its own noun and party that names targets ('the measures' after 'countermeasures against
    12 US firms'), else the nearest it can stand for (docs/annotation.md S13); either way one its own words (an
    authority, a target, a year) tie it to when they say anything. Own noun first: S13's nearest alone, read on the
    re-checked tune gold, gave back-references the targets of a part or a neighbour of the measure the finder had
    missed (target recall 0.688 -> 0.677, authority 0.874), own noun first keeps them (0.688, authority 0.876)."""
    recent = list(islice(reversed(earlier), _TIE_BACK))
    ties = _own_ties(finding, doc)
    own_noun = [f for f in recent if f.targets and _same_party(f, finding) and _same_noun(f, finding)
                and same_footing(_footing(f, lex), finding.status)]
    possible = own_noun or [f for f in recent if _can_stand_for(f, finding, lex)]
    if not possible:
        return None
    return next((f for f in possible if ties(f)), possible[0]) if ties else possible[0]


def _can_stand_for(earlier: F, repeat: F, lex: Lexicon) -> bool:
    """'the sanctions', 'the measures' stand for any measure, 'the ban' for a ban or an embargo, 'the embargo' for an
    embargo, 'the freeze' for a freeze (S13); a measure in force not for one only threatened (repeats.same_footing);
    not a body or a party's description that only confirms a measure (evidence_only)."""
    if earlier.evidence_only or not same_footing(_footing(earlier, lex), repeat.status):
        return False
    noun = repeat.candidate.head.lemma_.lower()
    if noun in ANY_MEASURE:
        return True
    if noun in _BANS:
        return earlier.measure in _BANNING or _same_noun(earlier, repeat)
    return _same_noun(earlier, repeat) or (repeat.measure != "sanctions" and earlier.measure == repeat.measure)


def _own_ties(repeat: F, doc: Doc) -> Callable[[F], bool] | None:
    """What a back-reference's own words say of the measure it stands for: its own authority ('the EU's sanctions'),
    its own targets ('the measures against Iran'), a year, a day or a package's number ('the 2022 sanctions', "Friday's
    sanctions", 'the 19th package', 'the first round'), which the sentence of the one it stands for names; None when
    they say nothing."""
    # a day or month by name ("Friday's sanctions", 'the January measures') ties it as a year does, and so does one
    # its own clause dates it by ('The sanctions came into effect on Wednesday')
    words = [*doc[repeat.candidate.start: repeat.candidate.end], *_clause_dates(repeat.candidate.head)]
    years = {t.lower_ for t in words if _is_year(t.text) or t.ent_type_ == "ORDINAL"
             or t.ent_type_ == "DATE" and t.pos_ == "PROPN"}
    if repeat.authority is None and not repeat.targets and not years:
        return None
    own = set(repeat.targets)

    def ties(earlier: F) -> bool:
        if repeat.authority is not None and earlier.authority != repeat.authority:
            return False
        if own and not own & set(earlier.targets):
            return False
        if not years:
            return True
        # by position, not by walking the sentence: a sentence of many dated references asks it again and again
        trigger = earlier.candidate.trigger
        sentence = sentence_of(doc[trigger.i:trigger.i + 1])
        return occurs_between(doc, years, sentence.start, sentence.end)
    return ties


def _clause_dates(head: Token) -> list[Token]:
    """The day a back-reference's own clause dates it by, when it is the clause's subject: 'on Wednesday' or
    'Wednesday' on its verb ('The sanctions came into effect on Wednesday')."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = head.head
    return [w for w in (*children(verb, "npadvmod"), *(o for p in children(verb, "prep") if p.lower_ == "on"
                                                      for o in children(p, "pobj"))) if w.ent_type_ == "DATE"]


def _is_year(word: str) -> bool:
    return word.isdigit() and len(word) == 4 and 1900 <= int(word) <= 2100


def _same_party(earlier: F, repeat: F) -> bool:
    return earlier.authority is None or repeat.authority is None or earlier.authority == repeat.authority


def _same_noun(earlier: F, repeat: F) -> bool:
    """'the embargo' after an embargo; a compound word ends with its noun: 'the ban' after 'travel ban'."""
    word = earlier.candidate.trigger if earlier.candidate.kind == "verb" else earlier.candidate.head
    return word.lemma_.lower().endswith(repeat.candidate.head.lemma_.lower())


def _footing(earlier: F, lex: Lexicon) -> str:
    """The footing a measure stands on as an antecedent: one whose lifting, extension or breach is only asked for or
    threatened ('the lifting of the US embargo on Cuba', considered) is in force all the same, so 'the embargo' said
    of one in force may stand for it (S13)."""
    verb = earlier.candidate.verb
    changes = verb is not None and lex.status_of.get(verb.lemma_.lower()) in ("lifted", "extended", "violated")
    return "imposed" if earlier.status in ("considered", "threatened") and changes else earlier.status
