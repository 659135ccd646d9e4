"""Rich tables for people. Imported only when the table format is chosen.

Layouts adapt to the terminal's width: where columns side by side would cut words, the
same facts are stacked instead.
"""

from __future__ import annotations

from functools import singledispatch
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from ecomcareer.render import phrases
from ecomcareer.render.phrases import credit, money
from ecomcareer.render.safe import printable
from ecomcareer.reports.base import Glossary, JobRef, ListReport, ReadSkill, UnreadSkill
from ecomcareer.reports.catalog import (
    PathItem,
    PathReport,
    RoleDetail,
    RoutesReport,
    ShowReport,
    SkillsReport,
    ValidateReport,
)
from ecomcareer.reports.documents import ExtractReport, FitReport
from ecomcareer.reports.fit import CompareReport, GapReport, MatchReport, PlanReport

if TYPE_CHECKING:
    from ecomcareer.reports import Report

BAR_WIDTH = 10
#: Below this many columns, `list` puts each role's id under its title.
NARROW = 100
#: Tables are never drawn narrower than this.
MIN_WIDTH = 40
#: A table shows at most this many rows; the rest are named in a line under it (no one reads
#: more in a terminal, and drawing them would take minutes). csv and json give them all.
MAX_ROWS = 1000


def console() -> Console:
    """stdout, with data never read as markup; Rich honours NO_COLOR, FORCE_COLOR and TERM=dumb.

    A width of 0 (COLUMNS=0) is taken as unknown, and anything narrower than MIN_WIDTH is
    widened to it, so that no content is dropped.
    """
    out = Console(markup=False, emoji=False, highlight=False)
    if out.width <= 0:
        out.width = 80
    elif out.width < MIN_WIDTH:
        out.width = MIN_WIDTH
    return out


#: Plain stand-ins for the symbols tables use, where the output's encoding lacks them; one
#: character each, so that the layout stays as measured.
_FALLBACKS = {"█": "#", "░": ".", "→": ">", "•": "*", "—": "-", "…": ".", "†": "+"}


def show(renderable: RenderableType) -> None:
    """Print to standard output; in an encoding without the symbols, with plain stand-ins."""
    out = console()
    missing = {}
    for symbol, plain in _FALLBACKS.items():
        try:
            symbol.encode(out.encoding)
        except (UnicodeEncodeError, LookupError):
            missing[ord(symbol)] = plain
    if not missing:
        out.print(renderable)
        return
    with out.capture() as captured:
        out.print(renderable)
    out.file.write(captured.get().translate(missing))


def t(value: object, style: str = "") -> Text:
    """Text from data or the user: literal, with anything unprintable shown escaped."""
    return Text("" if value is None else printable(str(value)), style=style)


def _names(ids: list[str], glossary: Glossary, limit: int | None = None) -> Text:
    shown = glossary.skills(ids[:limit])
    more = len(ids) - len(shown)
    return t(", ".join(shown) + (f" +{more} more" if more else ""))


def _growth(value: float | None) -> Text:
    if value is None:
        return t("not known", "dim")
    return t(phrases.growth(value), _growth_style(value))


def _growth_style(value: float) -> str:
    return "green" if value > 0 else "red" if value < 0 else ""


#: The mark by a figure that is for a broader occupation than the job; its caveat is under
#: the table.
MARK = "†"


def _pay(median: int | float | None, currency: str | None, caveat: str | None) -> Text:
    text = t(money(median, currency))
    if caveat and median is not None:
        text.append(MARK, style="yellow")
    return text


def _caveats(items: list[tuple[str, str | None]]) -> list[RenderableType]:
    """Under a table: what each marked figure is for."""
    return [
        Text.assemble(t(f"{MARK} {role_id}: ", "yellow"), t(caveat, "dim"))
        for role_id, caveat in items
        if caveat
    ]


def _more(hidden: int, noun: str) -> list[RenderableType]:
    """The line under a table cut at MAX_ROWS."""
    if hidden <= 0:
        return []
    more = phrases.count(hidden, f"more {noun}")
    return [t(f"… and {more}: use --format csv or json, or narrow the list.", "dim")]


def bar(score: float) -> Text:
    filled = round(score / 100 * BAR_WIDTH)
    text = Text()
    text.append(f"{score:5.1f} ", style="bold")
    text.append("█" * filled, style="green")
    text.append("░" * (BAR_WIDTH - filled), style="dim")
    return text


@singledispatch
def render(report: Report) -> RenderableType:
    raise TypeError(f"no table for {type(report).__name__}")


@render.register
def _list(report: ListReport) -> RenderableType:
    narrow = console().width < NARROW
    table = Table(title="E-commerce roles", title_justify="left")
    if narrow:
        table.add_column("Role", style="bold", overflow="fold")
    else:
        table.add_column("Role", style="bold cyan", no_wrap=True)
        table.add_column("Title")
    table.add_column("Family", overflow="fold")
    table.add_column("Median pay", justify="right", no_wrap=True)
    table.add_column("Growth", justify="right", no_wrap=True)
    shown = report.roles[:MAX_ROWS]
    for r in shown:
        who = [Text.assemble(t(r.title), "\n", t(r.id, "cyan"))] if narrow else [t(r.id), t(r.title)]
        table.add_row(*who, t(r.family), _pay(r.median_pay, r.currency, r.caveat), _growth(r.growth_percent))
    notes = _caveats([(r.id, r.caveat) for r in shown if r.median_pay is not None])
    return Group(table, *_more(len(report.roles) - MAX_ROWS, "role"), *notes)


@render.register
def _show(report: ShowReport) -> RenderableType:
    detail, glossary = report.role, report.glossary
    parts: list[RenderableType] = [
        Text.assemble(t(detail.title, "bold"), t(f"  ({detail.id}, {detail.family})", "dim")),
        t(detail.summary),
    ]
    if detail.responsibilities:
        parts += [Text(), t("Responsibilities", "bold")]
        parts.extend(Text.assemble("  • ", t(r)) for r in detail.responsibilities)
    skills = Table(title="Skills", title_justify="left", title_style="bold")
    skills.add_column("Category")
    skills.add_column("Core")
    skills.add_column("Supporting")
    categories: dict[str, dict[str, list[str]]] = {}
    for s in detail.skills:
        categories.setdefault(s.category, {"core": [], "supporting": []})[s.importance].append(s.name)
    for category, groups in sorted(categories.items()):
        skills.add_row(t(category), t(", ".join(groups["core"])), t(", ".join(groups["supporting"])))
    parts += [Text(), skills, Text(), _facts(detail, glossary)]
    if detail.sources:
        parts += [Text(), *(t(f"Source: {credit(s)}", "dim") for s in detail.sources)]
    return Group(*parts)


def _facts(detail: RoleDetail, glossary: Glossary) -> Table:
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("Education", t(detail.education or "not recorded"))
    facts.add_row("Experience", t(detail.experience or "not recorded"))
    salary, outlook = detail.salary, detail.outlook
    if salary:
        facts.add_row("Median pay", t(f"{money(salary.median, salary.currency)} ({salary.year})"))
        facts.add_row("", t(salary.source, "dim"))
    else:
        facts.add_row("Median pay", t("not known for this role", "dim"))
    if outlook:
        told = phrases.outlook(outlook.growth_percent, outlook.period, outlook.annual_openings)
        facts.add_row("Outlook", t(told, _growth_style(outlook.growth_percent)))
        facts.add_row("", t(outlook.source, "dim"))
    else:
        facts.add_row("Outlook", t("not known for this role", "dim"))
    if detail.onet_code:
        facts.add_row("O*NET", t(f"{detail.onet_code} {detail.onet_title or ''}  {detail.onet_url}"))
    if detail.caveat:
        facts.add_row("Note", t(detail.caveat, "yellow"))
    for ids, label in ((detail.next_roles, "Next steps"), (detail.related_roles, "Related")):
        if ids:
            facts.add_row(label, t(", ".join(f"{glossary.role(r)} ({r})" for r in ids)))
    return facts


@render.register
def _match(report: MatchReport) -> RenderableType:
    glossary = report.glossary
    table = Table(title="Best-fitting roles", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("Role", style="bold cyan", no_wrap=True)
    table.add_column("Score", no_wrap=True)
    table.add_column("Matched")
    table.add_column("Missing core skills")
    for m in report.matches[:MAX_ROWS]:
        matched = t(", ".join(glossary.skills(m.matched)))
        for rel in m.related:
            matched.append_text(t(f"{', ' if len(matched) else ''}~{glossary.skill(rel.skill)}", "dim"))
        fit = f"{m.band}: {m.core.have} of {m.core.total} core"
        fit += f"\n+{m.core.partly} in part" if m.core.partly else ""
        score = Text.assemble(bar(m.score), "\n", (fit, "dim"))
        role = t(m.id + (" ↓" if m.held_back else ""))
        table.add_row(t(m.rank), role, score, matched, _names(m.missing_core, glossary, limit=4))
    parts: list[RenderableType] = [table, *_more(len(report.matches) - MAX_ROWS, "role")]
    if any(m.held_back for m in report.matches[:MAX_ROWS]):
        parts.append(t(phrases.HELD_BACK, "dim"))
    if not report.matches:
        parts = [t(phrases.NO_MATCH, "yellow")]
    for m in report.matches[:MAX_ROWS]:
        if m.contributions is None:
            continue
        how = Table(title=f"{m.rank}. {printable(m.title)}: {phrases.explained(m)}", title_justify="left")
        for column in ("Skill", "Importance", "Worth", "Credit", "Earned"):
            how.add_column(column, justify="right" if column in {"Worth", "Credit", "Earned"} else "left")
        for c in m.contributions:
            via = f" (via {glossary.skill(c.via)})" if c.via else ""
            how.add_row(
                t(glossary.skill(c.skill) + via),
                t(c.importance),
                t(f"{c.points:.2f}"),
                t(f"{c.credit:.1f}"),
                t(f"{c.earned:.2f}"),
            )
        parts.append(how)
    parts.extend(started(report.job))
    parts.append(recognition(report.recognized, report.unrecognized, glossary))
    return Group(*parts)


def started(job: JobRef | None) -> list[RenderableType]:
    """With --job, the occupation the skills marked 'job' were assumed from."""
    return [] if job is None else [t(phrases.started_from(job), "dim")]


def recognition(read: list[ReadSkill], unread: list[UnreadSkill], glossary: Glossary) -> Text:
    """Under the table: how each input was read, and what was not understood."""
    out = Text()
    if read:
        out.append("Read as: ", style="bold")
        by_input: dict[str, list[ReadSkill]] = {}
        for r in read:
            by_input.setdefault(r.input, []).append(r)
        for i, (said, readings) in enumerate(by_input.items()):
            if i:
                out.append(", ")
            out.append_text(t(said))
            if len(readings) > 1 or readings[0].how != "exact":
                # One item naming several skills ('python (pandas, numpy)') says them all once.
                names = [
                    glossary.skill(r.skill) + ("" if r.how == "exact" else f" ({r.how})") for r in readings
                ]
                out.append_text(t(" → " + " + ".join(names), "dim"))
    for u in unread:
        out.append("\n")
        out.append("Not understood: ", style="bold yellow")
        out.append_text(t(repr(u.input) if len(u.input) < 60 else repr(u.input[:57] + "...")))
        if u.suggestions:
            out.append_text(t(" — did you mean " + ", ".join(glossary.skills(u.suggestions)) + "?"))
    return out


@render.register
def _skills(report: SkillsReport) -> RenderableType:
    table = Table(title="Skills", title_justify="left")
    table.add_column("Skill", style="bold cyan", no_wrap=True)
    table.add_column("Name")
    table.add_column("Category")
    table.add_column("Also typed as")
    table.add_column("Roles", justify="right")
    for s in report.skills[:MAX_ROWS]:
        table.add_row(t(s.id), t(s.name), t(s.category), t(", ".join(s.aliases)), t(len(s.roles)))
    return Group(table, *_more(len(report.skills) - MAX_ROWS, "skill"))


@render.register
def _gap(report: GapReport) -> RenderableType:
    glossary = report.glossary
    heading = Text.assemble(
        t(report.role.title, "bold"), "  ", bar(report.score), " ", t(report.band, "bold")
    )
    have = Text.assemble(
        t("You have: ", "bold"), _names(report.have, glossary) if report.have else t("none yet")
    )
    partly = [
        f"{glossary.skill(g.skill)} (through {glossary.skill(g.partly_via)})"
        for g in report.missing
        if g.partly_via
    ]
    if partly:
        have = Text("\n").join([have, Text.assemble(t("In part: ", "bold"), t(", ".join(partly)))])
    table = Table(title="What you still need, core skills first", title_justify="left")
    table.add_column("Skill", style="bold cyan")
    table.add_column("Importance")
    table.add_column("Category")
    table.add_column("Roles needing it", justify="right")
    table.add_column("Your score after learning it", no_wrap=True)
    for g in report.missing:
        name = t(g.name + (" (in part)" if g.partly_via else ""))
        table.add_row(name, t(g.importance), t(g.category), t(g.roles_needing), bar(g.score_after))
    return Group(
        heading,
        have,
        table,
        *started(report.job),
        recognition(report.recognized, report.unrecognized, glossary),
    )


@render.register
def _plan(report: PlanReport) -> RenderableType:
    table = Table(title=phrases.plan_heading(report), title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("Skill", style="bold cyan")
    table.add_column("Effect")
    for i, step in enumerate(report.steps, 1):
        moved = [e for e in step.effects if e.after != e.before]
        effect = ", ".join(f"{e.role} {e.before:.0f} → {e.after:.0f}" for e in moved)
        table.add_row(t(i), t(step.name), t(effect))
    parts: list[RenderableType] = [table]
    if not report.steps:
        parts = [
            t("Nothing left to learn for these roles: every skill they list is already yours.", "yellow")
        ]
    return Group(
        *parts, *started(report.job), recognition(report.recognized, report.unrecognized, report.glossary)
    )


#: The width each role needs as a column of `compare`, and the width of the row labels.
_COMPARE_COLUMN = 24
_COMPARE_LABELS = 22


@render.register
def _compare(report: CompareReport) -> RenderableType:
    glossary = report.glossary
    roles = report.roles
    scored = roles[0].score is not None
    rows: list[tuple[str, list[Text]]] = [
        ("Title", [t(r.title) for r in roles]),
        ("Median pay", [_pay(r.median_pay, r.currency, r.caveat) for r in roles]),
        ("Growth", [_growth(r.growth_percent) for r in roles]),
        ("Education", [t(r.education or "not recorded") for r in roles]),
    ]
    if scored:
        rows.append(("Your score", [bar(r.score or 0.0) for r in roles]))
    rows.append(("Only this role needs", [_names(r.only, glossary) for r in roles]))
    parts: list[RenderableType] = []
    if _COMPARE_LABELS + _COMPARE_COLUMN * len(roles) <= console().width:
        table = Table(title="Roles side by side", title_justify="left")
        table.add_column("")
        for r in roles:
            table.add_column(t(r.id), style="cyan")
        for label, cells in rows:
            table.add_row(label, *cells)
        parts.append(table)
    else:
        # Too narrow for a column a role: one block a role, the same rows in each.
        parts.append(t("Roles one after another", "italic"))
        for i, r in enumerate(roles):
            block = Table(title=printable(r.id), title_justify="left", title_style="bold cyan")
            block.add_column("")
            block.add_column("")
            block.show_header = False
            for label, cells in rows:
                block.add_row(label, cells[i])
            parts.append(block)
    parts.append(
        Text.assemble(t("Skills they all need: ", "bold"), _names(report.shared, glossary) or t("none"))
    )
    parts.extend(_caveats([(r.id, r.caveat) for r in roles if r.median_pay is not None]))
    if report.recognized is not None:
        parts.append(recognition(report.recognized, report.unrecognized or [], glossary))
    return Group(*parts)


@render.register
def _path(report: PathReport) -> RenderableType:
    from rich.tree import Tree

    def label(n: PathItem) -> Text:
        text = Text.assemble(t(n.title, "bold"), t(f" ({n.id})", "dim"))
        if n.median_pay is not None:
            text.append_text(t(f"  {money(n.median_pay, n.currency)}", "green"))
            if n.caveat:
                text.append(MARK, style="yellow")
        if n.seen:
            text.append_text(t("  (shown above)", "dim"))
        return text

    def grow(tree: Tree, n: PathItem) -> None:
        for child in n.next:
            grow(tree.add(label(child)), child)

    root = Tree(label(report.root))
    grow(root, report.root)
    marked: dict[str, str | None] = {}

    def collect(n: PathItem) -> None:
        if n.median_pay is not None and n.caveat:
            marked.setdefault(n.id, n.caveat)
        for child in n.next:
            collect(child)

    collect(report.root)
    return Group(root, *_caveats(list(marked.items())))


@render.register
def _routes(report: RoutesReport) -> RenderableType:
    start = f"from {report.start} " if report.start else ""
    heading = t(f"Routes {start}into {report.target} (at most {phrases.count(report.depth, 'step')})", "bold")
    if not report.routes:
        return Group(heading, t("No route leads there within that many steps.", "yellow"))
    lines: list[RenderableType] = [heading]
    marked: dict[str, str | None] = {}
    for i, route in enumerate(report.routes, 1):
        line = Text(f"{i:>2}. ")
        for j, step in enumerate(route):
            if j:
                line.append(" → ", style="dim")
            line.append_text(t(step.title, "bold" if j == len(route) - 1 else ""))
            if step.median_pay is not None:
                line.append_text(t(f" ({money(step.median_pay, step.currency)}", "green"))
                if step.caveat:
                    line.append(MARK, style="yellow")
                    marked.setdefault(step.id, step.caveat)
                line.append_text(t(")", "green"))
        lines.append(line)
    return Group(*lines, *_caveats(list(marked.items())))


@render.register
def _validate(report: ValidateReport) -> RenderableType:
    warned = f", {phrases.count(report.warnings, 'warning')}" if report.warnings else ""
    return t(f"ok: {phrases.count(report.roles, 'role')}, {phrases.count(report.skills, 'skill')}{warned}")


@render.register
def _extract(report: ExtractReport) -> RenderableType:
    role = f", nearest role {report.role}" if report.role else ""
    heading = Text.assemble(t(report.title or report.source, "bold"), t(f"  ({report.kind}{role})", "dim"))
    table = Table(title="Skills it names, each with its first mention", title_justify="left")
    table.add_column("Skill", style="bold cyan")
    if report.kind == "posting":
        table.add_column("Required")
    table.add_column("Where")
    table.add_column("Written as")
    for s in report.skills[:MAX_ROWS]:
        first = s.mentions[0]
        page = f"page {first.page}, " if first.page is not None else ""
        where = f"{page}line {first.line}" + (f" ({first.section})" if first.section else "")
        needed = [t("yes" if s.required else "nice to have")] if report.kind == "posting" else []
        table.add_row(t(s.name), *needed, t(where), t(first.text))
    parts: list[RenderableType] = [heading, table if report.skills else t("No skill found.", "yellow")]
    parts += _more(len(report.skills) - MAX_ROWS, "skill")
    if report.not_understood:
        shown = phrases.not_understood(report.unrecognized, report.glossary.skills)
        parts.append(Text.assemble(t("Not understood: ", "bold yellow"), t(shown)))
    return Group(*parts)


@render.register
def _fit(report: FitReport) -> RenderableType:
    g = report.glossary
    posting = report.posting
    near = f"  (nearest role: {g.role(posting.role)})" if posting.role else ""
    heading = Text.assemble(
        t(posting.title or posting.source, "bold"),
        t(near, "dim"),
        "  ",
        bar(report.score),
        " ",
        t(report.band, "bold"),
    )
    counts = t(
        f"{report.required.have} of {report.required.of} required skills, "
        f"{report.preferred.have} of {report.preferred.of} preferred"
    )
    have = Text.assemble(t("You have: ", "bold"), _names(report.have, g) if report.have else t("none yet"))
    table = Table(title="What you still need, required first", title_justify="left")
    table.add_column("Skill", style="bold cyan")
    table.add_column("The posting")
    table.add_column("Category")
    table.add_column("Your score after learning it", no_wrap=True)
    for m in report.missing:
        table.add_row(t(m.name), t(m.importance), t(m.category), bar(m.score_after))
    parts: list[RenderableType] = [heading, counts, have]
    parts.append(table if report.missing else t("You have every skill the posting names.", "green"))
    parts.append(recognition(report.recognized, report.unrecognized, g))
    return Group(*parts)
