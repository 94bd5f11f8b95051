"""Quotation-mark pairing: which stretches of a text sit inside quotation marks, and how deeply nested."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quotelens.language.vocabulary import word_list

# Mark characters by family. A closing mark closes the innermost open mark of its family, whatever its style,
# because sloppy pages mix “ with " and ‘ with '. Reversed guillemets (»…«, German) are not supported.
DOUBLE_OPENERS = "“„«‟"
DOUBLE_CLOSERS = "”»"
SINGLE_OPENERS = "‘‚‹"
SINGLE_CLOSERS = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
# The second mark of two single marks typed for one double mark ('', ‘‘, ‘’, ’’).
DOUBLED_SECONDS = "‘’'"
# Characters after which a straight mark reads as opening ("(" in ("x"), "—" in —"x").
OPENING_CONTEXT = "([{—–-/:;“‘\"'"
# Characters before which a straight mark reads as closing.
CLOSING_CONTEXT = ".,;:!?)]}—–-”’\"'…"
# Punctuation that ends a quoted sentence: a straight mark right after it closes even when no space follows.
SENTENCE_ENDS = ".!?…"
# A cue closing a paragraph after a comma, its subject (a name, a pronoun, 'the department') at most six words
# before it; not 'whatever they said' of the quoted words.
TRAILING_CUE = re.compile(r",\s+(?:(?:[A-Z]|(?:the|an?|he|she|it|they|his|her|its)\s)(?:[\w’'.-]*\s+){0,6}?(?:"
                          + "|".join(word_list("cues", "trailing_cue_forms")) + r")\b[^,.;:!?“”\"]{0,40}"
                          # or the verb first: ', says MFA Anniken Huitfeldt (Labor) in a press release.'
                          + r"|(?:" + "|".join(word_list("cues", "trailing_cue_forms"))
                          + r")\s+(?:the\s+)?[A-Z][^,.;:!?“”\"]{0,60})[.]?\s*$")
# Words written with a leading apostrophe ('n', 'em): the straight mark before one never opens a quote.
ELISIONS = frozenset(word_list("cues", "elisions"))
LEADING_WORD = re.compile(r"[A-Za-z]+")
LONGEST_ELISION = max(map(len, ELISIONS))
MARK = re.compile("[" + re.escape(DOUBLE_OPENERS + DOUBLE_CLOSERS + SINGLE_OPENERS + SINGLE_CLOSERS + "\"'") + "]")


@dataclass(frozen=True)
class QuotedSpan:
    """The words between one pair of quotation marks.

    ``start``/``end`` bound the words inside the marks; ``open``/``close`` are the positions of the marks.
    A multi-paragraph quote (opening mark repeated at each paragraph, one closing mark) is one span.
    """

    start: int
    end: int
    open: int
    close: int
    family: str
    depth: int = 0


def inside_spans(spans: Sequence[QuotedSpan]) -> Callable[[int], bool]:
    """Whether a character offset lies inside any of ``spans``. Only the outermost are kept: they hold the nested
    ones and follow each other in text order, so one bisection a question answers it and a page of a thousand
    quotations stays linear (with nested ones kept, an offset after an inner quote but still inside its outer one
    would find the inner span last and count as unquoted)."""
    outermost = [span for span in spans if span.depth == 0]
    starts = [span.start for span in outermost]

    def inside(position: int) -> bool:
        index = bisect_right(starts, position) - 1
        return index >= 0 and position < outermost[index].end

    return inside


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Pair the quotation marks of ``text``; an unbalanced mark is skipped, never the whole text."""
    raw: list[tuple[int, int, str]] = []
    carried: list[tuple[str, int]] = []  # an open double quote running on into the next paragraph
    position = 0
    for line in text.split("\n"):
        carried = _pair_line(text, position, len(line), carried, raw)
        position += len(line) + 1
    spans = [QuotedSpan(_words_start(text, o, c), c, o, c, family) for o, c, family in raw if c > o + 1]
    spans.sort(key=lambda span: (span.start, -span.end))
    return _with_depths(spans)


def _words_start(text: str, mark: int, close: int) -> int:
    """Where the words after an opening mark start: past the second mark of '' and a space ('said” we')."""
    start = mark + 2 if _doubled_opener(text, mark) else mark + 1
    while start < close - 1 and text[start] in " \u00a0":
        start += 1
    return start


def _with_depths(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Count the stretches around each one in one sweep (pairs come off a stack, so they nest, never cross)."""
    closes: list[int] = []
    result = []
    for span in spans:
        while closes and closes[-1] < span.close:
            closes.pop()
        result.append(QuotedSpan(span.start, span.end, span.open, span.close, span.family, len(closes)))
        closes.append(span.close)
    return result


def _pair_line(text: str, offset: int, length: int, carried: list[tuple[str, int]],
               raw: list[tuple[int, int, str]]) -> list[tuple[str, int]]:
    """Pair the marks of one paragraph; return the open quote that continues into the next paragraph, if any."""
    stack = list(carried)
    first = _first_visible(text, offset, offset + length)
    for match in MARK.finditer(text, offset, offset + length):
        i = match.start()
        role = _role(text, i, stack)
        if role is None:
            continue
        family, direction = role
        if direction == "open":
            # A quote continued from the previous paragraph repeats its opening mark: it is not a new quote.
            if carried and i == first and family == carried[-1][0] and len(stack) == len(carried):
                continue
            stack.append((family, i))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == family:
                raw.append((stack[depth][1], i, family))
                del stack[depth:]
                break
    # At the paragraph's end only an outermost double quote may run on, and only if the next paragraph
    # opens with a mark (or closes it, when the quote filled this paragraph or a cue introduced it); one that
    # opens words and never closes ends with the paragraph (docs/annotation.md); everything else left open is
    # unbalanced and dropped.
    fills = bool(stack) and (stack[0][1] == first or bool(carried) and stack[0] == carried[0])
    if stack and stack[0][0] == "double" and (_next_paragraph_opens(text, offset + length)
                                              or (fills or _introduced(text, stack[0][1]))
                                              and _next_paragraph_closes(text, offset + length)):
        return [stack[0]]
    if stack and stack[0][0] == "double" and (fills or len(stack) <= 2 and _opens_words(text, stack[0][1])):
        # An opening mark never closed opens words that run to the paragraph's end (docs/annotation.md, "Quote
        # boundaries"); so does one more left open inside it (a quote within the quote), and no further one:
        # a page of unpaired marks adds at most two stretches a paragraph.
        end = offset + length
        while end > stack[0][1] + 1 and text[end - 1].isspace():
            end -= 1
        for family, mark in stack[:2]:
            if mark == stack[0][1] or family == "double" and _opens_words(text, mark):
                cue = TRAILING_CUE.search(text, mark + 1, end)
                raw.append((mark, cue.start() if cue else end, "double"))
    return []


def _introduced(text: str, mark: int) -> bool:
    """Say whether an opening mark starts a quoted sentence a cue's comma or colon introduces ('Hammond said,
    “Actual trading …') or that opens a sentence of its own: left open, it may run on into a next paragraph that
    closes it, as one that fills its paragraph does."""
    before = text[max(0, mark - 8):mark].rstrip(" \u00a0")
    after = text[mark + 1:mark + 2]
    return (before[-1:] in (",", ":") or before[-1:] in SENTENCE_ENDS) and after.isupper()


def _opens_words(text: str, mark: int) -> bool:
    """Say whether a double mark left open opens words: a letter follows it (past the second mark of
    '' or ‘’), not a space, a digit ('’’90s') or the end of the paragraph."""
    start = mark + 2 if _doubled_opener(text, mark) else mark + 1
    return text[start:start + 1].isalpha()


def _first_visible(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i] in " \t\r\u00a0":
        i += 1
    return i


def _next_paragraph_opens(text: str, end: int) -> bool:
    """Say whether the next paragraph opens with a double mark, a closing one typed the wrong way round included
    ('said. ”Essentially, …' then '”It will help …')."""
    i = _next_paragraph_start(text, end)
    return i < len(text) and (text[i] in DOUBLE_OPENERS or text[i] == STRAIGHT_DOUBLE or _doubled_opener(text, i)
                              or text[i] in DOUBLE_CLOSERS and text[i + 1:i + 2].isalnum())


def _next_paragraph_closes(text: str, end: int) -> bool:
    """Say whether the next paragraph goes on with a quote whose opening mark the page left off: no mark opens it,
    and its first mark closes a quoted sentence ('«We call on the parties … ¶ Today, all issues …,» the Foreign
    Ministry said.')."""
    start = _next_paragraph_start(text, end)
    stop = text.find("\n", start)
    mark = MARK.search(text, start, len(text) if stop < 0 else stop)
    if mark is None or mark.start() == start:
        return False
    i = mark.start()
    after = text[i + 1:i + 2]
    return ((text[i] in DOUBLE_CLOSERS or text[i] == STRAIGHT_DOUBLE) and text[i - 1] in ",.!?…"
            and (not after or after.isspace()))


def _next_paragraph_start(text: str, end: int) -> int:
    i = end
    while i < len(text) and text[i] in " \t\r\n\u00a0":
        i += 1
    return i


def _role(text: str, i: int, stack: list[tuple[str, int]]) -> tuple[str, str] | None:
    """Say whether the character at ``i`` opens or closes a quote (family, direction), or is no mark."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    space_before = before.isspace() or before in OPENING_CONTEXT
    space_after = after.isspace() or after in CLOSING_CONTEXT
    if char in DOUBLE_OPENERS:
        # A curly mark set the wrong way round (word“ then space) is read by its context.
        if not space_before and (after.isspace() or after in CLOSING_CONTEXT) and _open(stack, "double"):
            return ("double", "close")  # also „Belta“, (German and Baltic pages close „ with “)
        return ("double", "open")
    if char in DOUBLE_CLOSERS:
        if (before.isspace() or i == 0) and after.isalnum():
            return ("double", "open")
        if before.isspace() and after.isspace() and text[i + 2:i + 3].isalpha() and not _open(stack, "double"):
            return ("double", "open")  # 'called on ” the residents …,”': a closer set apart, with nothing to close
        if before.isalpha() and after.isspace() and text[i + 2:i + 3].isalpha() and not _open(stack, "double"):
            return ("double", "open")  # 'Feinstein said” we are committed …,”': a closer with nothing to close
        if before in ",:" and after.isupper() and not _open(stack, "double"):
            return ("double", "open")  # ',”The Authority calls …': a closer typed for the opener a cue's comma sets
        return ("double", "close")
    if char == STRAIGHT_DOUBLE:
        if space_before and not space_after:
            return ("double", "open")
        if space_after and not space_before:
            return ("double", "close")
        if space_before and space_after:
            return ("double", "close" if _open(stack, "double") else "open")
        if before in SENTENCE_ENDS and _open(stack, "double"):
            return ("double", "close")  # 'for eight years."The Russian leader': the space after it left out
        if before in SENTENCE_ENDS and after.isupper():
            return ("double", "open")  # 'on Monday."Despite …': the space before it left out, nothing to close
        return None  # between two letters or digits: inches, not a quote
    if _doubled_opener(text, i) and (not _open(stack, "double") or before == "\n"):
        return ("double", "open")  # '' or ‘‘ typed for an opening double mark: ''So, all up …,'' he said.
    if i > 0 and _doubled_opener(text, i - 1):
        return None  # the second mark of that pair
    if char in SINGLE_OPENERS:
        if after.isspace() or before.isalnum() or _elided(text, i):
            return None
        return ("single", "open")
    if char in SINGLE_CLOSERS + STRAIGHT_SINGLE and after == char and _open(stack, "double") \
            and not _open(stack, "single") and not before.isspace():
        return ("double", "close")  # ’’ or '' typed for a closing double mark: “…,’’ Musa said.
    if char in SINGLE_CLOSERS or char == STRAIGHT_SINGLE:
        # An apostrophe ("don’t", "’90s", "Jones’ car") looks like a closing single mark; read one as closing only
        # when a single quote is open and the mark ends a word.
        # A straight mark before a word opens a quote (UK and Asian outlets quote with 'Straight single marks'),
        # unless the word is an elision ('n', 'em); a possessive or elided ending ("Jones' car", "don't") follows a
        # letter and never opens one.
        if char == STRAIGHT_SINGLE and (before.isspace() or before in "“\"([—–") and after.isalpha():
            return None if _elided(text, i) else ("single", "open")
        if _open(stack, "single") and not before.isspace() and (space_after or after in DOUBLE_CLOSERS) \
                and not _ends_elision(text, i):
            return ("single", "close")
        return None
    return None


def _elided(text: str, i: int) -> bool:
    word = LEADING_WORD.match(text, i + 1)
    return word is not None and word.group().lower() in ELISIONS and not text[word.end():word.end() + 1].isalnum()


def _ends_elision(text: str, i: int) -> bool:
    """Say whether the mark at ``i`` is the second apostrophe of an elision: the one after n in "Rock 'n' roll"."""
    start = i
    while start > 0 and i - start < LONGEST_ELISION and text[start - 1].isalpha():
        start -= 1
    return start > 0 and text[start - 1] in "'‘’" and _elided(text, start - 1)


def _open(stack: list[tuple[str, int]], family: str) -> bool:
    return any(entry[0] == family for entry in stack)


def _doubled_opener(text: str, i: int) -> bool:
    """Say whether two single marks at ``i`` open a word after a space: '', ‘‘ or ‘’ typed for “ (Nigerian outlets
    open with ‘’ and close with ”)."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    return (char in SINGLE_OPENERS + SINGLE_CLOSERS + STRAIGHT_SINGLE and text[i + 1:i + 2] in DOUBLED_SECONDS
            and (before.isspace() or before in "([{—–-/:;") and text[i + 2:i + 3].isalnum())
