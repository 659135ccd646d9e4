"""What to learn next and where a role leads: skill gaps, learning plans, comparisons, paths.

All of it is built on the ranking's own scores (`matching.Ranker`), so every prediction here
is exactly what `match` would say after the person learned the skill.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ecomcareer.matching import Ranker
from ecomcareer.model import Importance, KnowledgeBase, Role

if TYPE_CHECKING:
    from ecomcareer.documents import Extraction

#: How many of the person's best roles a plan without a target tries to improve.
PLAN_SCOPE = 3


@dataclass(frozen=True, slots=True)
class Gap:
    """A skill the role asks for that the person lacks, and what learning it is worth."""

    skill: str
    importance: Importance
    roles_needing: int
    score_after: float


@dataclass(frozen=True, slots=True)
class GapAnalysis:
    role: Role
    score: float
    #: How much of the role the person has: the score before focus, which its band describes.
    coverage: float
    have: tuple[str, ...]
    gaps: tuple[Gap, ...]
    #: The role's skills the person has in part, through a close skill: skill -> that skill.
    partly: Mapping[str, str]


def gap(ranker: Ranker, role: Role, have: Iterable[str]) -> GapAnalysis:
    """What the person has and lacks for one role: core gaps first, biggest gain first."""
    owned = frozenset(have)
    now = ranker.score(role, owned)
    gaps = [
        Gap(
            skill,
            importance,
            len(ranker.kb.roles_by_skill.get(skill, ())),
            ranker.score(role, owned | {skill}).score,
        )
        for skill, importance in role.skills
        if skill not in owned
    ]
    gaps.sort(key=lambda g: (g.importance is not Importance.CORE, -g.score_after, g.skill))
    partly = {c.skill: c.via for c in now.related if c.via is not None}
    return GapAnalysis(role, now.score, now.coverage, now.matched, tuple(gaps), partly)


@dataclass(frozen=True, slots=True)
class Effect:
    role: str
    before: float
    after: float


@dataclass(frozen=True, slots=True)
class Step:
    """One skill to learn, what it adds to the roles the plan is for, and how it raises each
    other role in view (one it does not raise is left out: a skill another role has no use for
    lowers that role's focus)."""

    skill: str
    gain: float
    effects: tuple[Effect, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    #: The roles in view: the target, or the person's best matches.
    roles: tuple[str, ...]
    steps: tuple[Step, ...]
    #: The one role the steps are chosen for (the target or the best match); None when the
    #: plan spreads over several (`across`).
    focus: str | None


def plan(
    ranker: Ranker,
    have: Iterable[str],
    *,
    target: Role | None = None,
    steps: int = 5,
    across: int | None = None,
) -> Plan:
    """A short learning plan by greedy marginal gain.

    Each step picks the skill that raises the role the plan is for the most (the target, or
    the person's best match, among its missing core skills while there are any; with `across`,
    the summed score of that many best matches, among all their skills), then assumes it
    learned. Its effect on the other roles in view (the PLAN_SCOPE best matches) is
    shown where it raises them. Skills the person has are never suggested; ties go to the skill
    id in alphabetical order.
    """
    owned = set(have)
    if target is not None:
        aims, shown = [target], [target]
    else:
        shown = [m.role for m in ranker.rank(owned, top=across or PLAN_SCOPE)]
        aims = shown if across else shown[:1]
    chosen: list[Step] = []
    for _ in range(steps):
        scores = {r.id: ranker.score(r, owned).score for r in shown}
        candidates = sorted({s for r in aims for s, _ in r.skills} - owned)
        if not across:  # one role's missing core skills come before any of its supporting ones
            candidates = sorted({s for r in aims for s in r.core} - owned) or candidates
        best: Step | None = None
        for skill in candidates:
            effects = tuple(Effect(r.id, scores[r.id], ranker.score(r, owned | {skill}).score) for r in shown)
            gain = sum(e.after - e.before for e, r in zip(effects, shown, strict=True) if r in aims)
            if gain > 0 and (best is None or gain > best.gain):
                best = Step(skill, gain, effects)
        if best is None:
            break
        moved = tuple(e for e, r in zip(best.effects, shown, strict=True) if r in aims or e.after > e.before)
        chosen.append(Step(best.skill, best.gain, moved))
        owned.add(best.skill)
    focus = aims[0].id if aims and (target is not None or not across) else None
    return Plan(tuple(r.id for r in shown), tuple(chosen), focus)


@dataclass(frozen=True, slots=True)
class Comparison:
    roles: tuple[Role, ...]
    shared: tuple[str, ...]
    only: tuple[tuple[str, ...], ...]
    scores: tuple[float, ...] | None


def compare(ranker: Ranker, roles: Sequence[Role], have: Iterable[str] | None = None) -> Comparison:
    """Side by side: the skills all the roles share, those only one needs, the person's scores."""
    lists = [[s for s, _ in r.skills] for r in roles]
    sets = [set(x) for x in lists]
    shared = tuple(s for s in lists[0] if all(s in other for other in sets))
    only = tuple(
        tuple(s for s in mine if not any(s in other for j, other in enumerate(sets) if j != i))
        for i, mine in enumerate(lists)
    )
    scores = None
    if have is not None:
        owned = frozenset(have)
        scores = tuple(ranker.score(r, owned).score for r in roles)
    return Comparison(tuple(roles), shared, only, scores)


@dataclass(frozen=True, slots=True)
class PathNode:
    """A role on the career path; `seen` marks one already shown higher up, not expanded again."""

    role: Role
    next: tuple[PathNode, ...]
    seen: bool = False


def path(kb: KnowledgeBase, start: Role, depth: int) -> PathNode:
    """The progression from a role, `depth` steps deep, each role expanded once."""
    expanded: set[str] = set()

    def walk(role: Role, left: int) -> PathNode:
        if role.id in expanded:
            return PathNode(role, (), seen=True)
        expanded.add(role.id)
        if left == 0:
            return PathNode(role, ())
        return PathNode(role, tuple(walk(kb.role_by_id[n], left - 1) for n in role.next_roles))

    return walk(start, depth)


#: At most this many routes are listed; the shortest come first.
MAX_ROUTES = 50


def routes(
    kb: KnowledgeBase, target: Role, start: Role | None = None, depth: int = 4
) -> list[tuple[Role, ...]]:
    """The chains of next roles, at most `depth` steps long, that end at the target.

    From `start` when given; otherwise from every role that no other role leads to within
    the chain (the entry steps of the ladders), so each route is told in full. Shortest
    first, then by the roles' ids; a role appears at most once in a route.
    """
    found: list[tuple[Role, ...]] = []

    def back(chain: tuple[Role, ...]) -> None:
        first = chain[0]
        steps = len(chain) - 1
        if start is not None and first.id == start.id:
            found.append(chain)
            return
        below = (kb.role_by_id[r] for r in kb.steps_below.get(first.id, ()))
        before = sorted((r for r in below if r not in chain), key=lambda r: r.id)
        if start is None and (not before or steps >= depth):
            if steps:
                found.append(chain)
            return
        if steps < depth:
            for role in before:
                back((role, *chain))

    if start is not None and start.id == target.id:
        return []
    back((target,))
    found.sort(key=lambda chain: (len(chain), [r.id for r in chain]))
    return found[:MAX_ROUTES]


def ladder_warnings(kb: KnowledgeBase) -> list[tuple[int, int, str]]:
    """Steps of the career ladders that are not steps up: (role index, index in its
    next_roles, what is wrong). A two-role loop is reported once, at the first of the two; a
    next role paying less is reported unless either role's caveat explains its figures."""
    index = {role.id: i for i, role in enumerate(kb.roles)}
    found: list[tuple[int, int, str]] = []
    for i, role in enumerate(kb.roles):
        for j, next_id in enumerate(role.next_roles):
            nxt = kb.role_by_id[next_id]
            if role.id in nxt.next_roles and i < index[next_id]:
                found.append(
                    (
                        i,
                        j,
                        f"{role.id!r} and {next_id!r} name each other as next roles; "
                        "put a sideways move in related_roles",
                    )
                )
            pay, next_pay = role.salary, nxt.salary
            if (
                pay is not None
                and next_pay is not None
                and pay.currency == next_pay.currency
                and next_pay.median < pay.median
                and not (role.caveat or nxt.caveat)
            ):
                found.append(
                    (
                        i,
                        j,
                        f"next role {next_id!r} pays less ({next_pay.median:,.0f} against "
                        f"{pay.median:,.0f}); a next step pays at least as much, or a caveat says why",
                    )
                )
    return found


def posting_role(posting: Extraction) -> Role | None:
    """A job posting as a role to be scored like any other: its requirements are the core
    skills, its 'nice to have' items the supporting ones (all core, when it says nothing is
    required). None when it names no skill."""
    required = tuple(s.skill for s in posting.skills if s.required is not False)
    preferred = tuple(s.skill for s in posting.skills if s.required is False)
    if not required:
        required, preferred = preferred, ()
    if not required:
        return None
    return Role(
        id=f"posting:{posting.source}",
        title=posting.title or posting.source,
        family=posting.role.family if posting.role else "",
        summary="",
        core=required,
        supporting=preferred,
    )
