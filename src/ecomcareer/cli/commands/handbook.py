"""Printable handbooks of roles for counselling."""

from pathlib import Path
from typing import Annotated

import typer

from ecomcareer.cli.params import (
    FamilyOption,
    FromOption,
    JobOption,
    SkillsFileOption,
    SkillsOption,
    family_of,
    knowledge_base,
    use_cache,
)
from ecomcareer.errors import UsageError


def handbook(
    ctx: typer.Context,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The file to write: .html (printable) or .md.")
    ],
    family: FamilyOption = None,
    roles: Annotated[
        str | None, typer.Option("--roles", help="Only these roles, comma-separated ids or titles.")
    ] = None,
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    from_file: FromOption = None,
    job: JobOption = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")] = False,
) -> None:
    """Write a printable handbook of roles, one per page, optionally with a person's fit.

    The HTML works offline (no external files, system fonts) and prints one role per page.

    \b
    Examples:
      ecomcareer handbook --family marketing --output marketing.html
      ecomcareer handbook --roles data-analyst,supply-chain-analyst --skills "sql, excel" -o plan.md
      ecomcareer handbook --family operations --job stocker -o from-the-stockroom.html
    """
    from ecomcareer.catalog import choose_roles
    from ecomcareer.inputs import given, person, skill_inputs, starting_job
    from ecomcareer.matching import Ranker
    from ecomcareer.render import handout_format, save
    from ecomcareer.reports.handbook import handbook_report

    fmt = handout_format(output)
    typed = (
        skill_inputs(skills, skills_file, needed=from_file is None and job is None, job_option=True)
        if given(skills, skills_file, from_file, job)
        else None
    )
    kb = knowledge_base(ctx)
    family = family_of(kb, family)
    chosen = choose_roles(kb, family=family, roles=roles)
    if not chosen:
        raise UsageError("no roles chosen: check --family and --roles")
    start = starting_job(job)
    resolution = person(kb, typed, from_file, start, use_cache=use_cache(ctx)) if typed is not None else None
    fits = None
    if resolution is not None:
        ranker = Ranker(kb)
        fits = [ranker.score(role, resolution.skill_ids) for role in chosen]
    title = "E-commerce careers" + (f": {family}" if family is not None else "")
    save(handbook_report(title, chosen, kb, fits, resolution, job=start), output, fmt, force=force)
