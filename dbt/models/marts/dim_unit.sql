-- Every unit: the catalogue's, and any unit a fact states that the catalogue
-- lacks (unit_known false, kept as its own base unit). '' is a bare number.
with units as (
    select * from {{ ref('stg_units') }}
),

stated as (
    select distinct unit from {{ ref('stg_facts') }}
),

final as (
    select unit, base_unit, factor, unit_class, true as unit_known
    from units
    union all
    select
        stated.unit as unit,
        stated.unit as base_unit,
        1.0 as factor,
        case when stated.unit = '' then 'none' else 'unknown' end as unit_class,
        false as unit_known
    from stated
    where stated.unit not in (select units.unit from units)
)

select * from final
