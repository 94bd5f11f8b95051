"""The person a pronoun target stands for: 'the sanctions imposed on me', said in a quote, hit its speaker; 'the
sanctions imposed on him' hit the person named last before it."""

from __future__ import annotations

from quotelens.findings.sanctions.article import Context

_SPEAKER = ("me", "i", "myself")
_NAMED_BEFORE = ("him", "her", "he", "she", "himself", "herself")
_WINDOW = 600  # characters back to the person a 'him' stands for: about a paragraph


def is_personal(phrase: str) -> bool:
    return phrase.lower() in _SPEAKER + _NAMED_BEFORE


def person_meant(phrase: str, at: int, context: Context) -> str | None:
    """Whom a personal pronoun written at character ``at`` names, or None when the article does not say."""
    if phrase.lower() in _SPEAKER:
        return _speaker_at(at, context)
    return _person_before(at, context)


def _speaker_at(at: int, context: Context) -> str | None:
    """'“I acknowledge the sanctions imposed on me,” Tolentino posted': the speaker of the quote it is said in."""
    quote = next((q for q in context.quotes if q.start <= at < q.end and q.speaker), None)
    entity = context.entities_by_id.get(quote.speaker) if quote is not None else None
    return entity.name if entity is not None and entity.type == "person" else None


def _person_before(at: int, context: Context) -> str | None:
    """'Tolentino acknowledged the sanctions imposed on him': the person mentioned last before the pronoun, close
    enough to be the one it stands for."""
    last = max(((start, e.name) for e in context.entities if e.type == "person" for start, _ in e.mentions
                if at - _WINDOW <= start < at), default=None)
    return last[1] if last is not None else None
