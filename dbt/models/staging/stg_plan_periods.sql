-- The five-year plans (seed plan_periods). Models read reference data through this view, never
-- the seed itself, so each layer reads only the one below it.
with source as (
    select * from {{ ref('plan_periods') }}
),

final as (
    select
        plan_name,
        plan_number,
        start_year,
        end_year,
        period
    from source
)

select * from final
