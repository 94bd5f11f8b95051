"""Find mentions of sanctions and similar coercive measures, with their status, authority and targets.

Rules read spaCy's parse: a measure word (``data/sanctions.json``), the verb that governs it (impose, lift, violate
...), the modality up its clause (warn, will, would, a bill ...), the clause's subject (the authority; "we" in a quote
is the speaker's government) and its "against/on" objects (the targets). Limits: no coreference beyond repeats of a
measure's noun (``repeats``) and the parties a mention takes from the measure it refers to (``discourse``), so an
article on two regimes gets some repeats wrong. Beside it: ``candidates``, ``status``, ``parties``, ``targets``, ``measures``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Sequence

from spacy.tokens import Span, Token

from quotelens.context import DocContext
from quotelens.findings.country_forms import as_written
from quotelens.findings.sanctions.candidates import Candidate, candidate_at, noun_candidate
from quotelens.findings.sanctions.designating import AIMING_VERBS
from quotelens.findings.sanctions.self_evident import stands_anywhere
from quotelens.findings.sanctions.list_mentions import list_candidates
from quotelens.findings.sanctions.phrases import is_definite
from quotelens.findings.sanctions.lexicon import Lexicon, load_lexicon
from quotelens.findings.sanctions.measures import measure_of, sectors_of, weakly_named
from quotelens.findings.sanctions.article import Context, context_of, names_country, sentence_country
from quotelens.findings.sanctions.aliases import authority_of_words, bare_name, entity_text, state_of_words, \
    states_of_members
from quotelens.findings.sanctions.parties import broken, find_authority
from quotelens.findings.sanctions.subjects import subject_target
from quotelens.findings.sanctions.wording import is_against
from quotelens.findings.sanctions.adopters import adopting_state
from quotelens.findings.sanctions.blocs import spare_members
from quotelens.findings.sanctions.dealings import bans_dealings
from quotelens.findings.sanctions.enforcement import enforces_measure
from quotelens.findings.sanctions.participles import describes_party
from quotelens.findings.sanctions.imposers import vague_repeat_party
from quotelens.findings.sanctions.nesting import nested_end
from quotelens.findings.sanctions.discourse import resolve_parties
from quotelens.findings.sanctions.carried_status import carry_statuses
from quotelens.findings.sanctions.clause_targets import denies_party
from quotelens.findings.sanctions.repeats import demonstrative_repeats
from quotelens.findings.sanctions.resolutions import state_under_un_measures
from quotelens.findings.sanctions.senses import is_other_sense, is_sports_story, names_a_body
from quotelens.findings.sanctions.status import find_status
from quotelens.findings.sanctions.subject_lists import share_list_readings
from quotelens.findings.sanctions.targets import find_targets, targeted_by_verb
from quotelens.model import Entity, Quote, Sanction
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children, lefts
from quotelens.language.vocabulary import vocabulary


_NEEDS_TARGET = frozenset(vocabulary("sanctions")["measure_nouns"]["needs_target"])
_IMPOSING_ABROAD = frozenset(vocabulary("sanctions")["owned_measures"]["abroad"])
UN_COUNCIL = "UN Security Council"  # docs/annotation.md S8: the authority of every UN measure
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
    measure: str = "sanctions"  # its kind (measures.py); a back-reference's is the one it stands for (discourse.py)
    denied: bool = False  # its clause says whom it does not hit (S12): no target from its neighbours either


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
        if candidate is not None and not is_other_sense(candidate, lex) and not enforces_measure(candidate, lex):
            breached = state_under_un_measures(candidate, lex) if candidate.kind == "resolution" else None
            if candidate.kind == "resolution" and breached is None:
                continue  # a resolution that imposes no measure on a state is no mention (S14)
            finding = _describe(candidate, lex, context)  # a sanctions committee, 'those sanctioned' (S2) and a ban
            if breached is not None:  # S14: the Council's measures on the state, broken
                finding = replace(finding, status="violated", authority=UN_COUNCIL, targets=(breached,))
            evidence = names_a_body(candidate, lex) or describes_party(candidate.trigger) or bans_dealings(
                candidate, lex)  # on dealings (S4) only confirm the others and lend them their parties
            findings.append(replace(finding, evidence_only=True) if evidence else finding)
    findings += _acronym_mentions(findings, lex, context) + _list_repeats(findings, lex, context) + [
        replace(_describe(repeat, lex, context), near_only=False)  # a back-reference to a measure named before,
        for repeat in demonstrative_repeats([f.candidate for f in findings], lex)  # however far (S1)
        if not is_other_sense(repeat, lex)]  # not 'the measures taken in dealing with the pandemic'
    if is_sports_story(doc, lex):  # a sports body's penalties; a state's measure names its authority
        findings = [f for f in findings if f.authority is not None]
    findings = resolve_parties(_without_overlaps(_keep_confirmed(findings, lex, document.sentences)), doc, context, lex)
    findings = [f for f in findings if not f.evidence_only]  # after lending its party to the mentions after it
    findings = carry_statuses(findings, lex)  # 'The sanctions include ...' after 'prolonged sanctions': extended
    findings = spare_members(share_list_readings(findings, lex))  # S66; the EU's measures hit no member state
    return [
        Sanction(
            id=f"sanction{n}",
            start=(start := doc[f.candidate.start].idx),
            end=(end := doc[f.candidate.end - 1].idx + len(doc[f.candidate.end - 1].text)),
            text=document.text[start:end],
            status=f.status, authority=as_written(document.text, f.authority), targets=f.targets,  # S74
            measure=f.measure, sectors=sectors_of(f.candidate, lex),
        )
        for n, f in enumerate(findings, 1)
    ]


def _actor(candidate: Candidate, lex: Lexicon) -> str | None:
    """'Hungary would not block the 19th sanctions package': the country its clause's subject names acts on the
    measure and is not the one it hits, unless the clause says the subject is hit ('Iran is struggling under
    sanctions')."""
    verb = candidate.verb if candidate.verb is not None else candidate.head.head
    subject = next(iter(children(verb, "nsubj")), None)
    if subject is None or subject.ent_type_ != "GPE" or subject_target(candidate, lex) is not None:
        return None
    return bare_name(entity_text(subject))


def _describe(candidate: Candidate, lex: Lexicon, context: Context) -> _Finding:
    status = find_status(candidate, lex)
    if candidate.kind == "generic" and is_definite(candidate.head):
        # "end the ban", "lift the restrictions": only a pointer to the measure before it, whose parties it takes
        # (discourse.py); its clause's subject is as often the party asking for the lifting. Its own words may still
        # name its party: "the EU measures", "the new measures adopted by the European bloc"
        return _Finding(candidate, status, adopting_state(candidate, lex) or vague_repeat_party(candidate.head, lex),
                        tuple(targeted_by_verb(candidate, lex, context)), False, near_only=True,
                        measure=measure_of(candidate, lex))
    bare = candidate.trigger.lemma_.lower() in lex.designation_nouns and candidate.head.i == candidate.trigger.i
    # "These delistings", "the first UN designation": only its own modifier names its party, not its clause's subject
    authority = authority_of_words(lefts(candidate.head), lex) if bare else find_authority(candidate, lex, context)
    targets = tuple(find_targets(candidate, lex, context, authority))
    if authority in targets:  # a state does not sanction itself: one of the two is misread
        if authority in _named_before_measure(candidate, lex):  # "China's countermeasures": the words before the
            targets = tuple(t for t in targets if t != authority)  # measure name who imposes it
        else:  # 'We want a total removal of sanctions on Zimbabwe' said in Harare: whom it hits is named, the
            authority = None  # party asking for its removal is no imposer
    if authority in states_of_members(targets, lex):  # 'Cambodian prime minister Hun Sen denied concern over
        authority = None  # foreign sanctions imposed against senior Cambodian officials': not Cambodia's
    nearby = sentence_country(candidate, authority, context, _actor(candidate, lex))  # when the phrase names none
    strong = not weakly_named(candidate, lex) and (candidate.clear or authority is not None or any(  # or a country in
        names_country(t, context) for t in targets + nearby))  # the phrase or, alone, in the sentence ("to punish Damascus")
    if candidate.kind in ("verb", "told") and candidate.trigger.lemma_.lower() == "sanction":
        # approval was ruled out; 'he was sanctioned', 'oil that has been sanctioned' prove no state measure
        strong = candidate.head.pos_ != "PRON" and candidate.kind == "verb"
    if candidate.verb is not None and candidate.kind == "noun" and candidate.trigger.lemma_.lower() in lex.ambiguous_nouns \
            and candidate.trigger.lemma_.lower() not in lex.needs_party:
        # "the imposition of sanctions", "lifted sanctions": disciplinary senses were ruled out above. A press embargo
        # is imposed and broken too, so an embargo needs its authority or target.
        strong = True
    # vague "actions"; "the companies were designated" with no authority or complement to say it is a sanctions list
    near_only = candidate.kind in ("generic", "ellipsis", "told") or bare or (
        candidate.trigger.lemma_.lower() in lex.designation_verbs and not candidate.clear) or (
        candidate.trigger.lemma_.lower() in AIMING_VERBS)  # 'targeted three citizens': strikes target people too
    if near_only and _imposed_abroad(candidate, status, authority, targets, context, lex):
        near_only = False  # 'Singapore has imposed financial measures targeted at designated Russian banks'
    if not targets and (candidate.trigger.lemma_.lower() in _NEEDS_TARGET or measure_of(candidate, lex) == "trade_ban"):
        # "China will take appropriate countermeasures" to US tariffs, a ban on goods from every country (S54): proves
        strong = False  # no sanction alone
    if candidate.trigger.lemma_.lower() in lex.seizure_words:
        # a seizure is a sanction only in an article about sanctions, proof of one only when a sanctioning state seizes;
        # one naming neither seizer nor a country's property ("his father's farms were seized") sits near another mention
        strong = authority in lex.known_authorities  # "the FBI seized", not "Florida can seize private property"
        near_only = authority is None and not any(names_country(t, context) for t in targets) \
            and not _seizes_property(candidate, lex)
    unattributed = authority is None and (any(
        c.dep_ == "amod" and c.lower_ in lex.unattributed for c in lefts(candidate.head))
        or ((status == "violated" or broken(candidate, lex)) and _is_bare_plural(candidate.head, lex)))
    if unattributed and status == "violated" and not targets:  # 'attempts to evade sanctions': a kind, no one's,
        nearby = ()  # on no party the sentence names
    return _Finding(candidate, status, authority, targets, strong, nearby, near_only, unattributed,
                    measure=measure_of(candidate, lex), denied=not targets and denies_party(candidate, lex))


def _imposed_abroad(candidate: Candidate, status: str, authority: str | None, targets: tuple[str, ...],
                    context: Context, lex: Lexicon) -> bool:
    """A vague measure a named state or body imposes on a party of another country ('imposed financial measures
    targeted at designated Russian banks'): a coercive measure of its own, not only a neighbour of another mention.
    Not one on another country's goods ('measures against US goods'), which a trade dispute's tariffs are too."""
    verb = candidate.verb
    return candidate.kind == "generic" and status == "imposed" and authority is not None and verb is not None \
        and verb.lemma_.lower() in _IMPOSING_ABROAD and not is_definite(candidate.head) and any(
            names_country(t, context) and authority not in t and t.split()[-1].lower() not in lex.traded_goods
            for t in targets)


def _named_before_measure(candidate: Candidate, lex: Lexicon) -> set[str | None]:
    """The parties the mention's words up to its measure noun name ("China's countermeasures", 'European and U.S.
    punitive measures')."""
    words = [w for w in candidate.trigger.doc[candidate.start: candidate.head.i + 1] if not is_against(w)]
    return {state_of_words(words, lex), *(bare_name(entity_text(w)) for w in words if w.ent_type_ == "GPE")}


def _is_bare_plural(head: Token, lex: Lexicon) -> bool:
    """'evade sanctions', 'circumvent sanctions against Russia', 'evade economic sanctions on the DPRK': sanctions
    as a kind whose words name no imposing party, so the article's neighbouring measure is not its antecedent
    (docs/annotation.md: authority null; the tune gold: 23 such against 10); not 'evade the sanctions', 'US sanctions'."""
    return head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in children(head)) \
        and authority_of_words(list(head.subtree), lex) is None


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
            # S18: 'targeted three firms' is a sanction only when its own sentence or the one before names the measure
            before, after = (1, 0) if finding.candidate.trigger.lemma_.lower() in AIMING_VERBS \
                else (lex.generic_context, lex.generic_context)
            nearest = bisect.bisect_left(anchors, here - before)
            if (nearest == len(anchors) or anchors[nearest] > here + after) and not (
                    anchors[0] < here and _refers_back(finding.candidate)) and not stands_anywhere(finding.candidate, lex):
                continue
        kept.append(finding)
    return kept


def _refers_back(candidate: Candidate) -> bool:
    """'The designation comes in the wake of ...', 'the measures taken against Qatar': a definite measure noun with
    no verb of its own is a back-reference to a measure named before, a mention however far from it (S1), as
    demonstrative repeats are; a vague or bare noun only near another mention otherwise."""
    return candidate.kind in ("generic", "noun") and candidate.verb is None and is_definite(candidate.head)


def _without_overlaps(findings: list[_Finding]) -> list[_Finding]:
    """One mention per stretch of text: the longer of two overlapping ones, a mention before mere evidence ('the
    list of the 50 sanctioned entities' over 'sanctioned entities')."""
    ordered = sorted(findings, key=lambda f: (f.candidate.start, -(f.candidate.end - f.candidate.start)))
    kept: list[_Finding] = []
    for finding in ordered:
        if kept and finding.candidate.start < kept[-1].candidate.end:
            previous = kept[-1]
            end = None if finding.evidence_only else nested_end(previous.candidate, finding.candidate)
            if end is not None:  # a measure in the trailing modifier of another: both, the outer one cut short
                kept[-1] = replace(previous, candidate=replace(previous.candidate, end=end))
                kept.append(finding)
                continue
            if (not finding.evidence_only, finding.candidate.end - finding.candidate.start) > (
                    not previous.evidence_only, previous.candidate.end - previous.candidate.start):
                kept[-1] = finding
            continue
        kept.append(finding)
    return kept
