"""Markdown for documents people read: headings, tables with names (not ids), handouts."""

from __future__ import annotations

from collections.abc import Sequence
from functools import singledispatch
from typing import TYPE_CHECKING

from ecomcareer.render import phrases
from ecomcareer.render.phrases import (
    HELD_BACK,
    NO_MATCH,
    all_credits,
    assumed,
    count,
    fit,
    growth,
    money,
    plan_heading,
    started_from,
)
from ecomcareer.render.phrases import outlook as outlook_text
from ecomcareer.render.safe import printable
from ecomcareer.reports.base import Glossary, JobRef, ListReport, ReadSkill
from ecomcareer.reports.catalog import (
    PathItem,
    PathReport,
    RoleDetail,
    RoutesReport,
    ShowReport,
    SkillsReport,
    SourceItem,
)
from ecomcareer.reports.documents import ExtractReport, FitReport
from ecomcareer.reports.fit import CompareReport, GapReport, MatchItem, MatchReport, PlanReport
from ecomcareer.reports.handbook import HandbookReport

if TYPE_CHECKING:
    from ecomcareer.reports import Report


def text(value: object) -> str:
    """Literal text: Markdown's special characters escaped, nothing unprintable."""
    out = printable(str(value))
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def table(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join("" if v is None else text(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def document(title: str, *body: str) -> str:
    return f"# {text(title)}\n\n" + "\n".join(body)


def _names(ids: Sequence[str], glossary: Glossary) -> str:
    return ", ".join(glossary.skills(ids))


def _pay(median: int | float | None, currency: str | None, caveat: str | None) -> str:
    return money(median, currency) + ("†" if caveat and median is not None else "")


def _growth(percent: float | None) -> str:
    return "not known" if percent is None else growth(percent)


def _started(job: JobRef | None, read: list[ReadSkill], glossary: Glossary) -> list[str]:
    """With --job: the occupation, and each skill assumed from it with where it says so."""
    if job is None:
        return []
    lines = [f"- {text(glossary.skill(r.skill))}: {text(r.input)}" for r in assumed(read)]
    return [f"{text(started_from(job))}\n", "\n".join(lines) + "\n" if lines else ""]


@singledispatch
def render(report: Report) -> str:
    raise TypeError(f"no Markdown for {type(report).__name__}")


@render.register
def _list(report: ListReport) -> str:
    rows = [
        [r.title, r.id, r.family, _pay(r.median_pay, r.currency, r.caveat), _growth(r.growth_percent)]
        for r in report.roles
    ]
    columns = ["Role", "Id", "Family", "Median pay", "Growth"]
    return document(
        "E-commerce roles", table(columns, rows), _caveat_notes({r.id: r.caveat for r in report.roles})
    )


@render.register
def _show(report: ShowReport) -> str:
    return role_handout(report.role, report.glossary)


@render.register
def _match(report: MatchReport) -> str:
    g = report.glossary
    rows = []
    for m in report.matches:
        matched = g.skills(m.matched) + [f"~{g.skill(r.skill)}" for r in m.related]
        role = f"{m.title} ({m.id})" + (" ↓" if m.held_back else "")
        rows.append([m.rank, role, f"{m.score:.1f}", fit(m), ", ".join(matched), _names(m.missing_core, g)])
    body = [table(["#", "Role", "Score", "Fit", "Matched", "Missing core skills"], rows)]
    if any(m.held_back for m in report.matches):
        body.append(f"\n{HELD_BACK}\n")
    if not report.matches:
        body = [f"{NO_MATCH}\n"]
    for m in report.matches:
        if m.contributions is None:
            continue
        worth = [
            [
                g.skill(c.skill) + (f" (via {g.skill(c.via)})" if c.via else ""),
                c.importance,
                f"{c.points:.2f}",
                f"{c.credit:.1f}",
                f"{c.earned:.2f}",
            ]
            for c in m.contributions
        ]
        body.append(f"## {m.rank}. {text(m.title)}: {phrases.explained(m)}\n")
        body.append(table(["Skill", "Importance", "Worth", "Credit", "Earned"], worth))
    return document("Best-fitting roles", *body, *_started(report.job, report.recognized, g))


@render.register
def _skills(report: SkillsReport) -> str:
    rows = [[s.name, s.id, s.category, ", ".join(s.aliases), len(s.roles)] for s in report.skills]
    return document("Skills", table(["Skill", "Id", "Category", "Also typed as", "Roles"], rows))


@render.register
def _gap(report: GapReport) -> str:
    g = report.glossary
    have = _names(report.have, g) or "none yet"
    partly = [f"{g.skill(m.skill)} (through {g.skill(m.partly_via)})" for m in report.missing if m.partly_via]
    in_part = f" In part: {text(', '.join(partly))}." if partly else ""
    intro = f"Your score: {report.score:.1f} / 100 ({report.band}). You have: {text(have)}.{in_part}\n"
    rows = [
        [
            m.name + (" (in part)" if m.partly_via else ""),
            m.importance,
            m.category,
            m.roles_needing,
            f"{m.score_after:.1f}",
        ]
        for m in report.missing
    ]
    columns = ["Skill", "Importance", "Category", "Roles needing it", "Your score after learning it"]
    started = _started(report.job, report.recognized, g)
    return document(f"Skill gap: {report.role.title}", intro, table(columns, rows), *started)


@render.register
def _plan(report: PlanReport) -> str:
    rows = []
    for i, step in enumerate(report.steps, 1):
        moved = [e for e in step.effects if e.after != e.before]
        rows.append([i, step.name, ", ".join(f"{e.role} {e.before:.0f} → {e.after:.0f}" for e in moved)])
    body = table(["#", "Skill", "Effect"], rows)
    if not report.steps:
        body = "Nothing left to learn for these roles: every skill they list is already yours.\n"
    started = _started(report.job, report.recognized, report.glossary)
    return document(plan_heading(report), body, *started)


@render.register
def _compare(report: CompareReport) -> str:
    g = report.glossary
    roles = report.roles
    rows: list[list[object]] = [
        ["Title", *(r.title for r in roles)],
        ["Median pay", *(_pay(r.median_pay, r.currency, r.caveat) for r in roles)],
        ["Growth", *(_growth(r.growth_percent) for r in roles)],
        ["Education", *(r.education or "not recorded" for r in roles)],
    ]
    if roles[0].score is not None:
        rows.append(["Your score", *(f"{r.score:.1f}" for r in roles)])
    rows.append(["Only this role needs", *(_names(r.only, g) for r in roles)])
    shared = f"Skills they all need: {text(_names(report.shared, g) or 'none')}.\n"
    notes = _caveat_notes({r.id: r.caveat for r in roles})
    return document("Roles side by side", table(["", *(r.id for r in roles)], rows), shared, notes)


@render.register
def _path(report: PathReport) -> str:
    lines: list[str] = []

    def walk(node: PathItem, depth: int) -> None:
        pay = f", {_pay(node.median_pay, node.currency, node.caveat)}" if node.median_pay is not None else ""
        seen = " (shown above)" if node.seen else ""
        lines.append(f"{'  ' * depth}- {text(node.title)} (`{text(node.id)}`){pay}{seen}")
        for child in node.next:
            walk(child, depth + 1)

    walk(report.root, 0)
    caveats: dict[str, str | None] = {}

    def collect(node: PathItem) -> None:
        caveats.setdefault(node.id, node.caveat if node.median_pay is not None else None)
        for child in node.next:
            collect(child)

    collect(report.root)
    body = "\n".join(lines) + "\n"
    return document(f"Career path from {report.root.title}", body, _caveat_notes(caveats))


@render.register
def _routes(report: RoutesReport) -> str:
    start = f"from {report.start} " if report.start else ""
    title = f"Routes {start}into {report.target}"
    if not report.routes:
        return document(title, "No route leads there within that many steps.\n")
    lines = []
    for i, route in enumerate(report.routes, 1):
        steps = [
            text(s.title)
            + (
                f" ({money(s.median_pay, s.currency)}{'†' if s.caveat else ''})"
                if s.median_pay is not None
                else ""
            )
            for s in route
        ]
        lines.append(f"{i}. " + " → ".join(steps))
    return document(
        title, "\n".join(lines) + "\n", _caveat_notes({s.id: s.caveat for r in report.routes for s in r})
    )


def _caveat_notes(caveats: dict[str, str | None]) -> str:
    """Under a table or list: what each figure marked † is for."""
    notes = [f"- † `{text(role_id)}`: {text(caveat)}" for role_id, caveat in caveats.items() if caveat]
    return "\n" + "\n".join(notes) + "\n" if notes else ""


@render.register
def _extract(report: ExtractReport) -> str:
    rows = []
    for s in report.skills:
        first = s.mentions[0]
        place = (f"page {first.page}, " if first.page is not None else "") + f"line {first.line}"
        needed = "" if s.required is None else ("yes" if s.required else "nice to have")
        rows.append([s.name, s.category, needed, place, first.section or "", first.text])
    about = f"A {report.kind} read from {text(report.source)}" + (
        f"; nearest role: `{text(report.role)}`" if report.role else ""
    )
    body = [about + ".\n", table(["Skill", "Category", "Required", "Where", "Section", "Written as"], rows)]
    return document(report.title or report.source, *body)


@render.register
def _fit(report: FitReport) -> str:
    g = report.glossary
    required, preferred = report.required, report.preferred
    have = text(_names(report.have, g) or "none yet")
    intro = (
        f"Your fit: {report.score:.1f} / 100 ({report.band}): {required.have} of {required.of} required "
        f"skills, {preferred.have} of {preferred.of} preferred. You have: {have}.\n"
    )
    rows = [[m.name, m.importance, m.category, f"{m.score_after:.1f}"] for m in report.missing]
    columns = ["Skill", "The posting", "Category", "Your score after learning it"]
    return document(f"Fit: {report.posting.title or report.posting.source}", intro, table(columns, rows))


def role_handout(role: RoleDetail, glossary: Glossary, *, level: int = 1, fit: str | None = None) -> str:
    """One role as a Markdown page: the facts, their sources, the path onward."""
    h = "#" * level
    parts = [f"{h} {text(role.title)}\n", f"{text(role.summary)}\n"]
    if fit:
        parts.append(f"{fit}\n")
    if role.responsibilities:
        parts.append(f"{h}# Responsibilities\n")
        parts.append("".join(f"- {text(r)}\n" for r in role.responsibilities))
    for importance, heading in (("core", "Core skills"), ("supporting", "Supporting skills")):
        chosen = [s for s in role.skills if s.importance == importance]
        if chosen:
            parts.append(f"{h}# {heading}\n")
            parts.append(table(["Skill", "Category"], [[s.name, s.category] for s in chosen]))
    parts.append(f"{h}# Pay and outlook\n")
    facts = [
        f"- **Education:** {text(role.education or 'not recorded')}",
        f"- **Experience:** {text(role.experience or 'not recorded')}",
    ]
    salary, outlook = role.salary, role.outlook
    if salary:
        facts.append(
            f"- **Median pay:** {money(salary.median, salary.currency)} ({salary.year}). "
            f"Source: {text(salary.source)}"
        )
    else:
        facts.append("- **Median pay:** not known for this role")
    if outlook:
        told = outlook_text(outlook.growth_percent, outlook.period, outlook.annual_openings)
        facts.append(f"- **Outlook:** {text(told)}. Source: {text(outlook.source)}")
    else:
        facts.append("- **Outlook:** not known for this role")
    if role.onet_code:
        facts.append(
            f"- **O\\*NET occupation:** [{text(role.onet_code)} {text(role.onet_title or '')}]"
            f"(<{role.onet_url}>)"
        )
    parts.append("\n".join(facts) + "\n")
    if role.caveat:
        parts.append(f"> Note: {text(role.caveat)}\n")
    for ids, heading in ((role.next_roles, "Next steps"), (role.related_roles, "Related roles")):
        if ids:
            parts.append(f"{h}# {heading}\n")
            parts.append("".join(f"- {text(glossary.role(r))} (`{text(r)}`)\n" for r in ids))
    # A page alone carries its credits; a handbook carries them once, at the end.
    parts.append(_credits(role.sources) if level == 1 else "")
    return "\n".join(parts)


def _link(label: str, url: str | None) -> str:
    """A Markdown link to a web address; anything else from a data file stays plain text."""
    if url and url.startswith(("https://", "http://")) and not any(c in url for c in "<> \t\n"):
        return f"[{text(label)}](<{printable(url)}>)"
    return text(label)


def _credits(sources: list[SourceItem]) -> str:
    """The sources to credit, linked: the last part of a handout."""
    if not sources:
        return ""
    lines = []
    for s in sources:
        line = _link(s.name, s.url)
        if s.licence:
            line += ", " + _link(s.licence, s.licence_url)
        if s.note:
            line += f". {text(s.note)}"
        lines.append(f"- {line}")
    return "---\n\nSources:\n\n" + "\n".join(lines) + "\n"


def fit_line(fit: MatchItem, glossary: Glossary) -> str:
    have = ", ".join(text(n) for n in glossary.skills(fit.matched)) or "none of its skills yet"
    line = f"**Your fit: {fit.score:.0f} / 100 ({phrases.fit(fit)}).** You have: {have}."
    if fit.missing_core:
        line += (
            " Core skills to learn: " + ", ".join(text(n) for n in glossary.skills(fit.missing_core)) + "."
        )
    return line


@render.register
def _handbook(report: HandbookReport) -> str:
    """Several roles in one document: a contents list, then a section per role."""
    g = report.glossary
    intro = count(len(report.pages), "e-commerce role")
    if report.person:
        intro += ", with the fit of the skills: " + ", ".join(text(p) for p in report.person)
    if report.job is not None:
        intro += ".\n\n" + text(started_from(report.job)).rstrip(".")
    contents = "".join(f"{i}. {text(p.role.title)}\n" for i, p in enumerate(report.pages, 1))
    sections = [
        role_handout(p.role, g, level=2, fit=fit_line(p.fit, g) if p.fit else None) for p in report.pages
    ]
    return (
        f"# {text(report.title)}\n\n{intro}.\n\n## Contents\n\n{contents}\n"
        + "\n---\n\n".join(sections)
        + "\n"
        + _credits(all_credits(p.role.sources for p in report.pages))
    )
