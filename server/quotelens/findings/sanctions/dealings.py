"""Bans on dealings: 'Americans are barred from doing business with them', 'prohibited from entering into
transactions or establishing business relationships with these banks', 'forbidden from making funds available to
the listed individuals', 'prohibition on the provision of funds' describe what a designation or sanction named in
the same passage does; they are no mention of their own (docs/annotation.md S4). A ban on trade, imports or entry
is one ('barred from supplying or selling designated items to entities in the reclusive state')."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.payment_cutoffs import cut_from
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

_DEALINGS = frozenset(vocabulary("sanctions")["designations"]["dealings"])
_BANNING_NOUNS = frozenset(("ban", "prohibition"))


def bans_dealings(candidate: Candidate, lex: Lexicon) -> bool:
    """Whether the candidate's banning word bans dealings: what its 'from' or 'on' names, a gerund with its objects
    ('entering into transactions', 'making funds available') or a noun with its 'of' ('the provision of funds')."""
    trigger = candidate.trigger
    if trigger.lemma_.lower() not in lex.travel_ban_verbs | _BANNING_NOUNS or cut_from(trigger) is not None:
        return False  # not 'banned them ... from accessing international payment systems', a sanction (S47)
    return any(_dealing(o) for p in children(trigger, "prep") if p.lower_ in ("from", "on")
               for o in children(p, "pobj", "pcomp"))


def _dealing(banned: Token) -> bool:
    """The banned activity's own words: the word, its objects and compounds, the objects of its prepositions and of
    the verbs joined to it ('entering into transactions or establishing business relationships')."""
    words = [banned, *children(banned, "conj")]
    words += [o for w in list(words) for o in children(w, "dobj", "compound")]
    words += [o for w in list(words) for p in children(w, "prep") for o in children(p, "pobj")]
    words += [c for w in list(words) for c in children(w, "compound")]
    return any(w.lower_ in _DEALINGS or w.lemma_.lower() in _DEALINGS for w in words)
