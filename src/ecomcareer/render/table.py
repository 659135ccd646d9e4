"""Rich tables for people. Imported only when the table format is chosen."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from ecomcareer.render import phrases
from ecomcareer.render.phrases import ATTRIBUTION, money
from ecomcareer.render.safe import printable

BAR_WIDTH = 10


def console() -> Console:
    """stdout, with data never read as markup; Rich honours NO_COLOR, FORCE_COLOR and TERM=dumb."""
    return Console(markup=False, emoji=False, highlight=False)


def t(value: object, style: str = "") -> Text:
    return Text("" if value is None else printable(str(value)), style=style)


def _names(ids: list[str], names: dict[str, str], limit: int | None = None) -> Text:
    shown = [names.get(i, i) for i in ids[:limit]]
    more = len(ids) - len(shown)
    return t(", ".join(shown) + (f" +{more} more" if more else ""))


def _growth(value: float | None) -> Text:
    if value is None:
        return t("not known", "dim")
    return t(phrases.growth(value), _growth_style(value))


def _growth_style(value: float) -> str:
    return "green" if value > 0 else "red" if value < 0 else ""


def bar(score: float) -> Text:
    filled = round(score / 100 * BAR_WIDTH)
    text = Text()
    text.append(f"{score:5.1f} ", style="bold")
    text.append("█" * filled, style="green")
    text.append("░" * (BAR_WIDTH - filled), style="dim")
    return text


def roles(records: list[dict[str, Any]]) -> RenderableType:
    table = Table(title="E-commerce roles", title_justify="left")
    table.add_column("Role", style="bold cyan", no_wrap=True)
    table.add_column("Title")
    table.add_column("Family")
    table.add_column("Median pay", justify="right")
    table.add_column("Growth", justify="right")
    for r in records:
        table.add_row(
            t(r["id"]),
            t(r["title"]),
            t(r["family"]),
            t(money(r["median_pay"], r["currency"])),
            _growth(r["growth_percent"]),
        )
    return table


def role(detail: dict[str, Any], titles: dict[str, str]) -> RenderableType:
    parts: list[RenderableType] = [
        Text.assemble(t(detail["title"], "bold"), t(f"  ({detail['id']}, {detail['family']})", "dim")),
        t(detail["summary"]),
    ]
    if detail["responsibilities"]:
        parts.append(t("\nResponsibilities", "bold"))
        parts.extend(Text.assemble("  • ", t(r)) for r in detail["responsibilities"])
    skills = Table(title="Skills", title_justify="left", title_style="bold")
    skills.add_column("Category")
    skills.add_column("Core")
    skills.add_column("Supporting")
    categories: dict[str, dict[str, list[str]]] = {}
    for s in detail["skills"]:
        categories.setdefault(s["category"], {"core": [], "supporting": []})[s["importance"]].append(
            s["name"]
        )
    for category, groups in sorted(categories.items()):
        skills.add_row(t(category), t(", ".join(groups["core"])), t(", ".join(groups["supporting"])))
    parts += [Text(), skills]
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("Education", t(detail["education"] or "not recorded"))
    facts.add_row("Experience", t(detail["experience"] or "not recorded"))
    salary, outlook = detail["salary"], detail["outlook"]
    if salary:
        facts.add_row("Median pay", t(f"{money(salary['median'], salary['currency'])} ({salary['year']})"))
        facts.add_row("", t(salary["source"], "dim"))
    else:
        facts.add_row("Median pay", t("not known for this role", "dim"))
    if outlook:
        told = phrases.outlook(outlook["growth_percent"], outlook["period"], outlook["annual_openings"])
        facts.add_row("Outlook", t(told, _growth_style(outlook["growth_percent"])))
        facts.add_row("", t(outlook["source"], "dim"))
    else:
        facts.add_row("Outlook", t("not known for this role", "dim"))
    if detail["onet_code"]:
        facts.add_row("O*NET", t(f"{detail['onet_code']} {detail['onet_title'] or ''}  {detail['onet_url']}"))
    if detail["caveat"]:
        facts.add_row("Note", t(detail["caveat"], "yellow"))
    for key, label in (("next_roles", "Next steps"), ("related_roles", "Related")):
        if detail[key]:
            facts.add_row(label, t(", ".join(f"{titles.get(r, r)} ({r})" for r in detail[key])))
    parts += [Text(), facts, Text(), t(ATTRIBUTION, "dim")]
    return Group(*parts)


def matches(report: dict[str, Any], names: dict[str, str], explain: bool) -> RenderableType:
    table = Table(title="Best-fitting roles", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("Role", style="bold cyan", no_wrap=True)
    table.add_column("Score", no_wrap=True)
    table.add_column("Matched")
    table.add_column("Missing core skills")
    for m in report["matches"]:
        matched = t(", ".join(names[s] for s in m["matched"]))
        for rel in m["related"]:
            matched.append_text(t(f"{', ' if len(matched) else ''}~{names[rel['skill']]}", "dim"))
        table.add_row(
            t(m["rank"]), t(m["id"]), bar(m["score"]), matched, _names(m["missing_core"], names, limit=4)
        )
    parts: list[RenderableType] = [table]
    if not report["matches"]:
        parts = [t("No role lists any of these skills.", "yellow")]
    if explain:
        for m in report["matches"]:
            how = Table(title=f"{m['rank']}. {printable(m['title'])}: {m['score']:.1f}", title_justify="left")
            for column in ("Skill", "Importance", "Worth", "Credit", "Earned"):
                how.add_column(column, justify="right" if column in {"Worth", "Credit", "Earned"} else "left")
            for c in m["contributions"]:
                via = f" (via {names[c['via']]})" if c["via"] else ""
                how.add_row(
                    t(names[c["skill"]] + via),
                    t(c["importance"]),
                    t(f"{c['points']:.2f}"),
                    t(f"{c['credit']:.1f}"),
                    t(f"{c['earned']:.2f}"),
                )
            parts.append(how)
    parts.append(recognition(report, names))
    return Group(*parts)


def recognition(report: dict[str, Any], names: dict[str, str]) -> Text:
    """Under the table: how each input was read, and what was not understood."""
    out = Text()
    read = report["recognized"]
    if read:
        out.append("Read as: ", style="bold")
        for i, r in enumerate(read):
            if i:
                out.append(", ")
            out.append_text(t(r["input"]))
            if r["how"] != "exact":
                out.append_text(t(f" → {names[r['skill']]} ({r['how']})", "dim"))
    for u in report["unrecognized"]:
        out.append("\n")
        out.append("Not understood: ", style="bold yellow")
        out.append_text(t(repr(u["input"]) if len(u["input"]) < 60 else repr(u["input"][:57] + "...")))
        if u["suggestions"]:
            out.append_text(t(" — did you mean " + ", ".join(names[s] for s in u["suggestions"]) + "?"))
    return out


def skills(records: list[dict[str, Any]]) -> RenderableType:
    table = Table(title="Skills", title_justify="left")
    table.add_column("Skill", style="bold cyan", no_wrap=True)
    table.add_column("Name")
    table.add_column("Category")
    table.add_column("Also typed as")
    table.add_column("Roles", justify="right")
    for s in records:
        table.add_row(
            t(s["id"]), t(s["name"]), t(s["category"]), t(", ".join(s["aliases"])), t(len(s["roles"]))
        )
    return table


def gap(report: dict[str, Any], names: dict[str, str]) -> RenderableType:
    role = report["role"]
    heading = Text.assemble(t(role["title"], "bold"), "  ", bar(report["score"]))
    have = Text.assemble(
        t("You have: ", "bold"), _names(report["have"], names) if report["have"] else t("none yet")
    )
    table = Table(title="What you still need, core skills first", title_justify="left")
    table.add_column("Skill", style="bold cyan")
    table.add_column("Importance")
    table.add_column("Category")
    table.add_column("Roles needing it", justify="right")
    table.add_column("Your score after learning it", no_wrap=True)
    for g in report["missing"]:
        table.add_row(
            t(g["name"]), t(g["importance"]), t(g["category"]), t(g["roles_needing"]), bar(g["score_after"])
        )
    return Group(heading, have, table, recognition(report, names))


def plan(report: dict[str, Any], names: dict[str, str]) -> RenderableType:
    about = report["target"] or ", ".join(report["roles"])
    table = Table(title=f"What to learn next, in order (for {printable(about)})", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("Skill", style="bold cyan")
    table.add_column("Effect")
    for i, step in enumerate(report["steps"], 1):
        moved = [e for e in step["effects"] if e["after"] != e["before"]]
        effect = ", ".join(f"{e['role']} {e['before']:.0f} → {e['after']:.0f}" for e in moved)
        table.add_row(t(i), t(step["name"]), t(effect))
    parts: list[RenderableType] = [table]
    if not report["steps"]:
        parts = [
            t("Nothing left to learn for these roles: every skill they list is already yours.", "yellow")
        ]
    return Group(*parts, recognition(report, names))


def comparison(report: dict[str, Any], names: dict[str, str]) -> RenderableType:
    roles = report["roles"]
    table = Table(title="Roles side by side", title_justify="left")
    table.add_column("")
    for r in roles:
        table.add_column(t(r["id"]), style="cyan")
    table.add_row("Title", *(t(r["title"]) for r in roles))
    table.add_row("Median pay", *(t(money(r["median_pay"], r["currency"])) for r in roles))
    table.add_row("Growth", *(_growth(r["growth_percent"]) for r in roles))
    table.add_row("Education", *(t(r["education"] or "not recorded") for r in roles))
    if "score" in roles[0]:
        table.add_row("Your score", *(bar(r["score"]) for r in roles))
    table.add_row("Only this role needs", *(_names(r["only"], names) for r in roles))
    shared = Text.assemble(t("Skills they all need: ", "bold"), _names(report["shared"], names) or t("none"))
    if "recognized" in report:
        return Group(table, shared, recognition(report, names))
    return Group(table, shared)


def path(node: dict[str, Any]) -> RenderableType:
    from rich.tree import Tree

    def label(n: dict[str, Any]) -> Text:
        text = Text.assemble(t(n["title"], "bold"), t(f" ({n['id']})", "dim"))
        if n["median_pay"] is not None:
            text.append_text(t(f"  {money(n['median_pay'], n['currency'])}", "green"))
        if n["seen"]:
            text.append_text(t("  (shown above)", "dim"))
        return text

    def grow(tree: Tree, n: dict[str, Any]) -> None:
        for child in n["next"]:
            grow(tree.add(label(child)), child)

    root = Tree(label(node))
    grow(root, node)
    return root
