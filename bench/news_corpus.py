"""The news corpus (bench/data/news/): real international news with hand annotations, by split, analysed once.

Each file follows docs/annotation.md. Every annotated string is an exact substring of the text; ``locate`` turns
(string, occurrence) into character offsets. The split (``tune`` or ``test``) is written into each file once by
bench/news_split.py and never changed: rules are developed reading errors on ``tune`` only.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "server"))

NEWS = REPO / "bench" / "data" / "news"
AGREEMENT = REPO / "bench" / "data" / "news-agreement"
SPLITS = ("tune", "test")
# The news the product is for; every other article is a control (sports, business, science, local news).
NEWS_TOPICS = ("sanctions", "diplomacy", "conflict", "trade", "courts")


# The annotation batches by their annotators' codes (docs/annotation.md, "The corpus"): rules were read on batches
# 1-4; batches 5 to 31 joined the tune half unread (10 to 31 after their round); the newest is written blind.
# Once the single letters ran out, codes name their batch ("A9").
BATCHES = {1: tuple("ABC"), 2: tuple("DEFGHI"), 3: tuple("LMN"), 4: tuple("OPQ"), 5: tuple("RST"), 6: tuple("UVW"),
           7: tuple("XYZ"), 8: tuple("JK"), 9: ("A9", "B9"), 10: ("A10", "B10"),
           11: ("A11", "B11"), 12: ("A12", "B12"),
           13: ("A13", "B13"), 14: ("A14", "B14"), 15: ("A15", "B15"),
           16: ("A16", "B16"), 17: ("A17", "B17"), 18: ("A18", "B18"),
           19: ("A19", "B19"), 20: ("A20", "B20"), 21: ("A21", "B21"),
           22: ("A22", "B22"), 23: ("A23", "B23"), 24: ("A24", "B24"), 25: ("A25", "B25"),
           26: ("A26", "B26"), 27: ("A27", "B27"), 28: ("A28", "B28"),
           29: ("A29", "B29"), 30: ("A30", "B30"), 31: ("A31", "B31"),
           32: ("A32", "B32")}
# The checkpoint batch (docs/annotation-rounds.md): part of tune, but engineers see only its aggregates, so no bench
# lists its articles' errors.
CHECKPOINT_BATCH = 14


@dataclass(frozen=True)
class NewsArticle:
    """One annotated article: its metadata, text and gold findings (lists of dicts as in the file)."""

    id: str
    url: str
    outlet: str
    country: str
    topic: str
    split: str | None
    text: str
    quotes: tuple[dict, ...]
    reported: tuple[dict, ...]
    people: tuple[dict, ...]
    sanctions: tuple[dict, ...]
    other_sense: str | None = None
    annotator: str = ""
    date: str | None = None  # the day the page was published, as its annotator recorded it (ISO), or None

    @property
    def is_control(self) -> bool:
        return self.topic not in NEWS_TOPICS

    @property
    def batch(self) -> int:
        """The annotation batch the article came in (``BATCHES``), or 0 for an annotator in none."""
        return next((batch for batch, codes in BATCHES.items() if self.annotator in codes), 0)


def news_splits(tune_only: bool) -> tuple[str, ...]:
    """The halves a bench scores: both, or the tune half alone for an engineer reading errors, whose run must not
    show test figures beside tune's (test is looked at once per branch, deliberately: docs/annotation-rounds.md)."""
    return ("tune",) if tune_only else ("tune", "test")


TUNE_ONLY_HELP = "news: score the tune half only (no test column: for reading errors)"


def errors_shown(article: NewsArticle) -> bool:
    """Whether a bench may list this article's errors: the tune half, less the checkpoint batch."""
    return article.split == "tune" and article.batch != CHECKPOINT_BATCH


def locate(text: str, string: str, occurrence: int = 1) -> tuple[int, int]:
    """The offsets of the ``occurrence``-th (1-based) appearance of ``string`` in ``text``."""
    at = -1
    for _ in range(max(1, occurrence)):
        at = text.find(string, at + 1)
        if at < 0:
            raise ValueError(f"{string[:40]!r} does not occur {occurrence} time(s)")
    return at, at + len(string)


def half_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans are the same finding: they share at least half of the shorter one."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and min(a[1], b[1]) - max(a[0], b[0]) >= 0.5 * shorter


def normal(text) -> str:
    """A value as compared: lower case, punctuation as spaces, without "the"."""
    text = re.sub(r"[^\w\s]", " ", str(text or "").lower())
    return " ".join(w for w in text.split() if w != "the")


# Words that say nothing about who a speaker is: left out when comparing a found name with the gold one.
NAME_NOISE = {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "s", "he", "she", "they", "it", "we", "i", "his",
              "her", "their", "its", "him", "them"}


@cache
def demonyms() -> dict[str, str]:
    """One-word demonyms and country words → the country's name in lower case ('russian' → 'russia'), from the
    product's own word list: the bench compares names the way the card shows them, not by new rules."""
    table = json.loads((REPO / "server" / "quotelens" / "data" / "roles.json").read_text(encoding="utf-8"))
    return {word: country.lower() for word, country in table["country_adjectives"]["values"].items() if " " not in word}


def name_words(name: str | None) -> set[str]:
    # Dotted initials are one word, the last dot written or not: 'U.S. Department of the Treasury' ~ 'US Treasury' ~
    # 'U.S Department of the Treasury' (a page's typo the gold copies); a lone initial ('J. Smith') stays apart.
    name = re.sub(r"\b[A-Za-z](?:\.[A-Za-z])+\b\.?", lambda initials: initials.group().replace(".", ""), name or "")
    words = re.findall(r"\w+", name.lower().replace("’s", "").replace("'s", ""))
    return {part for word in words if word not in NAME_NOISE for part in demonyms().get(word, word).split()}


def same_speaker(found: str | None, gold: str) -> bool:
    """The found name is the gold person or organisation: one name's words hold the other's ('Zakharova' ~ 'Maria
    Zakharova', "Russia's foreign ministry" ~ 'Russian Foreign Ministry'); a pronoun alone never counts."""
    found_words, gold_words = name_words(found), name_words(gold)
    return bool(found_words) and bool(gold_words) and (found_words <= gold_words or gold_words <= found_words)


def read_article(path: Path) -> NewsArticle:
    data = json.loads(path.read_text(encoding="utf-8"))
    return NewsArticle(
        id=data["id"], url=data["url"], outlet=data["outlet"], country=data["country"], topic=data["topic"],
        split=data.get("split"), text=data["text"], quotes=tuple(data.get("quotes", ())),
        reported=tuple(data.get("reported", ())), people=tuple(data.get("people", ())),
        sanctions=tuple(data.get("sanctions", ())), other_sense=data.get("other_sense"),
        annotator=data.get("annotator", ""), date=data.get("date"),
    )


def load_news(split: str | None = None, folder: Path = NEWS) -> list[NewsArticle]:
    """Every article of the corpus, or of one split, in file-name order."""
    articles = [read_article(path) for path in sorted(folder.glob("*.json"))]
    return [article for article in articles if split is None or article.split == split]


def analyse(articles: list[NewsArticle], ranked: bool = True) -> list[dict]:
    """The API response for each article's text, as the extension would receive it from the article's page (one
    model, nlp.pipe): with the page's date where its annotator recorded one, as the page's metas would give it;
    ``ranked=False``: without the learned speaker ranker, the rules' own answers (its trainer and bench)."""
    from quotelens.service.analyzer import Analyzer

    analyzer = Analyzer(ranked=ranked)
    return list(analyzer.analyze_many({"text": article.text, "date": article.date} for article in articles))


# -- checking and describing the corpus ----------------------------------------------------------------------------

MEASURES = {"sanctions", "embargo", "asset_freeze", "seizure", "travel_ban", "designation", "export_control",
            "trade_ban"}
STATUSES = {"imposed", "threatened", "considered", "lifted", "extended", "violated", "other"}
SPEAKER_KINDS = {"person", "organization", "unnamed"}


def problems(article: NewsArticle) -> list[str]:
    """What in one article's annotation breaks docs/annotation.md: strings not in the text, unknown values."""
    found = []
    located = [(q["quote"], q) for q in article.quotes] + [(r["content"], r) for r in article.reported] + [
        (s["mention"], s) for s in article.sanctions]
    for string, item in located:
        try:
            locate(article.text, string, item.get("occurrence", 1))
        except ValueError as error:
            found.append(str(error))
    for person in article.people:
        for form in [person["name"], *person["variants"]]:
            if form not in article.text:
                found.append(f"person form {form!r} is not in the text")
    found += [f"speaker_kind {q.get('speaker_kind')!r}" for q in article.quotes if q.get("speaker_kind") not in SPEAKER_KINDS]
    found += [f"measure {s.get('measure')!r}" for s in article.sanctions if s.get("measure") not in MEASURES]
    found += [f"status {s['status']!r}" for s in article.sanctions if s["status"] not in STATUSES]
    if article.topic not in NEWS_TOPICS + ("control",):
        found.append(f"topic {article.topic!r}")
    if article.split not in SPLITS:
        found.append(f"split {article.split!r} (run bench/news_split.py)")
    return found


def describe(articles: list[NewsArticle]) -> None:
    """Print what the corpus holds: outlets, countries, topics and finding counts, per split."""
    from collections import Counter

    from news_split import region_of

    def line(label: str, counter: Counter) -> None:
        print(f"{label} ({len(counter)}): " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))

    print(f"{len(articles)} articles: " + ", ".join(f"{s} {sum(a.split == s for a in articles)}" for s in SPLITS))
    line("outlets", Counter(a.outlet for a in articles))
    line("countries", Counter(a.country for a in articles))
    line("regions", Counter(region_of(a.country) for a in articles))
    line("topics", Counter(a.topic for a in articles))
    print(f"controls using a sanction word in another sense: {sum(bool(a.other_sense) for a in articles)}")
    for split in SPLITS:
        part = [a for a in articles if a.split == split]
        officials = sum(p["official"] for a in part for p in a.people)
        formers = sum(p["official"] and bool(p.get("former")) for a in part for p in a.people)
        print(f"{split}: {sum(len(a.quotes) for a in part)} quotes "
              f"({sum(q['speaker'] is None for a in part for q in a.quotes)} unnamed), "
              f"{sum(len(a.reported) for a in part)} reported, {sum(len(a.people) for a in part)} people, "
              f"{officials} officials ({formers} former), {sum(len(a.sanctions) for a in part)} sanction mentions, "
              f"{sum(len(s['targets']) for a in part for s in a.sanctions)} targets")
    line("measures", Counter(s.get("measure") for a in articles for s in a.sanctions))
    line("statuses", Counter(s["status"] for a in articles for s in a.sanctions))


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Describe the news corpus and check every annotation.")
    parser.add_argument("--folder", type=Path, default=NEWS,
                        help="check another folder instead (a new batch before bench/news_split.py gives it a split)")
    options = parser.parse_args()
    articles = load_news(folder=options.folder)
    describe(articles)
    unsplit = options.folder != NEWS  # a batch not yet in the corpus has no split: no problem there
    broken = {a.id: [line for line in problems(a) if not (unsplit and line.startswith("split"))] for a in articles}
    for article_id, lines in broken.items():
        for line in lines:
            print(f"PROBLEM {article_id}: {line}")
    return 1 if any(broken.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
