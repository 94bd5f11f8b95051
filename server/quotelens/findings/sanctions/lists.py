"""How a list of targets reads where the small parse breaks it: 'Those hit are Andrey Kostin, Chairman of VTB bank;
Alexei Miller, CEO of Gazprom; and Dmitri Lebedev', 'covered Dagalo, seven companies, and one individual linked to
the RSF', 'against Robert Mugabe, members of his inner circle and state companies'. Items run from the first target
to the end of its clause and are split at semicolons, commas, 'and', 'as well as' and member words ('including');
each is named by its person or body, else is a group a measure can hit ('seven companies'). A description of the
item before it ('Chairman of VTB bank', 'owner of Chelsea Football Club', 'worth £2 billion') is no item."""

from __future__ import annotations

from bisect import bisect_right
from itertools import islice

from spacy.tokens import Span, Token

from quotelens.findings.sanctions.aliases import bare_name
from quotelens.findings.sanctions.candidate import is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.wording import clean_phrase
from quotelens.findings.sanctions.phrases import first_conjunct
from quotelens.findings.people.roles import ROLES
from quotelens.language.entities import entities_within
from quotelens.language.tree import children, sentence_of

_NAMES = ("PERSON", "ORG", "GPE")
_LIMIT = 120  # words of one list: a run of names on a hostile page stays linear
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def announced_items(start: Token, lex: Lexicon) -> list[str]:
    """Every item of a list a colon opens ('the following persons: Serhiy Abisov; Mykola Azarov; …'): a name
    written only in proper nouns as the article gives it ('Oleksandr Bobkov', half of it tagged a place), else the
    person or body it names, else a group a measure can hit."""
    found = []
    pieces = _pieces(start.doc, start.i, lex)
    for n, (piece, _) in enumerate(pieces):
        proper = all(t.pos_ == "PROPN" or t.text in "-'." for t in piece) and piece[0].pos_ == "PROPN"
        name = clean_phrase(piece.text) if proper else _name_of(piece, is_possible_target(piece.root, lex))
        if name is not None or _is_group(piece, lex, pieces[n + 1: n + 2]):
            found.append(name or _group_phrase(piece))
    return found


def items_after(first: Token, lex: Lexicon) -> list[str]:
    """The items of the list ``first`` opens, after its own (the parse's reading of the first item stands)."""
    pieces = _pieces(first.doc, first.left_edge.i, lex)
    starts = [piece.start for piece, _ in pieces]
    found, after_name = [], False
    for n, (piece, separator) in enumerate(pieces):
        name = _name_of(piece, is_possible_target(piece.root, lex)) or _holder_after_title(piece, pieces[n - 1][0], n)
        if n == 0:
            after_name = name is not None
            continue
        root = piece.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.i >= piece.end and _is_finite(root.head):
            break  # a new clause: 'sanctions on Burma's military rulers, and Suu Kyi … invited him'
        joined = (first_conjunct(root) or root.head) if root.dep_ == "conj" else root.head
        if separator == "," and after_name and (_counted_description(piece) or _indefinite_description(piece)):
            continue  # 'Rosneft and Lukoil, Russia's two biggest oil producers', 'Turkey, a key NATO ally': the
            # names before it, described
        renames = root.dep_ == "appos" and name is not None  # 'X, minister for investment Kan Zaw': one more
        if (_inside(joined, pieces[0][0], first) and not renames) \
                or (root.dep_ == "conj" and joined.pos_ in ("VERB", "AUX")) \
                or (root.dep_ == "conj" and _in_clause_of(joined, pieces, starts, n)):
            continue  # coordinated with a word inside the first item ('representatives based in China, Russia')
            # or with a verb ('step up sanctions against X, the Iranian Revolutionary Guard Corps'), or inside a later
            # item ('individuals and businesses linked to gold smuggling and money laundering networks')

        if name is not None:
            found.append(name)
        elif _is_group(piece, lex, pieces[n + 1: n + 2]) \
                and not (after_name and separator == "," and piece.root.tag_ != "NNS"):
            found.append(_group_phrase(piece))  # not a person's title: 'Kostin, Chairman of VTB bank'
        after_name = name is not None or (after_name and separator == ",")
    return found


def describes_the_named(group: Token) -> bool:
    """'Rosneft and Lukoil, Russia's two biggest oil producers', 'A and B, the two companies': a counted group owned
    or made definite describes the names before it; it is no further party."""
    before = group.doc[group.left_edge.i - 1] if group.left_edge.i > 0 else None
    return (before is not None and before.dep_ == "case") or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in children(group))


def _counted_description(piece: Span) -> bool:
    """'Russia's two biggest oil producers', 'the two Chinese firms': a counted group, owned or definite, after a
    comma that follows names describes them."""
    count = next((t for t in piece if t.dep_ == "nummod"), None)
    owned = any(t.dep_ == "case" for t in piece[: count.i - piece.start]) if count is not None else False
    return count is not None and (piece[0].lower_ == "the" or owned)


def _indefinite_description(piece: Span) -> bool:
    """'Turkey, a key NATO ally', 'Keremet Bank, a Kyrgyzstan-based financial institution': a common noun with an
    indefinite article in apposition says what the name before it is; the names inside it are no further party."""
    return piece.root.dep_ == "appos" and piece.root.pos_ == "NOUN" and piece[0].lower_ in ("a", "an")


def _is_finite(verb: Token) -> bool:
    return verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") for c in children(verb))


def _inside(word: Token, piece: Span, first: Token) -> bool:
    return word.i != first.i and piece.start <= word.i < piece.end


def _in_clause_of(word: Token, pieces: list[tuple[Span, str]], starts: list[int], n: int) -> bool:
    """A word of the clause that describes an item before the ``n``-th, after the first ('businesses linked to gold
    smuggling'), not of its own words ('members of parliament'). The pieces are in text order, so only the one
    holding the word is asked."""
    at = bisect_right(starts, word.i, 1, n) - 1
    if at < 1:
        return False
    piece = pieces[at][0]
    # a clause, or where the item's parties are ("individuals in countries such as China, South Africa, and
    # Turkey"); no deeper than a list is long: a chain of hundreds of conjuncts
    return piece.start <= word.i < piece.end and any(
        (a.dep_ in ("acl", "relcl") or a.dep_ == "prep" and a.lower_ == "in") and piece.start <= a.i < piece.end
        for a in islice(word.ancestors, _LIMIT))


def _pieces(doc, begin: int, lex: Lexicon) -> list[tuple[Span, str]]:
    """The list's items from word ``begin`` as spans, each with the separator before it, up to the end of the clause:
    a reason ('over rights abuses'), a finite verb and its subject ('…, the Treasury said'), a relative pronoun or a
    closing mark."""
    end = min(sentence_of(doc[begin: begin + 1]).end, begin + _LIMIT)
    pieces: list[tuple[Span, str]] = []
    start, separator, i = begin, "", begin
    while i < end:
        word = doc[i]
        inside_name = word.ent_iob_ == "I"
        if word.text == "(":  # a bracketed aside belongs to its item: 'Hsiao Bi-khim (蕭美琴)'
            close = next((t.i for t in doc[i: end] if t.text == ")"), end - 1)
            i = close + 1
            continue
        if word.dep_ in ("conj", "appos") and word.lemma_.lower() in lex.any_measure_nouns:
            i = max(start, word.left_edge.i)  # 'an embargo on A, sanctions on B': B is the next measure's (a measure
            break  # listed with the party is a mention of its own, as phrases.py reads it)
        if not inside_name and _ends_clause(word, lex):
            if word.pos_ in ("VERB", "AUX"):
                start = i  # the words before a verb are its subject, no item: '…, Derek Chollet said'
            break
        cut = _separator_at(doc, i, lex) if not inside_name else 0
        if cut:
            start += start < i and doc[start].lower_ in lex.target_preps  # 'including on Sberbank'
            if i > start:
                pieces.append((doc[start: i], separator))
            separator = ";" if word.text == ";" else ","
            start, i = i + cut, i + cut
            continue
        i += 1
    start += start < i and doc[start].lower_ in lex.target_preps
    if start < i:
        pieces.append((doc[start: i], separator))
    return pieces


def _separator_at(doc, i: int, lex: Lexicon, joined: bool = True) -> int:
    """How many words of separator start at word ``i``: ';', ',', 'and', 'as well as', 'including', and a
    punctuation mark joined to the one after it (', and', '; as well as'). Only one word ahead is looked at: a run
    of thousands of commas on a hostile page is as many separators, not a recursion as deep as the run."""
    word = doc[i]
    # 'and' between names, not between adjectives ('105 Russian and Chinese firms')
    nominal = word.lower_ == "and" and word.dep_ == "cc" and word.head.pos_ in ("NOUN", "PROPN")
    if word.text in (";", ",") or nominal or word.lower_ in lex.member_words:
        more = _separator_at(doc, i + 1, lex, joined=False) if joined and i + 1 < len(doc) else 0
        return 1 + (more or (word.is_punct and i + 1 < len(doc) and doc[i + 1].lower_ == "and"))
    if word.lower_ == "as" and [t.lower_ for t in doc[i + 1: i + 3]] == ["well", "as"]:
        return 3
    return 0


_CLAUSE_TAGS = (*_FINITE, "WDT", "VBG", "VB", "TO")
_RELATIVES = ("who", "whom", "whose")
_CLOSERS = ('"', "“", "”", "—")


def _ends_clause(word: Token, lex: Lexicon) -> bool:
    """A verb, a relative pronoun, a quotation mark or a dash, or a preposition giving a reason, ends the list."""
    if word.tag_ in _CLAUSE_TAGS or word.pos_ == "AUX" or word.lower_ in _RELATIVES or word.text in _CLOSERS:
        return True
    objects = children(word, "pobj")  # not a title's 'for': 'minister for investment Aung Naing Oo'
    return word.dep_ == "prep" and not any(o.ent_type_ == "PERSON" for o in objects) and (
        word.lower_ in lex.reason_preps or any(o.lemma_.lower() in lex.reason_nouns for o in objects))


def _name_of(piece: Span, titled: bool = False) -> str | None:
    """The person or body an item names, unless a preposition before it makes it a description ('owner of Chelsea
    Football Club'); of two ('Rosneft CEO Igor Sechin'), the person."""
    # "Dodik's Chief of Staff": the one who owns an office is not the one who holds it
    office = piece.root.lower_ in ROLES.heads
    names = [e for e in entities_within(piece.doc, piece.start, piece.end) if e.label_ in _NAMES
             and not (office and e.end < piece.end and piece.doc[e.end].dep_ == "case")]
    names = [e for e in names if not any(t.pos_ == "ADP" for t in piece.doc[piece.start: e.start]) or (
        e.label_ == "PERSON" and not any(a.pos_ == "ADP" and a.i >= piece.start for a in e.root.ancestors))
        or (e.label_ == "PERSON" and piece.doc[e.start - 1].pos_ == "NOUN" and titled)]  # 'minister for investment Aung
    # Naing Oo': a party noun's complement, then its holder's name (not 'brother of late president Hugo Chavez')
    # a body's word inside an office's title is its field, no party: 'a former Defence Minister'
    names = [e for e in names if e.label_ == "PERSON" or not _in_title(e.root, piece)]

    if not names:
        return None
    person = next((e for e in names if e.label_ == "PERSON"), names[-1])
    return bare_name(person.text)


def _in_title(word: Token, piece: Span) -> bool:
    """'a former Defence Minister': a word the item's office title is made of."""
    return word.dep_ == "compound" and word.head.lower_ in ROLES.heads and word.head.i < piece.end


def _holder_after_title(piece: Span, before: Span, n: int) -> str | None:
    """'the Secretary General of the RS, Dalibor Panić, the Director of …': a name the small model tags as no one,
    written in proper nouns right after an office, is the office's holder (the list's target)."""
    if n == 0 or len(piece) < 2 or before.root.lower_ not in ROLES.heads or any(
            t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in ROLES.heads for t in piece):
        return None
    return clean_phrase(piece.text)


def _is_group(piece: Span, lex: Lexicon, after: list[tuple[Span, str]]) -> bool:
    """'seven companies', 'members of his inner circle', 'state companies': a noun phrase a measure can hit; so is an
    office, which names whoever holds it (docs/annotation.md S27: 'the head of the Supreme Electoral Council', 'mayors,
    prosecutors'), unless its holder's name is the next item ('Alisher Usmanov's sister, Gulbakhor Ismailova')."""
    head = piece.root
    holder = bool(after) and after[0][0][0].pos_ == "PROPN"
    return head.pos_ == "NOUN" and (is_possible_target(head, lex) or head.lemma_.lower() in ROLES.heads and not holder)


def _group_phrase(piece: Span) -> str:
    """A group up to its noun and what it is 'of' ('members of his inner circle'), not where it is put ('firms to a
    trade restriction list')."""
    head = piece.root
    end = max([head.i] + [p.right_edge.i for p in children(head, "prep") if p.lower_ == "of"])
    return clean_phrase(piece.doc[piece.start: min(end + 1, piece.end)].text)
