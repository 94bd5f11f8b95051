"""Sanctions bench: quotelens.findings.sanctions.sanctions vs a keyword regex on hand-annotated news texts (bench/data/sanctions/).

Run: .venv/bin/python bench/sanctions.py [-v]

Each annotation file names a text under the shared data folder and its mentions (string + occurrence, status,
authority, targets). A predicted mention matches a gold one when their character spans overlap (one-to-one,
largest overlap first). Status and authority accuracy are over matched pairs; target recall is over every gold
target (a target of a missed mention counts as missed); a target is found when one of the matched mention's
targets contains it or is contained in it, ignoring case, "the" and punctuation.
The keyword baseline marks every match of sanction*|embargo*|asset freeze as an imposed measure with no
authority or targets.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "server"))

from quotelens.context import build_context  # noqa: E402
from quotelens.model import Entity, Quote, Sanction  # noqa: E402
from quotelens.language.nlp import load_nlp  # noqa: E402
from quotelens.findings.sanctions.sanctions import find_sanctions  # noqa: E402

ANNOTATIONS = REPO / "bench" / "data" / "sanctions"
SHARED = REPO.parent / "shared"
STAGE_ERRORS: list[Exception] = []
KEYWORDS = re.compile(r"\b(sanction\w*|embargo\w*|asset freeze\w*)", re.IGNORECASE)


def load_annotations() -> list[dict]:
    docs = []
    for path in sorted(ANNOTATIONS.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["name"] = path.stem
        doc["body"] = (SHARED / doc["text"]).read_text(encoding="utf-8")
        for mention in doc["mentions"]:
            at = -1
            for _ in range(mention["occurrence"]):
                at = doc["body"].index(mention["mention"], at + 1)
            mention["start"], mention["end"] = at, at + len(mention["mention"])
        docs.append(doc)
    return docs


def people_and_quotes(doc) -> tuple[list[Quote], list[Entity]]:
    """The pipeline's own quote and people stages, when they are installed; none otherwise."""
    try:
        from quotelens.findings.links import link_quotes_to_people
        from quotelens.findings.people.people import find_people
        from quotelens.findings.quotes.quotes import find_quotes
    except ImportError as error:
        if not STAGE_ERRORS:
            print(f"  (quotes/people stages not importable: {error}; running without them)", file=sys.stderr)
        STAGE_ERRORS.append(error)
        return [], []
    try:
        context = build_context(doc)
        people = find_people(context)
        quotes = find_quotes(context, people)
        return quotes, link_quotes_to_people(people, quotes)
    except Exception as error:  # noqa: BLE001 - another stage's bug should not hide this bench's figures
        if not STAGE_ERRORS:
            print(f"  (quotes/people stage failed: {error!r}; running without them)", file=sys.stderr)
        STAGE_ERRORS.append(error)
        return [], []


def keyword_baseline(text: str) -> list[Sanction]:
    return [
        Sanction(id=f"k{n}", start=m.start(), end=m.end(), text=m.group(), status="imposed")
        for n, m in enumerate(KEYWORDS.finditer(text), 1)
    ]


def normal(text: str | None) -> str:
    text = re.sub(r"[^\w\s]", " ", (text or "").lower())
    return " ".join(w for w in text.split() if w != "the")


def target_found(gold: str, predicted: tuple[str, ...]) -> bool:
    g = normal(gold)
    return any(p and len(p) >= 3 and (p in g or g in p) for p in map(normal, predicted))


def match(gold: list[dict], predicted: list[Sanction]) -> list[tuple[dict, Sanction]]:
    pairs = []
    for g in gold:
        for p in predicted:
            overlap = min(g["end"], p.end) - max(g["start"], p.start)
            if overlap > 0:
                pairs.append((overlap, id(g), g, p))
    pairs.sort(key=lambda item: -item[0])
    used_gold, used_pred, matched = set(), set(), []
    for _, _, g, p in pairs:
        if id(g) in used_gold or p.id in used_pred:
            continue
        used_gold.add(id(g))
        used_pred.add(p.id)
        matched.append((g, p))
    return matched


class Score:
    def __init__(self) -> None:
        self.gold = self.predicted = self.matched = 0
        self.status_ok = self.authority_ok = 0
        self.targets = self.targets_found = 0
        self.seconds = 0.0

    def add(self, gold: list[dict], predicted: list[Sanction]) -> list[tuple[dict, Sanction]]:
        pairs = match(gold, predicted)
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.matched += len(pairs)
        by_gold = {id(g): p for g, p in pairs}
        for g in gold:
            self.targets += len(g["targets"])
            p = by_gold.get(id(g))
            if p is None:
                continue
            self.status_ok += g["status"] == p.status
            self.authority_ok += g["authority"] == p.authority
            self.targets_found += sum(target_found(t, p.targets) for t in g["targets"])
        return pairs

    def row(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "mention P": ratio(self.matched, self.predicted),
            "mention R": ratio(self.matched, self.gold),
            "status acc": ratio(self.status_ok, self.matched),
            "authority acc": ratio(self.authority_ok, self.matched),
            "target R": ratio(self.targets_found, self.targets),
            "ms/text": 0.0,
        }


def main(verbose: bool = False) -> None:
    nlp = load_nlp()
    docs = load_annotations()
    ours, baseline = Score(), Score()
    seed_exact = None
    for item in docs:
        doc = nlp(item["body"])
        quotes, entities = people_and_quotes(doc)
        began = time.perf_counter()
        predicted = find_sanctions(build_context(doc), quotes, entities)
        ours.seconds += time.perf_counter() - began
        began = time.perf_counter()
        keywords = keyword_baseline(item["body"])
        baseline.seconds += time.perf_counter() - began
        pairs = ours.add(item["mentions"], predicted)
        baseline.add(item["mentions"], keywords)
        if item["text"].startswith("seed/"):
            seed_exact = [(p.text, p.status) for p in predicted] == [(g["mention"], g["status"]) for g in item["mentions"]]
        if verbose:
            report_text(item, predicted, pairs)
    print(f"Sanctions bench: {len(docs)} texts, {ours.gold} gold mentions "
          f"({sum(1 for d in docs if not d['mentions'])} texts with none), {ours.targets} gold targets")
    rows = {"quotelens": ours.row(), "keyword baseline": baseline.row()}
    rows["quotelens"]["ms/text"] = ours.seconds * 1000 / len(docs)
    rows["keyword baseline"]["ms/text"] = baseline.seconds * 1000 / len(docs)
    columns = list(rows["quotelens"])
    print(f"{'':18}" + "".join(f"{c:>15}" for c in columns))
    for name, row in rows.items():
        print(f"{name:18}" + "".join(f"{row[c]:>15.3f}" for c in columns))
    print(f"seed article exactly right (5 spans + statuses): {seed_exact}")
    print("quotes/people stages: " + ("not used (see message above)" if STAGE_ERRORS else "used ('we' in quotes)"))


def report_text(item: dict, predicted: list[Sanction], pairs) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {p.id for _, p in pairs}
    lines = []
    for g, p in pairs:
        marks = []
        if g["status"] != p.status:
            marks.append(f"status {p.status}≠{g['status']}")
        if g["authority"] != p.authority:
            marks.append(f"authority {p.authority}≠{g['authority']}")
        missed = [t for t in g["targets"] if not target_found(t, p.targets)]
        if missed:
            marks.append(f"targets {list(p.targets)} miss {missed}")
        if marks:
            lines.append(f"   ~ {p.text!r}: " + "; ".join(marks))
    lines += [f"   - MISSED {g['mention']!r} ({g['status']})" for g in item["mentions"] if id(g) not in matched_gold]
    lines += [f"   + EXTRA {p.text!r} ({p.status}, {p.authority}, {list(p.targets)})" for p in predicted if p.id not in matched_pred]
    if lines:
        print(item["name"])
        print("\n".join(lines))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv[1:])
