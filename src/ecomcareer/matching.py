"""How well a person fits each role: the scoring formula and the ranking.

score = 100 × (CORE_SHARE × core coverage + (1 − CORE_SHARE) × supporting coverage)

Coverage is the share of a group's weight the person has; each skill weighs its rarity,
1 + ln(roles / roles listing it), so a skill nearly every role lists (communication) counts
for less than a distinctive one (Tableau). The supporting group carries a fixed share however
long it is, so a role does not win just because its list is short. A skill the person lacks
but whose narrower form they have (PostgreSQL for SQL) earns RELATED_CREDIT of its weight.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from ecomcareer.model import Importance, KnowledgeBase, Role

CORE_SHARE = 0.75
RELATED_CREDIT = 0.5


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one of a role's skills is worth, and how much of it the person earned."""

    skill: str
    importance: Importance
    points: float
    credit: float
    via: str | None = None

    @property
    def earned(self) -> float:
        return self.points * self.credit


@dataclass(frozen=True, slots=True)
class Match:
    role: Role
    score: float
    contributions: tuple[Contribution, ...]

    @property
    def matched(self) -> tuple[str, ...]:
        return tuple(c.skill for c in self.contributions if c.credit == 1)

    @property
    def related(self) -> tuple[Contribution, ...]:
        """Skills credited in part through a narrower skill the person has."""
        return tuple(c for c in self.contributions if 0 < c.credit < 1)

    @property
    def missing_core(self) -> tuple[str, ...]:
        return tuple(c.skill for c in self.contributions if c.credit < 1 and c.importance is Importance.CORE)

    @property
    def missing_supporting(self) -> tuple[str, ...]:
        return tuple(
            c.skill for c in self.contributions if c.credit < 1 and c.importance is Importance.SUPPORTING
        )


class Ranker:
    """Scores profiles against every role of one knowledge base; weights are computed once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    @cached_property
    def rarity(self) -> Mapping[str, float]:
        total = max(len(self.kb.roles), 1)
        return {
            skill_id: 1 + math.log(total / len(roles)) if roles else 1.0
            for skill_id, roles in self.kb.roles_by_skill.items()
        }

    @cached_property
    def _points(self) -> Mapping[str, tuple[tuple[str, Importance, float], ...]]:
        """Each role's skills with the score points each one is worth (they add up to 100)."""
        return {role.id: self.points(role) for role in self.kb.roles}

    def points(self, role: Role) -> tuple[tuple[str, Importance, float], ...]:
        """A role's skills with their points, for any role: one of the knowledge base's, or one
        read from a job posting."""
        share = CORE_SHARE if role.supporting else 1.0
        groups = (
            (role.core, Importance.CORE, share),
            (role.supporting, Importance.SUPPORTING, 1 - share),
        )
        rarest = 1 + math.log(max(len(self.kb.roles), 1))
        rows: list[tuple[str, Importance, float]] = []
        for ids, importance, group_share in groups:
            weights = [self.rarity.get(s, rarest) for s in ids]
            total = sum(weights)
            rows.extend(
                (s, importance, 100 * group_share * w / total) for s, w in zip(ids, weights, strict=True)
            )
        return tuple(rows)

    def _implied(self, have: frozenset[str]) -> dict[str, str]:
        """Broader skills the person has through a narrower one: broader id -> narrower id."""
        implied: dict[str, str] = {}
        for skill_id in sorted(have):
            skill = self.kb.skill_by_id.get(skill_id)
            if skill is not None and skill.broader is not None and skill.broader not in have:
                implied.setdefault(skill.broader, skill_id)
        return implied

    def score(self, role: Role, skills: Iterable[str]) -> Match:
        have = frozenset(skills)
        return self._account(role, have, self._implied(have))

    def _account(self, role: Role, have: frozenset[str], implied: Mapping[str, str]) -> Match:
        contributions: list[Contribution] = []
        score, _ = self._tally(role, have, implied, contributions)
        return Match(role, score, tuple(contributions))

    def _tally(
        self,
        role: Role,
        have: frozenset[str],
        implied: Mapping[str, str],
        account: list[Contribution] | None = None,
    ) -> tuple[float, int]:
        """The formula, in one place: the role's score and how many of its skills the person
        has exactly; each skill's share is added to `account` when one is given."""
        total = 0.0
        exact = 0
        known = self.kb.role_by_id.get(role.id) is role
        for skill_id, importance, points in self._points[role.id] if known else self.points(role):
            via = None
            if skill_id in have:
                credit = 1.0
                exact += 1
            elif skill_id in implied:
                credit = RELATED_CREDIT
                via = implied[skill_id]
            else:
                credit = 0.0
            total += points * credit
            if account is not None:
                account.append(Contribution(skill_id, importance, points, credit, via))
        # Floating-point sums may stray past the bounds by an ulp.
        return min(100.0, max(0.0, total)), exact

    def rank(
        self,
        skills: Iterable[str],
        *,
        family: str | None = None,
        min_score: float = 0.0,
        top: int | None = None,
    ) -> list[Match]:
        """Roles best first; ties go to the role with more exact matches, then by id.

        A role that shares no skill with the person, even in part, is no match and left out.
        """
        have = frozenset(skills)
        implied = self._implied(have)
        scored = []
        for role in self.kb.roles:
            if family is not None and role.family != family:
                continue
            score, exact = self._tally(role, have, implied)
            if score > 0 and score >= min_score:
                scored.append((-round(score, 9), -exact, role.id, role))
        scored.sort(key=lambda row: row[:3])
        chosen = scored if top is None else scored[:top]
        # The full account of each skill is built only for the roles returned.
        return [self._account(role, have, implied) for *_, role in chosen]
