"""Word (.docx): paragraphs and tables in the order they stand in the document.

python-docx (MIT, maintained) reads the package.  ``Document.paragraphs`` and
``Document.tables`` are separate lists, so a table between two paragraphs would
move; ``iter_inner_content`` walks the body's children in order instead.  One
paragraph per line; a table row is its cells joined by a tab (a cell of several
paragraphs keeps its line breaks, as in the other readers).  Page headers and
footers are page chrome and are left out.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import OpcError
from docx.table import Table
from docx.text.paragraph import Paragraph

from .document import Document, UnreadableError

_OLE = bytes.fromhex("D0CF11E0A1B11AE1")      # the container of .doc files and encrypted .docx


def read_docx(data: bytes) -> Document:
    word = _open(data)
    lines = [line for block in word.iter_inner_content() for line in _block_lines(block)]
    text = "\n".join(line for line in lines if line.strip())
    if not text:
        raise UnreadableError("a Word document with no text (only pictures, e.g. a scan pasted "
                              "into Word?); run OCR first")
    title = (word.core_properties.title or "").strip()
    return Document(text, "docx", None, {"title": title} if title else {})


def _open(data: bytes) -> docx.document.Document:
    if data.startswith(_OLE):
        raise UnreadableError("not a .docx file: an old binary Word (.doc) file or a password-"
                              "protected document; save it as an unprotected .docx")
    try:
        return docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UnreadableError("not a .docx file: a .docx is a ZIP package and this file is not "
                              "one (corrupt, truncated or another format renamed)") from None
    except KeyError as exc:
        raise UnreadableError(f"a corrupt .docx: its ZIP package lacks a required part ({exc})") from None
    except (ValueError, OpcError) as exc:   # e.g. an .xlsx renamed: "not a Word file"
        raise UnreadableError(f"not a Word document: {exc}") from None
    except Exception as exc:                # malformed XML inside the package, and the like
        raise UnreadableError(f"a corrupt .docx ({type(exc).__name__}: {exc})") from None


def _block_lines(block: Paragraph | Table) -> list[str]:
    if isinstance(block, Paragraph):
        return [line.strip() for line in block.text.split("\n")]
    return [_row_text(row) for row in block.rows]


def _row_text(row) -> str:
    cells, seen = [], set()
    for cell in row.cells:
        if cell._tc in seen:                # a merged cell is listed once per grid column it spans
            continue
        seen.add(cell._tc)
        cells.append(cell.text.strip())
    return "\t".join(cells)
