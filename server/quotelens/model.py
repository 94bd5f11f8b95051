"""The records every stage produces and the response is built from (mirrors shared/response.schema.json)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mention:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Block:
    """One text block of the article (a paragraph, heading, list item or block quote)."""

    start: int
    end: int
    kind: str = "paragraph"


@dataclass(frozen=True)
class Article:
    """The article found in a page: its title and body text, with the body's blocks."""

    title: str
    text: str
    blocks: tuple[Block, ...] = ()
    language: str = "en"
    url: str | None = None
    date: str | None = None  # the day the page says it was published, ISO ("2023-03-08"), when it says


@dataclass(frozen=True)
class Quote:
    """Something said: verbatim (direct), paraphrased (reported), or a quoted term that is not speech."""

    id: str
    kind: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_name: str | None = None
    source: Mention | None = None
    cue: Mention | None = None
    via: str | None = None  # the agency or outlet that relayed the words ("IRNA"), never the speaker


@dataclass(frozen=True)
class Listing:
    """An entry of a sanctions list that an entity matches."""

    list: str
    name: str
    id: str
    programs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A person (or organisation, unnamed source or group) with every mention of it merged."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    organization: str | None = None
    is_official: bool = False
    former: bool = False  # an office held in the past: still an official, shown as "former"
    mentions: tuple[tuple[int, int], ...] = ()
    quote_ids: tuple[str, ...] = ()
    listed: tuple[Listing, ...] = ()


@dataclass(frozen=True)
class Sanction:
    """A mention of a sanction or similar coercive measure, with what is happening to whom."""

    id: str
    start: int
    end: int
    text: str
    status: str
    authority: str | None = None
    targets: tuple[str, ...] = ()
    measure: str = "sanctions"  # one of MEASURES in findings/sanctions/measures.py (docs/annotation.md)
    sectors: tuple[str, ...] = ()  # sectors of the target's economy it hits ("energy sector"), as written


@dataclass(frozen=True)
class Span:
    """One highlight for the extension: a TextQuoteSelector plus a position hint."""

    id: str
    categories: tuple[str, ...]
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    ref: str


@dataclass(frozen=True)
class Analysis:
    """Everything found in one article."""

    article: Article
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...]
    sanctions: tuple[Sanction, ...]
    spans: tuple[Span, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)
    truncated_spans: int = 0
    skipped_stages: tuple[str, ...] = ()  # finders that failed on this article (the pipeline's failure policy)
