-- Every period a fact states (as period or base period) and every plan
-- period: a year or a span, named by its five-year plan where it is one.
-- A period the parser could not resolve to years is kept, as 'unrecognised',
-- so that every fact's period has its row here.
with facts as (
    select * from {{ ref('stg_facts') }}
),

plans as (
    select * from {{ ref('stg_plan_periods') }}
),

stated as (
    select period from facts where period is not null
    union
    select base_period from facts where base_period is not null
    union
    select period from plans
),

parsed as (
    select
        period,
        regexp_full_match(period, '\d{4}(-\d{4})?') as recognised,
        try_cast(regexp_extract(period, '^(\d{4})', 1) as integer) as first_year,
        try_cast(coalesce(nullif(regexp_extract(period, '^\d{4}-(\d{4})$', 1), ''), regexp_extract(period, '^(\d{4})$', 1)) as integer) as last_year
    from stated
),

final as (
    select
        parsed.period as period_id,
        case when parsed.recognised then parsed.first_year end as start_year,
        case when parsed.recognised then parsed.last_year end as end_year,
        case
            when not parsed.recognised then 'unrecognised'
            when parsed.first_year = parsed.last_year then 'year'
            else 'span'
        end as period_type,
        exact_plan.plan_name,
        coalesce(exact_plan.plan_name, within_plan.plan_name) as within_plan_name
    from parsed
    left join plans as exact_plan
        on parsed.recognised
        and exact_plan.start_year = parsed.first_year
        and exact_plan.end_year = parsed.last_year
    left join plans as within_plan
        on parsed.recognised
        and parsed.first_year = parsed.last_year
        and parsed.first_year between within_plan.start_year and within_plan.end_year
)

select * from final
