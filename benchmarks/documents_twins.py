"""PDF and DOCX twins of the benchmark's Markdown and text documents.

A twin carries the same words as its source, laid out the way real files are: PDF twins of some
documents are set in two columns (as many résumé templates are), and DOCX twins of some postings
put the requirements in a table. Reading a twin must give the same skills as reading the source;
the layouts are there to make that hard.

reportlab and python-docx are imported inside the builders, so importing this module is cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

#: Sections whose bullets a DOCX twin may put in a table.
TABLE_SECTIONS = re.compile(r"require|qualification|what you need|what you bring|skills", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of a document: a heading, a bullet or a paragraph of plain text."""

    kind: str  # "heading" | "bullet" | "text"
    text: str


_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def _plain(text: str) -> str:
    """Markdown emphasis removed; the words themselves untouched."""
    return re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text).strip()


def parse_blocks(text: str) -> list[Block]:
    """The headings, bullets and paragraphs of a Markdown or plain-text document."""
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            blocks.append(Block("heading", _plain(line.lstrip().lstrip("#"))))
        elif _BULLET.match(line):
            blocks.append(Block("bullet", _plain(_BULLET.sub("", line))))
        elif line.strip().isupper() and len(line.strip()) < 60:
            blocks.append(Block("heading", line.strip()))
        else:
            blocks.append(Block("text", _plain(line)))
    return blocks


def two_columns_for(path: Path) -> bool:
    """Which documents get a two-column PDF: every résumé and every third posting, fixed by name."""
    return path.name.startswith("resume-") or sum(path.name.encode()) % 3 == 0


def table_for(path: Path) -> bool:
    """Which postings get their requirements as a DOCX table: about half, fixed by name."""
    return path.name.startswith("posting-") and sum(path.name.encode()) % 2 == 0


def build_pdf(source: Path, target: Path, *, two_columns: bool | None = None) -> Path:
    """Write a PDF twin of a .md or .txt document; one column or two."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
    from reportlab.platypus.flowables import Flowable

    if two_columns is None:
        two_columns = two_columns_for(source)
    styles = getSampleStyleSheet()
    width, height = A4
    margin = 18 * mm
    doc = BaseDocTemplate(str(target), pagesize=A4, leftMargin=margin, rightMargin=margin)
    if two_columns:
        gap = 8 * mm
        col = (width - 2 * margin - gap) / 2
        frames = [
            Frame(margin, margin, col, height - 2 * margin, id="left"),
            Frame(margin + col + gap, margin, col, height - 2 * margin, id="right"),
        ]
    else:
        frames = [Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="only")]
    doc.addPageTemplates([PageTemplate(id="page", frames=frames)])

    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story: list[Flowable] = []
    for block in parse_blocks(source.read_text(encoding="utf-8")):
        if block.kind == "heading":
            story.append(Paragraph(escape(block.text), styles["Heading3"]))
        elif block.kind == "bullet":
            story.append(Paragraph(escape(block.text), styles["BodyText"], bulletText="•"))
        else:
            story.append(Paragraph(escape(block.text), styles["BodyText"]))
    doc.build(story)
    return target


def build_docx(source: Path, target: Path, *, table: bool | None = None) -> Path:
    """Write a DOCX twin of a .md or .txt document; requirements in a table for some postings."""
    import docx

    if table is None:
        table = table_for(source)
    document = docx.Document()
    in_table_section = False
    current_table = None
    for block in parse_blocks(source.read_text(encoding="utf-8")):
        if block.kind == "heading":
            document.add_heading(block.text, level=2)
            in_table_section = table and bool(TABLE_SECTIONS.search(block.text))
            current_table = None
        elif block.kind == "bullet" and in_table_section:
            if current_table is None:
                current_table = document.add_table(rows=0, cols=2)
            row = current_table.add_row().cells
            row[0].text = str(len(current_table.rows))
            row[1].text = block.text
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        else:
            document.add_paragraph(block.text)
    document.save(str(target))
    return target


def twin_sources(folder: Path) -> list[Path]:
    """The documents that get twins: the .md and .txt ones."""
    return sorted(p for p in folder.iterdir() if p.suffix in {".md", ".txt"})
