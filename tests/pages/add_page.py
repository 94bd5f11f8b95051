"""Add a golden page: copy a saved page into tests/pages/NAME/ with the extractor's current output to review.

Usage: .venv/bin/python tests/pages/add_page.py NAME SAVED.html [--url URL] [--expected EXPECTED.txt]

Writes page.html (the bytes as saved), expected.txt (the article text) and expected.json (title, url and the kind
of each block). Without --expected the files hold what the extractor produces today: read them, fix what is wrong
by hand, and only then commit -- a golden page records the right answer, not the current one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quotelens.page.article import extract_article

PAGES = Path(__file__).resolve().parent


def add_page(name: str, source: Path, url: str | None = None, expected: Path | None = None) -> Path:
    """Create tests/pages/NAME/ from a saved page; return the folder."""
    folder = PAGES / name
    folder.mkdir(parents=True, exist_ok=False)
    data = source.read_bytes()
    (folder / "page.html").write_bytes(data)
    article = extract_article(data, url=url)
    text = expected.read_text(encoding="utf-8") if expected else article.text
    if text != article.text:
        print(f"note: the extractor's text differs from {expected}; the test will fail until it is fixed",
              file=sys.stderr)
    (folder / "expected.txt").write_text(text, encoding="utf-8")
    record = {"title": article.title, "url": url, "kinds": [block.kind for block in article.blocks]}
    (folder / "expected.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="folder name: lower-case words joined by hyphens")
    parser.add_argument("source", type=Path, help="the saved page (HTML file, any encoding)")
    parser.add_argument("--url", help="the page's address")
    parser.add_argument("--expected", type=Path, help="the right article text, if already known")
    args = parser.parse_args()
    folder = add_page(args.name, args.source, args.url, args.expected)
    print(f"wrote {folder}: review expected.txt and expected.json before committing")


if __name__ == "__main__":
    main()
