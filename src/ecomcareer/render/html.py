"""HTML handouts from a real template engine, with every value escaped.

Imported only for HTML output: Jinja2 costs start-up time no other path should pay.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from ecomcareer import __version__
from ecomcareer.render import phrases
from ecomcareer.render.safe import printable


def _environment(names: dict[str, str], titles: dict[str, str]) -> Environment:
    env = Environment(
        loader=PackageLoader("ecomcareer.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # Every value printed is first made printable: no control or bidi characters.
        finalize=lambda value: printable(value) if isinstance(value, str) else value,
    )
    env.filters["skill_name"] = lambda skill_id: names.get(skill_id, skill_id)
    env.filters["role_title"] = lambda role_id: f"{titles.get(role_id, role_id)} ({role_id})"
    env.globals.update(money=phrases.money, outlook=phrases.outlook, attribution=phrases.ATTRIBUTION)
    return env


def handbook(
    title: str,
    pages: list[dict[str, Any]],
    names: dict[str, str],
    titles: dict[str, str],
    person: list[str] | None = None,
) -> str:
    """One page per role (`pages`: {"role": role_detail record, "fit": match item or None})."""
    template = _environment(names, titles).get_template("handbook.html")
    return template.render(title=title, pages=pages, person=person or [], version=__version__) + "\n"
