"""The knowledge base as typed, immutable values; the schema lives here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

SCHEMA_VERSION = 1


class Category(StrEnum):
    """What kind of skill it is; a fixed set so tables can group by it."""

    DATA = "data"
    DEVELOPMENT = "development"
    AI = "ai"
    MARKETING = "marketing"
    SALES = "sales"
    SERVICE = "service"
    PLATFORM = "platform"
    OPERATIONS = "operations"
    SECURITY = "security"
    DESIGN = "design"
    MANAGEMENT = "management"
    SOFT = "soft"
    OFFICE = "office"
    LANGUAGE = "language"


class Family(StrEnum):
    """The job family a role belongs to, for filtering."""

    MARKETING = "marketing"
    SALES = "sales"
    TECHNOLOGY = "technology"
    OPERATIONS = "operations"
    DATA = "data"
    CUSTOMER_SERVICE = "customer-service"
    MANAGEMENT = "management"
    DESIGN = "design"


#: The families and categories a file uses unless it declares its own.
DEFAULT_FAMILIES = tuple(f.value for f in Family)
DEFAULT_CATEGORIES = tuple(c.value for c in Category)


class Importance(StrEnum):
    """How much a role relies on a skill: core skills weigh more in a match."""

    CORE = "core"
    SUPPORTING = "supporting"


@dataclass(frozen=True, slots=True)
class Skill:
    id: str
    name: str
    #: One of the knowledge base's categories (by default the values of `Category`).
    category: str
    aliases: tuple[str, ...] = ()
    #: A more general skill this one implies (PostgreSQL -> SQL): partial credit in a match.
    broader: str | None = None
    #: Those of its own names that in running text are often not the skill ('go', 'teams',
    #: 'research'): typed as a list item they still count; a reader of sentences may not.
    ambiguous: tuple[str, ...] = ()
    #: For a skill of the shop floor, the online skill it stands for (store merchandising ->
    #: online merchandising): a smaller partial credit than a narrower skill earns.
    online: str | None = None


@dataclass(frozen=True, slots=True)
class Salary:
    median: int | float
    currency: str
    year: int
    source: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Outlook:
    growth_percent: float
    period: str
    source: str
    annual_openings: int | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    id: str
    title: str
    #: One of the knowledge base's families (by default the values of `Family`).
    family: str
    summary: str
    core: tuple[str, ...]
    supporting: tuple[str, ...] = ()
    responsibilities: tuple[str, ...] = ()
    education: str | None = None
    experience: str | None = None
    salary: Salary | None = None
    outlook: Outlook | None = None
    onet_code: str | None = None
    onet_title: str | None = None
    caveat: str | None = None
    next_roles: tuple[str, ...] = ()
    related_roles: tuple[str, ...] = ()
    #: Other names people use for the job ('csr', 'amazon account manager').
    aliases: tuple[str, ...] = ()

    @property
    def skills(self) -> tuple[tuple[str, Importance], ...]:
        """Every skill the role lists, core first, with its importance."""
        return tuple((s, Importance.CORE) for s in self.core) + tuple(
            (s, Importance.SUPPORTING) for s in self.supporting
        )

    @property
    def onet_url(self) -> str | None:
        if self.onet_code is None:
            return None
        return f"https://www.onetonline.org/link/summary/{self.onet_code}"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a file's facts come from, credited wherever they are shown."""

    name: str
    url: str | None = None
    licence: str | None = None
    licence_url: str | None = None
    #: What was taken, and anything the source asks to be said (a trademark line).
    note: str | None = None


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Roles and skills with the look-up tables every command needs."""

    skills: tuple[Skill, ...]
    roles: tuple[Role, ...]
    #: The sources the file names (top-level `sources`), credited in handouts and `show`.
    sources: tuple[Source, ...] = ()
    #: The job families and skill categories the file uses: its own, or the defaults.
    families: tuple[str, ...] = DEFAULT_FAMILIES
    categories: tuple[str, ...] = DEFAULT_CATEGORIES
    source: str = field(default="<memory>", compare=False)
    #: The cache's name for the file's bytes when it was loaded through the cache: what is
    #: derived from the file (the reader's look-up tables) is kept there under it too.
    fingerprint: str | None = field(default=None, compare=False)
    skill_by_id: Mapping[str, Skill] = field(init=False, repr=False, compare=False)
    role_by_id: Mapping[str, Role] = field(init=False, repr=False, compare=False)
    roles_by_skill: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    #: Each role's steps below on the career ladders: the roles listing it among next_roles.
    steps_below: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_skill: dict[str, list[str]] = {s.id: [] for s in self.skills}
        below: dict[str, list[str]] = {}
        for role in self.roles:
            for skill_id, _ in role.skills:
                by_skill.setdefault(skill_id, []).append(role.id)
            for next_id in role.next_roles:
                below.setdefault(next_id, []).append(role.id)
        object.__setattr__(self, "skill_by_id", MappingProxyType({s.id: s for s in self.skills}))
        object.__setattr__(self, "role_by_id", MappingProxyType({r.id: r for r in self.roles}))
        object.__setattr__(
            self, "roles_by_skill", MappingProxyType({k: tuple(v) for k, v in by_skill.items()})
        )
        object.__setattr__(self, "steps_below", MappingProxyType({k: tuple(v) for k, v in below.items()}))
