"""Partial quotes: a short quoted phrase that no cue frames closely is still a speaker's words when English
attributes it to them: it sits in what a verb of saying with a speaker reports, however far below the verb within the
parse cues' reach ('Labor is demanding that the government do the same and implement sanctions “against those
responsible”'; 'Despite the U.S. efforts to spread “misinformation”, Rodriguez expressed confidence that …'), weak
verbs ('demand', 'express') included (docs/annotation.md, Quotes: a partial quote of a named person is a quote, a
scare quote in the writer's own voice is not). A charge or label a verb of charging gives without a verb of saying
(S23: 'imposed sanctions on … for “moving millions of dollars”') is its active subject's; a passive with no agent
('was fined for “kicking”') names no one who made it, and the phrase stays a scare quote."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.attribution import Attribution
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import source_of
from quotelens.language.tree import agent_of, children
from quotelens.language.vocabulary import word_list

# How far above the quoted words a verb of saying may sit (as far as the parse cues reach: governors.py);
# the walk stops at the sentence's edge too.
MAX_STEPS = 7
# Verbs of charging and labelling that are no verbs of saying (data/cues.json, charge_verbs), and the prepositions
# through which one of them holds its charge or label ('sanctioned … for', 'guilty of', 'termed as').
CHARGE_VERBS = frozenset(word_list("cues", "charge_verbs"))
CHARGE_PREPOSITIONS = frozenset({"for", "of", "as"})
# A charge verb's own complements: 'termed them “unilateral and biased”', 'deemed it “illegal”'.
CHARGE_COMPLEMENTS = frozenset({"dobj", "oprd", "xcomp", "acomp", "attr"})
# How the quoted words may hang on the head noun of the phrase that is the charge ('“lethal” arms delivery').
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "advmod"})


def partial_quote(scope: QuoteScope, span: QuotedSpan) -> Attribution | None:
    """The verb of saying above a short quoted phrase whose speaker is someone (a person or a body)."""
    link = scope.outside_link(span.start, span.end)
    if link is None:
        return None
    start, end = scope.sentence_chars(link)
    node, steps, below = link.head, 1, link
    charged = False  # the walk has passed a for-, of- or as-phrase or a verb's complement: a charge's link
    while steps <= MAX_STEPS and start <= node.idx < end:
        # Only the phrase's own noun phrase may lie below the link ('for “moving …”', 'termed as “continuous”
        # abuse'), not a for-phrase farther up ('laying the groundwork for actions over … “acts of terrorism”').
        charged = charged or (below.i == link.i or link.dep_ in MODIFIER_DEPS) and (
            node.lower_ in CHARGE_PREPOSITIONS and node.pos_ == "ADP" and below.dep_ in ("pobj", "pcomp")
            or below.dep_ in CHARGE_COMPLEMENTS and node.pos_ == "VERB")
        if not scope.in_quote(node.idx) and scope.paragraph(node.idx) == scope.paragraph(span.open):
            if charged and _is_charge(scope, node):
                party = _charging_party(scope, node, span)
                return None if party is None else Attribution(scope.mention(node), party)
            source = _speaker_at(scope, node, span)
            if source is not None:
                # 'they shared the view that …': a plural pronoun here may stand for several people; the words
                # stand as a quote, their speaker unknown (an unknown beats a wrong one).
                return Attribution(scope.mention(node), None if source.root.lower_ == "they" else source)
        if node.head.i == node.i:
            break
        below, node, steps = node, node.head, steps + 1
    return None


def _is_charge(scope: QuoteScope, node: Token) -> bool:
    """A verb of charging that makes its charge: not a to-infinitive ('laws will allow Australia to impose
    sanctions against perpetrators of “egregious acts”' makes no charge yet; the passage's speaker words it)."""
    infinitive = node.tag_ == "VB" and any(child.lower_ == "to" for child in children(node, "aux"))
    return node.pos_ == "VERB" and scope.verb_lemma(node) in CHARGE_VERBS and not infinitive


def _charging_party(scope: QuoteScope, verb: Token, span: QuotedSpan) -> Span | None:
    """Who makes the charge: a passive verb's agent ('was fined by the league'), else, active, its subject; a
    passive with no agent names no one (S23: 'was fined for “kicking”')."""
    if children(verb, "auxpass", "nsubjpass"):
        agent = agent_of(verb)
        party = scope.doc[agent.i:agent.i + 1] if agent is not None else None
    else:
        party = source_of(scope, verb, span)
    return party if party is not None and _someone(scope, party) else None


def _speaker_at(scope: QuoteScope, node: Token, span: QuotedSpan) -> Span | None:
    """Who speaks through ``node``: the source of a verb of saying. Not the owner of a noun of saying: the words
    after 'his call for a “deportation force”' say what the call is about (possessors.py, as PolNeAR marks it)."""
    if node.pos_ == "VERB" and scope.verb_lemma(node) in scope.words.speech_verbs and not scope.lacks_particle(node):
        source = source_of(scope, node, span)
        return source if source is not None and _someone(scope, source) else None
    return None


def _someone(scope: QuoteScope, source: Span) -> bool:
    return is_person_like(scope, source) or is_organization(source)
