"""anchor.js in a real browser: spans placed across markup, typography and whitespace, and never on the wrong words."""

from __future__ import annotations

import pytest

# Build the page, anchor one span with the extension's own modules, and report where it landed.
ANCHOR = """async ([html, article, span]) => {
  const { anchorSpans } = await import('/extension/content/anchor.js');
  const { buildTextIndex } = await import('/extension/content/text-index.js');
  const root = document.createElement('main');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  const { anchors } = anchorSpans(buildTextIndex(root), article, [span]);
  if (!anchors.length) return null;
  const { range, method } = anchors[0];
  const lead = document.createRange();
  lead.setStart(root, 0);
  lead.setEnd(range.startContainer, range.startOffset);
  return { text: range.toString(), before: lead.toString().length, parent: range.startContainer.parentElement.tagName, method };
}"""


def make_span(text: str, exact: str, prefix: str = "", suffix: str = "") -> dict:
    """A span as the server sends it: offsets in code points, up to 32 characters of context each side."""
    at = text.index(prefix + exact + suffix) + len(prefix)
    start = len(text[:at])
    return {"id": "span1", "categories": ["quote"], "start": start, "end": start + len(exact), "exact": exact,
            "prefix": text[max(0, at - 32):at], "suffix": text[at + len(exact):at + len(exact) + 32], "ref": "quote1"}


def make_article(text: str) -> dict:
    blocks, offset = [], 0
    for part in text.split("\n\n"):
        blocks.append({"start": offset, "end": offset + len(part), "kind": "paragraph"})
        offset += len(part) + 2
    return {"title": "", "text": text, "language": "en", "blocks": blocks}


CASES = [
    # (case, page html, article text as the server extracted it, exact, prefix, expected range text, expected parent)
    ("links and emphasis inside a quote", '<p>He said “<a href="#">we</a> <em>will</em> act” today.</p>',
     "He said “we will act” today.", "we will act", "", "we will act", "A"),
    ("a line break inside the span", "<p>The first line<br>and the second line.</p>",
     "The first line\nand the second line.", "line\nand the", "first ", "lineand the", "P"),
    ("a soft hyphen inside a word", "<p>full, uncon&shy;ditional support</p>",
     "full, unconditional support", "unconditional support", "", "uncon\u00additional support", "P"),
    ("no-break spaces in a name", "<p>Kim&nbsp;Jong&nbsp;Un arrived.</p>",
     "Kim Jong Un arrived.", "Kim Jong Un", "", "Kim\u00a0Jong\u00a0Un", "P"),
    ("curly quotes on the page, straight in the text", "<p>the so-called “sacred fight” began</p>",
     'the so-called "sacred fight" began', '"sacred fight"', "", "“sacred fight”", "P"),
    ("indentation and runs of spaces", "<p>\n   The   minister\n   said   so.\n</p>",
     "The minister said so.", "minister said", "", "minister\n   said", "P"),
    ("a heading and a paragraph as two blocks", "<h2>Title</h2><p>Body text here.</p>",
     "Title\n\nBody text here.", "Body", "", "Body", "P"),
    ("text before the span outside the basic plane", "<p>😀 Miller said</p>",
     "😀 Miller said", "Miller", "", "Miller", "P"),
    ("script text is never matched", '<script>var said = "Miller said";</script><p>Miller said</p>',
     "Miller said", "Miller", "", "Miller", "P"),
]


@pytest.fixture
def blank(ext, live_server):
    page = ext.context.new_page()
    page.goto(f"{live_server}/")
    return page


def anchor(page, html: str, text: str, span: dict):
    return page.evaluate(ANCHOR, [html, make_article(text), span])


@pytest.mark.parametrize("case, html, text, exact, prefix, expected, parent", CASES, ids=[c[0] for c in CASES])
def test_span_is_anchored_on_its_exact_words(blank, case, html, text, exact, prefix, expected, parent):
    found = anchor(blank, html, text, make_span(text, exact, prefix))
    assert found is not None
    assert found["text"] == expected
    assert found["parent"] == parent


def test_context_picks_the_right_one_of_repeated_words(blank):
    text = "Miller said yes. Later Miller said no."
    found = anchor(blank, f"<p>{text}</p>", text, make_span(text, "Miller", "Later "))
    assert found["before"] == text.index("Later Miller") + len("Later ")


def test_a_quote_reworded_slightly_is_found_by_the_bounded_fuzzy_match(blank):
    page_text = "“We will watch very closely what comes out of this meeting,” he said."
    server_text = "“We will watch verry closely what comes out of this meeting,” he said."
    exact = "We will watch verry closely what comes out of this meeting,"
    found = anchor(blank, f"<p>{page_text}</p>", server_text, make_span(server_text, exact))
    assert found["method"] == "fuzzy"
    assert found["text"] == "We will watch very closely what comes out of this meeting,"


def test_a_quote_over_two_paragraphs_with_an_ad_between_is_painted_per_paragraph(blank):
    text = "He said: “We will act.\n\n“And we will act fast.” Then he left."
    html = ("<p>He said: “We will act.</p><div class=ad>Advertisement: buy now</div>"
            "<p>“And we will act fast.” Then he left.</p>")
    span = make_span(text, "We will act.\n\n“And we will act fast.")
    found = blank.evaluate("""async ([html, article, span]) => {
      const { anchorSpans } = await import('/extension/content/anchor.js');
      const { buildTextIndex } = await import('/extension/content/text-index.js');
      const root = document.createElement('main');
      root.innerHTML = html;
      document.body.replaceChildren(root);
      const { anchors, unanchored } = anchorSpans(buildTextIndex(root), article, [span]);
      return { pieces: anchors.map(a => a.range.toString()), unanchored: unanchored.length };
    }""", [html, make_article(text), span])
    assert found == {"pieces": ["We will act.", "“And we will act fast."], "unanchored": 0}


@pytest.mark.parametrize("case, html, text, exact, prefix", [
    ("words not on the page", "<p>Nothing to see.</p>", "Something else entirely was said here.", "entirely", ""),
    ("a repeated name whose context disagrees, outside any placed block",
     "<p>Putin spoke. Putin left.</p>", "A different article about Putin and more.", "Putin", "about "),
    ("a short word is never matched fuzzily", "<p>The minister spoke.</p>", "The ministers spoke.", "ministers", ""),
])
def test_span_that_cannot_be_placed_is_not_painted(blank, case, html, text, exact, prefix):
    assert anchor(blank, html, text, make_span(text, exact, prefix)) is None
