"""One typed report per command: what every output format shows, and the JSON contract.

The JSON of a report is its fields, in order, converted by `plain`: a renamed field is a
renamed JSON key, which mypy and the golden tests both see. Fields are only ever added, never
renamed or removed, since scripts rely on them. Fields marked `CONTEXT` are lookups the
renderers need (skill names, role titles) and never reach the JSON; fields marked `OPTIONAL`
are left out of the JSON when they are None.

Reports are made on every run, so their classes are plain dataclasses: `frozen`, `slots`,
`repr` and `eq` would cost about 10 ms of start-up for some thirty classes, and a report is
built once, printed, and dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from typing import TYPE_CHECKING, Any

from ecomcareer.model import Importance, KnowledgeBase, Role, Skill, Source

if TYPE_CHECKING:  # for the annotations only: importing them costs start-up time
    from ecomcareer.documents import Extraction
    from ecomcareer.jobs import Job
    from ecomcareer.matching import Count, Match
    from ecomcareer.planning import Comparison, GapAnalysis, PathNode, Plan
    from ecomcareer.skills import Resolution

CONTEXT: dict[str, bool] = {"json": False}
OPTIONAL: dict[str, bool] = {"omit_none": True}


def plain(value: object) -> Any:
    """A report (or any part of one) as JSON-ready dicts, lists and scalars."""
    if is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in fields(value):
            if not f.metadata.get("json", True):
                continue
            item = getattr(value, f.name)
            if item is None and f.metadata.get("omit_none"):
                continue
            out[f.name] = plain(item)
        return out
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def json_fields(kind: type) -> list[str]:
    """The JSON keys every item of a type has (optional ones left out)."""
    return [f.name for f in fields(kind) if f.metadata.get("json", True) and not f.metadata.get("omit_none")]


@dataclass(repr=False, eq=False)
class Glossary:
    """Names for the ids a report holds, so that tables and handouts can say them in words."""

    skill_names: Mapping[str, str]
    role_titles: Mapping[str, str]

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Glossary:
        return cls({s.id: s.name for s in kb.skills}, {r.id: r.title for r in kb.roles})

    def skill(self, skill_id: str) -> str:
        return self.skill_names.get(skill_id, skill_id)

    def skills(self, skill_ids: Iterable[str]) -> list[str]:
        return [self.skill(s) for s in skill_ids]

    def role(self, role_id: str) -> str:
        return self.role_titles.get(role_id, role_id)


# How the person's skills were read: the same two lists in every command that takes them.


@dataclass(repr=False, eq=False)
class ReadSkill:
    input: str
    skill: str
    how: str
    #: What was said about the skill besides its name ("advanced", "3 years"), or None.
    note: str | None


@dataclass(repr=False, eq=False)
class UnreadSkill:
    input: str
    #: Skill ids; tables and messages show their names.
    suggestions: list[str]


def read_skills(res: Resolution) -> tuple[list[ReadSkill], list[UnreadSkill]]:
    return (
        [ReadSkill(r.input, r.skill, r.how.value, r.note) for r in res.recognized],
        [UnreadSkill(u.input, list(u.suggestions)) for u in res.unrecognized],
    )


@dataclass(repr=False, eq=False)
class JobRef:
    """`--job`: what was typed, and the O*NET occupation it was read as."""

    query: str
    code: str
    title: str


def job_ref(job: Job | None) -> JobRef | None:
    return None if job is None else JobRef(job.query, job.occupation.code, job.occupation.title)


# list


@dataclass(repr=False, eq=False)
class RoleSummary:
    id: str
    title: str
    family: str
    median_pay: int | float | None
    currency: str | None
    growth_percent: float | None
    education: str | None
    onet_code: str | None
    #: Where the pay and growth are for a broader occupation than the job: what they are for.
    caveat: str | None

    @classmethod
    def of(cls, role: Role) -> RoleSummary:
        return cls(**_summary_fields(role))


def _summary_fields(role: Role) -> dict[str, Any]:
    return {
        "id": role.id,
        "title": role.title,
        "family": role.family,
        "median_pay": role.salary.median if role.salary else None,
        "currency": role.salary.currency if role.salary else None,
        "growth_percent": role.outlook.growth_percent if role.outlook else None,
        "education": role.education,
        "onet_code": role.onet_code,
        "caveat": role.caveat,
    }


@dataclass(repr=False, eq=False)
class ListReport:
    """`list`: its JSON is the array of roles."""

    roles: list[RoleSummary]

    def json(self) -> Any:
        return plain(self.roles)


def list_report(roles: Iterable[Role]) -> ListReport:
    return ListReport([RoleSummary.of(r) for r in roles])


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


# match


@dataclass(repr=False, eq=False)
class Related:
    """A role's skill partly met: credited in part through a close skill the person has."""

    skill: str
    via: str | None


@dataclass(repr=False, eq=False)
class Counted:
    """How many of a group of the role's skills the person has: fully, in part, of all."""

    have: int
    partly: int
    total: int

    @classmethod
    def of(cls, count: Count) -> Counted:
        return cls(count.have, count.partly, count.total)


@dataclass(repr=False, eq=False)
class Worth:
    """`--explain`: what one of a role's skills is worth and what the person earned of it."""

    skill: str
    importance: str
    points: float
    credit: float
    earned: float
    via: str | None


@dataclass(repr=False, eq=False)
class MatchItem:
    rank: int
    id: str
    title: str
    family: str
    score: float
    matched: list[str]
    related: list[Related]
    missing_core: list[str]
    missing_supporting: list[str]
    #: The score in a word: strong, good, partial or early (see matching.BAND_FLOORS).
    band: str
    core: Counted
    supporting: Counted
    #: Why the role is ranked after roles of a lower score, or null.
    held_back: str | None
    #: The score is coverage × focus: how much of the role the person has (0 to 100), and
    #: the share of the person's skills, soft ones aside, that the role uses (0 to 1).
    coverage: float
    focus: float
    contributions: list[Worth] | None = field(default=None, metadata=OPTIONAL)

    @classmethod
    def of(cls, rank: int, match: Match, *, explain: bool = False) -> MatchItem:
        worth = None
        if explain:
            worth = [
                Worth(c.skill, c.importance.value, round(c.points, 2), c.credit, round(c.earned, 2), c.via)
                for c in match.contributions
            ]
        return cls(
            rank=rank,
            id=match.role.id,
            title=match.role.title,
            family=match.role.family,
            score=round(match.score, 1),
            matched=list(match.matched),
            related=[Related(c.skill, c.via) for c in match.related],
            missing_core=list(match.missing_core),
            missing_supporting=list(match.missing_supporting),
            band=match.band.value,
            core=Counted.of(match.count(Importance.CORE)),
            supporting=Counted.of(match.count(Importance.SUPPORTING)),
            held_back=match.held_back,
            coverage=round(match.coverage, 1),
            focus=round(match.focus, 2),
            contributions=worth,
        )


@dataclass(repr=False, eq=False)
class MatchReport:
    matches: list[MatchItem]
    recognized: list[ReadSkill]
    unrecognized: list[UnreadSkill]
    glossary: Glossary = field(metadata=CONTEXT)
    #: The occupation the person started from, with --job.
    job: JobRef | None = None

    def json(self) -> Any:
        return plain(self)


def match_report(
    matches: list[Match], res: Resolution, kb: KnowledgeBase, *, explain: bool, job: Job | None = None
) -> MatchReport:
    items = [MatchItem.of(i, m, explain=explain) for i, m in enumerate(matches, 1)]
    return MatchReport(items, *read_skills(res), Glossary.of(kb), job_ref(job))


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


# gap


@dataclass(repr=False, eq=False)
class RoleRef:
    id: str
    title: str


@dataclass(repr=False, eq=False)
class GapItem:
    skill: str
    name: str
    category: str
    importance: str
    roles_needing: int
    score_after: float
    #: The skill the person has that meets this one in part, or null.
    partly_via: str | None


@dataclass(repr=False, eq=False)
class GapReport:
    role: RoleRef
    score: float
    band: str
    have: list[str]
    missing: list[GapItem]
    recognized: list[ReadSkill]
    unrecognized: list[UnreadSkill]
    glossary: Glossary = field(metadata=CONTEXT)
    job: JobRef | None = None

    def json(self) -> Any:
        return plain(self)


def gap_report(
    report: GapAnalysis, kb: KnowledgeBase, res: Resolution, *, job: Job | None = None
) -> GapReport:
    from ecomcareer.matching import band

    missing = []
    for g in report.gaps:
        skill = kb.skill_by_id[g.skill]
        missing.append(
            GapItem(
                g.skill,
                skill.name,
                skill.category,
                g.importance.value,
                g.roles_needing,
                round(g.score_after, 1),
                report.partly.get(g.skill),
            )
        )
    return GapReport(
        RoleRef(report.role.id, report.role.title),
        round(report.score, 1),
        band(report.score).value,
        list(report.have),
        missing,
        *read_skills(res),
        Glossary.of(kb),
        job_ref(job),
    )


# next


@dataclass(repr=False, eq=False)
class EffectItem:
    role: str
    before: float
    after: float


@dataclass(repr=False, eq=False)
class StepItem:
    skill: str
    name: str
    gain: float
    effects: list[EffectItem]


@dataclass(repr=False, eq=False)
class PlanReport:
    target: str | None
    roles: list[str]
    steps: list[StepItem]
    #: The role the steps are chosen for (the target or the best match); null with --across.
    focus: RoleRef | None
    recognized: list[ReadSkill]
    unrecognized: list[UnreadSkill]
    glossary: Glossary = field(metadata=CONTEXT)
    job: JobRef | None = None

    def json(self) -> Any:
        return plain(self)


def plan_report(
    p: Plan, kb: KnowledgeBase, target: str | None, res: Resolution, *, job: Job | None = None
) -> PlanReport:
    steps = [
        StepItem(
            step.skill,
            kb.skill_by_id[step.skill].name,
            round(step.gain, 1),
            [EffectItem(e.role, round(e.before, 1), round(e.after, 1)) for e in step.effects],
        )
        for step in p.steps
    ]
    focus = RoleRef(p.focus, kb.role_by_id[p.focus].title) if p.focus is not None else None
    return PlanReport(target, list(p.roles), steps, focus, *read_skills(res), Glossary.of(kb), job_ref(job))


# compare


@dataclass(repr=False, eq=False)
class ComparedRole(RoleSummary):
    only: list[str]
    score: float | None = field(default=None, metadata=OPTIONAL)


@dataclass(repr=False, eq=False)
class CompareReport:
    roles: list[ComparedRole]
    shared: list[str]
    glossary: Glossary = field(metadata=CONTEXT)
    recognized: list[ReadSkill] | None = field(default=None, metadata=OPTIONAL)
    unrecognized: list[UnreadSkill] | None = field(default=None, metadata=OPTIONAL)

    def json(self) -> Any:
        return plain(self)


def compare_report(c: Comparison, kb: KnowledgeBase, res: Resolution | None) -> CompareReport:
    roles = [
        ComparedRole(
            **_summary_fields(role),
            only=list(c.only[i]),
            score=None if c.scores is None else round(c.scores[i], 1),
        )
        for i, role in enumerate(c.roles)
    ]
    read, unread = read_skills(res) if res is not None else (None, None)
    return CompareReport(roles, list(c.shared), Glossary.of(kb), read, unread)


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


# handbook


@dataclass(repr=False, eq=False)
class HandbookPage:
    role: RoleDetail
    fit: MatchItem | None


@dataclass(repr=False, eq=False)
class HandbookReport:
    """`handbook`: written as HTML or Markdown, never as JSON."""

    title: str
    pages: list[HandbookPage]
    #: The names of the person's skills, when the handbook shows their fit.
    person: list[str] | None
    glossary: Glossary = field(metadata=CONTEXT)
    unrecognized: list[UnreadSkill] = field(default_factory=list)
    job: JobRef | None = None


def handbook_report(
    title: str,
    roles: list[Role],
    kb: KnowledgeBase,
    fits: list[Match] | None,
    res: Resolution | None,
    *,
    job: Job | None = None,
) -> HandbookReport:
    pages = [
        HandbookPage(RoleDetail.of(role, kb), None if fits is None else MatchItem.of(0, fits[i]))
        for i, role in enumerate(roles)
    ]
    if res is None:
        return HandbookReport(title, pages, None, Glossary.of(kb))
    person = [kb.skill_by_id[s].name for s in res.skill_ids]
    return HandbookReport(title, pages, person, Glossary.of(kb), read_skills(res)[1], job_ref(job))


# extract


@dataclass(repr=False, eq=False)
class MentionItem:
    line: int
    column: int
    #: The page, for a PDF; null otherwise.
    page: int | None
    text: str
    #: The heading of the section it is in, as the document writes it.
    section: str | None


@dataclass(repr=False, eq=False)
class FoundItem:
    id: str
    name: str
    category: str
    #: In a posting: true for a requirement, false for a 'nice to have'; null in a résumé.
    required: bool | None
    mentions: list[MentionItem]


@dataclass(repr=False, eq=False)
class ExtractReport:
    source: str
    kind: str
    title: str | None
    role: str | None
    skills: list[FoundItem]
    not_understood: list[str]
    glossary: Glossary = field(metadata=CONTEXT)
    #: The items not understood, each with up to three skill ids it may have meant.
    unrecognized: list[UnreadSkill] = field(default_factory=list)

    def json(self) -> Any:
        return plain(self)


def extract_report(found: Extraction, kb: KnowledgeBase) -> ExtractReport:
    items = []
    for f in found.skills:
        skill = kb.skill_by_id[f.skill]
        mentions = [MentionItem(m.line, m.column, m.page, m.text, m.section) for m in f.mentions]
        items.append(FoundItem(skill.id, skill.name, skill.category, f.required, mentions))
    role = found.role.id if found.role else None
    unread = [UnreadSkill(u.input, list(u.suggestions)) for u in found.unrecognized]
    return ExtractReport(
        found.source,
        found.kind,
        found.title,
        role,
        items,
        list(found.not_understood),
        Glossary.of(kb),
        unread,
    )


# fit


@dataclass(repr=False, eq=False)
class PostingRef:
    source: str
    title: str | None
    #: The nearest role of the knowledge base, by the posting's title.
    role: str | None


@dataclass(repr=False, eq=False)
class Tally:
    have: int
    of: int


@dataclass(repr=False, eq=False)
class FitGap:
    skill: str
    name: str
    category: str
    #: 'required' or 'preferred', as the posting says.
    importance: str
    score_after: float


@dataclass(repr=False, eq=False)
class FitReport:
    posting: PostingRef
    score: float
    band: str
    required: Tally
    preferred: Tally
    have: list[str]
    related: list[Related]
    missing: list[FitGap]
    recognized: list[ReadSkill]
    unrecognized: list[UnreadSkill]
    glossary: Glossary = field(metadata=CONTEXT)

    def json(self) -> Any:
        return plain(self)


def fit_report(
    posting: Extraction, role: Role, match: Match, gaps: GapAnalysis, kb: KnowledgeBase, res: Resolution
) -> FitReport:
    required = set(role.core)
    missing = []
    for g in gaps.gaps:
        skill = kb.skill_by_id[g.skill]
        importance = "required" if g.skill in required else "preferred"
        missing.append(FitGap(g.skill, skill.name, skill.category, importance, round(g.score_after, 1)))
    have = set(match.matched)
    return FitReport(
        PostingRef(posting.source, posting.title, posting.role.id if posting.role else None),
        round(match.score, 1),
        match.band.value,
        Tally(len(have & required), len(role.core)),
        Tally(len(have - required), len(role.supporting)),
        list(match.matched),
        [Related(c.skill, c.via) for c in match.related],
        missing,
        *read_skills(res),
        Glossary.of(kb),
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


Report = (
    ListReport
    | ShowReport
    | MatchReport
    | SkillsReport
    | GapReport
    | PlanReport
    | CompareReport
    | PathReport
    | RoutesReport
    | HandbookReport
    | ValidateReport
    | ExtractReport
    | FitReport
)
