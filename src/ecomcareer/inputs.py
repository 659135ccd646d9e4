"""What the person has, as given on the command line: typed skills, a file of them, stdin,
a résumé (`--from`), or a job they had (`--job`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecomcareer.errors import UsageError, excerpt
from ecomcareer.grammar import parse_skill_list
from ecomcareer.model import KnowledgeBase
from ecomcareer.skills import How, Recognized, Resolution, SkillResolver
from ecomcareer.words import normalise

if TYPE_CHECKING:
    from ecomcareer.documents import Extraction
    from ecomcareer.jobs import Job

NO_SKILLS = "no skills given; use --skills 'sql, excel', --skills-file FILE or --from RESUME"
#: The same, for the commands that can start from a job.
NO_SKILLS_OR_JOB = (
    "no skills given; use --skills 'sql, excel', --skills-file FILE, --from RESUME or --job TITLE"
)

#: More distinct skills than this in one call is a mistake, not a profile.
MAX_SKILLS = 10_000
#: A skills file (or standard input) larger than this is refused before it is read whole.
MAX_SKILLS_FILE_BYTES = 2 * 1024 * 1024


def read_skills_file(name: str) -> str:
    """The text of --skills-file: a file, or standard input for '-', within its size limit."""
    from ecomcareer.files import TooLarge, decode_text, line_of, read_named, size_text

    where = "standard input" if name == "-" else f"skills file {name!r}"
    try:
        data = read_named(name, MAX_SKILLS_FILE_BYTES)
    except TooLarge:
        raise UsageError(f"cannot read {where}: larger than {size_text(MAX_SKILLS_FILE_BYTES)}") from None
    except OSError as exc:
        raise UsageError(f"cannot read {where}: {exc.strerror or exc}") from None
    if data is None:
        raise UsageError("cannot read standard input: it is closed")
    try:
        return decode_text(data)
    except UnicodeDecodeError as exc:
        raise UsageError(f"cannot read {where}: line {line_of(data, exc.start)}: not UTF-8 text") from None


def skill_inputs(
    skills: list[str] | None, skills_file: str | None, *, needed: bool = True, job_option: bool = False
) -> list[str]:
    """Every distinct item of --skills and --skills-file ('-' is standard input), in order;
    none at all is a usage error where nothing else gives the skills (`job_option`: the
    command could have started from --job, and the message says so)."""
    texts = list(skills or [])
    if skills_file is not None:
        texts.append(read_skills_file(skills_file))
    distinct: dict[str, str] = {}
    for item in parse_skill_list(texts):
        distinct.setdefault(normalise(item), item)
        if len(distinct) > MAX_SKILLS:
            raise UsageError(f"more than {MAX_SKILLS:,} different skills given; that is the limit")
    if not distinct and needed:
        raise UsageError(NO_SKILLS_OR_JOB if job_option else NO_SKILLS)
    return list(distinct.values())


def given(
    skills: list[str] | None, skills_file: str | None, from_file: str | None, job: str | None = None
) -> bool:
    return bool(skills or skills_file or from_file or job is not None)


def starting_job(title: str | None) -> Job | None:
    """The O*NET occupation --job names, read from the shipped file only when it is given."""
    if title is None:
        return None
    from ecomcareer.jobs import bundled, find_job

    return find_job(bundled(), title)


def person(
    kb: KnowledgeBase,
    typed: list[str],
    from_file: str | None,
    job: Job | None = None,
    *,
    use_cache: bool = True,
) -> Resolution:
    """The person's skills: those typed, those a résumé names (each with where it says so) and
    those their job's occupation names (each with the technology or task); none understood at
    all is a usage error."""
    resolution = read_typed(kb, typed) if typed else Resolution((), ())
    if from_file is not None:
        resolution = _joined(resolution, found_in(kb, from_file))
    if job is not None:
        resolution = _joined(resolution, assumed_from(kb, job, use_cache=use_cache))
    if not resolution.recognized:
        if job is not None and from_file is None and not typed:
            occupation = job.occupation
            raise UsageError(
                f"{occupation.title} ({occupation.code}): no skill of the knowledge base found in its "
                "O*NET technologies and tasks; add --skills"
            )
        if from_file is not None and not typed:
            raise UsageError(f"{from_file}: no skill of the knowledge base found in it")
        _none_understood(kb, resolution)
    return resolution


def read_typed(kb: KnowledgeBase, typed: list[str]) -> Resolution:
    """Typed items read as skills. Names are read at once; anything else goes to the reader
    with cached tables, which also reads an item of several words no name covers whole for
    the names said within it ('WMS power user')."""
    resolver = SkillResolver(kb)
    names = resolver.exact_names()
    if all(normalise(text) in names for text in typed):
        return resolver.resolve(typed)
    from ecomcareer.documents.extract import typed_reader

    return typed_reader(kb)(typed)


#: A task is quoted in the place of a skill up to this many characters.
TASK_QUOTE = 60


def assumed_from(kb: KnowledgeBase, job: Job, *, use_cache: bool = True) -> Resolution:
    """The skills a job's occupation names, each read as the words and where they stand:
    'Microsoft Excel (hot technology)', 'cash registers (task: "…using calculators, cash
    registers, or optical…")'."""
    from ecomcareer.jobs import assumed_skills

    read = []
    for found in assumed_skills(kb, job.occupation, use_cache=use_cache):
        where = (
            "hot technology" if found.source == "technology" else f'task: "{quote(found.text, found.said)}"'
        )
        read.append(Recognized(f"{found.said} ({where})", found.skill, How.JOB))
    return Resolution(tuple(read), ())


def quote(text: str, said: str, limit: int = TASK_QUOTE) -> str:
    """About `limit` characters of a text around the words said in it, cut between words."""
    if len(text) <= limit:
        return text
    at = max(text.find(said), 0)
    start = max(0, min(at - (limit - len(said)) // 2, len(text) - limit))
    end = max(start + limit, at + len(said))
    if start > 0:
        start = text.find(" ", start, at) + 1 or start
    if end < len(text):
        end = max(text.rfind(" ", at + len(said), end), at + len(said))
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def document(kb: KnowledgeBase, name: str) -> Extraction:
    """A résumé or posting read for its skills."""
    from ecomcareer.documents import extract, read_document

    return extract(kb, read_document(name))


def found_in(kb: KnowledgeBase, name: str) -> Resolution:
    """The skills a document names, each read as its first mention ('Tableau (line 14)')."""
    read = []
    for found in document(kb, name).skills:
        first = found.mentions[0]
        page = f"page {first.page}, " if first.page is not None else ""
        read.append(Recognized(f"{first.text} ({page}line {first.line})", found.skill, How.FOUND))
    return Resolution(tuple(read), ())


def _joined(a: Resolution, b: Resolution) -> Resolution:
    return Resolution(a.recognized + b.recognized, a.unrecognized + b.unrecognized)


def understood(kb: KnowledgeBase, inputs: list[str]) -> Resolution:
    """The skills read from the inputs; when none at all is understood, a usage error that
    suggests skill names."""
    resolution = read_typed(kb, inputs)
    if not resolution.recognized:
        _none_understood(kb, resolution)
    return resolution


def _none_understood(kb: KnowledgeBase, resolution: Resolution) -> None:
    """The usage error for a profile with no skill understood, suggesting skill names."""
    unknown = ", ".join(excerpt(u.input) for u in resolution.unrecognized[:5])
    hints = [kb.skill_by_id[s].name for u in resolution.unrecognized[:5] for s in u.suggestions]
    tail = f"; did you mean {', '.join(dict.fromkeys(hints))}?" if hints else ""
    raise UsageError(f"none of the skills were understood: {unknown}{tail}")
