"""A PDF's lines as a person reads them: wrapped lines of a paragraph joined again, headings
marked the way Markdown marks them, and bullet glyphs as '- '.

pypdf gives a page's text line by line as it is drawn, so a paragraph comes in as many lines
as its column made of it: a name broken by the wrap ('Visual' / 'merchandising') would be
lost, and a heading is told from the body only by its font. Each line is therefore taken with
where it starts, its font size and weight (pypdf's text visitor says them), and an estimate of
where it ends, and read as a reader of the page would:

- a line that runs to its column's edge and goes on, at the next line's spacing, in the same
  font and without a bullet, is one line wrapped;
- a short line in a larger or bolder font than the body is a heading, and so is a short
  title-like line that stands over a list ('Your day on the shop floor' before its bullets).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

#: A bullet drawn as a glyph: Word's and other writers' bullets in the Symbol and Wingdings
#: private-use characters, DEL for a standard font's bullet, and the usual marks.
_GLYPH = re.compile(r"^\s*[•▪●○■◦‣➢►➤❖✓\x7f\ue000-\uf8ff]\s*")
#: A bullet or number a person typed, and a glyph: a line starting with one is a new item.
_ITEM = re.compile(r"^\s*(?:[-–*•·▪●○■◦‣➢►➤❖✓\x7f\ue000-\uf8ff]|\d{1,2}[.)]\s)")
_SEPARATOR = re.compile(r"^\s*([·*|])\s")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
#: Lines within this fraction of the narrowest spacing of their font size are one paragraph's.
_SPACING_SLACK = 1.15
#: A paragraph's lines are at most this many times their font size apart.
_MAX_SPACING = 1.5
#: How far off an estimate of a line's end may be, as a share of its column's width.
_WIDTH_SLACK = 0.08
#: Words a heading has at most ('What you will do on a typical day').
_HEADING_WORDS = 7
#: Words a line does not end with where its writer ended it.
_GOES_ON = frozenset(
    {"and", "or", "of", "the", "a", "an", "in", "for", "with", "to", "at", "on", "by", "from", "as", "our"}
)
#: A line of this many words or more is a sentence's, not a list item's.
_PROSE_WORDS = 4
_TITLE_LIKE = re.compile(r"^[A-Z][^\d.,;:|·—–/()@!?]*:?$")


@dataclass(slots=True)
class PdfLine:
    """One line as pypdf drew it; the place is None where pypdf did not say it."""

    text: str = ""
    x: float | None = None
    y: float | None = None
    #: Where the words start: after a bullet, where a wrapped line of the item starts again.
    words_x: float | None = None
    size: float = 0.0
    bold: bool = True
    #: An estimate of where the line ends, from its characters.
    end: float | None = None
    #: Where the longer lines of its column end.
    edge: float | None = None


def page_lines(page: Any) -> list[PdfLine]:
    """A page's lines, each with its place, font size and weight."""
    lines: list[PdfLine] = []
    current = PdfLine()

    def visit(text: str, cm: list[float], tm: list[float], font: Any, font_size: float) -> None:
        nonlocal current
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        size = abs(float(font_size)) * scale
        bold = bool(_BOLD.search(str(font.get("/BaseFont", "")))) if font is not None else False
        for k, piece in enumerate(text.split("\n")):
            if k:  # pypdf ended a line; what follows starts a new one at a place not said
                lines.append(current)
                current = PdfLine()
            if not piece:
                continue
            placed = k == 0
            if not current.text and placed:
                current.x, current.y = x, y
            if any(c.isalnum() for c in piece):
                if current.words_x is None and placed and not current.text.strip("\x7f •\t"):
                    current.words_x = x + _width(piece[: len(piece) - len(piece.lstrip())], size)
                current.size = current.size or size
                current.bold = current.bold and bold
            current.text += piece
            current.end = x + _width(piece, size, bold=bold) if placed else None

    page.extract_text(visitor_text=visit)
    lines.append(current)
    return [line for line in lines if line.text.strip()]


def body_style(lines: list[PdfLine]) -> tuple[float, bool]:
    """The font size and weight most of a document's characters are set in."""
    sizes: Counter[tuple[float, bool]] = Counter()
    for line in lines:
        sizes[(round(line.size * 2) / 2, line.bold)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else (0.0, False)


def page_text(lines: list[PdfLine], body: tuple[float, bool]) -> str:
    """A page's text with wrapped lines joined, headings marked and bullets as '- '."""
    _set_edges(lines)
    spacing = _spacing(lines)
    joined: list[PdfLine] = []
    for line in lines:
        last = joined[-1] if joined else None
        if last is not None and _wraps_into(last, line, spacing):
            glue = "" if re.search(r"\w-$", last.text.rstrip()) else " "
            last.text = last.text.rstrip() + glue + line.text.lstrip()
            last.y, last.end, last.edge = line.y, line.end, line.edge
        else:
            joined.append(replace(line))
    out = []
    for i, line in enumerate(joined):
        text = _GLYPH.sub("- ", line.text, count=1) if _GLYPH.match(line.text) else line.text.strip()
        after = joined[i + 1] if i + 1 < len(joined) else None
        if _is_heading(line, after, body) and not text.startswith("#"):
            text = f"## {text}"
        out.append(text)
    return "\n".join(out)


def _is_heading(line: PdfLine, after: PdfLine | None, body: tuple[float, bool]) -> bool:
    text = line.text.strip()
    words = text.split()
    if not words or len(words) > _HEADING_WORDS or _ITEM.match(text) or text[-1] in ".,;!?":
        return False
    size, bold = body
    if line.size >= size + 1 or (line.bold and not bold and line.size >= size - 0.5):
        return True
    # A title-like line of the body's font over a list is that list's heading.
    return (
        after is not None
        and bool(_ITEM.match(after.text))
        and bool(_TITLE_LIKE.match(text))
        and abs(line.size - size) < 0.5
    )


def _wraps_into(last: PdfLine, line: PdfLine, spacing: dict[float, float]) -> bool:
    """Whether `line` goes on with the paragraph `last` ends with."""
    if (
        _starts_an_item(last, line)
        or None in (last.x, last.y, last.end, line.x, line.y)
        or abs(last.size - line.size) >= 0.5
        or last.bold != line.bold
    ):
        return False
    assert last.x is not None and last.y is not None and last.end is not None
    assert line.x is not None and line.y is not None
    edge = last.edge if last.edge is not None else last.end
    first_word = line.text.split()[0]
    room = edge - last.end - _width(first_word, line.size, bold=line.bold)
    if room > _WIDTH_SLACK * max(edge - last.x, 1.0):
        return False  # the next word would have fitted: the line ended where its writer ended it
    if not _goes_on(last.text, line.text):
        return False
    if last.text.rstrip()[-1] in ".!?" and line.text.rstrip()[-1].isalnum() and _ends_short(line):
        return False  # a short line after a sentence, without a stop, is a heading or an item
    drop = last.y - line.y
    if drop > 0:  # the next line down: at the paragraph's spacing, under its text
        step = spacing.get(round(line.size * 2) / 2, drop)
        left = min(last.x, last.words_x or last.x) - 2
        right = max(last.x, last.words_x or last.x) + 2
        return drop <= step * _SPACING_SLACK + 0.5 and left <= line.x <= right
    # The top of the next column: only a word that cannot start a sentence goes on there.
    return drop < -line.size and line.x > last.x and line.text.lstrip()[:1].islower()


def _goes_on(last: str, line: str) -> bool:
    """Whether the words say a line goes on: the next starts in lower case, or the last ends
    with a word or mark that cannot end one ('and', a comma, a dash), or is a long line of
    prose. Short lines that start with capitals are a list's items ('Excel' / 'Customer
    service'), even where their lengths happen to meet."""
    first = line.lstrip()[:1]
    ending = last.rstrip()
    words = ending.split()
    return (
        first.islower()
        or ending[-1] in ",·|—–&/-:(+"
        or words[-1].lower() in _GOES_ON
        or len(words) >= _PROSE_WORDS
    )


def _ends_short(line: PdfLine) -> bool:
    if line.edge is None or line.end is None or line.x is None:
        return False
    return line.edge - line.end > _WIDTH_SLACK * max(line.edge - line.x, 1.0)


def _starts_an_item(last: PdfLine, line: PdfLine) -> bool:
    """Whether a line starts with a bullet, not with the mark that separates the items of a
    wrapped line ('Excel · Looker Studio' / '· A/B testing') or a header's parts."""
    mark = _SEPARATOR.match(line.text)
    if mark and (
        mark.group(1) in last.text.lstrip()[1:] or (mark.group(1) != "*" and not _ITEM.match(last.text))
    ):
        return False
    return bool(_ITEM.match(line.text))


def _set_edges(lines: list[PdfLine]) -> None:
    """Each line's column edge: where the longer lines that start where it does end."""
    placed = [(line.x, line.end) for line in lines if line.x is not None and line.end is not None]
    for line in lines:
        if line.x is None or line.end is None:
            continue
        reach = 2 * max(line.size, 6.0)
        ends = sorted(end for x, end in placed if abs(x - line.x) <= reach)
        line.edge = ends[-1]


def _spacing(lines: list[PdfLine]) -> dict[float, float]:
    """The narrowest spacing between lines of each font size: a paragraph's line spacing."""
    out: dict[float, float] = {}
    for a, b in itertools.pairwise(lines):
        if a.y is None or b.y is None or abs(a.size - b.size) >= 0.5:
            continue
        drop = a.y - b.y
        if drop > a.size * 0.5:  # not a piece of the same line, nor a subscript
            key = round(a.size * 2) / 2
            out[key] = min(out.get(key, drop), drop, a.size * _MAX_SPACING)
    return out


def _width(text: str, size: float, *, bold: bool = False) -> float:
    """An estimate of the width of text in a proportional font, by its kinds of characters
    (a bold face is a little wider)."""
    total = 0.0
    for c in text:
        if c == " ":
            total += 0.28
        elif c.islower():
            total += 0.3 if c in "fijlrt" else 0.8 if c in "mw" else 0.53
        elif c.isupper():
            total += 0.3 if c == "I" else 0.85 if c in "MW" else 0.68
        elif c.isdigit():
            total += 0.56
        else:
            total += 0.4
    return total * size * (1.07 if bold else 1.0)
