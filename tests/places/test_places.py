"""dagster_project.places: each resolving rule on real names, and the id slugs."""
from __future__ import annotations

import pytest

from dagster_project.places import Place, head_hints, resolve_place, short_slug, slug
from tests.conftest import shared_path

UNKNOWN = Place(None, "unknown", None, None, None, None, None, None)


def test_municipality_is_provincial():
    assert resolve_place(["2025年北京市政府工作报告"]) == Place(
        "北京市", "provincial", "110000", None, None, "北京市", "110000", "北京市")


def test_autonomous_region_by_short_name():
    assert resolve_place(["2025年广西政府工作报告"]) == Place(
        "广西壮族自治区", "provincial", "450000", None, None, "广西壮族自治区", "450000", "广西")
    assert resolve_place(["内蒙古"]).code == "150000"
    assert resolve_place(["新疆"]).name == "新疆维吾尔自治区"


def test_prefecture_city_from_a_title():
    assert resolve_place(["2021年乌鲁木齐市政府工作报告"]) == Place(
        "乌鲁木齐市", "prefecture", "650100", "新疆维吾尔自治区", "650000",
        "新疆维吾尔自治区", "650000", "乌鲁木齐市")


def test_bare_city_name_unique_at_prefecture_level():
    place = resolve_place(["广州"])
    assert (place.name, place.level, place.code, place.matched) == ("广州市", "prefecture", "440100", "广州")


def test_autonomous_prefecture():
    assert resolve_place(["延边朝鲜族自治州"]) == Place(
        "延边朝鲜族自治州", "prefecture", "222400", "吉林省", "220000", "吉林省", "220000", "延边朝鲜族自治州")


def test_county_level_city():
    assert resolve_place(["昆山市"]) == Place(
        "昆山市", "county", "320583", "苏州市", "320500", "江苏省", "320000", "昆山市")


def test_county_of_a_municipality_and_district_of_a_municipality():
    assert resolve_place(["城口县"]) == Place(
        "城口县", "county", "500229", "重庆市", "500000", "重庆市", "500000", "城口县")
    assert resolve_place(["浦东新区"]) == Place(
        "浦东新区", "district", "310115", "上海市", "310000", "上海市", "310000", "浦东新区")


def test_district_with_its_parent_city():
    assert resolve_place(["政 府 工 作 报 告", "海拉尔区"]) == Place(
        "海拉尔区", "district", "150702", "呼伦贝尔市", "150700", "内蒙古自治区", "150000", "海拉尔区")


def test_shared_district_name_resolved_by_context():
    assert resolve_place(["朝阳区"], context="在北京市委、市政府的坚强领导下").code == "110105"
    assert resolve_place(["朝阳区"], context="在长春市委的领导下").code == "220104"
    assert resolve_place(["北京市朝阳区"]).code == "110105"   # the parent in the hint itself
    assert resolve_place(["朝阳区", "北京市"]).code == "110105"  # ... or in another candidate
    assert resolve_place(["鼓楼区"], context="南京市鼓楼区第十九届人民代表大会").code == "320106"


def test_shared_district_name_without_context_is_unknown():
    assert resolve_place(["朝阳区"]) == UNKNOWN
    # 江苏省 has two 鼓楼区 (南京, 徐州): the province alone is not enough
    assert resolve_place(["鼓楼区"], context="江苏省") == UNKNOWN


def test_short_name_shared_across_levels_needs_the_full_name():
    assert resolve_place(["吉林"]) == UNKNOWN                        # 吉林省 or 吉林市
    assert resolve_place(["海南"], context="海南省第七届人民代表大会").code == "460000"


def test_national():
    national = Place("国务院", "national", "100000", None, None, None, None, "国务院")
    assert resolve_place(["政府工作报告-国务院"]) == national
    assert resolve_place(["第十四届全国人民代表大会"]).level == "national"


def test_first_identifying_candidate_wins():
    place = resolve_place(["2 0 1 4 年 政府工作报告", "政府工作报告-主要城市/乌鲁木齐市", "新疆维吾尔自治区"])
    assert (place.code, place.matched) == ("650100", "乌鲁木齐市")
    assert resolve_place(["深圳市广州市", "广州市"]).code == "440100"  # two places: not one


def test_unknown_names():
    assert resolve_place(["火星市"]) == UNKNOWN
    assert resolve_place(["政府工作报告", ""]) == UNKNOWN
    assert resolve_place([]) == UNKNOWN


def test_head_hints():
    assert head_hints("——2014年1月9日在乌鲁木齐市第十五届人民代表大会\n第三次会议上") == ["乌鲁木齐市"]
    assert head_hints("现在，我代表国务院向大会作政府工作报告") == ["国务院"]
    assert head_hints("各位代表：\n现在，我代表海拉尔区人民政府向大会作工作报告") == ["海拉尔区"]


@pytest.mark.parametrize("text, expected", [
    ("乌鲁木齐市", "wulumuqishi"), ("重庆市", "chongqingshi"), ("2021", "2021"),
    ("1964-part", "1964-part"), ("2021-10", "2021-10"), ("Part A", "part-a"), ("  --  ", ""),
])
def test_slug(text, expected):
    assert slug(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("乌鲁木齐市", "wulumuqi"), ("新疆维吾尔自治区", "xinjiang"), ("国务院", "guowuyuan"),
    ("海拉尔区", "hailaer"), ("延边朝鲜族自治州", "yanbian"), ("魏县", "weixian"), ("某某市", "moumou"),
])
def test_short_slug(name, expected):
    assert short_slug(name) == expected


def test_every_lawtext_folder_resolves_at_its_level():
    root = shared_path("lawtext")
    municipalities = {"北京市", "天津市", "上海市", "重庆市"}
    for folder, level in (("政府工作报告-省自治区", "provincial"), ("政府工作报告-主要城市", "prefecture")):
        for place_dir in (p for p in (root / folder).iterdir() if p.is_dir()):
            place = resolve_place([f"{folder}/{place_dir.name}"])
            expected = "provincial" if place_dir.name in municipalities else level
            assert (place.name, place.level) == (place_dir.name, expected)
            assert place.code and len(place.code) == 6
