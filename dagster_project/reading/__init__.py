"""Turn one report file (plain text, Markdown, HTML, Word or PDF) into text.

``read_document(path, data)`` picks a reader by the file's suffix; each format
lives in its own module.  Pure functions: no Dagster, no network, no files read
(the caller passes the bytes).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .document import Document, UnreadableError

SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}

__all__ = ["SUFFIXES", "Document", "UnreadableError", "read_document"]


def _reader(fmt: str) -> Callable[[bytes], Document]:
    # Imported on demand: a run of .txt reports never loads lxml, python-docx or pdfium.
    if fmt == "txt":
        from .plain import read_txt as read
    elif fmt == "markdown":
        from .markdown import read_markdown as read
    elif fmt == "html":
        from .html import read_html as read
    elif fmt == "docx":
        from .docx import read_docx as read
    else:
        from .pdf import read_pdf as read
    return read


def read_document(path: Path, data: bytes) -> Document:
    """The text of the file ``path`` whose bytes are ``data``; UnreadableError if there is none."""
    suffix = Path(path).suffix.lower()
    fmt = SUFFIXES.get(suffix)
    if fmt is None:
        known = ", ".join(SUFFIXES)
        raise UnreadableError(f"unsupported file type {suffix or '(no suffix)'!r}: "
                              f"reports must be one of {known}")
    return _reader(fmt)(data)
