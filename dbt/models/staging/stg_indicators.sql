-- The indicator catalogue (seed indicators). Models read reference data through this view, never
-- the seed itself, so each layer reads only the one below it.
with source as (
    select * from {{ ref('indicators') }}
),

final as (
    select
        indicator_code,
        name,
        aliases,
        keywords,
        name_en,
        sector,
        domain,
        price_basis,
        target_direction,
        catch_all,
        level_classes,
        count_nouns
    from source
)

select * from final
