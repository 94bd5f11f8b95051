"""The status of a sanction mention (imposed, threatened, lifted ...) from its verb and the clause above it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.breaches import unasserted_breach_status
from quotelens.findings.sanctions.changes import adds_parties, change_status, shared_change, undone_lifting
from quotelens.findings.sanctions.clause_paths import clause_path
from quotelens.findings.sanctions.discussions import discusses_measures_in_force
from quotelens.findings.sanctions.frames import is_question, names_its_imposer, on_anyone
from quotelens.findings.sanctions.habits import is_habit
from quotelens.findings.sanctions.imposing import imposing_status
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrasal import phrasal_status
from quotelens.findings.sanctions.removals import taken_out
from quotelens.findings.sanctions.restraints import HALTING_VERBS, VISA_REFUSAL_NOUNS, VISA_REFUSALS
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list

if TYPE_CHECKING:  # annotations only: sanction_candidates imports sanction_parties, which imports this module
    from quotelens.findings.sanctions.candidate import Candidate

_QUALITY_NOUNS = frozenset(word_list("sanction_status", "quality_nouns"))
_KIND_MARKS = frozenset(word_list("sanction_status", "kind_marks"))
# the words a measure's phrase may hold before its head ('previously imposed', 'Western', 'U.S.') that the look-back
# for a bare violation verb passes
_PHRASE_REACH = 3
_RENEWING = frozenset(word_list("sanction_status", "renewing_words"))  # a measure extended in time, not widened
_CAUSATIVES = frozenset(vocabulary("sanctions")["designations"]["causatives"])  # 'have', 'get', 'want' ...


def find_status(candidate: Candidate, lex: Lexicon) -> str:
    status = _status(candidate, lex)
    if status in ("imposed", "considered") and candidate.verb is None and any(
            d.lower_ in lex.kind_determiners for d in children(candidate.head, "det", "amod")) \
            and _speaks_of_kind(candidate.head, lex):
        return "other"  # "a law that makes such sanctions possible": a kind; not "introducing such sanctions"
    if status == "imposed" and _judged(candidate):
        return "other"  # "views over the effectiveness of the sanctions": the measure judged, no act on it
    # "sanctions on anyone who aids the regime", "its addiction to sanctions": a kind, a party's habit (S30)
    general = on_anyone(candidate.verb, candidate.head, lex) or is_habit(candidate, lex)
    if status == "considered" and discusses_measures_in_force(candidate, lex):
        return "imposed"  # S49: 'to discuss sanctions against Russia', the measures in force
    return "other" if status == "imposed" and general else status


def _speaks_of_kind(head: Token, lex: Lexicon) -> bool:
    """'such embargos will even have positive effects', 'when implementing such measures', 'a law that makes such
    sanctions possible': a 'such' measure in a clause of what may or would happen, of whenever it happens, or of its
    possibility is the kind (S22: other); in a clause about one act or one judgment ('Such measures are in breach of
    the UN Charter', 'By imposing and implementing such sanctions, the US has ignored ...', 'has been named under
    such measures') it refers back to the measures named before, and the clause gives their status (S22, S21)."""
    path = clause_path(head)
    if any(w.lemma_.lower() in lex.consider_words and w.pos_ == "ADJ" for w in path):
        return True
    verb = next((w for w in path if w.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    modals = lex.future_aux | lex.hypothetical_aux | lex.ability_aux
    return bool({a.lower_ for a in children(verb, "aux")} & modals) \
        or any(m.lower_ in _KIND_MARKS for m in children(verb, "mark", "advmod"))


def _judged(candidate: Candidate) -> bool:
    """'the legality of unilateral sanctions', 'to heighten the effectiveness of unilateral sanctions': sanctions as a
    kind no verb of its own governs, the object of 'of' after a noun of how well or rightly it works. Not a measure
    the text names with a determiner, a possessive or its imposer ('views over the effectiveness of the sanctions',
    'questioned the legality of US sanctions'), which is judged in force (S21: imposed)."""
    head = candidate.head
    return candidate.verb is None and head.dep_ == "pobj" and head.head.lower_ == "of" \
        and head.head.head.lemma_.lower() in _QUALITY_NOUNS and not children(head, "det", "poss") \
        and not names_its_imposer(head)


def _status(candidate: Candidate, lex: Lexicon) -> str:
    base, start = _lexical_status(candidate, lex)
    path = clause_path(start, infinitives=True)
    if base in ("imposed", "lifted", "extended") and is_question(start):
        return "considered"  # "Will the EU impose sanctions on Israel?": asked about (docs/annotation.md)
    if base == "violated" and (unasserted := unasserted_breach_status(candidate, path, lex)) is not None:
        return unasserted
    if base != "imposed":
        return change_status(base, start, candidate.verb, path, lex)
    return imposing_status(candidate, start, path, lex)


def _lexical_status(candidate: Candidate, lex: Lexicon) -> tuple[str, Token]:
    """The status the mention's own words say, and the word its clause path climbs from: a change the measure shares
    or undergoes moves both there."""
    base = _word_status(candidate, lex)
    start = candidate.verb if candidate.verb is not None else candidate.head
    if base == "imposed" and (remover := taken_out(candidate.head, lex)) is not None:  # "removing X from its list"
        base, start = "lifted", remover
    if base == "imposed" and (shared := shared_change(candidate, lex)) is not None:  # "renewed an embargo and sanctions"
        base, start = lex.status_of[shared.lemma_.lower()], shared
    if base == "imposed" and (widened := _means_of_extending(start, lex)) is not None:
        base, start = "extended", widened  # "expanded sanctions against North Korea by newly freezing the assets of"
    if base == "imposed" and candidate.verb is None and (widened := _widened_list(start, lex)) is not None:
        base, start = "extended", widened  # "agreed to expand a list of people subject to sanctions"
    if base == "imposed" and candidate.verb is None and (noun := _changed_as_noun(candidate, lex)) is not None:
        base, start = lex.status_of[noun.lemma_.lower()], noun  # "announced an expansion of its visa restriction policy"
    changed = _changed_antecedent(start, lex)
    if changed is not None:  # "a measure which added 11 US firms to the list has been suspended"
        base, start = lex.status_of[changed.lemma_.lower()], changed
    if (undone := undone_lifting(candidate.head, candidate.verb, lex)) is not None:  # "revoked the sanctions waivers"
        base, start = "imposed", undone
    return base, _causing(start)


def _causing(start: Token) -> Token:
    """'urged Washington to have the embargo lifted', 'would prefer to have the embargo removed': a participle a
    causative verb takes is that verb's infinitive ('to lift the embargo'), so the clause path climbs from
    the causative to the call or the wish above it (S7), not from the participle as if the lifting had happened."""
    if start.tag_ != "VBN":
        return start
    holder = start.head.head if start.dep_ == "acl" and start.head.dep_ == "dobj" else start.head
    return holder if start.dep_ in ("ccomp", "acl", "oprd", "xcomp") and holder.lemma_.lower() in _CAUSATIVES \
        else start


def _word_status(candidate: Candidate, lex: Lexicon) -> str:
    """The status of the mention's verb, or of its head noun where no verb governs it or the noun lifts what the verb
    imposes or renews ("sanctions relief", "announced the sanctions waiver", "renewed the exemption"); added parties
    extend, an evasion violates."""
    verb = candidate.verb
    base = _verb_status(candidate, lex)
    own = lex.status_of.get(candidate.head.lemma_.lower(), base)
    # renewing a waiver keeps the lifting going ('renewed the exemption for the others'): lifted, as granting one
    base = own if verb is None or (base in ("imposed", "extended") and own == "lifted") else base
    if base == "imposed" and (adds_parties(candidate, lex) or _changed_by_modifier(candidate.head, lex)):
        base = "extended"  # "sanctioned an additional 74 individuals" (annotation.md), "announced expanded sanctions"
    if candidate.kind == "resolution" or _evading_compound(candidate, lex) or _bare_breach_before(candidate.head, lex):
        base = "violated"
    return base


def _changed_by_modifier(head: Token, lex: Lexicon) -> bool:
    """'expanded sanctions', 'the renewed embargo', 'its extended blacklist': a participle of extending on the measure
    says the text extends it (S5), whatever verb announces it; 'new' or 'additional' do not."""
    return any(c.tag_ == "VBN" and lex.status_of.get(c.lemma_.lower()) == "extended" for c in children(head, "amod"))


def _verb_status(candidate: Candidate, lex: Lexicon) -> str:
    """The status its verb's lemma says ('lift', 'extend', 'warn of'); a verb of listing adds parties."""
    verb = candidate.verb
    if verb is None or (candidate.kind == "verb" and verb.lemma_.lower() in VISA_REFUSALS | VISA_REFUSAL_NOUNS
                        and candidate.head.lemma_.lower() in lex.travel_ban_objects):
        return "imposed"  # "revoked visas of dozens more Venezuelans": the visa ends, the travel ban begins
    if verb.i == candidate.trigger.i and verb.lemma_.lower() in HALTING_VERBS:
        return "imposed"  # "suspended the transit of Belarusian potash": the trade ends, the ban begins
    lemma = verb.lemma_.lower()
    if lemma in lex.listing_verbs and not _is_list(candidate.head, lex) \
            and candidate.kind != "ellipsis" and lemma not in lex.keeping_words:
        return "extended"  # "add 24 names to an EU visa ban" (annotation.md), not "kept the restrictions in place"
    return phrasal_status(verb) or lex.status_of.get(lemma, "imposed")  # "rolled back sanctions": lifted


def _is_list(head: Token, lex: Lexicon) -> bool:
    """'added 15 North Koreans to its blacklist', 'to add three organizations to its list of sanctions': parties added
    to a list are designated (S29: imposed, unless the text says the list grows), where parties added to a measure
    ('add 24 names to an EU visa ban') extend it."""
    if head.lemma_.lower() in lex.list_nouns:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in lex.list_nouns


def _evading_compound(candidate: Candidate, lex: Lexicon) -> bool:
    """'sanctions-evading activities', 'sanctions-busting': the measure word hyphened to a violation."""
    trigger = candidate.trigger
    if trigger.dep_ not in ("compound", "npadvmod") or trigger.i + 1 >= len(trigger.doc) or trigger.nbor(1).text != "-":
        return False
    return lex.status_of.get(trigger.head.lemma_.lower()) == "violated" or trigger.head.lower_ in lex.violation_nouns


def _bare_breach_before(head: Token, lex: Lexicon) -> bool:
    """'helping Russia bust sanctions', 'helping circumvent previously imposed restrictions': 'help' takes a bare
    infinitive, which the parser often reads as a noun or an adjective on the measure or as the subject of another
    clause. A violation verb in its bare form right before the measure's phrase (past only its adjectives,
    participles, adverbs and names) is what is done to the measure, whatever the parse hangs it on."""
    for word in reversed(head.doc[max(0, head.i - _PHRASE_REACH - 1): head.i]):
        if word.lower_ in lex.violation_verbs:
            return True
        if word.pos_ not in ("ADJ", "ADV", "PROPN") and word.tag_ not in ("VBN", "VBD"):
            return False
    return False


def _means_of_extending(start: Token, lex: Lexicon) -> Token | None:
    """The word that extends a measure by way of this one: 'expanded sanctions against North Korea by newly freezing the
    assets of four organisations', 'announced an expansion of sanctions, barring dozens of individuals from entering',
    'an expansion of its visa restriction policy, to include travel sanctions on former officials', 'agreed to expand
    their sanctions and added two ministers to their blacklists'. The means, the participle that tells what a widening
    does, what it is widened to include and the listing done with it are the extension (S5, S29: a measure the text says
    is expanded, or 'extend ... to include'); not 'imposed sanctions, freezing the assets of', which widens nothing."""
    if start.dep_ == "pobj" and start.head.head.lemma_.lower() in lex.listing_verbs:
        start = start.head.head  # 'added two ministers onto their blacklists': the list, by the verb that adds to it
    head = start.head
    if start.dep_ == "pcomp" and head.lower_ == "by" and head.dep_ == "prep":
        outer = head.head
    elif (start.dep_ == "advcl" and start.tag_ == "VBG") or (start.dep_ == "conj" and start.lemma_.lower(
            ) in lex.listing_verbs and head.lemma_.lower() not in _RENEWING):  # 'renewed ... and added': new listings
        outer = head
    elif (included := _included_by(start)) is not None:
        outer = included.head
    else:
        return None
    return next((w for w in (outer, *children(outer, "dobj")) if lex.status_of.get(w.lemma_.lower()) == "extended"),
                None)


def _included_by(start: Token) -> Token | None:
    """'to include travel sanctions on former officials': the infinitive of including whose object the measure is (or
    which is the measure's own verb), hung on the verb or noun before it."""
    verb = start.head if start.dep_ == "dobj" else start
    if verb.lemma_.lower() != "include" or verb.dep_ not in ("advcl", "xcomp", "acl") \
            or not any(a.lower_ == "to" for a in children(verb, "aux")):
        return None
    return verb


def _widened_list(start: Token, lex: Lexicon) -> Token | None:
    """The verb that widens the list of parties a measure holds ('agreed to expand a list of people subject to
    sanctions', 'to extend a list of dual-use items under an export embargo'): parties added to a measure extend it
    (S5). The first verb of extending up the clause decides, and only with a list as its object, the path coming
    up through that list or hanging the measure on the verb itself."""
    path = clause_path(start)
    for below, word in zip(path, path[1:]):
        if word.pos_ == "VERB" and lex.status_of.get(word.lemma_.lower()) == "extended":
            lists = [o for o in children(word, "dobj", "nsubjpass") if o.lemma_.lower() in lex.list_nouns]
            return word if lists and (below in lists or below.dep_ == "prep") else None
    return None


def _changed_as_noun(candidate: Candidate, lex: Lexicon) -> Token | None:
    """'announced the expansion of the visa restriction policy', 'an expansion of US punishments': a noun of extending
    or lifting outside the mention whose 'of' the measure, or the policy its word labels, completes is what happens
    to it (S5, S29), and the clause above that noun decides the rest ('called for the expansion of ...': S7)."""
    head = candidate.head
    holder = head.head if head.dep_ == "compound" else head
    if holder.dep_ != "pobj" or holder.head.lower_ != "of" or holder.head.head.pos_ != "NOUN":
        return None
    noun = holder.head.head
    inside = candidate.start <= noun.i < candidate.end
    return noun if not inside and lex.status_of.get(noun.lemma_.lower()) in ("extended", "lifted") else None


def _changed_antecedent(start: Token, lex: Lexicon) -> Token | None:
    """The verb that lifts or extends the noun a measure's relative clause describes ('export control measures that
    added 28 US entities to its list' which China 'has suspended'): what happens to the antecedent happens to it."""
    if start.dep_ not in ("relcl", "acl") or start.head.dep_ not in ("dobj", "nsubjpass"):  # or "an order freezing"
        return None
    outer = start.head.head
    return outer if lex.status_of.get(outer.lemma_.lower()) in ("lifted", "extended") else None


def relative_imposer(head: Token, lex: Lexicon) -> Token | None:
    """'the illegal unilateral sanctions the United States has imposed on Chinese companies', 'the sanctions that
    Washington imposed': the subject of a relative clause whose own verb imposes the measure (not 'sanctions that
    hit Russian banks', whose subject is the measure itself)."""
    for clause in children(head, "relcl"):
        if lex.status_of.get(clause.lemma_.lower()) in ("imposed", "extended"):
            return next((s for s in children(clause, "nsubj") if s.lower_ not in RELATIVE_PRONOUNS), None)
    return None
