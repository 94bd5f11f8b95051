"""The stretch of text a mention covers: a measure's noun phrase, the word that says what happens to it, and that
word's own phrase ('impose sanctions on X')."""

from __future__ import annotations

from itertools import chain, islice

from spacy.tokens import Token

from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.phrasal import phrasal_status
from quotelens.language.tree import children, lefts, rights, subtree_within

# Dependents that belong to a measure's noun phrase on its left ("the harshest economic sanctions").
_LEFT_DEPS = {"det", "amod", "compound", "nummod", "nmod", "poss", "quantmod", "predet", "advmod", "npadvmod"}


_TIME_NOUNS = ("day", "eve", "anniversary", "weekend", "occasion")

# Words of a measure's prepositional phrase read for where it ends, and steps climbed from a measure inside it: far
# beyond any phrase a reader takes for one, and it keeps a list of hundreds of measures, each hanging on the target
# before it (so that every phrase holds the rest of the list), linear.
_PHRASE_WORDS = 80


def is_time(preposition: Token) -> bool:
    """'on Monday', 'on 5 March', 'on International Anti-Corruption Day' (which the small model tags as a body): a
    date, not whom the measure hits."""
    return any(obj.dep_ == "pobj" and (obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in _TIME_NOUNS)
               for obj in children(preposition))


def phrase_bounds(head: Token, lex: Lexicon) -> tuple[int, int]:
    """The noun phrase of a measure: its left modifiers, the noun, and 'against/on X' on its right."""
    start = head.i
    for child in lefts(head):
        if child.dep_ in _LEFT_DEPS and (listed := _listed_measure(child, lex)) is not None:
            # "subject to asset freezes and travel bans", read as one noun whose modifier is "freezes and travel":
            # the first measure of the list is a mention of its own (candidates.py), this one starts at its modifier
            start = min(start, *(c.left_edge.i for c in children(listed, "conj")))
        elif child.dep_ in _LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in rights(head):
        if child.dep_ == "prep" and child.lower_ in lex.target_preps | {"over", "of"} and child.left_edge.i == end \
                and not is_time(child):
            end = _without_relative_clause(child, lex)
        elif child.dep_ in ("compound", "amod") and child.i == end:
            end = child.right_edge.i + 1
        elif child.dep_ == "advmod" and child.i == end and child.right_edge.i == child.i:
            end = child.i + 1  # "the harshest sanctions ever against North Korea", not "the embargo ahead of a vote"
    return start, end


def _without_relative_clause(prep: Token, lex: Lexicon) -> int:
    """Where a measure's prepositional phrase ends: before a relative clause set off by a comma ('the sanctions of the
    Japanese authorities, which thus bring to 61 the number of citizens whose assets they have frozen'), an aside that
    says something else, often another measure; 'sanctions on anyone who aids the regime' names whom they hit. Also
    before the measures it includes, which the parser hangs on the target ('sanctions against Mike Gallagher,
    including a ban on entering China': the ban is a mention of its own); not its members ('including Putin')."""
    end = prep.right_edge.i + 1
    for word in subtree_within(prep, _PHRASE_WORDS):
        if word.dep_ == "relcl" and word.left_edge.i > prep.i + 1 and word.doc[word.left_edge.i - 1].text == ",":
            end = min(end, word.left_edge.i)
        if word.dep_ == "prep" and word.lower_ in lex.member_words and word.i > prep.i + 1 and any(
                o.lemma_.lower() in lex.any_measure_nouns for o in children(word)):
            end = min(end, word.i)
        if word.lemma_.lower() in lex.any_measure_nouns and word.i > prep.i + 1:
            # "secondary sanctions against Kazakh banks and the potential blacklisting of ...": a measure listed with
            # the party is a mention of its own
            end = min(end, word.left_edge.i if word.dep_ == "conj" else _clause_start(word, prep, lex))
    while end - 1 > prep.i and (prep.doc[end - 1].is_punct or prep.doc[end - 1].dep_ == "cc"):
        end -= 1
    return end


def before_included_measures(noun: Token, end: int, lex: Lexicon) -> int:
    """Where a phrase that ends at ``end`` ends before the measures its noun includes ('approved a set of additional
    measures, including a freeze on the assets of 40 organizations': the package and the freeze are a mention each,
    docs/annotation.md S16); its members stay ('new sanctions, including on Putin')."""
    for member in children(noun, "prep"):
        if member.lower_ in lex.member_words and member.i < end and any(
                o.lemma_.lower() in lex.any_measure_nouns for o in children(member)):
            end = member.i
    while end - 1 > noun.i and (noun.doc[end - 1].is_punct or noun.doc[end - 1].dep_ == "cc"):
        end -= 1
    return end


def _clause_start(measure: Token, prep: Token, lex: Lexicon) -> int:
    """Where the clause that holds another measure inside a measure's phrase starts ('sanctions against those allegedly
    helping Moscow to avoid restrictions introduced by the West': the restrictions are a mention of their own); not a
    clause that says the measure hits the party ('its list of organizations targeted by asset-freeze sanctions')."""
    for word in islice(chain((measure,), measure.ancestors), _PHRASE_WORDS):
        if word.i == prep.i or word.lemma_.lower() in lex.targeting_verbs:
            break
        if word.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp") and word.left_edge.i > prep.i + 1:
            return word.left_edge.i
    return prep.right_edge.i + 1


def governing_status_word(head: Token, lex: Lexicon) -> Token | None:
    """The verb or noun that says what happens to the measure: impose/lift/violate X, the lifting of X."""
    parent = head.head
    if head.dep_ in ("dobj", "nsubjpass") and (parent.lemma_.lower() in lex.status_of or phrasal_status(parent)):
        return parent  # "imposed sanctions", "rolled back sanctions"
    if head.dep_ == "nsubj" and parent.lemma_.lower() in lex.ending_verbs:
        return parent  # "the arms embargo expired in 2020"
    if head.dep_ == "nsubj" and _reduced_passive(parent, lex):
        return parent  # "Assets were unfrozen and visa bans lifted for 170 citizens", read as an active 'lifted'
    if head.dep_ == "pobj" and ((parent.lower_ in ("to", "on") and parent.head.lemma_.lower() in lex.listing_verbs)
                               or (parent.lower_ == "from" and lex.status_of.get(parent.head.lemma_.lower()) == "lifted")):
        return parent.head  # "added 37 firms to its Entity List", "removed from the sanctions list", "exempted from"
    if head.dep_ == "pobj" and parent.lower_ == "from" and (remover := _remover_above(parent.head, lex)) is not None:
        return remover  # "the delisting of 51 individuals and 20 companies from the list": 'from' hung on the parties
    # "the lifting of sanctions"; "a ratcheting up of sanctions", where 'of' hangs on the particle; before the
    # measure's own participle: "the potential lifting of sanctions imposed on the country" is about the lifting
    holder = parent.head.head if parent.head.dep_ == "prt" else parent.head
    if head.dep_ == "pobj" and parent.lower_ in ("of", "on") and holder.lemma_.lower() in lex.status_of:
        if holder.pos_ in ("NOUN", "PROPN") or (holder.dep_ == "pobj" and holder.tag_ == "VBG"):
            return holder
    for child in rights(head):
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in lex.status_of:
            return child  # "the coercive measures imposed by the United States"
    if head.dep_ == "pobj" and parent.lower_ == "of" and parent.head.lower_ in lex.quantities:
        return governing_status_word(parent.head, lex)  # "imposed a new round of sanctions"
    for child in lefts(head):
        if child.dep_ == "amod" and child.tag_ in ("VBN", "VBD") and child.lemma_.lower() in lex.status_of:
            return child  # "the lifted sanctions"; "ECOWAS imposed sanctions", which spaCy reads as a participle
        if child.dep_ == "amod" and child.tag_ == "VBG" and lex.status_of.get(child.lemma_.lower()) == "violated":
            return child  # "engaged in contravening sanctions": a gerund of breaking read as an adjective
    if head.dep_ == "conj":  # "impose sanctions and an embargo": what governs the first conjunct governs them all
        first = first_conjunct(head)
        if first is not None and first.pos_ == "VERB" and first.lemma_.lower() in lex.status_of and any(
                o.lemma_ == head.lemma_ for o in children(first, "dobj")):
            # "lifted some sanctions on Guinea and some targeted sanctions on Mali": the parser hangs the second
            # object on the verb itself; not "suspended Mali's membership and threatened sanctions"
            return first
        return governing_status_word(first, lex) if first is not None else None
    return None


def _reduced_passive(verb: Token, lex: Lexicon) -> bool:
    """'visa bans lifted for 170 citizens', 'sanctions eased': a lifting participle the parser took for an active past
    verb, the measure its subject; an active verb has an object ('the sanctions eased the pressure') or a particle
    ('sanctions for states ramped up', a school law's that grew)."""
    return verb.tag_ in ("VBD", "VBN") and lex.status_of.get(verb.lemma_.lower()) == "lifted" \
        and not children(verb, "dobj", "aux", "auxpass", "prt")


def _remover_above(word: Token, lex: Lexicon) -> Token | None:
    """The lifting word whose object ``word`` is, through its list of parties ('delisting of A and B', 'removed A and
    B'): the parser hangs 'from the list' on the nearest party."""
    for _ in range(4):
        if word.dep_ not in ("conj", "pobj", "prep", "dobj") or word.head is word:
            return None
        word = word.head
        if word.pos_ in ("NOUN", "VERB") and lex.status_of.get(word.lemma_.lower()) == "lifted":
            return word
    return None


def first_conjunct(token: Token) -> Token | None:
    """The word a chain of conjuncts hangs from (None when the chain ends at the root).

    Remembered per document for every conjunct on the way: walked from each conjunct of a list of hundreds of
    measures, the chain would make the sanctions finder quadratic.
    """
    memo: dict[int, int | None] = token.doc.user_data.setdefault("quotelens.first_conjunct", {})
    chain = []
    node = token
    while node.dep_ == "conj" and node.i not in memo and node.head.i != node.i:
        chain.append(node.i)
        node = node.head
    if node.i in memo:
        found = memo[node.i]
    else:
        found = None if node.dep_ == "conj" else node.i  # a conjunct that is its own head: the chain's root
    for index in chain:
        memo[index] = found
    return None if found is None else token.doc[found]


def with_verb(verb: Token | None, head: Token, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Stretch a noun phrase over its governing verb ('impose sanctions') and the verb's 'on X' after it."""
    if verb is None or (verb.i > end + 3):
        return start, end  # "X - a vestige of the war - would be lifted": the phrase alone
    if verb.pos_ in ("NOUN", "PROPN"):
        verb_start = min((c.left_edge.i for c in lefts(verb) if c.dep_ in ("det", "poss", "amod")), default=verb.i)
        return min(start, verb_start), max(end, verb.i + 1)
    start, end = min(start, verb.i), max(end, verb.i + 1)
    for child in rights(verb):
        if child.dep_ == "prt":
            end = max(end, child.i + 1)
        if child.dep_ == "prep" and child.lower_ in lex.target_preps and child.left_edge.i == end and not is_time(child):
            end = child.right_edge.i + 1
    return start, end


def determined_noun(head: Token, lex: Lexicon) -> Token:
    """The noun whose determiner makes a measure definite: 'the latest installment of sanctions', 'the partial lifting
    of sanctions' refer back as 'the sanctions' does; the measure itself otherwise."""
    holder = head.head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and holder.pos_ == "NOUN" and (
            holder.lemma_.lower() in lex.quantities):
        return holder
    return head


def preposition_after(head: Token, lex: Lexicon) -> Token | None:
    """'called the U.S. sanctions on two Turkish ministers "unacceptable"': a target preposition right after the
    measure's object phrase that the parse hung on the verb above it, where the measure's own phrase would hold it."""
    doc, after = head.doc, head.right_edge.i + 1
    verb = head.head if head.dep_ == "dobj" else _verb_above_object(head)
    if verb is None or after >= len(doc):
        return None
    prep = doc[after]
    if prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ not in lex.target_preps or is_time(prep):
        return None
    return prep


def _verb_above_object(head: Token) -> Token | None:
    """'voted in favour of financial and travel sanctions on four Sudanese', 'called for sanctions against X': the
    verb a measure hangs from through a preposition or two, where the parse may hang the measure's own 'on'."""
    word = head
    for _ in range(3):  # 'for sanctions', 'in favour of sanctions': a short climb, so a long sentence stays linear
        if word.dep_ != "pobj" or word.head.dep_ != "prep":
            return None
        word = word.head.head
        if word.pos_ == "VERB":
            return word
    return None


def _listed_measure(modifier: Token, lex: Lexicon) -> Token | None:
    """A measure noun coordinated into the modifier of another measure ('asset freezes and travel' of 'bans'), also
    where the parser hung it on its own modifier ('asset' of 'bans', with 'freezes and travel' a clause of 'asset')."""
    if modifier.dep_ not in ("nmod", "compound"):
        return None
    return next((word for word in (modifier, *children(modifier, "acl")) if children(word, "cc")
                 and children(word, "conj") and word.lemma_.lower() in lex.measure_nouns | lex.qualified.keys()), None)


def is_definite(head: Token) -> bool:
    """'the sanctions', 'these measures', 'its list', 'Today's measures', 'Monday's sanctions': a noun that refers
    back (a day's possessive dates the measure the text has named, as 'the 2022 sanctions' does; S13)."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those", "that"))
               or (c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ == "DATE" or c.lower_ == "today"))
               for c in children(head))


def prepositions_of(word: Token) -> list[Token]:
    """The prepositions after a word, with those coordinated to one ('sanctions on Aleksandr Lukashenko and on
    Russian officials', 'against Iran and against Syria'), which the parse hangs on the first preposition."""
    found = []
    for child in rights(word):
        if child.dep_ == "prep":
            found += [child] + [c for c in children(child, "conj") if c.pos_ == "ADP"]
    if found and word.dep_ in ("dobj", "nsubjpass"):
        # 'removed some sanctions on A and on B': the parse may hang the second on the verb that takes the word
        same = {p.lower_ for p in found}
        found += [c for c in rights(word.head) if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in same]
    return found
