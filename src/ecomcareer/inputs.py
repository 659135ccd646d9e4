"""What the person has, as given on the command line: typed skills, a file of them, stdin."""

from __future__ import annotations

import sys
from pathlib import Path

from ecomcareer.errors import UsageError
from ecomcareer.model import KnowledgeBase
from ecomcareer.skills import Resolution, SkillResolver, normalise, parse_skill_list

#: More distinct skills than this in one call is a mistake, not a profile.
MAX_SKILLS = 10_000


def skill_inputs(skills: list[str] | None, skills_file: str | None) -> list[str]:
    """Every distinct item of --skills and --skills-file ('-' is standard input), in order."""
    texts = list(skills or [])
    if skills_file is not None:
        try:
            if skills_file == "-":
                texts.append(sys.stdin.read())
            else:
                texts.append(Path(skills_file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
            raise UsageError(f"cannot read skills file {skills_file!r}: {reason}") from None
    distinct: dict[str, str] = {}
    for item in parse_skill_list(texts):
        distinct.setdefault(normalise(item), item)
        if len(distinct) > MAX_SKILLS:
            raise UsageError(f"more than {MAX_SKILLS:,} different skills given; that is the limit")
    if not distinct:
        raise UsageError("no skills given; use --skills 'sql, excel' or --skills-file FILE")
    return list(distinct.values())


def understood(kb: KnowledgeBase, inputs: list[str]) -> Resolution:
    """The skills read from the inputs; when none at all is understood, a usage error that
    suggests skill names."""
    resolution = SkillResolver(kb).resolve(inputs)
    if not resolution.recognized:
        unknown = ", ".join(repr(u.input) for u in resolution.unrecognized[:5])
        hints = [kb.skill_by_id[s].name for u in resolution.unrecognized[:5] for s in u.suggestions]
        tail = f"; did you mean {', '.join(dict.fromkeys(hints))}?" if hints else ""
        raise UsageError(f"none of the skills were understood: {unknown}{tail}")
    return resolution
