-- The target panel's headline indicators (seed headline_indicators). Models read reference data through this view, never
-- the seed itself, so each layer reads only the one below it.
with source as (
    select * from {{ ref('headline_indicators') }}
),

final as (
    select
        headline_code,
        name,
        name_en,
        indicator_code,
        kind,
        plan_kind,
        base_unit,
        direction,
        wordings,
        sort_order
    from source
)

select * from final
