"""What the person has, as given on the command line: typed skills, a file of them, stdin,
or a résumé (`--from`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecomcareer.errors import UsageError, excerpt
from ecomcareer.model import KnowledgeBase
from ecomcareer.skills import How, Recognized, Resolution, SkillResolver, normalise, parse_skill_list

if TYPE_CHECKING:
    from ecomcareer.documents import Extraction

NO_SKILLS = "no skills given; use --skills 'sql, excel', --skills-file FILE or --from RESUME"

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


def skill_inputs(skills: list[str] | None, skills_file: str | None, *, needed: bool = True) -> list[str]:
    """Every distinct item of --skills and --skills-file ('-' is standard input), in order;
    none at all is a usage error where nothing else gives the skills."""
    texts = list(skills or [])
    if skills_file is not None:
        texts.append(read_skills_file(skills_file))
    distinct: dict[str, str] = {}
    for item in parse_skill_list(texts):
        distinct.setdefault(normalise(item), item)
        if len(distinct) > MAX_SKILLS:
            raise UsageError(f"more than {MAX_SKILLS:,} different skills given; that is the limit")
    if not distinct and needed:
        raise UsageError(NO_SKILLS)
    return list(distinct.values())


def given(skills: list[str] | None, skills_file: str | None, from_file: str | None) -> bool:
    return bool(skills or skills_file or from_file)


def person(kb: KnowledgeBase, typed: list[str], from_file: str | None) -> Resolution:
    """The person's skills: those typed, and those a résumé names (each with where it says so);
    none understood at all is a usage error."""
    resolution = SkillResolver(kb).resolve(typed) if typed else Resolution((), ())
    if from_file is not None:
        resolution = _joined(resolution, found_in(kb, from_file))
    if not resolution.recognized:
        if from_file is not None and not typed:
            raise UsageError(f"{from_file}: no skill of the knowledge base found in it")
        _none_understood(kb, resolution)
    return resolution


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
    resolution = SkillResolver(kb).resolve(inputs)
    if not resolution.recognized:
        _none_understood(kb, resolution)
    return resolution


def _none_understood(kb: KnowledgeBase, resolution: Resolution) -> None:
    """The usage error for a profile with no skill understood, suggesting skill names."""
    unknown = ", ".join(excerpt(u.input) for u in resolution.unrecognized[:5])
    hints = [kb.skill_by_id[s].name for u in resolution.unrecognized[:5] for s in u.suggestions]
    tail = f"; did you mean {', '.join(dict.fromkeys(hints))}?" if hints else ""
    raise UsageError(f"none of the skills were understood: {unknown}{tail}")
