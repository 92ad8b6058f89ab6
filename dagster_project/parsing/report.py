"""Parse a government work report's text into facts (docs/facts.md).

    parse_report(report_id, text) -> ParsedReport

``text`` is the decoded text exactly as stored (BOM removed, nothing else
changed); every fact's offset indexes into it.
"""
from __future__ import annotations

import logging
from bisect import bisect_right

from dagster_project.parsing.model import Fact, ParsedReport
from dagster_project.parsing.numbers import find_mentions
from dagster_project.parsing.periods import _PAST_END, _PLAN_SENTENCE, _Context, _past_year_opening
from dagster_project.parsing.report_meta import detect_meta
from dagster_project.parsing.sections import Section, find_sections
from dagster_project.parsing.sentence_facts import sentence_facts
from dagster_project.parsing.text import body_span, clean_view, sentences

log = logging.getLogger(__name__)


def parse_report(report_id: str, text: str, year_hint: int | None = None) -> ParsedReport:
    """The report's metadata and its facts, sentence by sentence, each in the time role of its section.

    ``year_hint``: the year the report's file is filed under (front matter, path).
    A delivery date in the text, then the part headings (2003年工作回顾), win over
    it by a year (report_meta.detect_meta); it beats guessing the year from the years
    the text talks about."""
    view = clean_view(text)
    clean = view.clean
    meta = detect_meta(report_id, clean, year_hint)
    year = meta.year
    body_start, body_end = body_span(clean)
    found = find_sections(clean, body_start, body_end, year)
    starts = [s.start for s in found]
    facts: list[Fact] = []
    prev_sentence = None
    contexts: dict[int, _Context] = {}
    past = None  # the section a past-year paragraph was opened in
    for sent_start, sent_end in sentences(clean, body_start, body_end):
        section_no = bisect_right(starts, sent_start) - 1
        if prev_sentence and clean.find("\n", prev_sentence[1], sent_start) >= 0:
            prev_sentence = None  # topics do not cross paragraphs
            past = None
        if past is not None and (past != section_no or _PAST_END.search(clean, sent_start, sent_end)):
            past = None
        if past is None and year and found[section_no].role in ("review_plan", "year_targets") \
                and _past_year_opening(clean, sent_start, sent_end, year):
            past = section_no
        mentions = find_mentions(clean, sent_start, sent_end)
        if mentions:
            in_past = past is not None and not _PLAN_SENTENCE.search(clean, sent_start, sent_end)
            key = (section_no, "past") if in_past else section_no
            context = contexts.get(key)
            if context is None:
                section = found[section_no]
                if key != section_no:  # 过去一年… inside a five-year review or the coming year's part
                    section = Section(section.start, section.heading, "review_year", section.plan)
                context = contexts[key] = _Context(section, year)
            try:
                facts.extend(sentence_facts(report_id, view, sent_start, sent_end, mentions, context, prev_sentence))
            except Exception:  # one odd sentence must not cost the report
                log.warning("%s: sentence at %d not parsed", report_id, view.orig(sent_start), exc_info=True)
        prev_sentence = (sent_start, sent_end)
    return ParsedReport(meta=meta, facts=facts)
