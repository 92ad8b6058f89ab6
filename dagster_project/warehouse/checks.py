"""Is this decoded text a whole government work report? Each check returns a
problem in plain words, or None.

The checks are deliberately simple and explainable: a scheduler's operator
must understand from one line why a file was refused.
"""
from __future__ import annotations

import re

# Every report in the corpus greets the congress or names itself; headings are
# sometimes letter-spaced (政 府 工 作 报 告), so whitespace is removed first.
_REPORT_MARKERS = ("各位代表", "政府工作报告", "工作报告")
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml)", re.IGNORECASE)
_TAG = re.compile(r"</?(?:html|head|body|div|p|span|table|tr|td|br|a|script|style|meta|title)\b[^>]*>",
                  re.IGNORECASE)
# A sentence, a quotation, a bracket or a list may end a report's last line.
_LINE_ENDS = "。！？!?；;：:”’\"」』）)】…．."
_CJK = re.compile(r"[\u4e00-\u9fff]")


def html_problem(text: str) -> str | None:
    head = text[:5000]
    if _HTML_START.search(head) or len(_TAG.findall(head)) >= 5:
        return ("an HTML page, not plain text: save the report's text (e.g. the browser's "
                "'Save as text' or copy the article body) and put that in the raw folder")
    return None


def report_problem(text: str) -> str | None:
    compact = re.sub(r"\s+", "", text[:200_000])
    if len(_CJK.findall(compact[:20_000])) < 50:
        return "not a government work report: fewer than 50 Chinese characters"
    if not any(marker in compact for marker in _REPORT_MARKERS):
        return ("not a government work report: it never says 各位代表 or 政府工作报告 "
                "(every report greets the deputies or names itself)")
    return None


def truncation_problem(text: str) -> str | None:
    """A cut-off file ends inside a paragraph: a long last line with no closing mark.

    Web footers (点击数, 技术支持) are short and labels (主办单位：…) carry a colon, so
    only a line of 6+ Chinese characters that ends mid-sentence counts.
    """
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if not lines:
        return None
    last = lines[-1]
    # What follows the last full stop of the last line (a one-line report has
    # its 各位代表： far back, so the colon test looks only at this tail).
    tail = re.split(r"[。！？!?]", last)[-1]
    if len(_CJK.findall(last)) >= 6 and last[-1] not in _LINE_ENDS and len(_CJK.findall(tail)) >= 1 \
            and "：" not in tail and ":" not in tail:
        return f"truncated: the text stops mid-sentence (ends with …{last[-15:]!r})"
    return None


def text_problem(text: str) -> str | None:
    """The first problem that keeps this text out of the warehouse, if any."""
    return html_problem(text) or report_problem(text) or truncation_problem(text)
