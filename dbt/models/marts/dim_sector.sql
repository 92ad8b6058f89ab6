-- The three sectors, cross-sector, and `unclassified` for facts whose
-- indicator the catalogue does not know.
with sectors as (
    select * from {{ ref('stg_sectors') }}
),

final as (
    select sector, name_en, sort_order, description from sectors
    union all
    select 'unclassified', 'unclassified', 99, 'Indicator not in the catalogue (seeds/indicators.csv)'
)

select * from final
