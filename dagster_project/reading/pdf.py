"""PDF: the text layer of each page, in page order.

pypdfium2 (Apache-2.0/BSD, Google's PDFium) extracts text well, Chinese included
(it knows the standard CJK character maps, so even fonts that are not embedded
read back), and needs no system packages.  PDFium ends lines with CRLF: they
become LF.  Lines hard-wrapped inside a paragraph stay (the parser rejoins
them); a page-number line (``- 3 -``, ``第3页``) at the top or bottom of a page
goes.  A scan has no text layer: rather than an empty report, the reader says
so, since the fix (OCR) is outside this product.
"""
from __future__ import annotations

import re
import threading

import pypdfium2 as pdfium

from .document import Document, UnreadableError

# PDFium is not thread-safe: one document at a time in a process.
_PDFIUM = threading.Lock()
# Fewer visible characters than this per page on average: no text layer to speak of.
_MIN_CHARS_PER_PAGE = 20
_PAGE_NUMBER = re.compile(r"[-—–－\s]*(?:第\s*)?\d{1,4}(?:\s*页)?"
                          r"(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－\s]*")


def read_pdf(data: bytes) -> Document:
    with _PDFIUM:
        pdf = _open(data)
        try:
            pages = [_page_lines(pdf[index]) for index in range(len(pdf))]
            title = (pdf.get_metadata_value("Title") or "").strip()
        finally:
            pdf.close()
    _require_text(pages)
    warnings = _blank_page_warnings(pages)
    text = "\n".join(line for lines in pages for line in lines)
    return Document(text, "pdf", None, {"title": title} if title else {}, warnings)


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableError("an encrypted PDF that needs a password to open; "
                                  "save an unprotected copy") from None
        raise UnreadableError(f"not a readable PDF (corrupt or another format renamed): {exc}") from None


def _page_lines(page: pdfium.PdfPage) -> list[str]:
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
    finally:
        textpage.close()
        page.close()
    lines = [line.rstrip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line.strip()]
    # the page number is printed above or below the text
    while lines and _PAGE_NUMBER.fullmatch(lines[-1]):
        lines.pop()
    while lines and _PAGE_NUMBER.fullmatch(lines[0]):
        lines.pop(0)
    return lines


def _visible(lines: list[str]) -> int:
    return sum(len("".join(line.split())) for line in lines)


def _require_text(pages: list[list[str]]) -> None:
    found = sum(_visible(lines) for lines in pages)
    if found < _MIN_CHARS_PER_PAGE * max(len(pages), 1):
        amount = "no extractable text" if not found else f"only {found} characters of text"
        count = f"{len(pages)} page{'s' if len(pages) != 1 else ''}"
        raise UnreadableError(f"a PDF with no text layer (a scanned PDF?): {count}, {amount}; "
                              "run OCR first")


def _blank_page_warnings(pages: list[list[str]]) -> list[str]:
    blank = [str(number) for number, lines in enumerate(pages, 1) if not _visible(lines)]
    if not blank:
        return []
    return [f"page{'s' if len(blank) > 1 else ''} {', '.join(blank)} of {len(pages)} "
            f"{'have' if len(blank) > 1 else 'has'} no text (a scanned image?): left out"]
