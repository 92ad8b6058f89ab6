"""Markdown: the text a reader of the rendered page sees, one paragraph per line.

Reports collected from the web come as Markdown with YAML front matter and
``**bold**`` headings; markup must not reach the parser (``**`` around a heading
would hide it, ``|`` cells would break sentences).  markdown-it-py (CommonMark,
maintained, already installed with Dagster) parses the file, and we walk its
tokens instead of stripping syntax with regular expressions, so links, images,
escapes, entities, code, tables and footnotes are recognised as a renderer
would.  Two CommonMark rules written for space-separated languages are undone:

* ``**`` next to full-width punctuation inside Chinese text (``推进**“三大攻坚战”**``)
  is not a valid delimiter, so markdown-it leaves it as text: we drop such runs;
* ``*`` emphasis does not exist in Chinese typography, so a single ``*`` is
  a literal mark (国家“千*计划”, ``*为预计数``, ``1*2*3``) and is kept.

A backslash before full-width punctuation (``\\“``, left by converters) is
dropped too.  Structure is kept: every paragraph, heading, list item and table
row becomes a line (cells joined by a tab); soft and hard line breaks stay line
breaks (Chinese text is not joined with spaces).  Raw HTML blocks go through the
HTML reader's renderer, so an HTML comment (a photo caption) vanishes and an
HTML table keeps its cells.  Ordered-list numbers go with the other list markers.

Most reports use no Markdown but ``**bold**`` (headings): their text is read
without markdown-it, which took most of the reading time (see ``_plain_text``).
"""
from __future__ import annotations

import re
import unicodedata

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from .document import Document
from .html import fragment_text
from .plain import decode_text

# text_join is off so that escaped characters stay separate tokens: a literal
# `\*\*` must survive the removal of failed `**` delimiters.
_MD = (MarkdownIt("commonmark", {"html": True})
       .enable(["table", "strikethrough"])
       .use(footnote_plugin)
       .disable("text_join"))

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_STRAY_DELIMITERS = re.compile(r"\*{2,}|(?<!_)__(?!_)")   # not a ____ blank to fill in
_ESCAPED = re.compile(r"\\([^\x00-\x7f])")
_BR = re.compile(r"<br\s*/?>", re.I)
_EDGE_SPACE = re.compile(r"^[^\S\t]+|[^\S\t]+$")    # a row's empty first cell keeps its tab
# Markup of a body that _plain_text does not read: a character Markdown gives a meaning
# to (_, `, \\, <, >, [, ], !, &, |, ~, tabs and control characters; * but in ** runs),
# a line opening with a block marker (-, +, =, #, 1. 1)) or indented as code (4 spaces).
_MARKUP_CHAR = re.compile(r"[_`\\<>\[\]!&|~\t\x00-\x08\x0b-\x1f]")
_BLOCK_MARKER = re.compile(r"\n(?: *(?:[-+=#]|\d+[.)])| {4})")
_NEWLINES = re.compile(r"\r\n?")   # as markdown-it normalises line ends
_INLINE_SILENT = {"strong_open", "strong_close", "link_open", "link_close", "s_open", "s_close",
                  "image", "footnote_ref", "footnote_anchor"}


def read_markdown(data: bytes) -> Document:
    decoded = decode_text(data)
    metadata, body, warnings = split_front_matter(decoded.text)
    return Document(markdown_to_text(body), "markdown", decoded.encoding, metadata, warnings)


def split_front_matter(text: str) -> tuple[dict[str, str], str, list[str]]:
    """(metadata, the text after the front matter, warnings).

    A block that is not a YAML mapping stays in the text: a `---` rule at the top
    of a file must not swallow the report's first paragraphs.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    try:
        data = yaml.safe_load(match[1])
    except yaml.YAMLError:
        return {}, text, ["front matter is not valid YAML: ignored, read as text"]
    if data is None:
        return {}, text[match.end():], []
    if not isinstance(data, dict):
        return {}, text, ["front matter is not a YAML mapping of keys to values: ignored, read as text"]
    metadata = {str(key): str(value) for key, value in data.items() if value is not None}
    return metadata, text[match.end():], []


def markdown_to_text(source: str) -> str:
    plain = _plain_text(source)
    if plain is not None:
        return plain
    lines: list[str] = []
    row: list[str] | None = None      # the cells of the table row being read
    for token in _MD.parse(source):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            lines.append("\t".join(row or []))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text.strip())
            else:
                lines.append(text)
        elif token.type in ("fence", "code_block"):
            lines.append(token.content)
        elif token.type == "html_block":    # comments (photo captions) vanish, tables keep cells
            lines.append(fragment_text(token.content))
    lines = [_trim(line) for line in "\n".join(lines).split("\n")]
    return "\n".join(line for line in lines if line.strip())


def _plain_text(source: str) -> str | None:
    """What markdown_to_text gives for a body without markup but ``**`` (the same text,
    ten times faster), or None for any other body.

    Without markup every paragraph's text is its lines, and a ``**`` run either opens
    or closes bold (silent tokens) or stays text and is dropped as a stray delimiter:
    either way it vanishes.  The lines are then trimmed and blank ones dropped as
    markdown_to_text does (which also undoes markdown-it's trimming of paragraphs)."""
    text = _NEWLINES.sub("\n", source)
    if _MARKUP_CHAR.search(text) or _BLOCK_MARKER.search("\n" + text):
        return None
    if "***" in text or "*" in text.replace("**", ""):
        return None  # a * that is not one of a pair
    lines = [_trim(line) for line in text.replace("**", "").split("\n")]
    return "\n".join(line for line in lines if line.strip())


def _trim(line: str) -> str:
    """The line without the blanks at its ends (but tabs): _EDGE_SPACE, run only when there are any."""
    return _EDGE_SPACE.sub("", line) if line[:1].isspace() or line[-1:].isspace() else line


def _inline_text(children: list[Token]) -> str:
    return "".join(_inline_piece(child) for child in children)


def _inline_piece(token: Token) -> str:
    kind = token.type
    if kind == "text":
        return _unescape_fullwidth(_STRAY_DELIMITERS.sub("", token.content))
    if kind == "text_special":       # an escape or an entity: never a delimiter
        return _unescape_fullwidth(token.content)
    if kind == "code_inline":
        return token.content
    if kind in ("softbreak", "hardbreak"):
        return "\n"
    if kind == "html_inline":
        return "\n" if _BR.fullmatch(token.content.strip()) else ""
    if kind in ("em_open", "em_close"):
        return token.markup      # a literal `*` (see the module docstring)
    if kind in _INLINE_SILENT:
        return ""
    return token.content


def _unescape_fullwidth(text: str) -> str:
    """`\\“` → `“`: CommonMark only honours escapes of ASCII punctuation."""
    return _ESCAPED.sub(lambda m: m[1] if unicodedata.category(m[1])[0] in "PS" else m[0], text)
