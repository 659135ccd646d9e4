# mypy: disallow-untyped-calls=False
# (reportlab, which these tests use to make PDFs, has no type hints)
"""Reading files: HTML, PDF and DOCX as the text a person reads in them, and bad files refused
with one line."""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ecomcareer.cli.app import app
from ecomcareer.documents import extract, read_document
from ecomcareer.errors import UsageError
from ecomcareer.model import KnowledgeBase
from tests.test_documents import POSTING, RESUME, doc


def test_html_is_read_as_the_text_a_browser_shows(kb: KnowledgeBase, tmp_path: Path) -> None:
    page = tmp_path / "posting.txt"  # the content, not the name, says it is HTML
    page.write_text(
        "<!doctype html><html><head><title>x</title><script>var sql = 1;</script></head><body>"
        "<h1>Data Analyst</h1><h2>Requirements</h2><ul><li>SQL</li><li>Tableau &amp; Excel</li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    found = extract(kb, read_document(str(page)))
    assert set(found.skill_ids) == {"sql", "tableau", "excel"}


reportlab = pytest.importorskip("reportlab")
docx = pytest.importorskip("docx")


def pdf_of(text: str, path: Path, *, two_columns: bool = False) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    lines = text.splitlines()
    columns = [lines[: len(lines) // 2], lines[len(lines) // 2 :]] if two_columns else [lines]
    for i, column in enumerate(columns):
        x, y = 40 + i * (width / 2), height - 50
        for line in column:
            if y < 60:
                page.showPage()
                y = height - 50
            page.drawString(x, y, line.replace("•", "-"))
            y -= 14
    page.save()
    return path


def docx_of(text: str, path: Path, *, table: bool = False) -> Path:
    """A Word twin; with `table`, each section's bullets as a one-column table in their place."""
    from docx import Document as Word

    word = Word()
    pending: list[str] = []

    def flush() -> None:
        if pending:
            grid = word.add_table(rows=len(pending), cols=1)
            for row, item in zip(grid.rows, pending, strict=True):
                row.cells[0].text = item
            pending.clear()

    for line in text.splitlines():
        if table and line.startswith("- "):
            pending.append(line[2:])
            continue
        flush()
        word.add_paragraph(line)
    flush()
    word.save(str(path))
    return path


def test_word_headings_and_bullets_are_read_as_sections_and_bullets(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    from docx import Document as Word

    word = Word()
    word.add_paragraph("Analyst", style="Title")
    word.add_paragraph("Requirements", style="Heading 2")
    word.add_paragraph("Excel", style="List Bullet")
    word.add_paragraph("About us", style="Heading 2")
    word.add_paragraph("We make Tableau dashboards for shops", style="List Bullet")
    path = tmp_path / "posting.docx"
    word.save(str(path))
    found = extract(kb, read_document(str(path)))
    assert found.skill_ids == ("excel",)


@pytest.mark.parametrize("bullet", ["\x7f", "\uf0b7", "\uf0a7", "◦", "–", "➢"])
def test_the_bullets_pdfs_give_are_bullets(kb: KnowledgeBase, bullet: str) -> None:
    found = extract(kb, doc(f"Analyst\n\nRequirements\n{bullet} Excel\n{bullet} Patience\n", name="a.txt"))
    assert set(found.skill_ids) == {"excel", "patience"}


def test_pdf_docx_and_markdown_twins_give_the_same_skills(kb: KnowledgeBase, tmp_path: Path) -> None:
    md = tmp_path / "resume.md"
    md.write_text(RESUME, encoding="utf-8")
    twins = [md, pdf_of(RESUME, tmp_path / "resume.pdf"), docx_of(RESUME, tmp_path / "resume.docx")]
    readings = [set(extract(kb, read_document(str(p))).skill_ids) for p in twins]
    assert readings[0] == readings[1] == readings[2]
    pdf = extract(kb, read_document(str(twins[1])))
    assert all(m.page == 1 for s in pdf.skills for m in s.mentions)


def test_a_two_column_pdf_and_a_docx_table(kb: KnowledgeBase, tmp_path: Path) -> None:
    expected = set(extract(kb, doc(POSTING)).skill_ids)
    two = extract(kb, read_document(str(pdf_of(POSTING, tmp_path / "p.pdf", two_columns=True))))
    assert set(two.skill_ids) == expected
    table = extract(kb, read_document(str(docx_of(POSTING, tmp_path / "p.docx", table=True))))
    assert {"sql", "tableau", "python"} <= set(table.skill_ids)


# Bad documents: one line, exit 2, never a traceback or a hang


def encrypted_pdf(path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = pdf_of("SQL and Tableau", path.with_suffix(".plain.pdf"))
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    with path.open("wb") as out:
        writer.write(out)
    return path


def scanned_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.rect(50, 50, 200, 200, fill=1)  # a picture, no text layer
    page.save()
    return path


def zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("word/huge.bin", b"\0" * (150 * 1024 * 1024))
    return path


BAD: dict[str, tuple[Callable[[Path], Path], str]] = {
    "encrypted": (lambda p: encrypted_pdf(p / "locked.pdf"), "an encrypted PDF"),
    "scanned": (lambda p: scanned_pdf(p / "scan.pdf"), "no text found: this looks like a scanned PDF"),
    "zip bomb": (lambda p: zip_bomb(p / "bomb.docx"), "unpacks to"),
    "damaged docx": (lambda p: _bytes(p / "bad.docx", b"PK\x03\x04garbage"), "not a readable DOCX"),
    "damaged pdf": (lambda p: _bytes(p / "bad.pdf", b"%PDF-1.4\n garbage"), ""),
    "zip not docx": (lambda p: _zip(p / "x.docx"), "not a Word document"),
    "binary": (lambda p: _bytes(p / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "a binary file"),
    "latin-1": (
        lambda p: _bytes(p / "cv.txt", "Skills\nSQL, caf\xe9".encode("latin-1")),
        "line 2: not UTF-8",
    ),
    "empty": (lambda p: _bytes(p / "empty.md", b""), "the document is empty"),
    "blank": (lambda p: _bytes(p / "blank.md", b" \n\n  \n"), "no text found"),
    "too large": (lambda p: _sparse(p / "big.txt", 21 * 1024 * 1024), "larger than 20 MiB"),
    "missing": (lambda p: p / "nope.pdf", "no such file"),
}


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    return path


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        f.truncate(size)
    return path


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_document_is_one_line_and_exit_2(runner: CliRunner, tmp_path: Path, case: str) -> None:
    make, message = BAD[case]
    path = make(tmp_path)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"ecomcareer: {path}: ") and message in line


def test_utf16_with_a_bom_is_read(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes("Skills\nSQL, Tableau, Excel\n".encode("utf-16"))
    assert set(extract(kb, read_document(str(path))).skill_ids) == {"sql", "tableau", "excel"}


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes_read_or_refuse_with_our_error(kb: KnowledgeBase, data: bytes) -> None:
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        with contextlib.suppress(UsageError):
            extract(kb, read_document(f.name))


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_in_a_zip_named_docx_read_or_refuse(kb: KnowledgeBase, data: bytes) -> None:
    import tempfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", data)
    with tempfile.NamedTemporaryFile(suffix=".docx") as f:
        f.write(buffer.getvalue())
        f.flush()
        with contextlib.suppress(UsageError):
            extract(kb, read_document(f.name))


# --- PDFs and Word files laid out as writers lay them out ---------------------------------------


def pdf_flowing(path: Path, blocks: list[tuple[str, str]], *, width: float = 270) -> Path:
    """A PDF whose paragraphs wrap in a column `width` points wide; each block is (style, text)
    with style 'title', 'heading' (bold and larger), 'body' or 'bullet'."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    pdf = BaseDocTemplate(str(path), pagesize=A4)
    pdf.addPageTemplates([PageTemplate(id="page", frames=[Frame(50, 50, width, 740)])])
    style = {"title": "Title", "heading": "Heading3", "body": "BodyText", "bullet": "BodyText"}
    pdf.build(
        [
            Paragraph(text, styles[style[kind]], bulletText="•" if kind == "bullet" else None)
            for kind, text in blocks
        ]
    )
    return path


def raw_pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_a_pdf_line_wrapped_at_its_columns_edge_is_one_line(kb: KnowledgeBase, tmp_path: Path) -> None:
    bullet = "Planned the spring window displays and the visual merchandising for both of our stores"
    path = pdf_flowing(tmp_path / "cv.pdf", [("heading", "Experience"), ("bullet", bullet)])
    assert "visual\nmerchandising" in raw_pdf_text(path)  # the wrap splits the name
    document = read_document(str(path))
    assert document.text.splitlines() == ["## Experience", f"- {bullet}"]
    assert "visual-merchandising" in extract(kb, document).skill_ids


def pdf_drawn(path: Path, lines: list[tuple[float, float, str]], *, font: str = "Helvetica") -> Path:
    """A PDF of lines drawn where said: (x, y from the top, text), in 10-point type."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    for x, y, text in lines:
        page.setFont(font, 10)
        page.drawString(x, A4[1] - y, text)
    page.save()
    return path


LONG = "Ran the stock room and the weekly deliveries for a busy store in"
NEXT = "Leeds, and trained four new starters"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Under the line before, at its spacing: one paragraph.
        ([(50, 100, LONG), (50, 112, NEXT)], [f"{LONG} {NEXT}"]),
        # A paragraph's spacing is the narrowest of the page: a wider gap starts another.
        ([(50, 88, "Summary"), (50, 100, LONG), (50, 124, NEXT)], ["Summary", LONG, NEXT]),
        # Lines further apart than one and a half lines are two paragraphs, whatever else
        # the page says.
        ([(50, 100, LONG), (50, 118, NEXT)], [LONG, NEXT]),
        # A short line after a sentence, without a stop of its own, is a heading or an item.
        (
            [(50, 100, f"{LONG} Leeds."), (50, 112, "Your day on the floor")],
            [f"{LONG} Leeds.", "Your day on the floor"],
        ),
        # Indented under it: another block, not its next line.
        ([(50, 100, LONG), (90, 112, NEXT.lower())], [LONG, NEXT.lower()]),
        # A lower-case word at the top of the next column goes on with the last column's line.
        ([(50, 700, LONG), (320, 100, NEXT.lower())], [f"{LONG} {NEXT.lower()}"]),
        ([(50, 700, LONG), (320, 100, NEXT)], [LONG, NEXT]),
    ],
    ids=[
        "wrapped",
        "gap",
        "wide spacing",
        "after a sentence",
        "indented",
        "next column",
        "next column, capital",
    ],
)
def test_where_a_pdf_line_stands_says_whether_it_goes_on(
    tmp_path: Path, lines: list[tuple[float, float, str]], expected: list[str]
) -> None:
    assert read_document(str(pdf_drawn(tmp_path / "p.pdf", lines))).text.splitlines() == expected


def test_pdf_lines_that_end_short_of_the_edge_stay_apart(tmp_path: Path) -> None:
    lines = [
        "Picked and packed orders for a busy online shop",
        "Trained two new starters",
        "Counted stock and fixed location errors every week in the WMS",
    ]
    path = pdf_of("\n".join(lines), tmp_path / "cv.pdf")
    assert read_document(str(path)).text.splitlines() == lines


def test_a_narrow_pdf_column_of_items_is_a_list_not_a_paragraph(kb: KnowledgeBase, tmp_path: Path) -> None:
    """Items of like length meet the column's edge as a wrapped line does; but each starts
    with a capital and is too short to be a sentence's line."""
    lines = [
        "Dana Reyes",
        "Skills",
        "Excel",
        "Customer service",
        "Visual merchandising",
        "Forklift operation",
    ]
    path = pdf_of("\n".join(lines), tmp_path / "cv.pdf")
    assert read_document(str(path)).text.splitlines() == lines
    found = set(extract(kb, read_document(str(path))).skill_ids)
    assert {"excel", "customer-service", "visual-merchandising", "forklift"} <= found


def test_a_wrapped_list_whose_next_line_starts_with_its_separator_is_one_line(tmp_path: Path) -> None:
    first, second = "Google Ads · Meta Ads · Klaviyo · Google Analytics 4 · Looker Studio", "· Excel"
    path = pdf_of(f"Skills\n{first}\n{second}\nEducation", tmp_path / "cv.pdf")
    assert read_document(str(path)).text.splitlines() == ["Skills", f"{first} {second}", "Education"]


@pytest.mark.parametrize(
    ("style", "then", "heading"),
    [("heading", "body", True), ("body", "bullet", True), ("body", "body", False)],
    ids=["bolder font", "over a list", "neither"],
)
def test_a_pdf_heading_is_told_by_its_font_or_by_standing_over_a_list(
    kb: KnowledgeBase, tmp_path: Path, style: str, then: str, heading: bool
) -> None:
    """A section about the company is not read; the heading that ends it must be found, in a
    bolder font or in the body's font over its list."""
    blocks = [
        ("title", "Sales Associate"),
        ("body", "Bamboo Home, Portland"),
        ("heading", "About us"),
        ("body", "We sell bedding and towels in four stores."),
        (style, "Your day on the shop floor"),
        (then, "Handle cash and card payments at the till"),
        ("heading", "Requirements"),
        ("bullet", "Six months of retail experience"),
    ]
    path = pdf_flowing(tmp_path / "posting.pdf", blocks)
    found = extract(kb, read_document(str(path)))
    assert ("## Your day on the shop floor" in read_document(str(path)).text.splitlines()) is heading
    assert found.kind == "posting" and ("cash-handling" in found.skill_ids) is heading


def test_a_word_table_of_requirements_is_read_as_a_list(kb: KnowledgeBase, tmp_path: Path) -> None:
    from docx import Document as Word

    word = Word()
    word.add_paragraph("Customer Care Agent", style="Title")
    word.add_paragraph("Requirements", style="Heading 2")
    grid = word.add_table(rows=0, cols=2)
    for number, item in enumerate(["Patience with upset callers", "Clear written English"], 1):
        row = grid.add_row().cells
        row[0].text, row[1].text = str(number), item
    layout = word.add_table(rows=1, cols=2)
    layout.rows[0].cells[0].text, layout.rows[0].cells[1].text = "SKILLS", "Excel, Zendesk"
    path = tmp_path / "posting.docx"
    word.save(str(path))
    lines = [line for line in read_document(str(path)).text.splitlines() if line]
    assert lines[2:] == [
        "- Patience with upset callers",
        "- Clear written English",
        "SKILLS",
        "- Excel, Zendesk",
    ]
    assert {"patience", "excel", "zendesk"} <= set(extract(kb, read_document(str(path))).skill_ids)
