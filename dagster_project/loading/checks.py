"""Is this text a whole government work report? Each check returns a warning in
plain words, or None. A warning never keeps a report out of the warehouse: it is
recorded in landing.load_warnings and shown in the run's summary, because a
heuristic that refuses real reports loses data (an unusual ending — a printing
line, page chrome, a glossary, a signature — is no proof of a cut file).

The checks are deliberately simple and explainable: a scheduler's operator
must understand from one line what looked odd.
"""
from __future__ import annotations

import re
from itertools import islice

from dagster_project.parsing.numbers import PLACEHOLDER_RE

# Every report in the corpus greets the congress or names itself; headings are
# sometimes letter-spaced (政 府 工 作 报 告), so whitespace is removed first.
_REPORT_MARKERS = ("各位代表", "政府工作报告", "工作报告")
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<\?xml)", re.IGNORECASE)
_TAG = re.compile(r"</?(?:html|head|body|div|p|span|table|tr|td|br|a|script|style|meta|title)\b[^>]*>",
                  re.IGNORECASE)
# A sentence, a quotation, a bracket or a list may end a report's last line.
_LINE_ENDS = "。！？!?；;：:”’\"」』）)】…．."
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MIN_CJK = 50
# Lines after the report's last paragraph that are not its prose: page chrome, a
# printing line, a date, a signature. They are short; a cut paragraph is long.
_TRAILER_MAX = 40


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    return bool(_HTML_START.search(head)) or len(_TAG.findall(head)) >= 5


def _has_cjk(text: str, at_least: int) -> bool:
    """Stops at the ``at_least``-th Chinese character: counting them all (findall over the
    first 20,000 characters) cost ~4 ms a report, 6 CPU-s of a lawtext load."""
    return sum(1 for _ in islice(_CJK.finditer(text), at_least)) == at_least


def report_warning(text: str) -> str | None:
    compact = "".join(text[:200_000].split())  # letter-spaced headings read whole
    if not _has_cjk(compact[:20_000], _MIN_CJK):
        return f"does not read as a government work report: fewer than {_MIN_CJK} Chinese characters"
    if not any(marker in compact for marker in _REPORT_MARKERS):
        return ("does not read as a government work report: it never says 各位代表 or 政府工作报告 "
                "(most reports greet the deputies or name themselves)")
    return None


def _last_paragraph(text: str) -> str | None:
    """The last line long enough to be prose, or the last line if none is."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if not lines:
        return None
    return next((ln for ln in reversed(lines) if len(ln) > _TRAILER_MAX), lines[-1])


def truncation_warning(text: str) -> str | None:
    """A cut-off file ends inside a paragraph: a long last paragraph with no closing mark.

    Short trailing lines (点击数, 扫一扫在手机打开当前页, …秘书处 2014年1月6日印发) are
    passed over, and labels (主办单位：…) carry a colon, so only prose of 6+ Chinese
    characters that stops mid-sentence counts.
    """
    last = _last_paragraph(text)
    if last is None:
        return None
    # What follows the last full stop of the last line (a one-line report has
    # its 各位代表： far back, so the colon test looks only at this tail).
    tail = re.split(r"[。！？!?]", last)[-1]
    if len(_CJK.findall(last)) >= 6 and last[-1] not in _LINE_ENDS and len(_CJK.findall(tail)) >= 1 \
            and "：" not in tail and ":" not in tail:
        return f"possibly truncated: the last paragraph stops mid-sentence (…{last[-15:]!r})"
    return None


def placeholder_warning(text: str) -> str | None:
    """Figures a converter overwrote with `$1.$2` (a failed regex substitution).

    The parser leaves out the numbers such a placeholder touches (their digits are
    fragments); the reader must know the report's figures are incomplete.
    """
    if "$" not in text:
        return None
    damaged = len(PLACEHOLDER_RE.findall(text))
    if not damaged:
        return None
    return (f"damaged figures: {damaged} number(s) replaced by `$1.$2` placeholders in the source "
            "(a converter's failed substitution); those figures are left out")


def text_warnings(text: str) -> list[str]:
    """What looks odd about this text; loaded all the same."""
    checks = (report_warning(text), truncation_warning(text), placeholder_warning(text))
    return [w for w in checks if w]
