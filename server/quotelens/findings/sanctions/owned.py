"""Vague measure nouns a sanctioning party owns: 'the EU measures', 'Western restrictions', 'US punishments', and
'restrictions imposed on Russia', 'the measures taken against Qatar'. 'measures' or 'restrictions' alone name
anything a government does; one that names the state or body imposing it, or the party an imposing verb hits, is
that party's coercive measure (docs/annotation.md: 'restrictive measures', 'punitive measures' named as sanctions).
Kept only next to another mention (sanctions.py keeps every 'generic' candidate near one), never proof alone."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.aliases import authority_of_phrase
from quotelens.findings.sanctions.candidate import Candidate, is_possible_target, of_another_field
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import phrase_bounds
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import agent_of, children


def owned_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """A vague measure noun whose modifier names an authority, or whose imposing participle names its authority
    or the party it hits; not one of another field ('the EU's border measures') or one said to serve an aim ('EU
    measures to curb inflation')."""
    if token.lemma_.lower() not in lex.owned_nouns or _has_aim(token) or of_another_field(token, lex, party_owns=True):
        return None
    imposed = next((c for c in children(token, "acl") if c.tag_ == "VBN" and c.lemma_.lower() in lex.owning_verbs), None)
    imposed = imposed if imposed is not None else _imposing_clause(token, lex)
    if not (_owner_modifier(token, lex) or (imposed is not None and _names_party(imposed, lex))):
        return None
    start, end = phrase_bounds(token, lex)
    if imposed is not None:
        end = max(end, imposed.right_edge.i + 1)  # "restrictions imposed on Russia": the participle's phrase too
    return Candidate(token, token, imposed, start, end, "generic", False)


def _owner_modifier(token: Token, lex: Lexicon) -> bool:
    """'the EU measures', 'Western restrictions', 'Washington's restrictions'."""
    return any(c.dep_ in ("compound", "amod", "nmod", "poss") and authority_of_phrase(c, lex) is not None
               for c in children(token) if c.i < token.i)


def _imposing_clause(noun: Token, lex: Lexicon) -> Token | None:
    """'restrictions the West has imposed on Russia', 'the measures that the EU imposed on Belarus': an active
    relative clause of an owning verb on the noun, which the noun is the object of, and which says whom it hits ('on',
    'against'); not 'certain measures that Washington could take to improve relations'."""
    return next((c for c in children(noun, "relcl") if c.lemma_.lower() in lex.owning_verbs and not children(c, "auxpass")
                 and all(o.lower_ in RELATIVE_PRONOUNS for o in children(c, "dobj"))
                 and any(p.lower_ in ("on", "against") for p in children(c, "prep"))), None)


def _names_party(participle: Token, lex: Lexicon) -> bool:
    """'imposed by Washington', 'taken against Qatar', 'imposed on Russia' (not 'imposed on travellers' or 'on
    Monday'); a relative clause's subject: 'the West has imposed', 'that the EU imposed'."""
    agent = agent_of(participle) or next(iter(children(participle, "nsubj")), None)
    if agent is not None and authority_of_phrase(agent, lex) is not None:
        return True
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "NORP") or authority_of_phrase(o, lex) is not None)
               and is_possible_target(o, lex)
               for p in children(participle, "prep") if p.lower_ in ("on", "against") for o in children(p))


def _has_aim(token: Token) -> bool:
    """'measures to curb inflation', 'restrictions to protect the population': an aim of its own, another field."""
    return any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
               for c in children(token))
