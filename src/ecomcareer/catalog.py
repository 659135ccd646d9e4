"""Finding, filtering and ordering the roles and skills of a knowledge base."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from ecomcareer.errors import UsageError, did_you_mean
from ecomcareer.model import Category, Family, KnowledgeBase, Role, Skill
from ecomcareer.skills import canonical, normalise, split_inputs


class SortBy(StrEnum):
    TITLE = "title"
    PAY = "pay"
    GROWTH = "growth"


def find_role(kb: KnowledgeBase, query: str) -> Role:
    """A role by id or title, in any case and spacing ('data analyst', 'Data-Analyst')."""
    if query in kb.role_by_id:
        return kb.role_by_id[query]
    word = normalise(query)
    loose = canonical(query)
    for role in kb.roles:
        if word in (role.id, role.id.replace("-", " "), normalise(role.title)) or (
            loose and loose in (canonical(role.id), canonical(role.title))
        ):
            return role
    raise UsageError(f"unknown role {query!r}{did_you_mean(word.replace(' ', '-'), kb.role_by_id)}")


def _text_of(role: Role, kb: KnowledgeBase) -> str:
    names = [role.title, role.summary]
    for skill_id, _ in role.skills:
        skill = kb.skill_by_id[skill_id]
        names += [skill.id, skill.name, *skill.aliases]
    return normalise(" \n ".join(names))


def select_roles(
    kb: KnowledgeBase,
    *,
    family: Family | None = None,
    search: str | None = None,
    sort: SortBy = SortBy.TITLE,
) -> list[Role]:
    """Roles of a family, whose title, summary or skills mention the search text, in order."""
    chosen: Iterable[Role] = kb.roles
    if family is not None:
        chosen = [r for r in chosen if r.family is family]
    if search:
        needle = normalise(search)
        chosen = [r for r in chosen if needle in _text_of(r, kb)]
    by_title = sorted(chosen, key=lambda r: (normalise(r.title), r.id))
    if sort is SortBy.PAY:
        return sorted(by_title, key=lambda r: (r.salary is None, -(r.salary.median if r.salary else 0)))
    if sort is SortBy.GROWTH:
        return sorted(
            by_title, key=lambda r: (r.outlook is None, -(r.outlook.growth_percent if r.outlook else 0))
        )
    return by_title


def choose_roles(kb: KnowledgeBase, *, family: Family | None = None, roles: str | None = None) -> list[Role]:
    """The roles named (comma-separated ids or titles, in the order given, each once), or all
    of them in title order; either way only those of the family, if one is given."""
    if roles is None:
        return select_roles(kb, family=family)
    chosen = list(dict.fromkeys(find_role(kb, r) for r in split_inputs(roles)))
    return [r for r in chosen if family is None or r.family is family]


def select_skills(
    kb: KnowledgeBase, *, category: Category | None = None, search: str | None = None
) -> list[Skill]:
    """Skills of a category whose id, name or aliases contain the search text, by id."""
    needle = normalise(search) if search else ""
    chosen = [
        s
        for s in kb.skills
        if (category is None or s.category is category)
        and needle in normalise(" \n ".join((s.id, s.name, *s.aliases)))
    ]
    return sorted(chosen, key=lambda s: s.id)
