"""The commands as a user meets them, through CliRunner."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecomcareer import __version__
from ecomcareer.cli.app import app
from tests.conftest import MINIMAL


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"ecomcareer {__version__}\n"


def test_validate_bundled(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0 and result.stderr == ""  # not even a warning
    assert re.fullmatch(r"ok: 48 roles, \d+ skills\n", result.stdout)


def test_validate_reports_every_problem_on_stderr(runner: CliRunner, write: Callable[[str], Path]) -> None:
    path = write(
        MINIMAL.replace("[sql, excel, tableau]", "[sqll, excel, tableau]").replace(
            "family: data", "family: x"
        )
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines == [
        f"ecomcareer: {path}:11:5: roles[0].family: 'x' is not one of: marketing, sales, technology, "
        "operations, data, customer-service, management, design",
        f"ecomcareer: {path}:14:14: roles[0].skills.core[0]: role 'analyst' needs skill 'sqll', which is not "
        "defined — did you mean 'sql'?",
    ]


def test_data_option_and_environment_variable(runner: CliRunner, write: Callable[[str], Path]) -> None:
    path = write(MINIMAL)
    by_option = runner.invoke(app, ["--data", str(path), "list", "--format", "json"])
    by_env = runner.invoke(app, ["list", "--format", "json"], env={"ECOMCAREER_DATA": str(path)})
    assert by_option.exit_code == by_env.exit_code == 0
    assert [r["id"] for r in json.loads(by_option.stdout)] == ["analyst", "engineer"]
    assert by_env.stdout == by_option.stdout


def test_bad_data_file_exits_1_without_traceback(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["--data", str(tmp_path / "nope.yaml"), "match", "--skills", "sql"])
    assert result.exit_code == 1
    assert result.stderr == f"ecomcareer: {tmp_path / 'nope.yaml'}: cannot read: no such file\n"
    assert result.stdout == ""


def test_list_json_shape_and_filters(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--format", "json", "--family", "marketing", "--sort", "pay"])
    roles = json.loads(result.stdout)
    assert {r["family"] for r in roles} == {"marketing"}
    assert {"id", "title", "family", "median_pay", "growth_percent"} <= set(roles[0])
    pays = [r["median_pay"] for r in roles]
    assert pays == sorted(pays, reverse=True)


def test_list_search_and_sort_growth(runner: CliRunner) -> None:
    found = json.loads(runner.invoke(app, ["list", "--search", "Klaviyo", "--format", "json"]).stdout)
    assert "email-marketing-specialist" in [r["id"] for r in found]
    growth = json.loads(runner.invoke(app, ["list", "--sort", "growth", "--format", "json"]).stdout)
    assert growth[0]["id"] == "data-analyst"


def test_list_table_and_markdown_and_csv(runner: CliRunner) -> None:
    table = runner.invoke(app, ["list"]).stdout
    assert "data-analyst" in table and "$112,590" in table and "+33.5%" in table
    md = runner.invoke(app, ["list", "--format", "markdown"]).stdout
    assert md.startswith("# E-commerce roles\n") and "| data-analyst |" in md
    csv_text = runner.invoke(app, ["list", "--format", "csv"]).stdout
    assert csv_text.splitlines()[0].startswith("id,title,family,median_pay")
    assert len(csv_text.splitlines()) == 49


def test_show_by_title_in_any_case(runner: CliRunner) -> None:
    for query in ("data-analyst", "data analyst", "E-COMMERCE DATA ANALYST"):
        result = runner.invoke(app, ["show", query, "--format", "json"])
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["id"] == "data-analyst"


def test_show_json_shape(runner: CliRunner) -> None:
    role = json.loads(runner.invoke(app, ["show", "data-analyst", "--format", "json"]).stdout)
    for key in (
        "id",
        "title",
        "summary",
        "skills",
        "salary",
        "outlook",
        "next_roles",
        "related_roles",
        "onet_code",
        "onet_title",
    ):
        assert key in role
    assert role["salary"]["median"] == 112590 and role["salary"]["year"] == 2024
    assert role["skills"][0] == {"id": "sql", "name": "SQL", "category": "data", "importance": "core"}
    assert {s["importance"] for s in role["skills"]} == {"core", "supporting"}


def test_show_table_has_sources_caveat_and_path(runner: CliRunner) -> None:
    out = runner.invoke(app, ["show", "data-analyst"]).stdout
    for expected in (
        "E-commerce Data Analyst",
        "$112,590 (2024)",
        "Bureau of Labor Statistics",
        "15-2051.01",
        "entry-level analysts usually earn less",
        "AI / Machine Learning Specialist",
        "O*NET 29.2 Database",
    ):
        assert expected in out, expected


def test_show_markdown_handout(runner: CliRunner) -> None:
    md = runner.invoke(app, ["show", "seo-specialist", "--format", "markdown"]).stdout
    assert md.startswith("# SEO Specialist\n")
    assert "## Core skills" in md and "https://www.onetonline.org/link/summary/13-1161.01" in md


def test_unknown_role_exits_2_with_suggestion(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "seo expert"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(
        "ecomcareer: unknown role 'seo expert' — did you mean 'seo-specialist' or "
    )


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("seo", "seo-specialist"),
        ("ux", "ux-designer"),
        ("web developer", "ecommerce-web-developer"),
        ("data analist", "data-analyst"),
        ("Data-Analyst", "data-analyst"),
        ("E-COMMERCE DATA ANALYST", "data-analyst"),
    ],
)
def test_roles_are_found_by_what_people_call_them(runner: CliRunner, typed: str, role: str) -> None:
    result = runner.invoke(app, ["show", typed, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == role
    gap = runner.invoke(app, ["gap", "web dev", "-s", "html", "-f", "json"])
    assert json.loads(gap.stdout)["role"]["id"] == "ecommerce-web-developer"


def test_an_ambiguous_role_name_lists_the_candidates(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "marketer"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "ecomcareer: 'marketer' could be 4 roles: content-marketer (Content Marketing Specialist), "
        "digital-marketer (Digital Marketing Specialist), email-marketing-specialist (Email Marketing "
        "Specialist), social-media-manager (Social Media Manager); give its id\n"
    )


def test_match_json_contract(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", "--skills", "sql, ms excel, tablaeu, banana", "--format", "json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    best = report["matches"][0]
    assert best["id"] == "data-analyst" and best["rank"] == 1
    assert set(best["matched"]) == {"sql", "excel", "tableau"}
    assert "power-bi" in best["missing_core"] and 0 < best["score"] <= 100
    assert {"input": "ms excel", "skill": "excel", "how": "alias", "note": None} in report["recognized"]
    assert {"input": "tablaeu", "skill": "tableau", "how": "typo", "note": None} in report["recognized"]
    assert [u["input"] for u in report["unrecognized"]] == ["banana"]


def test_match_table_says_what_it_read(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", "--skills", "js, html, css, shopfy, gardening"])
    assert result.exit_code == 0
    assert "ecommerce-web-developer" in result.stdout
    assert "js → JavaScript (alias)" in result.stdout
    assert "shopfy → Shopify (typo)" in result.stdout
    assert "Not understood: 'gardening'" in result.stdout


def test_an_item_naming_several_skills_is_said_once_with_all_of_them(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", "--skills", "Python (pandas), sql"])
    assert result.exit_code == 0
    assert "Python (pandas) → Python + pandas, sql" in result.stdout
    assert result.stdout.count("Python (pandas)") == 1
    data = json.loads(runner.invoke(app, ["match", "-s", "Python (pandas)", "-f", "json"]).stdout)
    assert [r["skill"] for r in data["recognized"]] == ["python", "pandas"]


def test_match_options(runner: CliRunner) -> None:
    args = ["match", "-s", "sql,excel", "--top", "2", "--family", "operations", "--format", "json"]
    report = json.loads(runner.invoke(app, args).stdout)
    assert len(report["matches"]) == 2
    assert all(m["family"] == "operations" for m in report["matches"])
    high = json.loads(
        runner.invoke(app, ["match", "-s", "sql,excel", "--min-score", "8", "-f", "json"]).stdout
    )
    assert high["matches"] and all(m["score"] >= 8 for m in high["matches"])


def test_match_explain_adds_up(runner: CliRunner) -> None:
    args = ["match", "-s", "sql,tableau,forklift", "--explain", "-f", "json"]  # forklift: focus below 1
    report = json.loads(runner.invoke(app, args).stdout)
    assert any(m["focus"] < 1 for m in report["matches"])
    for m in report["matches"]:
        assert sum(c["earned"] for c in m["contributions"]) == pytest.approx(m["coverage"], abs=0.1)
        assert m["coverage"] * m["focus"] == pytest.approx(m["score"], abs=0.1)  # each rounded
    table = runner.invoke(app, ["match", "-s", "sql,tableau", "--explain", "--top", "1"]).stdout
    assert "Worth" in table and "Earned" in table and "how much of your skills it uses" in table


def test_match_skills_file_and_stdin(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "skills.txt"
    path.write_text("sql\nexcel\n\ntableau\n", encoding="utf-8")
    from_file = json.loads(runner.invoke(app, ["match", "--skills-file", str(path), "-f", "json"]).stdout)
    from_stdin = json.loads(
        runner.invoke(app, ["match", "--skills-file", "-", "-f", "json"], input="sql,excel,tableau").stdout
    )
    assert from_file == from_stdin
    assert from_file["matches"][0]["id"] == "data-analyst"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["match"],
            "ecomcareer: no skills given; use --skills 'sql, excel', --skills-file FILE, --from RESUME "
            "or --job TITLE\n",
        ),
        (
            ["match", "--skills", " , ,"],
            "ecomcareer: no skills given; use --skills 'sql, excel', --skills-file FILE, --from RESUME "
            "or --job TITLE\n",
        ),
        (["match", "--skills", "banana"], "ecomcareer: none of the skills were understood: 'banana'\n"),
        (
            ["match", "--skills-file", "/nonexistent/skills"],
            "ecomcareer: cannot read skills file '/nonexistent/skills': No such file or directory\n",
        ),
        (["match", "--bogus"], "ecomcareer: No such option: --bogus (see 'ecomcareer match --help')\n"),
        (
            ["match", "-s", "sql", "--top", "0"],
            "ecomcareer: Invalid value for '--top': 0 is not in the range x>=1. "
            "(see 'ecomcareer match --help')\n",
        ),
        (["list", "--family", "astronauts"], None),
        (["frobnicate"], "ecomcareer: No such command 'frobnicate'. (see 'ecomcareer --help')\n"),
    ],
)
def test_usage_errors_exit_2_with_one_line(runner: CliRunner, args: list[str], message: str | None) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    if message is not None:
        assert result.stderr == message


def test_low_scores_still_succeed(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", "--skills", "typing", "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["matches"]


def test_soft_skills_alone_suggest_no_role_and_say_why(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", "--skills", "patience, team player"])
    assert result.exit_code == 0
    assert "No role to suggest: no role lists these skills, or only soft skills of theirs." in result.stdout
    assert json.loads(runner.invoke(app, ["match", "-s", "patience", "-f", "json"]).stdout)["matches"] == []


def test_skills_command(runner: CliRunner) -> None:
    items = json.loads(runner.invoke(app, ["skills", "--search", "excel", "-f", "json"]).stdout)
    excel = next(s for s in items if s["id"] == "excel")
    assert "ms excel" in excel["aliases"] and "data-analyst" in excel["roles"]
    cats = json.loads(runner.invoke(app, ["skills", "--category", "security", "-f", "json"]).stdout)
    assert cats and {s["category"] for s in cats} == {"security"}
    table = runner.invoke(app, ["skills", "--category", "data"]).stdout
    assert "Tableau" in table


HOSTILE = MINIMAL.replace(
    "title: Data Analyst",
    'title: "[bold]Analyst[/bold] [link=https://evil.example]x[/link] :warning: '
    '\\e]0;PWNED\\a \\e[2J \\u202e"',
).replace("name: Tableau", 'name: "[/bold]Tab\\x9bleau"')


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_data_is_printed_literally_never_as_markup_or_escapes(
    runner: CliRunner, write: Callable[[str], Path], fmt: str
) -> None:
    path = write(HOSTILE)
    for args in (["list"], ["show", "analyst"], ["match", "-s", "tableau,sql"], ["skills"]):
        result = runner.invoke(app, ["--data", str(path), *args, "--format", fmt])
        assert result.exit_code == 0, (args, result.stderr)
        out = result.stdout
        assert "\x1b" not in out and "\x9b" not in out and "\u202e" not in out and "\x07" not in out
        if fmt == "json":
            json.loads(out)
        elif fmt == "table" and args != ["skills"]:
            assert "[bold]Analyst[/bold]" in out or "[/bold]Tab" in out
        if fmt == "table" and args == ["list"]:
            assert ":warning:" in out and "\\x1b]0;PWNED" in out


def test_help_has_summary_and_examples_for_every_command(runner: CliRunner, command_names: list[str]) -> None:
    assert {"cache", "extract", "fit", "handbook", "match", "show"} <= set(command_names)
    for command in command_names:
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        examples = result.stdout.split("Examples:", 1)[1].splitlines()
        assert any(line.strip().startswith(f"ecomcareer {command} ") for line in examples), command


def test_completion_of_role_ids(runner: CliRunner) -> None:
    result = runner.invoke(
        app,
        [],
        env={
            "_ECOMCAREER_COMPLETE": "complete_bash",
            "COMP_WORDS": "ecomcareer show data-",
            "COMP_CWORD": "2",
        },
        prog_name="ecomcareer",
    )
    assert "data-analyst" in result.stdout


def test_ten_thousand_skills_and_odd_scripts(runner: CliRunner) -> None:
    many = ",".join(f"skill{i}" for i in range(9_990)) + ",sql,excel,🙂,数据分析,تحليل,ＳＱＬ"
    result = runner.invoke(app, ["match", "--skills", many, "-f", "json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["matches"][0]["id"] in {"data-analyst", "supply-chain-analyst"}
    assert len(report["unrecognized"]) == 9_993


def test_gap_command(runner: CliRunner, write: Callable[[str], Path]) -> None:
    report = json.loads(
        runner.invoke(app, ["gap", "data analyst", "-s", "sql, excel, banana", "-f", "json"]).stdout
    )
    assert report["role"] == {"id": "data-analyst", "title": "E-commerce Data Analyst"}
    assert report["have"] == ["sql", "excel"]
    first = report["missing"][0]
    assert set(first) == {
        "skill",
        "name",
        "category",
        "importance",
        "roles_needing",
        "score_after",
        "partly_via",
    }
    assert first["importance"] == "core" and first["score_after"] > report["score"]
    assert report["unrecognized"] == [{"input": "banana", "suggestions": []}]
    table = runner.invoke(app, ["gap", "data-analyst", "-s", "sql"]).stdout
    assert "Microsoft Power BI" in table and "Your score after learning it" in table
    own = runner.invoke(app, ["--data", str(write(MINIMAL)), "gap", "analyst", "-s", "sql", "-f", "json"])
    assert [m["skill"] for m in json.loads(own.stdout)["missing"]][:2] == ["excel", "tableau"]


def test_next_command(runner: CliRunner, write: Callable[[str], Path]) -> None:
    report = json.loads(runner.invoke(app, ["next", "-s", "sql, excel", "--top", "3", "-f", "json"]).stdout)
    assert report["target"] is None and len(report["steps"]) == 3
    assert report["roles"][0] == "data-analyst"
    step = report["steps"][0]
    assert {"skill", "name", "gain", "effects"} <= set(step)
    assert any(e["role"] == "data-analyst" and e["after"] > e["before"] for e in step["effects"])
    targeted = runner.invoke(app, ["next", "-s", "html,css", "--target", "ecommerce-web-developer"]).stdout
    assert "ecommerce-web-developer" in targeted and "→" in targeted
    own = runner.invoke(
        app, ["--data", str(write(MINIMAL)), "next", "-s", "sql", "--target", "engineer", "-f", "json"]
    )
    assert [s["skill"] for s in json.loads(own.stdout)["steps"]] == ["python", "communication"]


def test_compare_command(runner: CliRunner) -> None:
    report = json.loads(
        runner.invoke(app, ["compare", "seo-specialist", "ppc-specialist", "-s", "seo", "-f", "json"]).stdout
    )
    seo, ppc = report["roles"]
    assert seo["id"] == "seo-specialist" and seo["median_pay"] == 76950
    assert seo["score"] > ppc["score"]
    assert "google-analytics" in report["shared"] and "google-ads" in ppc["only"]
    assert (
        "score"
        not in json.loads(
            runner.invoke(app, ["compare", "seo-specialist", "ppc-specialist", "-f", "json"]).stdout
        )["roles"][0]
    )
    table = runner.invoke(app, ["compare", "data-analyst", "inventory-planner"]).stdout
    assert "Skills they all need" in table and "$112,590" in table


def test_path_command(runner: CliRunner) -> None:
    tree = json.loads(
        runner.invoke(app, ["path", "customer-service-rep", "--depth", "2", "-f", "json"]).stdout
    )
    assert tree["id"] == "customer-service-rep" and tree["median_pay"] == 42830
    assert [n["id"] for n in tree["next"]] == ["customer-service-team-lead", "ecommerce-sales-rep"]
    assert [n["id"] for n in tree["next"][0]["next"]] == ["head-of-customer-experience", "head-of-operations"]
    table = runner.invoke(app, ["path", "customer-service-rep"]).stdout
    assert "└──" in table and "$66,140" in table and "$161,030" in table
    warehouse = json.loads(runner.invoke(app, ["path", "fulfillment-associate", "-f", "json"]).stdout)
    lead, planner = warehouse["next"]
    assert lead["next"][0]["id"] == "logistics-manager" and lead["next"][0]["seen"] is False
    analyst = planner["next"][0]
    assert analyst["id"] == "supply-chain-analyst" and analyst["next"][0]["seen"] is True
    assert "(shown above)" in runner.invoke(app, ["path", "fulfillment-associate"]).stdout
    rows = runner.invoke(app, ["path", "data-analyst", "-f", "csv"]).stdout.splitlines()
    assert rows[0] == "depth,parent,id,title,median_pay,currency,caveat,seen"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "data-analyst"], "ecomcareer: compare needs at least two roles\n"),
        (
            ["compare", "data-analyst", "data analyst"],
            "ecomcareer: compare needs at least two different roles\n",
        ),
        (["gap", "astronaut", "-s", "sql"], "ecomcareer: unknown role 'astronaut'\n"),
        (
            ["gap", "data-analyst"],
            "ecomcareer: no skills given; use --skills 'sql, excel', --skills-file FILE, --from RESUME "
            "or --job TITLE\n",
        ),
        (
            ["next", "-s", "sql", "--target", "astronaut pilot"],
            "ecomcareer: unknown role 'astronaut pilot'\n",
        ),
        (["path", "data-analyst", "--depth", "0"], None),
        (["next", "-s", "banana"], "ecomcareer: none of the skills were understood: 'banana'\n"),
        (
            ["next", "-s", "sql", "--target", "data-analyst", "--across", "3"],
            "ecomcareer: --across and --target do not go together: a target is one role\n",
        ),
    ],
)
def test_planning_usage_errors(runner: CliRunner, args: list[str], message: str | None) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    if message is not None:
        assert result.stderr == message


def test_compare_and_path_on_a_users_file(runner: CliRunner, write: Callable[[str], Path]) -> None:
    data = str(write(MINIMAL))
    report = json.loads(
        runner.invoke(app, ["--data", data, "compare", "analyst", "engineer", "-f", "json"]).stdout
    )
    assert report["shared"] == ["sql", "python", "communication"]
    assert [r["only"] for r in report["roles"]] == [["excel", "tableau"], []]
    tree = json.loads(runner.invoke(app, ["--data", data, "path", "analyst", "-f", "json"]).stdout)
    assert tree["id"] == "analyst" and [n["id"] for n in tree["next"]] == ["engineer"]
    assert tree["median_pay"] is None and "not known" not in json.dumps(tree)


def test_path_into_a_role_and_from_one_role_to_another(
    runner: CliRunner, write: Callable[[str], Path]
) -> None:
    into = json.loads(runner.invoke(app, ["path", "--into", "ecommerce-manager", "-f", "json"]).stdout)
    assert into["target"] == "ecommerce-manager" and into["from"] is None and into["routes"]
    for route in into["routes"]:
        assert route[-1]["id"] == "ecommerce-manager" and 2 <= len(route) <= into["depth"] + 1
        assert len({step["id"] for step in route}) == len(route)
    data = str(write(MINIMAL))
    one = json.loads(
        runner.invoke(app, ["--data", data, "path", "analyst", "--to", "engineer", "-f", "json"]).stdout
    )
    assert [[s["id"] for s in r] for r in one["routes"]] == [["analyst", "engineer"]]
    none = runner.invoke(app, ["--data", data, "path", "engineer", "--to", "analyst"])
    assert none.exit_code == 0 and "No route leads there" in none.stdout
    assert runner.invoke(app, ["path"]).exit_code == 2


def test_every_figure_with_a_caveat_carries_it(runner: CliRunner) -> None:
    listed = json.loads(runner.invoke(app, ["list", "-f", "json"]).stdout)
    manager = next(r for r in listed if r["id"] == "ecommerce-manager")
    assert "marketing managers" in manager["caveat"]
    table = runner.invoke(app, ["list"]).stdout
    assert "$161,030†" in table and "† ecommerce-manager: " in table
    compared = json.loads(
        runner.invoke(app, ["compare", "ecommerce-manager", "data-analyst", "-f", "json"]).stdout
    )
    assert all(r["caveat"] for r in compared["roles"])
    tree = json.loads(runner.invoke(app, ["path", "customer-service-rep", "-f", "json"]).stdout)
    assert "caveat" in tree and tree["next"][0]["caveat"]
    assert "caveat" in runner.invoke(app, ["path", "data-analyst", "-f", "csv"]).stdout.splitlines()[0]


def test_validate_warns_about_ladders_that_are_not_steps_up(
    runner: CliRunner, write: Callable[[str], Path]
) -> None:
    text = MINIMAL.replace(
        "      supporting: [communication]\n",
        "      supporting: [communication]\n    next_roles: [analyst]\n"
        "    salary: {median: 50000, currency: USD, year: 2024, source: s}\n",
    ).replace(
        "    next_roles: [engineer]",
        "    next_roles: [engineer]\n    salary: {median: 90000, currency: USD, year: 2024, source: s}",
    )
    path = write(text)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout == "ok: 2 roles, 5 skills, 2 warnings\n"
    line = text.splitlines().index("    next_roles: [engineer]") + 1
    assert result.stderr.splitlines() == [
        f"ecomcareer: warning: {path}:{line}:18: roles[0].next_roles[0]: 'analyst' and 'engineer' name "
        "each other as next roles; put a sideways move in related_roles",
        f"ecomcareer: warning: {path}:{line}:18: roles[0].next_roles[0]: next role 'engineer' pays less "
        "(50,000 against 90,000); a next step pays at least as much, or a caveat says why",
    ]


def test_only_the_sources_a_file_names_are_credited(runner: CliRunner, write: Callable[..., Path]) -> None:
    plain = str(write(MINIMAL, "plain.yaml"))
    shown = json.loads(runner.invoke(app, ["--data", plain, "show", "analyst", "-f", "json"]).stdout)
    assert shown["sources"] == []
    assert "Source:" not in runner.invoke(app, ["--data", plain, "show", "analyst"]).stdout
    coded = str(
        write(
            MINIMAL.replace(
                "    next_roles: [engineer]", '    next_roles: [engineer]\n    onet_code: "15-2051.01"'
            ),
            "coded.yaml",
        )
    )
    [onet] = json.loads(runner.invoke(app, ["--data", coded, "show", "analyst", "-f", "json"]).stdout)[
        "sources"
    ]
    assert onet["licence"] == "CC BY 4.0" and "trademark" in onet["note"]
    named = MINIMAL.replace(
        "version: 1\n",
        "version: 1\nsources:\n  - {name: Our survey, url: 'javascript:alert(1)', note: Asked 40 shops.}\n",
    )
    path = str(write(named, "named.yaml"))
    shown = json.loads(runner.invoke(app, ["--data", path, "show", "analyst", "-f", "json"]).stdout)
    assert [s["name"] for s in shown["sources"]] == ["Our survey"]
    page = runner.invoke(app, ["--data", path, "show", "analyst", "-f", "html"]).stdout
    assert (
        "Our survey" in page and "javascript:" not in page.split("<body>", 1)[1].split("Our survey")[0][-40:]
    )
    assert 'href="javascript' not in page
    bundled = json.loads(runner.invoke(app, ["show", "data-analyst", "-f", "json"]).stdout)["sources"]
    assert [s["licence"] for s in bundled] == [
        "Public domain",
        "© European Union, reuse under Commission Decision 2011/833/EU",
        "CC BY 4.0",
    ]


def test_a_counselors_file_may_declare_its_own_families_and_categories(
    runner: CliRunner, write: Callable[..., Path]
) -> None:
    own = (
        MINIMAL.replace(
            "version: 1\n",
            "version: 1\nfamilies: [warehouse, office]\ncategories: [data, development, floor]\n",
        )
        .replace("family: data", "family: warehouse")
        .replace("family: technology", "family: office")
        .replace(
            "{id: communication, name: Communication, category: soft}",
            "{id: communication, name: Communication, category: floor}",
        )
    )
    path = str(write(own, "own.yaml"))
    listed = json.loads(
        runner.invoke(app, ["--data", path, "list", "--family", "warehouse", "-f", "json"]).stdout
    )
    assert [r["id"] for r in listed] == ["analyst"]
    floor = json.loads(
        runner.invoke(app, ["--data", path, "skills", "--category", "floor", "-f", "json"]).stdout
    )
    assert [s["id"] for s in floor] == ["communication"]
    wrong = runner.invoke(app, ["--data", path, "list", "--family", "marketing"])
    assert wrong.exit_code == 2
    assert wrong.stderr == "ecomcareer: no family 'marketing'; the families are: warehouse, office\n"
    bad = runner.invoke(
        app, ["validate", str(write(own.replace("family: office", "family: shop"), "bad.yaml"))]
    )
    assert bad.exit_code == 1 and "roles[1].family: 'shop' is not one of: warehouse, office" in bad.stderr


def test_next_plans_for_the_best_fit_and_names_it(runner: CliRunner) -> None:
    """A junior web developer is told the missing core skills of the developer role, not a
    spread of marketing skills over three roles."""
    typed = "html5, css3, javascript, react, node, git/github, wordpress, bootstrap, rest apis"
    report = json.loads(runner.invoke(app, ["next", "-s", typed, "-f", "json"]).stdout)
    assert report["focus"] == {"id": "ecommerce-web-developer", "title": "E-commerce Web Developer"}
    shown = json.loads(runner.invoke(app, ["show", "ecommerce-web-developer", "-f", "json"]).stdout)
    core = {s["id"] for s in shown["skills"] if s["importance"] == "core"}
    assert [s["skill"] for s in report["steps"]][:4] == ["php", "woocommerce", "adobe-commerce", "shopify"]
    assert {s["skill"] for s in report["steps"][:4]} <= core
    for step in report["steps"]:  # other roles appear only where the step raises them
        assert all(
            e["after"] > e["before"] for e in step["effects"] if e["role"] != "ecommerce-web-developer"
        )
    table = runner.invoke(app, ["next", "-s", typed]).stdout
    assert "for your best fit, E-commerce Web Developer (ecommerce-web-developer)" in table


def test_next_across_spreads_the_plan_over_several_best_matches(runner: CliRunner) -> None:
    spread = json.loads(
        runner.invoke(app, ["next", "-s", "sql, excel", "--across", "3", "-f", "json"]).stdout
    )
    assert spread["focus"] is None and len(spread["roles"]) == 3
    raised = {e["role"] for s in spread["steps"] for e in s["effects"] if e["after"] > e["before"]}
    assert len(raised) >= 2
    focused = json.loads(runner.invoke(app, ["next", "-s", "sql, excel", "-f", "json"]).stdout)
    assert focused["focus"]["id"] == "data-analyst"
    assert all(
        any(e["role"] == "data-analyst" and e["after"] > e["before"] for e in s["effects"])
        for s in focused["steps"]
    )


def test_match_says_the_fit_in_words_and_counts(runner: CliRunner) -> None:
    report = json.loads(runner.invoke(app, ["match", "-s", "sql, excel, tableau", "-f", "json"]).stdout)
    analyst = report["matches"][0]
    assert analyst["id"] == "data-analyst" and analyst["band"] == "good"
    assert analyst["core"] == {"have": 3, "partly": 1, "total": 8}
    assert analyst["related"] == [{"skill": "data-visualization", "via": "tableau"}]
    assert "data-visualization" not in analyst["missing_core"]
    table = runner.invoke(app, ["match", "-s", "sql, excel, tableau"], env={"COLUMNS": "120"}).stdout
    assert "good: 3 of 8 core" in table and "+1 in part" in table
    start = json.loads(runner.invoke(app, ["gap", "data-analyst", "-s", "sql, excel", "-f", "json"]).stdout)
    assert start["band"] == "partial"  # a real start, not a failure


def test_roles_leading_people_are_marked_when_held_back(runner: CliRunner) -> None:
    typed = "forklift, pallet jack, pick and pack, wms"
    result = runner.invoke(app, ["match", "-s", typed, "--top", "20"], env={"COLUMNS": "120"})
    assert "fulfillment-team-lead ↓" in result.stdout
    assert "↓ leads people: not above the step below it, since no leadership skill is given." in result.stdout
    report = json.loads(runner.invoke(app, ["match", "-s", typed, "--top", "20", "-f", "json"]).stdout)
    assert report["matches"][0]["id"] == "fulfillment-associate"
    lead = next(m for m in report["matches"] if m["id"] == "fulfillment-team-lead")
    assert lead["held_back"] == "it leads people, and no leadership skill is given"


def test_a_warehouse_worker_is_not_sent_to_design_for_being_a_team_player(runner: CliRunner) -> None:
    report = json.loads(
        runner.invoke(
            app,
            ["match", "-s", "forklift, pallet jack, pick and pack, rf scanner, team player", "-f", "json"],
        ).stdout
    )
    ids = [m["id"] for m in report["matches"]]
    assert ids[0] == "fulfillment-associate"
    assert not {"ux-designer", "social-media-manager", "mobile-app-developer"} & set(ids)


def test_complaints_and_refunds_put_customer_service_above_sales(runner: CliRunner) -> None:
    typed = "complaint resolution, order entry, refunds, record keeping, phone support"
    ids = [
        m["id"]
        for m in json.loads(runner.invoke(app, ["match", "-s", typed, "-f", "json"]).stdout)["matches"]
    ]
    assert ids.index("customer-service-rep") < ids.index("ecommerce-sales-rep")


def test_a_teacher_is_sent_to_customer_service_and_success(runner: CliRunner) -> None:
    typed = "lesson planning, classroom management, one to one tutoring, parent communication, patience"
    report = json.loads(runner.invoke(app, ["match", "-s", typed, "--top", "3", "-f", "json"]).stdout)
    assert [m["id"] for m in report["matches"]][:2] == ["customer-service-rep", "customer-success-manager"]
    assert {r["skill"] for r in report["recognized"]} >= {"teaching", "patience"}


def test_a_cashier_is_not_sent_to_manage_an_online_store(runner: CliRunner) -> None:
    typed = "cash handling, POS, customer service, merchandising"
    report = json.loads(runner.invoke(app, ["match", "-s", typed, "--top", "3", "-f", "json"]).stdout)
    ids = [m["id"] for m in report["matches"]]
    assert ids[0] == "retail-sales-associate" and "ecommerce-manager" not in ids
    merchandising = next(r for r in report["recognized"] if r["input"] == "merchandising")
    assert (merchandising["skill"], merchandising["note"]) == (
        "visual-merchandising",
        "beside shop-floor skills",
    )


def test_a_global_option_after_the_command_says_where_it_goes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["match", "-s", "sql", "--data", "mine.yaml"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "ecomcareer: No such option: --data; "
        "--data goes before the command: 'ecomcareer --data ... match ...'\n"
    )
