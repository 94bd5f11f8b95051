"""The package's shape: no import cycles between modules, small modules (the few large ones may only shrink), and
no rule that asks spaCy for a word's children."""

from __future__ import annotations

import ast

import pytest
from locations import REPO

PACKAGE = REPO / "server" / "quotelens"
MAX_LINES = 300
# Modules that were already larger when the limit came in (docs/architecture.md, "Left to do"): each may only
# shrink; split it before adding to it. None is left.
LARGER: dict[str, int] = {}


def module_name(path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported_at_load(path) -> set[str]:
    """The package's modules a module imports when it loads (not those imported inside functions, nor for typing)."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("quotelens"):
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("quotelens"))
    return found & MODULES.keys()


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle in ``graph``, as the modules along it, or None (depth-first search, three colours)."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return path[path.index(target):] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        state[node] = "done"
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


@pytest.mark.parametrize("graph, cycle", [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
    ({"a": {"a"}}, ["a", "a"]),
])
def test_find_cycle_reads_a_table_of_graphs(graph, cycle):
    assert find_cycle(graph) == cycle


def test_the_package_has_no_import_cycle():
    graph = {name: imported_at_load(path) for name, path in MODULES.items()}
    assert sum(map(len, graph.values())) > 50  # the scan sees the imports at all
    assert find_cycle(graph) is None


@pytest.mark.parametrize("name", sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")))
def test_modules_stay_small(name):
    lines = len((PACKAGE / name).read_text(encoding="utf-8").splitlines())
    assert lines <= LARGER.get(name, MAX_LINES)


# spaCy's Token.children, lefts and rights scan the word's whole subtree span: asked of each conjunct of a long list
# they make a finder quadratic, so every rule reads them from the index in language/tree.py (docs/architecture.md).
SPACY_WALKS = frozenset({"children", "lefts", "rights"})
TREE_INDEX = PACKAGE / "language" / "tree.py"
# Doc.ents builds every entity anew on each access and Span.ents reads all of Doc.ents: asked per title or per
# quote, quadratic; every rule reads them from the index in language/entities.py.
ENTITY_INDEX = PACKAGE / "language" / "entities.py"


def spacy_walks(source: str, walks: frozenset[str] = SPACY_WALKS) -> list[int]:
    """The lines of ``source`` that read a word's ``.children``, ``.lefts`` or ``.rights`` (or other ``walks``)
    from spaCy."""
    return sorted(node.lineno for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.Attribute) and node.attr in walks)


@pytest.mark.parametrize("source, lines", [
    ("for child in token.children:\n    pass", [1]),
    ("x = 1\nobjects = [c for c in verb.doc[i + 1].rights if c.dep_ == 'pobj']", [2]),
    ("left = list(head.lefts)", [1]),
    ("for child in children(token, 'nsubj'):\n    pass", []),  # the index, by label
    ("found = lefts(token) + rights(token)", []),
    ("bare = not token.n_lefts and not token.n_rights", []),  # counts spaCy stores, no walk
    ("words = list(verb.subtree)", []),  # a clause's words are a span's, read where they are needed
])
def test_spacy_walks_reads_a_table_of_sources(source, lines):
    assert spacy_walks(source) == lines


def test_rules_read_children_from_the_tree_index():
    found = {name: spacy_walks(path.read_text(encoding="utf-8")) for name, path in MODULES.items()
             if path != TREE_INDEX}
    assert {name: lines for name, lines in found.items() if lines} == {}
    assert spacy_walks(TREE_INDEX.read_text(encoding="utf-8"))  # the scan sees the walks at all: the index's own


def test_rules_read_entities_from_the_entity_index():
    walks = frozenset({"ents"})
    found = {name: spacy_walks(path.read_text(encoding="utf-8"), walks) for name, path in MODULES.items()
             if path != ENTITY_INDEX}
    assert {name: lines for name, lines in found.items() if lines} == {}
    assert spacy_walks(ENTITY_INDEX.read_text(encoding="utf-8"), walks)
