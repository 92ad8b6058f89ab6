"""Searching with a pattern that Python's regular expression engine cannot scan for.

``re`` skips ahead quickly only when a pattern begins with a literal or a character
class; a pattern that begins with a lookbehind (NUM_RE) or an optional repeat (the
line breaks of text.py) is tried at every character of the text instead, which made
such searches a large part of the parser's time. Every match of those patterns
begins with one of a few characters, so we let a one-character class find where a
match can begin and try the pattern only there: the matches are the same (a
lookbehind still sees the text before the position tried), found much faster.
"""
from __future__ import annotations

import re
from collections.abc import Iterator


def search_from(pattern: re.Pattern, first: re.Pattern, text: str, pos: int, endpos: int) -> re.Match | None:
    """``pattern.search(text, pos, endpos)``, where ``first`` (one character class, or a few
    alternatives each opening with one) matches wherever a match of ``pattern`` can begin."""
    while True:
        start = first.search(text, pos, endpos)
        if start is None:
            return None
        m = pattern.match(text, start.start(), endpos)
        if m is not None:
            return m
        pos = start.start() + 1


def finditer_from(pattern: re.Pattern, first: re.Pattern, text: str, pos: int = 0,
                  endpos: int | None = None) -> Iterator[re.Match]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern that never matches the empty
    string, where ``first`` matches every character a match can begin with."""
    endpos = len(text) if endpos is None else endpos
    while True:
        m = search_from(pattern, first, text, pos, endpos)
        if m is None:
            return
        yield m
        pos = m.end()


def last_match(matches: Iterator[re.Match]) -> re.Match | None:
    """The last of an iterator of matches (pattern.finditer(...)), or None."""
    last = None
    for last in matches:  # noqa: B007 (the loop only walks to the end)
        pass
    return last
