"""The command line: options in, core functions called, a renderer out. No business logic."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer._click.exceptions import ClickException
from typer.core import TyperGroup

from ecomcareer import __version__
from ecomcareer.errors import EXIT_INTERRUPTED, EcomCareerError, UsageError
from ecomcareer.model import Category, Family, KnowledgeBase
from ecomcareer.render import Format, HandoutFormat
from ecomcareer.render.safe import printable
from ecomcareer.roles import SortBy

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ecomcareer.skills import Resolution

#: More distinct skills than this in one call is a mistake, not a profile.
MAX_SKILLS = 10_000


def _say_error(lines: Sequence[str]) -> None:
    for line in lines:
        sys.stderr.write(f"ecomcareer: {printable(line)}\n")
    sys.stderr.flush()


class _Group(TyperGroup):
    """Maps every error to one stderr line per problem and the documented exit code.

    Overriding `main` puts this in one place for the console script, `python -m` and
    CliRunner alike.
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        kwargs.setdefault("prog_name", "ecomcareer")
        try:
            code = super().main(*args, **kwargs)
            sys.stdout.flush()
        except EcomCareerError as exc:
            _say_error(exc.lines())
            sys.exit(exc.exit_code)
        except ClickException as exc:
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            _say_error([exc.format_message() + hint])
            sys.exit(exc.exit_code)
        except typer.Abort:
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as the Python docs advise.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=_Group,
    name="ecomcareer",
    help="Explore e-commerce careers: match your skills to roles, read sourced role summaries.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ecomcareer {__version__}\n")
        raise typer.Exit()


def _data_path(ctx: typer.Context) -> Path | None:
    path: Path | None = ctx.find_root().params.get("data")
    return path


def _knowledge_base(ctx: typer.Context) -> KnowledgeBase:
    """The knowledge base in use, loaded once for the life of this process.

    Loading makes many long-lived, acyclic objects; the cyclic garbage collector would walk
    them again and again (the cost grows faster than the file), so it is paused while they
    are made, and they are then frozen out of its later passes.
    """
    import gc

    from ecomcareer import loader

    use_cache = not ctx.find_root().params.get("no_cache", False)
    gc.disable()
    try:
        return loader.load(_data_path(ctx) or loader.bundled_path(), use_cache=use_cache)
    finally:
        gc.freeze()
        gc.enable()


def _complete_roles(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        kb = _knowledge_base(ctx)
    except EcomCareerError:
        return []
    return [r.id for r in kb.roles if r.id.startswith(incomplete)]


def _complete_skills(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        kb = _knowledge_base(ctx)
    except EcomCareerError:
        return []
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + s.id for s in kb.skills if s.id.startswith(last.strip())]


def _write(text: str) -> None:
    sys.stdout.write(text)


def _show(renderable: RenderableType) -> None:
    from ecomcareer.render import table

    table.console().print(renderable)


FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="table for people; json, csv or markdown for scripts and files."),
]
FamilyOption = Annotated[Family | None, typer.Option("--family", help="Only roles of this job family.")]
SkillsOption = Annotated[
    list[str] | None,
    typer.Option("--skills", "-s", help="Your skills, comma-separated.", autocompletion=_complete_skills),
]
SkillsFileOption = Annotated[
    str | None, typer.Option("--skills-file", help="A file of skills, by comma or line; '-' reads stdin.")
]
RoleArgument = Annotated[
    str, typer.Argument(help="Role id or title, in any case.", autocompletion=_complete_roles)
]


@app.callback()
def _main(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            envvar="ECOMCAREER_DATA",
            help="Use this knowledge-base YAML file instead of the bundled one.",
            show_envvar=True,
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Parse the knowledge base afresh; neither read nor write the cache."),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Explore e-commerce careers: match your skills to roles, read sourced role summaries.

    \b
    Examples:
      ecomcareer match --skills "sql, excel, tableau"
      ecomcareer show data-analyst
      ecomcareer --data mine.yaml list --format json | jq '.[].id'
    """


@app.command()
def validate(
    ctx: typer.Context,
    path: Annotated[Path | None, typer.Argument(help="The file to check (default: the one in use).")] = None,
) -> None:
    """Check a knowledge-base file and report every problem with its line.

    \b
    Examples:
      ecomcareer validate
      ecomcareer validate my-roles.yaml
    """
    from ecomcareer import loader

    target = path or _data_path(ctx) or loader.bundled_path()
    kb = loader.load(target, use_cache=not ctx.find_root().params.get("no_cache", False))
    _write(f"ok: {len(kb.roles)} roles, {len(kb.skills)} skills\n")


@app.command("list")
def list_roles(
    ctx: typer.Context,
    family: FamilyOption = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Text in the title, summary or skills.")
    ] = None,
    sort: Annotated[
        SortBy, typer.Option("--sort", help="Order by title, or by pay or growth, highest first.")
    ] = (SortBy.TITLE),
    fmt: FormatOption = Format.TABLE,
) -> None:
    """List the roles with their median pay and growth.

    \b
    Examples:
      ecomcareer list
      ecomcareer list --family marketing --sort pay
      ecomcareer list --search shopify --format json
    """
    from ecomcareer.render import records
    from ecomcareer.roles import select_roles

    kb = _knowledge_base(ctx)
    items = [records.role_summary(r) for r in select_roles(kb, family=family, search=search, sort=sort)]
    columns = ["id", "title", "family", "median_pay", "growth_percent"]
    _emit(fmt, lambda table: table.roles(items), items, items, "E-commerce roles", columns)


def _emit(
    fmt: Format,
    table: Callable[[ModuleType], RenderableType],
    value: object,
    rows: list[dict[str, Any]],
    title: str,
    columns: list[str],
    resolution: Resolution | None = None,
) -> None:
    """Print a result in the chosen format: the one place where --format is honoured.

    `table` draws the Rich form from the table renderer (imported only then), `value` is the
    JSON, and csv and markdown list `rows` (markdown under `title`, in `columns`).
    """
    if fmt is Format.TABLE:
        from ecomcareer.render import table as tables

        _show(table(tables))
    elif fmt is Format.JSON:
        _write(_json(value))
    else:
        if resolution is not None:
            _note_unrecognized(resolution)
        _write(_listing(fmt, title, rows, columns))


def _listing(fmt: Format, title: str, items: list[dict[str, Any]], columns: list[str]) -> str:
    """The csv and markdown forms of a list of records."""
    if fmt is Format.CSV:
        from ecomcareer.render import csvout

        return csvout.dumps(items)
    from ecomcareer.render import markdown

    rows = [[item[c] for c in columns] for item in items]
    return markdown.document(title, markdown.table(columns, rows))


@app.command()
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
    from ecomcareer.render import records
    from ecomcareer.roles import find_role

    kb = _knowledge_base(ctx)
    detail = records.role_detail(find_role(kb, role), kb)
    titles = {r.id: r.title for r in kb.roles}
    if fmt is HandoutFormat.TABLE:
        from ecomcareer.render import table

        _show(table.role(detail, titles))
    elif fmt is HandoutFormat.MARKDOWN:
        from ecomcareer.render import markdown

        _write(markdown.role_handout(detail, titles))
    elif fmt is HandoutFormat.HTML:
        from ecomcareer.render import html

        _write(html.handbook(detail["title"], [{"role": detail, "fit": None}], _skill_names(kb), titles))
    elif fmt is HandoutFormat.CSV:
        _write(_listing(Format.CSV, detail["title"], [detail], []))
    else:
        _write(_json(detail))


def _json(value: Any) -> str:
    from ecomcareer.render import jsonout

    return jsonout.dumps(value)


def _read_skills(skills: list[str] | None, skills_file: str | None) -> list[str]:
    from ecomcareer.skills import parse_skill_list

    texts = list(skills or [])
    if skills_file is not None:
        try:
            if skills_file == "-":
                texts.append(sys.stdin.read())
            else:
                texts.append(Path(skills_file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
            raise UsageError(f"cannot read skills file {skills_file!r}: {reason}") from None
    inputs = parse_skill_list(texts)
    if not inputs:
        raise UsageError("no skills given; use --skills 'sql, excel' or --skills-file FILE")
    if len(inputs) > MAX_SKILLS:
        raise UsageError(f"{len(inputs):,} skills given; the limit is {MAX_SKILLS:,}")
    return inputs


@app.command()
def match(
    ctx: typer.Context,
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    top: Annotated[int, typer.Option("--top", min=1, help="How many roles to show.")] = 10,
    family: FamilyOption = None,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0, max=100, help="Hide roles below this.")
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
    """
    from ecomcareer.matching import Ranker
    from ecomcareer.render import records

    inputs = _read_skills(skills, skills_file)
    kb = _knowledge_base(ctx)
    resolution = _understood(kb, inputs)
    ranked = Ranker(kb).rank(resolution.skill_ids, family=family, min_score=min_score, top=top)
    report = records.match_report(ranked, resolution, explain)
    names = _skill_names(kb)
    columns = ["rank", "id", "score", "matched", "missing_core"]
    _emit(
        fmt,
        lambda table: table.matches(report, names, explain),
        report,
        report["matches"],
        "Best-fitting roles",
        columns,
        resolution,
    )


def _skill_names(kb: KnowledgeBase) -> dict[str, str]:
    return {s.id: s.name for s in kb.skills}


def _understood(kb: KnowledgeBase, inputs: list[str]) -> Resolution:
    """The skills read from the inputs; none at all is a usage error."""
    from ecomcareer.skills import SkillResolver

    resolution = SkillResolver(kb).resolve(inputs)
    if not resolution.recognized:
        unknown = ", ".join(repr(u.input) for u in resolution.unrecognized[:5])
        hints = [s for u in resolution.unrecognized[:5] for s in u.suggestions]
        tail = f"; did you mean {', '.join(dict.fromkeys(hints))}?" if hints else ""
        raise UsageError(f"none of the skills were understood: {unknown}{tail}")
    return resolution


def _note_unrecognized(resolution: Resolution) -> None:
    """csv and markdown have no place for these, so they go to stderr."""
    for u in resolution.unrecognized:
        tip = f"; did you mean {', '.join(u.suggestions)}?" if u.suggestions else ""
        _say_error([f"note: skill {u.input!r} not understood{tip}"])


@app.command("skills")
def list_skills(
    ctx: typer.Context,
    category: Annotated[
        Category | None, typer.Option("--category", help="Only skills of this category.")
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
    from ecomcareer.render import records
    from ecomcareer.skills import normalise

    kb = _knowledge_base(ctx)
    needle = normalise(search) if search else ""
    chosen = [
        s
        for s in kb.skills
        if (category is None or s.category is category)
        and needle in normalise(" \n ".join((s.id, s.name, *s.aliases)))
    ]
    items = [records.skill_item(s, kb) for s in sorted(chosen, key=lambda s: s.id)]
    columns = ["id", "name", "category", "aliases", "roles"]
    _emit(fmt, lambda table: table.skills(items), items, items, "Skills", columns)


@app.command("gap")
def skill_gap(
    ctx: typer.Context,
    role: RoleArgument,
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """What you have and lack for one role, and the score each missing skill would bring.

    \b
    Examples:
      ecomcareer gap data-analyst --skills "sql, excel"
      ecomcareer gap "seo specialist" --skills-file my-skills.txt --format json
    """
    from ecomcareer import planning
    from ecomcareer.matching import Ranker
    from ecomcareer.render import records
    from ecomcareer.roles import find_role

    inputs = _read_skills(skills, skills_file)
    kb = _knowledge_base(ctx)
    chosen = find_role(kb, role)
    resolution = _understood(kb, inputs)
    report = records.gap_report(planning.gap(Ranker(kb), chosen, resolution.skill_ids), kb, resolution)
    columns = ["skill", "importance", "category", "roles_needing", "score_after"]
    title = f"Skill gap: {report['role']['title']}"
    names = _skill_names(kb)
    _emit(fmt, lambda table: table.gap(report, names), report, report["missing"], title, columns, resolution)


@app.command("next")
def next_skills(
    ctx: typer.Context,
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    target: Annotated[
        str | None,
        typer.Option(
            "--target",
            help="Plan for this role instead of your best matches.",
            autocompletion=_complete_roles,
        ),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, max=20, help="How many skills to suggest.")] = 5,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """A short learning plan: the skills that raise your best matches (or a target role) most.

    \b
    Examples:
      ecomcareer next --skills "sql, excel"
      ecomcareer next --skills "html, css" --target ecommerce-web-developer --top 3
    """
    from ecomcareer import planning
    from ecomcareer.matching import Ranker
    from ecomcareer.render import records
    from ecomcareer.roles import find_role

    inputs = _read_skills(skills, skills_file)
    kb = _knowledge_base(ctx)
    goal = find_role(kb, target) if target is not None else None
    resolution = _understood(kb, inputs)
    learning = planning.plan(Ranker(kb), resolution.skill_ids, target=goal, steps=top)
    report = records.plan_report(learning, kb, goal.id if goal else None, resolution)
    columns = ["skill", "name", "gain", "effects"]
    names = _skill_names(kb)
    _emit(
        fmt,
        lambda table: table.plan(report, names),
        report,
        report["steps"],
        "What to learn next",
        columns,
        resolution,
    )


@app.command("compare")
def compare_roles(
    ctx: typer.Context,
    roles: Annotated[
        list[str], typer.Argument(help="Two or more role ids or titles.", autocompletion=_complete_roles)
    ],
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Roles side by side: pay, growth, education, shared skills and what only one needs.

    \b
    Examples:
      ecomcareer compare seo-specialist ppc-specialist
      ecomcareer compare data-analyst supply-chain-analyst inventory-planner --skills "sql, excel"
    """
    from ecomcareer import planning
    from ecomcareer.matching import Ranker
    from ecomcareer.render import records
    from ecomcareer.roles import find_role

    if len(roles) < 2:
        raise UsageError("compare needs at least two roles")
    inputs = _read_skills(skills, skills_file) if skills or skills_file else None
    kb = _knowledge_base(ctx)
    chosen = list(dict.fromkeys(find_role(kb, r) for r in roles))
    if len(chosen) < 2:
        raise UsageError("compare needs at least two different roles")
    resolution = _understood(kb, inputs) if inputs is not None else None
    have = resolution.skill_ids if resolution is not None else None
    report = records.comparison(planning.compare(Ranker(kb), chosen, have))
    if resolution is not None:
        report.update(records.resolution(resolution))
    columns = ["id", "median_pay", "growth_percent", "education", "only"]
    names = _skill_names(kb)
    _emit(
        fmt,
        lambda table: table.comparison(report, names),
        report,
        report["roles"],
        "Roles side by side",
        columns,
        resolution,
    )


@app.command("path")
def career_path(
    ctx: typer.Context,
    role: RoleArgument,
    depth: Annotated[int, typer.Option("--depth", min=1, max=10, help="How many steps ahead.")] = 3,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """Where a role leads: the career progression as a tree, with pay along the way.

    \b
    Examples:
      ecomcareer path customer-service-rep
      ecomcareer path data-analyst --depth 2 --format json
    """
    from ecomcareer import planning
    from ecomcareer.render import records
    from ecomcareer.roles import find_role

    kb = _knowledge_base(ctx)
    tree = records.path_node(planning.path(kb, find_role(kb, role), depth))
    columns = ["depth", "parent", "id", "title", "median_pay", "seen"]
    title = f"Career path from {tree['title']}"
    _emit(fmt, lambda table: table.path(tree), tree, records.path_rows(tree), title, columns)


@app.command()
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
    force: Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")] = False,
) -> None:
    """Write a printable handbook of roles, one per page, optionally with a person's fit.

    The HTML works offline (no external files, system fonts) and prints one role per page.

    \b
    Examples:
      ecomcareer handbook --family marketing --output marketing.html
      ecomcareer handbook --roles data-analyst,supply-chain-analyst --skills "sql, excel" -o plan.md
    """
    from ecomcareer.files import write_new
    from ecomcareer.matching import Ranker
    from ecomcareer.render import records
    from ecomcareer.roles import find_role, select_roles
    from ecomcareer.skills import split_inputs

    kind = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}.get(
        output.suffix.lower()
    )
    if kind is None:
        raise UsageError(f"{output}: the output must end in .html or .md")
    inputs = _read_skills(skills, skills_file) if skills or skills_file else None
    kb = _knowledge_base(ctx)
    if roles is not None:
        chosen = list(dict.fromkeys(find_role(kb, r) for r in split_inputs(roles)))
        if family is not None:
            chosen = [r for r in chosen if r.family is family]
    else:
        chosen = select_roles(kb, family=family)
    if not chosen:
        raise UsageError("no roles chosen: check --family and --roles")
    resolution = _understood(kb, inputs) if inputs is not None else None
    ranker = Ranker(kb)
    pages = []
    for role in chosen:
        fit = None
        if resolution is not None:
            fit = records.match_item(0, ranker.score(role, resolution.skill_ids), explain=False)
        pages.append({"role": records.role_detail(role, kb), "fit": fit})
    names, titles = _skill_names(kb), {r.id: r.title for r in kb.roles}
    person = [kb.skill_by_id[s].name for s in resolution.skill_ids] if resolution is not None else None
    title = "E-commerce careers" + (f": {family.value}" if family is not None else "")
    if kind == "html":
        from ecomcareer.render import html

        text = html.handbook(title, pages, names, titles, person)
    else:
        from ecomcareer.render import markdown

        text = markdown.handbook(title, pages, names, titles, person)
    write_new(output, text, force=force)
    if resolution is not None:
        _note_unrecognized(resolution)
    from ecomcareer.render.phrases import count

    _say_error([f"wrote {output}: {count(len(pages), 'role')}"])


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
