"""How well a person fits each role: the scoring formula and the ranking.

score = coverage × focus
coverage = 100 × (CORE_SHARE × core coverage + (1 − CORE_SHARE) × supporting coverage)
focus = the share of the person's skills the role uses

Coverage is the share of a group's weight the person has; each skill weighs its rarity,
1 + ln(roles / roles listing it), so a skill nearly every role lists (communication) counts
for less than a distinctive one (Tableau). The supporting group carries a fixed share however
long it is, so a role does not win just because its list is short. A skill the person lacks
earns part of its weight when they have a skill close to it: RELATED_CREDIT through a narrower
skill (PostgreSQL for SQL), IN_STORE_CREDIT through its in-store counterpart (store
merchandising for online merchandising).

Focus is the share of the person's skills, by the same weights, that the role lists or that
stand for one it lists (a narrower or in-store skill); soft skills are left out of it, since
nearly every role lists them. It tells two roles apart that cover as much of themselves: a
hotel receptionist's phone work, complaints and bookings make a customer service role the
fit, though a shop's short list is covered as far by the till alone.

The ranking orders roles by score, with two rules on top, so a list says what a counselor
would say: a role the person shares only soft skills with is left out (being a team player is
no reason to suggest a career), and when the person names no leadership skill, a role that
leads people never comes above the role one step below it on the ladder, or comes last when
that role is not in the list (a cashier is not told to become a team lead first).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from ecomcareer.model import Category, Importance, KnowledgeBase, Role

CORE_SHARE = 0.6
RELATED_CREDIT = 0.5
IN_STORE_CREDIT = 0.25
#: Skills of this category never put a role in the ranking on their own, nor count in focus.
SOFT = Category.SOFT
#: This skill, and every skill narrower than it, is leading people.
LEADERSHIP = "leadership"


class Band(StrEnum):
    """The score in a word; each band starts at its threshold (BAND_FLOORS)."""

    STRONG = "strong"
    GOOD = "good"
    PARTIAL = "partial"
    EARLY = "early"


#: Where each band of coverage starts, highest first. Three fifths of a role's core skills (and
#: none of its supporting ones) cover 36, strong; a third of them, 20, good; SQL and Excel for a
#: data analyst about 9, partial: a real start.
BAND_FLOORS = ((Band.STRONG, 36.0), (Band.GOOD, 20.0), (Band.PARTIAL, 8.0), (Band.EARLY, 0.0))


def band(score: float) -> Band:
    return next(b for b, floor in BAND_FLOORS if score >= floor)


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
class Count:
    """How many of a group of a role's skills the person has, fully and in part."""

    have: int
    partly: int
    total: int


@dataclass(frozen=True, slots=True)
class Match:
    role: Role
    score: float
    contributions: tuple[Contribution, ...]
    #: Why the ranking put this role after others of a higher score, if it did.
    held_back: str | None = None
    #: The share of the person's skills (soft ones aside) that the role uses.
    focus: float = 1.0

    @property
    def coverage(self) -> float:
        """How much of the role the person has, 0 to 100: the score before focus."""
        return min(100.0, sum(c.earned for c in self.contributions))

    @property
    def band(self) -> Band:
        """The band of the coverage: how much of the role the person has, said beside the count
        of its core skills they have; skills of theirs the role has no use for lower the score,
        not this."""
        return band(self.coverage)

    @property
    def matched(self) -> tuple[str, ...]:
        return tuple(c.skill for c in self.contributions if c.credit == 1)

    @property
    def related(self) -> tuple[Contribution, ...]:
        """Skills partly met: credited in part through a close skill the person has."""
        return tuple(c for c in self.contributions if 0 < c.credit < 1)

    @property
    def missing_core(self) -> tuple[str, ...]:
        """Core skills the person lacks entirely (one partly met is under `related`)."""
        return tuple(c.skill for c in self.contributions if c.credit == 0 and c.importance is Importance.CORE)

    @property
    def missing_supporting(self) -> tuple[str, ...]:
        return tuple(
            c.skill for c in self.contributions if c.credit == 0 and c.importance is Importance.SUPPORTING
        )

    def count(self, importance: Importance) -> Count:
        group = [c for c in self.contributions if c.importance is importance]
        return Count(sum(c.credit == 1 for c in group), sum(0 < c.credit < 1 for c in group), len(group))


class Ranker:
    """Scores profiles against every role of one knowledge base; weights are computed once."""

    def __init__(self, kb: KnowledgeBase, *, focus: bool = True) -> None:
        """With `focus` off a score is coverage alone: for a posting, which a person meets or
        not whatever else they can do."""
        self.kb = kb
        self.uses_focus = focus

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

    @cached_property
    def soft(self) -> frozenset[str]:
        return frozenset(s.id for s in self.kb.skills if s.category == SOFT)

    @cached_property
    def leading(self) -> frozenset[str]:
        """The skills of leading people: LEADERSHIP and those narrower than it, at any depth."""
        found = {LEADERSHIP} if LEADERSHIP in self.kb.skill_by_id else set()
        grew = True
        while grew:
            more = {s.id for s in self.kb.skills if s.broader in found} - found
            found |= more
            grew = bool(more)
        return frozenset(found)

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

    def _implied(self, have: frozenset[str]) -> dict[str, tuple[str, float]]:
        """Skills the person has in part through a close one: skill id -> (the skill they have,
        the share of credit). A narrower skill beats an in-store counterpart."""
        implied: dict[str, tuple[str, float]] = {}
        for skill_id in sorted(have):
            skill = self.kb.skill_by_id.get(skill_id)
            if skill is None:
                continue
            for close, credit in ((skill.broader, RELATED_CREDIT), (skill.online, IN_STORE_CREDIT)):
                if close is not None and close not in have and implied.get(close, ("", 0.0))[1] < credit:
                    implied[close] = (skill_id, credit)
        return implied

    def score(self, role: Role, skills: Iterable[str]) -> Match:
        have = frozenset(skills)
        return self._account(role, have, self._implied(have), self._offered(have))

    def _offered(self, have: frozenset[str]) -> tuple[tuple[float, frozenset[str]], ...]:
        """The person's skills that focus counts, each as its weight and the skills it stands
        for: itself, and the broader or online skill it is a narrower or in-store form of."""
        out = []
        for skill_id in sorted(have - self.soft):
            skill = self.kb.skill_by_id.get(skill_id)
            close = (skill.broader, skill.online) if skill else ()
            stands_for = frozenset([skill_id, *(c for c in close if c is not None)])
            out.append((self.rarity.get(skill_id, 1.0), stands_for))
        return tuple(out)

    @cached_property
    def _listed(self) -> Mapping[str, frozenset[str]]:
        return {role.id: frozenset(role.core) | frozenset(role.supporting) for role in self.kb.roles}

    def focus(self, role: Role, offered: tuple[tuple[float, frozenset[str]], ...]) -> float:
        """The share of the person's skills (by weight) that the role lists or that stand for
        one it lists; 1 when the person names no skill that counts."""
        if not self.uses_focus:
            return 1.0
        known = self.kb.role_by_id.get(role.id) is role
        listed = self._listed[role.id] if known else frozenset(role.core) | frozenset(role.supporting)
        total = sum(weight for weight, _ in offered)
        used = sum(weight for weight, stands_for in offered if stands_for & listed)
        return used / total if total else 1.0

    def _account(
        self,
        role: Role,
        have: frozenset[str],
        implied: Mapping[str, tuple[str, float]],
        offered: tuple[tuple[float, frozenset[str]], ...],
        held_back: str | None = None,
    ) -> Match:
        contributions: list[Contribution] = []
        score, _, focus = self._tally(role, have, implied, offered, contributions)
        return Match(role, score, tuple(contributions), held_back, focus)

    def _tally(
        self,
        role: Role,
        have: frozenset[str],
        implied: Mapping[str, tuple[str, float]],
        offered: tuple[tuple[float, frozenset[str]], ...],
        account: list[Contribution] | None = None,
    ) -> tuple[float, int, float]:
        """The formula, in one place: the role's score, how many of its skills the person has
        exactly, and the focus; each skill's share is added to `account` when one is given."""
        total = 0.0
        exact = 0
        known = self.kb.role_by_id.get(role.id) is role
        for skill_id, importance, points in self._points[role.id] if known else self.points(role):
            via = None
            if skill_id in have:
                credit = 1.0
                exact += 1
            elif skill_id in implied:
                via, credit = implied[skill_id]
            else:
                credit = 0.0
            total += points * credit
            if account is not None:
                account.append(Contribution(skill_id, importance, points, credit, via))
        focus = self.focus(role, offered)
        # Floating-point sums may stray past the bounds by an ulp.
        return min(100.0, max(0.0, total)) * focus, exact, focus

    def _order(
        self, keys: Mapping[str, tuple[tuple[float, int, str], bool]]
    ) -> dict[str, tuple[object, ...]]:
        """Where each listed role goes: by its own key; a role held back goes no higher than
        right under its best-placed step below, or after every other role when none is listed."""
        done: dict[str, tuple[object, ...]] = {}

        def place(role_id: str, seen: frozenset[str]) -> tuple[object, ...]:
            """A path of (group, key) pairs: a role under its step below extends that role's
            path, so it sorts right after it and after the roles already under it."""
            if role_id in done:
                return done[role_id]
            own, held = keys[role_id]
            plain: tuple[object, ...] = ((0, own),)
            if held:
                below = [
                    place(r, seen | {role_id})
                    for r in self.kb.steps_below.get(role_id, ())
                    if r in keys and r not in seen
                ]
                plain = max(plain, (*min(below), (0, own))) if below else ((1, own),)
            done[role_id] = plain
            return plain

        return {role_id: place(role_id, frozenset()) for role_id in keys}

    def _held_back(self, role: Role, have: frozenset[str]) -> str | None:
        """Why a role ranks after the others whatever its score, or None."""
        if any(s in self.leading for s in role.core) and not have & self.leading:
            return "it leads people, and no leadership skill is given"
        return None

    def _shares_more_than_soft_skills(
        self, role: Role, have: frozenset[str], implied: Mapping[str, tuple[str, float]]
    ) -> bool:
        return any((s in have or s in implied) and s not in self.soft for s, _ in role.skills)

    def rank(
        self,
        skills: Iterable[str],
        *,
        family: str | None = None,
        min_score: float = 0.0,
        top: int | None = None,
    ) -> list[Match]:
        """Roles best first: by score, ties to the role with more exact matches, then by id;
        except that for a person who names no leadership skill, a role leading people never
        comes above the role one step below it (one that lists it among its next roles), nor
        anywhere but last when no such role is in the list.

        A role sharing nothing but soft skills with the person, even in part, is no match and
        left out.
        """
        have = frozenset(skills)
        implied = self._implied(have)
        offered = self._offered(have)
        scored = []
        for role in self.kb.roles:
            if family is not None and role.family != family:
                continue
            if not self._shares_more_than_soft_skills(role, have, implied):
                continue
            score, exact, _ = self._tally(role, have, implied, offered)
            if score > 0 and score >= min_score:
                scored.append(((-round(score, 9), -exact, role.id), role, self._held_back(role, have)))
        order = self._order({role.id: (key, reason is not None) for key, role, reason in scored})
        placed = sorted(scored, key=lambda row: order[row[1].id])
        chosen = placed if top is None else placed[:top]
        # The full account of each skill is built only for the roles returned.
        return [self._account(role, have, implied, offered, held_back) for _, role, held_back in chosen]
