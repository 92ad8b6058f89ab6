-- The policy domains (seed domains). Models read reference data through this view, never
-- the seed itself, so each layer reads only the one below it.
with source as (
    select * from {{ ref('domains') }}
),

final as (
    select
        domain,
        name_zh,
        sort_order
    from source
)

select * from final
