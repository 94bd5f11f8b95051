"""The article's measures as a reader follows them: the parties a mention's own clause does not name come from the
measure it refers to.

A mention whose own words name its targets introduces a measure, or restates one. A mention whose own words name
none is linked to one measure, in this order:
- the mention before it, when the parse ties them: a part of it ('sanctions on Eritrea, including an arms embargo'),
  what it is said to include, or a measure on those it hit ('They will be barred from entering China');
- a back-reference ('the sanctions', 'its embargo', 'the measures'; docs/annotation.md S1, S13): the nearest
  earlier measure of its own noun and party that names targets, else the nearest mention it can stand for ('the
  sanctions' any measure, 'the ban' a ban or an embargo), on the same footing (repeats.same_footing), unless its own
  authority, targets or year name another; it takes that mention's targets, authority and, for a vague noun, kind;
  with none before it, the sentence's one other country (not a member of the bloc imposing it: blocs.py), else the
  nearest earlier targets when they name a country;
  one that speaks of the measures as a whole ('these sanctions', 'the measures') after a package named with its
  parts stands for the package, not its last part (S16);
- a new, indefinite measure ('will impose sanctions if appropriate'): only the sentence's one other country.
A back-reference takes its authority from the measure it refers back to unless its own words name or point to one
('the EU measures', 'its own sanctions'): its clause's subject is as often the party asking for its lifting (S13).
Any other mention with no authority of its own takes that of the mention before it, never a party it hits nor one
the article's measures hit more often than they impose (a state does not sanction itself: 'economic sanctions on
Russia' after Russia's counter-ban are still the EU's); mentions before any authority take the article's first that
is not such a party. What no neighbour gave: the country the article's measures name as their target
(article.with_main_target). Limit: a target equal to the authority a mention is given later is kept (dropping it
lifted tune target precision 0.811 -> 0.816 but cost batch 14 two of its 94 targets).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import islice
from typing import Sequence, TypeVar

from spacy.tokens import Doc

from quotelens.findings.sanctions.adopters import adopter
from quotelens.findings.sanctions.aliases import authority_of_words, states_of_members
from quotelens.findings.sanctions.antecedents import ANY_MEASURE, antecedent_of
from quotelens.findings.sanctions.article import Context, names_country, with_main_target
from quotelens.findings.sanctions.blocs import unspared
from quotelens.findings.sanctions.datelines import home_state
from quotelens.findings.sanctions.imposers import vague_repeat_party
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import determined_noun, first_conjunct, is_definite
from quotelens.findings.sanctions.repeats import acts_through, hits_those_before, included_in
from quotelens.language.tree import children

F = TypeVar("F")  # sanctions.py's finding: candidate, status, authority, targets, nearby_targets, unattributed

# Mentions looked back over past one whose party is the mention's own target: a few, so a long article stays linear.
_LOOK_BACK = 6
_SHARED_PREPS = frozenset(("against", "on"))  # complements coordinated measures share (_shared_targets)
# Mentions after a package looked at for its parts (S44): a list of parts is short, and a long article stays linear.
_PARTS_AHEAD = 4


def resolve_parties(findings: list[F], doc: Doc, context: Context, lex: Lexicon) -> list[F]:
    """Give each mention the targets and authority its own clause leaves out, from the measure it refers to."""
    hit = _hit_parties(findings)
    result: list[F] = []
    earlier: tuple[str, ...] = ()  # the targets of the nearest earlier mention that has some
    packages: dict[int, F] = {}  # a part's finding (by id) -> the package named as a whole before it (S16)
    carried: dict[int, str] = {}  # a state's carrying out (by id) -> the body whose measure it is (S37)
    for at, finding in enumerate(findings):
        own_targets = finding.targets
        back = bool(result) and _is_back_reference(finding, lex)
        antecedent = antecedent_of(finding, result, doc, lex) if back else None
        if antecedent is not None and id(antecedent) in packages and _speaks_of_whole(finding):
            antecedent = packages[id(antecedent)]  # S16: 'these sanctions' after what they include: the package
        if antecedent is not None and id(antecedent) in carried:  # S37: a later reference is the body's measure
            antecedent = replace(antecedent, authority=carried[id(antecedent)])
        package = _package_of(finding, result[-1] if result else None, packages, lex)
        if finding.candidate.kind in ("generic", "ellipsis") and result and finding.measure == "sanctions":
            # S13: a vague noun ('the measures', 'the ban') is the kind of the measure it stands for; 'impose
            # additional actions' the one before. 'The sanctions' keeps its own word's kind: the gold before the
            # S13 re-check names it 'sanctions' whatever it stands for (inheriting: tune measure 0.965 -> 0.925). One
            # whose own words name its kind keeps it ('the travel exemption of 13 officials')
            finding = replace(finding, measure=(antecedent or result[-1]).measure)
        taken_up = finding.authority is not None and adopter(finding.candidate) is not None
        carries = antecedent.authority if taken_up and antecedent is not None else None
        if antecedent is not None and antecedent.authority is not None and not _names_own_party(finding, doc, lex) \
                and not taken_up:  # S10, S37: "Nigeria's central bank applied the sanctions": Nigeria
            # S13: the authority of the one it stands for, unless the reference's own words name another ('the EU's
            # sanctions'); its clause's subject is as often the party asking for its lifting ('Sudan will accept
            # nothing less than the lifting of these sanctions')
            finding = replace(finding, authority=antecedent.authority)
        # a member of the bloc imposing it is no target (blocs.py), so 'Finland' does not keep 'the EU sanctions' from
        # the target of the measure it stands for: 'Finnish exporters say the sanctions have hurt Finland'
        finding = replace(finding, targets=unspared(finding.authority, finding.targets))
        if not finding.targets and not getattr(finding, "denied", False):
            linked = _linked_targets(finding, result, lex)
            if linked is None:  # or the one after, with which it shares a complement
                linked = _shared_targets(finding, findings[at + 1: at + 2]) or None
            if linked is not None:
                targets = linked
            elif back and antecedent is not None and antecedent.targets:
                targets = antecedent.targets
            else:  # S44: a package with nothing to inherit takes the targets its parts name
                parts = _parts_targets(finding, findings[at + 1: at + 1 + _PARTS_AHEAD], lex)
                nearby = unspared(finding.authority, finding.nearby_targets)  # nor its sentence's member country
                targets = parts or nearby or (_side_hit(earlier, context) if back else ())
            finding = replace(finding, targets=tuple(t for t in targets if t != finding.authority))
        if finding.authority is None and antecedent is not None:
            finding = replace(finding, authority=antecedent.authority)  # S13: the authority of the one it stands for
        if finding.authority is None and result and not finding.unattributed:
            own_states = states_of_members(own_targets, lex)  # nor the state of the people it hits
            finding = replace(finding, authority=_lent_authority(result, own_targets, hit | own_states))
        earlier = finding.targets or earlier
        if package is not None:
            packages[id(finding)] = package
        if carries is not None:
            carried[id(finding)] = carries
        result.append(finding)
    first = next((f.authority for f in result if f.authority is not None and f.authority not in hit), None) \
        or home_state(result, doc, lex)
    result = [f if f.authority is not None or f.unattributed else replace(f, authority=first) for f in result]
    return with_main_target(result, context)


def _names_own_party(finding: F, doc: Doc, lex: Lexicon) -> bool:
    """Whether the mention's own words name an imposing party ('the EU measures', "Canada's sanctions", 'the new
    measures adopted by the European bloc') or point to one ('its own sanctions', 'their sanctions': the owner its
    clause names)."""
    words = doc[finding.candidate.start: finding.candidate.end]
    return authority_of_words(list(words), lex) is not None or vague_repeat_party(finding.candidate.head, lex) \
        is not None or any(w.dep_ == "poss" and w.pos_ == "PRON" for w in words)


def _hit_parties(findings: Sequence[F]) -> frozenset[str]:
    """The parties the article's mentions name as targets more often than as authority (their own words'): the side
    the measures hit, which lends no authority to a mention that names none ('Russia' in an article on sanctions on
    Russia and its replies)."""
    hit = Counter(t for f in findings for t in set(f.targets))
    imposing = Counter(f.authority for f in findings if f.authority is not None)
    return frozenset(party for party, count in hit.items() if count > imposing[party])


def _is_back_reference(finding: F, lex: Lexicon) -> bool:
    """'the sanctions', 'its embargo', 'the latest tranche of sanctions' (definite through its determined noun); a
    verb's head is whom it hits ('sanctioned the firm'), not a definite measure."""
    head = finding.candidate.head
    return finding.candidate.kind != "verb" and any(map(is_definite, {head, determined_noun(head, lex)}))


def _package_of(finding: F, previous: F | None, packages: dict[int, F], lex: Lexicon) -> F | None:
    """The package named as a whole that ``finding`` is a part of (S16): 'a travel ban' in 'new sanctions that include
    a travel ban and an asset freeze', and 'an asset freeze' beside such a part; two measures side by side ('not to
    renew the listings of three and remove nine from the list') are no package of each other."""
    if previous is None:
        return None
    word = finding.candidate.verb if finding.candidate.verb is not None else finding.candidate.head
    inside = (_is_inside(finding, previous) and word.dep_ != "conj") or included_in(finding.candidate,
                                                                                    previous.candidate, lex)
    if inside and previous.measure == "sanctions":  # a whole: 'new sanctions', 'the measures', not a list in a ban
        return packages.get(id(previous), previous)
    return packages.get(id(previous)) if _is_coordinated(finding, previous) else None


def _speaks_of_whole(repeat: F) -> bool:
    """'these sanctions', 'the measures' speak of a package as a whole; 'the travel ban' names one of its parts, and
    'the measure' one measure (S16)."""
    head = repeat.candidate.head
    return head.lemma_.lower() in ANY_MEASURE and head.tag_ == "NNS"


def _linked_targets(finding: F, earlier: Sequence[F], lex: Lexicon) -> tuple[str, ...] | None:
    """The targets of the mention before, when the parse ties this one to it: a part of it, what it includes, or a
    measure on those it hit; None when it does not."""
    previous = earlier[-1] if earlier else None
    if previous is not None and (_is_part_of(finding, previous)
                                 or hits_those_before(finding.candidate, previous.candidate)
                                 or included_in(finding.candidate, previous.candidate, lex)):
        return previous.targets
    return None


def _shared_targets(finding: F, after: Sequence[F]) -> tuple[str, ...]:
    """'an arms embargo and other sanctions against South Sudan', 'an arms embargo and sanctions imposed on South
    Sudan': measures coordinated before an 'against' or 'on' complement share it, so the first takes the parties its
    last conjunct names (its own words name none); not a complement only one kind takes ('an arms embargo and a
    travel ban for four persons')."""
    later = after[0] if after else None
    if later is not None and later.targets and acts_through(finding.candidate, later.candidate, later.targets):
        return later.targets  # 'The sanctions freeze the assets of X': whom its verb's mention hits
    if later is None or not later.targets or not _is_coordinated(later, finding):
        return ()
    head = later.candidate.head  # 'sanctions against X', 'sanctions imposed on X'
    words = [head, *(c for c in children(head, "acl") if c.tag_ == "VBN")]
    shared = any(c.lower_ in _SHARED_PREPS for w in words for c in children(w, "prep"))
    return later.targets if shared else ()


def _side_hit(earlier: tuple[str, ...], context: Context) -> tuple[str, ...]:
    """The targets of the nearest earlier measure that has some, lent to a back-reference that stands for no measure
    before it (S13 finds none it can stand for): only when they name a country or its people, the side the article's
    measures hit. Parties named one by one ('Mr Lukashenko', 'officials') belong to the one measure that named them
    (tune: 6 of the 14 such targets lent were right)."""
    return earlier if any(names_country(t, context) for t in earlier) else ()


def _lent_authority(earlier: Sequence[F], targets: Sequence[str], hit: frozenset[str]) -> str | None:
    """The authority of the mention before, unless it is one this mention hits or one the article's measures hit;
    then the nearest of a few before it that is neither."""
    barred = set(targets) | hit
    if earlier[-1].authority not in barred:
        return earlier[-1].authority
    return next((f.authority for f in islice(reversed(earlier), _LOOK_BACK)
                 if f.authority is not None and f.authority not in barred), None)


def _parts_targets(package: F, after: Sequence[F], lex: Lexicon) -> tuple[str, ...]:
    """The targets the parts of a package name, when it has none of its own nor any to inherit (docs/annotation.md
    S44): 'announced new sanctions, including visa restrictions for Georgian officials' are on 'Georgian officials'.
    The parts are the mentions right after it that its own phrase holds or its 'include' lists; a package that
    inherits targets keeps them (S13, S16), so the parts' are only its sentence's own when nothing came before."""
    found: list[str] = []
    previous = None  # 'a travel ban and asset freeze on A': the part listed beside the one before is a part too
    for part in after:
        word = part.candidate.verb if part.candidate.verb is not None else part.candidate.head
        inside = _is_inside(part, package) and word.dep_ != "conj"
        if part.evidence_only or not (inside or included_in(part.candidate, package.candidate, lex)
                                      or previous is not None and _is_coordinated(part, previous)):
            break  # 'a sanctions list for assisting sanctioned oligarchs': a party described, no part
        found += [t for t in part.targets if t not in found]
        previous = part
    return tuple(found)


def _is_part_of(finding: F, previous: F) -> bool:
    """'an arms embargo' inside 'sanctions on Eritrea, including an arms embargo'; 'a travel ban' beside it."""
    return _is_inside(finding, previous) or _is_coordinated(finding, previous)


def _is_inside(finding: F, previous: F) -> bool:
    """'an arms embargo' inside 'sanctions on Eritrea, including an arms embargo'."""
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
    return False


def _is_coordinated(finding: F, previous: F) -> bool:
    """'a travel ban' beside the mention before it in one coordination."""
    earlier = previous.candidate
    head = finding.candidate.head
    root, earlier_root = first_conjunct(head), first_conjunct(earlier.head)
    # One coordination ('sanctions, an embargo and a travel ban'): the same first conjunct, remembered per document.
    return head.i != earlier.head.i and root is not None and earlier_root is not None and root.i == earlier_root.i
