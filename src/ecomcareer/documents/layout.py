"""How a document is laid out: its sections by their headings, its lines, its kind and title.

Headings are found however they are written ('## Skills', 'SKILLS', 'What you'll do:'), and
each opens a kind of section by its words ('About you' is requirements, 'About us' the
company).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Sections, by the words of their headings.
SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "about": (
        "about us",
        "about the company",
        "who we are",
        "our company",
        "our story",
        "our mission",
        "about ",
    ),
    "benefits": (
        "benefit",
        "perks",
        "what we offer",
        "compensation",
        "why join",
        "why you'll love",
        "salary",
    ),
    "legal": ("equal opportunity", "eeo", "diversity", "accommodation", "privacy", "disclaimer", "legal"),
    "preferred": (
        "nice to have",
        "nice-to-have",
        "preferred",
        "bonus",
        "pluses",
        "desirable",
        "good to have",
        "extra credit",
        "would be great",
    ),
    "requirements": (
        "requirement",
        "qualification",
        "what you'll need",
        "what you need",
        "what we're looking for",
        "what we are looking for",
        "must have",
        "must-have",
        "you have",
        "you bring",
        "who you are",
        "about you",
        "what you bring",
    ),
    "responsibilities": (
        "responsibilit",
        "what you'll do",
        "what you will do",
        "duties",
        "the role",
        "day to day",
        "day-to-day",
        "your role",
        "key tasks",
        "the job",
    ),
    "skills": ("skill", "competenc", "tools", "technologies", "tech stack", "expertise", "languages"),
    "experience": ("experience", "employment", "work history", "career history", "professional background"),
    "education": ("education", "training", "academic"),
    "certifications": ("certification", "licen", "courses"),
    "summary": ("summary", "profile", "objective", "about me"),
    "contact": ("contact",),
    "references": ("references", "referees"),
}
#: Sections that say nothing of the person or the job (references name other people).
NOT_READ = {"about", "benefits", "legal", "contact", "references"}
#: Sections whose lines are lists of skills, read as typed skills are.
LIST_SECTIONS = {"skills", "certifications"}
POSTING_SECTIONS = {"about", "benefits", "legal", "preferred", "requirements", "responsibilities"}
RESUME_SECTIONS = {"experience", "education", "summary", "certifications", "references"}

CONTACT = re.compile(r"\S+@\S+\.\w|https?://|www\.|linkedin\.com|\+?\d[\d ()-]{7,}\d")
HEADING_MARK = re.compile(r"^\s*(?:#{1,6}\s+|\*\*|__)")
#: A bullet: the marks people type, and the glyphs PDFs give for Word's and other writers'
#: bullets (the Symbol and Wingdings private-use characters, and DEL for a standard font's).
LIST_LINE = re.compile(r"^\s*(?:[-–*•·▪●○■◦‣➢►✓\x7f\uf0a7\uf0b7\uf0d8\uf0fc]|\d{1,2}[.)])\s+")


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    start: int
    text: str
    #: The kind of section the line is in, and that section's heading as written.
    section: str | None
    heading: str | None
    #: Whether the line is itself a heading.
    is_heading: bool = False


def split_lines(text: str) -> Iterator[Line]:
    section: str | None = None
    heading: str | None = None
    offset = 0
    for number, raw in enumerate(text.split("\n"), 1):
        found = heading_text(raw)
        if found is not None:
            heading, section = found, section_of(found)
        yield Line(number, offset, raw, section, heading, found is not None)
        offset += len(raw) + 1


#: A year or 'present': a line naming one is a job's or a degree's header, or a sentence.
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\bpresent\b|\bcurrent\b", re.IGNORECASE)
#: What stands between a job title and the rest of its header: 'Buyer — Thistle Row, 2019'.
_HEADER_MARK = re.compile(r"\s[|—–·/-]\s|\s\(|,\s|\s&\s|\s\*\s")
#: The words of a degree's name: a degree names its subject, not a skill the person states.
_DEGREE = re.compile(
    r"\b(?:BA|BSc|BS|BEng|BBA|MA|MSc|MS|MBA|MEng|PhD|HND|PGCE|GCSEs?|A-levels?|Hons|Bachelor|"
    r"Bachelor's|Master|Master's|Associate of|Associate's|Diploma|Degree|High school)\b",
    re.IGNORECASE,
)
#: A header line (a job's, a degree's, a posting's company line) is at most this long.
MAX_HEADER_WORDS = 16


def readable_text(line: Line, kind: str, *, in_header: bool) -> str | None:
    """The part of a line that may state skills, blanked where it does not (so that columns
    stay true), or None for a line that states none.

    A job title names a job, not what its holder can do, and a degree names a subject; so a
    dated header ('Material Handler — Delta Home Supply — 2019 to 2021') and a degree ('BS
    Supply Chain Management, 2019') are not read, nor a posting's opening lines before its first section
    (title, company, place). A résumé's headline is read after its job title: 'Warehouse
    Associate | Forklift certified' states forklift."""
    text = line.text
    stripped = text.strip()
    if not stripped or LIST_LINE.match(text) or line.section in LIST_SECTIONS or stripped[-1] in ".!?":
        return text
    if len(stripped.split()) > MAX_HEADER_WORDS:
        return text
    if line.section == "education":
        return None if _DEGREE.search(text) else text  # a course's name is read: 'Digital Marketing (2024)'
    if _DATED.search(text) and _HEADER_MARK.search(text):
        return None
    if not in_header:
        return text
    if kind == "posting":
        return None
    mark = _HEADER_MARK.search(text)
    return " " * mark.end() + text[mark.end() :] if mark else None


def heading_text(line: str) -> str | None:
    """The text of a heading line, or None: '## Requirements', 'REQUIREMENTS', 'What you'll do:'."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60 or (LIST_LINE.match(stripped) and not HEADING_MARK.match(stripped)):
        return None
    marked = HEADING_MARK.match(stripped)
    text = re.sub(r"[*_]{2,}", "", stripped).strip("#*_ ").rstrip(":").strip()
    if not text or len(text.split()) > 7:
        return None
    if marked or stripped.endswith(":"):
        return text
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        return text
    if section_of(text) is not None and not text.endswith(".") and "," not in text:
        return text
    return None


def section_of(heading: str) -> str | None:
    """The section a heading opens, by the longest of its words that a section names, so that
    'About you' is requirements and 'About the role' responsibilities, not the company."""
    lowered = f" {heading.lower()}"
    best: tuple[int, str] | None = None
    for section, words in SECTION_WORDS.items():
        for w in words:
            if f" {w}" in lowered and (best is None or len(w) > best[0]):
                best = (len(w), section)
    return best[1] if best else None


def kind_of(lines: list[Line]) -> str:
    sections = {line.section for line in lines if line.is_heading}
    text = " ".join(line.text.lower() for line in lines[:200])
    posting = len(sections & POSTING_SECTIONS) * 2 + sum(
        phrase in text
        for phrase in ("we are looking for", "you will", "apply", "we're looking for", "join our")
    )
    resume = len(sections & RESUME_SECTIONS) * 2 + bool(CONTACT.search(text))
    if posting > resume and posting >= 2:
        return "posting"
    if resume > posting and resume >= 2:
        return "resume"
    return "unknown"


TITLE_FIELD = re.compile(r"^\s*(?:job title|position|role|title)\s*:\s*(.+)$", re.IGNORECASE)


def title_of(lines: list[Line], kind: str) -> str | None:
    """A posting's job title or a résumé's headline, where there is one."""
    for line in lines[:40]:
        m = TITLE_FIELD.match(line.text)
        if m:
            return m.group(1).strip().strip("*_#")
    content = [ln for ln in lines[:12] if ln.text.strip() and not CONTACT.search(ln.text)]
    if not content:
        return None
    if kind == "resume":
        # The name first, then the headline ('Warehouse associate | Forklift certified'), or
        # both on one line ('JADE MORRISON — GRAPHIC DESIGNER').
        name, dash, after = content[0].text.strip().strip("#*_ ").partition(" — ")
        if dash and 1 < len(name.split()) <= 4 and 0 < len(after.split()) <= 10:
            return after.strip()
        for line in content[1:4]:
            text = line.text.strip().strip("#*_ ")
            starts_the_body = line.is_heading and len(text.split()) <= 3 and section_of(text) is not None
            if not starts_the_body and 0 < len(text.split()) <= 12 and not text.endswith("."):
                return text
            if starts_the_body:
                break
        return None
    first = content[0].text.strip().strip("#*_ ")
    return first if len(first.split()) <= 12 and not first.endswith(".") else None
