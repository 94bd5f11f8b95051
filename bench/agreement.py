"""Agreement between two annotators of the news corpus: the ceiling any system can be held to.

Run: .venv/bin/python bench/agreement.py [-v]

bench/data/news-agreement/<id>.json is a second annotation of bench/data/news/<id>.json, made from the text alone
without seeing the first. Stretches are matched as the benches match a system to the gold (quotes and reported
speech by half overlap, sanction mentions by any overlap, people by name), so each figure reads like the bench
figure it bounds: span F1 between the annotators, and over matched pairs the share on which they agree. Titles and
organisations are compared twice: as the bench scores them (any two acceptable readings agree), and strictly
(each annotator's first reading, normalised).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

from news_corpus import AGREEMENT, NEWS, half_overlap, locate, normal, read_article, same_speaker


def any_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def pair_up(first: list, second: list, same) -> list[tuple]:
    """One-to-one pairs, each item of ``first`` with the first unused item of ``second`` that ``same`` accepts."""
    used, pairs = set(), []
    for a in first:
        b = next((i for i, b in enumerate(second) if i not in used and same(a, b)), None)
        if b is not None:
            used.add(b)
            pairs.append((a, second[b]))
    return pairs


@dataclass
class Field:
    """Agreement on one field: span F1 (``first``, ``second``, ``both``) or agreement over matched pairs."""

    first: int = 0
    second: int = 0
    both: int = 0
    agreed: int = 0
    disagreements: list[str] = field(default_factory=list)

    def f1(self) -> float:
        return 2 * self.both / max(1, self.first + self.second)

    def share(self) -> float:
        return self.agreed / max(1, self.both)


def same_value(a, b) -> bool:
    """Equal after normalising case and punctuation, or either a list of readings that includes the other."""
    left = a if isinstance(a, list) else [a]
    right = b if isinstance(b, list) else [b]
    return any(normal(x) == normal(y) or (x and y and (normal(x) in normal(y) or normal(y) in normal(x)))
               for x in left for y in right)


def first(value):
    """An annotator's preferred reading: the value, or the first of a list of acceptable readings."""
    return value[0] if isinstance(value, list) and value else value


def located(article, items: list[dict], key: str) -> list[tuple[tuple[int, int], dict]]:
    return [(locate(article.text, item[key], item.get("occurrence", 1)), item) for item in items]


def compare(one, two, fields: dict[str, Field]) -> None:
    """Add one article's two annotations to the per-field tallies."""
    spans = {"quotes": "quote", "reported": "content", "sanctions": "mention"}
    matched = {}
    for name, key in spans.items():
        a, b = located(one, list(getattr(one, name)), key), located(two, list(getattr(two, name)), key)
        same = any_overlap if name == "sanctions" else half_overlap
        pairs = pair_up(a, b, lambda x, y: same(x[0], y[0]))
        tally = fields[name]
        tally.first, tally.second, tally.both = tally.first + len(a), tally.second + len(b), tally.both + len(pairs)
        matched[name] = [(x[1], y[1]) for x, y in pairs]
    people = pair_up(list(one.people), list(two.people),
                     lambda x, y: same_speaker(x["name"], y["name"]))
    tally = fields["people"]
    tally.first, tally.second, tally.both = (tally.first + len(one.people), tally.second + len(two.people),
                                            tally.both + len(people))
    checks = [
        ("quote speaker", matched["quotes"], lambda x, y: (x["speaker"] is None) == (y["speaker"] is None) and (
            x["speaker"] is None or same_speaker(x["speaker"], y["speaker"]))),
        ("reported speaker", matched["reported"], lambda x, y: (x["speaker"] is None) == (y["speaker"] is None) and (
            x["speaker"] is None or same_speaker(x["speaker"], y["speaker"]))),
        ("official", people, lambda x, y: x["official"] == y["official"]),
        ("former", [(x, y) for x, y in people if x["official"] and y["official"]],
         lambda x, y: bool(x.get("former")) == bool(y.get("former"))),
        ("title", people, lambda x, y: same_value(x["title"], y["title"])),
        ("organisation", people, lambda x, y: same_value(x["organization"], y["organization"])),
        ("title, first reading", people, lambda x, y: normal(first(x["title"])) == normal(first(y["title"]))),
        ("organisation, first", people, lambda x, y: normal(first(x["organization"])) == normal(first(y["organization"]))),
        ("sanction status", matched["sanctions"], lambda x, y: x["status"] == y["status"]),
        ("sanction measure", matched["sanctions"], lambda x, y: x.get("measure") == y.get("measure")),
        ("sanction authority", matched["sanctions"], lambda x, y: normal(x["authority"]) == normal(y["authority"])),
        ("sanction targets", matched["sanctions"], lambda x, y: sorted(map(normal, x["targets"])) == sorted(
            map(normal, y["targets"]))),
    ]
    for name, pairs, agree in checks:
        tally = fields[name]
        tally.both += len(pairs)
        for x, y in pairs:
            if agree(x, y):
                tally.agreed += 1
            else:
                tally.disagreements.append(f"{one.id}: {short(x)} | {short(y)}")


def short(item: dict) -> str:
    return ", ".join(f"{k}={str(v)[:40]}" for k, v in item.items() if k not in ("occurrence", "variants"))


SPAN_FIELDS = ("quotes", "reported", "people", "sanctions")
PAIR_FIELDS = ("quote speaker", "reported speaker", "official", "former", "title", "organisation",
               "title, first reading", "organisation, first",
               "sanction status", "sanction measure", "sanction authority", "sanction targets")


# The batches a second annotator read blind: the first (split evenly into tune and test) and the second (tune only).
SECOND_READ = (1, 2)


def agreement(batch: int | None = None) -> tuple[int, dict[str, Field]]:
    fields = {name: Field() for name in SPAN_FIELDS + PAIR_FIELDS}
    count = 0
    for path in sorted(AGREEMENT.glob("*.json")):
        main = read_article(NEWS / path.name)
        if batch and main.batch != batch:
            continue
        compare(main, read_article(path), fields)
        count += 1
    return count, fields


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--batch", type=int, choices=SECOND_READ, help="only articles of this annotation batch")
    args = parser.parse_args()
    count, fields = agreement(args.batch)
    part = f" (batch {args.batch})" if args.batch else ""
    print(f"Agreement of two annotators on {count} articles of the news corpus{part}")
    print(f"{'stretches found':<22}{'annotator 1':>12}{'annotator 2':>12}{'both':>8}{'F1':>8}")
    for name in SPAN_FIELDS:
        f = fields[name]
        print(f"{name:<22}{f.first:>12}{f.second:>12}{f.both:>8}{f.f1():>8.3f}")
    print(f"{'on matched pairs':<22}{'pairs':>12}{'agreed':>12}{'share':>16}")
    for name in PAIR_FIELDS:
        f = fields[name]
        print(f"{name:<22}{f.both:>12}{f.agreed:>12}{f.share():>16.3f}")
    if args.verbose:
        for name in PAIR_FIELDS:
            for line in fields[name].disagreements:
                print(f"  {name}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
