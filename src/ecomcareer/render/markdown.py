"""Markdown: a heading, then tables for lists; a role reads as a printable handout."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ecomcareer.render.phrases import ATTRIBUTION, cell, money
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


def role_handout(role: dict[str, Any], titles: dict[str, str]) -> str:
    """One role as a Markdown page: the facts, their sources, the path onward."""
    parts = [f"# {text(role['title'])}\n", f"{text(role['summary'])}\n"]
    if role["responsibilities"]:
        parts.append("## Responsibilities\n")
        parts.append("".join(f"- {text(r)}\n" for r in role["responsibilities"]))
    for importance, heading in (("core", "Core skills"), ("supporting", "Supporting skills")):
        chosen = [s for s in role["skills"] if s["importance"] == importance]
        if chosen:
            parts.append(f"## {heading}\n")
            parts.append(table(["Skill", "Category"], [[s["name"], s["category"]] for s in chosen]))
    parts.append("## Pay and outlook\n")
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
            parts.append(f"## {heading}\n")
            parts.append("".join(f"- {text(titles.get(r, r))} (`{text(r)}`)\n" for r in role[key]))
    parts.append(f"---\n\n{ATTRIBUTION}\n")
    return "\n".join(parts)
