"""A document's text, whatever it was written in: plain text, Markdown, HTML, PDF or DOCX.

The kind is told by the content, not the file's name (a PDF named .txt is still read as a
PDF). Every read is bounded: the file's size, a PDF's pages, a DOCX's unpacked size. PDF and
DOCX libraries are imported only when such a file is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ecomcareer.errors import UsageError

#: A document larger than this is refused: no résumé or posting comes near it.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
#: A PDF of more pages than this is refused.
MAX_PAGES = 300
#: A DOCX whose parts unpack to more than this is refused (a ZIP bomb unpacks to gigabytes).
MAX_UNPACKED_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Document:
    """A document as text, with where each PDF page starts in it."""

    source: str
    text: str
    #: The offset in `text` where each page starts; empty for documents without pages.
    page_starts: tuple[int, ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page an offset of the text is on, for a paged document."""
        if not self.page_starts:
            return None
        page = 0
        for i, start in enumerate(self.page_starts):
            if start <= offset:
                page = i
        return page + 1


def read_document(name: str) -> Document:
    """The text of a file, or of standard input for '-'; a UsageError names what is wrong."""
    from ecomcareer.files import TooLarge, read_named, size_text

    where = "standard input" if name == "-" else name
    try:
        data = read_named(name, MAX_DOCUMENT_BYTES)
    except TooLarge:
        raise UsageError(
            f"{where}: larger than {size_text(MAX_DOCUMENT_BYTES)}; the limit for a document"
        ) from None
    except FileNotFoundError:
        raise UsageError(f"{where}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{where}: is a directory, not a document") from None
    except OSError as exc:
        raise UsageError(f"{where}: cannot read: {exc.strerror or exc}") from None
    if data is None:
        raise UsageError("cannot read standard input: it is closed")
    document = _read_bytes(where, data)
    if not document.text.strip():
        raise UsageError(f"{where}: no text found" + ("" if data.strip() else ": the document is empty"))
    return document


def _read_bytes(where: str, data: bytes) -> Document:
    if data.startswith(b"%PDF-"):
        return _pdf(where, data)
    if data.startswith(b"PK\x03\x04"):
        return _docx(where, data)
    text = _text(where, data)
    if _HTML.match(text):
        return Document(where, _html_text(text))
    return Document(where, text)


_HTML = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def _text(where: str, data: bytes) -> str:
    from ecomcareer.files import decode_text, line_of

    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UsageError(f"{where}: a binary file, not a document (PDF, DOCX, HTML, Markdown or text)")
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{where}: line {line_of(data, exc.start)}: not UTF-8 text (save it as UTF-8, or as PDF or DOCX)"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _pdf(where: str, data: bytes) -> Document:
    import io

    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:  # pragma: no cover - a broken installation
        raise UsageError(f"{where}: reading PDF needs the pypdf package") from None
    import logging

    from ecomcareer.documents.pdf import body_style, page_lines, page_text

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the user's business
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UsageError(f"{where}: an encrypted PDF; save a copy without a password")
        if len(reader.pages) > MAX_PAGES:
            raise UsageError(f"{where}: {len(reader.pages):,} pages; the limit for a document is {MAX_PAGES}")
        pages = [page_lines(page) for page in reader.pages]
        body = body_style([line for lines in pages for line in lines])
        texts, starts, offset = [], [], 0
        for lines in pages:
            text = page_text(lines, body).replace("\r\n", "\n").replace("\r", "\n")
            starts.append(offset)
            texts.append(text)
            offset += len(text) + 1
    except UsageError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OSError):
        raise UsageError(f"{where}: not a readable PDF") from None
    text = "\n".join(texts)
    if not text.strip():
        raise UsageError(f"{where}: no text found: this looks like a scanned PDF; OCR is not supported")
    return Document(where, text, tuple(starts))


def _docx(where: str, data: bytes) -> Document:
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise UsageError(f"{where}: not a readable DOCX (a damaged ZIP file)") from None
    if "word/document.xml" not in names:
        raise UsageError(f"{where}: a ZIP file, not a Word document (DOCX)")
    if unpacked > MAX_UNPACKED_BYTES:
        raise UsageError(f"{where}: unpacks to {unpacked:,} bytes; the limit for a document is 100 MiB")
    try:
        from docx2python import docx2python
    except ImportError:  # pragma: no cover - a broken installation
        raise UsageError(f"{where}: reading DOCX needs the docx2python package") from None
    try:
        with docx2python(io.BytesIO(data)) as content:
            text = "\n\n".join(
                line
                for part in (content.header_pars, content.document_pars, content.footer_pars)
                for table in part
                for line in _docx_table(table)
            )
    except Exception:  # any failure of a hostile file is the same to the user
        raise UsageError(f"{where}: not a readable DOCX") from None
    # Paragraphs come separated by one blank line, which keeps them apart as the document does.
    return Document(where, re.sub(r"\n{3,}", "\n\n", text.replace("\t", " ")))


def _docx_table(table: Any) -> Iterator[str]:
    """The lines of one of docx2python's tables: a paragraph outside any table comes as a table
    of one cell. In a real table, a cell of one short piece of text is an item of its section,
    as a bullet is ('Patience and empathy' in a requirements table); a cell of a row number
    says nothing; a label ('SKILLS', 'Tools:') and a cell of many paragraphs are read as they are."""
    real = len(table) > 1 or any(len(row) > 1 for row in table)
    for row in table:
        for cell in row:
            lines = [_docx_paragraph(p) for p in _paragraphs(cell)]
            texts = [line for line in lines if line]
            if real and len(texts) == 1:
                text = texts[0]
                if not any(c.isalpha() for c in text):
                    continue
                if not _is_label(text):
                    texts = [f"- {text}" if not _DOCX_MARK.match(text) else text]
            yield from texts


def _paragraphs(nested: Any) -> Iterator[Any]:
    """The paragraphs of a cell, and of any table nested in it, in order."""
    for item in nested:
        if isinstance(item, list):
            yield from _paragraphs(item)
        else:
            yield item


_DOCX_MARK = re.compile(r"(?:##|-) ")


def _is_label(text: str) -> bool:
    """A cell that names what the cells beside it are: 'SKILLS', 'Tools:', 'Key skills'."""
    from ecomcareer.documents.layout import section_of

    letters = [c for c in text if c.isalpha()]
    if text.endswith(":") or all(c.isupper() for c in letters):
        return True
    return len(text.split()) <= 2 and section_of(text) is not None


def _docx_paragraph(paragraph: Any) -> str:
    """A Word paragraph as a line of text, its heading or list style said the way Markdown
    says it ('## Skills', '- Forklift'), since the reader finds sections and bullets by them."""
    text = "".join(run.text for run in paragraph.runs).strip()
    style = (paragraph.style or "").replace(" ", "").lower()
    if text and (style.startswith("heading") or style == "title"):
        return f"## {text}"
    if text and style.startswith("list"):
        return f"- {text}"
    return text


#: Tags whose content a browser does not show as text, and tags that start a line.
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "head", "template", "svg"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section"}
    | {"article", "header", "footer", "dd", "dt", "blockquote", "pre", "hr"}
)


def _html_text(page: str) -> str:
    """The text a browser would show: tags dropped, blocks on lines of their own."""
    from html.parser import HTMLParser

    class _Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skipping = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _HIDDEN_TAGS:
                self.skipping += 1
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n")
            if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                self.parts.append("#" * int(tag[1]) + " ")  # a heading stays one
            if tag == "li":
                self.parts.append("- ")

        def handle_endtag(self, tag: str) -> None:
            if tag in _HIDDEN_TAGS:
                self.skipping = max(0, self.skipping - 1)
            elif tag in _BLOCK_TAGS:
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                self.parts.append(data)

    parser = _Text()
    parser.feed(page)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line) + "\n"
