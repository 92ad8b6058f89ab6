-- A year or a span, named by its five-year plan where it is one.
with facts as (
    select * from {{ ref('stg_facts') }}
),

plans as (
    select * from {{ ref('plan_periods') }}
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
        cast(split_part(period, '-', 1) as integer) as start_year,
        cast(coalesce(nullif(split_part(period, '-', 2), ''), split_part(period, '-', 1)) as integer) as end_year
    from stated
    where regexp_full_match(period, '\d{4}(-\d{4})?')
),

final as (
    select
        parsed.period as period_id,
        parsed.start_year,
        parsed.end_year,
        case when parsed.start_year = parsed.end_year then 'year' else 'span' end as period_type,
        exact_plan.plan_name,
        coalesce(exact_plan.plan_name, within_plan.plan_name) as within_plan_name
    from parsed
    left join plans as exact_plan
        on exact_plan.start_year = parsed.start_year and exact_plan.end_year = parsed.end_year
    left join plans as within_plan
        on parsed.start_year = parsed.end_year
        and parsed.start_year between within_plan.start_year and within_plan.end_year
)

select * from final
