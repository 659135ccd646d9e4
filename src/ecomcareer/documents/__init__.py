"""Résumés and job postings: read as text (`read`), then read for the skills they state
(`extract`)."""

from ecomcareer.documents.extract import Extraction, FoundSkill, Mention, extract
from ecomcareer.documents.read import Document, read_document

__all__ = ["Document", "Extraction", "FoundSkill", "Mention", "extract", "read_document"]
