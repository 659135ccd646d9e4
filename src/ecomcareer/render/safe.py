"""Text from a data file or a user is shown literally and can never drive the terminal."""

from __future__ import annotations

import unicodedata


def _visible(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """Control, format (bidi, zero-width) and other unprintable characters shown as escapes."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() or (keep_newlines and ch == "\n") else (" " if ch == "\t" else _visible(ch))
        for ch in text
    )


def is_safe(text: str) -> bool:
    """True when no character of the text could act on a terminal."""
    return all(ch.isprintable() or ch == "\n" for ch in text) and not any(
        unicodedata.category(ch) == "Cf" for ch in text
    )
