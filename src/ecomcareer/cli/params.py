"""What the commands share: option types, shell completion, the knowledge base in use."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ecomcareer.errors import EcomCareerError
from ecomcareer.model import KnowledgeBase
from ecomcareer.render import Format


def data_path(ctx: typer.Context) -> Path | None:
    path: Path | None = ctx.find_root().params.get("data")
    return path


def use_cache(ctx: typer.Context) -> bool:
    return not ctx.find_root().params.get("no_cache", False)


def knowledge_base(ctx: typer.Context) -> KnowledgeBase:
    """The knowledge base in use, loaded once for the life of the command."""
    meta = ctx.find_root().meta
    kb: KnowledgeBase | None = meta.get("ecomcareer.kb")
    if kb is None:
        from ecomcareer import loader

        kb = loader.load(data_path(ctx) or loader.bundled_path(), use_cache=use_cache(ctx))
        meta["ecomcareer.kb"] = kb
    return kb


def family_of(kb: KnowledgeBase, family: str | None) -> str | None:
    """The --family given, if the knowledge base has it."""
    return _declared(family, kb.families, "family", "families")


def category_of(kb: KnowledgeBase, category: str | None) -> str | None:
    """The --category given, if the knowledge base has it."""
    return _declared(category, kb.categories, "category", "categories")


def _declared(value: str | None, names: tuple[str, ...], what: str, plural: str) -> str | None:
    from ecomcareer.errors import UsageError, did_you_mean

    if value is None or value in names:
        return value
    word = value.strip().lower()
    if word in names:
        return word
    raise UsageError(f"no {what} {value!r}; the {plural} are: {', '.join(names)}{did_you_mean(word, names)}")


def complete_families(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        kb = knowledge_base(ctx)
    except EcomCareerError:
        return []
    return [f for f in kb.families if f.startswith(incomplete)]


def complete_categories(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        kb = knowledge_base(ctx)
    except EcomCareerError:
        return []
    return [c for c in kb.categories if c.startswith(incomplete)]


def finite(value: float) -> float:
    """Refuses 'nan' and 'inf', which pass any range check."""
    import math

    if not math.isfinite(value):
        raise typer.BadParameter(f"{value} is not a number from 0 to 100")
    return value


def complete_roles(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        kb = knowledge_base(ctx)
    except EcomCareerError:
        return []
    return [r.id for r in kb.roles if r.id.startswith(incomplete)]


def _complete_skills(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        kb = knowledge_base(ctx)
    except EcomCareerError:
        return []
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + s.id for s in kb.skills if s.id.startswith(last.strip())]


FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="table for people; json, csv or markdown for scripts and files."),
]
FamilyOption = Annotated[
    str | None,
    typer.Option("--family", help="Only roles of this job family.", autocompletion=complete_families),
]
SkillsOption = Annotated[
    list[str] | None,
    typer.Option("--skills", "-s", help="Your skills, comma-separated.", autocompletion=_complete_skills),
]
SkillsFileOption = Annotated[
    str | None, typer.Option("--skills-file", help="A file of skills, by comma or line; '-' reads stdin.")
]
FromOption = Annotated[
    str | None,
    typer.Option(
        "--from",
        help="A résumé (.txt, .md, .html, .pdf, .docx; '-' reads stdin): its skills are yours.",
        metavar="FILE",
    ),
]
JobOption = Annotated[
    str | None,
    typer.Option(
        "--job",
        help="A job you had, by title or O*NET code: the skills of its occupation start your profile.",
        metavar="TITLE",
    ),
]
RoleArgument = Annotated[
    str, typer.Argument(help="Role id or title, in any case.", autocompletion=complete_roles)
]
RolesArgument = Annotated[
    list[str], typer.Argument(help="Two or more role ids or titles.", autocompletion=complete_roles)
]
TargetOption = Annotated[
    str | None,
    typer.Option(
        "--target", help="Plan for this role instead of your best matches.", autocompletion=complete_roles
    ),
]
