"""Reading the knowledge base: validate, list, show, skills, path."""

from pathlib import Path
from typing import Annotated

import typer

from ecomcareer.catalog import SortBy
from ecomcareer.cli.params import (
    FamilyOption,
    FormatOption,
    RoleArgument,
    category_of,
    complete_categories,
    complete_roles,
    data_path,
    family_of,
    knowledge_base,
)
from ecomcareer.errors import UsageError
from ecomcareer.render import Format, HandoutFormat, emit


def validate(
    ctx: typer.Context,
    path: Annotated[Path | None, typer.Argument(help="The file to check (default: the one in use).")] = None,
) -> None:
    """Check a knowledge-base file and report every problem with its line.

    Career ladders that are not steps up (two roles naming each other as next, a next role
    that pays less without a caveat) are warnings: reported, yet the file is valid.

    \b
    Examples:
      ecomcareer validate
      ecomcareer validate my-roles.yaml
    """
    from ecomcareer import loader
    from ecomcareer.render import say
    from ecomcareer.reports.catalog import ValidateReport

    source = path or data_path(ctx) or loader.bundled_path()
    kb, warnings = loader.check(source)
    say(f"warning: {w}" for w in warnings)
    emit(ValidateReport(str(source), len(kb.roles), len(kb.skills), len(warnings)), Format.TABLE)


def list_roles(
    ctx: typer.Context,
    family: FamilyOption = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Text in the title, summary or skills.")
    ] = None,
    sort: Annotated[
        SortBy, typer.Option("--sort", help="Order by title, or by pay or growth, highest first.")
    ] = SortBy.TITLE,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """List the roles with their median pay and growth.

    \b
    Examples:
      ecomcareer list
      ecomcareer list --family marketing --sort pay
      ecomcareer list --search shopify --format json
    """
    from ecomcareer.catalog import select_roles
    from ecomcareer.reports.base import list_report

    kb = knowledge_base(ctx)
    emit(list_report(select_roles(kb, family=family_of(kb, family), search=search, sort=sort)), fmt)


def show(
    ctx: typer.Context,
    role: RoleArgument,
    fmt: Annotated[
        HandoutFormat,
        typer.Option(
            "--format", "-f", help="table for people; markdown or html for a printable handout; json, csv."
        ),
    ] = HandoutFormat.TABLE,
) -> None:
    """Show everything about one role: duties, skills, pay, outlook, sources, career path.

    \b
    Examples:
      ecomcareer show data-analyst
      ecomcareer show "data analyst" --format markdown > data-analyst.md
      ecomcareer show seo-specialist --format html > seo-specialist.html
    """
    from ecomcareer.catalog import find_role
    from ecomcareer.reports.catalog import show_report

    kb = knowledge_base(ctx)
    emit(show_report(find_role(kb, role), kb), fmt)


def list_skills(
    ctx: typer.Context,
    category: Annotated[
        str | None,
        typer.Option("--category", help="Only skills of this category.", autocompletion=complete_categories),
    ] = None,
    search: Annotated[str | None, typer.Option("--search", help="Text in the id, name or aliases.")] = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """List the skill vocabulary: names, categories, aliases and how many roles need each.

    \b
    Examples:
      ecomcareer skills --category data
      ecomcareer skills --search excel --format json
    """
    from ecomcareer.catalog import select_skills
    from ecomcareer.reports.catalog import skills_report

    kb = knowledge_base(ctx)
    emit(skills_report(select_skills(kb, category=category_of(kb, category), search=search), kb), fmt)


def career_path(
    ctx: typer.Context,
    role: Annotated[
        str | None,
        typer.Argument(
            help="Role id, title or a name people use; where to start.", autocompletion=complete_roles
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            "--into",
            help="Show the routes that lead into this role instead (from ROLE, or from anywhere).",
            autocompletion=complete_roles,
        ),
    ] = None,
    depth: Annotated[int, typer.Option("--depth", min=1, max=10, help="How many steps ahead.")] = 3,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Where a role leads, as a tree with pay along the way; or, with --to, the routes into a role.

    \b
    Examples:
      ecomcareer path customer-service-rep
      ecomcareer path data-analyst --depth 2 --format json
      ecomcareer path --into ecommerce-manager
      ecomcareer path retail-sales-associate --to ecommerce-manager
    """
    from ecomcareer import planning
    from ecomcareer.catalog import find_role
    from ecomcareer.reports.catalog import path_report, routes_report

    if role is None and to is None:
        raise UsageError("path needs a role to start from, or --into ROLE")
    kb = knowledge_base(ctx)
    start = find_role(kb, role) if role is not None else None
    if to is None:
        assert start is not None
        emit(path_report(planning.path(kb, start, depth)), fmt)
        return
    target = find_role(kb, to)
    if start is not None and start.id == target.id:
        raise UsageError(f"{start.id} is the role --to names; give another")
    emit(routes_report(target, start, depth, planning.routes(kb, target, start, depth)), fmt)
