"""Which name of a list of people a title set off by commas between two names belongs to ("A, T, B")."""

from __future__ import annotations

from spacy.tokens import Doc

from quotelens.findings.people.titles import Title, canonical_head

# An article opening the phrase: the title opens the next item ("…, the Secretary General of the RS, Dalibor Panić").
_ARTICLES = frozenset({"the", "a", "an"})
# The most words a title item before a name's comma is read over ("the Director of the RS Radio and Television").
_LONGEST_ITEM = 12
# What ends a list's item: the next item's comma, the last one's "and", the sentence's end.
_ITEM_ENDS = frozenset({",", ";", "and", ".", ")"})


def set_after_a_name(doc: Doc, title: Title) -> bool:
    """Whether a bare title phrase follows a name and its comma: in "Lidziya Yarmoshyna, Chairperson of the Central
    Election Commission, Valery Vakulchyk, Head of ..." the chairperson is the name before, not the one after. With an
    article the phrase more often opens the next item ("Maria Teresa Mercado, the charge d'affaires of Spain, Cristina
    Borreguero, and ..."), and so does any phrase of a list whose items open with their title ("the Minister of
    Internal Affairs, Sinisa Karan, Dodik's Chief of Staff, Danijelo Dragičević": the chief of staff is Dragičević)."""
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    before = span.start - 1 if span is not None else 0
    if not (before > 0 and doc[before].text == "," and doc[before - 1].ent_type_ == "PERSON"):
        return False
    start = before - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return not titled_item(doc, start)


def opens_next_item(doc: Doc, title: Title, name_start: int) -> bool:
    """Whether a title phrase read after a name's comma opens the next item of a list instead: it has an article and
    runs up to a name that is itself an item, ending on a comma, "and" or the sentence's end ("the Chief of Protocol
    of the RS, Goran Raković, the Secretary General of the RS, Dalibor Panić, the Director …": the secretary general
    is Panić), when the name's own item opens with a title too (``name_start``: the name's first token): the list
    gives each name after its title. "Elizabeth Rosenberg, the Assistant Secretary at the Treasury, Matthew Axelrod,
    the Assistant Secretary at Commerce" gives them before; "Oleh Kiper, the Odesa regional governor, said" and "Like
    Obama, a former senator, Clinton has run" keep theirs: no list item follows the phrase's comma."""
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    if span is None or span.start < 2 or span.end + 2 >= len(doc):
        return False
    article, comma = doc[span.start - 1], doc[span.start - 2]
    if article.lower_ not in _ARTICLES or comma.text != "," or doc[span.end].text != ",":
        return False
    if not titled_item(doc, name_start):
        return False
    end = _name_end(doc, span.end + 1)
    return end is not None and (end >= len(doc) or doc[end].lower_ in _ITEM_ENDS)


def _name_end(doc: Doc, index: int) -> int | None:
    """Where a person's name starting at ``index`` ends: one the tagger marks, or a run of two or more capitalised
    proper nouns it left untagged ("Dalibor Panić"); None when no name starts there."""
    if doc[index].ent_type_:
        if doc[index].ent_type_ != "PERSON" or doc[index].ent_iob_ != "B":
            return None
        end = index + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end
    end = index
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_:
        end += 1
    return end if end - index >= 2 else None


def titled_item(doc: Doc, name_start: int) -> bool:
    """Whether the name starting at ``name_start`` closes a list item that opens with its title: a comma before it
    after a phrase holding a title head ("…, the Chief of Protocol of the RS, Goran Raković"), read back to the head
    over the complement's words, not over a name, a verb or another comma."""
    if name_start < 2 or doc[name_start - 1].text != ",":
        return False
    for index in range(name_start - 2, max(-1, name_start - 2 - _LONGEST_ITEM), -1):
        word = doc[index]
        if canonical_head(word) is not None:
            return True
        if word.is_punct or word.ent_type_ == "PERSON" or word.pos_ in {"VERB", "AUX"}:
            return False
    return False


def runs_into_a_name(doc: Doc, title: Title) -> bool:
    """Whether an office read after a name's comma runs straight into another person's name, which it stands
    before as that name's title: "In an interview with Al-Rai, American Ambassador to Kuwait Alina L. Romanowski
    stressed" (the ambassador is Romanowski, not the paper the tagger took for a person). A description of no office
    runs on into the bodies it names ("Mzia Amaglobeli, founder of independent publications Netgazeti and …")."""
    span = doc.char_span(title.start, title.end, alignment_mode="expand")
    return title.is_official and span is not None and span.end < len(doc) and doc[span.end].ent_iob_ == "B" \
        and doc[span.end].ent_type_ == "PERSON"
