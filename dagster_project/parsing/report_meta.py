"""A report's metadata: its title, place, level (national, province, city, district),
year and delivery date, read from the head of the text."""
from __future__ import annotations

import re
from datetime import date

from dagster_project.parsing.lexicon import LEX
from dagster_project.parsing.model import ReportMeta
from dagster_project.parsing.numerals import cn_int
from dagster_project.parsing.sections import YEAR_RE

_DELIVERY = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[^\n]{0,30}?)在\s*([^\n]{0,40}?)(?:第[一二三四五六七八九十]+届)")
_DELIVERY_LOOSE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# ——二〇二一年一月十八日在厦门市第十五届人民代表大会…: the date line in Chinese numerals
_DELIVERY_CN = re.compile(r"([一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                          r"\s*([一二三四五六七八九十]{1,3})\s*日")
_CN_DIGIT = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_TITLE = re.compile(r"^[ \t\u3000]*([^\n]{0,30}?政\s*府\s*工\s*作\s*报\s*告[^\n]{0,10})$", re.M)
_PROVINCES = ("北京市", "天津市", "上海市", "重庆市")
_AUTONOMOUS = re.compile(r"(内蒙古|广西|西藏|宁夏|新疆)(?:壮族|回族|维吾尔)?(?:自治区)?")


def detect_meta(report_id: str, clean: str, year_hint: int | None = None) -> ReportMeta:
    """The report's metadata; ``year_hint`` is the year its file is filed under (front matter, path)."""
    head = clean[:3000]
    title = None
    for m in _TITLE.finditer(head):
        t = re.sub(r"\s+", "", m.group(1)).strip("—-")  # noqa: B005 (a set of dashes, as meant)
        if title is None or len(t) > len(title):
            title = t
        if len(t) > 6:
            break
    delivered_year = None
    delivered = None
    place = None
    d = _DELIVERY.search(head) or _date_line(head)
    if d:
        y, mo, dd = _date_numbers(d)
        try:
            delivered = date(y, mo, dd)
        except ValueError:
            delivered = None
        # a report delivered in November or December reviews that year (今年) and sets the next
        # one's work (明年): it is the next year's report (长春市, 2013年12月18日: 2014's)
        delivered_year = y + 1 if mo >= 11 else y
        if d.re is _DELIVERY:
            venue = d.group(4)
            if "全国人民代表大会" in venue or "全国人民代表大会" in head[d.end() - 5:d.end() + 20]:
                place = "国务院"
            else:
                place = _place_from(venue)
    title_year = None
    if title:
        ty = YEAR_RE.search(title)
        title_year = int(ty.group(1)) if ty else None
        if place is None:
            p = re.sub(r"(?:19|20)\d\d年?|政府工作报告|人民政府", "", title).strip()
            if p:
                place = _place_from(p) or p
    if place is None and re.search(r"国务院|全国人民代表大会", head):
        place = "国务院"
    year = _year(clean, delivered_year, title_year, year_hint)
    level = _level(place)
    return ReportMeta(report_id=report_id, title=title, place=place, level=level, year=year, delivered_on=delivered)


# the part headings that name the year a report is about: 一、2003年工作回顾 (the year reviewed,
# so the report is 2004's), 三、2004年工作安排 (the year to come); not 2003年以来工作回顾 (a span),
# 一、2004年的工作 or 二、2020年工作总结 (which could be either)
_ORDINAL = r"^[\s*]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*"
_REVIEW_HEADING = re.compile(_ORDINAL + r"((?:19|20)\d\d)\s*年(?!以来)[^\n。！？，]{0,12}?回顾")
_AHEAD_HEADING = re.compile(_ORDINAL + r"((?:19|20)\d\d)\s*年(?!以来)[^\n。！？，]{0,10}?"
                            r"(?:工作安排|主要任务|工作任务|目标任务|重点工作|工作重点|工作建议|主要预期目标|工作部署)")


# 一、“十五”工作回顾: the plan reviewed has just ended, the report is the next year's
_PLAN_REVIEW_HEADING = re.compile(_ORDINAL + r"“?(%s)”?(?:计划|规划)?(?:时期|期间)?[^\n。！？，“]{0,10}?回顾" % LEX.plan_alt)


def heading_year(clean: str) -> int | None:
    """The year a report is about, as its first part heading that names one says (see above)."""
    for line in clean.split("\n"):
        if len(line) > 40 or "。" in line:
            continue
        if m := _REVIEW_HEADING.match(line):
            return int(m.group(1)) + 1
        if (m := _PLAN_REVIEW_HEADING.match(line)) and not re.search(r"前|以来|中期", line):
            # (not 一、“十一五”前三年工作回顾, a plan still running)
            return int(LEX.plan_periods[m.group(1)].split("-")[1]) + 1
        if (m := _AHEAD_HEADING.match(line)) and "回顾" not in line:
            return int(m.group(1))
    return None


def _year(clean: str, delivered: int | None, titled: int | None, hint: int | None) -> int | None:
    """The year the report is about: its delivery date's, else what its part headings say, else the
    year its file is filed under, its title's, or a guess from the text. A year more than one off
    the file's is a misprint or a misreading (江苏省2003年政府工作报告 dated 2010年2月20日); one off
    is a file named after the year it reviews (四川省/2003.md: 一、2003年工作回顾)."""
    for y in (delivered, heading_year(clean)):
        if y is not None and (hint is None or abs(y - hint) <= 1):
            return y
    return hint or titled or _guessed_year(clean)


def _guessed_year(clean: str) -> int | None:
    """A report without a date line, a part heading on a line of its own or a filed year: the
    year after a year reviewed (2014年工作回顾, run into the text), the year of the coming year's
    part, the year after the plan period it reviews, else the year most talked about in its review
    part, plus one."""
    m = re.search(r"((?:19|20)\d\d)\s*年工作回顾", clean[:6000])
    if m:
        return int(m.group(1)) + 1
    ahead = re.search(r"(?:^|[。！？\s])\s*[一二三四五六七八九十]+、[^\n。]{0,6}?((?:19|20)\d\d)\s*年(?:经济社会发展|政府工作"
                      r"|工作|主要任务|重点工作|的?主要预期目标)(?![^\n。！？]{0,8}回顾)", clean, re.M)
    if ahead:
        return int(ahead.group(1))
    p = re.search(r"“(%s)”(?:时期|期间)?[^\n]{0,12}回顾" % LEX.plan_alt, clean[:6000])
    if p:
        return int(LEX.plan_periods[p.group(1)].split("-")[1]) + 1
    cnt: dict[str, int] = {}
    for y in YEAR_RE.findall(clean[: int(len(clean) * 0.4)]):
        cnt[y] = cnt.get(y, 0) + 1
    return int(max(cnt, key=lambda k: (cnt[k], k))) + 1 if cnt else None


def _date_line(head: str) -> re.Match | None:
    """The delivery date of a report without its venue: the first date in Arabic or Chinese
    numerals before the speech opens (各位代表), not a date the text talks about
    (自2020年2月16日后至今再无新增)."""
    opening = head.find("各位代表")
    top = head[:opening] if opening >= 0 else head
    found = [m for m in (_DELIVERY_LOOSE.search(top), _DELIVERY_CN.search(top)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _date_numbers(d: re.Match) -> tuple[int, int, int]:
    if d.re is _DELIVERY_CN:
        return int(d.group(1).translate(_CN_DIGIT)), cn_int(d.group(2)), cn_int(d.group(3))
    return int(d.group(1)), int(d.group(2)), int(d.group(3))


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
