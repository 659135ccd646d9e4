"""Reading résumés and job postings: what they say, in every format, and bad files."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ecomcareer.cli.app import app
from ecomcareer.documents import Document, extract, read_document
from ecomcareer.errors import UsageError
from ecomcareer.model import KnowledgeBase

POSTING = """\
# Data Analyst (E-commerce)

## About us
We are a fast-growing online retailer and a team of problem solvers who excel at customer service.

## What you'll do
- Build dashboards in Tableau and Power BI for the merchandising team
- Write SQL queries against our BigQuery warehouse
- Brief the C-suite on R&D spending and go-to-market plans

## Requirements
- 2+ years of experience with SQL and Excel
- Proficient in R or Python
- No experience with SAP needed

## Nice to have
- Experience with Looker
- dbt is a plus

## Benefits
Free Spotify, gym membership and Microsoft Teams headsets for everyone.

Acme is an equal opportunity employer and values excellent communication and diversity.
"""

RESUME = """\
Maria Lopez
Warehouse Associate | Forklift certified
maria.lopez@example.com | (555) 123-4567

## Summary
Reliable associate with 4 years of picking and packing. I go above and beyond.

## Experience
Fulfillment Associate, 2021-2025
- Picked and packed 150+ orders an hour using RF scanners
- Cycle counts and inventory control in the WMS

## Skills
Forklift, pallet jack, Microsoft Excel, Spanish (fluent), gardening
"""


def doc(text: str, name: str = "doc.md") -> Document:
    return Document(name, text)


def test_a_posting_says_what_it_requires_and_what_would_be_nice(kb: KnowledgeBase) -> None:
    found = extract(kb, doc(POSTING))
    assert found.kind == "posting" and found.title == "Data Analyst (E-commerce)"
    assert found.role is not None and found.role.id == "data-analyst"
    required = {s.skill: s.required for s in found.skills}
    for skill in ("tableau", "power-bi", "sql", "bigquery", "excel", "r", "python"):
        assert required.get(skill) is True, skill
    assert required["looker"] is False and required["dbt"] is False


@pytest.mark.parametrize(
    "trap",
    [
        "go",
        "c",
        "customer-service",
        "communication",
        "sap",
        "spotify",
        "microsoft-teams",
        "warehouse-operations",
        "merchandising",
    ],
)
def test_a_posting_never_credits_what_it_does_not_ask(kb: KnowledgeBase, trap: str) -> None:
    """Company text, benefits, legal text, negated clauses and ordinary words are not skills."""
    found = extract(kb, doc(POSTING))
    assert trap not in found.skill_ids


@pytest.mark.parametrize(
    ("sentence", "skill", "read"),
    [
        ("- Shows up on time for every scheduled shift", "punctuality", True),
        ("- Work with customs brokers to clear containers on time", "punctuality", False),
        ("- Pack online orders and answer customer emails", "order-fulfillment", False),
        ("- Build monthly client reports in Looker Studio", "reporting", True),
        ("- Reports to the Head of Operations", "reporting", False),
        ("- Can handle cash and card payments accurately", "cash-handling", True),
        ("- Cleaned data from four stores every week", "data-cleaning", True),
        ("- Report weekly on revenue per recipient", "reporting", True),
        ("- Pick customer orders with a handheld scanner", "pick-and-pack", True),
        ("- Unload inbound trucks and check cartons", "loading-unloading", True),
        ("- Help our family tea blender sell online", "3d-modeling", False),
        ("- Experience with Blender for product renders", "3d-modeling", True),
    ],
)
def test_everyday_words_of_a_skill_count_only_where_they_mean_it(
    kb: KnowledgeBase, sentence: str, skill: str, read: bool
) -> None:
    found = extract(kb, doc(f"# Warehouse Associate\n\n## Responsibilities\n{sentence}\n"))
    assert (skill in found.skill_ids) is read


@pytest.mark.parametrize("separator", [" · ", " • ", " | ", " * ", ", "])
def test_a_skills_line_is_split_at_the_marks_resumes_put_between_items(
    kb: KnowledgeBase, separator: str
) -> None:
    line = separator.join(["SQL (BigQuery, SQL Server)", "Tableau", "Excel", "data cleaning"])
    found = extract(kb, doc(f"# Dana Reyes\n\n## Skills\n{line}\n"))
    assert {"sql", "bigquery", "tableau", "excel", "data-cleaning"} <= set(found.skill_ids)
    assert found.not_understood == ()


@pytest.mark.parametrize(
    ("top", "title", "role"),
    [
        ("# Ruby Alvarez\n**Retail Sales Associate**\n", "Retail Sales Associate", "retail-sales-associate"),
        ("PRIYA NAIDOO\nCustomer Service Representative – Inbound\n", None, "customer-service-rep"),
        ("JADE MORRISON — GRAPHIC DESIGNER\nPackaging · Brand\n", "GRAPHIC DESIGNER", "graphic-designer"),
        ("# Hannah Lee\nData Analyst — SQL, Python & Tableau\n", None, "data-analyst"),
    ],
)
def test_a_resumes_headline_and_the_role_it_names(
    kb: KnowledgeBase, top: str, title: str | None, role: str
) -> None:
    text = (
        top
        + "Austin, TX · 512-555-0161 · dana@example.com\n\n## Experience\n- Sold things\n\n## Skills\nExcel\n"
    )
    found = extract(kb, doc(text))
    headline = top.splitlines()[1].strip("*")
    assert found.title == (title or headline)
    assert found.role is not None and found.role.id == role


def test_a_line_of_mostly_other_things_is_not_a_list_of_skills(kb: KnowledgeBase) -> None:
    top = "# Logistics Coordinator\nHarbor Freight Partners · Savannah, GA · Full time\n"
    text = top + "\n## Requirements\n- Excel\n"
    found = extract(kb, doc(text))
    assert found.skill_ids == ("excel",)
    listed = extract(kb, doc("# Analyst\n\n## Requirements\n- SQL · Tableau · GA · Looker\n"))
    assert "google-analytics" in listed.skill_ids


@pytest.mark.parametrize("heading", ["About you", "About the role", "About me"])
def test_sections_about_the_reader_are_read_and_only_the_company_is_not(
    kb: KnowledgeBase, heading: str
) -> None:
    found = extract(kb, doc(f"# Analyst\n\n## {heading}\n- Confident with Microsoft Excel\n"))
    assert found.skill_ids == ("excel",)
    company = extract(kb, doc("# Analyst\n\n## About us\n- We build Microsoft Excel add-ins\n"))
    assert company.skill_ids == ()


def test_references_name_other_people_not_skills(kb: KnowledgeBase) -> None:
    text = "PRIYA NAIDOO\n\nSKILLS\nExcel\n\nREFERENCES\nAvailable from my manager, Mark\nJenkins.\n"
    assert extract(kb, doc(text, name="cv.txt")).skill_ids == ("excel",)


def test_mentions_say_where(kb: KnowledgeBase) -> None:
    found = {s.skill: s for s in extract(kb, doc(POSTING)).skills}
    [first, *_] = found["tableau"].mentions
    line = POSTING.splitlines()[first.line - 1]
    assert line[first.column - 1 :].startswith("Tableau")
    assert first.page is None and first.section == "What you'll do"


def test_a_resume_is_read_for_the_persons_skills(kb: KnowledgeBase) -> None:
    found = extract(kb, doc(RESUME))
    assert found.kind == "resume" and found.title == "Warehouse Associate | Forklift certified"
    assert found.role is not None and found.role.id == "fulfillment-associate"
    ids = set(found.skill_ids)
    assert {"forklift", "pick-and-pack", "rf-scanning", "cycle-counting", "wms", "excel", "spanish"} <= ids
    assert "go" not in ids
    assert all(s.required is None for s in found.skills)
    assert found.not_understood == ("gardening",)


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


# Through the command line


def test_extract_json_shape(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "posting.md"
    path.write_text(POSTING, encoding="utf-8")
    report = json.loads(runner.invoke(app, ["extract", str(path), "-f", "json"]).stdout)
    assert list(report) == ["source", "kind", "title", "role", "skills", "not_understood"]
    assert report["kind"] == "posting" and report["role"] == "data-analyst"
    skill = report["skills"][0]
    assert list(skill) == ["id", "name", "category", "required", "mentions"]
    assert list(skill["mentions"][0]) == ["line", "column", "page", "text", "section"]
    from_stdin = json.loads(runner.invoke(app, ["extract", "-", "-f", "json"], input=POSTING).stdout)
    assert [s["id"] for s in from_stdin["skills"]] == [s["id"] for s in report["skills"]]


def test_from_a_resume_on_every_command_that_takes_skills(runner: CliRunner, tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(RESUME, encoding="utf-8")
    matched = json.loads(runner.invoke(app, ["match", "--from", str(cv), "-f", "json"]).stdout)
    read = {r["skill"]: r for r in matched["recognized"]}
    assert read["forklift"]["how"] == "found" and "(line " in read["forklift"]["input"]
    table = runner.invoke(app, ["match", "--from", str(cv)]).stdout
    assert "RF scanners (line 10)" in table
    for args in (
        ["gap", "logistics-coordinator"],
        ["next"],
        ["compare", "logistics-coordinator", "inventory-planner"],
        ["match", "--skills", "sql"],
    ):
        result = runner.invoke(app, [*args, "--from", str(cv), "-f", "json"])
        assert result.exit_code == 0, (args, result.stderr)
    book = tmp_path / "book.md"
    result = runner.invoke(
        app, ["handbook", "--roles", "logistics-coordinator", "--from", str(cv), "-o", str(book)]
    )
    assert result.exit_code == 0 and "Your fit:" in book.read_text(encoding="utf-8")


def test_fit_scores_a_person_against_a_posting(runner: CliRunner, tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(POSTING, encoding="utf-8")
    report = json.loads(
        runner.invoke(app, ["fit", str(posting), "--skills", "sql, excel, looker", "-f", "json"]).stdout
    )
    assert report["posting"]["role"] == "data-analyst"
    assert set(report["have"]) == {"sql", "excel", "looker"}
    assert report["required"]["have"] == 2 and report["preferred"]["have"] == 1
    kinds = [m["importance"] for m in report["missing"]]
    assert kinds == sorted(kinds, key=lambda k: k != "required")  # required first
    assert all(m["score_after"] > report["score"] for m in report["missing"])
    cv = tmp_path / "cv.md"
    cv.write_text(RESUME, encoding="utf-8")
    warehouse = json.loads(runner.invoke(app, ["fit", str(posting), "--from", str(cv), "-f", "json"]).stdout)
    assert warehouse["score"] < report["score"]
    nothing = tmp_path / "nothing.md"
    nothing.write_text("# Gardener\n\nWe grow tomatoes.\n", encoding="utf-8")
    refused = runner.invoke(app, ["fit", str(nothing), "--skills", "sql"])
    assert refused.exit_code == 2 and "no skill of the knowledge base found" in refused.stderr


# --- what a document says of the person, and what it says of others ---------------------------

RESUME_TOP = "# Dana Reyes\n{headline}\ndana@example.com\n\n## Experience\n{body}\n"


@pytest.mark.parametrize(
    ("headline", "body", "skill", "read"),
    [
        # A job title names a job; a degree names a subject.
        (
            "Picker",
            "Material Handler — Delta Home Supply, Southaven MS — 2019 to 2021",
            "material-handling",
            False,
        ),
        (
            "Picker",
            "### Front Store Associate — Walgreens, San Antonio TX · 2021–2022",
            "retail-store-operations",
            False,
        ),
        (
            "Picker",
            "## Education\nBS Supply Chain Management, Cal State Long Beach, 2019",
            "supply-chain-management",
            False,
        ),
        (
            "Picker",
            "## Education\nFundamentals of Digital Marketing, Google (2024)",
            "digital-marketing",
            True,
        ),
        # A headline is read after its job title.
        ("Customer Success / Account Coordinator", "- Served guests", "customer-success", False),
        ("Warehouse Associate | Forklift certified", "- Picked orders", "forklift", True),
        # What a résumé's writer wants is not what they have.
        (
            "Chef",
            "Ten years in kitchens. Now moving into customer success for software.",
            "customer-success",
            False,
        ),
        (
            "Chef",
            "Contact centre agent. Now looking for a team lead or quality role.",
            "shift-supervision",
            False,
        ),
    ],
)
def test_a_resume_credits_what_its_writer_does_not_job_titles_degrees_or_wishes(
    kb: KnowledgeBase, headline: str, body: str, skill: str, read: bool
) -> None:
    found = extract(kb, doc(RESUME_TOP.format(headline=headline, body=body)))
    assert found.kind == "resume"
    assert (skill in found.skill_ids) is read


def test_a_postings_opening_lines_are_its_title_and_company_not_skills(kb: KnowledgeBase) -> None:
    posting = (
        "Account Manager – Wholesale & Marketplaces\n"
        "Cypress Freight Partners (3PL) · Savannah, GA · Full-time\n\n"
        "## Requirements\n- 3+ years managing Amazon and eBay marketplace accounts\n- Excel\n"
    )
    found = extract(kb, doc(posting))
    assert found.kind == "posting" and found.title == "Account Manager – Wholesale & Marketplaces"
    assert "order-fulfillment" not in found.skill_ids
    assert "online-marketplaces" not in found.skill_ids
    assert "excel" in found.skill_ids


@pytest.mark.parametrize(
    ("sentence", "skill", "read"),
    [
        ("- Retouch product photos from our photographer", "photography", False),
        ("- Design A/B tests with our data scientists", "data-science", False),
        ("- Track lost parcels with couriers and rebook deliveries", "delivery-driving", False),
        ("- Work with our SEO lead on every article", "seo", False),
        ("- Work with the paid media team on creative", "performance-marketing", False),
        ("- Managing our 3PL partner: weekly scorecards", "order-fulfillment", False),
        ("- Work as a photographer on product shoots", "photography", True),
        ("- Own SEO for the blog", "seo", True),
        # Where data comes from is not a tool the job works in, unless it is a store of data.
        ("- Clean and reconcile data from Shopify, GA4 and our ERP", "shopify", False),
        ("- Pull sales data from our Snowflake warehouse", "snowflake", True),
        ("- Build dashboards in Shopify and Looker", "shopify", True),
        # The functions of the teams a person leads are not their own abilities.
        ("- Lead a team of 12 across site merchandising, CRM and marketplaces", "crm", False),
        ("- Lead a team of 12 and own CRM", "crm", True),
        # A word marked ambiguous counts only where it is meant, in any of its forms.
        ("- Half of the team works at our online order desk", "order-fulfillment", False),
        ("- Design banners for our website and marketplaces", "online-marketplaces", False),
        ("- Raised ROAS from 3.1 to 4.4", "performance-marketing", False),
        ("- Four years at a 3PL serving online retailers", "order-fulfillment", False),
        ("- Organised, with excellent follow-up", "organization", True),
    ],
)
def test_a_name_said_of_a_team_a_colleague_or_a_source_is_not_the_jobs_skill(
    kb: KnowledgeBase, sentence: str, skill: str, read: bool
) -> None:
    found = extract(kb, doc(f"# Marketing Assistant\n\n## Responsibilities\n{sentence}\n"))
    assert (skill in found.skill_ids) is read


@pytest.mark.parametrize(
    ("sentence", "skill", "read"),
    [
        # A duty opens with its verbs, each read with the object after them.
        ("- Recruit, train and review staff", "staff-training", True),
        ("- Recruit, train and review staff", "hiring", True),
        ("- Train ranking models for on-site search", "staff-training", False),
        ("- Negotiate cost prices and delivery dates with suppliers", "negotiation", True),
        ("- Report CSAT and handle time every Monday", "reporting", True),
        ("- Report results to the CEO and board each month", "reporting", False),
        ("- Reports to the Head of Operations", "reporting", False),
        # Plain words for skills.
        ("- Ring up sales, returns and exchanges on the till", "returns-refunds", True),
        ("- Plan open-to-buy and manage stock levels", "inventory-management", True),
        ("- Leading a team of two planners", "leadership", True),
    ],
)
def test_a_duty_is_read_from_its_verbs_and_plain_words(
    kb: KnowledgeBase, sentence: str, skill: str, read: bool
) -> None:
    found = extract(kb, doc(f"# Store Manager\n\n## Responsibilities\n{sentence}\n"))
    assert (skill in found.skill_ids) is read


@pytest.mark.parametrize("text", ["?", "## Experience\n- ?\n- …\n", "Responsibilities:\n!!\n"])
def test_a_line_without_words_reads_as_nothing(kb: KnowledgeBase, text: str) -> None:
    assert extract(kb, Document("x.md", text)).skills == ()
