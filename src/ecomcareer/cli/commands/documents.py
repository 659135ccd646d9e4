"""Reading résumés and job postings: extract, fit."""

from typing import Annotated

import typer

from ecomcareer.cli.params import FormatOption, FromOption, SkillsFileOption, SkillsOption, knowledge_base
from ecomcareer.render import Format, emit

DocumentArgument = Annotated[
    str, typer.Argument(help="A résumé or posting: .txt, .md, .html, .pdf or .docx; '-' reads stdin.")
]


def extract(ctx: typer.Context, document: DocumentArgument, fmt: FormatOption = Format.TABLE) -> None:
    """The skills a résumé or job posting names, each with where it says so.

    A posting's requirements are told from its 'nice to have' items; text about the company,
    its benefits and legal notices is not read for skills.

    \b
    Examples:
      ecomcareer extract my-resume.pdf
      ecomcareer extract posting.html --format json | jq '.skills[].id'
      pbpaste | ecomcareer extract -
    """
    from ecomcareer.inputs import document as read
    from ecomcareer.reports.documents import extract_report

    kb = knowledge_base(ctx)
    emit(extract_report(read(kb, document), kb), fmt)


def fit(
    ctx: typer.Context,
    posting: DocumentArgument,
    skills: SkillsOption = None,
    skills_file: SkillsFileOption = None,
    from_file: FromOption = None,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """How well you fit one job posting: its requirements weigh as a role's core skills, its
    'nice to have' items as supporting ones, scored as match scores a role.

    \b
    Examples:
      ecomcareer fit posting.pdf --from my-resume.docx
      ecomcareer fit posting.md --skills "sql, excel, tableau" --format json
    """
    from ecomcareer import planning
    from ecomcareer.errors import UsageError
    from ecomcareer.inputs import document, person, skill_inputs
    from ecomcareer.matching import Ranker
    from ecomcareer.reports.documents import fit_report

    typed = skill_inputs(skills, skills_file, needed=from_file is None)
    kb = knowledge_base(ctx)
    found = document(kb, posting)
    role = planning.posting_role(found)
    if role is None:
        raise UsageError(f"{posting}: no skill of the knowledge base found in it")
    resolution = person(kb, typed, from_file)
    ranker = Ranker(kb, focus=False)  # a posting is met or not, whatever else the person can do
    have = resolution.skill_ids
    emit(
        fit_report(found, role, ranker.score(role, have), planning.gap(ranker, role, have), kb, resolution),
        fmt,
    )
