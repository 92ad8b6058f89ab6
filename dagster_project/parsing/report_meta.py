"""A report's metadata: its title, place, level (national, province, city, district),
year and delivery date, read from the head of the text."""
from __future__ import annotations

import re
from datetime import date

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.model import ReportMeta
from dagster_project.parsing.sections import YEAR_RE

_DELIVERY = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[^\n]{0,30}?)在\s*([^\n]{0,40}?)(?:第[一二三四五六七八九十]+届)")
_DELIVERY_LOOSE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_TITLE = re.compile(r"^[ \t\u3000]*([^\n]{0,30}?政\s*府\s*工\s*作\s*报\s*告[^\n]{0,10})$", re.M)
_PROVINCES = ("北京市", "天津市", "上海市", "重庆市")
_AUTONOMOUS = re.compile(r"(内蒙古|广西|西藏|宁夏|新疆)(?:壮族|回族|维吾尔)?(?:自治区)?")


def detect_meta(report_id: str, clean: str) -> ReportMeta:
    head = clean[:3000]
    title = None
    for m in _TITLE.finditer(head):
        t = re.sub(r"\s+", "", m.group(1)).strip("—-")  # noqa: B005 (a set of dashes, as meant)
        if title is None or len(t) > len(title):
            title = t
        if len(t) > 6:
            break
    year = None
    delivered = None
    place = None
    d = _DELIVERY.search(head) or _DELIVERY_LOOSE.search(head)
    if d:
        try:
            delivered = date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
        except ValueError:
            delivered = None
        year = int(d.group(1))
        if d.re is _DELIVERY:
            venue = d.group(4)
            if "全国人民代表大会" in venue or "全国人民代表大会" in head[d.end() - 5:d.end() + 20]:
                place = "国务院"
            else:
                place = _place_from(venue)
    if title:
        ty = YEAR_RE.search(title)
        if ty and year is None:
            year = int(ty.group(1))
        if place is None:
            p = re.sub(r"(?:19|20)\d\d年?|政府工作报告|人民政府", "", title).strip()
            if p:
                place = _place_from(p) or p
    if place is None and re.search(r"国务院|全国人民代表大会", head):
        place = "国务院"
    if year is None:
        # a national report without a date line: the year it reviews + 1
        ahead = re.search(r"(?:^|[。！？\s])\s*[一二三四五六七八九十]+、[^\n。]{0,6}?((?:19|20)\d\d)\s*年(?:经济社会发展|政府工作|工作|主要任务|重点工作|的?主要预期目标)", clean, re.M)
        m = re.search(r"((?:19|20)\d\d)\s*年工作回顾", clean[:6000])
        p = re.search(r"“(%s)”(?:时期|期间)?[^\n]{0,12}回顾" % LEX.plan_alt, clean[:6000])
        if m:
            year = int(m.group(1)) + 1
        elif ahead:
            year = int(ahead.group(1))
        elif p:
            year = int(LEX.plan_periods[p.group(1)].split("-")[1]) + 1
        else:
            # the year most talked about in the review part, plus one
            cnt: dict[str, int] = {}
            for y in YEAR_RE.findall(clean[: int(len(clean) * 0.4)]):
                cnt[y] = cnt.get(y, 0) + 1
            if cnt:
                year = int(max(cnt, key=lambda k: (cnt[k], k))) + 1
    level = _level(place)
    return ReportMeta(report_id=report_id, title=title, place=place, level=level, year=year, delivered_on=delivered)


def _place_from(s: str) -> str | None:
    s = re.sub(r"\s+", "", s)
    m = _AUTONOMOUS.search(s)
    if m and ("自治区" in s or m.group(0) == s):
        full = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区"}
        return full[m.group(1)]
    m = re.search(r"([\u4e00-\u9fff]{2,8}?(?:省|市|区|县|旗|州|盟))", s)
    if m:
        return m.group(1)
    return None


def _level(place: str | None) -> str:
    if not place:
        return "unknown"
    if place == "国务院":
        return "national"
    if place in _PROVINCES or place.endswith("省") or place.endswith("自治区"):
        return "provincial"
    if place.endswith(("市", "州", "盟")):
        return "prefecture"
    if place.endswith("区"):
        return "district"
    if place.endswith(("县", "旗")):
        return "county"
    return "unknown"
