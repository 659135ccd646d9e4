"""The reports of the commands that read documents: extract, and fit against a posting."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ecomcareer.model import KnowledgeBase, Role
from ecomcareer.reports.base import (
    CONTEXT,
    Glossary,
    ReadSkill,
    UnreadSkill,
    plain,
    read_skills,
)
from ecomcareer.reports.fit import Related

if TYPE_CHECKING:  # for the annotations only: importing them costs start-up time
    from ecomcareer.documents import Extraction
    from ecomcareer.matching import Match
    from ecomcareer.planning import GapAnalysis
    from ecomcareer.skills import Resolution


# extract


@dataclass(repr=False, eq=False)
class MentionItem:
    line: int
    column: int
    #: The page, for a PDF; null otherwise.
    page: int | None
    text: str
    #: The heading of the section it is in, as the document writes it.
    section: str | None


@dataclass(repr=False, eq=False)
class FoundItem:
    id: str
    name: str
    category: str
    #: In a posting: true for a requirement, false for a 'nice to have'; null in a résumé.
    required: bool | None
    mentions: list[MentionItem]


@dataclass(repr=False, eq=False)
class ExtractReport:
    source: str
    kind: str
    title: str | None
    role: str | None
    skills: list[FoundItem]
    not_understood: list[str]
    glossary: Glossary = field(metadata=CONTEXT)
    #: The items not understood, each with up to three skill ids it may have meant.
    unrecognized: list[UnreadSkill] = field(default_factory=list)

    def json(self) -> Any:
        return plain(self)


def extract_report(found: Extraction, kb: KnowledgeBase) -> ExtractReport:
    items = []
    for f in found.skills:
        skill = kb.skill_by_id[f.skill]
        mentions = [MentionItem(m.line, m.column, m.page, m.text, m.section) for m in f.mentions]
        items.append(FoundItem(skill.id, skill.name, skill.category, f.required, mentions))
    role = found.role.id if found.role else None
    unread = [UnreadSkill(u.input, list(u.suggestions)) for u in found.unrecognized]
    return ExtractReport(
        found.source,
        found.kind,
        found.title,
        role,
        items,
        list(found.not_understood),
        Glossary.of(kb),
        unread,
    )


# fit


@dataclass(repr=False, eq=False)
class PostingRef:
    source: str
    title: str | None
    #: The nearest role of the knowledge base, by the posting's title.
    role: str | None


@dataclass(repr=False, eq=False)
class Tally:
    have: int
    of: int


@dataclass(repr=False, eq=False)
class FitGap:
    skill: str
    name: str
    category: str
    #: 'required' or 'preferred', as the posting says.
    importance: str
    score_after: float


@dataclass(repr=False, eq=False)
class FitReport:
    posting: PostingRef
    score: float
    band: str
    required: Tally
    preferred: Tally
    have: list[str]
    related: list[Related]
    missing: list[FitGap]
    recognized: list[ReadSkill]
    unrecognized: list[UnreadSkill]
    glossary: Glossary = field(metadata=CONTEXT)

    def json(self) -> Any:
        return plain(self)


def fit_report(
    posting: Extraction, role: Role, match: Match, gaps: GapAnalysis, kb: KnowledgeBase, res: Resolution
) -> FitReport:
    required = set(role.core)
    missing = []
    for g in gaps.gaps:
        skill = kb.skill_by_id[g.skill]
        importance = "required" if g.skill in required else "preferred"
        missing.append(FitGap(g.skill, skill.name, skill.category, importance, round(g.score_after, 1)))
    have = set(match.matched)
    return FitReport(
        PostingRef(posting.source, posting.title, posting.role.id if posting.role else None),
        round(match.score, 1),
        match.band.value,
        Tally(len(have & required), len(role.core)),
        Tally(len(have - required), len(role.supporting)),
        list(match.matched),
        [Related(c.skill, c.via) for c in match.related],
        missing,
        *read_skills(res),
        Glossary.of(kb),
    )
