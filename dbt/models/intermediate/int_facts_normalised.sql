-- Every fact with its value in the unit catalogue's base unit and the bounds
-- its qualifier and range allow.
with facts as (
    select * from {{ ref('stg_facts') }}
),

units as (
    select * from {{ ref('units') }}
),

final as (
    select
        facts.*,
        coalesce(units.base_unit, facts.unit) as base_unit,
        facts.value * coalesce(units.factor, 1) as value_base,
        facts.value_high * coalesce(units.factor, 1) as value_high_base,
        case
            when facts.value_high is not null then facts.value
            when facts.qualifier in ('exact', 'about', 'more_than') then facts.value
        end as lower_bound,
        case
            when facts.value_high is not null then facts.value_high
            when facts.qualifier in ('exact', 'about', 'less_than') then facts.value
        end as upper_bound,
        units.unit is not null as unit_known
    from facts
    left join units on facts.unit = units.unit
)

select * from final
