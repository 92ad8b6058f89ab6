-- Every unit: the catalogue's, and any unit a fact states that the catalogue
-- lacks (unit_known false, kept as its own base unit). '' is a bare number.
with units as (
    select * from {{ ref('units') }}
),

stated as (
    select distinct unit from {{ ref('stg_facts') }}
),

final as (
    select unit, base_unit, factor, unit_class, true as unit_known
    from units
    union all
    select
        stated.unit,
        stated.unit,
        1.0,
        case when stated.unit = '' then 'none' else 'unknown' end,
        false
    from stated
    where stated.unit not in (select unit from units)
)

select * from final
