"""Which courtesy word before a name is part of it (docs/annotation.md S73): 'Dr', 'Prof', 'Hon', 'Alhaji', 'Engr'
and 'Mr' are not ('Dr Vivian Balakrishnan' is 'Vivian Balakrishnan'); a Gulf ruling family's 'Sheikh' or 'Shaikh'
is, as written ('Sheikh Abdullah bin Zayed Al Nahyan', 'Sheikh Tamim'), and so is the 'Sheikh' of a name it opens
with one word after it ('Sheikh Hasina'). A cleric's 'Sheikh' before a given name and surname with no patronymic
('Sheikh Naim Qassem') goes, as the other honorifics do."""

from __future__ import annotations

from spacy.tokens import Doc

from quotelens.findings.people.roles import ROLES
from quotelens.language.syntax import word_of
from quotelens.language.vocabulary import word_list

_NAME_HONORIFICS = frozenset(word_list("roles", "name_honorifics"))
_LINEAGE = frozenset(word_list("roles", "lineage_particles"))


def drops_honorific(doc: Doc, start: int, end: int, longest: int) -> bool:
    """Whether the honorific at ``start`` of the name ``doc[start:end]`` goes from the name (one of more than
    ``longest`` tokens with it goes, so that the name is not too long to be one)."""
    word = word_of(doc[start].text)
    if word not in ROLES.honorifics:
        return False
    return word not in _NAME_HONORIFICS or not keeps_title(doc, start, end, longest)


def keeps_title(doc: Doc, start: int, end: int, longest: int) -> bool:
    """'Sheikh Mohammed bin Rashid Al Maktoum', 'Sheikh Hasina': a lineage particle after it, or one word only."""
    rest = [token.text.lower() for token in doc[start + 1:end]]
    return end - start <= longest and (len(rest) == 1 or any(word.split("-")[0] in _LINEAGE for word in rest))


def with_honorific(doc: Doc, start: int, end: int, longest: int) -> int:
    """Where a name opens whose entity spaCy starts after its 'Sheikh' ('Sheikh Mohammed bin Rashid Al Maktoum' tagged
    from 'Mohammed'): at the 'Sheikh' when it is part of the name, else at ``start``."""
    before = start - 1
    if before < 0 or doc[before].text.lower() not in _NAME_HONORIFICS or not doc[before].is_title:
        return start
    return before if keeps_title(doc, before, end, longest) else start
