"""Mentions of a designation list the article named before: 'added to the list', 'removed from the list', 'those on
the list', 'the list comprises 50 names', and a listing verb that names no list of its own ('Eleven were added for
their role')."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import Candidate, is_possible_target, of_another_field
from quotelens.findings.sanctions.candidates import noun_candidate
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrases import is_definite
from quotelens.findings.sanctions.subject_lists import subject_list_candidates
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children, prep_objects
from quotelens.language.vocabulary import vocabulary

_PARTY_NOUNS = frozenset(vocabulary("sanctions")["listing"]["party_nouns"])
_MEMBER_VERBS = frozenset(vocabulary("sanctions")["listing"]["members"])


def list_candidates(found: list[Candidate], lex: Lexicon) -> list[tuple[Candidate, bool]]:
    """'the list', 'its list' after an Entity List or sanctions list in the article, or after parties designated or
    listed ('They also designated Hwang Kil-su ... The three entities newly added to the list', 'decided not to renew
    the listings of three individuals and remove nine deceased persons from the list'): the same designation list;
    'the list comprises 50 names' next to another mention: the list named for the first time, kept only near one
    (the second of each pair: near only)."""
    if not found:
        return []
    lists = {c.head.i for c in found if c.head.lemma_.lower() in lex.list_nouns}  # "added to the blacklist"
    designations = lex.designation_verbs | lex.designation_nouns
    lists |= {c.trigger.i for c in found if c.trigger.lemma_.lower() in designations}
    first_list = min(lists, default=len(found[0].head.doc))
    measured = {sentence_start(c.trigger) for c in found}
    first_measured = min(measured)
    listed: list[tuple[Candidate, bool]] = []
    for token in found[0].head.doc:
        if token.lemma_.lower() == "list" and token.pos_ == "NOUN" and token.i not in lists and is_definite(token) \
                and not names_parties_on(token) and (sentence_start(token) >= first_measured or (
                    is_listing(token, lex) and token.dep_ != "nsubj")):
            # S48: only after the listing, designation or ban it records, in its sentence or one before, unless its
            # own clause tells the listing ('OFAC removed the former officials from its list')
            if lists and is_listing(token, lex):
                listed.append((noun_candidate(token, lex, clear=True), False))
            elif sentence_start(token) in measured and (is_listing(token, lex) or is_kept_on(token)):
                # "The sanctions already imposed ... Lukashenko would be added to the list", "objected to the new
                # sanctions due to the presence of Chinese companies on the list": the list of the sanctions its
                # sentence names (docs/annotation.md S3)
                listed.append((noun_candidate(token, lex, clear=False), True))
            elif lists and (members := _members_verb(token)) is not None:  # S59: 'The people on the new list
                listed.append((replace(noun_candidate(token, lex, clear=False), verb=members), True))  # include X'
            elif lists and is_kept_on(token):  # "those on the list", "has been on the list since November"
                listed.append((noun_candidate(token, lex, clear=False), True))
            elif names_members(token, lex):  # whom it names: targets
                listed.append((replace(noun_candidate(token, lex, clear=False), verb=token.head), True))
            elif is_bare(token, lex):
                # S48: 'Mnangagwa is the most prominent on the list', 'Among the list, Choe Kwang-su', 'will not
                # publish the list' after the listing, designation or ban it records: the list, whatever its use
                candidate = noun_candidate(token, lex, clear=False)
                includes = token.dep_ == "nsubj" and token.head.lemma_.lower() in lex.list_members
                on_it = who_is_on(token)  # 'Mnangagwa is the most prominent on the list': whom its clause names
                if on_it is not None:  # its head, as a verb's is the party it hits
                    candidate = Candidate(token, on_it, None, candidate.start, candidate.end, "verb", False)
                listed.append((replace(candidate, verb=token.head) if includes else candidate, False))
        elided = elided_listing_candidate(token, lex) if lists else None
        if elided is not None and token.i > first_list:
            listed.append((elided, False))
    told = {candidate.trigger.i for candidate, _ in listed}  # S66: 'a list of <parties> subject to <measure>'
    return listed + [(c, False) for c in subject_list_candidates(found, lex) if c.trigger.i not in told]


def elided_listing_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """'Eleven were added for their role in the balloon programme' after 'added 37 firms to its Entity List': a
    passive listing verb that names no list of its own puts more parties on the one before it (sanctions.py looks
    for it only in an article that names a sanctions list, and keeps it only next to another mention)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lex.listing_verbs:
        return None
    if any(c.dep_ in ("prep", "dobj", "dative") and c.lower_ not in ("for", "over", "after", "because") for c in children(token)):
        return None  # "was added to the list", "was put on hold", "was placed under review": a place of its own
    subject = next((c for c in children(token) if c.dep_ == "nsubjpass"), None)
    if subject is None or not (subject.like_num or is_possible_target(subject, lex)):
        return None
    return Candidate(token, subject, token, subject.left_edge.i, token.i + 1, "ellipsis", False)


def is_listing(token: Token, lex: Lexicon) -> bool:
    """'added to the list', 'joined the list', 'removed from the list', 'the expansion of the list'."""
    governor = token.head.head if token.dep_ == "pobj" else token.head
    return governor.lemma_.lower() in lex.listing_verbs | lex.list_changes


def is_kept_on(token: Token) -> bool:
    """'Among those on the list is Hong Sung-mu', 'who appeared on the list as head of the commission', 'came off the
    list': being on a sanctions list named before is being kept on it, a designation (docs/annotation.md S3); not
    a list of something else ('on the list of priorities')."""
    return token.dep_ == "pobj" and token.head.lower_ in ("on", "off") and not children(token, "prep")


def names_members(token: Token, lex: Lexicon) -> bool:
    """'The initial list comprises 50 names of Russian oligarchs', 'the list includes Gazprom'. A limit: 'the list
    of speakers includes the minister' next to a sanctions mention reads as one too (leaving out lists 'of' what
    is no party cost the test half, docs/benchmarks.md)."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in lex.list_members or of_another_field(token, lex):
        return False
    return any(is_possible_target(o, lex) or children(o, "nummod") for o in children(token.head, "dobj"))


def names_parties_on(token: Token) -> bool:
    """'the individuals on the list', 'those named in the list', 'The people on the list are banned from entering': a
    phrase naming the parties on a list is parties, not a mention (docs/annotation.md S2, S48); 'Among those on the
    list is X', 'X is the only citizen on the list' and 'The people on the new list include X' (S59) say who is on
    it."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("on", "in"):
        return False
    holder = token.head.head.head if token.head.head.dep_ == "acl" else token.head.head  # 'those named in'
    among = holder.dep_ == "pobj" and holder.head.lower_ == "among"
    return holder.lemma_.lower() in _PARTY_NOUNS and holder.dep_ != "attr" and not among \
        and members_of_holder(holder) is None


def _members_verb(token: Token) -> Token | None:
    return members_of_holder(token.head.head) if token.dep_ == "pobj" and token.head.lower_ in ("on", "in") else None


def members_of_holder(holder: Token) -> Token | None:
    """S59: 'The people on the new list include officials at shipping firms': the verb whose object names the
    members of the list its subject's phrase holds."""
    verb = holder.head
    if holder.dep_ != "nsubj" or verb.lemma_.lower() not in _MEMBER_VERBS or not children(verb, "dobj"):
        return None
    return verb


def is_bare(token: Token, lex: Lexicon) -> bool:
    """'the list', 'this list', 'the new list': no 'of' naming what it lists ('the list of priorities' is left open),
    nor goods a measure covers as its members ('The list includes equipment for making semiconductors', S48)."""
    if prep_objects(token, "of") or (token.dep_ == "nsubj" and token.head.lemma_.lower() == "be"):
        return False  # 'The list is long': a copula's subject says what the list is like, not who is on it
    members = children(token.head, "dobj") if token.dep_ == "nsubj" and token.head.lemma_.lower() in lex.list_members \
        else []
    # nor another field's list naming no party ('The menu list includes 50 dishes')
    return not any(m.lemma_.lower() in lex.traded_goods or of_another_field(token, lex) and not is_possible_target(
        m, lex) for m in members)


def who_is_on(token: Token) -> Token | None:
    """The subject of the clause that puts a party on the list: 'Mnangagwa is the most prominent on the list',
    'Chaika is the only non-Moldovan citizen on the list', 'Among the list, Choe Kwang-su ... is alleged to have
    played a role' (docs/annotation.md S48: its targets are the parties its own clause names)."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("on", "in", "among"):
        return None
    holder = token.head.head
    verb = holder.head if holder.dep_ in ("attr", "acomp") else holder
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next(iter(children(verb, "nsubj", "nsubjpass")), None)
