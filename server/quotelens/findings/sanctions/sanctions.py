"""Find mentions of sanctions and similar coercive measures, with their status, authority and targets.

Rules read spaCy's parse: a measure word (``data/sanctions.json``), the verb that governs it (impose, lift, violate
...), the modality up its clause (warn, will, would, a bill ...), the clause's subject (the authority; "we" in a quote
is the speaker's government) and its "against/on" objects (the targets). Limits: no coreference beyond repeats of a
measure's noun (``repeats``) and parties handed on to later mentions (``_carry_over``), so an article on two regimes
gets some repeats wrong. Beside it: ``candidates``, ``status``, ``parties``, ``targets``, ``measures``, ``lexicon``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from itertools import islice
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from quotelens.context import DocContext
from quotelens.findings.sanctions.candidates import Candidate, candidate_at, noun_candidate
from quotelens.findings.sanctions.list_mentions import list_candidates
from quotelens.findings.sanctions.phrases import determined_noun, first_conjunct, is_definite
from quotelens.findings.sanctions.lexicon import Lexicon, load_lexicon
from quotelens.findings.sanctions.measures import measure_of, sectors_of, weakly_named
from quotelens.findings.sanctions.article import Context, context_of, names_country, sentence_country, with_main_target
from quotelens.findings.sanctions.aliases import authority_of_words
from quotelens.findings.sanctions.parties import find_authority
from quotelens.findings.sanctions.imposers import vague_repeat_party
from quotelens.findings.sanctions.datelines import home_state
from quotelens.findings.sanctions.lenders import lent_authority
from quotelens.findings.sanctions.repeats import demonstrative_repeats, hits_those_before, included_in, same_footing
from quotelens.findings.sanctions.senses import is_other_sense, is_sports_story, names_a_body
from quotelens.findings.sanctions.status import find_status
from quotelens.findings.sanctions.targets import find_targets, targeted_by_verb
from quotelens.model import Entity, Quote, Sanction
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children, lefts


STATUSES = ("imposed", "threatened", "considered", "lifted", "extended", "violated", "other")


@dataclass(frozen=True)
class _Finding:
    candidate: Candidate
    status: str
    authority: str | None
    targets: tuple[str, ...]
    strong: bool  # stands on its own as a state measure (vs. needing another mention in the article)
    nearby_targets: tuple[str, ...] = ()  # the sentence's one other country, when the phrase names no target
    near_only: bool = False  # kept only within a few sentences of another mention (vague "actions", a bare seizure)
    unattributed: bool = False  # many states' measure ("international sanctions"), or sanctions as a kind ("evade
    # sanctions"): no authority from its neighbours
    evidence_only: bool = False  # a body named after sanctions: confirms the article's measures and lends them its
    # party ("the UN Security Council's Afghanistan Sanctions Committee"), is none itself


def find_sanctions(document: DocContext, quotes: Sequence[Quote] = (),
                   entities: Sequence[Entity] = ()) -> list[Sanction]:
    """Return every sanction-like measure mentioned in ``doc``, in text order, ids ``sanction1``, ``sanction2`` ...

    ``quotes`` and ``entities`` let "we" inside a quote resolve to the speaker's government.
    """
    doc = document.doc
    lex = load_lexicon()
    context = context_of(doc, quotes, entities)
    findings: list[_Finding] = []
    for token in doc:
        candidate = candidate_at(token, lex)
        if candidate is not None and not is_other_sense(candidate, lex):
            finding = _describe(candidate, lex, context)  # a sanctions committee only confirms the others
            findings.append(replace(finding, evidence_only=True) if names_a_body(candidate, lex) else finding)
    findings += _acronym_mentions(findings, lex, context) + _list_repeats(findings, lex, context) + [
        _describe(repeat, lex, context) for repeat in demonstrative_repeats([f.candidate for f in findings], lex)]
    if is_sports_story(doc, lex):  # a sports body's penalties; a state's measure names its authority
        findings = [f for f in findings if f.authority is not None]
    findings = _carry_over(_without_overlaps(_keep_confirmed(findings, lex, document.sentences)), doc, document.text,
                           context, lex)
    findings = [f for f in findings if not f.evidence_only]  # after lending its party to the mentions after it
    measures = _measures(findings, lex)
    return [
        Sanction(
            id=f"sanction{n}",
            start=(start := doc[f.candidate.start].idx),
            end=(end := doc[f.candidate.end - 1].idx + len(doc[f.candidate.end - 1].text)),
            text=document.text[start:end],
            status=f.status,
            authority=f.authority,
            targets=f.targets,
            measure=measure,
            sectors=sectors_of(f.candidate, lex),
        )
        for n, (f, measure) in enumerate(zip(findings, measures), 1)
    ]


def _measures(findings: list[_Finding], lex: Lexicon) -> list[str]:
    """Each mention's kind of measure; a vague one ('lift the restrictions', 'end the ban') is the kind of the
    measure before it, which it refers back to."""
    measures: list[str] = []
    for finding in findings:
        if finding.candidate.kind in ("generic", "ellipsis") and measures:
            measures.append(measures[-1])
        else:
            measures.append(measure_of(finding.candidate, lex))
    return measures


def _describe(candidate: Candidate, lex: Lexicon, context: Context) -> _Finding:
    status = find_status(candidate, lex)
    if candidate.kind == "generic" and is_definite(candidate.head):
        # "end the ban", "lift the restrictions": only a pointer to the measure before it, whose parties it takes
        # (_carry_over); its clause's subject is as often the party asking for the lifting. Its own words may still
        # name its party: "the EU measures", "the new measures adopted by the European bloc"
        return _Finding(candidate, status, vague_repeat_party(candidate.head, lex),
                        tuple(targeted_by_verb(candidate, lex, context)), False, near_only=True)
    bare = candidate.trigger.lemma_.lower() in lex.designation_nouns and candidate.head.i == candidate.trigger.i
    # "These delistings", "the first UN designation": only its own modifier names its party, not its clause's subject
    authority = authority_of_words(lefts(candidate.head), lex) if bare else find_authority(candidate, lex, context)
    targets = tuple(t for t in find_targets(candidate, lex, context, authority) if t != authority)
    nearby = sentence_country(candidate, authority, context)  # used when the phrase names no target
    strong = not weakly_named(candidate, lex) and (candidate.clear or authority is not None or any(  # or a country in
        names_country(t, context) for t in targets + nearby))  # the phrase or, alone, in the sentence ("to punish Damascus")
    if candidate.kind == "verb" and candidate.trigger.lemma_.lower() == "sanction":
        strong = candidate.head.pos_ != "PRON"  # approval was ruled out; 'he was sanctioned' proves no state measure
    if candidate.verb is not None and candidate.kind == "noun" and candidate.trigger.lemma_.lower() in lex.ambiguous_nouns \
            and candidate.trigger.lemma_.lower() not in lex.needs_party:
        # "the imposition of sanctions", "lifted sanctions": disciplinary senses were ruled out above. A press embargo
        # is imposed and broken too, so an embargo needs its authority or target.
        strong = True
    # vague "actions"; "the companies were designated" with no authority or complement to say it is a sanctions list
    near_only = candidate.kind in ("generic", "ellipsis") or bare or (
        candidate.trigger.lemma_.lower() in lex.designation_verbs and not candidate.clear)
    if candidate.trigger.lemma_.lower() in lex.seizure_words:
        # a seizure is a sanction only in an article about sanctions, proof of one only when a sanctioning state seizes;
        # one naming neither seizer nor a country's property ("his father's farms were seized") sits near another mention
        strong = authority in lex.known_authorities  # "the FBI seized", not "Florida can seize private property"
        near_only = authority is None and not any(names_country(t, context) for t in targets) \
            and not _seizes_property(candidate, lex)
    unattributed = authority is None and (any(
        c.dep_ == "amod" and c.lower_ in lex.unattributed for c in lefts(candidate.head))
        or (status == "violated" and _is_bare_plural(candidate.head, lex)))
    return _Finding(candidate, status, authority, targets, strong, nearby, near_only, unattributed)


def _is_bare_plural(head: Token, lex: Lexicon) -> bool:
    """'evade sanctions': sanctions as a kind, not one state's measure ('violating sanctions against Iran'), so the
    article's neighbouring measure is not its antecedent (docs/annotation.md: authority null)."""
    return head.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod")
        or (c.dep_ == "prep" and c.lower_ in lex.target_preps) for c in children(head))


def _seizes_property(candidate: Candidate, lex: Lexicon) -> bool:
    """'seized the tanker', 'the seizure of Russian assets': what sanctions take, unlike a regime's 'farms'."""
    words = {t.lemma_.lower() for t in candidate.trigger.doc[candidate.start: candidate.end]}
    return bool(words & lex.seizable)


def _acronym_mentions(findings: list[_Finding], lex: Lexicon, context: Context) -> list[_Finding]:
    """Later uses of an acronym a measure was given: 'the Iran Sanctions Act, or ISA, ...' then 'renew the ISA'."""
    doc = context.doc
    defined: dict[str, set[int]] = {}
    for finding in findings:
        end = finding.candidate.end
        words = [t.text for t in doc[end: end + 4]]
        if words[:2] == [",", "or"] and len(words) > 2:
            acronym, defined_at = words[2], end + 2
        elif words[:1] == ["("] and len(words) > 2 and words[2] == ")":
            acronym, defined_at = words[1], end + 1
        else:
            continue
        if acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8:
            defined.setdefault(acronym, set()).add(defined_at)
    found = []
    if not defined:
        return found
    for token in doc:
        if token.text in defined and token.i not in defined[token.text]:
            found.append(_describe(noun_candidate(token, lex, clear=True), lex, context))
    return found


def _list_repeats(findings: list[_Finding], lex: Lexicon, context: Context) -> list[_Finding]:
    """The designation list named again (list_mentions.py); one that only names its members stays near a mention."""
    return [replace(_describe(candidate, lex, context), near_only=True) if near else _describe(candidate, lex, context)
            for candidate, near in list_candidates([f.candidate for f in findings], lex)]


def _keep_confirmed(findings: list[_Finding], lex: Lexicon, sentences: Sequence[Span]) -> list[_Finding]:
    """Keep ambiguous mentions only in an article that also has a clear state measure; vague 'actions' only next
    to another mention."""
    anchored = [f for f in findings if not f.near_only]
    if not any(f.strong for f in anchored):
        return []
    sentence_of = {s.start: n for n, s in enumerate(sentences)}
    anchors = sorted(sentence_of[sentence_start(f.candidate.trigger)] for f in anchored)
    kept = []
    for finding in findings:
        if finding.near_only:
            here = sentence_of[sentence_start(finding.candidate.trigger)]
            nearest = bisect.bisect_left(anchors, here - lex.generic_context)
            if nearest == len(anchors) or anchors[nearest] > here + lex.generic_context:
                continue
        kept.append(finding)
    return kept


def _without_overlaps(findings: list[_Finding]) -> list[_Finding]:
    """One mention per stretch of text: the longer of two overlapping ones."""
    ordered = sorted(findings, key=lambda f: (f.candidate.start, -(f.candidate.end - f.candidate.start)))
    kept: list[_Finding] = []
    for finding in ordered:
        if kept and finding.candidate.start < kept[-1].candidate.end:
            previous = kept[-1]
            if finding.candidate.end - finding.candidate.start > previous.candidate.end - previous.candidate.start:
                kept[-1] = finding
            continue
        kept.append(finding)
    return kept


def _carry_over(findings: list[_Finding], doc: Doc, text: str, context: Context, lex: Lexicon) -> list[_Finding]:
    """Fill what a mention's own clause does not say from its neighbours.

    Targets: a measure that is part of the one before it ('sanctions on Eritrea, including an arms embargo and a
    travel ban'; 'imposed sanctions on X, freezing their assets') shares its targets. A definite repeat ('the
    sanctions', 'its embargo') refers back: it takes the targets of the nearest earlier measure of its own noun and
    party ('the embargo' after 'an embargo on Cuba', whatever came between), else of the mention before it in the
    paragraph, else the sentence's one other country, else those of the nearest earlier mention. A new, indefinite
    measure ('will impose sanctions if appropriate') takes only the sentence's one other country.
    Authority: a missing one is that of the nearest mention before it in the article, else the first one after it;
    in news the measures of one article are mostly one actor's; not for many states' measure or sanctions as a kind
    ('evade sanctions'). Limit: an article on two regimes gives its bare repeats the nearer one's authority and targets.
    """
    result: list[_Finding] = []
    earlier: tuple[str, ...] = ()  # the targets of the nearest earlier mention that has some
    for finding in findings:
        previous, own_targets = (result[-1] if result else None), finding.targets  # its phrase's, before any carried
        # a verb's head is whom it hits ("sanctioned the firm"), not a definite measure
        definite = previous is not None and finding.candidate.kind != "verb" and any(  # 'the latest tranche of sanctions'
            map(is_definite, {finding.candidate.head, determined_noun(finding.candidate.head, lex)}))
        # the measure a definite repeat refers back to: the nearest earlier one of its own kind that names targets
        antecedent = next((f for f in reversed(result) if f.targets and _same_measure(f, finding)
                           and same_footing(f.status, finding.status)), None) if definite else None
        if not finding.targets:
            if previous is not None and (_is_part_of(finding, previous)
                                         or hits_those_before(finding.candidate, previous.candidate)
                                         or included_in(finding.candidate, previous.candidate, lex)):
                targets = previous.targets
            elif definite:
                same_paragraph = "\n" not in text[doc[previous.candidate.end - 1].idx: doc[finding.candidate.start].idx]
                targets = (antecedent.targets if antecedent is not None else ()) \
                    or (same_paragraph and previous.targets) or finding.nearby_targets or earlier
            else:
                targets = finding.nearby_targets
            finding = replace(finding, targets=tuple(t for t in targets if t != finding.authority))
        if finding.authority is None and antecedent is not None and finding.candidate.kind == "generic":
            # a vague repeat ("The measures ... took effect") names no party of its own: its antecedent's
            finding = replace(finding, authority=antecedent.authority)
        if finding.authority is None and previous is not None and not finding.unattributed:
            # the previous mention's, not the antecedent's: on PolNeAR the antecedent's cost one authority
            finding = replace(finding, authority=lent_authority(result, own_targets))
        earlier = finding.targets or earlier
        result.append(finding)
    first = next((f.authority for f in result if f.authority is not None), None) or home_state(result, doc, lex)
    result = [f if f.authority is not None or f.unattributed else replace(f, authority=first) for f in result]
    return with_main_target(result, context)  # what no neighbour gave: the country the article's measures name


def _same_measure(earlier: _Finding, repeat: _Finding) -> bool:
    """'the sanctions' refers back to sanctions, 'the embargo' to an embargo, 'the US sanctions' to the US's."""
    same_party = earlier.authority is None or repeat.authority is None or earlier.authority == repeat.authority
    # a compound word ends with its noun: 'the measures' after 'countermeasures against ...'; 'the sanctions' after
    # 'sanctioned seven individuals' (a verb's head is whom it hits)
    word = earlier.candidate.trigger if earlier.candidate.kind == "verb" else earlier.candidate.head
    return same_party and word.lemma_.lower().endswith(repeat.candidate.head.lemma_.lower())


def _is_part_of(finding: _Finding, previous: _Finding) -> bool:
    """'an arms embargo' inside 'sanctions on Eritrea, including an arms embargo'; 'a travel ban' beside it."""
    earlier = previous.candidate
    nodes = {earlier.head.i, earlier.trigger.i} | ({earlier.verb.i} if earlier.verb is not None else set())
    word = finding.candidate.verb if finding.candidate.verb is not None else finding.candidate.head
    # Five ancestors at most, taken lazily: in a list of hundreds of measures each conjunct hangs from the one
    # before it, and walking (or listing) every ancestor or conjunct per mention would be quadratic.
    for ancestor in (word, *islice(word.ancestors, 5)):
        if ancestor.i in nodes and ancestor is not word:
            return True
        if ancestor.dep_ in ("ccomp", "relcl", "ROOT"):
            break
    head = finding.candidate.head
    root, earlier_root = first_conjunct(head), first_conjunct(earlier.head)
    # One coordination ('sanctions, an embargo and a travel ban'): the same first conjunct, remembered per document.
    return head.i != earlier.head.i and root is not None and earlier_root is not None and root.i == earlier_root.i
