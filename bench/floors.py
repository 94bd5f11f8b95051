"""Quality floors: the figures tests/test_quality.py holds every change to, and the ratchet that raises them.

Run: .venv/bin/python bench/floors.py            # print today's figures beside their floors
     .venv/bin/python bench/floors.py --raise    # raise each floor to today's figure minus 0.01, never lower one
     .venv/bin/python bench/floors.py --reset-news-tune   # after articles join the tune half: its floors anew

The figures come from the bench scripts' own scorers over fixed sets: the news corpus's tune half, the first
POLNEAR_SLICE texts of PolNeAR dev, and the annotated PolNeAR/seed sets of the people and sanctions benches. A
floor is a figure measured on main minus 0.01 (room for a tie broken differently, not for a regression).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
FLOORS = BENCH.parent / "tests" / "quality_floors.json"
POLNEAR_SLICE = 20
MARGIN = 0.01
sys.path.insert(0, str(BENCH))


def bench_module(name: str):
    """Import bench/<name>.py under a name of its own (the scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def figures() -> dict[str, dict[str, float]]:
    """Every floored figure, by set: '<set> <finding>' → metric → value."""
    from news_corpus import analyse, load_news

    quotes, people, sanctions = bench_module("quotes"), bench_module("people"), bench_module("sanctions")
    tune = load_news("tune")
    responses = analyse(tune)
    news_quotes, _ = quotes.news_score(tune, responses)
    news_people, _, _ = people.news_tally(tune, responses)
    news_sanctions, _ = sanctions.news_score(tune, responses)
    polnear_quotes, _, _ = quotes.run("dev", POLNEAR_SLICE, with_baseline=False)
    polnear_people = people.polnear_tallies()[0]["all"][0]
    polnear_sanctions, _, seed_exact, _ = sanctions.polnear_scores()
    sanction_row = news_sanctions.row()
    return {
        "news tune quotes": news_quotes.rows(),
        "news tune people": people.values(news_people),
        "news tune sanctions": {k: v for k, v in sanction_row.items() if k != "ms/text"}
        | {"controls without a mention": news_sanctions.controls_clean / max(1, news_sanctions.controls)},
        f"polnear dev[:{POLNEAR_SLICE}] quotes": polnear_quotes.rows(),
        "polnear people": people.values(polnear_people),
        # the PolNeAR/seed annotations carry no measure: measure accuracy is floored on the news corpus only
        "polnear+seed sanctions": {k: v for k, v in polnear_sanctions.row().items() if k not in ("ms/text", "measure acc")}
        | {"seed exact": float(seed_exact)},
    }


def load_floors() -> dict[str, dict[str, float]]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def raised(current: dict, floors: dict) -> dict:
    """Each floor raised to figure - MARGIN where that is higher; a floor never goes down."""
    result = {}
    for name, metrics in current.items():
        old = floors.get(name, {})
        result[name] = {metric: round(max(old.get(metric, 0.0), value - MARGIN), 3) for metric, value in metrics.items()}
    return result


def reset(current: dict, floors: dict, names: set[str]) -> dict:
    """The named sets' floors set anew from today's figures (their articles changed); every other set raised."""
    result = raised(current, floors)
    for name in names:
        result[name] = {metric: round(value - MARGIN, 3) for metric, value in current[name].items()}
    return result


NEWS_TUNE_SETS = {"news tune quotes", "news tune people", "news tune sanctions"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raise", dest="ratchet", action="store_true", help="raise the floors to today's figures")
    # A new batch of articles in the tune half measures the rules on news they were not read on: its figures start
    # lower, and the tune floors start again from them (the other sets' floors still only rise).
    parser.add_argument("--reset-news-tune", action="store_true",
                        help="set the news tune floors anew after articles joined the tune half")
    args = parser.parse_args()
    current = figures()
    floors = load_floors() if FLOORS.exists() else {}
    below = 0
    for name, metrics in current.items():
        print(name)
        for metric, value in metrics.items():
            floor = floors.get(name, {}).get(metric)
            mark = "" if floor is None or value >= floor else "   BELOW FLOOR"
            below += bool(mark)
            print(f"  {metric:<26}{value:8.3f}   floor {floor if floor is not None else '—'}{mark}")
    if args.ratchet or args.reset_news_tune:
        written = reset(current, floors, NEWS_TUNE_SETS) if args.reset_news_tune else raised(current, floors)
        FLOORS.write_text(json.dumps(written, indent=1) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS}")
    return 1 if below and not args.reset_news_tune else 0


if __name__ == "__main__":
    sys.exit(main())
