"""Assign each news-corpus article without a split to ``tune`` or ``test``, once; existing splits never move.

Run: .venv/bin/python bench/news_split.py [--check]

Stratified by the region of the outlet's country and by topic, so both halves see the same mix of outlets and
news: within a (region, topic) stratum, new articles taken in the order of the SHA-256 of their URL go to the half
that has fewer articles of that stratum; a tie goes to the half with fewer articles overall, then by the hash's
parity. The hash makes the choice independent of
anything an annotator or a rule writer could steer; writing the split into the file makes it permanent.

``--into tune`` puts a whole new batch in the tune half instead: a batch written so the next round can read errors
on news nobody tuned on, while the test half keeps the articles every earlier figure was measured on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

from news_corpus import NEWS, SPLITS

REGIONS = {
    "Asia": {"China", "Hong Kong", "India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Japan", "South Korea",
             "North Korea", "Singapore", "Malaysia", "Indonesia", "Philippines", "Thailand", "Vietnam", "Taiwan",
             "Myanmar", "Cambodia", "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Mongolia",
             "Afghanistan", "Maldives", "Bhutan", "Timor-Leste", "Turkmenistan", "Laos", "Brunei"},
    "Middle East": {"Iran", "Iraq", "Israel", "Palestine", "Qatar", "United Arab Emirates", "UAE", "Saudi Arabia",
                    "Turkey", "Türkiye", "Jordan", "Lebanon", "Syria", "Kuwait", "Bahrain", "Oman", "Yemen", "Egypt"},
    "Europe": {"United Kingdom", "UK", "Ireland", "Germany", "France", "Spain", "Italy", "Netherlands", "Belgium",
               "Switzerland", "Austria", "Poland", "Ukraine", "Russia", "Lithuania", "Latvia", "Estonia", "Sweden",
               "Norway", "Denmark", "Finland", "Czech Republic", "Hungary", "Romania", "Serbia", "Greece", "Portugal",
               "Bulgaria", "Belarus", "Georgia", "Armenia", "Azerbaijan", "Moldova", "Luxembourg", "Cyprus",
               "Albania", "Bosnia and Herzegovina", "Croatia", "Iceland", "North Macedonia", "Malta",
               "Slovakia", "Slovenia", "Montenegro", "Kosovo"},
    "Africa": {"Nigeria", "Kenya", "South Africa", "Ghana", "Zimbabwe", "Ethiopia", "Uganda", "Tanzania", "Rwanda",
               "Mali", "Senegal", "Morocco", "Algeria", "Tunisia", "Sudan", "South Sudan", "Zambia", "Namibia",
               "Botswana", "Republic of the Congo", "Democratic Republic of the Congo", "Cameroon", "Ivory Coast",
               "Côte d'Ivoire", "Somalia", "Libya", "Mozambique", "Malawi", "Gambia", "Liberia", "Mauritius",
               "Lesotho", "Seychelles", "Sierra Leone", "Benin", "Burkina Faso", "Niger", "Chad", "Guinea", "Togo",
               "Eritrea", "Djibouti", "Madagascar", "Angola", "Gabon", "Eswatini"},
    "Americas": {"United States", "USA", "Canada", "Mexico", "Brazil", "Argentina", "Venezuela", "Cuba", "Colombia",
                 "Chile", "Peru", "Bolivia", "Ecuador", "Jamaica", "Bermuda", "Guyana", "Uruguay", "Nicaragua",
                 "Panama", "Guatemala", "Costa Rica", "Haiti", "Saint Vincent and the Grenadines", "Sint Maarten",
                 "Trinidad and Tobago", "Dominican Republic", "Barbados", "El Salvador", "Honduras", "Paraguay",
                 "Belize", "Bahamas", "Grenada", "Antigua and Barbuda"},
    "Oceania": {"Australia", "New Zealand", "Fiji", "Papua New Guinea", "Samoa", "Tonga", "Solomon Islands", "Vanuatu",
                "Palau", "Cook Islands", "American Samoa", "Kiribati", "Tuvalu", "Nauru", "Micronesia", "Marshall Islands"},
}


def region_of(country: str) -> str:
    return next((region for region, countries in REGIONS.items() if country in countries), "other")


def url_hash(url: str) -> int:
    return int(hashlib.sha256(url.encode("utf-8")).hexdigest(), 16)


def assign(records: list[dict]) -> list[dict]:
    """Give every record without a ``split`` one, balancing each stratum; returns the records it changed."""
    def stratum(record: dict) -> tuple[str, str]:
        return region_of(record["country"]), record["topic"]

    counts = Counter((stratum(r), r["split"]) for r in records if r.get("split"))
    totals = Counter(r["split"] for r in records if r.get("split"))
    changed = []
    for record in sorted((r for r in records if not r.get("split")), key=lambda r: url_hash(r["url"])):
        key = stratum(record)
        order = (counts[(key, "tune")] - counts[(key, "test")], totals["tune"] - totals["test"])
        lead = next((difference for difference in order if difference), None)
        record["split"] = SPLITS[url_hash(record["url"]) % 2] if lead is None else "test" if lead > 0 else "tune"
        counts[(key, record["split"])] += 1
        totals[record["split"]] += 1
        changed.append(record)
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report articles without a split (exit 1)")
    parser.add_argument("--into", choices=SPLITS, help="put every article without a split in this half")
    args = parser.parse_args()
    paths = sorted(NEWS.glob("*.json"))
    records = [json.loads(path.read_text(encoding="utf-8")) for path in paths]
    unknown = sorted({r["country"] for r in records if region_of(r["country"]) == "other"})
    if unknown:
        print(f"countries with no region (add them to REGIONS): {unknown}", file=sys.stderr)
    missing = [path.name for path, record in zip(paths, records) if not record.get("split")]
    if args.check:
        print(f"{len(missing)} article(s) without a split" + (f": {missing}" if missing else ""))
        return 1 if missing else 0
    if args.into:
        new = [record for record in records if not record.get("split")]
        for record in new:
            record["split"] = args.into
        changed = {id(r) for r in new}
    else:
        changed = {id(r) for r in assign(records)}
    for path, record in zip(paths, records):
        if id(record) in changed:
            path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"assigned {len(changed)} article(s); " + ", ".join(
        f"{split} {sum(r['split'] == split for r in records)}" for split in SPLITS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
