"""Reading résumés and job postings: what they say, in every format, and bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecomcareer.cli.app import app
from ecomcareer.documents import Document, extract
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


def test_the_name_a_page_header_repeats_is_not_a_skill_not_understood(kb: KnowledgeBase) -> None:
    page = "Tomasz Wrobel\nStock Associate\n\nSKILLS\nForklift, pallet jack\n"
    found = extract(kb, doc(page + "Tomasz Wrobel\nStock Associate\nBeekeeping\n", name="cv.txt"))
    assert found.not_understood == ("Beekeeping",)  # read on, as part of the skills section
    assert {"forklift", "pallet-jack"} <= set(found.skill_ids)
    listed = "Dana Reyes\nCustomer Service | Cash Handling | Merchandising\n\nSKILLS\n"
    again = extract(kb, doc(listed + "Customer Service | Cash Handling | Merchandising\n", name="cv.txt"))
    assert {"customer-service", "cash-handling"} <= set(again.skill_ids)  # a list is read again


def test_text_read_without_guessing_takes_no_misspelling_and_suggests_nothing(kb: KnowledgeBase) -> None:
    text = "SKILLS\nExcel, javascrpt, tablaeu\n"
    guessed = extract(kb, doc(text, name="cv.txt"))
    assert {"excel", "javascript", "tableau"} <= set(guessed.skill_ids)
    exact = extract(kb, doc(text, name="cv.txt"), guess=False)
    assert exact.skill_ids == ("excel",)
    assert exact.not_understood == ("javascrpt", "tablaeu") and exact.unrecognized == ()


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


# Through the command line


def test_extract_json_shape(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "posting.md"
    path.write_text(POSTING, encoding="utf-8")
    report = json.loads(runner.invoke(app, ["extract", str(path), "-f", "json"]).stdout)
    assert list(report) == ["source", "kind", "title", "role", "skills", "not_understood", "unrecognized"]
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
    more = ["fit", str(posting), "--skills", "sql, excel, looker, forklift, latte art", "-f", "json"]
    assert json.loads(runner.invoke(app, more).stdout)["score"] == report["score"]  # met, whatever else
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
        # A task named by its noun is said with its verb: 'resolve complaints', 'look up orders'.
        ("- Resolve complaints by phone and email", "complaint-resolution", True),
        ("- Look up orders in Shopify and issue refunds", "order-lookup", True),
        ("- Photograph products on white for the website", "product-photography", True),
        # Qualities said of the person in a list of them, after 'be' or opening a bullet.
        ("- Are friendly, patient and happy to talk to strangers", "patience", True),
        ("- Patient, calm and reliable with callers", "patience", True),
        ("- Keep patient records up to date", "patience", False),
        ("- Friendly staff run the shop", "professionalism", False),
        # A task's name before a thing names the thing; a thing's name after 'the' is the thing.
        ("- Write blog posts and buying guides for a garden shop", "retail-buying", False),
        ("- Presented at staff training days", "staff-training", False),
        ("- Ran staff training for new starters", "staff-training", True),
        ("- Check cartons against the packing list", "bills-of-lading", False),
        # Plain words for skills.
        ("- Answer the phone and tell customers where their order is", "phone-support", True),
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


def test_a_posting_asking_for_supervision_says_so(kb: KnowledgeBase) -> None:
    posting = (
        "# Fulfillment Team Lead\n\n## Requirements\n"
        "- Experience supervising a shift or leading a small team\n"
    )
    assert {s.skill for s in extract(kb, Document("p.md", posting)).skills} == {
        "shift-supervision",
        "leadership",
    }


def test_what_a_skills_list_holds_that_no_skill_matches_comes_with_suggestions(
    kb: KnowledgeBase, runner: CliRunner, tmp_path: Path
) -> None:
    resume = tmp_path / "r.md"
    resume.write_text("Jane Doe\nCashier\n\n## Skills\nseller, gardening, cash handling\n", encoding="utf-8")
    report = json.loads(runner.invoke(app, ["extract", str(resume), "-f", "json"]).stdout)
    assert report["not_understood"] == ["seller", "gardening"]
    assert report["unrecognized"][0]["input"] == "seller"
    assert "amazon-seller-central" in report["unrecognized"][0]["suggestions"]
    assert report["unrecognized"][1] == {"input": "gardening", "suggestions": []}
    table = runner.invoke(app, ["extract", str(resume)], env={"COLUMNS": "200"}).stdout
    assert "'seller' (did you mean " in table and "Amazon Seller Central" in table
