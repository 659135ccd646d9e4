"""What every report shares: how a report becomes JSON, the glossary of names, how the
person's skills were read, and the one-line summary of a role that several reports list."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, is_dataclass
from typing import TYPE_CHECKING, Any

from ecomcareer.model import KnowledgeBase, Role

if TYPE_CHECKING:  # for the annotations only: importing them costs start-up time
    from ecomcareer.jobs import Job
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
