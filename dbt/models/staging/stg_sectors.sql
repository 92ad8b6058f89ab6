-- The sectors (seed sectors). Models read reference data through this view, never
-- the seed itself, so each layer reads only the one below it.
with source as (
    select * from {{ ref('sectors') }}
),

final as (
    select
        sector,
        name_en,
        sort_order,
        description
    from source
)

select * from final
