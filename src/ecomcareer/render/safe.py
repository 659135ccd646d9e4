"""Text from a data file or a user is shown literally and can never drive the terminal."""

from __future__ import annotations


def _visible(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """Control, format (bidi, zero-width) and other unprintable characters shown as escapes."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else (" " if ch == "\t" else _visible(ch)) for ch in text)
