-- A table, not a view: dim_indicator, int_target_outcomes and the tests of both read it,
-- and as a view each of them found the distinct wordings of every fact again.
{{ config(materialized='table') }}
-- Every indicator wording that occurs in the facts, with each kind of quantity
-- it is stated as (a wording may be a count in one fact and a level in another:
-- each may classify differently), classified through the catalogue
-- (int_indicator_matches); wordings the catalogue does not know stay, marked
-- unclassified. The mart dim_indicator publishes it; int_target_outcomes
-- reads it here, one layer down, for the comparison key.
with wordings as (
    select distinct indicator, quantity from {{ ref('int_facts_normalised') }}
),

matches as (
    select * from {{ ref('int_indicator_matches') }}
),

catalogue as (
    select * from {{ ref('stg_indicators') }}
),

final as (
    select
        md5(wordings.indicator || '|' || wordings.quantity) as indicator_id,
        wordings.indicator as indicator_name,
        wordings.quantity,
        matches.indicator_code,
        catalogue.name as canonical_name,
        catalogue.name_en,
        coalesce(catalogue.sector, 'unclassified') as sector,
        coalesce(catalogue.domain, 'unclassified') as domain,
        coalesce(
            catalogue.price_basis,
            -- Not in the catalogue: output and value added are reported at comparable prices.
            case when wordings.indicator like '%生产总值%' or wordings.indicator like '%增加值%' then 'real' else 'nominal' end
        ) as price_basis,
        coalesce(catalogue.target_direction, 'at_least') as target_direction,
        coalesce(matches.matched_by, 'unclassified') as matched_by,
        matches.matched_term,
        matches.indicator_code is not null as is_classified,
        catalogue.catch_all,
        -- What two figures must share to be compared across reports (targets
        -- against outcomes): the catalogue code where the wording is a name or
        -- alias, or ends in one (its head: 区本级固定资产投资); otherwise the
        -- wording itself. A catch-all family's bare name (投资, 项目) and an
        -- empty wording say too little to compare: null.
        case
            when wordings.indicator = '' then null
            when matches.matched_by = 'exact' and catalogue.catch_all then null
            when matches.matched_by = 'exact' then matches.indicator_code
            when matches.matched_by = 'name_contained' and not catalogue.catch_all
                and ends_with(wordings.indicator, matches.matched_term) then matches.indicator_code
            else 'wording:' || wordings.indicator
        end as comparison_key
    from wordings
    left join matches on matches.indicator = wordings.indicator and matches.quantity = wordings.quantity
    left join catalogue on catalogue.indicator_code = matches.indicator_code
)

select * from final
