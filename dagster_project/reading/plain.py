"""Plain text: the file decoded and nothing else.

Gold answers and fact offsets index the decoded .txt file exactly (CRLF, odd
characters and all), so this reader must never change a character.  The text
formats (Markdown, HTML) share its decoding so that every reader reports an
undecodable file the same way.
"""
from __future__ import annotations

from dagster_project.parsing.decode import Decoded, DecodeError, decode_bytes

from .document import Document, UnreadableError


def decode_text(data: bytes) -> Decoded:
    """``decode_bytes``, with its failure turned into this package's error."""
    try:
        return decode_bytes(data)
    except DecodeError as exc:
        raise UnreadableError(f"cannot decode the file as text: {exc}") from None


def read_txt(data: bytes) -> Document:
    decoded = decode_text(data)
    return Document(decoded.text, "txt", decoded.encoding)
