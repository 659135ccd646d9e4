"""The documented JSON shapes, as plain values; csv and markdown flatten the same records.

Fields are only ever added here, never renamed or removed: scripts rely on them.
"""

from __future__ import annotations

from typing import Any

from ecomcareer.matching import Match
from ecomcareer.model import KnowledgeBase, Role, Skill
from ecomcareer.planning import Comparison, GapReport, PathNode, Plan
from ecomcareer.skills import Resolution

Record = dict[str, Any]


def role_summary(role: Role) -> Record:
    return {
        "id": role.id,
        "title": role.title,
        "family": role.family.value,
        "median_pay": role.salary.median if role.salary else None,
        "currency": role.salary.currency if role.salary else None,
        "growth_percent": role.outlook.growth_percent if role.outlook else None,
        "education": role.education,
        "onet_code": role.onet_code,
    }


def role_detail(role: Role, kb: KnowledgeBase) -> Record:
    skills = []
    for skill_id, importance in role.skills:
        skill = kb.skill_by_id[skill_id]
        skills.append(
            {
                "id": skill.id,
                "name": skill.name,
                "category": skill.category.value,
                "importance": importance.value,
            }
        )
    salary = role.salary
    outlook = role.outlook
    return {
        "id": role.id,
        "title": role.title,
        "family": role.family.value,
        "summary": role.summary,
        "responsibilities": list(role.responsibilities),
        "skills": skills,
        "education": role.education,
        "experience": role.experience,
        "salary": None
        if salary is None
        else {
            "median": salary.median,
            "currency": salary.currency,
            "year": salary.year,
            "source": salary.source,
            "url": salary.url,
        },
        "outlook": None
        if outlook is None
        else {
            "growth_percent": outlook.growth_percent,
            "period": outlook.period,
            "annual_openings": outlook.annual_openings,
            "source": outlook.source,
            "url": outlook.url,
        },
        "caveat": role.caveat,
        "onet_code": role.onet_code,
        "onet_title": role.onet_title,
        "onet_url": role.onet_url,
        "next_roles": list(role.next_roles),
        "related_roles": list(role.related_roles),
    }


def match_item(rank: int, match: Match, explain: bool) -> Record:
    item: Record = {
        "rank": rank,
        "id": match.role.id,
        "title": match.role.title,
        "family": match.role.family.value,
        "score": round(match.score, 1),
        "matched": list(match.matched),
        "related": [{"skill": c.skill, "via": c.via} for c in match.related],
        "missing_core": list(match.missing_core),
        "missing_supporting": list(match.missing_supporting),
    }
    if explain:
        item["contributions"] = [
            {
                "skill": c.skill,
                "importance": c.importance.value,
                "points": round(c.points, 2),
                "credit": c.credit,
                "earned": round(c.earned, 2),
                "via": c.via,
            }
            for c in match.contributions
        ]
    return item


def match_report(matches: list[Match], res: Resolution, explain: bool = False) -> Record:
    return {"matches": [match_item(i, m, explain) for i, m in enumerate(matches, 1)], **resolution(res)}


def skill_item(skill: Skill, kb: KnowledgeBase) -> Record:
    return {
        "id": skill.id,
        "name": skill.name,
        "category": skill.category.value,
        "aliases": list(skill.aliases),
        "broader": skill.broader,
        "ambiguous": list(skill.ambiguous),
        "roles": list(kb.roles_by_skill.get(skill.id, ())),
    }


def resolution(res: Resolution) -> Record:
    """How the person's skills were read: the same two keys in every command that takes them."""
    return {
        "recognized": [{"input": r.input, "skill": r.skill, "how": r.how.value} for r in res.recognized],
        "unrecognized": [{"input": u.input, "suggestions": list(u.suggestions)} for u in res.unrecognized],
    }


def gap_report(report: GapReport, kb: KnowledgeBase, res: Resolution) -> Record:
    return {
        "role": {"id": report.role.id, "title": report.role.title},
        "score": round(report.score, 1),
        "have": list(report.have),
        "missing": [
            {
                "skill": g.skill,
                "name": kb.skill_by_id[g.skill].name,
                "category": kb.skill_by_id[g.skill].category.value,
                "importance": g.importance.value,
                "roles_needing": g.roles_needing,
                "score_after": round(g.score_after, 1),
            }
            for g in report.gaps
        ],
        **resolution(res),
    }


def plan_report(p: Plan, kb: KnowledgeBase, target: str | None, res: Resolution) -> Record:
    return {
        "target": target,
        "roles": list(p.roles),
        "steps": [
            {
                "skill": step.skill,
                "name": kb.skill_by_id[step.skill].name,
                "gain": round(step.gain, 1),
                "effects": [
                    {"role": e.role, "before": round(e.before, 1), "after": round(e.after, 1)}
                    for e in step.effects
                ],
            }
            for step in p.steps
        ],
        **resolution(res),
    }


def comparison(c: Comparison) -> Record:
    roles = []
    for i, role in enumerate(c.roles):
        item = role_summary(role)
        item["only"] = list(c.only[i])
        if c.scores is not None:
            item["score"] = round(c.scores[i], 1)
        roles.append(item)
    return {"roles": roles, "shared": list(c.shared)}


def path_node(node: PathNode) -> Record:
    role = node.role
    return {
        "id": role.id,
        "title": role.title,
        "median_pay": role.salary.median if role.salary else None,
        "currency": role.salary.currency if role.salary else None,
        "seen": node.seen,
        "next": [path_node(n) for n in node.next],
    }


def path_rows(node: Record, depth: int = 0, parent: str | None = None) -> list[Record]:
    """The tree as rows, depth first, for csv and markdown."""
    row = {k: v for k, v in node.items() if k != "next"}
    rows = [{"depth": depth, "parent": parent, **row}]
    for child in node["next"]:
        rows += path_rows(child, depth + 1, node["id"])
    return rows
