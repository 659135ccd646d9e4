"""The reports of the commands that look the knowledge base up: show, skills, path, validate
(and list, in `base`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ecomcareer.model import KnowledgeBase, Role, Skill, Source
from ecomcareer.reports.base import (
    CONTEXT,
    Glossary,
    plain,
)

if TYPE_CHECKING:  # for the annotations only: importing them costs start-up time
    from ecomcareer.planning import PathNode


# show


@dataclass(repr=False, eq=False)
class RoleSkill:
    id: str
    name: str
    category: str
    importance: str


@dataclass(repr=False, eq=False)
class SalaryFacts:
    median: int | float
    currency: str
    year: int
    source: str
    url: str | None


@dataclass(repr=False, eq=False)
class OutlookFacts:
    growth_percent: float
    period: str
    annual_openings: int | None
    source: str
    url: str | None


#: Credited wherever a role with an O*NET code is shown and the file names no O*NET source
#: of its own: the code and its title are O*NET's.
ONET_CREDIT = Source(
    name="O*NET 29.2 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
    url="https://www.onetcenter.org/database.html",
    licence="CC BY 4.0",
    licence_url="https://creativecommons.org/licenses/by/4.0/",
    note="O*NET® is a trademark of USDOL/ETA.",
)


@dataclass(repr=False, eq=False)
class SourceItem:
    name: str
    url: str | None
    licence: str | None
    licence_url: str | None
    note: str | None

    @classmethod
    def of(cls, source: Source) -> SourceItem:
        return cls(source.name, source.url, source.licence, source.licence_url, source.note)


def credits(role: Role, kb: KnowledgeBase) -> list[SourceItem]:
    """The sources to credit where a role is shown: those its file names, and O*NET's own
    credit for an O*NET code when the file names no O*NET source."""
    named = list(kb.sources)
    if role.onet_code and not any("O*NET" in s.name for s in named):
        named.append(ONET_CREDIT)
    return [SourceItem.of(s) for s in named]


@dataclass(repr=False, eq=False)
class RoleDetail:
    id: str
    title: str
    family: str
    summary: str
    responsibilities: list[str]
    skills: list[RoleSkill]
    education: str | None
    experience: str | None
    salary: SalaryFacts | None
    outlook: OutlookFacts | None
    caveat: str | None
    onet_code: str | None
    onet_title: str | None
    onet_url: str | None
    next_roles: list[str]
    related_roles: list[str]
    aliases: list[str]
    #: Where the facts come from, to credit wherever the role is shown.
    sources: list[SourceItem]

    @classmethod
    def of(cls, role: Role, kb: KnowledgeBase) -> RoleDetail:
        skills = []
        for skill_id, importance in role.skills:
            skill = kb.skill_by_id[skill_id]
            skills.append(RoleSkill(skill.id, skill.name, skill.category, importance.value))
        s, o = role.salary, role.outlook
        return cls(
            id=role.id,
            title=role.title,
            family=role.family,
            summary=role.summary,
            responsibilities=list(role.responsibilities),
            skills=skills,
            education=role.education,
            experience=role.experience,
            salary=None if s is None else SalaryFacts(s.median, s.currency, s.year, s.source, s.url),
            outlook=None
            if o is None
            else OutlookFacts(o.growth_percent, o.period, o.annual_openings, o.source, o.url),
            caveat=role.caveat,
            onet_code=role.onet_code,
            onet_title=role.onet_title,
            onet_url=role.onet_url,
            next_roles=list(role.next_roles),
            related_roles=list(role.related_roles),
            aliases=list(role.aliases),
            sources=credits(role, kb),
        )


@dataclass(repr=False, eq=False)
class ShowReport:
    """`show`: its JSON is the role."""

    role: RoleDetail
    glossary: Glossary = field(metadata=CONTEXT)

    def json(self) -> Any:
        return plain(self.role)


def show_report(role: Role, kb: KnowledgeBase) -> ShowReport:
    return ShowReport(RoleDetail.of(role, kb), Glossary.of(kb))


# skills


@dataclass(repr=False, eq=False)
class SkillItem:
    id: str
    name: str
    category: str
    aliases: list[str]
    broader: str | None
    #: Words of the skill's own that in running text are often not the skill.
    ambiguous: list[str]
    roles: list[str]
    #: For an in-store skill, the online skill it earns a small share of.
    online: str | None


@dataclass(repr=False, eq=False)
class SkillsReport:
    """`skills`: its JSON is the array of skills."""

    skills: list[SkillItem]

    def json(self) -> Any:
        return plain(self.skills)


def skills_report(skills: Iterable[Skill], kb: KnowledgeBase) -> SkillsReport:
    return SkillsReport(
        [
            SkillItem(
                s.id,
                s.name,
                s.category,
                list(s.aliases),
                s.broader,
                list(s.ambiguous),
                list(kb.roles_by_skill.get(s.id, ())),
                s.online,
            )
            for s in skills
        ]
    )


# path


@dataclass(repr=False, eq=False)
class PathItem:
    id: str
    title: str
    median_pay: int | float | None
    currency: str | None
    caveat: str | None
    seen: bool
    next: list[PathItem]

    @classmethod
    def of(cls, node: PathNode) -> PathItem:
        role = node.role
        return cls(
            role.id,
            role.title,
            role.salary.median if role.salary else None,
            role.salary.currency if role.salary else None,
            role.caveat,
            node.seen,
            [cls.of(n) for n in node.next],
        )


@dataclass(repr=False, eq=False)
class PathRow:
    """One node of the tree as a flat row, for csv and markdown."""

    depth: int
    parent: str | None
    id: str
    title: str
    median_pay: int | float | None
    currency: str | None
    caveat: str | None
    seen: bool


@dataclass(repr=False, eq=False)
class PathReport:
    """`path`: its JSON is the tree."""

    root: PathItem

    def json(self) -> Any:
        return plain(self.root)

    def rows(self) -> list[PathRow]:
        """The tree depth first."""
        out: list[PathRow] = []

        def walk(node: PathItem, depth: int, parent: str | None) -> None:
            out.append(
                PathRow(
                    depth, parent, node.id, node.title, node.median_pay, node.currency, node.caveat, node.seen
                )
            )
            for child in node.next:
                walk(child, depth + 1, node.id)

        walk(self.root, 0, None)
        return out


def path_report(node: PathNode) -> PathReport:
    return PathReport(PathItem.of(node))


@dataclass(repr=False, eq=False)
class RouteStep:
    id: str
    title: str
    median_pay: int | float | None
    currency: str | None
    caveat: str | None

    @classmethod
    def of(cls, role: Role) -> RouteStep:
        pay = role.salary
        return cls(
            role.id, role.title, pay.median if pay else None, pay.currency if pay else None, role.caveat
        )


@dataclass(repr=False, eq=False)
class RouteRow:
    """One step of one route as a flat row, for csv."""

    route: int
    step: int
    id: str
    title: str
    median_pay: int | float | None
    currency: str | None
    caveat: str | None


@dataclass(repr=False, eq=False)
class RoutesReport:
    """`path --to`: the chains of next roles that lead into a role (from one role, or any)."""

    target: str
    start: str | None
    depth: int
    routes: list[list[RouteStep]]

    def json(self) -> Any:
        return {"target": self.target, "from": self.start, "depth": self.depth, "routes": plain(self.routes)}

    def rows(self) -> list[RouteRow]:
        return [
            RouteRow(i, j, s.id, s.title, s.median_pay, s.currency, s.caveat)
            for i, route in enumerate(self.routes, 1)
            for j, s in enumerate(route)
        ]


def routes_report(
    target: Role, start: Role | None, depth: int, found: list[tuple[Role, ...]]
) -> RoutesReport:
    return RoutesReport(
        target.id, start.id if start else None, depth, [[RouteStep.of(r) for r in route] for route in found]
    )


# validate


@dataclass(repr=False, eq=False)
class ValidateReport:
    source: str
    roles: int
    skills: int
    warnings: int = 0

    def json(self) -> Any:
        return plain(self)
