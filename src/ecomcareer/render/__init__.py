"""Output formats. `records` defines the documented shapes; the other modules print them."""

from enum import StrEnum


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class HandoutFormat(StrEnum):
    """`show` also prints a role as a printable HTML page."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    HTML = "html"
