-- The unit catalogue (seed units). Models read reference data through this view, never
-- the seed itself, so each layer reads only the one below it.
with source as (
    select * from {{ ref('units') }}
),

final as (
    select
        unit,
        base_unit,
        factor,
        unit_class
    from source
)

select * from final
