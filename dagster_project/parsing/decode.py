"""Decode a report file's bytes to text, whatever its encoding.

Offsets in the fact contract count characters of the decoded text with nothing
changed but a byte-order mark removed, so decoding must never normalise line
endings or drop odd characters.

Order of attempts: a byte-order mark; strict UTF-8; NUL bytes mean UTF-16
without a mark (or a binary file); strict GB18030 (a superset of GBK/GB2312);
UTF-16 without a mark and without NULs (pure CJK); charset-normalizer's guess.
Every candidate except a BOM or valid UTF-8 must also *look* like text, so a
binary file is refused instead of decoding into noise.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# GB2312 and GBK are subsets of GB18030: decoding with the superset never fails
# on a character its subsets would have accepted.
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "hz": "gb18030"}
# Share of characters that must be ordinary text for a guessed decoding to count.
_PLAUSIBLE = 0.9
_SAMPLE = 20_000


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _is_texty(ch: str) -> bool:
    if ch in "\n\r\t\u3000\xa0" or " " <= ch <= "~":
        return True
    cat = unicodedata.category(ch)
    if cat[0] == "C":  # control, unassigned, private use, surrogate
        return False
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3000 <= o <= 0x303F
            or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F or cat[0] in "PSN")


# Characters _is_texty accepts without a look-up (every CJK ideograph of these blocks is
# assigned): removed in one pass, so that only the rest is asked about one by one.
_PLAIN_TEXT = re.compile(r"[\n\r\t\u3000\xa0 -~\u3400-\u4dbf\u4e00-\u9fff]+")


def plausibility(text: str) -> float:
    """Share of characters (in a sample) that are ordinary Chinese/ASCII text."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    rest = _PLAIN_TEXT.sub("", sample)
    return (len(sample) - len(rest) + sum(map(_is_texty, rest))) / len(sample)


def _try(data: bytes, encoding: str) -> Decoded | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return Decoded(text, encoding) if plausibility(text) >= _PLAUSIBLE else None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: pick the byte order that reads as text."""
    if len(data) % 2:
        return None
    best = max((_try(data, enc) for enc in ("utf-16-le", "utf-16-be")),
               key=lambda d: plausibility(d.text) if d else -1.0)
    return best


def _truncated_utf8(exc: UnicodeDecodeError, data: bytes) -> bool:
    """Valid UTF-8 up to a multi-byte character cut off at the very end."""
    if exc.reason != "unexpected end of data" or exc.start < len(data) - 3:
        return False
    try:
        data[:exc.start].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` (see the module docstring for the order of attempts)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not valid "
                                  f"{encoding} at byte {exc.start} (truncated or corrupt?)") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if _truncated_utf8(exc, data):
            raise DecodeError("the file ends in the middle of a UTF-8 character: "
                              "it looks truncated") from None
    if b"\x00" in data:
        # NUL bytes never occur in UTF-8 or GB18030 text; in UTF-16 they are the
        # high byte of every ASCII character (digits, line breaks).
        found = _utf16_without_bom(data)
        if found:
            return found
        raise DecodeError("binary file: it contains NUL bytes and is not UTF-16 text")
    # Chinese text that is not UTF-8 is almost always GB18030 or a subset; try it
    # strictly before asking the detector, which can mistake short GBK for Big5.
    found = _try(data, "gb18030") or _utf16_without_bom(data)
    if found:
        return found
    best = from_bytes(data).best()
    if best is not None:
        found = _try(data, _WIDEN.get(best.encoding.lower(), best.encoding))
        if found:
            return found
    raise DecodeError("binary file: not text in any recognised encoding "
                      "(tried UTF-8, UTF-16, GB18030 and a detector)")
