-- A table, not a view: matching every wording against every catalogue term is
-- the costliest query of the build (114,730 wordings x 1,668 terms on lawtext),
-- and dim_indicator and five tests read it; as a view each re-ran it
-- (benchmarks/BENCHMARKS.md: dbt 90 -> 57 CPU-s, peak 3.6 -> 2.9 GB).
{{ config(materialized='table') }}
-- Each indicator wording found in the facts, matched to the catalogue:
-- 1. exactly, by a canonical name or alias;
-- 2. otherwise by the longest name, alias or keyword the wording contains
--    (区本级固定资产投资 → 固定资产投资), so that unseen wordings still classify.
--    Between equally long terms the one ending last wins: a Chinese noun
--    phrase ends in its head (旅游收入 is a 收入, not a 旅游). A share names
--    its subject before 占 or 相当于 (高新技术产业增加值占规模以上工业增加值比重
--    is about 高新技术产业), so only that part is searched (占用 and 占地 are
--    not shares).
-- Wordings that contain no catalogue term are absent here: unclassified.
with wordings as (
    select
        indicator,
        coalesce(nullif(regexp_replace(indicator, '(占([^用地]|$)|相当于).*$', ''), ''), indicator) as subject
    from (select distinct indicator from {{ ref('stg_facts') }})
),

terms as (
    select * from {{ ref('int_indicator_terms') }}
),

exact as (
    select
        wordings.indicator,
        terms.indicator_code,
        'exact' as matched_by,
        terms.term as matched_term
    from wordings
    inner join terms
        on terms.term = wordings.indicator
        and terms.term_type in ('name', 'alias')
),

contained as (
    select
        wordings.indicator,
        terms.indicator_code,
        case when terms.term_type = 'keyword' then 'keyword' else 'name_contained' end as matched_by,
        terms.term as matched_term,
        row_number() over (
            partition by wordings.indicator
            order by
                terms.term_length desc,
                -- where the last occurrence of the term ends, counted from the right
                strpos(reverse(wordings.subject), reverse(terms.term)) asc,
                terms.term_type asc,
                terms.indicator_code asc
        ) as pick
    from wordings
    inner join terms on contains(wordings.subject, terms.term)
    where wordings.indicator not in (select exact.indicator from exact)
),

final as (
    select indicator, indicator_code, matched_by, matched_term from exact
    union all
    select indicator, indicator_code, matched_by, matched_term from contained where pick = 1
)

select * from final
