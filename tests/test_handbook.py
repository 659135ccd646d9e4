"""Printable handouts: HTML and Markdown files, written safely, checked in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecomcareer.catalog import select_roles
from ecomcareer.cli.app import app
from ecomcareer.model import KnowledgeBase
from tests.conftest import MINIMAL

THREE = ["data-analyst", "seo-specialist", "customer-service-rep"]
TITLES = ["E-commerce Data Analyst", "SEO Specialist", "E-commerce Customer Service Representative"]


def make(runner: CliRunner, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["handbook", *args])
    return result.exit_code, result.stderr


def test_html_handbook_with_contents_and_fit(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "plan.html"
    code, err = make(runner, "--roles", ",".join(THREE), "--skills", "sql, excel", "-o", str(out))
    assert code == 0 and err == f"ecomcareer: wrote {out}: 3 roles\n"
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="role"') == 3 and "Contents" in page
    assert all(title in page for title in TITLES)
    assert "Your fit: 9 / 100 (partial: 2 of 8 core, 0 of 19 supporting)." in page
    assert "Core skills to learn: Tableau" in page
    assert "$112,590 (2024)" in page and "https://www.onetonline.org/link/summary/15-2051.01" in page
    assert "O*NET 29.2 Database" in page and "Bureau of Labor Statistics" in page
    assert "break-before: page" in page


def test_html_uses_no_external_assets(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "all.html"
    assert make(runner, "-o", str(out))[0] == 0
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b", page)
    assert "url(" not in page and "@import" not in page
    assert page.count('<section class="role"') == 48


def test_markdown_handbook(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "marketing.md"
    assert make(runner, "--family", "marketing", "--skills", "seo", "-o", str(out))[0] == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith(
        "# E-commerce careers: marketing\n\n11 e-commerce roles, with the fit of the skills:"
    )
    assert "## Contents" in text and "## SEO Specialist" in text and "### Core skills" in text
    assert "**Your fit:" in text and text.count("Sources:") == 1  # once, at the end
    assert "[CC BY 4.0](<https://creativecommons.org/licenses/by/4.0/>)" in text
    assert text.rstrip().endswith("O\\*NET® is a trademark of USDOL/ETA.")


def test_show_html_is_one_role_without_contents(runner: CliRunner) -> None:
    page = runner.invoke(app, ["show", "ux-designer", "--format", "html"]).stdout
    assert page.startswith("<!DOCTYPE html>") and page.count('<section class="role"') == 1
    assert "Contents" not in page and "UX Designer (E-commerce)" in page


def test_data_is_escaped_and_made_printable(
    runner: CliRunner, write: Callable[[str], Path], tmp_path: Path
) -> None:
    hostile = MINIMAL.replace("title: Data Analyst", 'title: "<script>alert(1)</script> & \\e[2J \\u202e"')
    out = tmp_path / "hostile.html"
    result = runner.invoke(app, ["--data", str(write(hostile)), "handbook", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in page
    assert "\x1b" not in page and "\u202e" not in page and "\\x1b[2J" in page


def test_existing_file_is_kept_unless_forced(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "keep.md"
    out.write_text("mine", encoding="utf-8")
    code, err = make(runner, "-o", str(out))
    assert code == 2 and err == f"ecomcareer: {out}: already exists; use --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "mine"
    assert make(runner, "-o", str(out), "--force")[0] == 0
    assert out.read_text(encoding="utf-8").startswith("# E-commerce careers")
    assert [p.name for p in tmp_path.iterdir()] == ["keep.md"]  # no temporary file left


@pytest.mark.parametrize(
    ("target", "code", "message"),
    [
        ("missing/out.html", 1, "cannot write: folder"),
        ("folder.html", 1, "is a directory"),
        ("out.pdf", 2, "the output must end in .html or .md"),
    ],
)
def test_bad_output_paths(runner: CliRunner, tmp_path: Path, target: str, code: int, message: str) -> None:
    (tmp_path / "folder.html").mkdir()
    result = runner.invoke(app, ["handbook", "-o", str(tmp_path / target)])
    assert result.exit_code == code and message in result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_unwritable_folder(runner: CliRunner) -> None:
    # /proc refuses new files even to root, which ignores ordinary permission bits.
    result = runner.invoke(app, ["handbook", "-o", "/proc/ecomcareer-handbook.html"])
    assert result.exit_code == 1
    assert result.stderr.startswith("ecomcareer: /proc/ecomcareer-handbook.html: cannot write:")


def test_no_roles_chosen(runner: CliRunner, tmp_path: Path) -> None:
    code, err = make(runner, "--roles", "data-analyst", "--family", "marketing", "-o", str(tmp_path / "x.md"))
    assert code == 2 and "no roles chosen" in err


# In a real browser ----------------------------------------------------------------

BROWSER = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
needs_browser = pytest.mark.skipif(
    not (BROWSER and POPPLER), reason="no chromium and poppler-utils here; .ci/run installs them with apt-get"
)


def print_to_pdf(html: Path, tmp_path: Path) -> Path:
    pdf = tmp_path / (html.stem + ".pdf")
    subprocess.run(
        [
            str(BROWSER), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}", html.as_uri(),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return pdf


def pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for n in range(1, count + 1)
    ]


def words_past_the_right_edge(pdf: Path) -> list[str]:
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    out = []
    for page in re.finditer(r'<page width="([\d.]+)".*?</page>', xml, re.DOTALL):
        width = float(page.group(1))
        for word in re.finditer(
            r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>', page.group(0)
        ):
            if float(word.group(1)) > width:
                out.append(word.group(2))
    return out


def squashed(text: str) -> str:
    """Text without spaces and hyphens, so a title wrapped over two lines (pdftotext joins
    "E-" and "commerce" as "Ecommerce") still compares equal."""
    return re.sub(r"[\s-]+", "", text)


def reading_order(pdf: Path, page: int) -> str:
    """One page's text column by column (the contents is set in two columns)."""
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


#: How each role's page ends: the last words of its credits, O*NET's trademark line.
LAST_CREDIT = "O*NET® is a trademark of USDOL/ETA."


def assert_contents_then_one_page_per_role(pdf: Path, titles: list[str]) -> list[str]:
    """The contents is the first page (two columns hold 40 titles and more) and each role exactly
    one page after it, starting with its title and ending with the credit: a role that runs over
    leaves a page that starts otherwise. Returns the text of the role pages."""
    printed = pages(pdf)
    assert len(printed) == 1 + len(titles)
    contents = squashed(reading_order(pdf, 1))
    assert contents.startswith(squashed("E-commerce careers"))
    numbered = [f"{n}. {title}" for n, title in enumerate(titles, 1)]
    assert [entry for entry in numbered if squashed(entry) not in contents] == []  # numbered as printed
    for title, text in zip(titles, printed[1:], strict=True):
        assert squashed(text).startswith(squashed(title)), f"{title}: not at the top of its page"
        assert squashed(text).endswith(squashed(LAST_CREDIT)), f"{title}: the credit ran over"
    return printed[1:]


@needs_browser
def test_three_role_handbook_with_fit_prints_one_role_per_page(runner: CliRunner, tmp_path: Path) -> None:
    html = tmp_path / "three.html"
    args = ["--roles", ",".join(THREE), "--skills", "sql, excel, seo", "-o", str(html)]
    assert make(runner, *args)[0] == 0
    pdf = print_to_pdf(html, tmp_path)
    for text in assert_contents_then_one_page_per_role(pdf, TITLES):
        assert "Your fit:" in text and "Median pay" in text
    assert words_past_the_right_edge(pdf) == []


@needs_browser
@pytest.mark.parametrize("fit", [[], ["--skills", "sql, excel, seo"]], ids=["plain", "with-fit"])
def test_every_role_prints_on_one_page(
    runner: CliRunner, kb: KnowledgeBase, tmp_path: Path, fit: list[str]
) -> None:
    html = tmp_path / "all.html"
    assert make(runner, *fit, "-o", str(html))[0] == 0
    pdf = print_to_pdf(html, tmp_path)
    titles = [role.title for role in select_roles(kb)]  # the handbook's order: by title
    role_pages = assert_contents_then_one_page_per_role(pdf, titles)
    assert all(("Your fit:" in text) == bool(fit) for text in role_pages)
    assert words_past_the_right_edge(pdf) == []


@needs_browser
def test_long_unbroken_text_is_wrapped_not_cut(
    runner: CliRunner, write: Callable[[str], Path], tmp_path: Path
) -> None:
    long_word = "Supercalifragilistic" * 12
    data = write(MINIMAL.replace("Answers questions with data.", long_word))
    html = tmp_path / "long.html"
    result = runner.invoke(app, ["--data", str(data), "handbook", "-o", str(html)])
    assert result.exit_code == 0, result.stderr
    pdf = print_to_pdf(html, tmp_path)
    assert words_past_the_right_edge(pdf) == []
    text = "".join(pages(pdf)).replace("\n", "").replace(" ", "")
    assert long_word in text  # all of it printed, over several lines


def test_one_role_is_counted_as_one(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "one.md"
    code, err = make(runner, "--roles", "ux-designer", "-o", str(out))
    assert code == 0 and err == f"ecomcareer: wrote {out}: 1 role\n"
    assert "\n1 e-commerce role.\n" in out.read_text(encoding="utf-8")
