"""From page bytes to a parsed tree: decode as the browser does, cut the elements it does not render, parse."""

from __future__ import annotations

import codecs
import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

# Elements whose text the browser does not render as page text; cut out of the HTML before parsing (one cheap
# linear scan), so the parser never builds them. JSON-LD is read from the cut scripts on the way.
_UNRENDERED_START = re.compile(r"<!--|<(script|style|noscript|template|svg|math|textarea)(?=[\s/>])", re.IGNORECASE)
_UNRENDERED_END = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in
                   ("script", "style", "noscript", "template", "svg", "math", "textarea")}
_JSON_LD_TYPE = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.IGNORECASE)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def parse(html: str) -> BeautifulSoup:
    """Parse with lxml. A page that is only "page.htm" or a URL is markup all the same: BeautifulSoup's warning
    that it looks like a file name would otherwise reach the logs with the page's text in it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(html, "lxml")


def without_lone_surrogates(text: str) -> str:
    """Replace each lone surrogate with U+FFFD, one code point for one, so offsets into the text stay valid.

    A str from JavaScript or JSON can hold them, and no encoder (nor the parser) accepts them. The check costs a
    UTF-8 encode (~1 ms/MB); the regex only runs when one is there (a regex scan alone costs ~5 ms/MB).
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def decode_html(html: str | bytes) -> str:
    """Decode page bytes as the browser would: BOM, then <meta charset>, then UTF-8, then windows-1252."""
    if isinstance(html, str):
        return without_lone_surrogates(html)
    data = bytes(html)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            encoding = None
        # Browsers read latin-1 and ascii labels as windows-1252 (WHATWG Encoding Standard); UTF-16 labels in
        # an ASCII-compatible document are ignored.
        if encoding in ("latin-1", "iso8859-1", "ascii"):
            encoding = "cp1252"
        if encoding and not encoding.startswith("utf-16") and not encoding.startswith("utf-32"):
            try:
                return data.decode(encoding, errors="replace")
            except LookupError:
                pass  # a codec that is not a text encoding ('base64', 'rot13'): ignore the label
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def strip_unrendered(html: str) -> tuple[str, list[str]]:
    """Cut comments, scripts, styles and other unrendered elements out of the HTML; return it and the JSON-LD.

    A linear scan: each cut looks for its end tag once, and an unclosed one ends the page, as in the browser.
    """
    kept: list[str] = []
    json_ld: list[str] = []
    position = 0
    while True:
        start = _UNRENDERED_START.search(html, position)
        if start is None:
            kept.append(html[position:])
            break
        kept.append(html[position:start.start()])
        name = start.group(1)
        if name is None:
            end = html.find("-->", start.end())
            stop = len(html) if end < 0 else end + 3
        else:
            closing = _UNRENDERED_END[name.lower()].search(html, start.end())
            stop = len(html) if closing is None else closing.end()
            if name.lower() == "script":
                open_end = html.find(">", start.end())
                if 0 <= open_end < stop and _JSON_LD_TYPE.search(html, start.end(), open_end):
                    json_ld.append(html[open_end + 1:closing.start() if closing else stop])
        # Nothing takes its place: the browser draws no box for these, so 'Hel<!-- -->lo' reads 'Hello'.
        position = stop
    return "".join(kept), json_ld
