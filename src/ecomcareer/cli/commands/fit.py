"""Fitting a person's skills to roles: match, gap, next, compare."""

from typing import Annotated

import typer

from ecomcareer.cli.params import (
    FamilyOption,
    FormatOption,
    FromOption,
    JobOption,
    RoleArgument,
    RolesArgument,
    SkillsFileOption,
    SkillsOption,
    TargetOption,
    family_of,
    finite,
    knowledge_base,
    use_cache,
)
from ecomcareer.errors import UsageError
from ecomcareer.render import Format, emit


def match(
    ctx: typer.Context,
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    from_file: FromOption = None,
    job: JobOption = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many roles to show.")] = 10,
    family: FamilyOption = None,
    min_score: Annotated[
        float,
        typer.Option(
            "--min-score", min=0, max=100, callback=finite, help="Hide roles below this (0 to 100)."
        ),
    ] = 0.0,
    explain: Annotated[bool, typer.Option("--explain", help="Show what each skill contributed.")] = False,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Rank the roles by how well your skills fit them.

    Skills are read the way people type them: 'js', 'ms excel', 'powerbi', even 'javascrpt'.
    What could not be understood is listed under the table, with suggestions.

    \b
    Examples:
      ecomcareer match --skills "sql, excel, tableau"
      ecomcareer match --skills "html, css, js" --family technology --explain
      cat my-skills.txt | ecomcareer match --skills-file - --format json | jq '.matches[0]'
      ecomcareer match --from my-resume.pdf
      ecomcareer match --job cashier --skills "excel"
    """
    from ecomcareer.inputs import person, skill_inputs, starting_job
    from ecomcareer.matching import Ranker
    from ecomcareer.reports.fit import match_report

    typed = skill_inputs(skills, skills_file, needed=from_file is None and job is None, job_option=True)
    kb = knowledge_base(ctx)
    start = starting_job(job)
    resolution = person(kb, typed, from_file, start, use_cache=use_cache(ctx))
    ranked = Ranker(kb).rank(resolution.skill_ids, family=family_of(kb, family), min_score=min_score, top=top)
    emit(match_report(ranked, resolution, kb, explain=explain, job=start), fmt)


def gap(
    ctx: typer.Context,
    role: RoleArgument,
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    from_file: FromOption = None,
    job: JobOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """What you have and lack for one role, and the score each missing skill would bring.

    \b
    Examples:
      ecomcareer gap data-analyst --skills "sql, excel"
      ecomcareer gap "seo specialist" --skills-file my-skills.txt --format json
      ecomcareer gap "web developer" --from my-resume.docx
      ecomcareer gap fulfillment-associate --job 53-7065
    """
    from ecomcareer import planning
    from ecomcareer.catalog import find_role
    from ecomcareer.inputs import person, skill_inputs, starting_job
    from ecomcareer.matching import Ranker
    from ecomcareer.reports.fit import gap_report

    typed = skill_inputs(skills, skills_file, needed=from_file is None and job is None, job_option=True)
    kb = knowledge_base(ctx)
    chosen = find_role(kb, role)
    start = starting_job(job)
    resolution = person(kb, typed, from_file, start, use_cache=use_cache(ctx))
    analysis = planning.gap(Ranker(kb), chosen, resolution.skill_ids)
    emit(gap_report(analysis, kb, resolution, job=start), fmt)


def next_skills(
    ctx: typer.Context,
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    from_file: FromOption = None,
    job: JobOption = None,
    target: TargetOption = None,
    top: Annotated[int, typer.Option("--top", min=1, max=20, help="How many skills to suggest.")] = 5,
    across: Annotated[
        int | None,
        typer.Option(
            "--across",
            min=1,
            max=10,
            help="Spread the plan over your N best matches instead of the best one.",
        ),
    ] = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """A short learning plan: the skills that raise your best match (or a target role) most,
    its missing core skills first.

    Without --target, the plan is for the role you fit best; other roles of your top three
    are shown where a step raises them too.

    \b
    Examples:
      ecomcareer next --skills "sql, excel"
      ecomcareer next --skills "html, css" --target ecommerce-web-developer --top 3
      ecomcareer next --skills "sql, excel" --across 3
      ecomcareer next --from my-resume.md
      ecomcareer next --job 41-2011.00 --target customer-service-rep
    """
    from ecomcareer import planning
    from ecomcareer.catalog import find_role
    from ecomcareer.inputs import person, skill_inputs, starting_job
    from ecomcareer.matching import Ranker
    from ecomcareer.reports.fit import plan_report

    if across is not None and target is not None:
        raise UsageError("--across and --target do not go together: a target is one role")
    typed = skill_inputs(skills, skills_file, needed=from_file is None and job is None, job_option=True)
    kb = knowledge_base(ctx)
    goal = find_role(kb, target) if target is not None else None
    start = starting_job(job)
    resolution = person(kb, typed, from_file, start, use_cache=use_cache(ctx))
    learning = planning.plan(Ranker(kb), resolution.skill_ids, target=goal, steps=top, across=across)
    emit(plan_report(learning, kb, goal.id if goal else None, resolution, job=start), fmt)


def compare(
    ctx: typer.Context,
    roles: RolesArgument,
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    from_file: FromOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Roles side by side: pay, growth, education, shared skills and what only one needs.

    \b
    Examples:
      ecomcareer compare seo-specialist ppc-specialist
      ecomcareer compare data-analyst supply-chain-analyst inventory-planner --skills "sql, excel"
    """
    from ecomcareer import planning
    from ecomcareer.catalog import find_role
    from ecomcareer.inputs import given, person, skill_inputs
    from ecomcareer.matching import Ranker
    from ecomcareer.reports.fit import compare_report

    if len(roles) < 2:
        raise UsageError("compare needs at least two roles")
    typed = (
        skill_inputs(skills, skills_file, needed=from_file is None)
        if given(skills, skills_file, from_file)
        else None
    )
    kb = knowledge_base(ctx)
    chosen = list(dict.fromkeys(find_role(kb, r) for r in roles))
    if len(chosen) < 2:
        raise UsageError("compare needs at least two different roles")
    resolution = person(kb, typed, from_file) if typed is not None else None
    have = resolution.skill_ids if resolution is not None else None
    emit(compare_report(planning.compare(Ranker(kb), chosen, have), kb, resolution), fmt)
