"""The indicator catalogue classifies at least 90% of the corpus's facts, keeps
the rest (unclassified, counted) and matches unseen wordings by rule."""
from __future__ import annotations

import pytest

from tests.dbt.conftest import query

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("corpus")

# The closing note's measure: the share of facts whose indicator the catalogue classifies.
CLASSIFIED_SHARE = """
select count(*) filter (where is_classified) / count(*) as classified_share, count(*) as facts
from fct_indicator_values
"""


def test_at_least_90_percent_of_corpus_facts_are_classified(corpus_warehouse):
    share, facts = query(corpus_warehouse, CLASSIFIED_SHARE)[0]
    assert facts > 5000
    assert share >= 0.90, f"classified share {share:.3f}"


def test_unclassified_facts_are_kept_and_counted(corpus_warehouse):
    (unclassified, counted, staged, kept), = query(corpus_warehouse, """
        select (select count(*) from fct_indicator_values where not is_classified),
               (select sum(n_unclassified) from fct_classification_coverage),
               (select count(*) from landing.facts),
               (select count(*) from fct_indicator_values)""")
    assert unclassified == counted
    assert staged == kept


def test_unseen_wordings_classify_by_the_longest_contained_name(corpus_warehouse):
    rows = dict(query(corpus_warehouse, """
        select indicator_name, indicator_code from dim_indicator
        where indicator_name in ('区本级固定资产投资', '城镇新增就业', '万元地区生产总值能耗',
                                 '高技术制造业增加值占规上工业')"""))
    expected = {
        "区本级固定资产投资": "FAI",            # contains 固定资产投资
        "城镇新增就业": "URBAN_JOBS",            # the canonical name
        "高技术制造业增加值占规上工业": "HIGHTECH_MFG",  # a share: its subject before 占
    }
    for wording, code in expected.items():
        if wording in rows:
            assert rows[wording] == code, wording
    assert rows, "none of the sample wordings occurs in the corpus"
