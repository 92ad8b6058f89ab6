"""Chinese numerals, converted with cn2an (the project's library for them):
plan names (十五, 十四五 → the Nth five-year plan and its span), plan ordinals
(第十四个五年规划) and doubling multiples (翻两番 → 4)."""
from __future__ import annotations

from functools import lru_cache

import cn2an

# The 6th plan ran 1981-1985 and every plan since has been five years long;
# earlier plans (1953-1980) had gaps and are not named by their short names.
_FIRST_REGULAR = (6, 1981)
# Plans a report can name: the 6th (六五, 1981-1985; 1980s and 1990s reports name 七五, 八五,
# 九五) to the 19th (十九五).
PLAN_ORDINALS = range(6, 20)


@lru_cache(maxsize=None)
def cn_int(s: str) -> int:
    """A Chinese-numeral integer (一, 两, 十四 …) as an int (ValueError if it is none)."""
    return int(cn2an.cn2an(s, "smart"))


def plan_name(ordinal: int) -> str:
    """14 → 十四五 (the short name of the Nth five-year plan; the 10th is 十五)."""
    return cn2an.an2cn(ordinal) + "五"  # 10 → 十 + 五


def plan_span(ordinal: int) -> tuple[int, int]:
    """14 → (2021, 2025)."""
    n0, y0 = _FIRST_REGULAR
    a = y0 + 5 * (ordinal - n0)
    return a, a + 4


def plan_ordinal(name: str) -> int:
    """十四五 → 14, 十五 → 10: the numeral before the final 五 counts the plan."""
    return cn_int(name[:-1])


def doubling(numeral: str | None) -> int:
    """翻番 / 翻一番 → 2, 翻两番 → 4: doubling N times is a multiple of 2**N."""
    return 2 ** (cn_int(numeral) if numeral else 1)
