"""The loader accepts the schema and refuses every bad file with its line."""

from __future__ import annotations

import datetime
import math
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecomcareer import files, loader
from ecomcareer.errors import DataError
from ecomcareer.model import DEFAULT_CATEGORIES, DEFAULT_FAMILIES, KnowledgeBase, Outlook, Role, Salary, Skill
from tests.conftest import MINIMAL


def problems(text: str) -> list[str]:
    with pytest.raises(DataError) as info:
        loader.loads(text, "roles.yaml")
    return info.value.lines()


def test_bundled_file_loads(kb: KnowledgeBase) -> None:
    assert len(kb.roles) == 48
    assert len(kb.skills) >= 150
    assert kb.role_by_id["data-analyst"].salary is not None


def test_minimal_file_loads() -> None:
    kb = loader.loads(MINIMAL)
    assert [r.id for r in kb.roles] == ["analyst", "engineer"]
    assert kb.skill_by_id["excel"].aliases == ("ms excel",)
    assert kb.roles_by_skill["sql"] == ("analyst", "engineer")


def test_unknown_skill_names_line_path_and_suggestion() -> None:
    text = MINIMAL.replace("core: [sql, excel, tableau]", "core: [sqll, excel, tableau]")
    assert problems(text) == [
        "roles.yaml:14:14: roles[0].skills.core[0]: role 'analyst' needs skill 'sqll', "
        "which is not defined — did you mean 'sql'?"
    ]


def test_all_problems_reported_sorted_by_line() -> None:
    text = MINIMAL.replace("family: technology", "family: tech").replace("name: Tableau", "nam: Tableau")
    found = problems(text)
    assert len(found) == 3
    assert [int(p.split(":")[1]) for p in found] == sorted(int(p.split(":")[1]) for p in found)
    assert any("unknown field 'nam' — did you mean 'name'?" in p for p in found)
    assert any("missing required field 'name'" in p for p in found)
    assert any("'tech' is not one of:" in p for p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "roles.yaml:1:1: the file is empty"),
        ("# only a comment\n", "roles.yaml:1:1: the file is empty"),
        ("- a\n- b\n", "roles.yaml:1:1: expected a mapping of fields, got a list"),
        ("version: 1\nskills: sql\nroles: []\n", "roles.yaml:2:1: skills: expected a list, got text ('sql')"),
        ("version: 1\nskills: []\nroles: []\nextra: 1\n", "roles.yaml:4:1: extra: unknown field 'extra'"),
        ("version: 2\nskills: []\nroles: []\n", "roles.yaml:1:1: version: unsupported version 2"),
        ("version: 1\nskills: []\nroles: []\nversion: 1\n", "roles.yaml:4:1: duplicate key 'version'"),
        ("version: 1\nskills:\n\t- a\nroles: []\n", "roles.yaml:3:1: a tab character"),
        ("version: 1\nskills: [\n", "roles.yaml:3:1: "),
        ("version: &v 1\nskills: []\nroles: []\n", "roles.yaml:1:10: anchors (&v) are not supported"),
        ("a: &x [1]\nb: *x\n", "roles.yaml:1:4: anchors (&x)"),
        (
            "version: !!python/object/apply:os.system ['true']\n",
            "YAML tags such as '!!python/object/apply:os.system'",
        ),
        ("version: !!binary aGVsbG8=\n", "YAML tags such as '!!binary'"),
        ("<<: {version: 1}\n", "roles.yaml:1:1: merge keys (<<) are not supported"),
        ("a: " + "[" * 40 + "]" * 40 + "\n", "roles.yaml:1:35: nesting too deep (more than 32 levels)"),
        ("a: " + "[" * 5000 + "]" * 5000 + "\n", "maximum nesting depth"),
        ("version: 1\n---\nversion: 1\n", "roles.yaml:2:1: more than one YAML document"),
        ("version: 1\nskills: [", "roles.yaml:2:10: did not find expected node content"),  # no final newline
        ("version: 1\rskills: []\rroles: []\rx: 1\r", "roles.yaml:4:1: x: unknown field 'x'"),
        ("version: 1\r\x1f", "roles.yaml:2:1: a control character U+001F is not allowed"),
        ("version: " + "9" * 5000 + "\n", "roles.yaml:1:10: number too large (5,000 digits; at most 100)"),
        ("version: 1\nroles:\n  - id: -" + "1_0" * 60 + "\n", "roles.yaml:3:9: number too large (120 digits"),
        ("version: 1" + ":00" * 100_000 + "\n", "roles.yaml:1:10: number too large"),
    ],
)
def test_refused_files(text: str, expected: str) -> None:
    found = problems(text)
    assert any(p.startswith(expected) or expected in p for p in found), found


def test_yaml_11_booleans_and_dates_are_named_with_their_source_text() -> None:
    text = MINIMAL.replace("name: Tableau", "name: no").replace(
        "summary: Builds pipelines.", "summary: 2024-01-01"
    )
    found = problems(text)
    assert (
        "roles.yaml:5:19: skills[2].name: expected text, got a true/false value (false): "
        "YAML reads the plain word 'no' that way; put it in quotes"
    ) in found
    assert any(
        "roles[1].summary: expected text, got a date (2024-01-01)" in p and "'2024-01-01'" in p for p in found
    )


@pytest.mark.parametrize(
    ("key", "read_as"),
    [
        ("yes", "a true/false value (true): YAML reads the plain word 'yes' that way"),
        ("Off", "a true/false value (false): YAML reads the plain word 'Off' that way"),
        ("null", "nothing (null): YAML reads the plain word 'null' that way"),
        ("~", "nothing (null): YAML reads the plain word '~' that way"),
        ("1", "a number (1)"),
        ("2.50", "a number (2.5): YAML reads the plain word '2.50' that way"),
        ("2024-01-01", "a date (2024-01-01)"),
    ],
)
def test_a_key_that_is_not_text_is_reported_where_it_is_written(key: str, read_as: str) -> None:
    in_role = MINIMAL.replace("    next_roles: [engineer]\n", f"    next_roles: [engineer]\n    {key}: 1\n")
    assert problems(in_role) == [f"roles.yaml:17:5: roles[0].{key}: field names must be text, got {read_as}"]
    in_flow = MINIMAL.replace("{id: tableau,", f"{{{key}: 1, id: tableau,")
    assert problems(in_flow) == [f"roles.yaml:5:6: skills[2].{key}: field names must be text, got {read_as}"]
    at_top = MINIMAL.replace("roles:\n", f"{key}: 1\nroles:\n")
    assert problems(at_top) == [f"roles.yaml:8:1: {key}: field names must be text, got {read_as}"]


@pytest.mark.parametrize(
    ("key", "where"),
    [
        ('"x: y"', "roles[0]['x: y']"),
        ('"a\\nb"', "roles[0]['a\\nb']"),
        ('""', "roles[0]['']"),
        ("größe", "roles[0].größe"),
    ],
)
def test_a_key_that_is_not_a_plain_name_is_quoted_so_each_problem_stays_one_line(
    key: str, where: str
) -> None:
    text = MINIMAL.replace("    next_roles: [engineer]\n", f"    next_roles: [engineer]\n    {key}: 1\n")
    (found,) = problems(text)
    assert found.startswith(f"roles.yaml:17:5: {where}: unknown field ")
    assert "\n" not in found


def test_keys_that_yaml_reads_as_the_same_value_are_duplicates() -> None:
    found = problems("version: 1\nskills: []\nroles: []\n1: a\ntrue: b\n")
    assert found == [
        "roles.yaml:5:1: duplicate key 'true' (YAML reads it as True, like an earlier key); "
        "each key may appear once"
    ]


def test_duplicate_ids_and_shared_aliases() -> None:
    text = MINIMAL.replace(
        "{id: tableau, name: Tableau, category: data}",
        "{id: sql, name: Tableau, category: data, aliases: [ms excel]}",
    )
    found = problems(text)
    assert any("skills[2].id: skill id 'sql' is already used by skills[0]" in p for p in found)
    assert any("'ms excel' already names skill 'excel'" in p for p in found)


def test_unknown_next_role_and_duplicate_role() -> None:
    text = MINIMAL.replace("next_roles: [engineer]", "next_roles: [enginer]").replace(
        "id: engineer", "id: analyst"
    )
    found = problems(text)
    assert any("role id 'analyst' is already used by roles[0]" in p for p in found)
    assert any("points at role 'enginer', which is not defined" in p for p in found)


def test_malformed_figures() -> None:
    text = MINIMAL.replace(
        "    next_roles: [engineer]\n",
        "    next_roles: [engineer]\n    salary: {median: lots, currency: usd, year: 2024, source: BLS}\n"
        "    onet_code: 15-2051\n",
    )
    found = problems(text)
    assert any("salary.median: expected a number, got text ('lots')" in p for p in found)
    assert any("salary.currency: 'usd' is not a three-letter currency code" in p for p in found)
    assert any("onet_code: '15-2051' is not an O*NET-SOC code" in p for p in found)


FIGURES = """\
    salary:
      median: 112590
      currency: USD
      year: 2024
      source: BLS
    outlook:
      growth_percent: 33.5
      period: 2024-34
      source: BLS
      annual_openings: 23400
"""
FIGURE_LINES = {"median": 18, "year": 20, "growth_percent": 23, "annual_openings": 26}


def with_figures(**figures: str) -> str:
    """MINIMAL with a salary and an outlook on the first role (lines 17 to 26), some figures replaced."""
    block = FIGURES
    for key, value in figures.items():
        block = re.sub(rf"(?m)^(\s+{key}): .*$", rf"\1: {value}", block)
    return MINIMAL.replace("    next_roles: [engineer]\n", "    next_roles: [engineer]\n" + block)


def test_figures_at_their_limits_load() -> None:
    assert loader.loads(with_figures()).roles[0].salary == Salary(112590, "USD", 2024, "BLS")
    low = loader.loads(with_figures(median="0", year="1900", growth_percent="-100", annual_openings="0"))
    high = loader.loads(
        with_figures(median="10_000_000_000", year="2100", growth_percent="1000", annual_openings="100000000")
    )
    assert low.roles[0].outlook == Outlook(-100.0, "2024-34", "BLS", 0)
    assert high.roles[0].salary == Salary(10_000_000_000, "USD", 2100, "BLS")


@pytest.mark.parametrize(
    ("key", "written", "message"),
    [
        ("median", ".nan", "expected a finite number, got not-a-number (NaN) (written '.nan')"),
        ("median", ".inf", "expected a finite number, got infinity (written '.inf')"),
        ("median", "-.Inf", "expected a finite number, got minus infinity (written '-.Inf')"),
        ("median", "1.0e+999", "expected a finite number, got infinity (written '1.0e+999')"),
        (
            "median",
            "1e999",
            "expected a number, got text ('1e999'): YAML reads an exponent without a dot and a sign "
            "as text; write 1.0e+5, not 1e5",
        ),
        ("median", "10_000_000_001", "must be between 0 and 10,000,000,000, got 10,000,000,001"),
        ("median", "-1", "must be between 0 and 10,000,000,000, got -1"),
        ("year", ".nan", "expected a whole number, got not-a-number (NaN) (written '.nan')"),
        ("year", "1899", "must be between 1900 and 2100, got 1899"),
        ("year", "2101", "must be between 1900 and 2100, got 2101"),
        ("growth_percent", ".NaN", "expected a finite number, got not-a-number (NaN) (written '.NaN')"),
        ("growth_percent", "-.inf", "expected a finite number, got minus infinity (written '-.inf')"),
        ("growth_percent", "1000.5", "must be between -100 and 1000, got 1000.5"),
        ("growth_percent", "-100.5", "must be between -100 and 1000, got -100.5"),
        ("annual_openings", ".inf", "expected a whole number, got infinity (written '.inf')"),
        ("annual_openings", "100000001", "must be between 0 and 100,000,000, got 100,000,001"),
        ("annual_openings", "-1", "must be between 0 and 100,000,000, got -1"),
    ],
)
def test_figures_must_be_finite_and_within_limits(key: str, written: str, message: str) -> None:
    part = "salary" if key in ("median", "year") else "outlook"
    assert problems(with_figures(**{key: written})) == [
        f"roles.yaml:{FIGURE_LINES[key]}:7: roles[0].{part}.{key}: {message}"
    ]


def test_files_that_cannot_be_read(tmp_path: Path, write: Callable[[str], Path]) -> None:
    cases = {
        tmp_path / "missing.yaml": "cannot read: no such file",
        tmp_path: "is a directory",
    }
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"version: 1\n\x00\x01\x02")
    cases[binary] = "a NUL byte"
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("version: 1\nskills: []\nroles: [caf\xe9]\n".encode("latin-1"))
    cases[latin] = "not UTF-8 text (byte 0xe9 at byte offset 33)"
    for path, expected in cases.items():
        with pytest.raises(DataError) as info:
            loader.load(path)
        assert expected in str(info.value), path
    with pytest.raises(DataError) as info:
        loader.load(latin)
    assert str(info.value).startswith(f"{latin}:3:")


@pytest.mark.parametrize(
    ("limit", "worded"),
    [
        (1000, "1,000 bytes"),
        (1024 * 1024, "1 MiB"),
        (3 * 512 * 1024, "1.5 MiB"),
        (64 * 1024 * 1024, "64 MiB"),
    ],
)
def test_oversized_file_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int, worded: str
) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as f:  # sparse: the size is all that is looked at
        f.truncate(limit + 1)
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", limit)
    monkeypatch.setattr(files, "_bounded", lambda read, limit: pytest.fail("read a file over the limit"))
    with pytest.raises(DataError) as info:
        loader.load(big)
    assert info.value.lines() == [f"{big}: file is {limit + 1:,} bytes; the limit is {worded}"]


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    start = time.perf_counter()
    found = problems("\n".join(lines))
    assert time.perf_counter() - start < 1
    assert "anchors (&a0) are not supported" in found[0]


# Property tests -------------------------------------------------------------

ids = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5})?", fullmatch=True)
# Printable text without leading/trailing space; YAML round-trips it through PyYAML's dumper.
texts = (
    st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


@st.composite
def knowledge_bases(draw: st.DrawFn) -> KnowledgeBase:
    skill_ids = draw(st.lists(ids, min_size=1, max_size=8, unique=True))
    skills = tuple(
        Skill(
            sid,
            f"Skill {sid}",
            draw(st.sampled_from(DEFAULT_CATEGORIES)),
            (f"alias of {sid}",) if draw(st.booleans()) else (),
        )
        for sid in skill_ids
    )
    role_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    roles = []
    for rid in role_ids:
        core = draw(st.lists(st.sampled_from(skill_ids), min_size=1, max_size=4, unique=True))
        rest = [s for s in skill_ids if s not in core]
        supporting = draw(st.lists(st.sampled_from(rest), unique=True, max_size=4)) if rest else []
        others = [r for r in role_ids if r != rid]
        roles.append(
            Role(
                id=rid,
                title=draw(texts),
                family=draw(st.sampled_from(DEFAULT_FAMILIES)),
                summary=draw(texts),
                core=tuple(core),
                supporting=tuple(supporting),
                responsibilities=tuple(draw(st.lists(texts, max_size=3))),
                education=draw(st.none() | texts),
                salary=draw(
                    st.none()
                    | st.builds(Salary, st.integers(0, 10**6), st.just("USD"), st.integers(1990, 2100), texts)
                ),
                outlook=draw(
                    st.none()
                    | st.builds(
                        Outlook,
                        st.floats(-100, 1000, allow_nan=False).map(lambda x: round(x, 1)),
                        texts,
                        texts,
                        st.none() | st.integers(0, 10**7),
                    )
                ),
                next_roles=tuple(draw(st.lists(st.sampled_from(others), unique=True, max_size=2)))
                if others
                else (),
            )
        )
    return KnowledgeBase(skills, tuple(roles))


def document(kb: KnowledgeBase) -> dict[str, object]:
    """The plain data a knowledge-base file holds for this model."""

    def role(r: Role) -> dict[str, object]:
        out: dict[str, object] = {
            "id": r.id,
            "title": r.title,
            "family": r.family,
            "summary": r.summary,
            "skills": {"core": list(r.core), "supporting": list(r.supporting)},
            "responsibilities": list(r.responsibilities),
            "next_roles": list(r.next_roles),
        }
        if r.education is not None:
            out["education"] = r.education
        if r.salary is not None:
            s = r.salary
            out["salary"] = {"median": s.median, "currency": s.currency, "year": s.year, "source": s.source}
        if r.outlook is not None:
            o = r.outlook
            out["outlook"] = {"growth_percent": o.growth_percent, "period": o.period, "source": o.source}
            if o.annual_openings is not None:
                out["outlook"]["annual_openings"] = o.annual_openings  # type: ignore[index]
        return out

    return {
        "version": 1,
        "skills": [
            {"id": s.id, "name": s.name, "category": s.category, "aliases": list(s.aliases)}
            for s in kb.skills
        ],
        "roles": [role(r) for r in kb.roles],
    }


def dump(kb: KnowledgeBase) -> str:
    return yaml.safe_dump(document(kb), allow_unicode=True, sort_keys=False)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(knowledge_bases())
def test_any_valid_model_round_trips_through_yaml(kb: KnowledgeBase) -> None:
    assert loader.loads(dump(kb)) == kb


# One field broken in a valid file: (where, what to write there or DELETE, the message's start).
DELETE = object()
NOT_TEXT = [12345, 1.5, True, None, datetime.date(2024, 1, 1), ["a list"]]


@st.composite
def broken_files(draw: st.DrawFn) -> tuple[str, tuple[object, ...], str]:
    """A valid file with one field broken, the path of that field, and the message expected."""
    doc = document(draw(knowledge_bases()))
    roles: list[dict[str, object]] = doc["roles"]  # type: ignore[assignment]
    skills: list[dict[str, object]] = doc["skills"]  # type: ignore[assignment]
    i = draw(st.integers(0, len(roles) - 1))
    role = roles[i]
    breaks: list[tuple[tuple[object, ...], object, str]] = [
        (("roles", i, "title"), draw(st.sampled_from(NOT_TEXT)), "expected text, got "),
        (("roles", i, "family"), "nowhere", "'nowhere' is not one of: "),
        (("roles", i, "summary"), DELETE, "missing required field 'summary'"),
        (("roles", i, "colour"), "blue", "unknown field 'colour'"),
        (("roles", i, draw(st.sampled_from([True, None, 7, 2.5]))), "x", "field names must be text, got "),
        (
            ("roles", i, "skills", "core", 0),
            "no-such-skill-here",
            f"role {role['id']!r} needs skill 'no-such-skill-here', which is not defined",
        ),
        (("skills", draw(st.integers(0, len(skills) - 1)), "category"), "stuff", "'stuff' is not one of: "),
    ]
    finite, out_of_range = "expected a finite number, got ", "must be between "
    if "salary" in role:
        median = draw(
            st.sampled_from(
                [
                    (math.nan, finite),
                    (math.inf, finite),
                    (-1, out_of_range),
                    (2e10, out_of_range),
                    ("lots", "expected a number, got text"),
                ]
            )
        )
        breaks.append((("roles", i, "salary", "median"), *median))
        breaks.append((("roles", i, "salary", "year"), draw(st.sampled_from([1899, 2101])), out_of_range))
    if "outlook" in role:
        growth = draw(
            st.sampled_from(
                [(-math.inf, finite), (math.nan, finite), (1000.5, out_of_range), (-100.5, out_of_range)]
            )
        )
        breaks.append((("roles", i, "outlook", "growth_percent"), *growth))
    where, value, message = draw(st.sampled_from(breaks))
    *parent_path, last = where
    parent: Any = doc
    for part in parent_path:
        parent = parent[part]
    if value is DELETE:
        del parent[last]
        where = tuple(parent_path)
    else:
        parent[last] = value
    style = draw(st.sampled_from([False, None]))  # block, or flow for the innermost collections
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, default_flow_style=style)
    return text, where, message


def place_of(text: str, where: tuple[object, ...]) -> tuple[int, int, str]:
    """Line, column and dotted name of a place, found by PyYAML's own composer: where a mapping
    entry's key starts, or where a list item starts."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    assert node is not None
    mark, name = node.start_mark, ""
    for part in where:
        if isinstance(node, yaml.MappingNode):
            is_text = "tag:yaml.org,2002:str"
            key, node = next(
                (k, v)
                for k, v in node.value
                if (k.tag == is_text and k.value == part) or (k.tag != is_text and not isinstance(part, str))
            )
            mark, name = key.start_mark, f"{name}.{key.value}" if name else key.value
        else:
            assert isinstance(part, int)
            node = node.value[part]
            mark, name = node.start_mark, f"{name}[{part}]"
    return mark.line + 1, mark.column + 1, name


# What YAML counts as a line break; its line numbers count these.
YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def assert_reported_well(text: str, exc: DataError, name: str = "roles.yaml") -> None:
    """Problems as a user reads them: one line each, `FILE:LINE:COL: [PATH: ]message`,
    LINE and COL inside the file, sorted by place."""
    assert exc.problems
    file_lines = YAML_LINE_BREAK.split(text)
    places = []
    for problem, shown in zip(exc.problems, exc.lines(), strict=True):
        assert "\n" not in shown, shown
        assert problem.line is not None and problem.column is not None, shown
        assert 1 <= problem.line <= len(file_lines), shown
        assert 1 <= problem.column <= len(file_lines[problem.line - 1]) + 1, shown
        where = f"{problem.where}: " if problem.where else ""
        assert (
            problem.message and shown == f"{name}:{problem.line}:{problem.column}: {where}{problem.message}"
        )
        places.append((problem.line, problem.column))
    assert places == sorted(places)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(broken_files())
def test_one_broken_field_is_reported_at_its_line(case: tuple[str, tuple[object, ...], str]) -> None:
    text, where, message = case
    with pytest.raises(DataError) as info:
        loader.loads(text, "roles.yaml")
    line, column, name = place_of(text, where)
    assert len(info.value.problems) == 1, info.value.lines()
    problem = info.value.problems[0]
    assert (problem.line, problem.column, problem.where) == (line, column, name), (problem, text)
    assert problem.message.startswith(message), problem


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_text_gives_a_model_or_our_error(text: str) -> None:
    try:
        loader.loads(text, "roles.yaml")
    except DataError as exc:
        assert_reported_well(text, exc)
        assert problems(text) == exc.lines()  # the same input, the same problems


@settings(max_examples=200)
@given(data=st.binary())
def test_arbitrary_bytes_give_a_model_or_our_error(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "roles.yaml"
    path.write_bytes(data)
    try:
        loader.load(path)
    except DataError as exc:
        assert_reported_well(data.decode("utf-8", errors="replace"), exc, str(path))
        with pytest.raises(DataError) as again:
            loader.load(path)
        assert again.value.lines() == exc.lines()


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(
            [
                "version: 1",
                "skills:",
                "roles:",
                "  - id: x",
                'roles: [{"a\\nkey": 1}]',
                "    name: [",
                "- {a: 1}",
                "a: 'b",
                "\t",
                "? x",
                "!!str y",
                "&a b",
                "*a",
                "[",
                "]",
                "{",
                "}",
                ":",
                "-",
            ]
        ),
        max_size=12,
    )
)
def test_yaml_shaped_noise_gives_a_model_or_our_error(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        loader.loads(text, "roles.yaml")
    except DataError as exc:
        assert_reported_well(text, exc)
        assert problems(text) == exc.lines()


def test_online_counterpart_must_be_another_defined_skill() -> None:
    unknown = MINIMAL.replace(
        "{id: tableau, name: Tableau, category: data}",
        "{id: tableau, name: Tableau, category: data, online: tablo}",
    )
    assert any(
        "skill 'tableau' names online skill 'tablo', which is not defined" in p for p in problems(unknown)
    )
    itself = MINIMAL.replace(
        "{id: tableau, name: Tableau, category: data}",
        "{id: tableau, name: Tableau, category: data, online: tableau}",
    )
    assert any("a skill cannot name itself as its online skill" in p for p in problems(itself))
    fine = MINIMAL.replace(
        "{id: tableau, name: Tableau, category: data}",
        "{id: tableau, name: Tableau, category: data, online: sql}",
    )
    assert loader.loads(fine).skill_by_id["tableau"].online == "sql"
