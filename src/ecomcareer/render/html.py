"""HTML handouts from a real template engine, with every value escaped.

Imported only for HTML output: Jinja2 costs start-up time no other path should pay.
"""

from __future__ import annotations

from functools import singledispatch
from typing import TYPE_CHECKING

from jinja2 import Environment, PackageLoader, StrictUndefined

from ecomcareer import __version__
from ecomcareer.render import phrases
from ecomcareer.render.safe import printable
from ecomcareer.reports.base import Glossary
from ecomcareer.reports.catalog import ShowReport
from ecomcareer.reports.handbook import HandbookPage, HandbookReport

if TYPE_CHECKING:
    from ecomcareer.reports import Report


def _environment(glossary: Glossary) -> Environment:
    env = Environment(
        loader=PackageLoader("ecomcareer.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # Every value printed is first made printable: no control or bidi characters.
        finalize=lambda value: printable(value) if isinstance(value, str) else value,
    )
    env.filters["skill_name"] = glossary.skill
    env.filters["fit_words"] = phrases.fit
    env.filters["role_title"] = lambda role_id: f"{glossary.role(role_id)} ({role_id})"
    # Only web addresses become links: a data file's 'javascript:' must stay text.
    env.filters["web_address"] = lambda url: isinstance(url, str) and url.startswith(("https://", "http://"))
    env.globals.update(money=phrases.money, outlook=phrases.outlook)
    return env


@singledispatch
def render(report: Report) -> str:
    raise TypeError(f"no HTML for {type(report).__name__}")


@render.register
def _handbook(report: HandbookReport) -> str:
    """One page per role, with the person's fit where the report has it."""
    template = _environment(report.glossary).get_template("handbook.html")
    page = template.render(
        title=report.title,
        pages=report.pages,
        person=report.person or [],
        started=phrases.started_from(report.job) if report.job else None,
        credits=phrases.all_credits(p.role.sources for p in report.pages),
        version=__version__,
    )
    return page + "\n"


@render.register
def _show(report: ShowReport) -> str:
    """One role as the same printable page."""
    return _handbook(
        HandbookReport(report.role.title, [HandbookPage(report.role, None)], None, report.glossary)
    )
