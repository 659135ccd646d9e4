"""The README describes every command there is, and its Quick start stays two commands."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from pathlib import Path

import pytest

from ecomcareer.reports import base, catalog, documents, fit

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_has_a_section_with_an_example(command_names: list[str]) -> None:
    assert len(command_names) == 13
    for name in command_names:
        assert f"### `{name}`" in README, name
        assert re.search(rf"^\$ ecomcareer {name}\b", README, re.MULTILINE), name


def test_quick_start_is_one_block_of_two_commands() -> None:
    section = README.split("## Quick start", 1)[1]
    block = section.split("```", 2)[1]
    lines = [line for line in block.splitlines()[1:] if line.strip()]
    assert len(lines) == 2
    assert "ecomcareer match --skills sql,excel" in lines[0]
    assert "pytest" in lines[1] and ".[test]" in lines[1]


def shape(kind: type, outer: tuple[type, ...] = ()) -> str:
    """A report type's JSON shape as the README writes it: keys in order, nested shapes."""
    hints = typing.get_type_hints(kind)
    parts = []
    for f in dataclasses.fields(kind):
        if not f.metadata.get("json", True):
            continue
        optional = bool(f.metadata.get("omit_none"))
        value = _value_shape(hints[f.name], (*outer, kind), drop_null=optional)
        name = f'"{f.name}"' + ("?" if optional else "")
        parts.append(name if value is None else f"{name}: {value}")
    return "{" + ", ".join(parts) + "}"


def _value_shape(hint: object, outer: tuple[type, ...], drop_null: bool = False) -> str | None:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        inner = _value_shape(next(a for a in args if a is not type(None)), outer)
        return inner if inner is None or drop_null else f"{inner} | null"
    if typing.get_origin(hint) is list:
        return "[" + (_value_shape(args[0], outer) or "...") + "]"
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return "the same" if hint in outer else shape(hint, outer)
    return None


@pytest.mark.parametrize(
    "kind",
    [
        fit.MatchReport,
        base.RoleSummary,
        catalog.RoleDetail,
        catalog.SkillItem,
        fit.GapReport,
        fit.PlanReport,
        fit.CompareReport,
        catalog.PathItem,
        documents.ExtractReport,
        documents.FitReport,
    ],
)
def test_json_shapes_in_the_readme_are_the_report_types(kind: type) -> None:
    blocks = re.findall(r"```text\n(.*?)```", README, re.DOTALL)
    written = {" ".join(b.split()) for b in blocks}
    assert shape(kind) in written, f"README's shape for {kind.__name__} is not {shape(kind)}"


def test_the_example_knowledge_base_in_the_readme_is_valid() -> None:
    from ecomcareer import loader

    section = README[
        README.index("## Your own knowledge base") : README.index("## Where the facts come from")
    ]
    example = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert example is not None
    kb = loader.loads(example.group(1))
    assert {r.id for r in kb.roles} == {"data-analyst", "data-engineer", "store-associate"}
    assert kb.skill_by_id["visual-merchandising"].online == "merchandising"
