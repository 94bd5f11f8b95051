"""Which element holds the article: furniture marked, subtrees scored, the best one narrowed to one story."""

from __future__ import annotations

from dataclasses import dataclass

from quotelens.page.boilerplate import BODY
from quotelens.page.layout import FIRM, Element, Layout
from quotelens.page.prose import MAX_LINK_SHARE, words_of

# A furniture hint is vetoed on an element that holds at least this share of the page's article-like text.
_VETO_SHARE = 0.5
# An <article> inside the container holding this share of its score is a story of its own (infinite scroll).
_ARTICLE_SHARE = 0.2


@dataclass(frozen=True)
class Scores:
    """The container choice's findings, per element (by its index in Layout.elements)."""

    # Depth of the innermost furniture element at or above each element (-1: none): a block is furniture for a
    # container when this lies strictly inside the container.
    boiler: tuple[int, ...]
    score: tuple[float, ...]  # article-like text minus furniture in the subtree
    best: Element | None  # the element whose subtree scores highest, leaning by its factor


def score_elements(layout: Layout) -> Scores:
    """Mark furniture and find the element whose subtree scores highest (article text minus furniture).

    An element whose class or id says furniture but that holds most of the page's article-like text is a
    wrapper with an unlucky name ('img_container', 'content-with-sidebar'), not furniture: the hint is vetoed.
    A furniture tag (<nav>, <aside>, <footer> ...) and a hint naming a role no body has ('comments',
    'related') are never vetoed: a long comment thread is still comments.
    """
    elements = layout.elements
    mass = [0.0] * len(elements)  # article-like text in the subtree, hints aside
    for block in layout.blocks:
        mass[block.owner] += max(0.0, block.weight)
    for node in reversed(elements):  # children come after their parents: sum the subtrees bottom-up
        if node.parent >= 0:
            mass[node.parent] += mass[node.index]
    page_mass = mass[0]
    boiler = [-1] * len(elements)
    for node in elements:  # parents first: inherit the innermost furniture ancestor
        if node.furniture == FIRM or (node.furniture and mass[node.index] < _VETO_SHARE * page_mass):
            boiler[node.index] = node.depth
        elif node.level >= BODY:
            boiler[node.index] = -1
        elif node.parent >= 0:
            boiler[node.index] = boiler[node.parent]
    score = [0.0] * len(elements)
    for block in layout.blocks:
        score[block.owner] += block.weight if (boiler[block.owner] < 0 or block.confirmed) else -len(block.text)
    best, best_value = None, 0.0
    for node in reversed(elements):
        value = score[node.index] * node.factor
        if value > best_value:
            best, best_value = node, value
        if node.parent >= 0:
            score[node.parent] += score[node.index]
    return Scores(tuple(boiler), tuple(score), best)


def headline(layout: Layout, container: Element) -> str:
    """Return the article's <h1>: the first inside the body, else the last one before it that is not a link.

    A site's logo is often an <h1> holding a link home: it is never the headline.
    """
    blocks = layout.blocks
    inside = [index for index in layout.h1s if container.start <= index < container.end]
    before = [index for index in layout.h1s
              if index < container.start and blocks[index].link_share <= MAX_LINK_SHARE]
    if inside:
        return blocks[inside[0]].text
    return blocks[before[-1]].text if before else ""


def first_article(layout: Layout, scores: Scores, container: Element, title: str) -> Element:
    """Narrow a container holding several <article> elements of weight to one: the one titled like the page,
    else the first.

    An infinitely scrolling news page appends the next stories to the live DOM, each in its own <article>:
    together they outscore any one of them, but the page is about the first.
    """
    score = scores.score
    units: list[Element] = []
    for node in layout.elements[container.index + 1:]:
        if node.start >= container.end:
            break
        if node.name == "article" and score[node.index] > _ARTICLE_SHARE * score[container.index]:
            if not units or node.start >= units[-1].end:  # not inside the previous one
                units.append(node)
    if len(units) < 2:
        return container
    wanted = words_of(title)
    for unit in units:
        if wanted and any(words_of(block.text) == wanted for block in layout.blocks[unit.start:unit.end]
                          if block.kind == "heading"):
            return unit
    return units[0]


def body_parts(layout: Layout, scores: Scores, container: Element) -> list[Element]:
    """Return the elements that hold the body: the container, with its siblings also named as the body.

    Sites split a body around an ad or a related box into several 'article-body' elements; the parts are
    read in order, and what sits between them (the ad, the box) is left out.
    """
    if container.level != BODY or container.parent < 0:
        return [container]
    parent = layout.elements[container.parent]
    parts = []
    for node in layout.elements[parent.index + 1:]:
        if node.start >= parent.end:
            break
        if (node.parent == parent.index and node.level == BODY and node.name == container.name
                and scores.score[node.index] > 0):
            parts.append(node)
    return parts or [container]
