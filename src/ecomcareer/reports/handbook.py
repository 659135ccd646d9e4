"""The report of `handbook`: a page per role, with the person's fit where skills are given."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ecomcareer.model import KnowledgeBase, Role
from ecomcareer.reports.base import (
    CONTEXT,
    Glossary,
    JobRef,
    UnreadSkill,
    job_ref,
    read_skills,
)
from ecomcareer.reports.catalog import RoleDetail
from ecomcareer.reports.fit import MatchItem

if TYPE_CHECKING:  # for the annotations only: importing them costs start-up time
    from ecomcareer.jobs import Job
    from ecomcareer.matching import Match
    from ecomcareer.skills import Resolution


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
