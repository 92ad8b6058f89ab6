"""Every SQL query in the README's "Questions you can ask" section runs as
written against the warehouse `make run` builds from raw/, and answers."""
from __future__ import annotations

import re

import pytest

from dagster_project import settings
from tests.dbt.conftest import query

# `make test` runs on two workers: the tests sharing a pipeline run stay on one (pytest-xdist).
pytestmark = pytest.mark.xdist_group("seed")

SECTION = "## Questions you can ask"


def readme_queries() -> list[str]:
    text = (settings.REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert SECTION in text, f"README.md has no {SECTION!r} section"
    section = text.split(SECTION, 1)[1]
    section = re.split(r"^## ", section, maxsplit=1, flags=re.M)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)


QUERIES = readme_queries()


def test_readme_asks_at_least_six_questions():
    assert len(QUERIES) >= 6


@pytest.mark.parametrize("sql", QUERIES, ids=[f"query{i + 1}" for i in range(len(QUERIES))])
def test_readme_query_answers(seed_warehouse, sql):
    _, path = seed_warehouse
    rows = query(path, sql)
    assert rows, f"no rows from:\n{sql}"
    assert any(value is not None for value in rows[0])
