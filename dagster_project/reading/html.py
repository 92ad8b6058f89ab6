"""HTML: the article of a page saved from a government website, one paragraph per line.

Why not trafilatura (tried first, 2.3.1): on lawtext reports wrapped in realistic
government pages it kept every paragraph of modern ``<div>`` pages, but with
``favor_recall`` it also kept chrome (扫一扫在手机打开当前页, breadcrumbs), and in
every mode it flattened old table-layout pages, navigation and all, into one
table; when its main extractor misses the article, its fallback collapses
identical paragraphs, so a repeated 各位代表！ disappears.  A report must keep
every paragraph, in order, so the rule here is simple and checkable: lxml
(maintained, already needed by python-docx) parses the page; the article is the
deepest container holding 90% of the page's text outside links (a report is
30-60k characters; navigation is links; headers and footers are a few hundred
characters), plus the <h1> title just above it; all of its text is kept, block
elements and ``<br>`` as line breaks, table rows as cells joined by tabs.
"""
from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

from .document import Document, UnreadableError
from .plain import decode_text

_SHARE = 0.9                                  # the article's share of the page's non-link text
_SNIFF = 4096                                 # bytes searched for a <meta charset>
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}
_INVISIBLE = {"script", "style", "noscript", "template", "head", "iframe", "object", "embed",
              "svg", "canvas", "select", "button", "input", "textarea", "map"}
# elements the article may be (never a paragraph: its siblings belong to the report)
_CONTAINERS = {"body", "div", "section", "article", "main", "center", "form", "font", "span",
               "table", "tbody", "thead", "tfoot", "tr", "td", "th"}
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCK = {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
          "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
          "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
          "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
_SPACE = re.compile(r"[ \t\r\n\f]+")        # HTML whitespace: &nbsp; and 　 are text
_EDGE_SPACE = re.compile(r"^[^\S\t]+|[^\S\t]+$|(?<=\t) +| +(?=\t)")   # keeps the tabs between cells
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)   # a browser's "Save as"
# meta name/property (lower case) -> metadata key
_META_KEYS = {"og:url": "source", "og:title": "headline", "articletitle": "headline",
              "pubdate": "date", "publishdate": "date", "article:published_time": "date",
              "contentsource": "publisher", "og:site_name": "site", "sitename": "site"}


def read_html(data: bytes) -> Document:
    text, encoding, warnings = _decode(data)
    try:
        # lxml refuses a str that still declares its byte encoding (XHTML's <?xml ...?>)
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableError(f"not an HTML page: {exc}") from None
    metadata = _metadata(root)
    saved_from = _SAVED_FROM.search(text[:_SNIFF])
    if saved_from and "source" not in metadata:
        metadata["source"] = saved_from[1]
    _drop_invisible(root)
    article = _article(root)
    title = _heading_before(root, article)
    body = "\n".join(([title] if title else []) + _lines(article))
    if not body:
        raise UnreadableError("an HTML page with no text outside scripts and styles "
                              "(a page that loads its content with JavaScript?)")
    return Document(body, "html", encoding, metadata, warnings)


def fragment_text(fragment: str) -> str:
    """The text of a piece of HTML (a raw HTML block inside Markdown), rendered as above."""
    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    _drop_invisible(root)
    return "\n".join(_lines(root))


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """Text, encoding, warnings: a byte-order mark, else <meta charset>, else decode_bytes."""
    found = _META_CHARSET.search(data[:_SNIFF])
    if found and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = found[1].decode("ascii").lower()
        encoding = _WIDEN.get(declared, declared)
        try:
            return data.decode(encoding), encoding, []
        except LookupError:
            warning = f"the page declares an unknown charset {declared!r}"
        except UnicodeDecodeError:
            warning = f"the page declares charset {declared!r} but is not valid {declared}"
        decoded = decode_text(data)
        return decoded.text, decoded.encoding, [f"{warning}: decoded as {decoded.encoding}"]
    decoded = decode_text(data)
    return decoded.text, decoded.encoding, []


def _metadata(root: lxml.html.HtmlElement) -> dict[str, str]:
    metadata: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        metadata["title"] = _SPACE.sub(" ", title.text_content()).strip()
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if name in _META_KEYS and content:
            metadata.setdefault(_META_KEYS[name], content)
    canonical = root.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")
    if canonical and canonical[0].strip():
        metadata["source"] = canonical[0].strip()
    return metadata


def _drop_invisible(root: lxml.html.HtmlElement) -> None:
    """Scripts, styles, form controls, comments and hidden elements: never text a reader sees."""
    doomed = [el for el in root.iter()
              if not isinstance(el.tag, str) or el.tag in _INVISIBLE or el.get("hidden") is not None
              or _HIDDEN.search(el.get("style") or "")]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()            # keeps the element's tail (the text after it)


def _article(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The deepest element that holds _SHARE of the page's text outside links."""
    weight: dict[lxml.html.HtmlElement, int] = {}
    for el in root.iter():
        if el.tag == "a" or next(el.iterancestors("a"), None) is not None:
            continue                  # link text is navigation; the text after a link is not
        own = len((el.text or "").strip()) + sum(len((child.tail or "").strip()) for child in el)
        if own:
            for holder in (el, *el.iterancestors()):
                weight[holder] = weight.get(holder, 0) + own
    total = weight.get(root, 0)
    node = root
    while True:
        heavy = next((child for child in node if weight.get(child, 0) >= _SHARE * total), None)
        # a paragraph holding most of the text still has siblings that belong to the report
        if heavy is None or not _holds_paragraphs(heavy):
            return node
        node = heavy


def _holds_paragraphs(el: lxml.html.HtmlElement) -> bool:
    """A container (not a paragraph) with line breaks or blocks inside."""
    return el.tag in _CONTAINERS and any(d.tag in _BLOCK or d.tag == "br" for d in el.iterdescendants())


def _heading_before(root: lxml.html.HtmlElement, article: lxml.html.HtmlElement) -> str | None:
    """The text of the last <h1> before the article, when the article has none: many
    sites put the report's title in a box above the text box."""
    if article.find(".//h1") is not None:
        return None
    last = None
    for el in root.iter():
        if el is article:
            return last
        if el.tag == "h1" and next(el.iterancestors("a"), None) is None:
            link_text = "".join(a.text_content() for a in el.iter("a"))
            if el.text_content().strip() != link_text.strip():     # not a logo link
                last = " ".join(_lines(el))
    return None


def _lines(el: lxml.html.HtmlElement) -> list[str]:
    """The element's text, one paragraph (or table row) per line."""
    parts: list[str] = []
    _render(el, parts, top=True)
    lines = (_EDGE_SPACE.sub("", re.sub(" {2,}", " ", line)) for line in "".join(parts).split("\n"))
    return [line for line in lines if line.strip()]


def _render(el: lxml.html.HtmlElement, parts: list[str], top: bool = False) -> None:
    tag = el.tag
    if tag == "br":
        parts.append("\n")
    elif tag == "table":
        parts.extend(("\n", "\n".join(_rows(el)), "\n"))
    else:
        block = tag in _BLOCK
        if block:
            parts.append("\n")
        parts.append(_SPACE.sub(" ", el.text or ""))
        for child in el:
            _render(child, parts)
        if block:
            parts.append("\n")
    if not top:
        parts.append(_SPACE.sub(" ", el.tail or ""))


def _rows(table: lxml.html.HtmlElement) -> list[str]:
    """Each row of this table (not of tables nested in it): its cells joined by a tab."""
    rows = []
    for tr in table.iter("tr"):
        if next(tr.iterancestors("table")) is not table:
            continue
        cells = ["\n".join(_lines(cell)) for cell in tr if cell.tag in ("td", "th")]
        if any(cells):
            rows.append("\t".join(cells))
    caption = table.find("caption")
    return ([caption.text_content().strip()] if caption is not None else []) + rows
