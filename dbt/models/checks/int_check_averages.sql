{{ config(materialized='view', schema='transform') }}
-- Every stated annual average growth with the years it spans: the end year of
-- its period and its base year (the stated base, else the year before the span
-- starts), for the checks that compound or annualise it.
with facts as (
    select * from {{ ref('int_check_fact_bounds') }}
),

final as (
    select
        *,
        cast(split_part(period_id, '-', -1) as integer) as end_year,
        coalesce(
            try_cast(base_period_id as integer),
            cast(split_part(period_id, '-', 1) as integer) - 1
        ) as base_year
    from facts
    where kind = 'avg_annual_growth' and indicator <> ''
      and regexp_full_match(period_id, '\d{4}(-\d{4})?')
      and (base_period_id is null or regexp_full_match(base_period_id, '\d{4}'))
)

select * from final
