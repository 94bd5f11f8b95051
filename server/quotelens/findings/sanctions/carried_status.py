"""The status a back-reference takes from the measure it refers to when its own clause says nothing of one.

'The Council has prolonged sanctions against Minsk. The sanctions include an arms embargo and a travel ban': the
second sentence describes the prolonged measure, so 'The sanctions' and the parts it includes are extended with it
(docs/annotation.md S1: the antecedent's measure, the status its own clause gives; a clause that gives none leaves
the antecedent's). Only a renewal carries: after 'expanded sanctions' or 'added 19 more entities to its list', 'the
latest sanctions' are as often the new listings, imposed, which a silent clause already reads.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import is_definite
from quotelens.findings.sanctions.repeats import included_in
from quotelens.findings.sanctions.clause_paths import clause_path
from quotelens.language.syntax import sentence_start
from quotelens.language.vocabulary import word_list

F = TypeVar("F")  # sanctions.py's finding: candidate, status

_RENEWING = frozenset(word_list("sanction_status", "renewing_words"))


def carry_statuses(findings: list[F], lex: Lexicon) -> list[F]:
    """Give each silent back-reference, and each part a silent one includes, the renewal of the mention before it."""
    result: list[F] = []
    renewed = False  # whether the mention before is a renewal, in its own words or carried
    for finding in findings:
        carried = renewed and finding.status == "imposed" and _silent(finding.candidate, lex) \
            and _refers_to(finding.candidate, result[-1].candidate, lex)
        if carried:
            finding = replace(finding, status="extended")
        renewed = carried or (finding.status == "extended" and _renews(finding.candidate))
        result.append(finding)
    return result


def _renews(candidate: Candidate) -> bool:
    """'prolonged sanctions against Minsk', 'the renewal of the embargo': a word of the mention renews it in time."""
    words = candidate.trigger.doc[candidate.start: candidate.end]
    return any(w.lemma_.lower() in _RENEWING for w in (*words, *([candidate.verb] if candidate.verb is not None else [])))


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
