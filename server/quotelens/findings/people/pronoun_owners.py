"""The body a possessive pronoun before an office stands for. English joins a body and the holder of its office as
"<body> and its <office> <name>" ("designated Kataib Sayyid al-Shuhada and its leader Hashim Finyan Rahim
al-Saraji", "Gor Mahia and their head coach Dylan Kerr", "Fly Baghdad and its CEO, Basheer ..."): the pronoun's
antecedent is the conjunct right before it, the body the article ties to the office (docs/annotation.md "People")."""

from __future__ import annotations

from spacy.tokens import Doc

from quotelens.language.syntax import sentence_start, token_text

_PRONOUNS = {"its", "their"}
_LONGEST_NAME = 6


def conjunct_owner(doc: Doc, title_start: int) -> str | None:
    """The capitalised name joined by "and" to "its" or "their" right before a title at character ``title_start``,
    else None. The pronoun is no person's, so the tagger's reading of the name (a club's as a person's) is not asked."""
    first = doc.char_span(title_start, title_start + 1, alignment_mode="expand")
    if first is None:
        return None
    index, floor = first[0].i, sentence_start(first[0])
    if index - 3 < floor or doc[index - 1].lower_ not in _PRONOUNS or doc[index - 2].lower_ != "and":
        return None
    end = index - 3
    begin = end
    # A name's words are capitalised; a hyphenated one ("al-Shuhada") comes as pieces with no space between them.
    while begin > floor and end - begin < _LONGEST_NAME and (
            doc[begin - 1].text[:1].isupper() and doc[begin - 1].is_alpha or not doc[begin - 1].whitespace_):
        begin -= 1
    name = doc[begin:end + 1]
    if not name.text or not all(word.split("-")[-1][:1].isupper() for word in name.text.split()):
        return None
    if begin == sentence_start(doc[begin]) and len(name) == 1 and not name[0].ent_type_:
        return None  # a sentence's capitalised first word alone is no name
    return token_text(list(name))
