"""Markdown: a heading, then tables for lists; a role reads as a printable handout."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ecomcareer.render.phrases import ATTRIBUTION, cell, count, money
from ecomcareer.render.phrases import outlook as outlook_text
from ecomcareer.render.safe import printable


def text(value: object) -> str:
    """Literal text: Markdown's special characters escaped, nothing unprintable."""
    out = printable(str(value))
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def table(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _cell(value: object) -> str:
    return text(cell(value))


def document(title: str, body: str) -> str:
    return f"# {text(title)}\n\n{body}"


def role_handout(
    role: dict[str, Any], titles: dict[str, str], *, level: int = 1, fit: str | None = None
) -> str:
    """One role as a Markdown page: the facts, their sources, the path onward."""
    h = "#" * level
    parts = [f"{h} {text(role['title'])}\n", f"{text(role['summary'])}\n"]
    if fit:
        parts.append(f"{fit}\n")
    if role["responsibilities"]:
        parts.append(f"{h}# Responsibilities\n")
        parts.append("".join(f"- {text(r)}\n" for r in role["responsibilities"]))
    for importance, heading in (("core", "Core skills"), ("supporting", "Supporting skills")):
        chosen = [s for s in role["skills"] if s["importance"] == importance]
        if chosen:
            parts.append(f"{h}# {heading}\n")
            parts.append(table(["Skill", "Category"], [[s["name"], s["category"]] for s in chosen]))
    parts.append(f"{h}# Pay and outlook\n")
    facts = [
        f"- **Education:** {text(role['education'] or 'not recorded')}",
        f"- **Experience:** {text(role['experience'] or 'not recorded')}",
    ]
    salary, outlook = role["salary"], role["outlook"]
    if salary:
        facts.append(
            f"- **Median pay:** {money(salary['median'], salary['currency'])} ({salary['year']}). "
            f"Source: {text(salary['source'])}"
        )
    else:
        facts.append("- **Median pay:** not known for this role")
    if outlook:
        told = outlook_text(outlook["growth_percent"], outlook["period"], outlook["annual_openings"])
        facts.append(f"- **Outlook:** {text(told)}. Source: {text(outlook['source'])}")
    else:
        facts.append("- **Outlook:** not known for this role")
    if role["onet_code"]:
        facts.append(
            f"- **O\\*NET occupation:** [{text(role['onet_code'])} {text(role['onet_title'] or '')}]"
            f"(<{role['onet_url']}>)"
        )
    parts.append("\n".join(facts) + "\n")
    if role["caveat"]:
        parts.append(f"> Note: {text(role['caveat'])}\n")
    for key, heading in (("next_roles", "Next steps"), ("related_roles", "Related roles")):
        if role[key]:
            parts.append(f"{h}# {heading}\n")
            parts.append("".join(f"- {text(titles.get(r, r))} (`{text(r)}`)\n" for r in role[key]))
    parts.append(f"---\n\n{ATTRIBUTION}\n")
    return "\n".join(parts)


def fit_line(fit: dict[str, Any], names: dict[str, str]) -> str:
    have = ", ".join(text(names[s]) for s in fit["matched"]) or "none of its skills yet"
    line = f"**Your fit: {fit['score']:.0f} / 100.** You have: {have}."
    if fit["missing_core"]:
        line += " Core skills to learn: " + ", ".join(text(names[s]) for s in fit["missing_core"]) + "."
    return line


def handbook(
    title: str,
    pages: list[dict[str, Any]],
    names: dict[str, str],
    titles: dict[str, str],
    person: list[str] | None = None,
) -> str:
    """Several roles in one document: a contents list, then a section per role."""
    intro = count(len(pages), "e-commerce role")
    if person:
        intro += ", with the fit of the skills: " + ", ".join(text(p) for p in person)
    contents = "".join(f"{i}. {text(p['role']['title'])}\n" for i, p in enumerate(pages, 1))
    sections = [
        role_handout(p["role"], titles, level=2, fit=fit_line(p["fit"], names) if p["fit"] else None).replace(
            f"---\n\n{ATTRIBUTION}\n", ""
        )
        for p in pages
    ]
    return (
        f"# {text(title)}\n\n{intro}.\n\n## Contents\n\n{contents}\n"
        + "\n---\n\n".join(sections)
        + f"\n---\n\n{ATTRIBUTION}\n"
    )
