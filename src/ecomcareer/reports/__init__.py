"""One typed report per command: what every output format shows, and the JSON contract.

The JSON of a report is its fields, in order, converted by `plain`: a renamed field is a
renamed JSON key, which mypy and the golden tests both see. Fields are only ever added, never
renamed or removed, since scripts rely on them. Fields marked `CONTEXT` are lookups the
renderers need (skill names, role titles) and never reach the JSON; fields marked `OPTIONAL`
are left out of the JSON when they are None.

Reports are made on every run, so their classes are plain dataclasses: `frozen`, `slots`,
`repr` and `eq` would cost about 10 ms of start-up for some thirty classes, and a report is
built once, printed, and dropped.

Each command's reports live in its own module, imported from there, so that
`match --format json` never builds the classes of `handbook` or `path`. `Report` is any of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ecomcareer.reports.base import ListReport
    from ecomcareer.reports.catalog import PathReport, RoutesReport, ShowReport, SkillsReport, ValidateReport
    from ecomcareer.reports.documents import ExtractReport, FitReport
    from ecomcareer.reports.fit import CompareReport, GapReport, MatchReport, PlanReport
    from ecomcareer.reports.handbook import HandbookReport

    Report = (
        ListReport
        | ShowReport
        | MatchReport
        | SkillsReport
        | GapReport
        | PlanReport
        | CompareReport
        | PathReport
        | RoutesReport
        | HandbookReport
        | ValidateReport
        | ExtractReport
        | FitReport
    )
