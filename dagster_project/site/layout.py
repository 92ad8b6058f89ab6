"""The page shell, the style sheet and small pieces every page uses.

Every text that comes from a report goes through `escape` (html.escape with
quotes), in element content and in attributes alike.
"""
from __future__ import annotations

from html import escape

from dagster_project.site.data import KIND_LABELS, STATUS_LABELS, Fact  # noqa: F401 (re-exported)

CSS = """
body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 0; color: #1f2328;
       line-height: 1.55; background: #fafafa; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 18px; } footer { color: #667; font-size: .85em; padding: 24px 20px; }
h1 { font-size: 1.6em; margin: .2em 0; } h2 { margin-top: 1.6em; border-bottom: 1px solid #ddd; }
h3 { margin: 1.2em 0 .3em; font-size: 1.05em; }
table { border-collapse: collapse; background: #fff; }
th, td { border-bottom: 1px solid #e5e5e5; padding: 5px 10px; text-align: left; vertical-align: top; }
th { background: #f0f3f6; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.ctx { color: #667; font-size: .85em; }
a.fig { font-weight: 600; text-decoration: none; border-bottom: 1px dotted; }
.charts { display: flex; flex-wrap: wrap; gap: 14px; }
figure.chart-box { background: #fff; border: 1px solid #e5e5e5; margin: 0; padding: 8px; }
figure.chart-box figcaption { font-weight: 600; font-size: .95em; }
svg.chart .grid { stroke: #eee; } svg.chart .tick, svg.chart .legend { font-size: 11px; fill: #555; }
svg.chart a.point:hover circle { r: 7; }
p.sentence { background: #fff; border-left: 3px solid #d0d7de; padding: 6px 10px; margin: .6em 0 .1em; }
mark { background: #fff3b0; padding: 0 1px; border-radius: 2px; }
mark:target, span.anchor:target + mark { background: #ffd33d; outline: 3px solid #c2410c; }
ul.facts { margin: 0 0 .8em; font-size: .85em; color: #444; }
nav a { margin-right: 1em; }
"""


FOOTER = ("Built by govreport from the warehouse marts. Every figure links to the sentence it was "
          "read from; check the numbers there.")


def page(title: str, body: str, home: str, *, extra_css: str = "", script: str = "", footer: str = FOOTER) -> str:
    """A whole page: everything inline (style and script), nothing fetched, so it works from file://."""
    # The quality page (quality_page.py) sits beside the index.
    folder = home[:-len("index.html")] if home.endswith("index.html") else ""
    quality = folder + "quality.html"
    panel = folder + "panel.html"  # the target panel (panel_page.py), beside the index too
    return (
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{escape(title)}</title><style>{CSS}{extra_css}</style></head>\n<body>\n"
        f"<header><nav><a href=\"{escape(home)}\">All reports</a><a href=\"{escape(quality)}\">Data quality</a>"
        f"<a href=\"{escape(panel)}\">Targets against outcomes</a>"
        "</nav></header>\n"
        f"<main>\n{body}\n</main>\n"
        f"<footer>{escape(footer)}</footer>\n"
        + (f"<script>{script}</script>\n" if script else "")
        + "</body>\n</html>\n"
    )


def fact_context(f: Fact) -> str:
    return f.context


def figure_link(f: Fact, page_href: str = "") -> str:
    """A figure as written, linked to its highlighted number in the source sentence."""
    return (f'<a class="fig" href="{escape(page_href)}#{escape(f.anchor)}" '
            f'title="{escape(f.indicator)}: {escape(fact_context(f))}">{escape(f.text)}</a>')


def highlight(sentence: str, sentence_offset: int | None, facts: list[Fact]) -> str:
    """The sentence, escaped, with each fact's number in a <mark> whose id is the fact's anchor."""
    spans: list[tuple[int, int, Fact]] = []
    for f in facts:
        pos = f.offset - sentence_offset if sentence_offset is not None else -1
        if pos < 0 or sentence[pos:pos + len(f.text)] != f.text:
            pos = sentence.find(f.text)   # the sentence may be a cleaned copy of the text
        if pos >= 0:
            spans.append((pos, pos + len(f.text), f))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, cursor, open_end = [], 0, -1
    for start, end, f in spans:
        if start < open_end:  # a second fact on the same number: an anchor of its own
            continue
        out.append(escape(sentence[cursor:start]))
        # Facts sharing this number (各2.1万吨) get anchors just before the mark.
        sharing = [g for s, e, g in spans if s < end and e > start and g is not f]
        out.extend(f'<span class="anchor" id="{escape(g.anchor)}"></span>' for g in sharing)
        out.append(f'<mark id="{escape(f.anchor)}" title="{escape(f.indicator)}: {escape(fact_context(f))}">'
                   f"{escape(sentence[start:end])}</mark>")
        cursor, open_end = end, end
    out.append(escape(sentence[cursor:]))
    return "".join(out)
