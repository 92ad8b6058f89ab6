"""What every reader returns, and the one error they raise.

Kept apart from ``__init__`` so the per-format modules can import them without
importing each other.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class UnreadableError(ValueError):
    """The file cannot be turned into text; the message says precisely why."""


@dataclass(frozen=True)
class Document:
    text: str                   # the report's text as the product reads it (fact offsets index it)
    format: str                 # one of SUFFIXES' values
    encoding: str | None        # the decoded encoding for txt/md/html; None for docx/pdf
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)   # odd but readable things, in plain words
