"""Find mentions of sanctions and similar coercive measures, with their status, authority and targets.

Rules read spaCy's parse: a measure word (``data/sanctions.json``), the verb that governs it (impose, lift,
violate ...), the modality on the path up its clause (warn, will, would, a bill ...), the subject of that clause
(the authority; "we" inside a quote is the speaker's government) and its "against/on" objects (the targets).
Limits: no coreference beyond handing authority and targets on to later mentions (see ``_carry_over``), so an
article on two regimes by two authorities gets some repeats wrong; a misparse loses a target or a status word.
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
from dataclasses import dataclass, replace
from importlib import resources
from typing import Sequence

from spacy.tokens import Doc, Token

from quotelens.model import Entity, Quote, Sanction

log = logging.getLogger(__name__)

STATUSES = ("imposed", "threatened", "considered", "lifted", "extended", "violated", "other")

# Dependents that belong to a measure's noun phrase on its left ("the harshest economic sanctions").
_LEFT_DEPS = {"det", "amod", "compound", "nummod", "nmod", "poss", "quantmod", "predet", "advmod", "npadvmod"}
# Arcs the status climbs along: inside one clause and into the clause it is an argument or infinitive of.
# It stops at a new finite clause (ccomp, relcl, advcl, ROOT), whose own verb decides.
_CLIMB_DEPS = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acl", "compound", "amod", "conj", "nsubj", "nsubjpass",
               "attr", "oprd", "appos", "dative", "npadvmod", "nmod", "agent"}
_PRONOUNS_WE = {"we", "us", "our", "ours"}
_RELATIVE = {"which", "that", "who", "whom"}


@dataclass(frozen=True)
class Lexicon:
    """The word lists of data/sanctions.json, as sets for lookups."""

    clear_nouns: frozenset[str]
    ambiguous_nouns: frozenset[str]
    measure_heads: frozenset[str]
    qualified: dict
    measure_verbs: dict
    designation_verbs: frozenset[str]
    designation_nouns: frozenset[str]
    designation_complements: frozenset[str]
    generic_objects: frozenset[str]
    quantities: frozenset[str]
    generic_context: int
    violation_verbs: frozenset[str]
    violation_nouns: frozenset[str]
    violation_objects: frozenset[str]
    violation_modifiers: tuple[str, ...]
    violation_window: int
    status_of: dict
    threat_words: frozenset[str]
    threat_if_negated: frozenset[str]
    consider_words: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    blocking_words: frozenset[str]
    negative_modifiers: frozenset[str]
    negative_phrases: tuple[str, ...]
    target_nouns: frozenset[str]
    target_preps: frozenset[str]
    aliases: tuple[tuple[tuple[str, ...], str], ...]  # (alias words, authority), longest first
    aliases_by_first_word: dict  # first word -> ((alias words, authority), ...)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read data/sanctions.json once per process."""
    raw = json.loads(resources.files("quotelens").joinpath("data/sanctions.json").read_text(encoding="utf-8"))
    status_of: dict[str, str] = {}
    for status, words in raw["status_verbs"].items():
        if status.startswith("$"):
            continue
        for word in words:
            status_of.setdefault(word, status)
    aliases = []
    for authority, names in raw["authorities"].items():
        if authority.startswith("$"):
            continue
        aliases.extend((tuple(name.split()), authority) for name in names)
    aliases.sort(key=lambda pair: -len(pair[0]))
    modality, violations = raw["modality"], raw["violations"]
    return Lexicon(
        clear_nouns=frozenset(raw["measure_nouns"]["clear"]),
        ambiguous_nouns=frozenset(raw["measure_nouns"]["ambiguous"]),
        measure_heads=frozenset(raw["measure_heads"]["clear"]),
        qualified={k: v for k, v in raw["qualified_measures"].items() if not k.startswith("$")},
        measure_verbs={k: frozenset(v) for k, v in raw["measure_verbs"].items() if not k.startswith("$")},
        designation_verbs=frozenset(raw["designations"]["verbs"]),
        designation_nouns=frozenset(raw["designations"]["nouns"]),
        designation_complements=frozenset(raw["designations"]["complements"]),
        generic_objects=frozenset(raw["generic_objects"]["nouns"]),
        quantities=frozenset(raw["quantities"]["nouns"]),
        generic_context=int(raw["generic_objects"]["context_sentences"]),
        violation_verbs=frozenset(violations["verbs"]),
        violation_nouns=frozenset(violations["nouns"]),
        violation_objects=frozenset(violations["objects"]),
        violation_modifiers=tuple(violations["object_modifiers"]),
        violation_window=int(violations["window_tokens"]),
        status_of=status_of,
        threat_words=frozenset(modality["threat_words"]),
        threat_if_negated=frozenset(modality["threat_if_negated"]),
        consider_words=frozenset(modality["consider_words"]),
        future_aux=frozenset(modality["future_aux"]),
        hypothetical_aux=frozenset(modality["hypothetical_aux"]),
        blocking_words=frozenset(modality["blocking_words"]),
        negative_modifiers=frozenset(raw["negative_senses"]["modifiers"]),
        negative_phrases=tuple(_plain(p) for p in raw["negative_senses"]["phrases"]),
        target_nouns=frozenset(raw["target_nouns"]["nouns"]),
        target_preps=frozenset(raw["target_preps"]["preps"]),
        aliases=tuple(aliases),
        aliases_by_first_word=_index_by_first_word(aliases),
    )


def _index_by_first_word(aliases: list) -> dict:
    index: dict[str, list] = {}
    for alias, authority in aliases:
        index.setdefault(alias[0], []).append((alias, authority))
    return {word: tuple(pairs) for word, pairs in index.items()}


@dataclass(frozen=True)
class _Candidate:
    """One measure found in the parse, before its sense is checked against the rest of the article."""

    trigger: Token  # the measure word itself
    head: Token  # the noun phrase head that verbs govern ("Act" in "Iran Sanctions Act")
    verb: Token | None  # the word saying what happens to it (impose, lift, violation ...), or None
    start: int  # token span of the mention
    end: int
    kind: str  # noun | verb | generic | resolution
    clear: bool


@dataclass(frozen=True)
class _Finding:
    candidate: _Candidate
    status: str
    authority: str | None
    targets: tuple[str, ...]
    strong: bool  # stands on its own as a state measure (vs. needing another mention in the article)
    nearby_targets: tuple[str, ...] = ()  # the sentence's one other country, when the phrase names no target


def find_sanctions(doc: Doc, quotes: Sequence[Quote] = (), entities: Sequence[Entity] = ()) -> list[Sanction]:
    """Return every sanction-like measure mentioned in ``doc``, in text order, ids ``sanction1``, ``sanction2`` ...

    ``quotes`` and ``entities`` let "we" inside a quote resolve to the speaker's government.
    Never raises: a sentence whose parse trips a rule is skipped.
    """
    lex = load_lexicon()
    context = _context_of(doc, quotes, entities)
    findings: list[_Finding] = []
    for token in doc:
        try:
            candidate = _candidate_at(token, lex)
            if candidate is not None and not _is_other_sense(candidate, lex):
                findings.append(_describe(candidate, lex, context))
        except Exception:  # noqa: BLE001 - a detector never loses the page over one odd parse
            log.debug("sanction rule failed at token %d", token.i, exc_info=True)
    text = doc.text  # built anew on every access: once here, not per mention
    try:
        findings += _acronym_mentions(findings, lex, context)
        findings = _carry_over(_without_overlaps(_keep_confirmed(findings, lex)), doc, text)
    except Exception:  # noqa: BLE001 - a bug here must cost the sanctions of one page, not the page
        log.exception("sanction post-processing failed; no sanctions for this text")
        return []
    return [
        Sanction(
            id=f"sanction{n}",
            start=(start := doc[f.candidate.start].idx),
            end=(end := doc[f.candidate.end - 1].idx + len(doc[f.candidate.end - 1].text)),
            text=text[start:end],
            status=f.status,
            authority=f.authority,
            targets=f.targets,
        )
        for n, f in enumerate(findings, 1)
    ]


# ---------------------------------------------------------------------------------------------------------------
# Finding the measure words


def _candidate_at(token: Token, lex: Lexicon) -> _Candidate | None:
    """Return the measure that ``token`` names, if it names one."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if _used_as_verb(token) and lemma in lex.measure_verbs:
        return _verb_candidate(token, lemma, lex)
    if lemma in lex.designation_verbs | lex.designation_nouns:
        return _designation_candidate(token, lex)
    if token.pos_ not in ("NOUN", "PROPN"):
        if token.dep_ == "amod" and lower == "sanctioned":
            return _participle_candidate(token, lex)
        return None
    if lemma in lex.clear_nouns or lower in lex.clear_nouns:
        return _noun_candidate(token, lex, clear=True)
    if lemma in lex.ambiguous_nouns or lower in lex.ambiguous_nouns:
        return _noun_candidate(token, lex, clear=False)
    rule = lex.qualified.get(lemma)
    if rule and _qualifies(token, rule):
        return _noun_candidate(token, lex, clear=bool(rule["clear"]))
    if lower in lex.generic_objects or lemma in lex.generic_objects:
        return _generic_candidate(token, lex)
    if lemma in lex.violation_objects:
        return _resolution_candidate(token, lex)
    return None


def _acronym_mentions(findings: list[_Finding], lex: Lexicon, context: _Context) -> list[_Finding]:
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
            try:
                found.append(_describe(_noun_candidate(token, lex, clear=True), lex, context))
            except Exception:  # noqa: BLE001 - as in find_sanctions
                log.debug("acronym rule failed at token %d", token.i, exc_info=True)
    return found


def _used_as_verb(token: Token) -> bool:
    """Tell a verb use; 'to sanction entities' is often mis-tagged as a compound noun."""
    if token.pos_ == "VERB":
        return True
    previous = token.nbor(-1) if token.i > 0 else None
    return (
        token.lower_ in ("sanction", "blacklist", "embargo")
        and previous is not None
        and (previous.lower_ == "to" or previous.tag_ == "MD")
    )


def _qualifies(token: Token, rule: dict) -> bool:
    modifiers = set(rule["modifiers"])
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and (child.lower_ in modifiers or child.lemma_.lower() in modifiers):
            return True
        if child.dep_ == "prep" and child.lower_ == "on":
            objects = set(rule["on_objects"])
            for obj in child.children:
                words = {obj.lower_, obj.lemma_.lower()} | {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
                if obj.dep_ == "pobj" and words & objects:
                    return True
    return False


def _noun_candidate(token: Token, lex: Lexicon, clear: bool) -> _Candidate:
    head = token
    if token.dep_ in ("compound", "nmod", "amod") and token.head.lemma_.lower() in lex.measure_heads:
        head = token.head  # "the sanctions regime", "the Iran Sanctions Act": the whole phrase is the measure
    elif token.dep_ == "compound" and token.head.i == token.i + 2 and token.nbor(1).tag_ == "HYPH":
        head = token.head  # "sanctions-only approach"
    if head is not token and head.lemma_.lower() in lex.measure_heads:
        start, end = _phrase_bounds(head, lex)
    elif head is not token:
        start, end = token.left_edge.i, head.i + 1
    elif token.dep_ == "compound":
        start, end = token.left_edge.i, token.i + 1  # "Iran sanctions" in "Iran sanctions bill"
    else:
        start, end = _phrase_bounds(token, lex)
    verb = _governing_status_word(head, lex)
    start, end = _with_verb(verb, head, start, end, lex)
    return _Candidate(token, head, verb, start, end, "noun", clear)


def _verb_candidate(token: Token, lemma: str, lex: Lexicon) -> _Candidate | None:
    allowed = lex.measure_verbs[lemma]
    patient = _patient(token)
    if patient is None:
        return None
    words = {patient.lower_, patient.lemma_.lower()} | {c.lower_ for c in patient.children if c.dep_ == "compound"}
    if allowed and not words & allowed:
        return None
    if not allowed and not _is_possible_target(patient, lex):
        return None
    if token.i > 0 and token.nbor(-1).tag_ == "HYPH":
        return None  # "government-sanctioned", "state-sanctioned": approval
    agent = _agent(token)
    if agent is not None and _authority_of_phrase(agent, lex) is None and agent.ent_type_ not in ("GPE", "ORG"):
        return None  # "sanctioned by the state", "hackers sanctioned by it": approval
    if patient.i > token.i:
        start, end = token.i, patient.right_edge.i + 1
    else:
        start, end = patient.left_edge.i, token.i + 1
    # "sanction X": X is the target. "freeze the assets of X", "ban exports to X": the object is the measure's own
    # word and X is found as for a noun. Sanctioning, blacklisting and banning also have non-state senses, hence
    # only embargoes and asset freezes are clear on their own.
    kind = "verb" if lemma in ("sanction", "blacklist", "embargo") else "noun"
    return _Candidate(token, patient, token, start, end, kind, clear=lemma in ("embargo", "freeze"))


def _participle_candidate(token: Token, lex: Lexicon) -> _Candidate | None:
    """'sanctioned entities', 'a sanctioned Russian oligarch'."""
    noun = token.head
    if not _is_possible_target(noun, lex) or (token.i > 0 and token.nbor(-1).tag_ == "HYPH"):
        return None
    return _Candidate(token, noun, token, token.i, noun.i + 1, "verb", False)


def _designation_candidate(token: Token, lex: Lexicon) -> _Candidate | None:
    """'designated the group a terrorist organization', 'the designation of X as a terrorist group'."""
    marked = [t for t in token.subtree if t.i > token.i and t.lemma_.lower() in lex.designation_complements]
    if not marked:
        return None
    # "a terrorist organization": the phrase ends at the noun the complement word modifies
    end = max(max(t.i, t.head.i) if t.head.pos_ in ("NOUN", "PROPN") else t.i for t in marked) + 1
    if token.pos_ == "VERB":
        # the first object is the one designated; a second one ("a terrorist organization") is what it becomes
        objects = sorted((c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass")), key=lambda c: c.i)
        patient = objects[0] if objects else None
        if patient is None or not (_is_possible_target(patient, lex) or patient.pos_ == "PROPN"):
            return None
        return _Candidate(token, patient, token, min(token.i, patient.left_edge.i), end, "verb", True)
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    patient = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    if patient is None:
        return None
    start = min((c.left_edge.i for c in token.lefts if c.dep_ in ("det", "poss", "amod")), default=token.i)
    verb = _governing_status_word(token, lex) or token
    return _Candidate(token, patient, verb, start, end, "verb", True)


def _generic_candidate(token: Token, lex: Lexicon) -> _Candidate | None:
    """'impose additional actions': a vague noun is a measure only as the object of an imposing verb."""
    verb = token.head
    if token.dep_ not in ("dobj", "nsubjpass") or lex.status_of.get(verb.lemma_.lower()) != "imposed":
        return None
    if verb.lemma_.lower() in lex.measure_verbs:
        return None
    start, end = _phrase_bounds(token, lex)
    start, end = _with_verb(verb, token, start, end, lex)
    return _Candidate(token, token, verb, start, end, "generic", False)


def _resolution_candidate(token: Token, lex: Lexicon) -> _Candidate | None:
    """'violate UN Security Council resolutions': binding resolutions count only when broken."""
    modifiers = _plain(" ".join(t.text for t in token.subtree if t.i < token.i))
    if not any(_has_words(modifiers, m) for m in lex.violation_modifiers):
        return None
    verb = _governing_status_word(token, lex)
    if verb is None or lex.status_of.get(verb.lemma_.lower()) != "violated" or _departs_from(verb):
        verb = _violation_nearby(token, lex)
        if verb is None:
            return None
        start, end = _phrase_bounds(token, lex)
        return _Candidate(token, token, verb, start, end, "resolution", True)
    start, end = _phrase_bounds(token, lex)
    start, end = _with_verb(verb, token, start, end, lex)
    return _Candidate(token, token, verb, start, end, "resolution", True)


def _violation_nearby(token: Token, lex: Lexicon) -> Token | None:
    """A violation word a few tokens before, when the parse attached the resolutions elsewhere."""
    sentence_start = token.sent.start
    for i in range(token.i - 1, max(sentence_start, token.i - lex.violation_window) - 1, -1):
        word = token.doc[i]
        if word.lemma_.lower() in lex.violation_verbs or word.lemma_.lower() in lex.violation_nouns:
            return None if _departs_from(word) else word
    return None


def _departs_from(word: Token) -> bool:
    """'breaks with Security Council resolutions' is a change of policy, not a breach."""
    return word.i + 1 < len(word.doc) and word.nbor(1).lower_ == "with"


def _patient(verb: Token) -> Token | None:
    """The object of an active measure verb, or the subject of a passive one."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    if verb.dep_ == "compound" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # mis-parsed "to sanction entities"
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN") and verb.tag_ == "VBN":
        return verb.head  # "individuals sanctioned by the EU"
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _is_possible_target(token: Token, lex: Lexicon) -> bool:
    return (
        token.lower_ in lex.target_nouns
        or token.lemma_.lower() in lex.target_nouns
        or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    )


def _phrase_bounds(head: Token, lex: Lexicon) -> tuple[int, int]:
    """The noun phrase of a measure: its left modifiers, the noun, and 'against/on X' on its right."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in lex.target_preps | {"over", "of"} and child.left_edge.i == end \
                and not _is_time(child):
            end = child.right_edge.i + 1
        elif child.dep_ in ("compound", "amod", "advmod") and child.i == end:
            end = child.right_edge.i + 1  # "the harshest sanctions ever against North Korea"
    return start, end


def _governing_status_word(head: Token, lex: Lexicon) -> Token | None:
    """The verb or noun that says what happens to the measure: impose/lift/violate X, the lifting of X."""
    parent = head.head
    if head.dep_ in ("dobj", "nsubjpass") and parent.lemma_.lower() in lex.status_of:
        return parent
    if head.dep_ == "pobj" and parent.lower_ in ("of", "on") and parent.head.lemma_.lower() in lex.status_of:
        holder = parent.head
        if holder.pos_ in ("NOUN", "PROPN"):
            return holder
    if head.dep_ == "pobj" and parent.lower_ == "of" and parent.head.lower_ in lex.quantities:
        return _governing_status_word(parent.head, lex)  # "imposed a new round of sanctions"
    if head.dep_ == "conj":
        return _governing_status_word(head.head, lex) if head.head.i != head.i else None
    return None


def _with_verb(verb: Token | None, head: Token, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Stretch a noun phrase over its governing verb ('impose sanctions') and the verb's 'on X' after it."""
    if verb is None or (verb.i > end + 3):
        return start, end  # "X - a vestige of the war - would be lifted": the phrase alone
    if verb.pos_ in ("NOUN", "PROPN"):
        verb_start = min((c.left_edge.i for c in verb.lefts if c.dep_ in ("det", "poss", "amod")), default=verb.i)
        return min(start, verb_start), max(end, verb.i + 1)
    start, end = min(start, verb.i), max(end, verb.i + 1)
    for child in verb.rights:
        if child.dep_ == "prt":
            end = max(end, child.i + 1)
        if child.dep_ == "prep" and child.lower_ in lex.target_preps and child.left_edge.i == end and not _is_time(child):
            end = child.right_edge.i + 1
    return start, end


def _is_time(preposition: Token) -> bool:
    """'on Monday', 'on 5 March': a date, not whom the measure hits."""
    return any(obj.dep_ == "pobj" and obj.ent_type_ in ("DATE", "TIME") for obj in preposition.children)


# ---------------------------------------------------------------------------------------------------------------
# Senses that are not sanctions


def _is_other_sense(candidate: _Candidate, lex: Lexicon) -> bool:
    """Disciplinary or administrative sanctions, named civil campaigns."""
    for word in (candidate.trigger, candidate.head):
        for child in word.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.lemma_.lower() in lex.negative_modifiers:
                return True
    sentence = candidate.trigger.sent
    window = _plain(candidate.trigger.doc[max(sentence.start, candidate.trigger.i - 4): candidate.trigger.i + 4].text)
    return any(phrase in window for phrase in lex.negative_phrases)


def _keep_confirmed(findings: list[_Finding], lex: Lexicon) -> list[_Finding]:
    """Keep ambiguous mentions only in an article that also has a clear state measure; vague 'actions' only next
    to another mention."""
    anchored = [f for f in findings if f.candidate.kind != "generic"]
    if not any(f.strong for f in anchored):
        return []
    sentence_of = {s.start: n for n, s in enumerate(findings[0].candidate.trigger.doc.sents)}
    anchors = sorted(sentence_of[f.candidate.trigger.sent.start] for f in anchored)
    kept = []
    for finding in findings:
        if finding.candidate.kind == "generic":
            here = sentence_of[finding.candidate.trigger.sent.start]
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


def _carry_over(findings: list[_Finding], doc: Doc, text: str) -> list[_Finding]:
    """Fill what a mention's own clause does not say from its neighbours.

    Targets: a measure that is part of the one before it ('sanctions on Eritrea, including an arms embargo and a
    travel ban'; 'imposed sanctions on X, freezing their assets') shares its targets. A definite repeat ('the
    sanctions', 'its embargo') refers back: it takes the targets of the mention before it in the paragraph, else
    the sentence's one other country, else those of the nearest earlier mention that has targets. A new, indefinite
    measure ('will impose sanctions if appropriate') takes only the sentence's one other country.
    Authority: a missing one is that of the nearest mention before it in the article, else the first one after it;
    in news the measures of one article are mostly one actor's. Limit: an article on two regimes gives its bare
    repeats the nearer one's authority and targets.
    """
    result: list[_Finding] = []
    earlier: tuple[str, ...] = ()  # the targets of the nearest earlier mention that has some
    for finding in findings:
        previous = result[-1] if result else None
        if not finding.targets:
            if previous is not None and _is_part_of(finding, previous):
                targets = previous.targets
            elif previous is not None and _is_definite(finding.candidate.head):
                same_paragraph = "\n" not in text[doc[previous.candidate.end - 1].idx: doc[finding.candidate.start].idx]
                targets = (same_paragraph and previous.targets) or finding.nearby_targets or earlier
            else:
                targets = finding.nearby_targets
            finding = replace(finding, targets=tuple(t for t in targets if t != finding.authority))
        if finding.authority is None and previous is not None:
            finding = replace(finding, authority=previous.authority)
        earlier = finding.targets or earlier
        result.append(finding)
    first = next((f.authority for f in result if f.authority is not None), None)
    return [f if f.authority is not None else replace(f, authority=first) for f in result]


def _is_part_of(finding: _Finding, previous: _Finding) -> bool:
    """'an arms embargo' inside 'sanctions on Eritrea, including an arms embargo'; 'a travel ban' beside it."""
    earlier = previous.candidate
    nodes = {earlier.head.i, earlier.trigger.i} | ({earlier.verb.i} if earlier.verb is not None else set())
    word = finding.candidate.verb if finding.candidate.verb is not None else finding.candidate.head
    for ancestor in [word, *word.ancestors][:6]:
        if ancestor.i in nodes and ancestor is not word:
            return True
        if ancestor.dep_ in ("ccomp", "relcl", "ROOT"):
            break
    return finding.candidate.head.i in {c.i for c in earlier.head.conjuncts}


def _is_definite(head: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those", "that"))
        or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in head.children
    )


# ---------------------------------------------------------------------------------------------------------------
# Status, authority, targets


@dataclass(frozen=True)
class _Context:
    """The article-wide facts the rules look up, computed once so that each mention costs the same on a long page."""

    doc: Doc
    quotes: tuple[Quote, ...]
    entities_by_id: dict
    entities: tuple[Entity, ...]
    countries_by_sentence: dict  # sentence start -> GPE names in it
    country_names: frozenset[str]  # every GPE and NORP name of the article


def _context_of(doc: Doc, quotes: Sequence[Quote], entities: Sequence[Entity]) -> _Context:
    by_sentence: dict[int, set[str]] = {}
    names = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            names.add(_bare_name(ent.text))
        if ent.label_ == "GPE":
            by_sentence.setdefault(ent.sent.start, set()).add(_bare_name(ent.text))
    return _Context(doc, tuple(quotes), {e.id: e for e in entities}, tuple(entities), by_sentence, frozenset(names))


def _describe(candidate: _Candidate, lex: Lexicon, context: _Context) -> _Finding:
    status = _status(candidate, lex)
    authority = _authority(candidate, lex, context)
    targets = tuple(t for t in _targets(candidate, lex, context) if t != authority)
    nearby = () if targets else _sentence_country(candidate, authority, context)
    # a country named in the phrase or, alone, in the sentence ("to punish Damascus, either with sanctions")
    strong = candidate.clear or authority is not None or any(_names_country(t, context) for t in targets + nearby)
    if candidate.kind == "verb" and candidate.trigger.lemma_.lower() == "sanction":
        strong = True  # the approval sense was ruled out by the object/agent checks
    if candidate.verb is not None and candidate.kind == "noun" and candidate.trigger.lemma_.lower() in lex.ambiguous_nouns:
        strong = True  # "the imposition of sanctions", "lifted sanctions": disciplinary senses were ruled out above
    return _Finding(candidate, status, authority, targets, strong, nearby)


def _status(candidate: _Candidate, lex: Lexicon) -> str:
    verb = candidate.verb
    base = lex.status_of.get(verb.lemma_.lower(), "imposed") if verb is not None else "imposed"
    if verb is None and candidate.head is not candidate.trigger:
        base = lex.status_of.get(candidate.head.lemma_.lower(), base)  # "sanctions relief", "sanctions-busters"
    if candidate.kind == "resolution":
        base = "violated"
    start = verb if verb is not None else candidate.head
    path = _clause_path(start)
    if base != "imposed":
        return "other" if _is_blocked(path, lex) else base
    if verb is None and _is_generic_reference(candidate.head):
        return "other"
    # "the sanctions regime" names a measure in force: a modal further up ("will have to leverage the sanctions
    # regime") is about another action. Threat and proposal words still count ("warned of the sanctions").
    existing = verb is None and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")) for c in candidate.head.children
    )
    for below, word in zip([None, *path], path):
        lemma = word.lemma_.lower()
        # "the sanctions are not working" judges the measure, it does not undo it
        negated = (below is None or below.dep_ not in ("nsubj", "nsubjpass")) and any(
            c.dep_ == "neg" for c in word.children
        )
        if lemma in lex.threat_if_negated and negated:
            return "threatened"
        if lemma in lex.threat_words:
            return "threatened"
        if lemma in lex.consider_words or any(
            c.dep_ == "mark" and c.lower_ in lex.consider_words for c in word.children
        ):
            return "considered"
        auxes = {c.lower_ for c in word.children if c.dep_ in ("aux", "auxpass")}
        if existing:
            continue
        if auxes & lex.future_aux or _going_to(word):
            return "other" if negated else "threatened"
        if auxes & lex.hypothetical_aux:
            return "other" if negated else "considered"
        if negated:
            return "other"
        if word.pos_ in ("VERB", "AUX") and (word.tag_ in ("VBD", "VBZ", "VBP") or auxes & {"have", "has", "had"}):
            return "imposed"
    return "imposed"


def _clause_path(start: Token) -> list[Token]:
    """The words from ``start`` up to the verb of its clause and the verbs it is an infinitive or argument of."""
    path = [start]
    word = start
    for _ in range(12):
        if word.head is word or (word.dep_ not in _CLIMB_DEPS and not _is_infinitive(word)):
            break
        if word.dep_ == "conj" and word.head.pos_ in ("VERB", "AUX") and word.pos_ in ("VERB", "AUX"):
            # a coordinated verb shares the head verb's auxiliaries but keeps its own tense
            if any(c.dep_ in ("aux", "nsubj") for c in word.children):
                break
        word = word.head
        path.append(word)
    return path


def _is_infinitive(word: Token) -> bool:
    """'a bill to impose sanctions': an infinitive clause belongs to the phrase it hangs from."""
    return word.dep_ in ("relcl", "advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)


def _going_to(word: Token) -> bool:
    head = word.head
    return word.dep_ == "xcomp" and head.lower_ == "going" and any(c.dep_ == "aux" for c in head.children)


def _is_blocked(path: list[Token], lex: Lexicon) -> bool:
    """'prohibit the president from waiving sanctions', 'no president could waive sanctions', 'did not lift'."""
    for word in path[:6]:
        if word.lemma_.lower() in lex.blocking_words:
            return True
        for child in word.children:
            if child.dep_ == "neg" and word.lemma_.lower() not in lex.threat_if_negated:
                return True
            if child.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" and g.dep_ == "det" for g in child.children):
                return True
    return False


def _is_generic_reference(head: Token) -> bool:
    """A bare plural that is only a topic: 'the subject of sanctions', 'allows for sanctions'."""
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in head.children):
        return False
    return head.dep_ == "pobj" and head.head.lower_ in ("of", "for", "about", "regarding")


def _authority(candidate: _Candidate, lex: Lexicon, context: _Context) -> str | None:
    """Who imposes (or would impose) the measure: a modifier ('U.N. sanctions'), else the subject of its clause."""
    for word in _phrase_modifiers(candidate):
        if word.lower_ in _PRONOUNS_WE and word.pos_ == "PRON":
            found = _speaker_government(word, lex, context)
            if found:
                return found
    found = _authority_of_words(_phrase_modifiers(candidate), lex)
    if found:
        return found
    for child in candidate.head.children:
        # "Canada's sanctions": a state owns what it imposes. An organisation does not count ("NCLB's sanctions"
        # are a school law's); the known bodies are among the aliases above.
        if child.dep_ == "poss" and child.ent_type_ == "GPE":
            return _entity_text(child)
    agent = _agent(candidate.verb) if candidate.verb is not None else None
    if agent is not None:
        found = _authority_of_subject(agent, lex, context)
        if found:
            return found
    # The first subject up the clause decides, named or not: "India and Pakistan spar over whether he belongs on the
    # sanctions list" stops at "he", not at India. The measure itself as subject ("the sanctions failed") is skipped.
    for word in _clause_path(candidate.verb if candidate.verb is not None else candidate.head):
        subject = _subject_of(word)
        if subject is not None and subject not in (candidate.trigger, candidate.head):
            return _authority_of_subject(subject, lex, context)
    return None


def _phrase_modifiers(candidate: _Candidate) -> list[Token]:
    words = []
    for noun in {candidate.trigger, candidate.head}:
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod"):
                words.extend(child.subtree)
    return sorted(set(words), key=lambda t: t.i)


def _subject_of(word: Token) -> Token | None:
    for child in word.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    if word.tag_ in ("VBD", "VBZ", "VBP") and word.i > 0 and word.nbor(-1).pos_ in ("NOUN", "PROPN"):
        return word.nbor(-1)  # a finite verb the parser left without subject: "... and the United States lifted"
    if word.dep_ == "conj" and word.head.pos_ in ("VERB", "AUX"):
        return _subject_of(word.head)
    return None


def _authority_of_subject(subject: Token, lex: Lexicon, context: _Context) -> str | None:
    if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
        subject = subject.head.head
    if subject.lower_ in _PRONOUNS_WE and subject.pos_ == "PRON":
        return _speaker_government(subject, lex, context)
    words = [t for t in subject.subtree if t.i <= subject.i or t.dep_ in ("prep", "pobj", "compound")]
    found = _authority_of_words(words, lex)
    if found:
        return found
    if subject.ent_type_ == "GPE":
        return _entity_text(subject)
    if subject.ent_type_ == "PERSON":
        return _government_of_person(subject, lex, context)
    return None


def _authority_of_phrase(token: Token, lex: Lexicon) -> str | None:
    return _authority_of_words(list(token.subtree), lex)


def _authority_of_words(words: Sequence[Token], lex: Lexicon) -> str | None:
    lowered = [w.lower_.rstrip(".") if w.lower_ not in ("u.s.", "u.n.", "e.u.", "u.k.") else w.lower_ for w in words]
    return _match_alias(lowered, lex) or _match_alias([w.lower_ for w in words], lex)


def _match_alias(lowered: list[str], lex: Lexicon) -> str | None:
    """The authority of the longest alias found as consecutive words."""
    best: tuple[int, str] | None = None
    for i, word in enumerate(lowered):
        for alias, authority in lex.aliases_by_first_word.get(word, ()):
            if tuple(lowered[i: i + len(alias)]) == alias and (best is None or len(alias) > best[0]):
                best = (len(alias), authority)
    return best[1] if best else None


def _authority_of_text(text: str, lex: Lexicon) -> str | None:
    words = [w for w in text.lower().replace(",", " ").split()]
    return _match_alias(words, lex) or _match_alias([w.rstrip(".") for w in words], lex)


def _speaker_government(word: Token, lex: Lexicon, context: _Context) -> str | None:
    """'we' inside a quote: the government of the quote's speaker (from the speaker's organisation or title)."""
    position = word.idx
    for quote in context.quotes:
        if quote.start <= position < quote.end and quote.speaker:
            entity = context.entities_by_id.get(quote.speaker)
            if entity is not None:
                return _government_of_entity(entity, lex, context)
    return None


def _government_of_person(token: Token, lex: Lexicon, context: _Context) -> str | None:
    for entity in context.entities:
        if any(start <= token.idx < end for start, end in entity.mentions):
            return _government_of_entity(entity, lex, context)
    return None


def _government_of_entity(entity: Entity, lex: Lexicon, context: _Context) -> str | None:
    """The state or body a person acts for: a known authority in their organisation or title ("US Department of
    State"), else their organisation when it is a country the article names ("Russia" for Putin)."""
    for text in (entity.organization, entity.title):
        if text:
            found = _authority_of_text(text, lex)
            if found:
                return found
    if entity.organization and _bare_name(entity.organization) in context.country_names:
        return _bare_name(entity.organization)
    return None


def _targets(candidate: _Candidate, lex: Lexicon, context: _Context) -> list[str]:
    targets: list[str] = []
    if candidate.kind == "verb":
        patient = candidate.head
        if patient.i > candidate.trigger.i:
            words = [t for t in patient.subtree if t.i > candidate.trigger.i]
        else:
            words = [t for t in patient.subtree if t.i < candidate.trigger.i or t is patient]
        if words:
            targets.append(_clean(context.doc[words[0].i: words[-1].i + 1].text))
        return targets
    if candidate.verb is candidate.trigger and candidate.head is not candidate.trigger:
        beyond = _beyond_measure_object(candidate.head, lex)  # "froze the assets of two oligarchs"
        if beyond is not candidate.head:
            targets.extend(_target_phrases(beyond, context.doc))
        for child in candidate.head.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                targets.append(_clean(context.doc[child.left_edge.i: child.i + 1].text))  # "froze Iran's assets"
    for noun in {candidate.trigger, candidate.head}:
        for child in noun.lefts:
            if child.dep_ not in ("compound", "nmod") or _authority_of_words([child], lex) is not None:
                continue
            if child.ent_type_ == "GPE":
                targets.append(_entity_text(child))
            elif child.pos_ == "PROPN" and child.text in context.country_names:
                targets.append(child.text)  # "Iran Sanctions Act", tagged as a law, names Iran as elsewhere
    holders = [candidate.head, candidate.trigger] + ([candidate.verb] if candidate.verb is not None else [])
    for holder in holders:
        for child in holder.rights:
            if child.dep_ == "prep" and child.lower_ in lex.target_preps and not _is_time(child):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        targets.extend(_target_phrases(_beyond_measure_object(obj, lex), context.doc))
    if not targets and candidate.kind == "resolution" or (not targets and _status_is_violation(candidate, lex)):
        targets.extend(_counterparts(candidate))
    return list(dict.fromkeys(t for t in targets if t))


def _status_is_violation(candidate: _Candidate, lex: Lexicon) -> bool:
    return candidate.verb is not None and lex.status_of.get(candidate.verb.lemma_.lower()) == "violated"


def _beyond_measure_object(obj: Token, lex: Lexicon) -> Token:
    """'a freeze on the assets of X' and 'a ban on sales of weapons to X' hit X, not the assets or sales."""
    objects = set()
    for rule in lex.qualified.values():
        objects.update(rule["on_objects"])
    if obj.lower_ not in objects and obj.lemma_.lower() not in objects:
        return obj
    for child in obj.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "to"):
            for inner in child.children:
                if inner.dep_ == "pobj":
                    deeper = _beyond_measure_object(inner, lex)
                    if deeper is not inner or inner.lower_ not in objects:
                        return deeper
    return obj


def _target_phrases(obj: Token, doc: Doc) -> list[str]:
    """Named targets split at 'and' ('Russia and North Korea'); a described target stays whole."""
    if obj.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or obj.pos_ == "PROPN":
        phrases = []
        for conjunct in [obj, *obj.conjuncts]:
            end = conjunct.i
            for child in conjunct.rights:
                if child.dep_ not in ("cc", "conj", "punct", "appos", "relcl"):
                    end = max(end, child.right_edge.i)
            phrases.append(_clean(doc[conjunct.left_edge.i: end + 1].text))
        return phrases
    return [_clean(doc[obj.left_edge.i: obj.right_edge.i + 1].text)]


def _counterparts(candidate: _Candidate) -> list[str]:
    """Whom a violation helps: 'cooperating with North Korea on programs that would violate ...'."""
    for ancestor in candidate.trigger.ancestors:
        for child in ancestor.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                        return [_entity_text(obj)]
    return []


def _names_country(text: str, context: _Context) -> bool:
    """'Russia', 'Russian institutions or individuals': a target inside a country."""
    return any(name in text for name in context.country_names)


def _sentence_country(candidate: _Candidate, authority: str | None, context: _Context) -> tuple[str, ...]:
    """The one country of the sentence other than the authority, for a mention whose phrase names no target
    ('pledged to impose further sanctions' after 'condemnation of North Korea's test'). Two or more: none."""
    lex = load_lexicon()
    countries = context.countries_by_sentence.get(candidate.trigger.sent.start, set())
    countries = {c for c in countries if _authority_of_text(c, lex) is None and c != authority}
    return tuple(countries) if len(countries) == 1 else ()


def _entity_text(token: Token) -> str:
    """The named entity ``token`` is part of (found from its IOB tags, not by scanning doc.ents)."""
    if not token.ent_iob_ or token.ent_iob_ == "O":
        return token.text
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return _bare_name(doc[start:end].text)


def _bare_name(text: str) -> str:
    """'the United States' → 'United States', "North Korea's" → 'North Korea'."""
    text = text[4:] if text.lower().startswith("the ") else text
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _clean(text: str) -> str:
    return text.strip(" ,;:.\"'“”‘’—–-")


def _plain(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() or ch == "." else " " for ch in text.lower()).split())


def _has_words(text: str, phrase: str) -> bool:
    return f" {phrase} " in f" {text} "
