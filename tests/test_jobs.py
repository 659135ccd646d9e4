"""Starting from a job (`--job`): the occupation a title names, the skills it assumes, the
shipped O*NET file, and the commands that take it."""

from __future__ import annotations

import gzip
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecomcareer import jobs
from ecomcareer.cli.app import app
from ecomcareer.errors import UsageError
from ecomcareer.model import KnowledgeBase
from tests.test_data import REFERENCE, needs_reference

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def onet() -> jobs.Onet:
    return jobs.bundled()


def code_of(onet: jobs.Onet, query: str) -> tuple[str, str]:
    job = jobs.find_job(onet, query)
    return job.occupation.code, job.how


def test_title_key_sets_case_punctuation_and_accents_aside() -> None:
    assert jobs.title_key("  Check-Out   CASHIER ") == "check out cashier"
    assert jobs.title_key("Driver's Helper") == "drivers helper"
    assert jobs.title_key("Café Host & Hostess") == "cafe host and hostess"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Cashiers", "41-2011.00"),  # the occupation's own title
        ("cashier", "41-2011.00"),  # its own title in the singular, though three others list it
        ("Stockers and Order Fillers", "53-7065.00"),
        ("cashier associate", "41-2011.00"),  # an alternate title
        ("CEO", "11-1011.00"),  # a short title
        ("chief executive officer", "11-1011.00"),  # what the short title stands for
        ("Customer Service Representative", "43-4051.00"),
        ("stocker", "53-7065.00"),  # two list it; only Stockers and Order Fillers says it in its title
        ("order filler", "53-7065.00"),  # three list it, likewise
    ],
)
def test_a_title_names_its_occupation(onet: jobs.Onet, query: str, code: str) -> None:
    assert code_of(onet, query) == (code, "title")


def test_a_code_names_its_occupation(onet: jobs.Onet) -> None:
    assert code_of(onet, "41-2011.00") == ("41-2011.00", "code")
    assert code_of(onet, " 41-2011 ") == ("41-2011.00", "code")
    with pytest.raises(UsageError, match=r"^no O\*NET occupation has the code '99-9999'$"):
        jobs.find_job(onet, "99-9999")


def test_a_typo_is_forgiven(onet: jobs.Onet) -> None:
    assert code_of(onet, "casheir") == ("41-2011.00", "typo")
    assert code_of(onet, "custmer service representative") == ("43-4051.00", "typo")


def test_a_title_of_several_occupations_lists_them(onet: jobs.Onet) -> None:
    with pytest.raises(UsageError) as raised:
        jobs.find_job(onet, "Warehouse Worker")
    assert str(raised.value) == (
        "'Warehouse Worker' could be: Laborers and Freight, Stock, and Material Movers, Hand (53-7062.00), "
        "Stockers and Order Fillers (53-7065.00); give the code or a fuller title"
    )
    with pytest.raises(UsageError, match=r"^'call centre agnet' could be: Telemarketers \(41-9041\.00\), "):
        jobs.find_job(onet, "call centre agnet")  # a typo of a title two occupations share


def test_nothing_close_is_a_usage_error_with_suggestions(onet: jobs.Onet) -> None:
    with pytest.raises(UsageError) as raised:
        jobs.find_job(onet, "retail")
    message = str(raised.value)
    assert message.startswith("no O*NET occupation is called 'retail'; did you mean ")
    assert "Retail Salespersons (41-2031.00)" in message
    with pytest.raises(UsageError, match=r"^no O\*NET occupation is called 'zzqx'; give another title"):
        jobs.find_job(onet, "zzqx")
    with pytest.raises(UsageError, match="needs a job title"):
        jobs.find_job(onet, " -- ")


def assumed(kb: KnowledgeBase, code: str) -> dict[str, jobs.Assumed]:
    occupation = jobs.bundled().occupation(code)
    assert occupation is not None
    return {a.skill: a for a in jobs.assumed_skills(kb, occupation, use_cache=False)}


def test_a_cashier_handles_cash_and_serves_customers(kb: KnowledgeBase) -> None:
    skills = assumed(kb, "41-2011.00")
    assert {"cash-handling", "customer-service", "customer-greeting", "returns-refunds"} <= set(skills)
    cash = skills["cash-handling"]
    assert (cash.said, cash.source) == ("cash registers", "task")
    assert cash.text.startswith("Establish or identify prices of goods") and cash.said in cash.text
    # Its hot technologies (Excel, Windows) are not in demand in cashiers' own postings.
    assert not any(a.source == "technology" for a in skills.values())


def test_stockers_and_customer_service_representatives(kb: KnowledgeBase) -> None:
    stockers = assumed(kb, "53-7065.00")
    assert {"stocking", "forklift", "price-tagging", "cycle-counting"} <= set(stockers)
    assert stockers["forklift"].text == "Operate equipment such as forklifts."
    service = assumed(kb, "43-4051.00")
    technologies = {a.skill for a in service.values() if a.source == "technology"}
    assert technologies == {"excel", "microsoft-office", "outlook"}  # hot and in demand
    assert not {"photoshop", "illustrator", "salesforce"} & set(service)  # hot, not in demand
    assert {"order-entry", "complaint-resolution"} <= {
        a.skill for a in service.values() if a.source == "task"
    }


def test_a_teacher_teaches_and_loads_no_freight(kb: KnowledgeBase) -> None:
    teacher = assumed(kb, "25-2021.00")  # elementary school teachers
    assert "teaching" in teacher
    assert "loading-unloading" not in teacher  # 'bus loading and unloading' is of children
    tutor = assumed(kb, "25-3041.00")
    assert "teaching" in tutor
    assert "staff-training" not in tutor  # 'participate in training and development sessions'


def test_the_reading_is_cached_and_a_bad_entry_is_not_believed(kb: KnowledgeBase) -> None:
    from ecomcareer import cache

    occupation = jobs.bundled().occupation("41-2011.00")
    assert occupation is not None
    fresh = jobs.assumed_skills(kb, occupation, use_cache=False)
    key = cache.digest(jobs._cache_key(occupation, jobs._vocabulary(kb)))
    cache.write(key, [["cash-handling", "till", "task", "Count the till."]])
    assert jobs.assumed_skills(kb, occupation) == (
        jobs.Assumed("cash-handling", "till", "task", "Count the till."),
    )
    cache.write(key, [["no-such-skill", "x", "task", "x"]])
    assert jobs.assumed_skills(kb, occupation) == fresh  # refused, read afresh and rewritten
    assert cache.read(key) == [[a.skill, a.said, a.source, a.text] for a in fresh]


# The shipped file --------------------------------------------------------------------------


def test_the_shipped_file_credits_onet() -> None:
    text = gzip.decompress(jobs.PATH.read_bytes()).decode("utf-8")
    head = text.split("\n@titles\n", 1)[0]
    assert "O*NET 29.2 Database by the U.S. Department of Labor" in head
    assert "CC BY 4.0" in head and "Modified:" in head


@needs_reference
def test_the_shipped_file_is_what_the_build_script_makes() -> None:
    assert REFERENCE is not None
    spec = importlib.util.spec_from_file_location("build_onet", REPO / "scripts" / "build_onet.py")
    assert spec is not None and spec.loader is not None
    build_onet = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_onet)
    shipped = gzip.decompress(jobs.PATH.read_bytes()).decode("utf-8")
    assert shipped == build_onet.build(REFERENCE), "run: python scripts/build_onet.py"


#: Occupations people often start from, of every kind, whose shipped readings are checked
#: against a fresh reading.
SAMPLED = [
    "41-2011.00",  # cashiers
    "41-2031.00",  # retail salespersons
    "43-4051.00",  # customer service representatives
    "53-7065.00",  # stockers and order fillers
    "43-5071.00",  # shipping, receiving and inventory clerks
    "43-4081.00",  # hotel, motel and resort desk clerks
    "43-6014.00",  # secretaries and administrative assistants
    "35-3023.00",  # fast food and counter workers
    "53-3033.00",  # light truck drivers
    "13-1161.00",  # market research analysts
    "15-1254.00",  # web developers
    "11-2021.00",  # marketing managers
]


def test_the_shipped_readings_are_for_the_bundled_vocabulary(kb: KnowledgeBase) -> None:
    shipped = jobs.shipped_readings()
    assert shipped.vocabulary == jobs.vocabulary_digest(kb), "run: python scripts/build_job_readings.py"
    text = gzip.decompress(jobs.READINGS_PATH.read_bytes()).decode("utf-8")
    assert "O*NET 29.2 Database by the U.S. Department of Labor" in text.split("\n@vocabulary ")[0]


@pytest.mark.parametrize("code", SAMPLED + jobs.bundled().codes()[::40])
def test_a_shipped_reading_is_what_a_fresh_reading_gives(kb: KnowledgeBase, code: str) -> None:
    occupation = jobs.bundled().occupation(code)
    assert occupation is not None
    shipped = jobs.shipped_readings().of(occupation, jobs.vocabulary_digest(kb), kb)
    assert shipped is not None
    assert shipped == jobs.read_occupation(kb, occupation), "run: python scripts/build_job_readings.py"


def test_the_shipped_readings_file_is_read_whatever_its_last_line(kb: KnowledgeBase) -> None:
    occupation = jobs.Occupation("41-2011.00", "Cashiers", (), ("Count money in cash drawers.",))
    text = "@vocabulary abc\n41-2011.00\tcash-handling\ttask\t0\tCount money"
    for shipped in (jobs.Readings(text), jobs.Readings(text + "\n")):
        assert shipped.vocabulary == "abc"
        assert shipped.of(occupation, "abc", kb) == (
            jobs.Assumed("cash-handling", "Count money", "task", "Count money in cash drawers."),
        )
    assert jobs.Readings(text.replace("\t0\t", "\t\u0661\t")).of(occupation, "abc", kb) is None


def test_another_vocabulary_is_read_afresh(kb: KnowledgeBase) -> None:
    from dataclasses import replace

    occupation = jobs.bundled().occupation("41-2011.00")
    assert occupation is not None
    # A counselor's file whose cash handling has no other name: the till is no longer read.
    skills = tuple(replace(s, aliases=()) if s.id == "cash-handling" else s for s in kb.skills)
    other = replace(kb, skills=skills, fingerprint=None)  # its own tables, not the bundled ones
    assert jobs.shipped_readings().of(occupation, jobs.vocabulary_digest(other), other) is None
    assumed = {a.skill for a in jobs.assumed_skills(other, occupation, use_cache=False)}
    assert "cash-handling" not in assumed and "customer-service" in assumed
    assert "cash-handling" in {a.skill for a in jobs.assumed_skills(kb, occupation, use_cache=False)}


# Through the commands ----------------------------------------------------------------------


def run_json(runner: CliRunner, args: list[str]) -> dict[str, object]:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_match_starts_from_the_job(runner: CliRunner) -> None:
    data = run_json(runner, ["match", "--job", "cashier", "--top", "3"])
    assert data["job"] == {"query": "cashier", "code": "41-2011.00", "title": "Cashiers"}
    matches = data["matches"]
    assert isinstance(matches, list) and matches[0]["id"] == "retail-sales-associate"
    web = run_json(runner, ["match", "--job", "web developers", "--top", "1"])
    read = {r["skill"]: r for r in web["recognized"]}  # type: ignore[attr-defined]
    assert read["php"] == {
        "input": "PHP (hot technology)",
        "skill": "php",
        "how": "job",
        "note": None,
    }
    read = {r["skill"]: r for r in data["recognized"]}  # type: ignore[attr-defined]
    assert (
        read["cash-handling"]["input"]
        == 'cash registers (task: "…using calculators, cash registers, or optical price…")'
    )
    assert {r["how"] for r in read.values()} == {"job"}


def test_skills_add_to_the_job(runner: CliRunner) -> None:
    data = run_json(runner, ["match", "--job", "41-2011", "--skills", "pos, shopify"])
    read = data["recognized"]
    assert isinstance(read, list)
    assert [(r["input"], r["skill"], r["how"]) for r in read[:2]] == [
        ("pos", "point-of-sale", "alias"),
        ("shopify", "shopify", "exact"),
    ]
    assert {r["skill"] for r in read[2:] if r["how"] == "job"} >= {"cash-handling", "customer-service"}


def test_gap_and_next_say_the_job_too(runner: CliRunner) -> None:
    gap = run_json(runner, ["gap", "retail-sales-associate", "--job", "cashier"])
    assert gap["job"] == {"query": "cashier", "code": "41-2011.00", "title": "Cashiers"}
    assert "cash-handling" in gap["have"]  # type: ignore[operator]
    plan = run_json(runner, ["next", "--job", "casheir", "--top", "2"])
    assert plan["job"] == {"query": "casheir", "code": "41-2011.00", "title": "Cashiers"}
    assert run_json(runner, ["next", "--skills", "sql"])["job"] is None


def test_every_format_names_the_occupation(runner: CliRunner, tmp_path: Path) -> None:
    line = "Started from the job 'cashier', read as the occupation Cashiers (41-2011.00)"
    table = runner.invoke(app, ["match", "--job", "cashier", "--top", "2"])
    assert line in " ".join(table.stdout.split()) and "→ Cash handling (job)" in table.stdout
    markdown = runner.invoke(app, ["match", "--job", "cashier", "--top", "2", "-f", "markdown"])
    assert line in markdown.stdout
    assert '- Cash handling: cash registers (task: "…using calculators' in markdown.stdout
    csv = runner.invoke(app, ["gap", "data-analyst", "--job", "cashier", "-f", "csv"])
    assert csv.stdout.startswith("skill,name,category")
    assert csv.stderr.splitlines()[0].startswith(f"ecomcareer: note: {line}")
    assert "Cash handling" in csv.stderr.splitlines()[1]
    handbook = tmp_path / "handbook.md"
    result = runner.invoke(
        app, ["handbook", "--roles", "retail-sales-associate", "--job", "cashier", "-o", str(handbook)]
    )
    assert result.exit_code == 0, result.stderr
    assert line in handbook.read_text(encoding="utf-8")


def test_the_job_is_read_against_the_knowledge_base_in_use(
    runner: CliRunner, write: Callable[[str], Path]
) -> None:
    path = write(
        """\
version: 1
skills:
  - {id: tills, name: Till work, category: service, aliases: [cash registers]}
  - {id: greeting, name: Greeting, category: service, aliases: [greet customers]}
  - {id: sql, name: SQL, category: data}
roles:
  - id: checkout
    title: Checkout Operator
    family: sales
    summary: Runs a till.
    skills:
      core: [tills, greeting]
      supporting: [sql]
"""
    )
    data = run_json(runner, ["--data", str(path), "match", "--job", "cashier", "--skills", "sql"])
    assert [(r["skill"], r["how"]) for r in data["recognized"]] == [  # type: ignore[attr-defined]
        ("sql", "exact"),
        ("greeting", "job"),
        ("tills", "job"),
    ]
    assert data["matches"][0]["score"] == 100.0  # type: ignore[index]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["match", "--job", "warehouse worker"],
            "ecomcareer: 'warehouse worker' could be: Laborers and Freight, Stock, and Material Movers, Hand "
            "(53-7062.00), Stockers and Order Fillers (53-7065.00); give the code or a fuller title\n",
        ),
        (
            ["gap", "data-analyst", "--job", "\x1b[31mzzqx"],
            "ecomcareer: no O*NET occupation is called '\\x1b[31mzzqx'; give another title or an O*NET code "
            "such as 41-2011.00\n",
        ),
        (
            ["next", "--job", "11-9199.00"],
            "ecomcareer: Managers, All Other (11-9199.00): no skill of the knowledge base found in its O*NET "
            "technologies and tasks; add --skills\n",
        ),
    ],
)
def test_a_job_that_cannot_be_used_is_a_usage_error(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)
