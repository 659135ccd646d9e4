"""The reports of the commands that fit a person to roles: match, gap, next, compare."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ecomcareer.model import Importance, KnowledgeBase
from ecomcareer.reports.base import (
    CONTEXT,
    OPTIONAL,
    Glossary,
    JobRef,
    ReadSkill,
    RoleSummary,
    UnreadSkill,
    _summary_fields,
    job_ref,
    plain,
    read_skills,
)

if TYPE_CHECKING:  # for the annotations only: importing them costs start-up time
    from ecomcareer.jobs import Job
    from ecomcareer.matching import Count, Match
    from ecomcareer.planning import Comparison, GapAnalysis, Plan
    from ecomcareer.skills import Resolution


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
            focus=round(match.focus, 3),
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
        band(report.coverage).value,
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
