"""The status a back-reference takes from the measure it refers to when its own clause says nothing of one.

'The Council has prolonged sanctions against Minsk. The sanctions include an arms embargo and a travel ban': the
second sentence describes the prolonged measure, so 'The sanctions' and the parts it includes are extended with it
(docs/annotation.md S1: the antecedent's measure, the status its own clause gives; a clause that gives none leaves
the antecedent's). Only a renewal carries: after 'expanded sanctions' or 'added 19 more entities to its list', 'the
latest sanctions' are as often the new listings, imposed, which a silent clause already reads. A part that a measure
still proposed or threatened includes ('a possible package, which includes a ban on LNG imports') is undecided with it.
A new measure still proposed ('The EU is weighing sanctions on Minsk. The sanctions would target potash') is what a
silent back-reference stands for too: not yet decided (S1, S43); not the measure in force a call to lift names ('called
for an end to the embargo. The embargo has cost Cuba billions'), which a silent clause leaves imposed (S21).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice
from typing import TypeVar

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import is_definite
from quotelens.findings.sanctions.repeats import included_in, including_whole
from quotelens.findings.sanctions.clause_paths import clause_path
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children
from quotelens.language.vocabulary import word_list

F = TypeVar("F")  # sanctions.py's finding: candidate, status

_RENEWING = frozenset(word_list("sanction_status", "renewing_words"))
# the words that list a measure's parts, and how far up a part's phrase they may hang ('including measures such as an
# asset freeze, travel ban and arms embargo': the last part three words below 'as', 'as' one below 'such' ...)
_PART_PREPS = frozenset(("including", "as"))
_PART_REACH = 6
_HOLDER_REACH = 3  # the renewed measure's verb and the clause it hangs in ('adopted a resolution maintaining ...')
_UNDECIDED = frozenset(("considered", "threatened"))  # a measure no one has decided yet, and its parts
_CHANGES = frozenset(("lifted", "extended"))  # what a call on a measure in force asks for
_STANDING = frozenset(word_list("sanction_status", "standing_references"))  # 'the current sanctions', 'the first list'
_PARTS_BACK = 8  # how many mentions back the measure a part belongs to may be (the parts listed before it)


def carry_statuses(findings: list[F], lex: Lexicon) -> list[F]:
    """Give each silent back-reference, and each part a silent one includes, the renewal of the mention before it;
    and each part the sentence lists after a renewal ('extended until next year, including an arms embargo')."""
    result: list[F] = []
    renewed = False  # whether the mention before is a renewal, in its own words or carried
    renewal: Candidate | None = None  # the last mention that renews in its own words
    proposed = False  # whether the mention before is a new measure still proposed, in its own words or carried
    for finding in findings:
        candidate = finding.candidate
        silent_reference = finding.status == "imposed" and bool(result) and _silent(candidate, lex) \
            and _refers_to(candidate, result[-1].candidate, lex)
        carried = renewed and finding.status == "imposed" and (
            silent_reference or (renewal is not None and candidate.verb is None and _listed_part(candidate, renewal)))
        if carried:
            finding = replace(finding, status="extended")
        elif proposed and silent_reference and _plain_reference(candidate, lex) \
                and finding.authority in (None, result[-1].authority):  # not 'the new EU restrictions' after NZ's
            finding = replace(finding, status="considered")  # 'The sanctions would target potash' after a proposal
        elif (undecided := _undecided_whole(finding, result, lex)) is not None:
            finding = replace(finding, status=undecided)
        own = not carried and finding.status == "extended" and _renews(candidate, lex)
        renewal = candidate if own else renewal
        renewed = carried or own
        proposed = finding.status == "considered" and not _changes_in_force(candidate, lex) \
            and not _beyond_those_in_force(candidate, lex)
        result.append(finding)
    return result


def _undecided_whole(finding: F, before: list[F], lex: Lexicon) -> str | None:
    """The status of a measure still proposed or threatened that this mention is a part of: 'is weighing a new package,
    which includes a ban on LNG imports', 'blocked the planned sanctions package, which includes bans on Russian LNG
    imports, export controls on dual-use goods ...'. Its own clause ('includes') says nothing of a decision, so it
    stays where the measure is (S1, S16: the status its own clause gives; a clause that gives none leaves the
    measure's); parts of a package in force are imposed already."""
    candidate = finding.candidate
    if finding.status != "imposed" or candidate.verb is not None or not before:
        return None
    whole = including_whole(candidate, lex)
    holder = next((f for f in reversed(before[-_PARTS_BACK:])
                   if whole is not None and f.candidate.start <= whole.i < f.candidate.end), None)
    return holder.status if holder is not None and holder.status in _UNDECIDED else None


def _plain_reference(candidate: Candidate, lex: Lexicon) -> bool:
    """'the sanctions', 'these measures', 'the new package': a back-reference by its article or a demonstrative alone;
    not one whose own words tie it to another measure ('the first list', 'the current sanctions', 'our sanctions
    regime': S13) or say it is in force ('the sanctions were approved', 'is already on the list')."""
    head = candidate.head
    words = [w for w in candidate.trigger.doc[candidate.start: candidate.end] if w.i != head.i]
    return not children(head, "poss", "nummod") and not any(
        w.lower_ in _STANDING or (w.lemma_.lower() in lex.status_of and w.lemma_.lower() not in lex.measure_nouns)
        for w in words) \
        and not any(w.lemma_.lower() in lex.in_force_words or any(a.lower_ in _STANDING for a in children(w, "advmod"))
                    for w in [*words, *clause_path(head)])


def _beyond_those_in_force(candidate: Candidate, lex: Lexicon) -> bool:
    """'even tougher sanctions', 'more sanctions', 'further measures': a proposal worded as more of the measures in
    force presupposes them, and a bare 'the sanctions' after it is as often those in force ('about 400 individuals
    have been hit by the sanctions, and more could be on the way ... the sanctions are meant as a tool')."""
    return any(m.lower_ in lex.adding_words or m.tag_ in ("JJR", "RBR")
               for m in children(candidate.head, "amod", "advmod", "det"))


def _changes_in_force(candidate: Candidate, lex: Lexicon) -> bool:
    """'called for lifting the embargo', 'urged an end to the sanctions', 'asked the US to renew the waiver': a word of
    the mention or of the clause above it lifts, eases or renews a measure, so the measure named is one in force (only
    its change is proposed), not a new one still to be decided."""
    words = [*candidate.trigger.doc[candidate.start: candidate.end], *clause_path(candidate.verb or candidate.head)]
    return any(lex.status_of.get(w.lemma_.lower()) in _CHANGES for w in words)


def _renews(candidate: Candidate, lex: Lexicon) -> bool:
    """'prolonged sanctions against Minsk', 'the renewal of the embargo': a word of the mention renews it in time; so
    does a keeping word its new term makes an extension ('maintaining the sanctions regime ... until 12 September
    2025', S41)."""
    words = [*candidate.trigger.doc[candidate.start: candidate.end], *([candidate.verb] if candidate.verb is not None else [])]
    if any(w.lemma_.lower() in _RENEWING for w in words):
        return True
    head = candidate.head  # the verb whose object it is: 'maintaining the sanctions regime on Sudan'
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in lex.keeping_words


def _silent(candidate: Candidate, lex: Lexicon) -> bool:
    """A noun no verb of imposing, changing, threatening or proposing governs, nor any word up its clause: 'The
    sanctions include ...', 'The sanctions follow ...'. Not one a verb of acting governs ('The restrictions affect
    its energy sector' after an extension: imposed in tune's gold as often as extended)."""
    if candidate.kind == "verb" or candidate.verb is not None:
        return False
    words = [w.lemma_.lower() for w in clause_path(candidate.head)[1:]]  # not a measure it is coordinated with
    return not any(w not in lex.measure_nouns and (w in lex.status_of or w in lex.threat_words or w in lex.consider_words)
                   for w in words)


def _refers_to(candidate: Candidate, earlier: Candidate, lex: Lexicon) -> bool:
    """A definite measure in the sentence of ``earlier`` or the one after it, or a part a measure there includes."""
    if included_in(candidate, earlier, lex):
        return True
    if not is_definite(candidate.head):
        return False
    here = sentence_start(candidate.trigger)
    before = sentence_start(candidate.trigger.doc[here - 1]) if here else here
    return sentence_start(earlier.trigger) in (here, before)


def _listed_part(candidate: Candidate, earlier: Candidate) -> bool:
    """'will be extended until next year, including an arms embargo, an assets freeze and a travel ban', 'adopted a
    resolution maintaining the sanctions regime until 2025, including measures such as an asset freeze': a part the
    sentence lists after 'including' or 'such as' on the renewed measure, its verb or the clause that verb hangs in."""
    holders = {earlier.trigger.i, earlier.head.i, *(w.i for w in islice(earlier.head.ancestors, _HOLDER_REACH))}
    if earlier.verb is not None:
        holders |= {earlier.verb.i, *(w.i for w in islice(earlier.verb.ancestors, _HOLDER_REACH))}
    for word in islice(candidate.head.ancestors, _PART_REACH):
        if word.dep_ == "prep" and word.lower_ in _PART_PREPS and word.head.i in holders:
            return True
    return False
