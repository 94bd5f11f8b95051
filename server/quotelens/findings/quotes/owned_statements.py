"""A quote inside someone's statement that a verb above only speaks of: 'asked to comment on Lavrov's statement that
the governments have undergone a “transformation”' is Lavrov's word, not the one asked to comment."""

from __future__ import annotations

from quotelens.findings.quotes.attribution import Attribution
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.model import Quote


def held_by_statement(scope: QuoteScope, attribution: Attribution, holder: Quote | None) -> bool:
    """Say whether the paraphrase ``holder`` holding the quote is cued by a noun of saying ('statement', 'claim')
    with a named owner, and the verb ``attribution`` found sits above that noun: the verb's subject comments on,
    rejects or answers the owner's words, whose content the quoted words are."""
    if holder is None or holder.cue is None or not holder.speaker_name or attribution.cue is None:
        return False
    noun = scope.cue_word(holder.cue)
    return noun.pos_ == "NOUN" and scope.cue_word(attribution.cue) in noun.ancestors
