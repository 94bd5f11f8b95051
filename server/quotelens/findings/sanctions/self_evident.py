"""Vague or weak mentions whose own words say they belong to a state's sanctions, so they stand anywhere in an article
with a state measure, not only beside another mention (sanctions.py keeps the rest near one)."""

from __future__ import annotations

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.designating import designates_party
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.waivers import issued_under_sanctions, is_licence


def stands_anywhere(candidate: Candidate, lex: Lexicon) -> bool:
    """'Taha is being designated for …' (S18: 'designated' as a verb is a mention in any case); 'the revocation of the
    OFAC licenses' paragraphs after the sanctions (a licence that names the office licensing only under sanctions is
    that office's measure, as a sanctions word beside it would say)."""
    head = candidate.head
    return designates_party(candidate, lex) or (is_licence(head) and issued_under_sanctions(head))
